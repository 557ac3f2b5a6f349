"""The HTTP API v1 (FastAPI). Routes only translate HTTP to the intake and back; docs/wire-format.md.

Every refusal is ``{"error", "detail", "field"}`` with a stable code. Unexpected failures become a
500 (or 503 when the database is unreachable) whose log line names only the exception type: database
errors can quote row values, and those may be personal data.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central_service import registrations, workstations
from central_service.errors import ApiError
from central_service.guard import CALLER, RequestGuard
from central_service.intake import Answer
from central_service.metrics import CONTENT_TYPE as METRICS_CONTENT_TYPE
from central_service.metrics import CountRequests
from central_service.service import CentralService
from central_service.web.app import add_pages, is_page, not_found_page
from central_service.web.headers import masked_path
from central_service.wire import (
    MAX_KEY_LENGTH,
    BatchIn,
    BatchOut,
    EnrolmentIn,
    EnrolmentOut,
    ErrorOut,
    HealthOut,
    RegistrationIn,
    RegistrationStatusOut,
    StatusesOut,
    StatusQueryIn,
    describe_validation_error,
    key_problem,
)

log = logging.getLogger(__name__)

API_DESCRIPTION = """\
Takes registrations from the counter workstations of the City of Ghent and e-mails each citizen an
activation link. Workstations enrol once with a one-time code and then send a bearer token.
`POST /v1/registrations` is idempotent under its required `Idempotency-Key`. Refusals are
`{"error", "detail", "field"}`; see docs/wire-format.md for the codes and the retry rules.
"""

_bearer = HTTPBearer(auto_error=False, description="the token from POST /v1/enrolments")


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ErrorOut} for status in (*statuses, 503)}


def _service(request: Request) -> CentralService:
    service = request.app.state.service
    if not isinstance(service, CentralService):
        raise RuntimeError("this app only describes the API; it has no service to run")
    return service


def _caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> workstations.CallingWorkstation:
    caller = getattr(request.state, CALLER, None)
    if isinstance(caller, workstations.CallingWorkstation):  # the guard checked the token already
        return caller
    token = credentials.credentials if credentials is not None else None
    return workstations.authenticate(_service(request).db, token)


ServiceDep = Annotated[CentralService, Depends(_service)]
CallerDep = Annotated[workstations.CallingWorkstation, Depends(_caller)]
IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=MAX_KEY_LENGTH,
        description="unique per registration (the outbox row id); kept at least 30 days",
    ),
]


def _answer(answer: Answer) -> JSONResponse:
    headers = dict(answer.headers)
    if answer.replayed:
        headers["Idempotent-Replayed"] = "true"
    return JSONResponse(status_code=answer.status, content=answer.body, headers=headers)


def create_app(service: CentralService | None = None) -> FastAPI:
    """The ASGI app; without a service it can only describe itself (``/openapi.json``, the export)."""
    app = FastAPI(
        title="Ghent central registration service",
        version="1",
        description=API_DESCRIPTION,
        redoc_url=None,
        # Swagger UI loads its scripts from a public CDN: for developers, never in production.
        docs_url=None if service is not None and service.settings.production else "/docs",
    )
    app.state.service = service
    if service is not None:  # innermost of the middleware: its answers get the headers and containment
        app.add_middleware(
            RequestGuard,
            limits=service.settings.limits,
            limiter=service.limiter,
            authenticate=lambda token: workstations.authenticate(service.db, token),
            on_refused=service.count_refusal,
        )
    app.add_middleware(_ContainServerErrors)
    add_pages(app, https=service is not None and service.settings.behind_https)
    if service is not None:  # outermost: every answer is counted, the guard's and the 500s too
        app.add_middleware(CountRequests, metrics=service.metrics, routes=lambda: app.router.routes)
    _add_error_handlers(app)

    @app.get("/v1/health", tags=["service"], response_model=HealthOut, responses=_errors())
    def health(service: ServiceDep) -> HealthOut:
        """Whether the service and its database answer (no token needed)."""
        with service.db.reading() as session:
            session.execute(text("SELECT 1"))
        return HealthOut(status="ok")

    @app.get("/v1/health/live", tags=["service"], response_model=HealthOut)
    def live() -> HealthOut:
        """Liveness: the process answers (it does not touch the database; a restart would not help it)."""
        return HealthOut(status="ok")

    @app.get("/v1/health/ready", tags=["service"], response_model=HealthOut, responses=_errors())
    def ready(service: ServiceDep) -> HealthOut:
        """Readiness: the database answers and its schema is at this version's newest migration."""
        if not service.db.is_current():
            raise ApiError(
                503,
                "unavailable",
                "the database schema is not at this version",
                headers={"Retry-After": "30"},
            )
        return HealthOut(status="ok")

    @app.get("/metrics", include_in_schema=False)
    def metrics(service: ServiceDep) -> Response:
        """Prometheus text format (restrict it to the monitoring network at the proxy)."""
        return Response(service.metrics.render(), media_type=METRICS_CONTENT_TYPE)

    @app.post(
        "/v1/enrolments",
        tags=["workstations"],
        status_code=201,
        response_model=EnrolmentOut,
        responses=_errors(401, 413, 422, 429),
    )
    def enrol(body: EnrolmentIn, service: ServiceDep) -> EnrolmentOut:
        """Trade a one-time enrolment code for this workstation's bearer token."""
        token, centre = workstations.enrol(service.db, body.code, body.workstation, service.clock())
        return EnrolmentOut(token=token, centre=centre)

    @app.post(
        "/v1/registrations",
        tags=["registrations"],
        status_code=201,
        response_model=RegistrationStatusOut,
        responses=_errors(400, 401, 403, 409, 413, 422, 429),
    )
    def register(
        registration: RegistrationIn, key: IdempotencyKey, caller: CallerDep, service: ServiceDep
    ) -> JSONResponse:
        """Receive one registration; the same key and body again gets the first answer again."""
        problem = key_problem(key)
        if problem is not None:
            raise ApiError(400, "invalid_idempotency_key", problem, field="Idempotency-Key")
        answer = service.intake.submit(caller, key, registration)
        service.metrics.registrations.labels(str(answer.status)).inc()
        return _answer(answer)

    @app.post(
        "/v1/registrations:batch",
        tags=["registrations"],
        response_model=BatchOut,
        responses=_errors(401, 403, 413, 422, 429),
    )
    def register_batch(batch: BatchIn, caller: CallerDep, service: ServiceDep) -> JSONResponse:
        """Receive a backlog; each item is judged as if sent alone under its own key."""
        items = [(item.idempotency_key, item.registration) for item in batch.items]
        answers = service.intake.submit_many(caller, items)
        for answer in answers:
            service.metrics.registrations.labels(str(answer.status)).inc()
        results = [
            {"idempotency_key": key, "status": answer.status, "body": answer.body}
            for (key, _), answer in zip(items, answers, strict=True)
        ]
        return JSONResponse({"results": results})

    @app.get(
        "/v1/registrations/{registration_id}",
        tags=["registrations"],
        response_model=RegistrationStatusOut,
        responses=_errors(401, 403, 404, 429),
    )
    def status(registration_id: uuid.UUID, caller: CallerDep, service: ServiceDep) -> RegistrationStatusOut:
        """Its status: accepted, activated, expired, locked or revoked (the caller's centre's only)."""
        return registrations.get_status(
            service.db, registration_id, caller, service.settings.any_centre, service.clock()
        )

    @app.post(
        "/v1/registrations:status",
        tags=["registrations"],
        response_model=StatusesOut,
        responses=_errors(401, 403, 413, 422, 429),
    )
    def statuses(query: StatusQueryIn, caller: CallerDep, service: ServiceDep) -> StatusesOut:
        """The statuses of up to 500 registrations at once, for the counter's regular refresh."""
        return registrations.get_statuses(
            service.db, query.ids, caller, service.settings.any_centre, service.clock()
        )

    @app.post(
        "/v1/registrations/{registration_id}/revoke",
        tags=["registrations"],
        response_model=RegistrationStatusOut,
        responses=_errors(401, 403, 404, 413, 422, 429),
    )
    def revoke(registration_id: uuid.UUID, caller: CallerDep, service: ServiceDep) -> RegistrationStatusOut:
        """Revoke an active registration (again: no change); activated, expired or locked ones cannot be."""
        return registrations.revoke(
            service.db, registration_id, caller, service.settings.any_centre, service.clock()
        )

    _describe_own_errors(app)
    return app


def _describe_own_errors(app: FastAPI) -> None:
    """Drop FastAPI's generic 422 description where this API answers path errors with 404 instead."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, description=app.description, routes=app.routes
            )
            for path in schema["paths"].values():
                for operation in path.values():
                    if "HTTPValidationError" in json.dumps(operation["responses"].get("422", {})):
                        del operation["responses"]["422"]
            for unused in ("HTTPValidationError", "ValidationError"):
                schema["components"]["schemas"].pop(unused, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _error(error: ApiError) -> JSONResponse:
    return JSONResponse(status_code=error.status, content=error.body(), headers=error.headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        for error in errors:
            location = tuple(error.get("loc", ()))
            if location[:1] == ("header",) and str(location[1]).lower() == "idempotency-key":
                code = (
                    "idempotency_key_required"
                    if error.get("type") == "missing"
                    else "invalid_idempotency_key"
                )
                return _error(ApiError(400, code, field="Idempotency-Key"))
            if location[:1] == ("path",):
                return _error(ApiError(404, "not_found", "no such resource"))
        if any(error.get("type") == "json_invalid" for error in errors):
            return _error(ApiError(422, "invalid_body", "the body is not valid JSON"))
        field, detail = describe_validation_error(errors, skip=1)
        return _error(ApiError(422, "invalid_body", detail, field=field))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if (
            exc.status_code == 404
            and is_page(request)
            and isinstance(request.app.state.service, CentralService)
        ):
            return await run_in_threadpool(not_found_page, request)
        if exc.status_code == 400:  # FastAPI could not even decode the body (e.g. not UTF-8)
            return _error(ApiError(422, "invalid_body", "the body is not valid JSON"))
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(ApiError(exc.status_code, code, str(exc.detail), headers=exc.headers))

    @app.exception_handler(OperationalError)
    async def database_down(request: Request, exc: OperationalError) -> JSONResponse:
        log.error("database unavailable during %s %s", request.method, masked_path(request.url.path))
        return _error(
            ApiError(503, "unavailable", "the database cannot be reached", headers={"Retry-After": "5"})
        )


class _ContainServerErrors:
    """Turn an unexpected exception into a 500 without logging its message or traceback.

    Starlette would log the exception with its message, which for database errors can quote row
    values; here only its type is logged.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            log.error(
                "unexpected %s during %s %s",
                type(exc).__name__,
                scope.get("method"),
                masked_path(str(scope.get("path", ""))),
            )
            if started:
                raise RuntimeError("response failed after it started") from None
            response = _error(ApiError(500, "internal_error", "unexpected server error"))
            await response(scope, receive, send)
