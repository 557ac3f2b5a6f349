"""A base for keyring backends that tests hand to :class:`clerk_app.secrets.SecretStore` themselves.

keyring lists every subclass of ``KeyringBackend`` in the process and, when more than one is viable, picks
a chain of them all; a test's backend with a priority would then slip into every later test's keyring.
This one is never viable, so keyring never picks it by itself.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties


class HandedOutBackend(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a class property)
        raise RuntimeError("only handed out by a test")
