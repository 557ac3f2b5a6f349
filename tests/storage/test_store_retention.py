"""Retention: personal data goes ``retention_days`` after the final status; the audit log stays."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from clerk_app.config import Settings
from clerk_app.domain.delivery import Accepted, CentralStatus, Rejected
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.secrets import SecretStore
from clerk_app.storage import AuditAction, Store
from clerk_app.storage.outbox import OutboxState
from clerk_app.storage.records import PERSONAL_COLUMNS
from tests.support.store_builders import CLERK, NOW, request
from tests.support.store_checks import profile_settings

DAY = dt.timedelta(days=1)
#: What an outbox row holds: where its delivery stands, never the body (sync builds it from the registration).
DELIVERY_COLUMNS = {
    "id",
    "registration_id",
    "created_at",
    "state",
    "attempts",
    "next_attempt_at",
    "last_error_code",
    "completed_at",
    "central_status",
}


def _accepted(store: Store, index: int, at: dt.datetime) -> uuid.UUID:
    issued = store.registrations.register(request(index), at)
    (item,) = [i for i in store.outbox.due(at) if i.registration.id == issued.registration.id]
    store.outbox.record([Accepted(item.id, RegistrationStatus.ACCEPTED)], at)
    return issued.registration.id


def _final(store: Store, index: int, status: RegistrationStatus, reached: dt.datetime) -> uuid.UUID:
    """Accepted 45 days ago; the central service reports ``status`` reached at ``reached``, heard now."""
    registration_id = _accepted(store, index, NOW - 45 * DAY)
    assert store.outbox.apply_central_statuses([CentralStatus(registration_id, status, reached)], NOW) == 1
    return registration_id


def test_personal_data_is_erased_after_the_retention_period(
    store: Store, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    old = _final(store, 1, RegistrationStatus.ACTIVATED, NOW - 30 * DAY)
    recent = _final(store, 2, RegistrationStatus.ACTIVATED, NOW - 29 * DAY)  # accepted 45 days ago
    locked = _final(store, 6, RegistrationStatus.LOCKED, NOW - 31 * DAY)
    superseded = _final(store, 7, RegistrationStatus.REVOKED, NOW - 40 * DAY)
    lapsed = _accepted(store, 8, NOW - 44 * DAY)  # expired 30 days ago, unrecorded: final all the same
    waiting = _accepted(store, 9, NOW - 43 * DAY)  # accepted, expired only 29 days ago
    never_sent = store.registrations.register(request(3), NOW - 60 * DAY).registration.id
    rejected = store.registrations.register(request(4), NOW - 60 * DAY).registration.id
    (item,) = [i for i in store.outbox.due(NOW) if i.registration.id == rejected]
    store.outbox.record([Rejected(item.id, "invalid_body")], NOW - 59 * DAY)
    revoked = store.registrations.register(request(5), NOW - 45 * DAY).registration.id
    store.registrations.reissue(revoked, CLERK, NOW - 31 * DAY)  # never reached the central service

    dry = store.retention.purge(NOW, dry_run=True)
    assert dry.dry_run and dry.registrations == 5
    assert store.registrations.get(old).identity is not None  # a dry run changes nothing

    report = store.retention.purge(NOW)
    assert report.registrations == 5 and not report.dry_run
    for erased in (old, locked, superseded, lapsed, revoked):
        registration = store.registrations.get(erased)
        assert registration.identity is None and registration.email is None
        assert registration.code_hash  # the non-personal part stays
        assert store.audit.history(erased)[-1].action is AuditAction.PURGED
    for kept in (recent, waiting, never_sent, rejected):
        assert store.registrations.get(kept).identity is not None
    assert len(store.registrations.search(text=request(1).identity.surname)) == 0
    assert len(store.registrations.search(national_number=request(1).identity.national_number)) == 0

    connection = raw()
    columns = ", ".join(PERSONAL_COLUMNS)
    row = connection.execute(f"SELECT {columns} FROM registrations WHERE id = ?", (str(old),)).fetchone()
    erased = set(row) == {None}
    assert erased, "a personal column survived the purge"
    assert connection.execute(
        "SELECT count(*) FROM name_tokens WHERE registration_id = ?", (str(old),)
    ).fetchone() == (0,)
    outbox_columns = {column[1] for column in connection.execute("PRAGMA table_info(outbox)")}
    assert outbox_columns == DELIVERY_COLUMNS, "the outbox holds more than its delivery state"
    outbox_row = connection.execute("SELECT * FROM outbox WHERE registration_id = ?", (str(old),)).fetchone()
    person = request(1)
    personal = {person.identity.surname, person.identity.national_number, person.identity.document_number}
    body_erased = not any(str(value) in personal | {person.email} for value in outbox_row)
    assert body_erased, "personal data survived the purge in the outbox"
    assert store.integrity.verify().ok
    assert store.retention.purge(NOW).registrations == 0  # nothing twice


def test_an_erased_registration_still_waiting_is_never_sent(
    store: Store, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    """Accepted by a central status (its delivery never recorded): erased in time, its row cancelled."""
    registration_id = store.registrations.register(request(1), NOW - 45 * DAY).registration.id
    store.outbox.apply_central_status(registration_id, RegistrationStatus.ACCEPTED, NOW - 44 * DAY)
    assert store.outbox.pending_count() == 1
    assert store.retention.purge(NOW).registrations == 1
    assert store.outbox.due(NOW) == [] and store.outbox.pending_count() == 0
    state = raw().execute("SELECT state FROM outbox WHERE registration_id = ?", (str(registration_id),))
    assert state.fetchone() == (OutboxState.CANCELLED,)
    assert store.integrity.verify().ok


def test_the_retention_setting_is_honoured(tmp_path: Path, secret_store: SecretStore) -> None:
    settings = profile_settings(tmp_path / "home", retention_days=7)
    with Store.open(settings, secret_store) as store:
        _accepted(store, 1, NOW - 21 * DAY)  # expired 7 days ago
        _accepted(store, 2, NOW - 20 * DAY)
        assert store.retention.purge(NOW).registrations == 1


def test_old_backups_are_removed_with_the_data_they_hold(store: Store, settings: Settings) -> None:
    backups = settings.paths.backup_dir
    backups.mkdir(parents=True, exist_ok=True)
    old = backups / f"registrations-{(NOW - 31 * DAY):%Y%m%dT%H%M%S}000000Z-rev0001.db"
    young = backups / f"registrations-{(NOW - 29 * DAY):%Y%m%dT%H%M%S}000000Z-rev0001.db"
    other = backups / "notes.txt"
    for path in (old, young, other):
        path.write_bytes(b"x")
    os.utime(other, (0, 0))
    assert store.retention.purge(NOW, dry_run=True).backups == (old,)
    assert old.exists()
    assert store.retention.purge(NOW).backups == (old,)
    assert not old.exists() and young.exists() and other.exists()
