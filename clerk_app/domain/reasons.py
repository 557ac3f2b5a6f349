"""One problem with a registration or a form, addressed to a field, in a form the UI can translate.

Eligibility rules and the manual document forms both answer with tuples of :class:`Reason`, so the UI
has one way to mark fields and show messages, and the store one way to refuse (an ``InputError`` whose
``reasons`` are the codes).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    """One reason a registration cannot (or can only conditionally) go ahead.

    ``code`` is stable (tests, logs, the UI's field highlighting); ``message`` is an English source text
    in translation context ``context``, with ``{placeholders}`` filled from ``params``; ``field`` names
    the form field it is about, if any. ``blocking`` False means a note the clerk must see, not a
    refusal. ``params`` never hold personal data.
    """

    code: str
    message: str
    field: str | None = None
    params: dict[str, str] = dataclasses.field(default_factory=dict)
    blocking: bool = True
    context: str = "eligibility"

    def render(self, template: str | None = None) -> str:
        """The message (or its translation ``template``) with the parameters filled in."""
        return (self.message if template is None else template).format(**self.params)


def blocking_codes(reasons: tuple[Reason, ...]) -> tuple[str, ...]:
    """The codes of the reasons that refuse, for an ``InputError``."""
    return tuple(reason.code for reason in reasons if reason.blocking)
