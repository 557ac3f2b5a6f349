"""What the sync relay calls: due rows oldest first, outcomes, retries and central status changes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
import sqlcipher3
from store_builders import NOW, request

from clerk_app.domain.delivery import Accepted, Deferred, Rejected
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.errors import RecordNotFound
from clerk_app.storage import AuditAction, OutboxItem, RegistrationStore

MINUTE = dt.timedelta(minutes=1)


def _register(store: RegistrationStore, count: int) -> list[OutboxItem]:
    for index in range(count):
        store.register(request(index), NOW + index * MINUTE)
    return store.due_outbox(NOW + count * MINUTE)


def test_due_rows_come_oldest_first_up_to_the_limit(store: RegistrationStore) -> None:
    items = _register(store, 3)
    assert [item.created_at for item in items] == [NOW, NOW + MINUTE, NOW + 2 * MINUTE]
    assert store.due_outbox(NOW + 3 * MINUTE, limit=2) == items[:2]
    assert store.pending_count() == 3


def test_a_retry_waits_until_its_time_and_counts_the_attempt(
    store: RegistrationStore, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    first, second = _register(store, 2)
    later = NOW + 10 * MINUTE
    store.record_deliveries([Deferred(first.id, later, "connect_timeout")], later)
    assert [item.id for item in store.due_outbox(later - dt.timedelta(seconds=1))] == [second.id]
    (again, _) = store.due_outbox(later)
    assert again.id == first.id and again.attempts == 1
    store.record_deliveries([Deferred(first.id, later, "free text with Ms Janssens in it")], later)
    row = (
        raw()
        .execute("SELECT attempts, last_error_code FROM outbox WHERE id = ?", (str(first.id),))
        .fetchone()
    )
    kept_as_code = row == (2, "unreadable_code")
    assert kept_as_code, "free text was kept as the error code"
    assert store.pending_count() == 2


def test_accepted_marks_the_registration_and_starts_retention(store: RegistrationStore) -> None:
    (item,) = _register(store, 1)
    assert store.last_accepted_at() is None
    at = NOW + 5 * MINUTE
    store.record_deliveries([Accepted(item.id, RegistrationStatus.ACCEPTED)], at)
    registration = store.get(item.registration_id)
    assert registration.status is RegistrationStatus.ACCEPTED and registration.status_changed_at == at
    assert store.due_outbox(at) == [] and store.pending_count() == 0
    assert store.last_accepted_at() == at
    actions = [(e.action, e.actor, e.detail.get("to")) for e in store.history(item.registration_id)]
    assert actions == [
        (AuditAction.ISSUED, "G12345", None),
        (AuditAction.DELIVERED, "sync", None),
        (AuditAction.STATUS_CHANGED, "sync", "accepted"),
    ]
    store.record_deliveries(
        [Accepted(item.id, RegistrationStatus.ACCEPTED)], at + MINUTE
    )  # a replayed answer
    assert store.last_accepted_at() == at
    assert len(store.history(item.registration_id)) == 3
    assert store.verify().ok


def test_accepted_with_a_later_central_status_follows_the_allowed_path(store: RegistrationStore) -> None:
    (item,) = _register(store, 1)
    store.record_deliveries([Accepted(item.id, RegistrationStatus.ACTIVATED)], NOW)
    assert store.get(item.registration_id).status is RegistrationStatus.ACTIVATED
    changes = [
        e.detail["to"] for e in store.history(item.registration_id) if e.action is AuditAction.STATUS_CHANGED
    ]
    assert changes == ["accepted", "activated"]


def test_rejected_keeps_the_server_code_as_reason(store: RegistrationStore) -> None:
    first, second = _register(store, 2)
    store.record_deliveries([Rejected(first.id, "invalid_body")], NOW)
    registration = store.get(first.registration_id)
    assert registration.status is RegistrationStatus.REJECTED
    assert registration.rejection_reason == "invalid_body"
    store.record_deliveries([Rejected(second.id, "Name 'Ségolène' is not allowed")], NOW)
    kept_as_code = store.get(second.registration_id).rejection_reason == "unreadable_code"
    assert kept_as_code, "free text was kept as the rejection reason"
    assert store.pending_count() == 0
    refused = [e for e in store.history(first.registration_id) if e.action is AuditAction.REFUSED]
    assert refused[0].detail == {"outbox": str(first.id), "reason": "invalid_body"}
    store.record_deliveries(
        [Accepted(first.id, RegistrationStatus.ACCEPTED)], NOW
    )  # contradicts a final answer: ignored
    assert store.get(first.registration_id).status is RegistrationStatus.REJECTED


@pytest.mark.parametrize(
    ("path", "applied"),
    [
        ([RegistrationStatus.ACCEPTED, RegistrationStatus.ACTIVATED], [True, True]),
        (
            [RegistrationStatus.ACCEPTED, RegistrationStatus.EXPIRED, RegistrationStatus.ACTIVATED],
            [True, True, False],
        ),
        ([RegistrationStatus.ACTIVATED], [False]),
        ([RegistrationStatus.ISSUED], [False]),
        ([RegistrationStatus.REVOKED, RegistrationStatus.ACCEPTED], [True, False]),
    ],
)
def test_central_status_changes_respect_the_transitions(
    store: RegistrationStore, path: list[RegistrationStatus], applied: list[bool]
) -> None:
    (item,) = _register(store, 1)
    expected = RegistrationStatus.ISSUED
    for step, (status, allowed) in enumerate(zip(path, applied, strict=True)):
        assert store.apply_central_status(item.registration_id, status, NOW + step * MINUTE) is allowed
        expected = status if allowed else expected
        assert store.get(item.registration_id).status is expected
    changes = [e for e in store.history(item.registration_id) if e.action is AuditAction.STATUS_CHANGED]
    assert len(changes) == sum(applied)
    assert store.verify().ok


def test_acceptance_reported_by_status_starts_retention_too(store: RegistrationStore) -> None:
    (item,) = _register(store, 1)
    store.apply_central_status(item.registration_id, RegistrationStatus.ACCEPTED, NOW)
    report = store.purge(NOW + dt.timedelta(days=30), dry_run=True)
    assert report.registrations == 1


def test_unknown_rows_are_not_found(store: RegistrationStore) -> None:
    with pytest.raises(RecordNotFound):
        store.record_deliveries([Accepted(uuid.uuid4(), RegistrationStatus.ACCEPTED)], NOW)
    with pytest.raises(RecordNotFound):
        store.record_deliveries([Rejected(uuid.uuid4(), "invalid_body")], NOW)
    with pytest.raises(RecordNotFound):
        store.record_deliveries([Deferred(uuid.uuid4(), NOW, "timeout")], NOW)
    with pytest.raises(RecordNotFound):
        store.apply_central_status(uuid.uuid4(), RegistrationStatus.ACCEPTED, NOW)
