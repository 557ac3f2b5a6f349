"""Training mode's own central service, so the whole chain (register, sync, link e-mail) works offline.

It runs inside the app on loopback, keeps its database and its mailbox in the training profile's data
folder, and enrols the workstation by itself. It is the only part of the app that starts the reference
service (an import-linter contract says so); production never does, and the training profile refuses any
central service URL that is not on this computer (``clerk_app.config``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from central_service.config import ServiceSettings
from central_service.embedded import EmbeddedCentral
from central_service.workstations import create_enrolment_code
from clerk_app.config import Settings
from clerk_app.sync.service import SyncService


def central_folder(settings: Settings) -> Path:
    return settings.paths.data_dir / "central"


def start_training_central(settings: Settings) -> EmbeddedCentral:
    """Start the training central service (SQLite and a mailbox under the training data folder)."""
    if not settings.training:
        raise ValueError("only the training profile runs its own central service")
    folder = central_folder(settings)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Trainees sign in at every centre from one workstation, so the training service takes them all.
    return EmbeddedCentral.start(
        ServiceSettings(data_dir=folder, listen="127.0.0.1:0", access_log=False, any_centre=True)
    )


def enrol_for_training(sync: SyncService, central: EmbeddedCentral, centre: str) -> None:
    """Point ``sync`` at the training service and enrol with a fresh one-time code, as an administrator
    would hand out; a token the service no longer knows (its folder was emptied) is simply replaced."""
    sync.use_url(central.url)
    code = create_enrolment_code(
        central.service.db, centre, dt.timedelta(minutes=10), dt.datetime.now(dt.UTC)
    )
    sync.enrol(code, "training")
