"""Retention: personal data goes ``retention_days`` after central acceptance; the audit log stays."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from store_builders import CLERK, NOW, request
from store_checks import profile_settings

from clerk_app.domain.delivery import Accepted, Rejected
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.secrets import SecretStore
from clerk_app.storage import AuditAction, RegistrationStore
from clerk_app.storage.records import PERSONAL_COLUMNS

DAY = dt.timedelta(days=1)


def _accepted(store: RegistrationStore, index: int, at: dt.datetime) -> object:
    issued = store.register(request(index), at)
    (item,) = [i for i in store.due_outbox(at) if i.registration_id == issued.registration.id]
    store.record_deliveries([Accepted(item.id, RegistrationStatus.ACCEPTED)], at)
    return issued.registration.id


def test_personal_data_is_erased_after_the_retention_period(
    store: RegistrationStore, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    old = _accepted(store, 1, NOW - 30 * DAY)
    recent = _accepted(store, 2, NOW - 29 * DAY)
    never_sent = store.register(request(3), NOW - 60 * DAY).registration.id
    rejected = store.register(request(4), NOW - 60 * DAY).registration.id
    (item,) = [i for i in store.due_outbox(NOW) if i.registration_id == rejected]
    store.record_deliveries([Rejected(item.id, "invalid_body")], NOW - 59 * DAY)
    revoked = store.register(request(5), NOW - 45 * DAY).registration.id
    store.reissue(revoked, CLERK, NOW - 31 * DAY)  # never reached the central service

    dry = store.purge(NOW, dry_run=True)
    assert dry.dry_run and dry.registrations == 2
    assert store.get(old).identity is not None  # a dry run changes nothing

    report = store.purge(NOW)
    assert report.registrations == 2 and not report.dry_run
    for erased in (old, revoked):
        registration = store.get(erased)
        assert registration.identity is None and registration.email is None
        assert registration.code_hash  # the non-personal part stays
        assert store.history(erased)[-1].action is AuditAction.PURGED
    for kept in (recent, never_sent, rejected):
        assert store.get(kept).identity is not None
    assert len(store.search(text=request(1).identity.surname)) == 0
    assert len(store.search(national_number=request(1).identity.national_number)) == 0

    connection = raw()
    columns = ", ".join(PERSONAL_COLUMNS)
    row = connection.execute(f"SELECT {columns} FROM registrations WHERE id = ?", (str(old),)).fetchone()
    erased = set(row) == {None}
    assert erased, "a personal column survived the purge"
    assert connection.execute(
        "SELECT count(*) FROM name_tokens WHERE registration_id = ?", (str(old),)
    ).fetchone() == (0,)
    payload = connection.execute(
        "SELECT payload FROM outbox WHERE registration_id = ?", (str(old),)
    ).fetchone()
    body_erased = payload == (None,)
    assert body_erased, "the outbox body survived the purge"
    assert store.verify().ok
    assert store.purge(NOW).registrations == 0  # nothing twice


def test_the_retention_setting_is_honoured(tmp_path: Path, secret_store: SecretStore) -> None:
    settings = profile_settings(tmp_path / "home", retention_days=7)
    with RegistrationStore.open(settings, secret_store) as store:
        _accepted(store, 1, NOW - 7 * DAY)
        _accepted(store, 2, NOW - 6 * DAY)
        assert store.purge(NOW).registrations == 1


def test_old_backups_are_removed_with_the_data_they_hold(store: RegistrationStore, tmp_path: Path) -> None:
    backups = store._settings.paths.backup_dir
    backups.mkdir(parents=True, exist_ok=True)
    old = backups / f"registrations-{(NOW - 31 * DAY):%Y%m%dT%H%M%S}000000Z-rev0001.db"
    young = backups / f"registrations-{(NOW - 29 * DAY):%Y%m%dT%H%M%S}000000Z-rev0001.db"
    other = backups / "notes.txt"
    for path in (old, young, other):
        path.write_bytes(b"x")
    os.utime(other, (0, 0))
    assert store.purge(NOW, dry_run=True).backups == (old,)
    assert old.exists()
    assert store.purge(NOW).backups == (old,)
    assert not old.exists() and young.exists() and other.exists()
