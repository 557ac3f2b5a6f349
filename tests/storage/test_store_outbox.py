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
from clerk_app.storage import AuditAction, OutboxItem, Store

MINUTE = dt.timedelta(minutes=1)


def _register(store: Store, count: int) -> list[OutboxItem]:
    for index in range(count):
        store.registrations.register(request(index), NOW + index * MINUTE)
    return store.outbox.due(NOW + count * MINUTE)


def test_due_rows_come_oldest_first_up_to_the_limit(store: Store) -> None:
    items = _register(store, 3)
    assert [item.registration.created_at for item in items] == [NOW, NOW + MINUTE, NOW + 2 * MINUTE]
    assert store.outbox.due(NOW + 3 * MINUTE, limit=2) == items[:2]
    assert store.outbox.pending_count() == 3


def test_a_retry_waits_until_its_time_and_counts_the_attempt(
    store: Store, raw: Callable[[], sqlcipher3.Connection]
) -> None:
    first, second = _register(store, 2)
    later = NOW + 10 * MINUTE
    store.outbox.record([Deferred(first.id, later, "connect_timeout")], later)
    assert [item.id for item in store.outbox.due(later - dt.timedelta(seconds=1))] == [second.id]
    (again, _) = store.outbox.due(later)
    assert again.id == first.id and again.attempts == 1
    store.outbox.record([Deferred(first.id, later, "free text with Ms Janssens in it")], later)
    row = (
        raw()
        .execute("SELECT attempts, last_error_code FROM outbox WHERE id = ?", (str(first.id),))
        .fetchone()
    )
    kept_as_code = row == (2, "unreadable_code")
    assert kept_as_code, "free text was kept as the error code"
    assert store.outbox.pending_count() == 2


def test_accepted_marks_the_registration_and_starts_retention(store: Store) -> None:
    (item,) = _register(store, 1)
    assert store.outbox.last_accepted_at() is None
    at = NOW + 5 * MINUTE
    store.outbox.record([Accepted(item.id, RegistrationStatus.ACCEPTED)], at)
    registration = store.registrations.get(item.registration.id)
    assert registration.status is RegistrationStatus.ACCEPTED and registration.status_changed_at == at
    assert store.outbox.due(at) == [] and store.outbox.pending_count() == 0
    assert store.outbox.last_accepted_at() == at
    actions = [(e.action, e.actor, e.detail.get("to")) for e in store.audit.history(item.registration.id)]
    assert actions == [
        (AuditAction.ISSUED, "G12345", None),
        (AuditAction.DELIVERED, "sync", None),
        (AuditAction.STATUS_CHANGED, "sync", "accepted"),
    ]
    store.outbox.record([Accepted(item.id, RegistrationStatus.ACCEPTED)], at + MINUTE)  # a replayed answer
    assert store.outbox.last_accepted_at() == at
    assert len(store.audit.history(item.registration.id)) == 3
    assert store.integrity.verify().ok


def test_accepted_with_a_later_central_status_follows_the_allowed_path(store: Store) -> None:
    (item,) = _register(store, 1)
    store.outbox.record([Accepted(item.id, RegistrationStatus.ACTIVATED)], NOW)
    assert store.registrations.get(item.registration.id).status is RegistrationStatus.ACTIVATED
    changes = [
        e.detail["to"]
        for e in store.audit.history(item.registration.id)
        if e.action is AuditAction.STATUS_CHANGED
    ]
    assert changes == ["accepted", "activated"]


def test_rejected_keeps_the_server_code_as_reason(store: Store) -> None:
    first, second = _register(store, 2)
    store.outbox.record([Rejected(first.id, "invalid_body")], NOW)
    registration = store.registrations.get(first.registration.id)
    assert registration.status is RegistrationStatus.REJECTED
    assert registration.rejection_reason == "invalid_body"
    store.outbox.record([Rejected(second.id, "Name 'Ségolène' is not allowed")], NOW)
    kept_as_code = store.registrations.get(second.registration.id).rejection_reason == "unreadable_code"
    assert kept_as_code, "free text was kept as the rejection reason"
    assert store.outbox.pending_count() == 0
    refused = [e for e in store.audit.history(first.registration.id) if e.action is AuditAction.REFUSED]
    assert refused[0].detail == {"outbox": str(first.id), "reason": "invalid_body"}
    store.outbox.record(
        [Accepted(first.id, RegistrationStatus.ACCEPTED)], NOW
    )  # contradicts a final answer: ignored
    assert store.registrations.get(first.registration.id).status is RegistrationStatus.REJECTED


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
    store: Store, path: list[RegistrationStatus], applied: list[bool]
) -> None:
    (item,) = _register(store, 1)
    expected = RegistrationStatus.ISSUED
    for step, (status, allowed) in enumerate(zip(path, applied, strict=True)):
        assert store.outbox.apply_central_status(item.registration.id, status, NOW + step * MINUTE) is allowed
        expected = status if allowed else expected
        assert store.registrations.get(item.registration.id).status is expected
    changes = [e for e in store.audit.history(item.registration.id) if e.action is AuditAction.STATUS_CHANGED]
    assert len(changes) == sum(applied)
    assert store.integrity.verify().ok


def test_acceptance_reported_by_status_starts_retention_too(store: Store) -> None:
    (item,) = _register(store, 1)
    store.outbox.apply_central_status(item.registration.id, RegistrationStatus.ACCEPTED, NOW)
    report = store.retention.purge(NOW + dt.timedelta(days=30), dry_run=True)
    assert report.registrations == 1


def test_unknown_rows_are_not_found(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.outbox.record([Accepted(uuid.uuid4(), RegistrationStatus.ACCEPTED)], NOW)
    with pytest.raises(RecordNotFound):
        store.outbox.record([Rejected(uuid.uuid4(), "invalid_body")], NOW)
    with pytest.raises(RecordNotFound):
        store.outbox.record([Deferred(uuid.uuid4(), NOW, "timeout")], NOW)
    with pytest.raises(RecordNotFound):
        store.outbox.apply_central_status(uuid.uuid4(), RegistrationStatus.ACCEPTED, NOW)
