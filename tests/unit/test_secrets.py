"""What keyring picks must be an OS key store: a file-backed backend under any name is refused before it
holds a secret, and a configured backend that does not load is a clear error, not a traceback."""

from __future__ import annotations

from typing import ClassVar

import pytest
from keyring.backend import KeyringBackend
from keyring.backends.SecretService import Keyring as SecretServiceKeyring

from clerk_app.errors import SecretStoreError
from clerk_app.secrets import SecretStore
from tests.support.keyrings import HandedOutBackend


class CounterFileStore(HandedOutBackend):
    """A store that writes secrets where anyone can read them, under a name no refusal list knows."""

    kept: ClassVar[dict[tuple[str, str], str]] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


class _Chain(HandedOutBackend):
    """Like keyring's chainer: it hands each call to the backends it holds."""

    def __init__(self, *backends: KeyringBackend) -> None:
        super().__init__()
        self.backends = list(backends)

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("never reached")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("never reached")


def test_the_session_key_store_is_accepted() -> None:
    assert SecretStore("clerk-app-test/secrets").backend_name == "keyring.backends.SecretService.Keyring"


@pytest.mark.parametrize(
    "picked",
    [CounterFileStore(), _Chain(SecretServiceKeyring(), CounterFileStore())],
    ids=["alone", "in a chain"],
)
def test_a_file_backed_store_keyring_picks_is_refused_before_it_holds_anything(
    picked: KeyringBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("keyring.get_keyring", lambda: picked)
    with pytest.raises(SecretStoreError) as refused:
        SecretStore("clerk-app-test/secrets")
    assert refused.value.params["backend"] == f"{__name__}.CounterFileStore"
    assert CounterFileStore.kept == {}


def test_a_configured_backend_that_does_not_load_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setattr("keyring.core._keyring_backend", None)  # keyring reads its configuration again
    with pytest.raises(SecretStoreError) as refused:
        SecretStore("clerk-app-test/secrets")
    assert refused.value.params["backend"] == "keyrings.alt.file.PlaintextKeyring"
    assert refused.value.detail == "keyring backend does not load: ModuleNotFoundError"
