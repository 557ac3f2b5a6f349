"""Who may be registered: pure rules that return every reason, never just the first.

Placeholder signature agreed between the domain and storage work; the rules land with issue #3.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from clerk_app.domain.registration import RegistrationRequest


@dataclass(frozen=True)
class Reason:
    """One reason a registration cannot (or can only conditionally) go ahead.

    ``code`` is stable (tests, logs, the UI's field highlighting); ``message`` is an English source text
    in translation context ``eligibility`` with ``{placeholders}`` filled from ``params``; ``field`` names
    the form field it is about, if any. ``blocking`` False means a note the clerk must see, not a refusal.
    """

    code: str
    message: str
    field: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    blocking: bool = True


def assess(request: RegistrationRequest, today: dt.date) -> tuple[Reason, ...]:
    """Every reason ``request`` cannot be registered on ``today`` (empty: it can)."""
    raise NotImplementedError("eligibility rules land with issue #3")
