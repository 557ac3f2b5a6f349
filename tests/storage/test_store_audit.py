"""The audit log: the database refuses changes, the chain catches what gets around that, no personal data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import sqlcipher3

from clerk_app.domain.delivery import Accepted, Rejected
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.storage import IssuedRegistration, Store
from tests.support.store_builders import CLERK, NOW, request


def _activity(store: Store) -> list[IssuedRegistration]:
    """Registrations with every kind of audited event."""
    issued = [store.registrations.register(request(index), NOW) for index in range(4)]
    store.registrations.reissue(issued[0].registration.id, CLERK, NOW + dt.timedelta(minutes=5))
    items = {item.registration.id: item for item in store.outbox.due(NOW + dt.timedelta(hours=1))}
    store.outbox.record([Accepted(items[issued[1].registration.id].id, RegistrationStatus.ACCEPTED)], NOW)
    store.outbox.record([Rejected(items[issued[2].registration.id].id, "invalid_body")], NOW)
    store.outbox.apply_central_status(issued[1].registration.id, RegistrationStatus.ACTIVATED, NOW)
    store.retention.purge(NOW + dt.timedelta(days=31))
    return issued


def test_a_busy_store_verifies(store: Store) -> None:
    _activity(store)
    report = store.integrity.verify()
    assert report.ok, report.problems
    assert report.registrations == 5
    # 5 issued, 1 revoked, delivered + accepted, refused + rejected, activated, 2 purged
    assert report.audit_entries == 13


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET actor = 'someone else' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 2",
        "DELETE FROM audit_log",
    ],
)
def test_the_database_refuses_to_change_or_remove_audit_entries(
    store: Store, raw: Callable[[], sqlcipher3.Connection], statement: str
) -> None:
    _activity(store)
    connection = raw()
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        connection.execute(statement)
    assert store.integrity.verify().ok


def _tamper(raw: Callable[[], sqlcipher3.Connection], *statements: str) -> None:
    """What someone holding the key could do: drop the protection, then change the log."""
    connection = raw()
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        connection.execute(statement)
    connection.close()


STATUS_DIFFERS = "registration(s) whose status differs from the audit log"


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (["UPDATE audit_log SET actor = 'G99999' WHERE seq = 3"], "audit entry 3 was altered"),
        (["DELETE FROM audit_log WHERE seq = 4"], "audit entry 4 is missing (next is 5)"),
        (["DELETE FROM audit_log WHERE seq = 13"], "1 registration(s) erased without their audit entry"),
        (
            ["DELETE FROM audit_log WHERE seq > 10"],
            "1 registration(s) whose status differs from the audit log",
        ),
        (
            ["UPDATE registrations SET status = 'expired'"],
            "5 registration(s) whose status differs from the audit log",
        ),
        (
            ["UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 2"],
            "audit entry 2 was altered",
        ),
        ([], "audit trigger audit_log_no_update is missing"),
    ],
)
def test_verify_reports_every_break(
    store: Store,
    raw: Callable[[], sqlcipher3.Connection],
    statements: list[str],
    expected: str,
) -> None:
    _activity(store)
    _tamper(raw, *statements)
    report = store.integrity.verify()
    assert not report.ok
    assert expected in report.problems


def test_verify_finds_a_registration_without_its_outbox_row_or_audit_entry(
    store: Store, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    issued = store.registrations.register(request(1), NOW)
    store.registrations.register(request(2), NOW)
    connection = raw()
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("DELETE FROM outbox WHERE registration_id = ?", (str(issued.registration.id),))
    connection.execute("DROP TRIGGER audit_log_no_delete")
    connection.execute("DELETE FROM audit_log WHERE seq = 2")
    report = store.integrity.verify()
    assert "1 registration(s) without an outbox row" in report.problems
    assert "1 registration(s) without their audit entry" in report.problems


def test_verify_reports_dangling_references(store: Store, raw: Callable[[], sqlcipher3.Connection]) -> None:
    store.registrations.register(request(1), NOW)
    connection = raw()
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "INSERT INTO name_tokens (token, registration_id, created_at) "
        "VALUES ('ghost', 'no-such-registration', '2026-01-01T00:00:00.000000Z')"
    )
    assert (
        "foreign key: name_tokens row None points to a missing registrations row"
        in store.integrity.verify().problems
    )


def test_no_personal_data_or_code_in_the_audit_log(
    store: Store, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    issued = _activity(store)
    text = "\n".join(
        "|".join(str(value) for value in row) for row in raw().execute("SELECT * FROM audit_log").fetchall()
    ).casefold()
    secrets = set()
    for index, one in enumerate(issued):
        identity = request(index).identity
        secrets |= {
            identity.surname,
            identity.given_names,
            identity.national_number,
            identity.document_number,
            request(index).email,
            one.code,
            one.code.replace("-", ""),
        }
    leaked = sum(1 for secret in secrets if secret.casefold() in text)
    assert leaked == 0, f"{leaked} personal value(s) found in the audit log"
