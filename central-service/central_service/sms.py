"""SMS: mobile numbers (``phonenumbers``, E.164), the code's text, and the two gateways.

``OutboxFolder`` is the development gateway (the default, like the development mailbox): each message
becomes a JSON file in the data folder, listed by ``central-service sms list``. ``HttpGateway`` posts to a
real provider configured in TOML (URL, token from ``CENTRAL_SERVICE_SMS_TOKEN``, timeouts). Either one is
called only by the SMS relay (``sms_relay``), which retries through the database outbox, so a gateway
outage loses no code.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx
import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from central_service.config import SmsSettings

#: Numbers typed without a country code are Belgian.
DEFAULT_REGION = "BE"
_MOBILE = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}

TEXTS = {
    "nl": "Stad Gent: uw beveiligingscode is {code}. Hij werkt tot {time}. Geef hem aan niemand door.",
    "fr": "Ville de Gand : votre code de sécurité est {code}, valable jusqu'à {time}. Ne le donnez pas.",
    "de": "Stadt Gent: Ihr Sicherheitscode ist {code}, gültig bis {time} Uhr. Geben Sie ihn nicht weiter.",
    "en": "City of Ghent: your security code is {code}. It works until {time}. Do not give it to anyone.",
}


def mobile_number(typed: str) -> str | None:
    """The E.164 form of a mobile number (Belgian or foreign), or None when it is not one."""
    try:
        number = phonenumbers.parse(typed, DEFAULT_REGION)
    except NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number) or phonenumbers.number_type(number) not in _MOBILE:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def masked(e164: str) -> str:
    """``+32 ••• •• •• 67`` style: enough for the citizen to recognise the number, not to read it."""
    return f"{e164[:3]} … {e164[-2:]}"


@dataclass(frozen=True)
class Sms:
    to: str
    text: str


class SmsDeliveryError(Exception):
    """The gateway did not take the message; ``permanent`` means retrying cannot help."""

    def __init__(self, reason: str, *, permanent: bool) -> None:
        self.reason = reason
        self.permanent = permanent
        super().__init__(reason)


class SmsGateway(Protocol):
    def send(self, message: Sms) -> None: ...


class OutboxFolder:
    """The development gateway: one JSON file per message, written aside and renamed into place."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: Sms) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        now = dt.datetime.now(dt.UTC)
        name = f"{now:%Y%m%dT%H%M%S%f}-{secrets.token_hex(4)}.json"
        draft = self.folder / f".{name}"
        body = {"to": message.to, "text": message.text, "sent_at": now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
        draft.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        draft.replace(self.folder / name)


class HttpGateway:
    """A provider's HTTP API: ``POST url`` with a JSON body and a bearer token."""

    def __init__(self, settings: SmsSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            timeout=httpx.Timeout(settings.read_timeout_seconds, connect=settings.connect_timeout_seconds),
            headers={"Authorization": f"Bearer {settings.token.get_secret_value()}"},
        )

    def send(self, message: Sms) -> None:
        body = {"to": message.to, "text": message.text, "sender": self._settings.sender}
        try:
            response = self._client.post(self._settings.url, json=body)
        except httpx.HTTPError as exc:
            raise SmsDeliveryError(f"gateway: {type(exc).__name__}", permanent=False) from None
        if response.is_success:
            return
        status = response.status_code
        permanent = 400 <= status < 500 and status not in (401, 403, 408, 409, 429)
        raise SmsDeliveryError(f"gateway answered {status}", permanent=permanent)


@dataclass(frozen=True)
class StoredSms:
    sent_at: dt.datetime
    to: str
    text: str


def read_outbox_folder(folder: Path) -> list[StoredSms]:
    """The development gateway's messages, oldest first (an absent folder holds none)."""
    if not folder.is_dir():
        return []
    messages = []
    for path in sorted(folder.glob("[!.]*.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        sent = dt.datetime.strptime(body["sent_at"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)
        messages.append(StoredSms(sent, body["to"], body["text"]))
    return messages
