"""What the sync relay calls: due rows oldest first, outcomes, retries and central status changes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
import sqlcipher3

from clerk_app.domain.delivery import Accepted, CentralStatus, Deferred, Rejected
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.errors import RecordNotFound
from clerk_app.storage import AuditAction, OutboxItem, Store
from tests.support.store_builders import NOW, request

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


def test_acceptance_reported_by_status_is_kept_until_retention_after_its_expiry(store: Store) -> None:
    (item,) = _register(store, 1)
    store.outbox.apply_central_status(item.registration.id, RegistrationStatus.ACCEPTED, NOW)
    expired = store.registrations.get(item.registration.id).expires_at
    assert store.retention.purge(expired + dt.timedelta(days=30), dry_run=True).registrations == 1
    assert store.retention.purge(expired + dt.timedelta(days=29), dry_run=True).registrations == 0


def test_only_accepted_unexpired_registrations_are_asked_about_in_pages(store: Store) -> None:
    items = _register(store, 6)
    store.outbox.record([Accepted(item.id, RegistrationStatus.ACCEPTED) for item in items[:5]], NOW)
    ids = [item.registration.id for item in items]
    store.outbox.apply_central_status(ids[0], RegistrationStatus.ACTIVATED, NOW)  # final: not asked
    asked = sorted(ids[1:5])  # ids[5] is still only issued
    assert store.outbox.refresh_due(NOW) == asked
    assert store.outbox.refresh_due(NOW, limit=2) == asked[:2]
    assert store.outbox.refresh_due(NOW, limit=2, after=asked[1]) == asked[2:]
    expiry = store.registrations.get(ids[1]).expires_at
    assert store.outbox.refresh_due(expiry) == [i for i in asked if i != ids[1]]  # ids[1] is the oldest


def test_a_central_status_keeps_the_centres_time_and_audits_when_heard(store: Store) -> None:
    first, second, third = _register(store, 3)
    store.outbox.record(
        [Accepted(item.id, RegistrationStatus.ACCEPTED) for item in (first, second, third)], NOW
    )
    activated_at, heard = NOW + 2 * MINUTE, NOW + 9 * MINUTE
    reports = [
        CentralStatus(first.registration.id, RegistrationStatus.ACTIVATED, activated_at),
        CentralStatus(
            second.registration.id, RegistrationStatus.LOCKED, heard + MINUTE
        ),  # centre's clock ahead
        CentralStatus(third.registration.id, RegistrationStatus.ISSUED, activated_at),  # not allowed: ignored
    ]
    assert store.outbox.apply_central_statuses(reports, heard) == 2
    assert store.outbox.apply_central_statuses(reports, heard) == 0  # the same answer again changes nothing
    activated = store.registrations.get(first.registration.id)
    assert (activated.status, activated.status_changed_at) == (RegistrationStatus.ACTIVATED, activated_at)
    locked = store.registrations.get(second.registration.id)
    assert (locked.status, locked.status_changed_at) == (RegistrationStatus.LOCKED, heard)
    assert store.registrations.get(third.registration.id).status is RegistrationStatus.ACCEPTED
    (change,) = [
        e for e in store.audit.history(first.registration.id) if e.action is AuditAction.STATUS_CHANGED
    ][-1:]
    assert change.at == heard and change.detail["to"] == "activated"
    assert store.integrity.verify().ok


def test_unknown_rows_are_not_found(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.outbox.record([Accepted(uuid.uuid4(), RegistrationStatus.ACCEPTED)], NOW)
    with pytest.raises(RecordNotFound):
        store.outbox.record([Rejected(uuid.uuid4(), "invalid_body")], NOW)
    with pytest.raises(RecordNotFound):
        store.outbox.record([Deferred(uuid.uuid4(), NOW, "timeout")], NOW)
    with pytest.raises(RecordNotFound):
        store.outbox.apply_central_status(uuid.uuid4(), RegistrationStatus.ACCEPTED, NOW)
