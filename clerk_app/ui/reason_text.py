"""Reasons (eligibility, form and MRZ problems) in the clerk's language."""

from __future__ import annotations

from clerk_app.domain.reasons import Reason
from clerk_app.ui.dates import shown_params
from clerk_app.ui.i18n import translate


def reason_text(reason: Reason) -> str:
    """The reason's message translated in its own context, placeholders filled afterwards (dates in
    them as the clerk reads every date: DD/MM/YYYY)."""
    return translate(reason.context, reason.message).format(**shown_params(reason.params))
