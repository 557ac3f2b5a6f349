"""After real use, no file the store or its logs wrote holds a code, a national number or a name in clear.

The database, its WAL, the backups and a DEBUG log (SQL statements included) are scanned byte for byte,
in UTF-8 and UTF-16. The encrypted files look random, so there only values of 6 bytes or more are
looked for (a shorter one would turn up by chance now and then); in the plain-text log every value of
4 bytes or more (name words like "de" or "van" are also ordinary words).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from clerk_app.config import Settings
from clerk_app.domain.delivery import Accepted, Deferred, Rejected
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.registration import RegistrationRequest, RegistrationStatus
from clerk_app.errors import InputError
from clerk_app.secrets import SecretStore
from clerk_app.storage import IssuedRegistration, Store
from clerk_app.storage.search import name_tokens
from tests.support.store_builders import CLERK, NOW, request, with_identity
from tests.support.store_migrations import ShipRevision


@pytest.fixture
def debug_log(settings: Settings) -> Iterator[Path]:
    """Everything logged at DEBUG (SQL statements at INFO) into a file in the profile's log folder."""
    settings.paths.log_dir.mkdir(parents=True, exist_ok=True)
    path = settings.paths.log_dir / "clerk-app.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    engine_log = logging.getLogger("sqlalchemy.engine")
    levels = (root.level, engine_log.level)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    engine_log.setLevel(logging.INFO)
    yield path
    root.removeHandler(handler)
    handler.close()
    root.setLevel(levels[0])
    engine_log.setLevel(levels[1])


def _use(store: Store) -> list[tuple[RegistrationRequest, IssuedRegistration]]:
    """Register, re-issue, sync outcomes, searches and a refused request: what a day at the counter does."""
    made = []
    for index in range(8):
        kind = DocumentKind.ELECTRONIC_CARD if index % 2 else DocumentKind.FOREIGN_PASSPORT
        req = with_identity(index, document_kind=kind, card_type_code=1 if index % 2 else None)
        made.append((req, store.registrations.register(req, NOW)))
    reissued = store.registrations.reissue(made[0][1].registration.id, CLERK, NOW + dt.timedelta(minutes=3))
    made.append((made[0][0], reissued))
    due = store.outbox.due(NOW + dt.timedelta(hours=1))
    store.outbox.record([Accepted(due[0].id, RegistrationStatus.ACCEPTED)], NOW)
    store.outbox.record([Rejected(due[1].id, f"person {made[2][0].identity.surname} refused")], NOW)
    store.outbox.record(
        [Deferred(due[2].id, NOW + dt.timedelta(minutes=5), made[3][0].identity.national_number)],
        NOW + dt.timedelta(minutes=5),
    )
    for req, _ in made:
        store.registrations.search(text=req.identity.surname)
        store.registrations.search(national_number=req.identity.national_number)
    with pytest.raises(InputError):
        store.registrations.register(request(20, email="not an address"), NOW)
    assert store.integrity.verify().ok
    return made


def _needles(made: list[tuple[RegistrationRequest, IssuedRegistration]]) -> set[str]:
    values: set[str] = set()
    for req, issued in made:
        identity = req.identity
        number = identity.national_number
        values |= {
            issued.code,
            issued.code.replace("-", ""),
            number,
            f"{number[0:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:11]}",
            identity.surname,
            identity.given_names,
            *identity.given_names.split(),
            *name_tokens(identity.surname, identity.given_names),
            identity.document_number,
            req.email,
        }
    values |= {request(20).identity.surname, request(20).identity.national_number}
    return {value for value in values if len(value) >= 3}


def _found(data: bytes, needles: set[str], minimum: int) -> int:
    hits = 0
    for needle in needles:
        for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
            if len(encoded) >= minimum and encoded in data:
                hits += 1
    return hits


def test_no_code_number_or_name_in_clear_anywhere(
    settings: Settings,
    secret_store: SecretStore,
    debug_log: Path,
    ship_revision: ShipRevision,
) -> None:
    store = Store.open(settings, secret_store)
    made = _use(store)
    needles = _needles(made)
    database = settings.paths.database
    wal = database.with_name(database.name + "-wal")
    assert wal.stat().st_size > 0, "the WAL should hold the day's work before the store is closed"
    live = {path.name: path.read_bytes() for path in (database, wal)}
    store.close()

    ship_revision('op.add_column("registrations", sa.Column("note", sa.String(20)))')
    with Store.open(settings, secret_store) as upgraded:
        assert upgraded.integrity.verify().ok
    backups = list(settings.paths.backup_dir.glob("registrations-*.db"))
    assert len(backups) == 1

    encrypted = {**live, "closed": database.read_bytes(), "backup": backups[0].read_bytes()}
    for name, data in encrypted.items():
        assert _found(data, needles, minimum=6) == 0, f"personal data or a code in clear in {name}"
    log_text = debug_log.read_bytes()
    logged_sql = b"INSERT INTO registrations" in log_text
    assert logged_sql, "the log should hold the SQL statements"
    hidden = b"parameters hidden" in log_text
    assert hidden, "SQL parameters must be hidden from logs"
    assert _found(log_text, needles, minimum=4) == 0, "personal data or a code in the log"
    assert not list(settings.paths.data_dir.glob("*.db-journal"))
