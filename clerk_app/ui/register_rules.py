"""What the check-and-register step decides, without a widget: the banner a path puts above an identity,
and whether the second typing of an e-mail address matches the first.

Here rather than in a view because three places decide with them and none of them draws: the card path
(its authenticity verdict is a :class:`Banner`), the register step and the re-issue screen (the two
addresses). How a banner looks is the view's (``views/banner_label.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from clerk_app.domain.reasons import Reason


class EmailMismatch(Enum):
    """What is wrong with the second e-mail field."""

    MISSING = "missing"
    DIFFERENT = "different"


def email_mismatch(first: str, second: str) -> EmailMismatch | None:
    """The second typing of an address against the first (an empty first is its own problem)."""
    if not first:
        return None
    if not second:
        return EmailMismatch.MISSING
    return EmailMismatch.DIFFERENT if first != second else None


class Tone(Enum):
    """How a banner looks: from reassuring to a fraud warning."""

    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    DANGER = "danger"


@dataclass(frozen=True)
class Banner:
    """A line above the identity from the path that read it, e.g. the card's authenticity verdict.

    ``reason`` carries the translatable text; a blocking reason refuses registration while the banner
    shows (a card that is not authentic), a non-blocking one is a note. ``reason.params`` must hold no
    personal data. ``summary``, when given, is the short line the eligibility list shows instead of
    repeating a long banner (a fraud warning) word for word; a ``quiet`` banner that does not block (an
    authentic card) adds no line at all.
    """

    reason: Reason
    tone: Tone = Tone.INFO
    summary: Reason | None = None
    quiet: bool = False

    @property
    def listed(self) -> Reason | None:
        """The banner's line in the eligibility list; it blocks exactly when the banner does."""
        if self.quiet and not self.reason.blocking:
            return None
        return replace(self.summary or self.reason, blocking=self.reason.blocking)
