"""The service's secrets key: encrypts TOTP secrets at rest and keys the hashes of one-time codes.

A database dump alone then gives away neither a TOTP secret nor (by trying all 10^6) a code. The key
comes from the configuration (``secrets_key``) or, for a development service, from a ``secrets.key``
file made once in the data folder. Two sub-keys are derived with HKDF so the two uses never share one.
Ciphertexts are ``v1.`` + base64url(nonce ‖ AES-256-GCM), bound to what they belong to (the row id), so a
secret copied onto another row does not decrypt.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from central_service.config import ServiceSettings, decode_secrets_key
from central_service.errors import ServiceConfigError

KEY_FILE = "secrets.key"
_VERSION = "v1."


class SecretBox:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(_derive(key, b"central-service totp secrets"))
        self._mac_key = _derive(key, b"central-service one-time codes")

    def seal(self, plaintext: str, bound_to: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode(), bound_to.encode())
        return _VERSION + base64.urlsafe_b64encode(nonce + sealed).decode()

    def open(self, sealed: str, bound_to: str) -> str:
        if not sealed.startswith(_VERSION):
            raise ValueError("unknown secret format")
        raw = base64.urlsafe_b64decode(sealed[len(_VERSION) :])
        try:
            return self._aead.decrypt(raw[:12], raw[12:], bound_to.encode()).decode()
        except InvalidTag:
            raise ValueError("the secret does not open with this key") from None

    def mac(self, text: str) -> str:
        """A keyed hash (HMAC-SHA-256, hex) for looking up or comparing a short secret."""
        return hmac.new(self._mac_key, text.encode(), hashlib.sha256).hexdigest()


def _derive(key: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(key)


def load_secret_box(settings: ServiceSettings) -> SecretBox:
    configured = settings.secrets_key.get_secret_value()
    if configured:
        key = decode_secrets_key(configured)
        assert key is not None  # the setting's validator checked it
        return SecretBox(key)
    return SecretBox(_key_file(settings.data_dir / KEY_FILE))


def _key_file(path: Path) -> bytes:
    """Read the development key file, making it (readable by this user only) the first time."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Written aside and linked into place: a process starting at the same moment reads a whole key.
        draft = path.with_name(f".{KEY_FILE}.{secrets.token_hex(8)}")
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as file:
            file.write(base64.b64encode(secrets.token_bytes(32)).decode() + "\n")
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    key = decode_secrets_key(path.read_text(encoding="ascii"))
    if key is None:
        raise ServiceConfigError(f"{path} does not hold a secrets key (32 bytes in base64)")
    return key
