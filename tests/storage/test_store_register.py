"""Registering and re-issuing: one transaction each, the code only as a hash, the outbox item whole."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Callable

import pytest
import sqlcipher3

from activation_code import ACTIVATION_PERIOD, verify_code
from clerk_app.domain.dates import PartialDate
from clerk_app.domain.delivery import Accepted
from clerk_app.domain.identity import Sex
from clerk_app.domain.registration import (
    Clerk,
    Language,
    RegistrationRequest,
    RegistrationStatus,
)
from clerk_app.errors import InputError, RecordNotFound, StorageError
from clerk_app.storage import AuditAction, Store, audit, registrations
from clerk_app.storage.outbox import OutboxState
from tests.support.store_builders import CLERK, NOW, request, with_identity
from tests.support.store_checks import table_counts

CODE_FORMAT = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")


def test_register_returns_the_code_once_and_stores_only_its_hash(store: Store) -> None:
    issued = store.registrations.register(request(3), NOW + dt.timedelta(microseconds=123))
    well_formed = CODE_FORMAT.fullmatch(issued.code) is not None
    assert well_formed, "the code is not shown as XXXX-XXXX-XXXX"
    stored = store.registrations.get(issued.registration.id)
    assert stored.code_hash.startswith("$argon2id$")
    assert verify_code(stored.code_hash, issued.code)
    hidden = issued.code not in repr(issued) and issued.code.replace("-", "") not in stored.code_hash
    assert hidden, "the plain code shows in the repr or the stored hash"
    assert stored.status is RegistrationStatus.ISSUED
    assert stored.created_at == NOW  # whole seconds, as on the wire
    assert stored.expires_at == NOW + ACTIVATION_PERIOD
    kept = stored.identity == request(3).identity and stored.email == request(3).email
    assert kept, "the stored identity or e-mail differs from the request"


def test_two_registrations_get_different_codes(store: Store) -> None:
    first = store.registrations.register(request(1), NOW)
    second = store.registrations.register(request(2), NOW)
    different = first.code != second.code
    assert different, "two registrations got the same code"
    assert first.registration.id != second.registration.id


def test_the_outbox_item_carries_the_registration_as_stored(store: Store) -> None:
    """The body itself is built by the sync layer from it (tests/sync/test_registration_body.py)."""
    issued = store.registrations.register(request(5), NOW)
    (item,) = store.outbox.due(NOW)
    assert item.registration == issued.registration == store.registrations.get(issued.registration.id)
    assert item.id != issued.registration.id  # the idempotency key is the outbox row's own id
    assert item.attempts == 0 and item.registration.created_at == NOW


def test_register_writes_registration_outbox_and_audit_together(
    store: Store, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    issued = store.registrations.register(request(4), NOW)
    (entry,) = store.audit.history(issued.registration.id)
    (item,) = store.outbox.due(NOW)
    assert entry.action is AuditAction.ISSUED
    assert entry.actor == CLERK.staff_number
    assert entry.detail == {"centre": "stadskantoor", "outbox": str(item.id), "replaces": None}
    counts = table_counts(raw())
    assert counts["registrations"] == counts["outbox"] == counts["audit_log"] == 1
    assert store.integrity.verify().ok


def test_a_failure_inside_the_transaction_leaves_nothing_behind(
    store: Store, raw: Callable[[], sqlcipher3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.registrations.register(request(1), NOW)
    before = table_counts(raw())

    def broken_append(*args: object, **kwargs: object) -> None:
        raise sqlcipher3.OperationalError("disk I/O error")

    monkeypatch.setattr(audit, "append", broken_append)
    with pytest.raises(StorageError):
        store.registrations.register(request(2), NOW)
    monkeypatch.undo()
    assert table_counts(raw()) == before
    assert store.integrity.verify().ok


def test_naive_times_are_refused(store: Store, raw: Callable[[], sqlcipher3.Connection]) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        store.registrations.register(request(1), dt.datetime(2026, 11, 24, 9, 30))
    assert table_counts(raw())["registrations"] == 0


#: Invalid requests built on this file's own valid request (the domain's shared table follows below).
INVALID = [
    ("not present", lambda: request(1, presence_confirmed=False), "presence_not_confirmed"),
    ("under twelve", lambda: _born(dt.date(2016, 1, 1)), "under_minimum_age"),
    (
        "expired document",
        lambda: with_identity(1, document_valid_until=dt.date(2026, 11, 22)),
        "document_expired",
    ),
    ("no document expiry", lambda: with_identity(1, document_valid_until=None), "document_expiry_missing"),
    ("no document number", lambda: with_identity(1, document_number=" "), "document_number_missing"),
    ("kids card", lambda: with_identity(1, card_type_code=6), "kids_card"),
    ("no national number", lambda: with_identity(1, national_number=""), "national_number_missing"),
    ("bad check digits", lambda: with_identity(1, national_number="85073003329"), "national_number_checksum"),
    ("sex disagrees", lambda: _sex_flipped(), "national_number_sex_mismatch"),
    ("no e-mail", lambda: request(1, email=""), "email_missing"),
    ("bad e-mail", lambda: request(1, email="burger@@example"), "email_invalid"),
    ("no centre", lambda: request(1, centre_id=""), "centre_missing"),
    ("no clerk", lambda: request(1, clerk=Clerk(name="", staff_number="")), "clerk_missing"),
    ("unknown birth year", lambda: with_identity(1, birth_date=PartialDate(None)), "birth_date_unknown"),
]


def _born(birth: dt.date) -> object:
    from tests.support.store_builders import national_number

    return with_identity(
        1, birth_date=PartialDate.from_date(birth), national_number=national_number(birth, 3)
    )


def _sex_flipped() -> object:
    base = request(1)
    flipped = Sex.FEMALE if base.identity.sex is Sex.MALE else Sex.MALE
    return with_identity(1, sex=flipped)


@pytest.mark.parametrize(("case", "build", "reason"), INVALID, ids=[case for case, _, _ in INVALID])
def test_an_invalid_request_gives_its_reason_and_stores_nothing(
    store: Store,
    raw: Callable[[], sqlcipher3.Connection],
    case: str,
    build: Callable[[], object],
    reason: str,
) -> None:
    store.registrations.register(request(2), NOW)
    before = table_counts(raw())
    with pytest.raises(InputError) as raised:
        store.registrations.register(build(), NOW)  # type: ignore[arg-type]
    assert reason in raised.value.reasons, f"{case}: got {raised.value.reasons}"
    assert table_counts(raw()) == before


def test_the_shared_table_of_invalid_registrations_stores_nothing(
    store: Store, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    """The request cases of ``tests/support/invalid_registrations.py``, through the store.

    The table's manual-form cases never yield an identity record (``tests/unit`` proves each refusal), so
    only its request cases can reach a store; all of them must be refused with their reason.
    """
    from tests.support.invalid_registrations import CASES
    from tests.support.valid_registrations import TODAY

    day = dt.datetime.combine(TODAY, dt.time(12, 0), dt.UTC)
    built = [(case, build(), expected) for case, build, expected in CASES]
    requests = [(case, b, expected) for case, b, expected in built if isinstance(b, RegistrationRequest)]
    assert len(CASES) >= 100
    assert len(requests) >= 80
    before = table_counts(raw())
    wrong = []
    for case, built, expected in requests:
        try:
            store.registrations.register(built, day)
        except InputError as refused:
            if expected not in refused.reasons:
                wrong.append(case)
        else:
            wrong.append(case)
    assert not wrong, f"cases not refused with their own reason: {wrong}"
    assert table_counts(raw()) == before


def test_every_reason_is_reported_at_once(store: Store) -> None:
    bad = dataclasses.replace(with_identity(1, document_number=""), email="nope", presence_confirmed=False)
    with pytest.raises(InputError) as raised:
        store.registrations.register(bad, NOW)
    assert {"presence_not_confirmed", "document_number_missing", "email_invalid"} <= set(raised.value.reasons)


def test_reissue_revokes_the_old_registration_and_issues_a_new_code(store: Store) -> None:
    old = store.registrations.register(request(8), NOW)
    later = NOW + dt.timedelta(hours=2)
    other_clerk = Clerk(name="Bert Balie", staff_number="G54321")
    new = store.registrations.reissue(
        old.registration.id, other_clerk, later, email="nieuw@example.org", language=Language.FR
    )

    different = new.code != old.code
    assert different, "the re-issued code equals the old one"
    assert verify_code(new.registration.code_hash, new.code)
    assert not verify_code(new.registration.code_hash, old.code)
    assert new.registration.replaces == old.registration.id
    same_person = new.registration.identity == old.registration.identity
    assert same_person, "the re-issued registration is for someone else"
    new_email = new.registration.email == "nieuw@example.org"
    assert new_email and new.registration.language is Language.FR
    assert new.registration.clerk == other_clerk
    revoked = store.registrations.get(old.registration.id)
    assert revoked.status is RegistrationStatus.REVOKED and revoked.status_changed_at == later

    (item,) = store.outbox.due(later)  # the revoked code never goes out
    assert item.registration.id == new.registration.id
    assert item.registration.replaces == old.registration.id
    history = store.audit.history(old.registration.id)
    assert [e.action for e in history] == [AuditAction.ISSUED, AuditAction.REVOKED]
    assert history[1].actor == other_clerk.staff_number
    assert history[1].detail == {
        "from": "issued",
        "to": "revoked",
        "replaced_by": str(new.registration.id),
        "outbox_cancelled": 1,
    }
    assert store.integrity.verify().ok


def test_reissue_after_delivery_keeps_the_delivered_outbox_row(
    store: Store, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    old = store.registrations.register(request(8), NOW)
    (item,) = store.outbox.due(NOW)
    store.outbox.record([Accepted(item.id, RegistrationStatus.ACCEPTED)], NOW)
    store.registrations.reissue(old.registration.id, CLERK, NOW)
    states = dict(raw().execute("SELECT registration_id, state FROM outbox").fetchall())
    assert states[str(old.registration.id)] == OutboxState.ACCEPTED
    assert store.registrations.get(old.registration.id).status is RegistrationStatus.REVOKED


def test_a_revoked_registration_cannot_be_reissued_again(store: Store) -> None:
    old = store.registrations.register(request(8), NOW)
    store.registrations.reissue(old.registration.id, CLERK, NOW)
    with pytest.raises(InputError) as raised:
        store.registrations.reissue(old.registration.id, CLERK, NOW)
    assert raised.value.reasons == (registrations.REISSUE_NOT_ALLOWED,)


def test_reissue_checks_eligibility_again(store: Store, raw: Callable[[], sqlcipher3.Connection]) -> None:
    old = store.registrations.register(request(8), NOW)
    before = table_counts(raw())
    with pytest.raises(InputError) as raised:
        store.registrations.reissue(old.registration.id, CLERK, NOW, presence_confirmed=False)
    assert raised.value.reasons == ("presence_not_confirmed",)
    after_expiry = dt.datetime(2031, 7, 2, tzinfo=dt.UTC)
    with pytest.raises(InputError) as raised:
        store.registrations.reissue(old.registration.id, CLERK, after_expiry)
    assert "document_expired" in raised.value.reasons
    assert table_counts(raw()) == before
    assert store.registrations.get(old.registration.id).status is RegistrationStatus.ISSUED


def test_unknown_registrations_are_not_found(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.registrations.get(uuid.uuid4())
    with pytest.raises(RecordNotFound):
        store.registrations.reissue(uuid.uuid4(), CLERK, NOW)
