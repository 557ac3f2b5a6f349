"""Who is signed in at which counter, for the whole time the main window is open."""

from __future__ import annotations

from dataclasses import dataclass

from clerk_app.config import Centre
from clerk_app.domain.registration import Clerk


@dataclass(frozen=True)
class CounterSession:
    clerk: Clerk
    centre: Centre
    training: bool
