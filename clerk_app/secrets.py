"""Secrets (database keys, workstation tokens) in the OS keyring, and nowhere else.

``keyring`` silently picks a "fail" or "null" backend on a machine without a key store, and picks a
plaintext file when ``keyrings.alt`` is installed. Both would lose or leak secrets, so this module refuses
them with a clear error instead of degrading. What keyring picks by itself must moreover be one of its own
backends for an OS key store: a ``keyringrc.cfg`` or ``PYTHON_KEYRING_BACKEND`` can name any class (and add
any folder to the import path), and a refusal list cannot know every name a file-backed store goes by. The
installed bundle also leaves ``keyrings.alt`` out (bundle/contents.py). A backend passed in by code (a
test's locked keyring) is judged by the refusal list only.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from clerk_app.errors import SecretStoreError

#: Name of the keyring entry (inside the profile's keyring service) that holds the store's database key.
KEY_ENTRY = "database-key"
#: Backends that would drop secrets (fail, null) or write them to a readable file (keyrings.alt).
_REFUSED_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_REFUSED_CLASS_WORDS = ("plaintext", "null", "fail", "uncrypted")
#: The backends keyring may pick for the app: Secret Service and KWallet on Linux, Windows Credential
#: Manager, the macOS Keychain.
_OS_STORE_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
)


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _leaf_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    """The chainer backend delegates to others; judge those."""
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple) and inner:
        return list(inner)
    return [backend]


def _is_refused(backend: KeyringBackend) -> bool:
    name = _backend_name(backend)
    lowered = type(backend).__name__.lower()
    return name.startswith(_REFUSED_MODULE_PREFIXES) or any(word in lowered for word in _REFUSED_CLASS_WORDS)


def _selected_backend() -> KeyringBackend:
    """The backend keyring picked, if an OS key store; a configured class that does not load is refused."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # keyring imports whatever its configuration names: any error can come out
        configured = os.environ.get("PYTHON_KEYRING_BACKEND") or "keyringrc.cfg"
        raise SecretStoreError(
            f"keyring backend does not load: {type(exc).__name__}", backend=configured
        ) from exc
    foreign = [b for b in _leaf_backends(backend) if not _backend_name(b).startswith(_OS_STORE_MODULES)]
    if foreign:
        raise SecretStoreError("not an OS key store", backend=_backend_name(foreign[0]))
    return backend


def check_backend(backend: KeyringBackend) -> None:
    """Raise :class:`SecretStoreError` unless every backend that would hold a secret is a real key store."""
    leaves = _leaf_backends(backend)
    refused = [b for b in leaves if _is_refused(b)]
    if refused or not leaves:
        raise SecretStoreError(
            "refused keyring backend", backend=_backend_name(refused[0] if refused else backend)
        )


class SecretStore:
    """Named secrets of one profile (``service``) in the OS keyring."""

    def __init__(self, service: str, backend: KeyringBackend | None = None) -> None:
        self._service = service
        self._backend = backend if backend is not None else _selected_backend()
        check_backend(self._backend)

    @property
    def backend_name(self) -> str:
        return _backend_name(self._backend)

    def get(self, name: str) -> str | None:
        try:
            return self._backend.get_password(self._service, name)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(type(exc).__name__, backend=self.backend_name) from exc

    def set(self, name: str, value: str) -> None:
        try:
            self._backend.set_password(self._service, name, value)
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(type(exc).__name__, backend=self.backend_name) from exc
        if self.get(name) != value:
            raise SecretStoreError("keyring did not keep the secret", backend=self.backend_name)

    def delete(self, name: str) -> None:
        try:
            self._backend.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as exc:
            raise SecretStoreError(type(exc).__name__, backend=self.backend_name) from exc
