"""The JSON bodies of API v1 (docs/wire-format.md), as pydantic models that refuse unknown fields.

Validation here is what makes a body "malformed" (422 ``invalid_body`` naming the field): layout of
national/BIS numbers (python-stdnum), e-mail syntax (email-validator), partial birth dates, RFC 3339
times, and that ``code_hash`` is an Argon2id PHC string with at least the counter's parameters, so a
plain activation code is refused. Every text must be clean (:func:`text_problem`): no control
characters, no invisible formatting, no lone surrogates, and something visible; digits are ASCII only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    EmailStr,
    Field,
    PlainSerializer,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from stdnum.be import bis, nn

from activation_code import ACTIVATION_PERIOD, hash_problem

#: How far a workstation's clock may run ahead of the service's before its times are refused.
CLOCK_SKEW = dt.timedelta(minutes=5)
MAX_BATCH = 500
MAX_KEY_LENGTH = 255

Language = Literal["nl", "fr", "de", "en"]
#: How the counter established the identity. ``belgian_card_chip_unreadable``: a Belgian card whose chip
#: did not answer, typed from its zone and checked by eye (no chip evidence), added in 2026-12 (older
#: counters never send it, so every earlier body stays valid).
DocumentKind = Literal[
    "electronic_card",
    "belgian_passport",
    "foreign_passport",
    "orange_card",
    "annex_35",
    "other_foreign_id",
    "belgian_card_chip_unreadable",
]
PublicStatus = Literal["accepted", "activated", "expired", "locked", "revoked"]


def _utc_text(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


#: Joiners that some scripts need inside a word (Persian, Indic): the only invisible formatting allowed.
_JOINERS = frozenset("\u200c\u200d")


def text_problem(value: str) -> str | None:
    """What makes ``value`` unfit to store and show, or None.

    Refused: control characters (C0, DEL, C1: no field takes a tab or a line break), lone surrogates
    (not UTF-8 at all, so no database can store them), line and paragraph separators, and invisible
    formatting (bidirectional overrides and marks, zero-width spaces, the BOM, tag characters) except
    the two joiners; and a non-empty value with nothing visible in it. The answer never quotes the value.
    """
    for char in value:
        category = unicodedata.category(char)
        if category == "Cc":
            return "contains a control character"
        if category == "Cs":
            return "contains a lone surrogate (not UTF-8)"
        if category in ("Zl", "Zp"):
            return "contains a line or paragraph separator"
        if category == "Cf" and char not in _JOINERS:
            return "contains an invisible formatting character (bidirectional or zero-width)"
    if value and all(unicodedata.category(char)[0] in "ZMC" for char in value):
        return "has nothing visible in it"
    return None


def _clean(value: str) -> str:
    problem = text_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


#: A text that is safe to store in either database and to show on a terminal or a page.
CleanText = Annotated[str, AfterValidator(_clean)]


def _plain_address(value: object) -> object:
    """Refuse what email-validator would quietly rewrite: ``Name <address>`` keeps only the address."""
    if isinstance(value, str):
        _clean(value)
        if any(char in "<>," or char.isspace() for char in value):
            raise ValueError("must be one plain address, without a display name or spaces")
    return value


#: One e-mail address as typed at the counter, checked by email-validator.
Address = Annotated[EmailStr, BeforeValidator(_plain_address)]

#: RFC 3339 in UTC with a ``Z`` suffix, whole seconds, on the way out.
UtcTime = Annotated[AwareDatetime, PlainSerializer(_utc_text, return_type=str)]
Text = Annotated[CleanText, Field(min_length=1, max_length=200)]
CentreId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
#: ``[0-9]``, never ``\d``: ``\d`` also matches full-width or Arabic-Indic digits.
PARTIAL_DATE = re.compile(r"^(?:[0-9]{4}|\?{4})-(?:[0-9]{2}|\?\?)-(?:[0-9]{2}|\?\?)$")


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ClerkIn(_Body):
    name: Text
    staff_number: Annotated[CleanText, Field(min_length=1, max_length=64)]


class PersonIn(_Body):
    national_number: Annotated[
        str, Field(pattern=r"^[0-9]{11}$", description="national register or BIS number, 11 ASCII digits")
    ]
    surname: Text
    given_names: Annotated[CleanText, Field(max_length=200)]
    birth_date: Annotated[
        str,
        Field(pattern=PARTIAL_DATE.pattern, description="YYYY-MM-DD; unknown parts as ?? or ????"),
    ]
    sex: Literal["M", "F", "X"] | None = None
    nationality: Annotated[CleanText, Field(min_length=1, max_length=64)]

    @field_validator("national_number")
    @classmethod
    def _valid_number(cls, value: str) -> str:
        if not (nn.is_valid(value) or bis.is_valid(value)):
            raise ValueError("not a valid national register or BIS number")
        return value

    @field_validator("birth_date")
    @classmethod
    def _real_date(cls, value: str) -> str:
        year, month, day = value.split("-")
        if "?" in month and "?" not in day:
            raise ValueError("a day without a month")
        if "?" not in year and "?" not in month and "?" not in day:
            dt.date(int(year), int(month), int(day))  # ValueError for 2001-02-30
        elif "?" not in month and not 1 <= int(month) <= 12:
            raise ValueError("month out of range")
        return value


class DocumentIn(_Body):
    kind: DocumentKind
    number: Annotated[CleanText, Field(min_length=1, max_length=64)]
    valid_until: dt.date | None = None
    card_type: Annotated[int, Field(ge=0, le=255)] | None = None


class RegistrationIn(_Body):
    """A registration as the counter sends it; ``code_hash`` is the only trace of the activation code."""

    id: uuid.UUID
    centre: CentreId
    clerk: ClerkIn
    registered_at: UtcTime
    expires_at: UtcTime
    person: PersonIn
    document: DocumentIn
    email: Address
    language: Language
    code_hash: Annotated[
        str,
        Field(
            max_length=512,
            description="Argon2id PHC string of the activation code, at least m=65536 and t=3",
        ),
    ]
    replaces: uuid.UUID | None = None

    @field_validator("registered_at", "expires_at")
    @classmethod
    def _as_utc(cls, value: dt.datetime) -> dt.datetime:
        try:
            return value.astimezone(dt.UTC).replace(microsecond=0)
        except OverflowError as exc:  # e.g. 0001-01-01T00:00+01:00 lies before year 1 in UTC
            raise ValueError("is not a time this service can represent") from exc

    @field_validator("registered_at")
    @classmethod
    def _not_in_future(cls, value: dt.datetime) -> dt.datetime:
        if value > dt.datetime.now(dt.UTC) + CLOCK_SKEW:
            raise ValueError("lies in the future: check the workstation's clock")
        return value

    @field_validator("expires_at")
    @classmethod
    def _within_period(cls, value: dt.datetime, info: ValidationInfo) -> dt.datetime:
        registered = info.data.get("registered_at")
        if registered is not None and not registered < value <= registered + min(
            ACTIVATION_PERIOD, dt.datetime.max.replace(tzinfo=dt.UTC) - registered
        ):
            raise ValueError(f"must be after registered_at and at most {ACTIVATION_PERIOD.days} days later")
        return value

    @field_validator("replaces")
    @classmethod
    def _not_itself(cls, value: uuid.UUID | None, info: ValidationInfo) -> uuid.UUID | None:
        if value is not None and value == info.data.get("id"):
            raise ValueError("a registration cannot replace itself")
        return value

    @field_validator("code_hash")
    @classmethod
    def _argon2id(cls, value: str) -> str:
        problem = hash_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value

    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON: equal bodies (in any key order or spacing) give equal hashes."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()


class RegistrationStatusOut(_Body):
    id: uuid.UUID
    status: PublicStatus
    expires_at: UtcTime
    superseded: uuid.UUID | None = Field(description="the registration this one superseded")
    superseded_by: uuid.UUID | None = Field(description="the registration that superseded this one")


class RegistrationStateOut(RegistrationStatusOut):
    """A status in the bulk answer, with the time it was reached (where the counter's retention starts)."""

    status_changed_at: UtcTime = Field(
        description="when the registration reached this status; for expired, its expires_at"
    )


class StatusQueryIn(_Body):
    ids: Annotated[list[uuid.UUID], Field(min_length=1, max_length=MAX_BATCH)]


class StatusesOut(_Body):
    registrations: list[RegistrationStateOut] = Field(description="in the order asked, each id once")
    unknown: list[uuid.UUID] = Field(
        description="ids asked for that are not registrations of the caller's centre (or do not exist)"
    )


class ErrorOut(_Body):
    error: str = Field(description="stable machine-readable code, e.g. idempotency_conflict")
    detail: str
    field: str | None = Field(description="JSON path of the offending field, e.g. person.national_number")


class EnrolmentIn(_Body):
    code: Annotated[CleanText, Field(min_length=1, max_length=64)]
    workstation: Annotated[CleanText, Field(min_length=1, max_length=255, description="host name")]


class EnrolmentOut(_Body):
    token: str
    centre: str


def key_problem(key: str) -> str | None:
    """Why ``key`` cannot be an ``Idempotency-Key`` (1–255 clean characters), or None."""
    if not 1 <= len(key) <= MAX_KEY_LENGTH:
        return f"must be 1 to {MAX_KEY_LENGTH} characters"
    return text_problem(key)


class BatchItemIn(_Body):
    idempotency_key: str = Field(
        description=f"1–{MAX_KEY_LENGTH} characters, as the Idempotency-Key header; an item whose key is "
        "not gets its own 400 invalid_idempotency_key, the others go on"
    )
    registration: dict[str, Any] = Field(
        description="a registration body as for POST /v1/registrations; each item is validated and "
        "judged on its own, so one malformed item gets its own 422 result"
    )


class BatchIn(_Body):
    items: Annotated[list[BatchItemIn], Field(min_length=1, max_length=MAX_BATCH)]


class BatchResultOut(_Body):
    idempotency_key: str
    status: int = Field(description="the HTTP status this item would have had if sent alone")
    body: RegistrationStatusOut | ErrorOut


class BatchOut(_Body):
    results: list[BatchResultOut]


class HealthOut(_Body):
    status: Literal["ok"]


def describe_validation_error(
    errors: ValidationError | Sequence[Mapping[str, Any]], skip: int = 0
) -> tuple[str | None, str]:
    """(JSON path of the first bad field, what is wrong with it), e.g. ``person.national_number``.

    ``skip`` drops leading location parts such as FastAPI's ``body``. The message never repeats the
    value, which may be personal data.
    """
    if isinstance(errors, ValidationError):
        errors = errors.errors(include_url=False, include_input=False)
    first = errors[0]
    path = ""
    for part in tuple(first.get("loc", ()))[skip:]:
        path += f"[{part}]" if isinstance(part, int) else f".{part}" if path else str(part)
    detail = str(first.get("msg", "invalid"))
    return (path or None), (f"{path}: {detail}" if path else detail)
