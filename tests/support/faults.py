"""A fault-injecting HTTP proxy on loopback, to put in front of the real central service.

Why a proxy and not an ASGI middleware: the faults that matter most for exactly-once delivery are
network faults *after* the server committed: the connection dropped before the answer, or the answer
never coming so the client times out. Inside ASGI an app cannot cut the TCP connection (uvicorn would
answer 500 instead); a proxy owns the client's socket and can. It speaks HTTP/1.1 with keep-alive
through h11 (the protocol engine under httpx and uvicorn) and forwards to the real server with httpx.

Each request that ``FaultPlan.applies_to`` selects gets a :class:`Fault`: first the plan's ``script``
in order, then one drawn with the plan's ``probabilities`` (seeded, so a run can be repeated). Every
exchange is recorded (:attr:`FaultProxy.exchanges`) so a test can count what was injected.

    plan = FaultPlan(script=[Fault.DROP_AFTER_COMMIT])
    with start_central(...) as central, FaultProxy(central.url, plan) as proxy:
        httpx.post(proxy.url + "/v1/registrations", ...)  # the server stores it; the client sees a cut
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import h11
import httpx


class Fault(StrEnum):
    PASS = "pass"  # forward and answer normally
    ERROR_500 = "error_500"  # answer 500 without forwarding
    ERROR_500_AFTER_COMMIT = "error_500_after_commit"  # forward, then answer 500 instead
    UNAVAILABLE_503 = "unavailable_503"  # answer 503 with Retry-After without forwarding
    RATE_LIMITED_429 = "rate_limited_429"  # answer 429 with Retry-After without forwarding
    SLOW = "slow"  # wait slow_seconds, then forward and answer normally
    TIMEOUT = "timeout"  # never forward, never answer: hold until the client gives up
    TIMEOUT_AFTER_COMMIT = "timeout_after_commit"  # forward, then never answer
    DROP = "drop"  # cut the connection without forwarding
    DROP_AFTER_COMMIT = "drop_after_commit"  # forward, wait for the answer, then cut the connection
    # A careless proxy's own answers, HTML without the service's error body, never forwarded:
    PROXY_400 = "proxy_400"
    PROXY_401 = "proxy_401"
    PROXY_403 = "proxy_403"
    PROXY_404 = "proxy_404"
    PROXY_413 = "proxy_413"
    PROXY_421 = "proxy_421"
    PROXY_422 = "proxy_422"
    PROXY_200 = "proxy_200"  # a captive portal's "welcome" page


#: The careless proxy's answers, by status code.
PROXY_PAGES = {
    Fault.PROXY_400: 400,
    Fault.PROXY_401: 401,
    Fault.PROXY_403: 403,
    Fault.PROXY_404: 404,
    Fault.PROXY_413: 413,
    Fault.PROXY_421: 421,
    Fault.PROXY_422: 422,
    Fault.PROXY_200: 200,
}


#: Faults that let the request reach the server (it may have committed).
FORWARDED = frozenset(
    {
        Fault.PASS,
        Fault.SLOW,
        Fault.ERROR_500_AFTER_COMMIT,
        Fault.TIMEOUT_AFTER_COMMIT,
        Fault.DROP_AFTER_COMMIT,
    }
)
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-connection",
    "transfer-encoding",
    "te",
    "trailer",
    "upgrade",
    "content-length",
    "host",
}


def registration_posts(method: str, path: str) -> bool:
    """The default selection: the calls a relay makes to deliver registrations."""
    return method == "POST" and path.startswith("/v1/registrations")


@dataclass
class FaultPlan:
    """Which fault each selected request gets; change it between requests from the test thread."""

    script: list[Fault] = field(default_factory=list)
    probabilities: dict[Fault, float] = field(default_factory=dict)
    seed: int = 0
    applies_to: Callable[[str, str], bool] = registration_posts
    slow_seconds: float = 0.3
    hold_seconds: float = 30.0
    retry_after_seconds: int = 1
    #: Like a proxy with a body-size limit: a larger request gets an HTML 413, whatever the script says.
    max_body_bytes: int | None = None

    def __post_init__(self) -> None:
        if any(p < 0 for p in self.probabilities.values()) or sum(self.probabilities.values()) > 1 + 1e-9:
            raise ValueError("fault probabilities must be non-negative and sum to at most 1")
        self._random = random.Random(self.seed)
        self._lock = threading.Lock()

    def next(self, method: str, path: str) -> Fault:
        if not self.applies_to(method, path):
            return Fault.PASS
        with self._lock:
            if self.script:
                return self.script.pop(0)
            draw = self._random.random()
            for fault, probability in self.probabilities.items():
                if draw < probability:
                    return fault
                draw -= probability
            return Fault.PASS


@dataclass(frozen=True)
class Exchange:
    """One request through the proxy: what was injected and what the server answered (if asked)."""

    method: str
    path: str
    fault: Fault
    upstream_status: int | None


class FaultProxy:
    """The proxy, running its own event loop in a background thread; a context manager."""

    def __init__(self, upstream: str, plan: FaultPlan | None = None, host: str = "127.0.0.1") -> None:
        self.upstream = upstream.rstrip("/")
        self.plan = plan or FaultPlan()
        self._host = host
        self._exchanges: list[Exchange] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._client: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.url = ""

    @property
    def exchanges(self) -> list[Exchange]:
        with self._lock:
            return list(self._exchanges)

    def faulted_share(self) -> float:
        """The share of recorded exchanges that got a fault (0 when nothing went through)."""
        exchanges = self.exchanges
        return sum(e.fault is not Fault.PASS for e in exchanges) / len(exchanges) if exchanges else 0.0

    def start(self) -> FaultProxy:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._thread = threading.Thread(target=loop.run_forever, name="fault-proxy", daemon=True)
        self._thread.start()

        async def open_server() -> asyncio.Server:
            self._client = httpx.AsyncClient(base_url=self.upstream, timeout=60.0)
            return await asyncio.start_server(self._accept, self._host, 0)

        self._server = asyncio.run_coroutine_threadsafe(open_server(), loop).result(timeout=10)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://{self._host}:{port}"
        return self

    def stop(self) -> None:
        loop = self._loop
        if loop is None:
            return

        async def shut() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            if self._client is not None:
                await self._client.aclose()

        asyncio.run_coroutine_threadsafe(shut(), loop).result(timeout=15)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=10)
        loop.close()
        self._loop = None

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._serve_connection(reader, writer)
        except (ConnectionError, h11.ProtocolError, asyncio.IncompleteReadError):
            pass
        finally:
            self._tasks.discard(task)
            if not writer.is_closing():
                writer.close()

    async def _serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connection = h11.Connection(h11.SERVER)
        while True:
            received = await _read_request(connection, reader)
            if received is None:
                return
            request, body = received
            method, path = request.method.decode(), request.target.decode()
            fault = self.plan.next(method, path.split("?", 1)[0])
            if self.plan.max_body_bytes is not None and len(body) > self.plan.max_body_bytes:
                fault = Fault.PROXY_413
            keep_open = await self._apply(fault, connection, request, body, reader, writer)
            if not keep_open or connection.our_state is h11.MUST_CLOSE:
                return
            connection.start_next_cycle()

    async def _apply(
        self,
        fault: Fault,
        connection: h11.Connection,
        request: h11.Request,
        body: bytes,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> bool:
        method, path = request.method.decode(), request.target.decode()
        upstream: httpx.Response | None = None
        if fault is Fault.SLOW:
            await asyncio.sleep(self.plan.slow_seconds)
        if fault in FORWARDED:
            upstream = await self._forward(request, body)
        self._record(Exchange(method, path, fault, upstream.status_code if upstream is not None else None))

        if fault in (Fault.PASS, Fault.SLOW):
            assert upstream is not None
            headers = [(k, v) for k, v in upstream.headers.items() if k.lower() not in _HOP_BY_HOP]
            await _respond(connection, writer, upstream.status_code, headers, upstream.content)
            return True
        if fault in (Fault.ERROR_500, Fault.ERROR_500_AFTER_COMMIT):
            await _respond_error(connection, writer, 500, "injected_server_error", [])
            return True
        if fault in (Fault.UNAVAILABLE_503, Fault.RATE_LIMITED_429):
            status = 503 if fault is Fault.UNAVAILABLE_503 else 429
            retry_after = [("Retry-After", str(self.plan.retry_after_seconds))]
            await _respond_error(connection, writer, status, f"injected_{fault.value}", retry_after)
            return True
        if fault in PROXY_PAGES:
            status = PROXY_PAGES[fault]
            page = f"<html><body><h1>{status}</h1><p>proxy</p></body></html>".encode()
            await _respond(connection, writer, status, [("Content-Type", "text/html")], page)
            return True
        if fault in (Fault.TIMEOUT, Fault.TIMEOUT_AFTER_COMMIT):
            # Answer nothing; the connection ends when the client gives up (EOF) or after hold_seconds.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(reader.read(), timeout=self.plan.hold_seconds)
            writer.close()
            return False
        # DROP / DROP_AFTER_COMMIT: cut the connection without a byte of answer.
        writer.transport.abort()
        return False

    async def _forward(self, request: h11.Request, body: bytes) -> httpx.Response:
        assert self._client is not None
        headers = [
            (name.decode(), value.decode())
            for name, value in request.headers
            if name.decode().lower() not in _HOP_BY_HOP
        ]
        return await self._client.request(
            request.method.decode(), request.target.decode(), headers=headers, content=body
        )

    def _record(self, exchange: Exchange) -> None:
        with self._lock:
            self._exchanges.append(exchange)


async def _read_request(
    connection: h11.Connection, reader: asyncio.StreamReader
) -> tuple[h11.Request, bytes] | None:
    request: h11.Request | None = None
    body = bytearray()
    while True:
        event = connection.next_event()
        if event is h11.NEED_DATA:
            connection.receive_data(await reader.read(65536))
        elif isinstance(event, h11.Request):
            request = event
        elif isinstance(event, h11.Data):
            body += event.data
        elif isinstance(event, h11.EndOfMessage):
            assert request is not None
            return request, bytes(body)
        elif isinstance(event, h11.ConnectionClosed) or event is h11.PAUSED:
            return None


async def _respond(
    connection: h11.Connection,
    writer: asyncio.StreamWriter,
    status: int,
    headers: Sequence[tuple[str, str]],
    content: bytes,
) -> None:
    length = ("Content-Length", str(len(content)))
    out = connection.send(h11.Response(status_code=status, headers=[*headers, length])) or b""
    out += connection.send(h11.Data(data=content)) or b""
    out += connection.send(h11.EndOfMessage()) or b""
    writer.write(out)
    await writer.drain()


async def _respond_error(
    connection: h11.Connection,
    writer: asyncio.StreamWriter,
    status: int,
    error: str,
    headers: Sequence[tuple[str, str]],
) -> None:
    body = json.dumps({"error": error, "detail": "injected by the test fault proxy", "field": None}).encode()
    await _respond(connection, writer, status, [*headers, ("Content-Type", "application/json")], body)
