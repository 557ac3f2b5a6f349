"""The slip, the confirmation screen and the central service's e-mail name the same day and hour:
Europe/Brussels time, whatever time zone the counter computer is set to."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate

from central_service import mail
from clerk_app.domain.registration import Language
from clerk_app.ui.composition import UiServices
from clerk_app.ui.i18n import CatalogueTranslator
from clerk_app.ui.shell import Shell
from clerk_app.ui.slip import SlipContent, slip_blocks
from tests.support.timezone import HONOLULU, computer_time_zone
from tests.support.ui_citizens import make_citizen

# make_citizen registers at 09:30 UTC on 2 March 2026: it expires on 16 March at 10:30 in Brussels, which
# is 23:30 on the 15th in Honolulu.
BRUSSELS_TIME = "10:30"


def _times(text: str) -> list[str]:
    return re.findall(r"\b\d{1,2}[:.]\d{2}\b", text)


@pytest.mark.parametrize("language", list(Language))
def test_the_slip_and_the_email_show_the_same_time(ui: UiServices, language: Language) -> None:
    citizen = make_citizen("stadskantoor", language)
    with computer_time_zone(HONOLULU):
        assert dt.datetime.fromtimestamp(citizen.registration.expires_at.timestamp()).day == 15
        slip = SlipContent.for_registration(citizen.registration, citizen.code, "Stadskantoor", training=True)
        translator = CatalogueTranslator(language.value)
        (expiry,) = [b.text for b in slip_blocks(slip, translator) if b.role == "expiry"]
        (issued,) = [b.text for b in slip_blocks(slip, translator) if b.role == "issued"]
        email = mail.compose(
            sender="a@example.org",
            to="b@example.org",
            language=language.value,
            link="https://example.org/activate/T",
            expires_at=citizen.registration.expires_at,
            registration_id=citizen.registration.id,
            now=citizen.registration.created_at,
        ).get_content()
    assert _times(expiry) == [BRUSSELS_TIME]
    assert BRUSSELS_TIME in email and "23:30" not in email
    long_date = translator.locale.toString(QDate(2026, 3, 16), translator.locale.FormatType.LongFormat)
    assert long_date in expiry  # the 16th, as the e-mail says, not the computer's 15th
    assert "16" in mail.expiry_text(citizen.registration.expires_at, language.value)
    issued_day = translator.locale.toString(QDate(2026, 3, 2), translator.locale.FormatType.LongFormat)
    assert issued_day in issued


@pytest.mark.parametrize(
    ("ui_language", "shown"),
    [("nl", "16/03/2026 om 10:30"), ("fr", "16/03/2026 à 10:30"), ("en", "16/03/2026 at 10:30")],
)
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_the_confirmation_screen_shows_brussels_time(
    make_shell: Callable[..., Shell], ui: UiServices, ui_language: str, shown: str, size: tuple[int, int]
) -> None:
    shell = make_shell()
    shell.view.resize(*size)
    ui.translations.switch(ui_language)
    citizen = make_citizen(shell.session.centre.id)
    with computer_time_zone(HONOLULU):
        shell.show_confirmation(citizen.registration, citizen.code)
        assert shell.confirmation.view.expiry_label.text() == shown
