"""Benchmark of the counter's Register button: pressed until the code is painted, against the store alone.

    .venv/bin/python bench/ui_register.py [--registrations 500]

What it measures, in one offscreen session of the real counter window (training profile):

* Register pressed -> code visible, p50/p99: from the click on Register (the inputs already filled) until
  the confirmation screen's code label has painted the code. In between: the register step's checks, the
  store's ``register`` on a worker thread (eligibility, Argon2id, one encrypted commit with fsync), the
  queued result, the confirmation screen and its slip, the repaint. Against a floor from the same run,
  interleaved one for one: ``store.registrations.register`` called directly with the same citizen. Target:
  at most 1.3 x the floor.
* resident memory: each registration is a whole clerk's cycle (the adult training card goes into the
  in-process training reader, the eID path reads it and hands it to the register step, Register, Next
  citizen, the card comes out). RSS is read after 10 and after all registrations, each time after a
  garbage collection on the GUI thread; target: less than 20 MB growth. The interleaved floor calls go to
  the same store, so the session made twice as many registrations as it counts.

It starts what it needs: a private D-Bus session with a throwaway unlocked gnome-keyring (your own keyring
is never touched), a throwaway keyring service for the database key (deleted at the end) and
``CLERK_APP_HOME`` in a temporary folder. The training card's person is the made-up SPECIMEN citizen.
Ends with one line per figure: ``figure: NAME value=V unit=U target=T``.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from benchkit import against_floor, figure, in_private_keyring_session

FLOOR_FACTOR = 1.3
RSS_GROWTH_TARGET_MB = 20.0
RSS_BASELINE_AFTER = 10
WAIT_MS = 15_000
EMAIL = "specimen@example.org"


def resident_mb() -> float:
    """This process's resident set size now (Linux ``/proc``), in MB."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_000_000


def run(count: int) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer

    from clerk_app.app import open_counter
    from clerk_app.config import Profile, load_settings
    from clerk_app.domain.identity import identity_from_card
    from clerk_app.domain.registration import Clerk, Language, RegistrationRequest
    from clerk_app.secrets import SecretStore
    from clerk_app.storage.database import KEY_ENTRY
    from clerk_app.ui.card_path import attach_card_path
    from clerk_app.ui.composition import application, create_shell, prepare_ui
    from clerk_app.ui.controllers.eid_path import Phase
    from clerk_app.ui.session import CounterSession

    app = application()
    settings = load_settings(Profile.TRAINING)
    settings.paths.ensure()
    services = prepare_ui(app, "nl")
    secrets = SecretStore(f"clerk-app-bench/{uuid.uuid4()}")
    parts = open_counter(settings, secrets)
    clerk = Clerk("Bench", "B0001")
    session = CounterSession(clerk, settings.centres[0], training=True)
    shell = create_shell(app, settings, session, services, registrar=parts.store.registrations)
    shell.view.show()
    card_path = attach_card_path(shell, parts.readers, parts.trust, services)
    panel, eid, step = card_path.training_panel, card_path.eid, shell.register_step
    assert panel is not None and step is not None
    code_label = shell.confirmation.view.code_label

    def wait(condition: Callable[[], bool], what: str) -> None:
        loop, poll, deadline = QEventLoop(), QTimer(), QTimer()
        poll.timeout.connect(lambda: loop.quit() if condition() else None)
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        poll.start(1)
        deadline.start(WAIT_MS)
        if not condition():
            loop.exec()
        poll.stop()
        deadline.stop()
        if not condition():
            raise TimeoutError(f"{what} did not happen within {WAIT_MS // 1000} s")

    class CodePainted(QObject):
        """Quits ``loop`` at the first paint of the code label that shows a code."""

        def __init__(self) -> None:
            super().__init__()
            self.loop: QEventLoop | None = None
            self.at = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and self.loop is not None and code_label.text():
                self.at = time.perf_counter()
                self.loop.quit()
                self.loop = None
            return False

    painted = CodePainted()
    code_label.installEventFilter(painted)

    def one_registration() -> tuple[float, RegistrationRequest]:
        """A clerk's whole cycle; returns the Register -> code painted time (ms) and the citizen."""
        panel.insert("adult")
        wait(lambda: eid.phase is Phase.READ, "reading the training card")
        result = eid.result
        assert result is not None and step.view.register_button.isEnabled()
        request = RegistrationRequest(
            identity=identity_from_card(result.identity),
            email=EMAIL,
            language=Language.NL,
            presence_confirmed=True,
            centre_id=session.centre.id,
            clerk=clerk,
        )
        step.view.inputs.presence_check.setChecked(True)
        step.view.inputs.email_edit.setText(EMAIL)
        step.view.inputs.email_again_edit.setText(EMAIL)
        loop = QEventLoop()
        painted.loop = loop
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(WAIT_MS)
        start = time.perf_counter()
        step.view.register_button.click()
        loop.exec()
        deadline.stop()
        if painted.loop is not None:
            raise TimeoutError("the code was not painted")
        took = (painted.at - start) * 1000
        shell.confirmation.view.next_button.click()
        panel.remove()
        wait(lambda: not card_path.bridge.model.cards, "the card coming out")
        return took, request

    def settle() -> float:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return resident_mb()

    ours: list[float] = []
    floors: list[float] = []
    rss_baseline = 0.0
    try:
        print(f"ui_register: {count} registrations through the counter window, each followed by one direct")
        for index in range(1, count + 1):
            took, request = one_registration()
            start = time.perf_counter()
            parts.store.registrations.register(request)
            floor = (time.perf_counter() - start) * 1000
            if index > RSS_BASELINE_AFTER:  # the first ones warm imports, caches and the first paints
                ours.append(took)
                floors.append(floor)
            if index == RSS_BASELINE_AFTER:
                rss_baseline = settle()
            if index % 100 == 0:
                print(f"  {index} done, RSS {resident_mb():.1f} MB", flush=True)
        rss_end = settle()
        registered = len(parts.store.registrations.search(limit=10 * count))
    finally:
        card_path.close()
        services.workers.wait()
        parts.close()
        secrets.delete(KEY_ENTRY)
        shell.view.close()
        services.translations.uninstall()
    if registered != 2 * count:
        print(f"the store holds {registered} registrations instead of {2 * count}")
        return 1

    growth = rss_end - rss_baseline
    print(
        f"Register -> code painted: mean {statistics.mean(ours):.1f} ms; store alone: mean "
        f"{statistics.mean(floors):.1f} ms ({len(ours)} samples each)"
    )
    print(f"RSS after {RSS_BASELINE_AFTER}: {rss_baseline:.1f} MB; after {count}: {rss_end:.1f} MB")
    lines = [
        *against_floor("ui_register", ours, floors, FLOOR_FACTOR),
        figure(f"ui_rss_after_{RSS_BASELINE_AFTER}", rss_baseline, "MB", "-"),
        figure(f"ui_rss_after_{count}", rss_end, "MB", "-"),
        figure("ui_rss_growth", growth, "MB", f"<{RSS_GROWTH_TARGET_MB:.0f}"),
    ]
    print("\n".join(lines))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=500, help="registrations (default 500)")
    args = parser.parse_args()
    if args.registrations <= RSS_BASELINE_AFTER:
        parser.error(f"--registrations must be more than {RSS_BASELINE_AFTER}")
    in_private_keyring_session()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="clerk-bench-ui-") as home:
        os.environ["CLERK_APP_HOME"] = home
        return run(args.registrations)


if __name__ == "__main__":
    sys.exit(main())
