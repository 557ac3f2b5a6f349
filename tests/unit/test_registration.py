"""Life-cycle rules the store builds on: expiry, re-issue, status transitions."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from activation_code import ACTIVATION_PERIOD
from clerk_app.domain.registration import (
    TRANSITIONS,
    Registration,
    RegistrationStatus,
    can_reissue,
    can_transition,
    expiry_for,
    status_at,
)
from tests.support.valid_registrations import valid_request

S = RegistrationStatus
CREATED = dt.datetime(2026, 3, 2, 9, 12, 33, tzinfo=dt.UTC)


def test_expiry_is_fourteen_days_after_registration() -> None:
    assert dt.timedelta(days=14) == ACTIVATION_PERIOD
    assert expiry_for(CREATED) == dt.datetime(2026, 3, 16, 9, 12, 33, tzinfo=dt.UTC)
    brussels = dt.timezone(dt.timedelta(hours=1))
    assert expiry_for(CREATED.astimezone(brussels)) == expiry_for(CREATED)


def test_expiry_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        expiry_for(dt.datetime(2026, 3, 2, 9, 12))


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (S.ISSUED, True),
        (S.ACCEPTED, True),
        (S.ACTIVATED, False),
        (S.EXPIRED, False),
        (S.REVOKED, False),
        (S.REJECTED, False),
    ],
)
def test_only_a_registration_that_can_still_be_activated_is_reissued(status: S, allowed: bool) -> None:
    assert can_reissue(status) is allowed


def test_transitions_follow_the_life_cycle() -> None:
    assert set(TRANSITIONS) == set(S)
    assert can_transition(S.ISSUED, S.ACCEPTED)
    assert can_transition(S.ACCEPTED, S.ACTIVATED)
    assert not can_transition(S.ACCEPTED, S.REJECTED)
    assert not can_transition(S.ACTIVATED, S.REVOKED)
    for final in (S.ACTIVATED, S.EXPIRED, S.REVOKED, S.REJECTED):
        assert TRANSITIONS[final] == frozenset()


def _registration(status: S) -> Registration:
    request = valid_request()
    return Registration(
        id=uuid.UUID(int=7),
        identity=request.identity,
        email=request.email,
        language=request.language,
        centre_id=request.centre_id,
        clerk=request.clerk,
        created_at=CREATED,
        expires_at=expiry_for(CREATED),
        code_hash="$argon2id$...",
        status=status,
        status_changed_at=CREATED,
    )


@pytest.mark.parametrize(
    ("status", "now", "shown"),
    [
        (S.ISSUED, CREATED + dt.timedelta(days=13, hours=23), S.ISSUED),
        (S.ISSUED, CREATED + dt.timedelta(days=14), S.EXPIRED),
        (S.ACCEPTED, CREATED + dt.timedelta(days=20), S.EXPIRED),
        (S.ACTIVATED, CREATED + dt.timedelta(days=20), S.ACTIVATED),
        (S.REVOKED, CREATED + dt.timedelta(days=20), S.REVOKED),
        (S.REJECTED, CREATED + dt.timedelta(days=20), S.REJECTED),
    ],
)
def test_status_at_shows_expiry_before_anyone_recorded_it(status: S, now: dt.datetime, shown: S) -> None:
    assert status_at(_registration(status), now) is shown
