"""The card path: the card readers below the UI wired to the main window, and closed again at the end.

:func:`attach_card_path` connects the reader monitor (through a :class:`ReaderBridge`), the eID path and, in
training mode only, the training panel to a shell; given the training inbox, also the panel's mailbox
and SMS list and the confirmation screen's "Open the citizen's activation page". The composition root
(:mod:`clerk_app.app`) decides what exists: production has no simulated backend, so it gets no panel.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass

from clerk_app.cardreader.simulated.vpcd import VPCD_PORT
from clerk_app.cardreader.trust import TrustStore
from clerk_app.domain.documents import DocumentKind
from clerk_app.ui.composition import CounterShell, UiServices
from clerk_app.ui.controllers.eid_path import EidPathController
from clerk_app.ui.controllers.training_messages import Inbox, TrainingMessagesController
from clerk_app.ui.controllers.training_panel import TrainingPanelController
from clerk_app.ui.parts import CardReaders
from clerk_app.ui.reader_bridge import ReaderBridge


@dataclass
class CardPath:
    """The flows of one main window; :meth:`close` stops the monitor and the training bridge."""

    bridge: ReaderBridge
    eid: EidPathController
    training_panel: TrainingPanelController | None
    training_messages: TrainingMessagesController | None = None

    def close(self) -> None:
        self.bridge.stop()
        if self.training_panel is not None:
            self.training_panel.close()


def attach_card_path(
    shell: CounterShell,
    readers: CardReaders,
    trust: TrustStore,
    services: UiServices,
    *,
    vpcd_port: int = VPCD_PORT,
    today: Callable[[], dt.date] = dt.date.today,
    inbox: Inbox | None = None,
) -> CardPath:
    """Wire the card readers to ``shell`` (a training panel when ``readers.training`` is set) and start
    watching them. The shell must have its register step (``create_shell(..., registrar=...)``): that is
    where each card's citizen goes. ``today`` dates the training cards the panel makes."""
    step = shell.register_step
    if step is None:
        raise ValueError("the eID path ends in the register step: create the shell with a registrar")
    bridge = ReaderBridge(readers.backend, parent=shell)
    eid = EidPathController(
        shell,
        step,
        bridge,
        readers.backend,
        trust,
        services.workers,
        services.errors,
        services.translations,
        parent=shell,
    )
    manual = shell.manual_path
    if manual is not None:  # created with the register step
        eid.type_unreadable_card.connect(
            functools.partial(manual.open_form, DocumentKind.BELGIAN_CARD_CHIP_UNREADABLE)
        )
    panel = None
    if readers.training is not None:
        panel = TrainingPanelController(
            shell.view,
            readers.training,
            bridge,
            services.translations,
            vpcd_port=vpcd_port,
            today=today,
            parent=shell,
        )
    messages = None
    if panel is not None and inbox is not None:
        messages = TrainingMessagesController(
            shell.view, inbox, services.workers, services.translations, beside=panel.view, parent=shell
        )
        shell.confirmation.offer_activation_page(inbox.activation_link, services.workers)
    bridge.start()
    return CardPath(bridge, eid, panel, messages)
