"""Running the service under uvicorn: the development mailbox if needed, migrations, then serving."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
from collections.abc import Callable, Sequence
from contextlib import ExitStack

import uvicorn

from central_service.api import create_app
from central_service.config import ServiceSettings, split_listen
from central_service.db import Database
from central_service.logformat import use_json_lines
from central_service.mailbox import DevMailbox
from central_service.service import CentralService
from central_service.web.headers import mask_access_log


class AnnouncingServer(uvicorn.Server):
    """A uvicorn server that reports its real address once bound (port 0 picks a free port), and
    runs ``on_stopped`` when it has shut down, before uvicorn re-raises a SIGTERM/SIGINT it caught.
    """

    def __init__(
        self,
        config: uvicorn.Config,
        on_started: Callable[[str], None],
        on_stopped: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(config)
        self._on_started = on_started
        self._on_stopped = on_stopped
        self.url = ""

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started and self.servers:
            host, port = self.servers[0].sockets[0].getsockname()[:2]
            self.url = f"http://{f'[{host}]' if ':' in host else host}:{port}"
            self._on_started(self.url)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets)
        self._on_stopped()


def build_server(
    service: CentralService,
    host: str,
    port: int,
    *,
    access_log: bool,
    on_started: Callable[[str], None] = lambda url: None,
    on_stopped: Callable[[], None] = lambda: None,
    log_level: str = "info",
    json_logs: bool = False,
) -> AnnouncingServer:
    """A server for ``service``; the service starts its mail relay once the address is known."""

    def started(url: str) -> None:
        service.start(url)
        on_started(url)

    config = uvicorn.Config(
        create_app(service),
        host=host,
        port=port,
        lifespan="off",
        access_log=access_log,
        log_level=log_level,
        timeout_graceful_shutdown=10,
    )
    mask_access_log()  # after uvicorn.Config, which sets up its loggers
    if json_logs:
        use_json_lines()
    return AnnouncingServer(config, started, on_stopped)


def serve(
    settings: ServiceSettings,
    on_started: Callable[[str], None] = lambda url: None,
    on_stopped: Callable[[], None] = lambda: None,
    listening: socket.socket | None = None,
) -> None:
    """Serve until SIGINT/SIGTERM; with no SMTP host, mail goes to the development mailbox.

    ``listening``: a socket already bound and listening (``serve --workers``: every worker accepts on
    the one its parent opened), instead of binding ``settings.listen``.
    """
    with ExitStack() as stack:
        stack.callback(on_stopped)
        smtp = settings.smtp
        if settings.uses_dev_mailbox:
            mailbox = DevMailbox(
                settings.mailbox_folder, settings.mailbox.host, settings.mailbox.port
            ).start()
            stack.callback(mailbox.stop)
            smtp = smtp.model_copy(update={"host": mailbox.host, "port": mailbox.port, "tls": "none"})
        service = CentralService(settings, smtp=smtp)
        stack.callback(service.close)
        service.db.upgrade()
        host, port = split_listen(settings.listen)
        # Stop the relay and the mailbox as part of the server's shutdown: after a signal, uvicorn
        # re-raises it once serving ends, and code after run() would never execute.
        server = build_server(
            service,
            host,
            port,
            access_log=settings.access_log,
            on_started=on_started,
            on_stopped=stack.close,
            json_logs=settings.log_format == "json",
        )
        server.run(sockets=[listening] if listening is not None else None)


def serve_workers(settings: ServiceSettings, workers: int, argv_prefix: Sequence[str]) -> int:
    """Bind ``settings.listen`` once and run ``workers`` service processes accepting on it.

    Each worker is ``central-service … serve --socket-fd N`` with the same settings (same database; one
    migrates at a time, the relays share the outbox, the rate limits are shared). SIGINT/SIGTERM stops
    them all; a worker that dies stops the rest, so a supervisor (systemd) restarts the whole service.
    """
    # The database is made and migrated once, before the workers start: two processes creating the same
    # new SQLite file at once could meet in its switch to WAL, which fails instead of waiting.
    db = Database(settings.effective_database_url)
    try:
        db.upgrade()
    finally:
        db.dispose()
    host, port = split_listen(settings.listen)
    listener = socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.set_inheritable(True)
    fd = listener.fileno()
    children = [
        subprocess.Popen([*argv_prefix, "serve", "--socket-fd", str(fd)], pass_fds=(fd,))
        for _ in range(workers)
    ]
    listener.close()  # the workers hold it now

    def stop(signum: int, frame: object) -> None:
        for child in children:
            if child.poll() is None:
                child.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with contextlib.suppress(ChildProcessError):
        os.wait()  # until the first worker ends: stopped by a signal above, or died
    stop(signal.SIGTERM, None)
    for child in children:
        child.wait()
    return 0
