"""Counts for team leaders: registrations and re-issues per day, centre and clerk, and where they stand.

The counts screen and ``clerk-app report counts`` read the same figures from here. A row holds a day,
a centre id, a clerk (name and staff number) and numbers, never a citizen's data, so it can leave the
counter as a CSV or PDF file. The statuses are those the registrations stand in at the moment asked for,
as the clerk sees them (:func:`~clerk_app.domain.registration.status_at`): issued or accepted past its
14 days is counted as expired even before the central service says so. Every registration of a row is
in exactly one status, so a row's statuses add up to its registrations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select

from clerk_app.domain.registration import Clerk, RegistrationStatus
from clerk_app.storage.database import Transactions
from clerk_app.storage.records import RegistrationRow
from clerk_app.storage.schema import utc

#: The statuses that turn into expired on the clock, without anybody recording it.
_LAPSING = (RegistrationStatus.ISSUED.value, RegistrationStatus.ACCEPTED.value)


@dataclass(frozen=True)
class DayCount:
    """What one clerk did at one centre on one (local) day.

    ``registrations`` counts every registration made, re-issues included; ``reissues`` says how many of
    them replaced an earlier one. ``statuses`` has every status, zero where none stands in it.
    """

    day: dt.date
    centre_id: str
    clerk: Clerk
    registrations: int
    reissues: int = 0
    statuses: Mapping[RegistrationStatus, int] = field(default_factory=dict)

    @property
    def new_registrations(self) -> int:
        return self.registrations - self.reissues

    def status(self, status: RegistrationStatus) -> int:
        return self.statuses.get(status, 0)


class Reports:
    """Figures without personal data, for the counts screen and the report command."""

    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def counts(
        self,
        day_from: dt.date,
        day_to: dt.date,
        *,
        centre_id: str | None = None,
        now: dt.datetime | None = None,
    ) -> list[DayCount]:
        """Per day, centre and clerk, ``day_from``..``day_to`` inclusive (the counter's calendar days),
        optionally of one centre; statuses as they stand at ``now`` (timezone-aware, default: now).

        Ordered by day, centre and staff number. Registrations whose personal data was erased count too.
        """
        moment = utc(now if now is not None else dt.datetime.now(dt.UTC))
        row = RegistrationRow
        status = case(
            (and_(row.status.in_(_LAPSING), row.expires_at <= moment), RegistrationStatus.EXPIRED.value),
            else_=row.status,
        ).label("status")
        reissue = case((row.replaces.is_not(None), 1), else_=0).label("reissue")
        conditions = [row.local_day >= day_from, row.local_day <= day_to]
        if centre_id is not None:
            conditions.append(row.centre_id == centre_id)
        keys = (row.local_day, row.centre_id, row.clerk_staff_number, row.clerk_name)
        query = (
            select(*keys, status, reissue, func.count())
            .where(*conditions)
            .group_by(*keys, status, reissue)
            .order_by(row.local_day, row.centre_id, row.clerk_staff_number, row.clerk_name)
        )
        totals: dict[tuple[dt.date, str, str, str], dict[RegistrationStatus, int]] = {}
        reissues: dict[tuple[dt.date, str, str, str], int] = {}
        with self._transactions.reading("counts") as session:
            for day, centre, staff, name, stood, replaced, count in session.execute(query):
                key = (day, centre, staff, name)
                statuses = totals.setdefault(key, dict.fromkeys(RegistrationStatus, 0))
                statuses[RegistrationStatus(stood)] += count
                reissues[key] = reissues.get(key, 0) + (count if replaced else 0)
        return [
            DayCount(
                day=day,
                centre_id=centre,
                clerk=Clerk(name=name, staff_number=staff),
                registrations=sum(statuses.values()),
                reissues=reissues[(day, centre, staff, name)],
                statuses=statuses,
            )
            for (day, centre, staff, name), statuses in totals.items()
        ]
