"""The shared rate limiter on SQLite and PostgreSQL: budgets, refills, atomicity across processes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import event, func, select

from central_service.db import Database
from central_service.models import RateLimit
from central_service.ratelimit import RateLimiter


class Clock:
    """Wall-clock seconds that only move when a test moves them."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


def statements(db: Database) -> list[str]:
    """Every statement on the rate-limit table that ``db`` sends from now on."""
    seen: list[str] = []

    def record(connection: object, cursor: object, statement: str, *rest: object) -> None:
        if "rate_limits" in statement:
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    return seen


def test_a_burst_of_the_limit_then_refusals_that_say_how_long(db: Database) -> None:
    clock = Clock()
    limiter = RateLimiter(db, clock)
    decisions = [limiter.hit("enrol:addr:192.0.2.7", 5, 60.0) for _ in range(7)]
    assert [decision.allowed for decision in decisions] == [True] * 5 + [False, False]
    # The budget refills at one event per 60 / 5 = 12 s; the first refusal must wait all of it.
    assert decisions[5].retry_after == pytest.approx(12.0)
    assert decisions[5].retry_after_seconds == 12
    assert decisions[0].retry_after_seconds == 0


def test_the_budget_refills_evenly(db: Database) -> None:
    clock = Clock()
    limiter = RateLimiter(db, clock)
    for _ in range(5):
        assert limiter.hit("k", 5, 60.0).allowed
    clock.now += 11.9
    refused = limiter.hit("k", 5, 60.0)
    assert not refused.allowed
    assert refused.retry_after == pytest.approx(0.1, abs=1e-6)
    assert refused.retry_after_seconds == 1
    clock.now += 0.1
    assert limiter.hit("k", 5, 60.0).allowed
    assert not limiter.hit("k", 5, 60.0).allowed
    clock.now += 60.0  # a whole window idle: a full burst again, never more
    assert [limiter.hit("k", 5, 60.0).allowed for _ in range(6)] == [True] * 5 + [False]


def test_keys_and_rates_are_separate_budgets(db: Database) -> None:
    limiter = RateLimiter(db, Clock())
    assert limiter.hit("a", 1, 60.0).allowed
    assert not limiter.hit("a", 1, 60.0).allowed
    assert limiter.hit("b", 1, 60.0).allowed
    # Another rate for the same key (a changed setting) starts afresh rather than misread the row.
    assert limiter.hit("a", 2, 60.0).allowed


def test_processes_on_one_database_share_the_budget(database_url: str) -> None:
    """Two limiters on two engines stand for two service processes on one database."""
    clock = Clock()
    first, second = Database(database_url), Database(database_url)
    try:
        one, other = RateLimiter(first, clock), RateLimiter(second, clock)
        outcomes = [(one if index % 2 else other).hit("token:w1", 4, 60.0).allowed for index in range(6)]
        assert outcomes == [True] * 4 + [False] * 2
    finally:
        first.dispose()
        second.dispose()


def test_concurrent_hits_never_spend_more_than_the_budget(database_url: str) -> None:
    """Racing threads in two "processes" for one key: exactly the limit gets through."""
    clock = Clock()
    databases = [Database(database_url), Database(database_url)]
    limiters = [RateLimiter(database, clock) for database in databases]
    start = threading.Barrier(16)

    def hit(index: int) -> bool:
        start.wait()
        return limiters[index % 2].hit("enrol:addr:198.51.100.1", 10, 3600.0).allowed

    try:
        with ThreadPoolExecutor(16) as pool:
            allowed = sum(pool.map(hit, range(16)))
            allowed += sum(pool.map(hit, range(16)))
        assert allowed == 10
    finally:
        for database in databases:
            database.dispose()


def test_a_refused_key_is_refused_without_the_database_until_its_wait_ends(db: Database) -> None:
    """A flood from one address must not take the database's write lock for every request."""
    clock = Clock()
    limiter = RateLimiter(db, clock)
    assert limiter.hit("flood", 1, 10.0).allowed
    assert not limiter.hit("flood", 1, 10.0).allowed
    sent = statements(db)
    clock.now += 9.0
    refusals = [limiter.hit("flood", 1, 10.0) for _ in range(100)]
    assert all(not decision.allowed for decision in refusals)
    assert refusals[-1].retry_after == pytest.approx(1.0)
    assert sent == []
    clock.now += 1.0
    assert limiter.hit("flood", 1, 10.0).allowed
    assert len(sent) == 1


def test_keys_are_stored_as_digests_and_idle_ones_are_purged(db: Database) -> None:
    clock = Clock()
    limiter = RateLimiter(db, clock)
    limiter.hit("enrol:addr:203.0.113.9", 2, 60.0)
    limiter.hit("busy", 1, 3600.0)
    with db.reading() as session:
        keys = list(session.scalars(select(RateLimit.key)))
    assert len(keys) == 2
    assert all(len(key) == 64 and "203.0.113.9" not in key for key in keys)
    clock.now += 60.0
    assert limiter.purge() == 1  # the first key's budget is whole again; "busy" still owes an hour
    with db.reading() as session:
        assert session.execute(select(func.count()).select_from(RateLimit)).scalar_one() == 1
    assert not limiter.hit("busy", 1, 3600.0).allowed


@pytest.mark.parametrize(("limit", "window"), [(0, 60.0), (-1, 60.0), (5, 0.0), (5, -1.0)])
def test_a_rate_without_a_budget_is_a_programming_error(db: Database, limit: int, window: float) -> None:
    with pytest.raises(ValueError, match="limit of at least 1"):
        RateLimiter(db).hit("k", limit, window)


@pytest.mark.parametrize(("limit", "window"), [(3, 1.0), (7, 10.0), (10, 0.3), (1000, 1.1)])
def test_the_whole_burst_fits_whatever_the_rounding(db: Database, limit: int, window: float) -> None:
    limiter = RateLimiter(db, Clock())
    outcomes = [limiter.hit("k", limit, window).allowed for _ in range(limit + 1)]
    assert outcomes == [True] * limit + [False]


def test_reserving_spends_the_shared_budget_in_chunks_and_never_more(db: Database) -> None:
    clock = Clock()
    one, other = RateLimiter(db, clock), RateLimiter(db, clock)  # two processes
    seen = statements(db)
    decisions = [limiter.hit_reserving("api:ws", 25, 60.0, 10) for limiter in (one, other) for _ in range(9)]
    assert all(decision.allowed for decision in decisions)
    assert len(seen) == 2  # one write per reserve of 10, not one per hit
    decisions = [one.hit_reserving("api:ws", 25, 60.0, 10) for _ in range(12)]
    # 20 are charged; the first's last reserved one, then single events up to 25; the second process
    # keeps one reserved event unused, so 24 in all are allowed: never more than the budget.
    assert [decision.allowed for decision in decisions] == [True] * 6 + [False] * 6
    assert decisions[-1].retry_after > 0
