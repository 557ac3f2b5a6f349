"""Putting the citizen's pages into the service's FastAPI app, next to the JSON API (which stays as is)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from central_service.web import routes_activation, routes_keys, routes_signin
from central_service.web.headers import SecurityHeaders
from central_service.web.pages import visit


def add_pages(app: FastAPI, *, https: bool) -> None:
    for module in (routes_activation, routes_keys, routes_signin):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(packages=[("central_service.web", "static")]), name="static")
    app.add_middleware(SecurityHeaders, https=https)

    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/login", status_code=303)


PAGE_ROOTS = frozenset({"activate", "keys", "login", "logout", "static"})


def is_page(request: Request) -> bool:
    """A request under the citizen's pages (not the JSON API): its errors are answered with a page too."""
    return request.url.path.split("/")[1] in PAGE_ROOTS


def not_found_page(request: Request) -> Response:
    return routes_activation.not_found(visit(request))
