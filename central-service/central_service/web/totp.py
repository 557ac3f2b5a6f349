"""The mobile-app key: RFC 6238 TOTP (SHA-1, 6 digits, 30 s), its ``otpauth://`` URI and QR code.

A code is accepted for the current time step or one step either side (RFC 6238 §5.2), and never twice:
the key remembers the last step it accepted, and a single conditional UPDATE moves it forward, so two
requests racing with the same code (even in two service processes) cannot both pass.
"""

from __future__ import annotations

import datetime as dt
import hmac
import io
import uuid

import pyotp
import segno
from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from central_service.db import affected_rows
from central_service.models import DigitalKey

ISSUER = "Stad Gent"
PERIOD = 30
DIGITS = 6
#: Steps either side of now that still count (clock drift of the phone).
DRIFT = 1


def new_secret() -> str:
    """160 random bits in base32, as RFC 4226 recommends."""
    return pyotp.random_base32()


def provisioning_uri(secret: str, username: str) -> str:
    """The Key URI Format, with every parameter spelled out for apps that do not assume the defaults."""
    base = pyotp.TOTP(secret, issuer=ISSUER, name=username).provisioning_uri()
    return f"{base}&algorithm=SHA1&digits={DIGITS}&period={PERIOD}"


def qr_svg(uri: str) -> bytes:
    """The URI as a QR code, an SVG file the service serves itself."""
    out = io.BytesIO()
    segno.make(uri, error="m").save(out, kind="svg", scale=5, border=4, xmldecl=False, svgns=True)
    return out.getvalue()


def grouped(secret: str) -> str:
    """The secret in groups of four, for typing it into an app by hand."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def step_at(now: dt.datetime) -> int:
    return int(now.timestamp()) // PERIOD


def code_at(secret: str, step: int) -> str:
    return pyotp.TOTP(secret).generate_otp(step)


def matching_step(secret: str, typed: str, now: dt.datetime) -> int | None:
    """The time step whose code is ``typed`` (within the drift), or None."""
    code = "".join(typed.split())
    if len(code) != DIGITS or not (code.isascii() and code.isdigit()):
        return None
    current = step_at(now)
    for step in range(current - DRIFT, current + DRIFT + 1):
        if hmac.compare_digest(code_at(secret, step), code):
            return step
    return None


def claim_step(session: Session, key_id: uuid.UUID, step: int) -> bool:
    """Record ``step`` as used; False when this step (or a later one) was accepted already."""
    moved = session.execute(
        update(DigitalKey)
        .where(DigitalKey.id == key_id, or_(DigitalKey.last_step.is_(None), DigitalKey.last_step < step))
        .values(last_step=step)
    )
    return affected_rows(moved) == 1
