"""The central service's own errors: configuration problems, and refusals the API turns into JSON.

The service is a separate program from the counter application and shares only the small
``activation_code`` package with it, so it has its own small tree:

    ServiceError
    ├── ServiceConfigError   configuration file or environment unusable
    └── ApiError             an answer other than success: HTTP status, stable ``error`` code, the field

Messages never hold personal data (names, national numbers, e-mail addresses, codes or tokens).
"""

from __future__ import annotations

from collections.abc import Mapping


class ServiceError(Exception):
    """Base of the central service's errors."""


class ServiceConfigError(ServiceError):
    """The configuration cannot be used; the message says which setting and why."""


class ApiError(ServiceError):
    """A refusal with a stable machine-readable ``error`` code (see docs/wire-format.md)."""

    def __init__(
        self,
        status: int,
        error: str,
        detail: str = "",
        *,
        field: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.error = error
        self.detail = detail or error.replace("_", " ")
        self.field = field
        self.headers = dict(headers or {})
        super().__init__(f"{status} {error}")

    def body(self) -> dict[str, str | None]:
        return {"error": self.error, "detail": self.detail, "field": self.field}
