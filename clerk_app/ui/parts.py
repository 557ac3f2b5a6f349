"""What the UI runs on below it, as the entry point hands it in: protocols, so the UI never imports the
composition root (:mod:`clerk_app.app`) or the store's modules.

``clerk_app/__main__.py`` passes :func:`clerk_app.app.open_counter` (imported on first use) as an
:class:`OpenCounter` to :func:`clerk_app.ui.main.run_gui` and the self-test; what it returns,
``clerk_app.app.CounterParts``, matches :class:`CounterParts` as it is, its ``store`` matches
:class:`StoreJobs` and its ``start_sync`` gives a :class:`RunningSync`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeAlias

from clerk_app.ui.registrar import Registrar, Registrations, Reports

if TYPE_CHECKING:  # annotations only: ui/main.py's way to the first window imports none of them
    from clerk_app.cardreader.connection import ReaderBackend
    from clerk_app.cardreader.simulated.backend import SimulatedBackend
    from clerk_app.cardreader.trust import TrustStore
    from clerk_app.config import Settings
    from clerk_app.secrets import SecretStore
    from clerk_app.sync.relay import SyncState


class CardReaders(Protocol):
    """The readers the composition root opened (``clerk_app.app.CardReaders``)."""

    @property
    def backend(self) -> ReaderBackend: ...

    @property
    def training(self) -> SimulatedBackend | None:
        """Where the training panel inserts cards; None in production."""


class StoredRegistrations(Registrar, Registrations, Protocol):
    """The store's ``registrations``: the register step's registrar and the history's registrations."""


class Retention(Protocol):
    def purge(self) -> object:
        """Erase personal data past its period (blocks: a backup, deletes, a vacuum)."""


class IntegrityReport(Protocol):
    @property
    def ok(self) -> bool: ...

    @property
    def problems(self) -> Sequence[str]:
        """Empty when everything checks out; never personal data."""


class Integrity(Protocol):
    def verify(self) -> IntegrityReport: ...


class StoreJobs(Protocol):
    """The store's jobs the UI uses (``clerk_app.storage.Store``); every call blocks."""

    @property
    def registrations(self) -> StoredRegistrations: ...

    @property
    def reports(self) -> Reports: ...

    @property
    def retention(self) -> Retention: ...

    @property
    def integrity(self) -> Integrity: ...


class SyncLink(Protocol):
    """The relay to the central service (``clerk_app.sync.service.SyncService``)."""

    def state(self) -> SyncState: ...

    def sync_now(self) -> None: ...

    def enrol(self, code: str) -> object:
        """Enrol this workstation with a one-time code (blocks: a request to the central service)."""

    def start(self) -> None: ...


class RunningSync(Protocol):
    """Sending in the background (``clerk_app.app.SyncParts``); :meth:`close` stops it."""

    @property
    def service(self) -> SyncLink: ...

    def close(self) -> None: ...


#: Starts sending for a centre, reporting each state (on the relay's thread); slow, so off the GUI thread.
StartSync: TypeAlias = "Callable[[str, Callable[[SyncState], None]], RunningSync]"


class CounterParts(Protocol):
    """What the counter application runs on below the UI (``clerk_app.app.CounterParts``)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def store(self) -> StoreJobs: ...

    @property
    def readers(self) -> CardReaders: ...

    @property
    def trust(self) -> TrustStore: ...

    def start_sync(self, centre_id: str, on_state: Callable[[SyncState], None]) -> RunningSync: ...

    def close(self) -> None: ...


class OpenCounter(Protocol):
    """``clerk_app.app.open_counter``: opens the parts for the settings' profile, or raises having closed
    what it had opened; ``secrets`` replaces the profile's keyring entries (the self-test's throwaway)."""

    def __call__(self, settings: Settings, secrets: SecretStore | None = None) -> CounterParts: ...
