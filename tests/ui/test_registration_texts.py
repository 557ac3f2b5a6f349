"""Every text of the registration screens goes through the translator and follows a language switch, also
the messages already on screen (form problems, the zone's failed checks, eligibility reasons, a banner)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.reasons import Reason
from clerk_app.storage import Store
from clerk_app.translatable import QT_TRANSLATE_NOOP
from clerk_app.ui.i18n import Translations
from clerk_app.ui.register_rules import Banner, Tone
from clerk_app.ui.resources import translations_dir
from clerk_app.ui.shell import Shell
from tests.support.registration_flow import ADULT, CounterStore
from tests.support.ui_citizens import PSEUDO_OPEN, build_pseudo_catalogue, untranslated_labels
from tests.support.valid_registrations import TODAY, valid_identity

MakeShell = Callable[..., Shell]
#: Labels that show the citizen's data as it is on the document, never translated.
DATA = {"identity-surname", "identity-given_names", "identity-birth_date", "identity-nationality"}
DATA |= {"identity-national_number", "identity-document_number", "identity-document_valid_from"}
DATA |= {"identity-document_valid_until", "identity-issuing_authority"}


def test_registration_screens_retranslate_every_text(
    qtbot: QtBot, make_shell: MakeShell, real_store: Store, tmp_path: Path
) -> None:
    shell = make_shell(registrar=CounterStore(real_store), today=lambda: TODAY)
    manual, step = shell.manual_path, shell.register_step
    assert manual is not None and step is not None
    manual.open_form(DocumentKind.BELGIAN_PASSPORT)
    line1, line2 = ADULT.zone().splitlines()
    manual.form.zone_edit.setPlainText(f"{line1}\n{line2[:13]}9{line2[14:]}")  # a failed check digit
    manual.read_zone(explicit=True)
    assert manual.form.zone_problem.text() != ""
    expired = dataclasses.replace(
        valid_identity(DocumentKind.FOREIGN_PASSPORT), document_valid_until=TODAY.replace(day=1)
    )
    # The banner's text is marked like the card path will mark its own (here an existing text and context).
    text = QT_TRANSLATE_NOOP("CheckRegisterView", "Check and register")
    banner = Banner(Reason("x", text, blocking=False, context="CheckRegisterView"), Tone.INFO)
    step.start(expired, back=shell.show_home, banner=banner)
    step.register()  # ask for the missing inputs, so their messages show too
    assert step.view.inputs.presence_problem.text() != ""
    pseudo = Translations(build_pseudo_catalogue(translations_dir() / "clerk_app_nl.ts", tmp_path / "pseudo"))
    try:
        pseudo.switch("en")
        qtbot.waitUntil(lambda: PSEUDO_OPEN in shell.view.windowTitle())
        on_step = untranslated_labels(step.view, DATA)
        on_form = untranslated_labels(manual.form, DATA)
        on_choice = untranslated_labels(manual.choice, DATA)
        form_rows = manual.form.rows
        field_problem = form_rows["birth_date"].problem.text()
    finally:
        pseudo.uninstall()
    assert on_step == []
    assert on_form == []
    assert on_choice == []
    assert field_problem.startswith(PSEUDO_OPEN)
