"""Pictures of every screen in Dutch and French, and of the slip in all four languages, for the manual.

``scripts/screenshots`` runs this offscreen into ``docs/screenshots/``. The citizen, the clerk and the code
are made up (the "SPECIMEN" person of the wire-format example); the bundled fonts make the pictures the
same on every machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from clerk_app.config import Profile, Settings, paths_for, settings_from_mapping
from clerk_app.domain.documents import DocumentKind
from clerk_app.domain.manual_form import build_identity
from clerk_app.domain.registration import (
    Language,
    expiry_for,
)
from clerk_app.ui.composition import CounterShell, UiServices, application, create_shell, prepare_ui
from clerk_app.ui.controllers.sign_in import SignInController
from clerk_app.ui.reader_state import ReaderState
from clerk_app.ui.session import CounterSession
from clerk_app.ui.slip import SlipContent, SlipFormat, render_image
from clerk_app.ui.views.registrations_view import Period
from tools.screenshot_samples import (
    SAMPLE_BELGIAN_CARD_ZONE,
    SAMPLE_CLERK,
    SAMPLE_CODE,
    SAMPLE_EMAIL,
    SAMPLE_NUMBER,
    SAMPLE_TIME,
    SAMPLE_ZONE,
    PicturesHistory,
    PicturesOnly,
    SampleInbox,
    long_name_registration,
    sample_registration,
)

SCREEN_LANGUAGES = ("nl", "fr")
SLIP_LANGUAGES = (Language.NL, Language.FR, Language.DE, Language.EN)
WINDOW_SIZE = (960, 680)
#: Training screens carry the training panel beside the screen: a counter's usual full-HD screen has room.
TRAINING_WINDOW_SIZE = (1280, 800)
#: The smallest screen the counter is tested on.
SMALL_WINDOW_SIZE = (1024, 768)


def _grab(widget: QWidget, path: Path, app: QApplication) -> Path:
    widget.show()
    for _ in range(8):  # each layout pass is a posted event; wrapped labels settle in a few
        app.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    widget.close()
    return path


def _settings(profile: Profile, home: Path) -> Settings:
    return settings_from_mapping(profile, paths_for(profile, home), {})


def render_screens(out_dir: Path, app: QApplication, services: UiServices, home: Path) -> list[Path]:
    written = []
    production = _settings(Profile.PRODUCTION, home)
    training = _settings(Profile.TRAINING, home)
    for language in SCREEN_LANGUAGES:
        services.translations.switch(language)
        sign_in = SignInController(training, services.translations, services.errors)
        sign_in.view.name_edit.setText(SAMPLE_CLERK.name)
        sign_in.view.staff_edit.setText(SAMPLE_CLERK.staff_number)
        written.append(_grab(sign_in.view, out_dir / f"sign-in-{language}.png", app))

        for settings, mode in ((production, "production"), (training, "training")):
            session = CounterSession(SAMPLE_CLERK, settings.centres[0], training=settings.training)
            shell = create_shell(app, settings, session, services, registrar=PicturesOnly())
            shell.view.resize(*(TRAINING_WINDOW_SIZE if settings.training else WINDOW_SIZE))
            if mode == "training":
                written += _eid_screens(shell, training, services, out_dir, language, app)
                _dispose(shell)
                continue
            shell.set_paths_available(eid=True, other_document=True)  # as with a card reader attached
            shell.set_reader_state(ReaderState.NO_CARD)
            written.append(_grab(shell.view, out_dir / f"home-{mode}-{language}.png", app))
            shell.show_confirmation(sample_registration(settings.centres[0].id), SAMPLE_CODE)
            written.append(_grab(shell.view, out_dir / f"confirmation-{language}.png", app))
            shell.new_citizen()
            shell.view.resize(*SMALL_WINDOW_SIZE)  # the longest names real documents carry, on a small screen
            shell.show_confirmation(long_name_registration(settings.centres[0].id), SAMPLE_CODE)
            written.append(_grab(shell.view, out_dir / f"confirmation-long-name-{language}.png", app))
            shell.new_citizen()
            _dispose(shell)
        written += _registration_screens(out_dir, app, services, production, language)
        written += _history_screens(out_dir, app, services, production, language)
    return written


def _dispose(shell: CounterShell) -> None:
    """Delete the window now: a hidden window left behind would take part in every later language switch
    (and its idle watch in every event) for the rest of the process, e.g. the test run."""
    shell.view.deleteLater()
    shell.deleteLater()  # and its controller, which listens to language changes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _registration_screens(
    out_dir: Path, app: QApplication, services: UiServices, settings: Settings, language: str
) -> list[Path]:
    """The manual path and the register step, filled with the SPECIMEN person."""
    session = CounterSession(SAMPLE_CLERK, settings.centres[0], training=False)
    shell: CounterShell = create_shell(
        app, settings, session, services, registrar=PicturesOnly(), today=SAMPLE_TIME.date
    )
    shell.view.resize(*WINDOW_SIZE)
    manual, step = shell.manual_path, shell.register_step
    assert manual is not None and step is not None
    written = []
    manual.choose_document()
    written.append(_grab(shell.view, out_dir / f"document-choice-{language}.png", app))

    manual.open_form(DocumentKind.FOREIGN_PASSPORT)
    line1, line2 = SAMPLE_ZONE.splitlines()
    manual.form.zone_edit.setPlainText(f"{line1}\n{line2[:13]}8{line2[14:]}")  # birth year misread
    manual.read_zone(explicit=True)
    written.append(_grab(shell.view, out_dir / f"manual-form-problems-{language}.png", app))

    manual.form.zone_edit.setPlainText(SAMPLE_ZONE)
    manual.read_zone(explicit=True)
    manual.form.fill({"national_number": SAMPLE_NUMBER})
    written.append(_grab(shell.view, out_dir / f"manual-form-{language}.png", app))

    day = SAMPLE_TIME.date()
    identity = build_identity(DocumentKind.FOREIGN_PASSPORT, manual.form.values(), day).identity

    manual.open_form(DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE)
    manual.form.zone_edit.setPlainText(SAMPLE_BELGIAN_CARD_ZONE)
    manual.read_zone(explicit=True)
    manual.form.fill({"issuing_authority": "Gent", "card_checked": "yes"})
    shell.view.show()
    app.processEvents()  # lay the form out, then scroll down to the tick by eye
    manual.form.scroll_area.ensureWidgetVisible(manual.form.rows["card_checked"].input)
    written.append(_grab(shell.view, out_dir / f"manual-form-chip-unreadable-{language}.png", app))
    assert identity is not None, "the sample passport does not make an identity"
    step.start(identity, back=lambda: None)
    step.view.inputs.presence_check.setChecked(True)
    step.view.inputs.email_edit.setText(SAMPLE_EMAIL)
    step.view.inputs.email_again_edit.setText(SAMPLE_EMAIL)
    written.append(_grab(shell.view, out_dir / f"check-register-{language}.png", app))
    shell.new_citizen()
    _dispose(shell)
    return written


def _history_screens(
    out_dir: Path, app: QApplication, services: UiServices, settings: Settings, language: str
) -> list[Path]:
    """The registrations list, one registration ready for re-issue, and the counts per day."""
    session = CounterSession(SAMPLE_CLERK, settings.centres[0], training=False)
    history = PicturesHistory([centre.id for centre in settings.centres])
    shell: CounterShell = create_shell(
        app,
        settings,
        session,
        services,
        registrations=history,
        reports=history,
        today=SAMPLE_TIME.date,
        now=lambda: SAMPLE_TIME + dt.timedelta(hours=2),
    )
    shell.view.resize(*WINDOW_SIZE)
    listing, counts = shell.registrations, shell.counts
    assert listing is not None and counts is not None
    written = []
    try:
        shell.view.registrations_action.trigger()
        _wait_until(lambda: not listing.busy and listing.model.rowCount() > 0, app)
        period = listing.view.period_combo
        period.setCurrentIndex(period.findData(Period.ANY.value))
        period.activated.emit(period.currentIndex())  # as the clerk's choice: lists every day
        _wait_until(lambda: not listing.busy and listing.model.rowCount() == len(history.registrations), app)
        written.append(_grab(shell.view, out_dir / f"registrations-{language}.png", app))
        listing.open_selected()
        _wait_until(lambda: shell.current_screen() is listing.registration.view, app)
        listing.registration.view.inputs.presence_check.setChecked(True)
        written.append(_grab(shell.view, out_dir / f"registration-reissue-{language}.png", app))
        shell.view.counts_action.trigger()
        _wait_until(lambda: not counts.busy and counts.model.rowCount() > 0, app)
        written.append(_grab(shell.view, out_dir / f"counts-{language}.png", app))
    finally:
        services.workers.wait()
        shell.new_citizen()
        _dispose(shell)
    return written


def _eid_screens(
    shell: CounterShell,
    settings: Settings,
    services: UiServices,
    out_dir: Path,
    language: str,
    app: QApplication,
) -> list[Path]:
    """The training home screen with its panel, a good card and a forged one on the register step, and
    the confirmation screen with its way to the citizen's activation page."""
    from clerk_app.app import card_readers, trust_store
    from clerk_app.ui.card_path import attach_card_path

    readers = card_readers(settings)
    registration = sample_registration(settings.centres[0].id)
    inbox = SampleInbox(registration)
    card_path = attach_card_path(
        shell, readers, trust_store(settings), services, today=SAMPLE_TIME.date, inbox=inbox
    )
    panel, messages = card_path.training_panel, card_path.training_messages
    assert panel is not None and messages is not None
    written = []
    try:
        _wait_until(lambda: card_path.eid.reader_state is ReaderState.NO_CARD and not messages.busy, app)
        written.append(_grab(shell.view, out_dir / f"home-training-{language}.png", app))
        for card, picture in (("adult", "eid-read"), ("altered", "eid-not-authentic")):
            panel.insert(card)
            _wait_until(lambda: card_path.eid.result is not None, app)
            written.append(_grab(shell.view, out_dir / f"{picture}-{language}.png", app))
            panel.remove()
            _wait_until(lambda: shell.current_screen() is shell.home, app)
            shell.view.statusBar().clearMessage()
        shell.show_confirmation(registration, SAMPLE_CODE)
        messages.view.raise_()  # the trainee looks at what the training service sent
        written.append(_grab(shell.view, out_dir / f"confirmation-training-{language}.png", app))
        panel.view.raise_()
        shell.new_citizen()
    finally:
        card_path.close()
        services.workers.wait()
    return written


def _wait_until(condition: Callable[[], bool], app: QApplication, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the state to picture")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def render_slips(out_dir: Path) -> list[Path]:
    written = []
    for language in SLIP_LANGUAGES:
        content = SlipContent(
            code=SAMPLE_CODE,
            expires_at=expiry_for(SAMPLE_TIME).astimezone(dt.timezone(dt.timedelta(hours=1))),
            issued_on=SAMPLE_TIME.date(),
            centre_name="Stadskantoor (Afhaalbalie Burgerzaken)",
            language=language,
            training=False,
        )
        image, _layout = render_image(content, SlipFormat.RECEIPT_80MM, dpi=203)
        path = out_dir / f"slip-{language.value}.png"
        if not image.save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def render_all(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    services = prepare_ui(app, "nl")
    with tempfile.TemporaryDirectory(prefix="clerk-screens-") as scratch:
        written = render_screens(out_dir, app, services, Path(scratch))
    written += render_slips(out_dir)
    services.workers.wait()
    services.translations.uninstall()
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    for path in render_all(args.out_dir):
        print(path)  # noqa: T201 - the command's output is the list of files
    return 0


if __name__ == "__main__":
    sys.exit(main())
