"""Counts for team leaders: registrations and re-issues per day, centre and clerk, with their statuses."""

from __future__ import annotations

import datetime as dt
import uuid

from clerk_app.domain.delivery import Accepted, Rejected
from clerk_app.domain.registration import Clerk, RegistrationStatus
from clerk_app.storage import DayCount, Store
from tests.support.store_builders import CLERK, NOW, request

OTHER = Clerk(name="Bert Balie", staff_number="G54321")
S = RegistrationStatus


def _day(moment: dt.datetime) -> dt.date:
    """The counter's calendar day of ``moment``: the store counts days in the computer's time zone."""
    return moment.astimezone().date()


def _statuses(**counts: int) -> dict[RegistrationStatus, int]:
    return {status: counts.get(status.value, 0) for status in RegistrationStatus}


def _outbox_id(store: Store, registration_id: uuid.UUID, moment: dt.datetime) -> uuid.UUID:
    return next(item.id for item in store.outbox.due(moment) if item.registration.id == registration_id)


def test_counts_per_day_centre_and_clerk_with_re_issues_and_the_statuses_they_reached(store: Store) -> None:
    yesterday = NOW - dt.timedelta(days=1)
    minute = dt.timedelta(minutes=1)
    store.registrations.register(request(1), yesterday)  # still issued
    accepted = store.registrations.register(request(2), NOW).registration
    activated = store.registrations.register(request(3), NOW + minute).registration
    rejected = store.registrations.register(request(4, clerk=OTHER), NOW + 2 * minute).registration
    lost = store.registrations.register(request(5, clerk=OTHER), NOW + 3 * minute).registration
    store.registrations.reissue(lost.id, OTHER, NOW + 4 * minute)  # revokes the first
    store.registrations.register(request(6, clerk=OTHER, centre_id="gentbrugge"), NOW + 5 * minute)
    store.registrations.register(request(7), NOW + dt.timedelta(days=5))  # outside the period asked for
    later = NOW + 10 * minute
    store.outbox.record(
        [
            Accepted(_outbox_id(store, accepted.id, later), S.ACCEPTED),
            Accepted(_outbox_id(store, activated.id, later), S.ACCEPTED),
            Rejected(_outbox_id(store, rejected.id, later), "centre_mismatch"),
        ],
        later,
    )
    store.outbox.apply_central_status(activated.id, S.ACTIVATED, later + minute)

    counts = store.reports.counts(_day(yesterday), _day(NOW), now=later + minute)

    assert counts == [
        DayCount(_day(yesterday), "stadskantoor", CLERK, 1, 0, _statuses(issued=1)),
        DayCount(_day(NOW), "gentbrugge", OTHER, 1, 0, _statuses(issued=1)),
        DayCount(_day(NOW), "stadskantoor", CLERK, 2, 0, _statuses(accepted=1, activated=1)),
        DayCount(_day(NOW), "stadskantoor", OTHER, 3, 1, _statuses(rejected=1, revoked=1, issued=1)),
    ]
    for row in counts:  # every registration stands in exactly one status
        assert sum(row.statuses.values()) == row.registrations == row.new_registrations + row.reissues


def test_one_centre_only(store: Store) -> None:
    store.registrations.register(request(1), NOW)
    store.registrations.register(request(2, centre_id="gentbrugge"), NOW)
    assert store.reports.counts(_day(NOW), _day(NOW), centre_id="gentbrugge", now=NOW) == [
        DayCount(_day(NOW), "gentbrugge", CLERK, 1, 0, _statuses(issued=1))
    ]
    assert store.reports.counts(_day(NOW), _day(NOW), centre_id="sint-amandsberg", now=NOW) == []


def test_past_their_fourteen_days_issued_and_accepted_count_as_expired(store: Store) -> None:
    waiting = store.registrations.register(request(1), NOW).registration
    accepted = store.registrations.register(request(2), NOW).registration
    store.outbox.record([Accepted(_outbox_id(store, accepted.id, NOW), S.ACCEPTED)], NOW)
    day = _day(NOW)
    assert store.reports.counts(day, day, now=waiting.expires_at - dt.timedelta(seconds=1))[0].statuses == (
        _statuses(issued=1, accepted=1)
    )
    assert store.reports.counts(day, day, now=waiting.expires_at)[0].statuses == _statuses(expired=2)
    # Nothing was written: the store still has them as issued and accepted.
    assert store.registrations.get(waiting.id).status is S.ISSUED
    assert store.registrations.get(accepted.id).status is S.ACCEPTED


def test_erased_registrations_are_still_counted(store: Store) -> None:
    accepted = store.registrations.register(request(1), NOW).registration
    store.outbox.record([Accepted(_outbox_id(store, accepted.id, NOW), S.ACCEPTED)], NOW)
    later = NOW + dt.timedelta(days=400)
    assert store.retention.purge(later).registrations == 1
    assert store.registrations.get(accepted.id).identity is None
    assert store.reports.counts(_day(NOW), _day(NOW), now=later) == [
        DayCount(_day(NOW), "stadskantoor", CLERK, 1, 0, _statuses(expired=1))
    ]
