"""Training mode's own central service, so the whole chain (register, sync, link e-mail) works offline.

It runs inside the app on loopback, keeps its database, its mailbox and its SMS outbox in the training
profile's data folder, and enrols the workstation by itself. :class:`TrainingInbox` reads that mailbox
and SMS outbox for the training panel and the confirmation screen, so a trainee can follow the link,
type the code and pick a key as the citizen would. It is the only part of the app that starts the reference
service (an import-linter contract says so); production never does, and the training profile refuses any
central service URL that is not on this computer (``clerk_app.config``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from central_service.config import ServiceSettings
from central_service.embedded import EmbeddedCentral
from central_service.mailbox import read_mailbox
from central_service.sms import read_outbox_folder
from central_service.workstations import create_enrolment_code
from clerk_app.config import Settings
from clerk_app.sync.service import SyncService


def central_folder(settings: Settings) -> Path:
    return settings.paths.data_dir / "central"


def _service_settings(settings: Settings) -> ServiceSettings:
    if not settings.training:
        raise ValueError("only the training profile runs its own central service")
    # Trainees sign in at every centre from one workstation, so the training service takes them all.
    return ServiceSettings(
        data_dir=central_folder(settings), listen="127.0.0.1:0", access_log=False, any_centre=True
    )


def start_training_central(settings: Settings) -> EmbeddedCentral:
    """Start the training central service (SQLite and a mailbox under the training data folder)."""
    service_settings = _service_settings(settings)
    service_settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return EmbeddedCentral.start(service_settings)


def enrol_for_training(sync: SyncService, central: EmbeddedCentral, centre: str) -> None:
    """Point ``sync`` at the training service and enrol with a fresh one-time code, as an administrator
    would hand out; a token the service no longer knows (its folder was emptied) is simply replaced."""
    sync.use_url(central.url)
    code = create_enrolment_code(
        central.service.db, centre, dt.timedelta(minutes=10), dt.datetime.now(dt.UTC)
    )
    sync.enrol(code, "training")


@dataclass(frozen=True)
class TrainingMail:
    """A message in the training mailbox: an activation link or a security code."""

    delivered_at: dt.datetime
    recipients: tuple[str, ...]
    subject: str
    link: str | None
    security_code: str | None
    registration_id: uuid.UUID | None


@dataclass(frozen=True)
class TrainingSms:
    """A text message the training service sent (to its SMS outbox, never to a phone)."""

    sent_at: dt.datetime
    to: str
    text: str


class TrainingInbox:
    """The training service's mailbox and SMS outbox, read-only and newest first.

    Reading needs no running service: the folders follow from the training profile, so the panel shows
    what earlier training sessions left too.
    """

    def __init__(self, mailbox_folder: Path, sms_folder: Path) -> None:
        self.mailbox_folder = mailbox_folder
        self.sms_folder = sms_folder

    @classmethod
    def for_settings(cls, settings: Settings) -> TrainingInbox:
        service = _service_settings(settings)
        return cls(service.mailbox_folder, service.sms_outbox_folder)

    def mails(self, limit: int = 50) -> list[TrainingMail]:
        newest = reversed(read_mailbox(self.mailbox_folder))
        return [
            TrainingMail(
                mail.delivered_at,
                mail.recipients,
                mail.subject,
                mail.link,
                mail.security_code,
                mail.registration_id,
            )
            for mail, _ in zip(newest, range(limit), strict=False)
        ]

    def sms(self, limit: int = 50) -> list[TrainingSms]:
        newest = reversed(read_outbox_folder(self.sms_folder))
        return [TrainingSms(m.sent_at, m.to, m.text) for m, _ in zip(newest, range(limit), strict=False)]

    def activation_link(self, registration_id: uuid.UUID) -> str | None:
        """The link the registration's e-mail holds, once the training service has sent it."""
        for mail in reversed(read_mailbox(self.mailbox_folder)):
            if mail.registration_id == registration_id and mail.link:
                return mail.link
        return None
