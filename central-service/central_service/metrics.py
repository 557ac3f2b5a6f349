"""What ``/metrics`` tells Prometheus: requests, ingest, outbox backlogs and rate-limit refusals.

Each service has its own registry (tests run several in one process). Requests are counted by route
template (``/activate/{token}``, never the token), method and status; registrations by the answer the
intake gave; the outbox depth and the age of the oldest waiting message are read from the database at
scrape time, so every process reports the same backlog (sum ``received`` over processes, take ``max`` of
the backlog). No label ever holds personal data, a token or a code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central_service.db import Database
from central_service.models import MailOutbox, SmsOutbox

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class ServiceMetrics:
    """The counters the service updates and the backlog it reports; ``render`` is the scrape."""

    def __init__(self, db: Database, clock: Callable[[], dt.datetime]) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "central_http_requests",
            "HTTP requests answered, by route template, method and status",
            ["route", "method", "status"],
            registry=self.registry,
        )
        self.registrations = Counter(
            "central_registrations_received",
            "Registrations received (single and batch items), by the status answered",
            ["status"],
            registry=self.registry,
        )
        self.refusals = Counter(
            "central_rate_limit_refusals",
            "Requests refused by a rate limit, by limit",
            ["limit"],
            registry=self.registry,
        )
        self.registry.register(_Backlog(db, clock))

    def render(self) -> bytes:
        return generate_latest(self.registry)


class _Backlog(Collector):
    """Waiting mail and SMS: how many, and how long the oldest has waited."""

    def __init__(self, db: Database, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._clock = clock

    def describe(self) -> Iterator[Metric]:
        """The names without reading the database (registering happens before migrations run)."""
        yield from _backlog_families()

    def collect(self) -> Iterator[Metric]:
        depth, age = _backlog_families()
        now = self._clock()
        with self._db.reading() as session:
            for name, table in (("mail", MailOutbox), ("sms", SmsOutbox)):
                columns: Any = table
                count, oldest = session.execute(
                    select(func.count(), func.min(columns.created_at)).where(
                        columns.sent_at.is_(None), columns.failed_at.is_(None)
                    )
                ).one()
                depth.add_metric([name], count)
                waited = (now - _aware(oldest)).total_seconds() if oldest is not None else 0.0
                age.add_metric([name], max(waited, 0.0))
        yield depth
        yield age


def _backlog_families() -> tuple[GaugeMetricFamily, GaugeMetricFamily]:
    depth = GaugeMetricFamily("central_outbox_depth", "Messages waiting to be sent", labels=["outbox"])
    age = GaugeMetricFamily(
        "central_outbox_oldest_age_seconds",
        "How long the oldest waiting message has waited (0 when none)",
        labels=["outbox"],
    )
    return depth, age


def _aware(value: dt.datetime) -> dt.datetime:
    """``min()`` bypasses the column type on some drivers: naive UTC comes back as it is stored."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


class CountRequests:
    """ASGI middleware: count each answered request by the template of the route it matched."""

    def __init__(
        self, app: ASGIApp, *, metrics: ServiceMetrics, routes: Callable[[], list[BaseRoute]]
    ) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        def count(status: int) -> None:
            route = _template(scope, self.routes())
            self.metrics.requests.labels(route, str(scope.get("method", "")), str(status)).inc()

        async def counting_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                count(int(message["status"]))  # before the client can see the answer
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            if not started:
                count(500)


def _template(scope: Scope, routes: list[BaseRoute]) -> str:
    """The route the router chose (it records it in the scope); for a request refused before routing
    (by the guard), the API route its path matches."""
    chosen = scope.get("route")
    if chosen is not None and isinstance(getattr(chosen, "path", None), str):
        return str(chosen.path)
    for route in routes:
        path = getattr(route, "path", None)
        if isinstance(path, str) and route.matches(scope)[0] is not Match.NONE:
            return path
    return "unmatched"
