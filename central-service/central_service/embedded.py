"""The service inside another process: uvicorn in a background thread on loopback, for training and tests.

The counter application's training mode runs its own central service this way (data in the training
profile's folder, a local mailbox instead of SMTP), so the whole chain works offline; the test suite does
the same with throwaway folders. ``port`` 0 picks a free port.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from central_service.config import ServiceSettings, SmtpSettings
from central_service.mailbox import DevMailbox
from central_service.server import AnnouncingServer, build_server
from central_service.service import CentralService

START_TIMEOUT = 15.0


class EmbeddedCentral:
    """A running service: its base URL, the service object (database, relay) and its mailbox folder."""

    def __init__(
        self, url: str, service: CentralService, mailbox_folder: Path, server: AnnouncingServer
    ) -> None:
        self.url = url
        self.service = service
        self.mailbox_folder = mailbox_folder
        self.server = server
        self._stack = ExitStack()

    @classmethod
    def start(
        cls,
        settings: ServiceSettings,
        *,
        smtp: SmtpSettings | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        port: int = 0,
    ) -> EmbeddedCentral:
        """Migrate, start the mailbox (unless ``smtp`` is given) and serve; stop with :meth:`close`."""
        with ExitStack() as stack:
            mailbox_folder = settings.mailbox_folder
            if smtp is None:
                mailbox = DevMailbox(mailbox_folder).start()
                stack.callback(mailbox.stop)
                smtp = SmtpSettings(host=mailbox.host, port=mailbox.port)
            service = CentralService(settings, smtp=smtp, **({"clock": clock} if clock else {}))
            stack.callback(service.close)
            service.db.upgrade()
            server = build_server(
                service, "127.0.0.1", port, access_log=settings.access_log, log_level="warning"
            )
            thread = threading.Thread(target=server.run, name="central-uvicorn", daemon=True)
            thread.start()

            def stop() -> None:
                server.should_exit = True
                thread.join(START_TIMEOUT)

            stack.callback(stop)
            deadline = time.monotonic() + START_TIMEOUT
            while not server.url:
                if not thread.is_alive() or time.monotonic() > deadline:
                    raise RuntimeError("the central service did not start")
                time.sleep(0.01)
            embedded = cls(server.url, service, mailbox_folder, server)
            embedded._stack = stack.pop_all()
        return embedded

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> EmbeddedCentral:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
