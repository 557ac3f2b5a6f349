"""The HTTP client for the central service (API v1, docs/wire-format.md).

It sends one request and says what the answer means for the outbox: accepted, rejected for good, try again
later (with the server's ``Retry-After`` when it gave one), or "this workstation is no longer authorised".
It never retries by itself; the relay decides. httpx is kept behind this one class so a later switch to a
fork (ecosystem.md §6.1) touches one file. TLS is always verified: the system trust store by default, a
custom CA bundle when configured, and an optional client certificate for mutual TLS.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import ssl
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx

from clerk_app.config import CentralServiceSettings
from clerk_app.errors import CentralRejected, CentralUnreachable, NotAuthorised
from clerk_app.translatable import QT_TRANSLATE_NOOP

API = "/v1"


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    RETRY = "retry"
    UNAUTHORISED = "unauthorised"


@dataclass(frozen=True)
class SubmitResult:
    """What one submitted registration came to."""

    outcome: Outcome
    central_status: str | None = None  # for ACCEPTED: accepted / activated / expired / revoked
    reason: str | None = None  # for REJECTED and RETRY: the server's error code or the network problem
    retry_after: float | None = None  # seconds, when the server asked for a pause
    http_status: int | None = None
    from_service: bool = True  # False when the answer was not the service's (a proxy's page)

    @property
    def connection_problem(self) -> bool:
        """A retry because of the network, the service being down, or an answer not from the service."""
        return self.outcome is Outcome.RETRY and (
            self.http_status is None
            or self.http_status >= 500
            or self.http_status == 408
            or not self.from_service
        )


@dataclass(frozen=True)
class ReportedStatus:
    """One registration in the answer of the bulk status call, as the central service spelled it."""

    registration_id: str
    status: str
    changed_at: dt.datetime


@dataclass(frozen=True)
class StatusAnswer:
    """What the bulk status call came to: ACCEPTED with the statuses, or why not (as for a submission)."""

    outcome: Outcome
    statuses: tuple[ReportedStatus, ...] = ()
    unknown: int = 0  # ids the central service holds no registration of this centre for
    reason: str | None = None
    http_status: int | None = None


@dataclass(frozen=True)
class Enrolment:
    token: str
    centre: str


def ssl_context(settings: CentralServiceSettings) -> ssl.SSLContext:
    """Verified TLS: system trust (or the configured CA bundle) and an optional client certificate."""
    cafile = str(settings.ca_bundle) if settings.ca_bundle else None
    context = ssl.create_default_context(cafile=cafile)
    if settings.client_cert is not None and settings.client_key is not None:
        context.load_cert_chain(str(settings.client_cert), str(settings.client_key))
    return context


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


#: Status codes that mean "the same request may work later".
_RETRYABLE = frozenset({408, 409, 425, 429})

# The service's own definitive refusals of a registration (docs/wire-format.md), by status code. Only
# these, in the service's error body, are final: the same status from anything else (a proxy's page, a
# load balancer, another server on that address) is retried and shown as a connection problem.
REGISTRATION_REFUSALS: Mapping[int, frozenset[str]] = {
    400: frozenset({"idempotency_key_required", "invalid_idempotency_key"}),
    422: frozenset(
        {
            "invalid_body",
            "idempotency_conflict",
            "centre_mismatch",
            "registration_conflict",
            "registration_expired",
        }
    ),
}
# What ``GET /v1/registrations/{id}`` may refuse for good: an id the service does not know (for us).
STATUS_REFUSALS: Mapping[int, frozenset[str]] = {404: frozenset({"not_found"})}
_CENTRAL_STATUSES = frozenset({"accepted", "activated", "expired", "locked", "revoked"})
_ERROR_FIELDS = frozenset({"error", "detail", "field"})


def service_error(body: object) -> str | None:
    """The error code when ``body`` is the service's error body ``{"error", "detail", "field"}``."""
    if (
        isinstance(body, dict)
        and set(body) == _ERROR_FIELDS
        and isinstance(body["error"], str)
        and isinstance(body["detail"], str)
    ):
        return body["error"]
    return None


def classify(
    status_code: int,
    body: object,
    headers: Mapping[str, str],
    refusals: Mapping[int, frozenset[str]] = REGISTRATION_REFUSALS,
) -> SubmitResult:
    """Map one HTTP answer to an outbox outcome (shared by single and batch submissions).

    Accepted needs the service's status body; rejected needs one of ``refusals`` in the service's error
    body; 401/403 pause sending only with the service's error body. Anything else is retried.
    """
    code = service_error(body)
    if 200 <= status_code < 300:
        central = body.get("status") if isinstance(body, dict) else None
        if isinstance(body, dict) and "id" in body and central in _CENTRAL_STATUSES:
            return SubmitResult(Outcome.ACCEPTED, central_status=str(central), http_status=status_code)
        return _not_the_service(status_code)
    if status_code in (401, 403) and code is not None:
        return SubmitResult(Outcome.UNAUTHORISED, reason=code, http_status=status_code)
    if code is not None and code in refusals.get(status_code, frozenset()):
        return SubmitResult(Outcome.REJECTED, reason=code, http_status=status_code)
    retry_after = parse_retry_after(headers.get("retry-after"))
    if code is None or not (status_code in _RETRYABLE or status_code >= 500):
        return _not_the_service(status_code, retry_after)
    return SubmitResult(Outcome.RETRY, reason=code, retry_after=retry_after, http_status=status_code)


def _not_the_service(status_code: int, retry_after: float | None = None) -> SubmitResult:
    """An answer outside the service's contract: most likely a proxy's; retried, never final."""
    return SubmitResult(
        Outcome.RETRY,
        reason=f"http_{status_code}",
        retry_after=retry_after,
        http_status=status_code,
        from_service=False,
    )


class CentralClient:
    """One workstation's connection to the central service."""

    def __init__(
        self,
        settings: CentralServiceSettings,
        token: str | None,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if settings.url is None:
            raise ValueError("no central service URL configured")
        self._token = token
        self._client = httpx.Client(
            base_url=settings.url.rstrip("/"),
            verify=ssl_context(settings),
            timeout=httpx.Timeout(settings.timeout_seconds, connect=min(5.0, settings.timeout_seconds)),
            transport=transport,
            headers={"User-Agent": "clerk-app"},
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"} if self._token else {}

    def _post(self, path: str, body: object, headers: Mapping[str, str] | None = None) -> httpx.Response:
        try:
            return self._client.post(API + path, json=body, headers={**self._auth(), **(headers or {})})
        except httpx.TransportError as exc:
            raise CentralUnreachable(
                type(exc).__name__, problem=_PROBLEM_TEXTS[_network_problem(exc)]
            ) from exc

    def enrol(self, code: str, workstation: str) -> Enrolment:
        """Exchange a one-time enrolment code for this workstation's token."""
        response = self._post("/enrolments", {"code": code.strip(), "workstation": workstation})
        body = _json_or_none(response)
        refusal = service_error(body)
        if refusal is not None and response.status_code in (401, 403):
            raise NotAuthorised(refusal)
        if refusal is not None and 400 <= response.status_code < 500:
            raise CentralRejected(refusal, reason=refusal)
        if (
            response.status_code != 201
            or not isinstance(body, dict)
            or not isinstance(body.get("token"), str)
        ):
            # Not the service's answer (a proxy's page, another server at that address): no verdict.
            raise CentralUnreachable(
                f"http_{response.status_code}", problem=_PROBLEM_TEXTS["unexpected_answer"]
            )
        return Enrolment(token=body["token"], centre=str(body.get("centre", "")))

    def submit(self, key: str, payload: Mapping[str, Any]) -> SubmitResult:
        """POST one registration under its idempotency key; network trouble is a RETRY, not an exception."""
        try:
            response = self._client.post(
                API + "/registrations", json=payload, headers={**self._auth(), "Idempotency-Key": key}
            )
        except httpx.TransportError as exc:
            return SubmitResult(Outcome.RETRY, reason=_network_problem(exc))
        return classify(response.status_code, _json_or_none(response), response.headers)

    def submit_batch(self, items: Sequence[tuple[str, Mapping[str, Any]]]) -> list[SubmitResult]:
        """POST a backlog in one request; each item is judged as if sent alone.

        A 413 (the service's limit or a proxy's) splits the batch in halves, each sent on its own; an
        envelope the service refuses sends each item alone. Nothing about the whole call is final for
        its items.
        """
        if not items:
            return []
        body = {"items": [{"idempotency_key": key, "registration": payload} for key, payload in items]}
        try:
            response = self._client.post(API + "/registrations:batch", json=body, headers=self._auth())
        except httpx.TransportError as exc:
            return [SubmitResult(Outcome.RETRY, reason=_network_problem(exc))] * len(items)
        if response.status_code == 413 and len(items) > 1:
            half = len(items) // 2
            return self.submit_batch(items[:half]) + self.submit_batch(items[half:])
        if response.status_code != 200:
            answer = _json_or_none(response)
            if response.status_code == 422 and service_error(answer) == "invalid_body":
                return [self.submit(key, payload) for key, payload in items]
            whole = classify(response.status_code, answer, response.headers, refusals={})
            if whole.outcome is Outcome.ACCEPTED:  # a 2xx other than 200 is not the batch contract
                whole = _not_the_service(response.status_code)
            return [whole] * len(items)
        results = _json_or_none(response)
        entries = results.get("results") if isinstance(results, dict) else None
        if not isinstance(entries, list) or len(entries) != len(items):
            return [_not_the_service(200)] * len(items)
        by_key = {str(entry.get("idempotency_key")): entry for entry in entries if isinstance(entry, dict)}
        out: list[SubmitResult] = []
        for key, _ in items:
            entry = by_key.get(key)
            if entry is None or not isinstance(entry.get("status"), int):
                out.append(_not_the_service(200))
                continue
            out.append(classify(entry["status"], entry.get("body"), {}))
        return out

    def registration_status(self, registration_id: str) -> SubmitResult:
        """The central status of one registration (ACCEPTED with ``central_status``) or why not."""
        try:
            response = self._client.get(API + f"/registrations/{registration_id}", headers=self._auth())
        except httpx.TransportError as exc:
            return SubmitResult(Outcome.RETRY, reason=_network_problem(exc))
        return classify(response.status_code, _json_or_none(response), response.headers, STATUS_REFUSALS)

    def registration_statuses(self, ids: Sequence[str]) -> StatusAnswer:
        """The central statuses of up to 500 registrations in one call (``POST /v1/registrations:status``)."""
        try:
            response = self._client.post(
                API + "/registrations:status", json={"ids": list(ids)}, headers=self._auth()
            )
        except httpx.TransportError as exc:
            return StatusAnswer(Outcome.RETRY, reason=_network_problem(exc))
        body = _json_or_none(response)
        if response.status_code != 200:
            whole = classify(response.status_code, body, response.headers)
            outcome = Outcome.RETRY if whole.outcome is Outcome.ACCEPTED else whole.outcome
            return StatusAnswer(outcome, reason=whole.reason, http_status=response.status_code)
        try:
            if not isinstance(body, dict):
                raise TypeError("not an object")
            statuses = tuple(
                ReportedStatus(
                    str(entry["id"]), str(entry["status"]), _instant(str(entry["status_changed_at"]))
                )
                for entry in body["registrations"]
            )
            unknown = len(body.get("unknown", []))
        except (KeyError, TypeError, ValueError):
            return StatusAnswer(Outcome.RETRY, reason="malformed_status_answer", http_status=200)
        return StatusAnswer(Outcome.ACCEPTED, statuses, unknown, http_status=200)

    def health(self) -> bool:
        try:
            return self._client.get(API + "/health").status_code == 200
        except httpx.TransportError:
            return False


def _instant(text: str) -> dt.datetime:
    """An RFC 3339 time of the wire format; one without an offset is refused."""
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("a time without its offset")
    return moment.astimezone(dt.UTC)


def _json_or_none(response: httpx.Response) -> object:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return None


#: What a network problem is called in the outbox (a code) and in a message to the clerk (a phrase).
_PROBLEM_TEXTS = {
    "timeout": QT_TRANSLATE_NOOP("errors", "no answer in time"),
    "tls_failed": QT_TRANSLATE_NOOP("errors", "its certificate could not be verified"),
    "connect_failed": QT_TRANSLATE_NOOP("errors", "no connection: network down or service stopped"),
    "connection_lost": QT_TRANSLATE_NOOP("errors", "the connection was lost"),
    "unexpected_answer": QT_TRANSLATE_NOOP(
        "errors", "the answer did not come from the central service: check its address and any proxy"
    ),
}


def _network_problem(exc: httpx.TransportError) -> str:
    """A short code for the outbox: timeout, tls_failed, connect_failed or connection_lost."""
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, httpx.ConnectError):
        cause: BaseException | None = exc
        while cause is not None:
            if isinstance(cause, ssl.SSLError):
                return "tls_failed"
            cause = cause.__cause__ or cause.__context__
        return "connect_failed"
    return "connection_lost"
