"""Request limits before any body is parsed: size (413 while reading), the token first, rate limits (429).

Sizes are probed with a raw socket, so the test controls exactly how much of a body the service gets to
see: a refusal that arrives before the body was (wholly) sent proves the service never waited for it.
"""

from __future__ import annotations

import datetime as dt
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from central_service import workstations
from tests.support.central import LiveCentral, start_central
from tests.support.registrations import registration_body

SMALL = {"max_body_bytes": 4096, "max_form_bytes": 2048}


@pytest.fixture
def limited(database_url: str, tmp_path: Path) -> Iterator[LiveCentral]:
    with start_central(database_url, tmp_path / "mailbox", limits=SMALL) as live:
        yield live


def _raw(central: LiveCentral, head: str, body: bytes = b"") -> tuple[int, dict[str, str], bytes]:
    """Send ``head`` (and ``body``) without finishing more than that; the status, headers and body read."""
    parts = urlsplit(central.url)
    with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=10) as connection:
        connection.sendall(head.replace("\n", "\r\n").encode() + b"\r\n" + body)
        received = b""
        while b"\r\n\r\n" not in received or len(received.partition(b"\r\n\r\n")[2]) < _length(received):
            chunk = connection.recv(65536)
            if not chunk:
                break
            received += chunk
    status_line, _, rest = received.partition(b"\r\n")
    header_block, _, content = rest.partition(b"\r\n\r\n")
    headers = {}
    for line in header_block.decode("latin-1").split("\r\n"):
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(status_line.split()[1]), headers, content


def _length(received: bytes) -> int:
    for line in received.partition(b"\r\n\r\n")[0].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip())
    return 0


def _post_head(path: str, token: str | None, extra: str) -> str:
    auth = f"Authorization: Bearer {token}\n" if token else ""
    return f"POST {path} HTTP/1.1\nHost: test\n{auth}Content-Type: application/json\n{extra}"


def test_a_declared_oversized_body_is_refused_before_it_is_sent(limited: LiveCentral) -> None:
    token = limited.enrol()
    status, headers, body = _raw(
        limited, _post_head("/v1/registrations", token, "Idempotency-Key: k\nContent-Length: 58720256\n")
    )
    assert status == 413
    assert b'"body_too_large"' in body
    assert headers["connection"] == "close"


def test_a_chunked_body_is_refused_as_soon_as_it_passes_the_limit(limited: LiveCentral) -> None:
    token = limited.enrol()
    chunk = b"x" * 1000
    # Five chunks of 1000 bytes pass the 4096-byte limit; the closing zero-length chunk is never sent.
    chunks = b"".join(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" for _ in range(5))
    status, _, body = _raw(
        limited,
        _post_head("/v1/registrations:batch", token, "Transfer-Encoding: chunked\n"),
        chunks,
    )
    assert status == 413
    assert b'"body_too_large"' in body


def test_the_citizens_pages_have_their_own_smaller_limit(limited: LiveCentral) -> None:
    form = b"code=" + b"A" * 3000
    response = httpx.post(
        f"{limited.url}/login", content=form, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert response.status_code == 413


def test_a_body_within_the_limit_still_works(limited: LiveCentral) -> None:
    token = limited.enrol()
    with limited.client(token) as http:
        response = http.post("/v1/registrations", json=registration_body(), headers={"Idempotency-Key": "k1"})
    assert response.status_code == 201


def test_the_token_is_checked_before_the_body_is_read(central: LiveCentral) -> None:
    # The head announces a body that never comes: only a service that answers before reading it replies.
    status, headers, body = _raw(
        central, _post_head("/v1/registrations", "not-a-token", "Idempotency-Key: k\nContent-Length: 2000\n")
    )
    assert status == 401
    assert b'"unauthorised"' in body
    assert headers["www-authenticate"] == "Bearer"


def test_garbage_without_a_token_gets_401_not_a_parse_error(central: LiveCentral) -> None:
    for path in ("/v1/registrations", "/v1/registrations:batch", "/v1/registrations:status"):
        response = httpx.post(f"{central.url}{path}", content=b"{not json" * 100)
        assert response.status_code == 401, path
        assert response.json()["error"] == "unauthorised"


def _guess(central: LiveCentral, code: str) -> httpx.Response:
    return httpx.post(f"{central.url}/v1/enrolments", json={"code": code, "workstation": "desk"})


def test_enrolment_guesses_are_limited_per_address(database_url: str, tmp_path: Path) -> None:
    with start_central(database_url, tmp_path / "mailbox", limits={"enrolments_per_address": 3}) as central:
        answers = [_guess(central, "AAAA-BBBB-CCCC").status_code for _ in range(3)]
        assert answers == [401, 401, 401]
        code = workstations.create_enrolment_code(
            central.service.db, "stadskantoor", dt.timedelta(hours=1), dt.datetime.now(dt.UTC)
        )
        refused = _guess(central, code)  # a right code too: the address spent its attempts
        assert refused.status_code == 429
        assert refused.json()["error"] == "rate_limited"
        assert 1 <= int(refused.headers["Retry-After"]) <= 200  # 600 s / 3 attempts refill one per 200 s


def test_the_enrolment_budget_is_shared_by_two_service_processes(database_url: str, tmp_path: Path) -> None:
    limits = {"limits": {"enrolments_per_address": 3}}
    with (
        start_central(database_url, tmp_path / "one" / "mailbox", **limits) as one,
        start_central(database_url, tmp_path / "two" / "mailbox", **limits) as two,
    ):
        assert [_guess(one, "AAAA-BBBB-CCCC").status_code for _ in range(2)] == [401, 401]
        assert _guess(two, "AAAA-BBBB-CCCC").status_code == 401
        assert _guess(two, "AAAA-BBBB-CCCC").status_code == 429
        assert _guess(one, "AAAA-BBBB-CCCC").status_code == 429


def test_requests_are_limited_per_workstation(database_url: str, tmp_path: Path) -> None:
    with start_central(database_url, tmp_path / "mailbox", limits={"requests_per_token": 3}) as central:
        busy, other = central.enrol(workstation="busy"), central.enrol(workstation="other")
        with central.client(busy) as http:
            answers = [http.get(f"/v1/registrations/{uuid.uuid4()}").status_code for _ in range(3)]
            assert answers == [404, 404, 404]
            refused = http.post(
                "/v1/registrations", json=registration_body(), headers={"Idempotency-Key": "k"}
            )
        assert refused.status_code == 429
        assert int(refused.headers["Retry-After"]) >= 1
        with central.client(other) as http:
            assert http.get(f"/v1/registrations/{uuid.uuid4()}").status_code == 404
