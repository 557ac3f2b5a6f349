"""Secrets the service hands out (workstation tokens, enrolment codes, link tokens) and their hashes.

All three carry enough entropy (256 bits for tokens, 60 for a short-lived one-time code) that a plain
SHA-256 is the right stored form: the database never holds a usable secret, and lookups stay indexed.
Enrolment codes are typed by people, so they use the counter's activation-code alphabet and its
forgiving normalisation (the shared ``activation_code`` package).
"""

from __future__ import annotations

import hashlib
import secrets

import activation_code as activation


def new_token() -> str:
    """A bearer or link token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_enrolment_code() -> str:
    """A one-time code in display form, ``XXXX-XXXX-XXXX``."""
    return activation.generate_code()


def enrolment_code_digest(typed: str) -> str | None:
    """The stored form of a typed code, or None when it cannot be a code at all."""
    if not activation.is_well_formed(typed):
        return None
    return digest(activation.normalise_code(typed))
