"""What the UI needs from the registration store, as a protocol, so the screens do not import storage.

:class:`clerk_app.storage.store.RegistrationStore` matches :class:`Registrar` as it is (its ``register``
takes an optional ``now`` as well); the composition root passes it in. ``register`` blocks (Argon2id and an
fsync'd commit), so the UI calls it on a worker thread.
"""

from __future__ import annotations

from typing import Protocol

from clerk_app.domain.registration import Registration, RegistrationRequest


class Issued(Protocol):
    """A stored registration and its plain activation code (shown and printed, never kept)."""

    @property
    def registration(self) -> Registration: ...

    @property
    def code(self) -> str: ...


class Registrar(Protocol):
    def register(self, request: RegistrationRequest) -> Issued:
        """Store an eligible request; ``InputError`` (reason codes) when it is refused, nothing stored."""
        ...
