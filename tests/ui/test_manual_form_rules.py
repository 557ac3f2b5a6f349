"""The manual form as a clerk meets it, at the counter's screen sizes and in the counter's languages:
a zone that stops checking never leaves its values behind (issue 13 item 1), and the messages say what is
wrong (item 9).

Personal data is made up and compared into booleans, so a failure never prints it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from clerk_app.domain import eligibility
from clerk_app.domain.date_input import EARLIEST_YEAR, LATEST_YEAR
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.mrz import MESSAGES, MrzProblem
from clerk_app.domain.national_number import NationalNumberProblem
from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.i18n import translate
from clerk_app.ui.shell import Shell
from clerk_app.ui.views.manual_form_view import ManualFormView
from tests.support.registration_flow import (
    ADULT,
    TODAY,
    CounterStore,
    open_form,
    problem_text,
    scan,
    type_values,
)
from tests.support.valid_registrations import valid_values

MakeShell = Callable[..., Shell]
SIZES = [(1024, 768), (1366, 768)]
LANGUAGES = ["nl", "fr", "en"]
CLEARED = (
    "The zone no longer checks, so the fields it had filled were emptied. Correct the zone, or type the "
    "fields from the document."
)
#: What the zone puts in the form of a Belgian passport (all of it the earlier citizen's).
FROM_ZONE = ("surname", "birth_date", "sex", "national_number", "document_number", "document_valid_until")

screens = pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
languages = pytest.mark.parametrize("language", LANGUAGES)


@pytest.fixture
def store(real_store: Store) -> CounterStore:
    return CounterStore(real_store)


@pytest.fixture
def shell(make_shell: MakeShell, store: CounterStore) -> Shell:
    return make_shell(registrar=store, today=lambda: TODAY)


def _at(qtbot: QtBot, shell: Shell, ui: UiServices, size: tuple[int, int], language: str) -> None:
    ui.translations.switch(language)
    shell.view.resize(*size)
    qtbot.waitUntil(lambda: (shell.view.width(), shell.view.height()) == size, timeout=3000)


def _fits(shell: Shell, size: tuple[int, int]) -> bool:
    return shell.view.width() <= size[0] and shell.view.height() <= size[1]


def _one_digit_changed(zone: str) -> str:
    line1, line2 = zone.splitlines()
    digit = "9" if line2[13] != "9" else "8"  # the birth year: its check digit no longer matches
    return f"{line1}\n{line2[:13]}{digit}{line2[14:]}"


def _filled(qtbot: QtBot, shell: Shell) -> ManualFormView:
    form = open_form(qtbot, shell, "belgian_passport")
    scan(qtbot, form, ADULT.zone())
    qtbot.waitUntil(lambda: form.values()["surname"] != "", timeout=3000)
    return form


@screens
@languages
def test_a_zone_that_no_longer_checks_empties_what_it_filled_and_next_stays(
    qtbot: QtBot, shell: Shell, ui: UiServices, size: tuple[int, int], language: str
) -> None:
    _at(qtbot, shell, ui, size, language)
    form = _filled(qtbot, shell)
    given = form.rows["given_names"].input
    given.setFocus()
    given.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(given, "Ward")  # the clerk corrected one field: that one is theirs
    form.zone_edit.setPlainText(_one_digit_changed(ADULT.zone()))
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)  # before the zone's settle time

    assert shell.current_screen() is form, "Next went on with the earlier zone's values"
    values = form.values()
    emptied = all(values[name] == "" for name in FROM_ZONE)
    assert emptied, "a field still holds what the zone that no longer checks had filled"
    assert values["given_names"] == "Ward"
    assert form.zone_status.isVisible()
    assert form.zone_status.text() == translate("ManualFormView", CLEARED)
    assert problem_text(form, "zone").startswith(translate("mrz", MESSAGES[MrzProblem.CHECK_FAILED])[:40])
    assert problem_text(form, "surname") != "", "the emptied fields are asked for again"
    if language != "en":
        assert form.zone_status.text() != CLEARED, "the catalogue has no translation"
    assert _fits(shell, size)


@screens
@languages
def test_the_check_screen_gets_only_the_current_zone(
    qtbot: QtBot, shell: Shell, ui: UiServices, store: CounterStore, size: tuple[int, int], language: str
) -> None:
    """After the settle time (the zone read by itself) and after the zone is put right again."""
    _at(qtbot, shell, ui, size, language)
    form = _filled(qtbot, shell)
    form.zone_edit.setPlainText(_one_digit_changed(ADULT.zone()))
    qtbot.waitUntil(lambda: form.values()["surname"] == "", timeout=3000)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is form

    form.zone_edit.setPlainText(ADULT.zone())  # corrected: it checks again and fills again
    qtbot.waitUntil(lambda: form.values()["surname"] != "", timeout=3000)
    assert form.zone_status.text() != translate("ManualFormView", CLEARED)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    step = shell.register_step
    assert step is not None
    assert shell.current_screen() is step.view
    qtbot.keyClick(
        step.view.inputs.presence_check, Qt.Key.Key_Space
    )  # the box's middle is past its text when wide
    qtbot.keyClicks(step.view.inputs.email_edit, ADULT.email)
    qtbot.keyClicks(step.view.inputs.email_again_edit, ADULT.email)
    qtbot.mouseClick(step.view.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.current_screen() is shell.confirmation.view, timeout=10_000)
    (registration,) = store.persisted()
    identity = registration.identity
    assert identity is not None
    current = (
        identity.birth_date.as_date() == ADULT.birth and identity.national_number == ADULT.national_number
    )
    assert current, "the registration is not the zone on screen"
    assert _fits(shell, size)


def _lines(label_text: str, width: int, metrics: QFontMetrics) -> int:
    box = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, label_text)
    return round(box.height() / metrics.lineSpacing())


@screens
@languages
def test_messages_say_what_is_wrong(
    qtbot: QtBot, shell: Shell, ui: UiServices, size: tuple[int, int], language: str
) -> None:
    _at(qtbot, shell, ui, size, language)
    form = open_form(qtbot, shell, "foreign_passport")
    values = valid_values(
        DocumentKind.FOREIGN_PASSPORT,
        surname="Van " * 39,  # 156 characters
        birth_date="01/01/1800",
        document_valid_until="31/01/2300",
        national_number="",
    )
    type_values(qtbot, form, values)
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert shell.current_screen() is form

    too_long = translate("manual", "The surname is too long (at most {maximum} characters).")
    assert problem_text(form, "surname") == too_long.format(maximum=100)
    plausible = {"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR}
    birth = translate(
        "manual",
        "The date of birth is not plausible: the year must lie between {earliest} and {latest}. "
        "Check the year.",
    )
    assert problem_text(form, "birth_date") == birth.format(**plausible)
    expiry = translate(
        "manual",
        "The expiry date is not plausible: the year must lie between {earliest} and {latest}. "
        "Check the year.",
    )
    assert problem_text(form, "document_valid_until") == expiry.format(**plausible)
    if language != "en":
        assert birth != (
            "The date of birth is not plausible: the year must lie between {earliest} and {latest}. "
            "Check the year."
        ), "the catalogue has no translation"

    label = form.rows["national_number"].problem
    missing = translate("eligibility", eligibility._NUMBER_MESSAGES[NationalNumberProblem.EMPTY])
    assert label.text() == missing
    assert label.isVisible() and label.width() > 0
    lines = _lines(missing, label.contentsRect().width(), QFontMetrics(label.font()))
    assert 1 <= lines <= 2, f"the missing-number explanation takes {lines} lines"
    assert _fits(shell, size)
