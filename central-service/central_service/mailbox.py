"""The development mailbox: an SMTP server on loopback (aiosmtpd) keeping every message in a Maildir.

``central-service serve`` starts one when no SMTP host is configured, and tests start their own (and
stop it to play an SMTP outage). ``central-service mail list`` reads the folder. A Maildir is safe to
read while another process writes it, and each message is a plain file a developer can open.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import logging
import mailbox
import re
import threading
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP

from central_service.mail import MESSAGE_ID_DOMAIN

ENVELOPE_HEADER = "X-Envelope-To"
_LINK = re.compile(r"https?://\S+/activate/[A-Za-z0-9_-]+")
_MESSAGE_ID = re.compile(r"<([0-9a-f-]{36})\.activation@" + re.escape(MESSAGE_ID_DOMAIN) + ">")
_CODE_MESSAGE_ID = re.compile(r"<[0-9]+\.code@" + re.escape(MESSAGE_ID_DOMAIN) + ">")
_SECURITY_CODE = re.compile(r"^ +([0-9]{6})\r?$", re.MULTILINE)


class MaildirHandler:
    """aiosmtpd handler: store each accepted message, with its envelope recipients, in the Maildir."""

    def __init__(self, folder: Path) -> None:
        # Made here and not by Maildir(create=True), which checks and then creates: two service processes
        # (serve --workers) starting together would both try, and one would die of FileExistsError.
        folder.parent.mkdir(parents=True, exist_ok=True)
        for path in (folder, folder / "tmp", folder / "new", folder / "cur"):
            path.mkdir(mode=0o700, exist_ok=True)
        self._maildir = mailbox.Maildir(folder, create=False)

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's hook name)
        head = "".join(f"{ENVELOPE_HEADER}: {recipient}\r\n" for recipient in envelope.rcpt_tos)
        self._maildir.add(head.encode() + bytes(envelope.content))
        return "250 2.0.0 Message accepted for delivery"


class DevMailbox:
    """An SMTP server on ``host`` (loopback) and ``port`` (0: a free one) in its own thread."""

    def __init__(
        self,
        folder: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        handler: MaildirHandler | None = None,
        *,
        smtputf8: bool = True,
    ) -> None:
        self.folder = folder
        self.smtputf8 = smtputf8  # offer SMTPUTF8 (internationalised addresses), as modern servers do
        self.host = host
        self.port = port
        self._handler = handler or MaildirHandler(folder)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._sessions: set[SMTP] = set()

    def start(self) -> DevMailbox:
        # aiosmtpd logs every recipient address at INFO: personal data stays out of the logs.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=loop.run_forever, name="dev-mailbox", daemon=True)
        self._thread.start()
        self._loop = loop

        def session() -> SMTP:
            smtp = SMTP(
                self._handler,
                hostname="dev-mailbox.invalid",
                ident="central-service dev mailbox",
                enable_SMTPUTF8=self.smtputf8,
            )
            self._sessions.add(smtp)
            return smtp

        try:
            self._server = asyncio.run_coroutine_threadsafe(
                loop.create_server(session, self.host, self.port), loop
            ).result(timeout=10)
        except BaseException:
            self.stop()
            raise
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    def stop(self) -> None:
        """Stop listening and cut open sessions, as an SMTP server going down would."""
        loop, server = self._loop, self._server
        if loop is None:
            return

        async def shut() -> None:
            if server is not None:
                server.close()
            for smtp in self._sessions:
                if isinstance(smtp.transport, asyncio.Transport):
                    smtp.transport.abort()
            self._sessions.clear()
            if server is not None:
                await server.wait_closed()

        asyncio.run_coroutine_threadsafe(shut(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=10)
        loop.close()
        self._loop = self._server = self._thread = None

    def __enter__(self) -> DevMailbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass(frozen=True)
class StoredMail:
    """One message in the development mailbox, with what tests and developers look for."""

    key: str
    delivered_at: dt.datetime
    recipients: tuple[str, ...]
    subject: str
    language: str
    registration_id: uuid.UUID | None
    link: str | None
    security_code: str | None  # of a security-code e-mail (code_mail)
    body: str


def read_mailbox(folder: Path) -> list[StoredMail]:
    """Every message in the folder, oldest first (an absent folder is an empty mailbox)."""
    if not folder.is_dir():
        return []
    box = mailbox.Maildir(folder, create=False)
    mails = []
    for key in list(box.iterkeys()):
        try:
            raw = box.get_bytes(key)
            delivered = box.get_message(key).get_date()
        except KeyError:  # removed meanwhile
            continue
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        part = message.get_body(preferencelist=("plain",))
        body = part.get_content() if part is not None else ""
        link = _LINK.search(body)
        header = str(message.get("Message-ID", "")).strip()
        message_id = _MESSAGE_ID.fullmatch(header)
        code = _SECURITY_CODE.search(body) if _CODE_MESSAGE_ID.fullmatch(header) else None
        mails.append(
            StoredMail(
                key=key,
                delivered_at=dt.datetime.fromtimestamp(delivered, dt.UTC),
                recipients=tuple(str(value) for value in message.get_all(ENVELOPE_HEADER, [])),
                subject=str(message.get("Subject", "")),
                language=str(message.get("Content-Language", "")),
                registration_id=uuid.UUID(message_id.group(1)) if message_id else None,
                link=link.group(0) if link else None,
                security_code=code.group(1) if code else None,
                body=body,
            )
        )
    mails.sort(key=lambda item: (item.delivered_at, item.key))
    return mails
