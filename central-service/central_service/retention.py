"""How long the centre keeps a citizen's personal data: purging registrations that ended unused.

A registration that expired unused, was revoked (by a workstation, a re-issue or a newer registration)
or was locked by wrong codes has no use for its personal data any more: after ``purge_after_days``
(from when it ended) the person's fields are blanked and ``purged_at`` set. The row itself stays, so the
counter's status calls, idempotent replays and the citizen's dead link still get their answer (expired,
revoked, locked). Activated registrations are kept: their document evidence backs the account's
assurance level. The purge runs with the hourly housekeeping and as ``central-service admin purge``;
docs/wire-format.md lists every stored field and why it is kept.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, update

from central_service.db import Database, affected_rows
from central_service.models import Registration, StoredStatus

#: The person's data on a registration, and what it becomes when purged.
PURGED_VALUES: dict[str, object] = {
    "national_number": "",
    "surname": "",
    "given_names": "",
    "birth_date": "",
    "document_number": "",
    "document_valid_until": None,
    "card_type": None,
    "email": "",
    "code_hash": "",
    "clerk_name": "",
}

_ENDED = (StoredStatus.REVOKED, StoredStatus.LOCKED, StoredStatus.EXPIRED)


def purge_ended(db: Database, after: dt.timedelta, now: dt.datetime) -> int:
    """Blank the personal data of registrations that ended unused more than ``after`` ago; how many."""
    cutoff = now - after
    with db.transaction() as session:
        ended = and_(Registration.status.in_(_ENDED), Registration.status_changed_at <= cutoff)
        purged = affected_rows(
            session.execute(
                update(Registration)
                .where(Registration.purged_at.is_(None), ended)
                .values(**PURGED_VALUES, purged_at=now)
            )
        )
        # Accepted but past its expiry: it becomes expired as the counter already sees it (and leaves the
        # one-active-per-person index, which a blank national number could not share).
        expired_unused = and_(Registration.status == StoredStatus.ACCEPTED, Registration.expires_at <= cutoff)
        purged += affected_rows(
            session.execute(
                update(Registration)
                .where(Registration.purged_at.is_(None), expired_unused)
                .values(
                    **PURGED_VALUES,
                    purged_at=now,
                    status=StoredStatus.EXPIRED,
                    status_changed_at=Registration.expires_at,
                )
            )
        )
    if purged:
        db.scrub()
    return purged
