"""No text imposes its width on the window: at 1024×768 and 1366×768, in nl, fr and en, with 80-character
names, every screen fits the window, the window keeps its size (and gets it back), and no label is cut off
(long values wrap, or are elided with the whole text in a tooltip)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_app.domain.documents import DocumentKind
from tests.support.ui_citizens import Citizen
from tests.support.valid_registrations import valid_identity
from tests.support.window_walks import LONG_GIVEN_NAMES, LONG_SURNAME, Window, clipped_labels, screens, settle

LANGUAGES = ("nl", "fr", "en")
SIZES = ((1024, 768), (1366, 768))


def _long_citizen(citizen: Citizen) -> Citizen:
    registration = citizen.registration
    assert registration.identity is not None
    identity = dataclasses.replace(registration.identity, surname=LONG_SURNAME, given_names=LONG_GIVEN_NAMES)
    return Citizen(dataclasses.replace(registration, identity=identity), citizen.code)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_fits_with_80_character_names(
    qtbot: QtBot,
    open_window: Callable[..., Window],
    citizen: Citizen,
    language: str,
    size: tuple[int, int],
) -> None:
    window = open_window(language, size)
    view = window.shell.view
    identity = dataclasses.replace(
        valid_identity(DocumentKind.FOREIGN_PASSPORT), surname=LONG_SURNAME, given_names=LONG_GIVEN_NAMES
    )
    problems: dict[str, object] = {}
    walked = 0
    for screen in screens(window, _long_citizen(citizen), identity):
        settle()
        walked += 1
        hint = view.minimumSizeHint()
        if hint.width() > size[0] or hint.height() > size[1]:
            problems[f"{screen}: needs"] = (hint.width(), hint.height())
        if (view.width(), view.height()) != size:
            problems[f"{screen}: window"] = (view.width(), view.height())
        cut = clipped_labels(view)
        if cut:
            problems[f"{screen}: cut"] = cut
    assert walked == 14
    assert problems == {}


@pytest.mark.parametrize("size", ((1280, 720), (1024, 768)), ids=("1280x720", "1024x768"))
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_status_bar_never_clips_a_field(
    open_window: Callable[..., Window], language: str, size: tuple[int, int]
) -> None:
    window = open_window(language, size)
    view = window.shell.view
    window.sync.setText("Centrale dienst: verbinding maken · 12 wachtend · laatste synchronisatie 10:42")
    QApplication.processEvents()
    fields = [view.centre_status, view.clerk_status, view.mode_status, window.sync]
    assert all(field.isVisible() and field.width() > 0 for field in fields)
    assert clipped_labels(view.statusBar()) == []
    for field in fields:  # shown whole, or shortened with the whole text in the tooltip
        metrics = field.fontMetrics()
        fits = metrics.horizontalAdvance(field.text()) <= field.contentsRect().width()
        assert fits or field.toolTip() == field.text(), field.objectName()
        assert fits is not field.elided, field.objectName()
    assert view.width() == size[0]
    assert any(field.elided for field in fields)  # so the check above met a field that did not fit


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_hint_on_a_manual_form_is_squeezed(
    open_window: Callable[..., Window], citizen: Citizen, language: str, size: tuple[int, int]
) -> None:
    """The grey hints beside the fields get the height their wrapped text needs at the width they have
    (a grid used to give them a line less), on each of the six manual forms."""
    window = open_window(language, size)
    manual = window.shell.manual_path
    assert manual is not None
    squeezed: dict[str, list[str]] = {}
    forms = 0
    for screen in screens(window, citizen):
        if not screen.startswith("manual-form-"):
            continue
        settle()
        forms += 1
        form = manual.form
        hints = [(name, row.hint) for name, row in form.rows.items() if row.hint.isVisibleTo(form)]
        hints.append(("zone", form.zone_hint))
        assert len(hints) >= 3
        short = [
            name
            for name, hint in hints
            if hint.isVisibleTo(form) and hint.heightForWidth(hint.width()) > hint.height()
        ]
        if short:
            squeezed[screen] = short
    assert forms == 6
    assert squeezed == {}
