"""The layout does not jump while the clerk types (issue 13 item 10): on every form of the counter, a problem
line appearing under an input (bad input) and going again (corrected input) leaves every input and button
below it where it was; at 1024×768 and 1366×768, in nl, fr and en. The sign-in dialog too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from clerk_app.config import Profile
from clerk_app.domain.documents import DocumentKind
from clerk_app.ui.composition import UiServices
from clerk_app.ui.controllers.sign_in import SignInController
from clerk_app.ui.views.document_choice_view import MANUAL_KINDS
from clerk_app.ui.views.manual_form_view import ZONE_KINDS
from tests.support.records_on_clock import EMRE, TODAY, at, register
from tests.support.ui_citizens import make_settings
from tests.support.valid_registrations import valid_identity
from tests.support.window_walks import Window, settle

LANGUAGES = ("nl", "fr", "en")
SIZES = ((1024, 768), (1366, 768))
SIZE_IDS = [f"{w}x{h}" for w, h in SIZES]
#: Not a zone at all: the explicit read says so under the zone.
BAD_ZONE = "P<BELNOT<A<ZONE\n12345"

Geometry = dict[str, QRect]


def geometry(root: QWidget, widgets: Iterable[QWidget]) -> Geometry:
    """Where each widget is, in ``root``'s coordinates (a scroll area's content: scrolling does not count)."""
    settle()
    return {
        widget.objectName() or widget.accessibleName(): QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
        for widget in widgets
        if widget.isVisibleTo(root)
    }


def visible_problems(root: QWidget) -> list[str]:
    return [
        w.objectName()
        for w in root.findChildren(QWidget)
        if w.objectName().startswith("problem") and w.isVisibleTo(root)
    ]


def _correct(qtbot: QtBot, field: QWidget) -> None:
    """What a clerk does to a field that has a problem: type in it, pick a choice, tick it."""
    if isinstance(field, QComboBox):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Down)  # a closed list: the next choice, as picked
    elif isinstance(field, QCheckBox):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Space)
    elif isinstance(field, QLineEdit):
        qtbot.keyClicks(field, "1")


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", MANUAL_KINDS, ids=[kind.value for kind in MANUAL_KINDS])
def test_the_manual_forms_problems_never_move_the_fields(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int], kind: DocumentKind
) -> None:
    window = open_window(language, size)
    manual = window.shell.manual_path
    assert manual is not None
    manual.open_form(kind)
    form = manual.form
    inputs: list[QWidget] = [row.input for row in form.rows.values()]
    below = [*inputs, form.next_button, form.back_button]
    first = geometry(form, below)
    assert len(first) == len(below)

    qtbot.mouseClick(
        form.next_button, Qt.MouseButton.LeftButton
    )  # nothing typed: each required field says so
    shown = [name for name, row in form.rows.items() if row.problem.isVisibleTo(form)]
    assert len(shown) >= 3
    tried = geometry(form, below)
    # The first field stays; a problem longer than its one line took the room it needs, once.
    assert tried[below[0].objectName()].top() == first[below[0].objectName()].top()
    for name in shown:
        _correct(qtbot, form.rows[name].input)
    assert visible_problems(form) == []
    assert geometry(form, below) == tried  # corrected while typing: nothing moved
    form.fill(dict.fromkeys(shown, ""))
    qtbot.mouseClick(form.next_button, Qt.MouseButton.LeftButton)
    assert [name for name, row in form.rows.items() if row.problem.isVisibleTo(form)] == shown
    assert geometry(form, below) == tried  # the same problems again: still nothing moved

    if kind in ZONE_KINDS:  # read while the clerk types or scans, or when asked
        inside = [*inputs, form.zone_edit, form.zone_button]
        form.zone_edit.setPlainText(BAD_ZONE)
        qtbot.mouseClick(form.zone_button, Qt.MouseButton.LeftButton)
        assert form.zone_problem.isVisibleTo(form)
        tried = geometry(form.content, inside)
        form.zone_edit.setPlainText("")
        form.show_zone_silent()
        assert not form.zone_problem.isVisibleTo(form)
        assert geometry(form.content, inside) == tried
        form.zone_edit.setPlainText(BAD_ZONE)
        qtbot.mouseClick(form.zone_button, Qt.MouseButton.LeftButton)
        assert geometry(form.content, inside) == tried


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_register_steps_problems_never_move_the_inputs(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    step = window.shell.register_step
    assert step is not None
    step.start(valid_identity(DocumentKind.FOREIGN_PASSPORT), back=window.shell.show_home)
    view = step.view
    below: list[QWidget] = [
        view.inputs.presence_check,
        view.inputs.email_edit,
        view.inputs.email_again_edit,
        view.inputs.language_combo,
        view.abroad_check,
        view.register_button,
    ]
    qtbot.mouseClick(view.register_button, Qt.MouseButton.LeftButton)  # not present, no address
    assert {"problem-presence", "problem-email"} <= set(visible_problems(view))
    qtbot.keyClicks(view.inputs.email_edit, "an@example.org")
    assert "problem-email-again" in visible_problems(view)  # typed once only
    qtbot.keyClicks(view.inputs.email_again_edit, "an@example.orx")
    assert "problem-email-again" in visible_problems(view)  # not the same
    # Each problem showed once; from now on they follow the inputs as the clerk types: nothing moves.
    tried = geometry(view, below)
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    qtbot.keyClick(view.inputs.email_again_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(view.inputs.email_again_edit, "g")
    assert visible_problems(view) == []
    assert geometry(view, below) == tried
    qtbot.keyClicks(view.inputs.email_again_edit, "x")  # different again
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    assert {"problem-presence", "problem-email-again"} <= set(visible_problems(view))
    assert geometry(view, below) == tried


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_reissue_screens_problems_never_move_the_inputs(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    registration = register(window.parts.store, EMRE, at(TODAY, 9, 0))
    listing = window.shell.registrations
    assert listing is not None
    controller = listing.registration
    controller.open(registration.id)
    qtbot.waitUntil(lambda: controller.registration is not None, timeout=10_000)
    view = controller.view
    below: list[QWidget] = [
        view.inputs.presence_check,
        view.inputs.email_edit,
        view.inputs.email_again_edit,
        view.inputs.language_combo,
        view.reissue_button,
        view.back_button,
    ]
    view.inputs.email_edit.setText("")
    qtbot.keyClicks(view.inputs.email_edit, "no-address")
    qtbot.mouseClick(view.reissue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)
    assert {"problem-reissue-presence", "problem-reissue-email"} <= set(visible_problems(view))
    view.inputs.email_edit.setText("")
    qtbot.keyClicks(view.inputs.email_edit, "emre@example.org")
    assert "problem-reissue-email-again" in visible_problems(view)  # changed, typed once only
    qtbot.keyClicks(view.inputs.email_again_edit, "emre@example.orx")
    assert "problem-reissue-email-again" in visible_problems(view)  # not the same
    view.inputs.email_again_edit.setText("")
    # Each problem showed once; from now on they follow the inputs as the clerk types: nothing moves.
    tried = geometry(view, below)
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.inputs.email_again_edit, "emre@example.org")
    assert visible_problems(view) == []
    assert geometry(view, below) == tried
    qtbot.mouseClick(view.inputs.presence_check, Qt.MouseButton.LeftButton)
    assert visible_problems(view) == ["problem-reissue-presence"]
    assert geometry(view, below) == tried


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_searches_problems_never_move_the_list(
    qtbot: QtBot, open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    listing, counts = window.shell.registrations, window.shell.counts
    assert listing is not None and counts is not None
    window.shell.view.registrations_action.trigger()
    qtbot.waitUntil(lambda: not listing.busy, timeout=10_000)
    view = listing.view
    below: list[QWidget] = [
        view.period_combo,
        view.from_edit,
        view.search_button,
        view.table,
        view.open_button,
    ]
    before = geometry(view, below)
    qtbot.keyClicks(view.number_edit, "85.07")
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    assert visible_problems(view) == ["problem-search-number"]
    assert geometry(view, below) == before
    view.number_edit.setText("")
    qtbot.mouseClick(view.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not listing.busy, timeout=10_000)
    assert visible_problems(view) == []
    assert geometry(view, below) == before

    view.show_period_problem("Tot vóór Van")
    assert geometry(view, below) == before
    view.show_period_problem("")
    window.shell.show_screen(counts.view, personal_data=False)
    below = [counts.view.table, counts.view.back_button]
    before = geometry(counts.view, below)
    counts.view.show_period_problem("Tot vóór Van")
    assert geometry(counts.view, below) == before


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sign_in_problem_never_moves_the_buttons(
    qtbot: QtBot, ui: UiServices, tmp_path: Path, language: str
) -> None:
    ui.translations.switch(language)
    controller = SignInController(make_settings(tmp_path, Profile.TRAINING), ui.translations, ui.errors)
    view = controller.view
    qtbot.addWidget(view)
    view.show()
    QCoreApplication.processEvents()
    below: list[QWidget] = [view.sign_in_button, view.buttons]
    before = geometry(view, below)
    size = view.size()
    assert view.problem_label.isVisible()  # nothing typed yet
    qtbot.keyClicks(view.name_edit, "An Janssens")
    qtbot.keyClicks(view.staff_edit, "G12345")
    assert not view.problem_label.isVisible()
    assert geometry(view, below) == before and view.size() == size
    view.staff_edit.setText("")
    assert view.problem_label.isVisible()
    assert geometry(view, below) == before and view.size() == size
