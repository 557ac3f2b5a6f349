"""Hostile input: hundreds of distinct bad requests, each a clean 4xx naming the field, on both databases.

Every case is one request an attacker (or a broken counter) could send. Each must get the service's own
error body with a stable code and, where one field is to blame, that field's JSON path; never a 5xx, which
the relay would retry for ever. A few cases are accepted on purpose; each says why. The service runs
once per database for the whole module (one SQLite file, one PostgreSQL database), so the cases cost a
request each.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from tests.support.central import LiveCentral, Templates, sqlite_url, start_central
from tests.support.postgres import fresh_database
from tests.support.registrations import code_hash, registration_body

DELETE = object()


@dataclass(frozen=True)
class Hostile:
    """One request and the answer it must get."""

    case_id: str
    status: int
    error: str | None
    blamed: str | None = None  # the ``field`` the answer must name
    method: str = "POST"
    path: str = "/v1/registrations"
    body: Any = None  # JSON (sent with \\u escapes, so lone surrogates arrive as sent)
    content: bytes | None = None  # raw bytes instead of ``body``
    headers: dict[str, str] = field(default_factory=dict)
    key: str | None = "fresh"  # the Idempotency-Key: "fresh" for a new one, None for none
    why_accepted: str = ""  # for a 2xx case: why this input is fine


CASES: list[Hostile] = []
_counter = iter(range(900_000, 999_999))


def _body(**changes: Any) -> dict[str, Any]:
    """A valid registration body (its own person) with ``changes`` at dotted paths applied."""
    body = registration_body(next(_counter))
    for path, value in changes.items():
        target = body
        *parents, last = path.split("__")
        for part in parents:
            target = target[part]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return body


def refused(
    case_id: str, field_path: str | None, error: str = "invalid_body", status: int = 422, **kw: Any
) -> None:
    CASES.append(Hostile(case_id, status, error, field_path, **kw))


def registration(case_id: str, field_path: str | None, error: str = "invalid_body", **changes: Any) -> None:
    refused(case_id, field_path, error, body=_body(**changes))


def accepted(case_id: str, why: str, **changes: Any) -> None:
    CASES.append(Hostile(case_id, 201, None, body=_body(**changes), why_accepted=why))


# --- control and invisible characters, in every text field ------------------------------------------
BAD_CHARACTERS = {
    "nul": "\x00",
    "soh": "\x01",
    "bel": "\x07",
    "backspace": "\x08",
    "tab": "\t",
    "line-feed": "\n",
    "carriage-return": "\r",
    "escape": "\x1b",
    "delete": "\x7f",
    "c1-nel": "\x85",
    "c1-csi": "\x9b",
    "rlo": "\u202e",
    "lre": "\u202a",
    "lri": "\u2066",
    "pdi": "\u2069",
    "lrm": "\u200e",
    "rlm": "\u200f",
    "arabic-letter-mark": "\u061c",
    "zero-width-space": "\u200b",
    "word-joiner": "\u2060",
    "bom": "\ufeff",
    "line-separator": "\u2028",
    "paragraph-separator": "\u2029",
    "tag-character": "\U000e0041",
    "lone-surrogate": "\ud800",
}
TEXT_FIELDS = {
    "person.surname": ("person", "surname", "PEETERS"),
    "person.given_names": ("person", "given_names", "Jan"),
    "person.nationality": ("person", "nationality", "BELG"),
    "document.number": ("document", "number", "000001241600"),
    "clerk.name": ("clerk", "name", "An Clerk"),
    "clerk.staff_number": ("clerk", "staff_number", "G12345"),
}
for _path, (_parent, _name, _value) in TEXT_FIELDS.items():
    for _label, _char in BAD_CHARACTERS.items():
        registration(f"{_path}-{_label}", _path, **{f"{_parent}__{_name}": _value[:2] + _char + _value[2:]})
for _label in ("nul", "escape", "rlo", "line-feed", "lone-surrogate", "c1-nel"):
    registration(f"email-{_label}", "email", email=f"citi{BAD_CHARACTERS[_label]}zen@example.org")
    registration(f"centre-{_label}", "centre", centre=f"stads{BAD_CHARACTERS[_label]}kantoor")
    registration(f"code-hash-{_label}", "code_hash", code_hash=code_hash() + BAD_CHARACTERS[_label])

# --- names with nothing visible in them --------------------------------------------------------------
for _label, _text in {
    "zwnj-only": "\u200c",
    "joiners-only": "\u200d\u200c\u200d",
    "spaces-only": "   ",
    "no-break-space-only": "\u00a0",
    "ideographic-space-only": "\u3000",
    "combining-mark-only": "\u0301",
    "joiner-and-space": " \u200d ",
}.items():
    registration(f"surname-{_label}", "person.surname", person__surname=_text)
registration("given-names-joiner-only", "person.given_names", person__given_names="\u200d")
registration("clerk-name-spaces-only", "clerk.name", clerk__name="  ")
registration("nationality-spaces-only", "person.nationality", person__nationality=" ")
registration("document-number-space-only", "document.number", document__number=" ")

# --- digits that are not ASCII ----------------------------------------------------------------------
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_MATH_BOLD = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
_DIGIT_SETS = {
    "full-width": _FULL_WIDTH,
    "arabic-indic": _ARABIC_INDIC,
    "persian": _PERSIAN,
    "devanagari": _DEVANAGARI,
    "bengali": _BENGALI,
    "math-bold": _MATH_BOLD,
}
_NUMBER = "85073003328"
for _label, _table in _DIGIT_SETS.items():
    registration(
        f"national-number-{_label}",
        "person.national_number",
        person__national_number=_NUMBER.translate(_table),
    )
    registration(
        f"birth-date-{_label}", "person.birth_date", person__birth_date="1950-01-01".translate(_table)
    )
registration(
    "national-number-one-full-width-digit",
    "person.national_number",
    person__national_number=_NUMBER[:10] + "８",
)
registration("birth-year-full-width", "person.birth_date", person__birth_date="１９５０-??-??")
registration("valid-until-full-width", "document.valid_until", document__valid_until="２０３２-07-05")
registration("valid-until-arabic-indic", "document.valid_until", document__valid_until="2032-٠٧-05")
registration("card-type-full-width", "document.card_type", document__card_type="１")
registration("card-type-arabic-indic", "document.card_type", document__card_type="٣")
registration("registered-at-full-width", "registered_at", registered_at="２０２６-01-01T00:00:00Z")
registration("expires-at-arabic-indic", "expires_at", expires_at="٢٠٢٦-01-15T00:00:00Z")
registration("id-full-width", "id", id=str(uuid.uuid4()).translate(_FULL_WIDTH))
registration("replaces-full-width", "replaces", replaces=str(uuid.uuid4()).translate(_FULL_WIDTH))

# --- the code hash ----------------------------------------------------------------------------------
_SALT = "c2FsdHNhbHRzYWx0c2FsdA"
_DIGEST = "A" * 43
for _label, _hash in {
    "plain-code": "7KQ2-M9XD-4T0B",
    "plain-code-compact": "7KQ2M9XD4T0B",
    "empty": "",
    "prefix-only": "$argon2id$",
    "plain-code-as-digest": f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}$7KQ2M9XD4T0B",
    "invalid-base64": f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}${'!' * 43}",
    "padded-base64": f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}${_DIGEST}=",
    "short-salt": f"$argon2id$v=19$m=65536,t=3,p=4$c2FsdA${_DIGEST}",
    "short-digest": f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}$aGFzaA",
    "weak-memory": f"$argon2id$v=19$m=8,t=3,p=4${_SALT}${_DIGEST}",
    "weak-time": f"$argon2id$v=19$m=65536,t=1,p=4${_SALT}${_DIGEST}",
    "zero-lanes": f"$argon2id$v=19$m=65536,t=3,p=0${_SALT}${_DIGEST}",
    "huge-memory": f"$argon2id$v=19$m=4194304,t=3,p=4${_SALT}${_DIGEST}",
    "huge-time": f"$argon2id$v=19$m=65536,t=1000,p=4${_SALT}${_DIGEST}",
    "full-width-cost": f"$argon2id$v=19$m=６５５３６,t=3,p=4${_SALT}${_DIGEST}",
    "version-16": f"$argon2id$v=16$m=65536,t=3,p=4${_SALT}${_DIGEST}",
    "no-version": f"$argon2id$m=65536,t=3,p=4${_SALT}${_DIGEST}",
    "argon2i": f"$argon2i$v=19$m=65536,t=3,p=4${_SALT}${_DIGEST}",
    "argon2d": f"$argon2d$v=19$m=65536,t=3,p=4${_SALT}${_DIGEST}",
    "bcrypt": "$2b$12$" + "a" * 53,
    "extra-part": f"$argon2id$v=19$m=65536,t=3,p=4${_SALT}${_DIGEST}$x",
    "overlong": "$argon2id$v=19$m=65536,t=3,p=4$" + "A" * 600,
}.items():
    registration(f"code-hash-{_label}", "code_hash", code_hash=_hash)
registration("code-hash-number", "code_hash", code_hash=12345)

# --- structure and types ----------------------------------------------------------------------------
for _path in (
    "id",
    "centre",
    "clerk",
    "registered_at",
    "expires_at",
    "person",
    "document",
    "email",
    "language",
    "code_hash",
    "person__national_number",
    "person__surname",
    "person__birth_date",
    "person__nationality",
    "document__kind",
    "document__number",
    "clerk__name",
    "clerk__staff_number",
):
    registration(f"missing-{_path.replace('__', '.')}", _path.replace("__", "."), **{_path: DELETE})
registration("unknown-field", "admin", admin=True)
registration("unknown-person-field", "person.address", person__address="Botermarkt 1")
registration("unknown-document-field", "document.photo", document__photo="...")
registration("id-integer", "id", id=12345)
registration("id-not-uuid", "id", id="registration-1")
registration("person-array", "person", person=[])
registration("clerk-string", "clerk", clerk="An Clerk")
registration("document-null", "document", document=None)
registration("card-type-negative", "document.card_type", document__card_type=-1)
registration("card-type-256", "document.card_type", document__card_type=256)
registration("card-type-fraction", "document.card_type", document__card_type=1.5)
registration("card-type-huge", "document.card_type", document__card_type=10**40)
registration("card-type-word", "document.card_type", document__card_type="one")
registration("sex-unknown-letter", "person.sex", person__sex="Y")
registration("sex-lower-case", "person.sex", person__sex="m")
registration("language-spanish", "language", language="es")
registration("language-upper-case", "language", language="NL")
registration("kind-driving-licence", "document.kind", document__kind="driving_licence")
registration("surname-201", "person.surname", person__surname="A" * 201)
registration("given-names-201", "person.given_names", person__given_names="A" * 201)
registration("staff-number-65", "clerk.staff_number", clerk__staff_number="G" * 65)
registration("nationality-65", "person.nationality", person__nationality="B" * 65)
registration("document-number-65", "document.number", document__number="1" * 65)
registration("surname-empty", "person.surname", person__surname="")
registration("surname-number", "person.surname", person__surname=42)
registration("national-number-ten-digits", "person.national_number", person__national_number="8507300332")
registration("national-number-checksum", "person.national_number", person__national_number="85073003329")
registration("national-number-dotted", "person.national_number", person__national_number="85.07.30-033.28")
registration("national-number-integer", "person.national_number", person__national_number=85073003328)
registration("national-number-padded", "person.national_number", person__national_number=" 85073003328")
for _label, _date in {
    "month-13": "1950-13-01",
    "february-30": "1950-02-30",
    "day-without-month": "1950-??-01",
    "two-digit-year": "50-01-01",
    "slashes": "01/01/1950",
    "month-zero": "1950-00-??",
    "trailing-newline": "1950-01-01\n",
}.items():
    registration(f"birth-date-{_label}", "person.birth_date", person__birth_date=_date)
for _label, _email in {
    "no-at": "citizen.example.org",
    "two-ats": "citizen@home@example.org",
    "display-name": "Citizen <citizen@example.org>",
    "two-addresses": "a@example.org, b@example.org",
    "empty": "",
    "header-injection": "citizen@example.org\r\nBcc: x@example.org",
}.items():
    registration(f"email-{_label}", "email", email=_email)
registration("registered-at-naive", "registered_at", registered_at="2026-01-01T00:00:00")
registration("registered-at-future", "registered_at", registered_at="2999-01-01T00:00:00Z")
registration("registered-at-not-a-time", "registered_at", registered_at="yesterday")
registration("expires-at-before", "expires_at", expires_at="2000-01-01T00:00:00Z")
registration("expires-at-year-10000", "expires_at", expires_at="10000-01-01T00:00:00Z")
registration("valid-until-not-a-date", "document.valid_until", document__valid_until="2032-02-30")
_self = str(uuid.uuid4())
registration("replaces-itself", "replaces", id=_self, replaces=_self)
registration("replaces-not-uuid", "replaces", replaces="the old one")

# --- bodies that are not a registration at all --------------------------------------------------------
refused("body-not-json", None, content=b"{not json")
refused("body-not-utf8", None, content=b'{"id": "\xff\xfe"}')
refused("body-array", None, content=b"[]")
refused("body-null", None, content=b"null")
refused("body-string", None, content=b'"registration"')
refused("body-empty", None, content=b"")
refused("body-deeply-nested", None, content=b"[" * 100_000 + b"]" * 100_000)
refused(
    "body-nan",
    "document.card_type",
    content=json.dumps(_body()).replace('"card_type": 1', '"card_type": NaN').encode(),
)
refused(
    "body-duplicate-keys-bad-last",
    "language",
    content=json.dumps(_body())[:-1].encode() + b', "language": "xx"}',
)

# --- the Idempotency-Key header ---------------------------------------------------------------------
refused("key-missing", "Idempotency-Key", "idempotency_key_required", 400, body=_body(), key=None)
refused("key-empty", "Idempotency-Key", "invalid_idempotency_key", 400, body=_body(), key="")
refused("key-256", "Idempotency-Key", "invalid_idempotency_key", 400, body=_body(), key="k" * 256)
refused("key-c1-control", "Idempotency-Key", "invalid_idempotency_key", 400, body=_body(), key="key\x85one")

refused("key-tab", "Idempotency-Key", "invalid_idempotency_key", 400, body=_body(), key="key\tone")
refused(
    "key-no-break-space-only", "Idempotency-Key", "invalid_idempotency_key", 400, body=_body(), key="\xa0"
)

# --- the batch envelope -----------------------------------------------------------------------------
_BATCH = "/v1/registrations:batch"
refused("batch-no-items", "items", path=_BATCH, body={"items": []}, key=None)
refused("batch-items-missing", "items", path=_BATCH, body={}, key=None)
refused("batch-items-object", "items", path=_BATCH, body={"items": {}}, key=None)
refused(
    "batch-501-items",
    "items",
    path=_BATCH,
    body={"items": [{"idempotency_key": str(i), "registration": {}} for i in range(501)]},
    key=None,
)
refused("batch-item-string", "items[0]", path=_BATCH, body={"items": ["x"]}, key=None)
refused(
    "batch-item-no-key",
    "items[0].idempotency_key",
    path=_BATCH,
    body={"items": [{"registration": {}}]},
    key=None,
)
refused(
    "batch-item-registration-array",
    "items[0].registration",
    path=_BATCH,
    body={"items": [{"idempotency_key": "a", "registration": []}]},
    key=None,
)
refused(
    "batch-item-unknown-field",
    "items[0].extra",
    path=_BATCH,
    body={"items": [{"idempotency_key": "a", "registration": {}, "extra": 1}]},
    key=None,
)

# --- the bulk status query --------------------------------------------------------------------------
_STATUS = "/v1/registrations:status"
refused("status-no-ids", "ids", path=_STATUS, body={"ids": []}, key=None)
refused(
    "status-501-ids", "ids", path=_STATUS, body={"ids": [str(uuid.uuid4()) for _ in range(501)]}, key=None
)
refused("status-id-not-uuid", "ids[0]", path=_STATUS, body={"ids": ["x"]}, key=None)
refused(
    "status-id-full-width",
    "ids[0]",
    path=_STATUS,
    body={"ids": [str(uuid.uuid4()).translate(_FULL_WIDTH)]},
    key=None,
)
refused("status-id-nul", "ids[0]", path=_STATUS, body={"ids": ["\x00"]}, key=None)
refused("status-ids-string", "ids", path=_STATUS, body={"ids": str(uuid.uuid4())}, key=None)
refused(
    "status-unknown-field", "centre", path=_STATUS, body={"ids": [str(uuid.uuid4())], "centre": "x"}, key=None
)

# --- ids in the path ---------------------------------------------------------------------------------
for _label, _id in {
    "not-uuid": "registration-1",
    "full-width": str(uuid.uuid4()).translate(_FULL_WIDTH),
    "percent-nul": "%00",
    "sql": "1'%20OR%20'1'='1",
    "overlong": "a" * 2000,
}.items():
    refused(f"get-{_label}", None, "not_found", 404, method="GET", path=f"/v1/registrations/{_id}", key=None)
    refused(f"revoke-{_label}", None, "not_found", 404, path=f"/v1/registrations/{_id}/revoke", key=None)

# --- enrolment ----------------------------------------------------------------------------------------
_ENROL = "/v1/enrolments"
for _label in ("nul", "escape", "rlo", "line-feed", "c1-csi", "lone-surrogate", "bom"):
    refused(
        f"enrol-workstation-{_label}",
        "workstation",
        path=_ENROL,
        body={"code": "ABCD-EFGH", "workstation": f"desk{BAD_CHARACTERS[_label]}7"},
        key=None,
    )
    refused(
        f"enrol-code-{_label}",
        "code",
        path=_ENROL,
        body={"code": f"ABCD{BAD_CHARACTERS[_label]}EFGH", "workstation": "desk-7"},
        key=None,
    )
refused(
    "enrol-workstation-empty", "workstation", path=_ENROL, body={"code": "x", "workstation": ""}, key=None
)
refused(
    "enrol-workstation-256",
    "workstation",
    path=_ENROL,
    body={"code": "x", "workstation": "d" * 256},
    key=None,
)
refused("enrol-code-65", "code", path=_ENROL, body={"code": "x" * 65, "workstation": "d"}, key=None)
refused(
    "enrol-unknown-code",
    None,
    "invalid_enrolment_code",
    401,
    path=_ENROL,
    body={"code": "NOPE", "workstation": "d"},
    key=None,
)

# --- accepted on purpose ------------------------------------------------------------------------------
accepted(
    "given-names-empty", "people without given names exist; the field may be empty", person__given_names=""
)
accepted(
    "surname-persian-with-zwnj",
    "ZWNJ is part of Persian spelling inside a word, and the name has visible letters",
    person__surname="نی\u200cلوفر",
)
accepted(
    "surname-combining-accents",
    "decomposed accents (e + U+0308) are ordinary text from some keyboards",
    person__surname="Zoe\u0308",
)
accepted(
    "surname-apostrophe-hyphen", "names carry apostrophes and hyphens", person__surname="D'Hondt-Van Acker"
)
accepted("surname-200", "200 characters is the documented maximum", person__surname="A" * 200)
accepted("birth-date-unknown", "unknown parts are written ????/??", person__birth_date="????-??-??")
accepted("sex-null", "passports may leave the sex open", person__sex=None)
accepted(
    "replaces-unknown-id",
    "a re-issue may arrive before the registration it replaces",
    replaces=str(uuid.uuid4()),
)
accepted(
    "surname-arabic-script",
    "letters of any script are fine; only digits in number fields must be ASCII",
    person__surname="العربي",
)


def _ids() -> list[str]:
    ids = [case.case_id for case in CASES]
    duplicates = {case_id for case_id in ids if ids.count(case_id) > 1}
    assert not duplicates, duplicates
    return ids


def test_the_suite_has_at_least_150_distinct_bad_requests() -> None:
    bad = [case for case in CASES if case.status >= 400]
    assert len(bad) >= 150
    assert len({_request_bytes(case) + case.path.encode() + repr(case.key).encode() for case in bad}) == len(
        bad
    )


def _request_bytes(case: Hostile) -> bytes:
    if case.content is not None:
        return case.content
    return b"" if case.body is None else json.dumps(case.body, ensure_ascii=True).encode()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hostile_service(
    request: pytest.FixtureRequest, migrated_templates: Templates, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[LiveCentral, str]]:
    """One service per database for the whole module, with an enrolled workstation's token. The suite sends
    dozens of bad enrolments from one address: the enrolment rate limit (tests/central/test_limits.py) is
    raised so each case meets the input check it is about, not the limit."""
    limits = {"enrolments_per_address": 100_000}
    folder = tmp_path_factory.mktemp(f"hostile-{request.param}")
    if request.param == "sqlite":
        shutil.copyfile(migrated_templates.sqlite_file, folder / "central.db")
        with start_central(sqlite_url(folder), folder / "mailbox", limits=limits) as live:
            yield live, live.enrol("stadskantoor")
        return
    server = request.getfixturevalue("postgres_server")
    with (
        fresh_database(server, template=migrated_templates.postgres_database) as url,
        start_central(url, folder / "mailbox", limits=limits) as live,
    ):
        yield live, live.enrol("stadskantoor")


@pytest.mark.parametrize("case", CASES, ids=_ids())
def test_hostile_request_gets_a_clean_answer(hostile_service: tuple[LiveCentral, str], case: Hostile) -> None:
    central, token = hostile_service
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json", **case.headers}
    if case.key is not None:
        headers["Idempotency-Key"] = str(uuid.uuid4()) if case.key == "fresh" else case.key
    content = _request_bytes(case) if case.method == "POST" else None
    with httpx.Client(base_url=central.url, timeout=30) as client:
        response = client.request(
            case.method,
            case.path,
            content=content,
            headers={k: v.encode("latin-1") for k, v in headers.items()},
        )
    assert response.status_code == case.status, response.text[:300]
    if case.status >= 400:
        body = response.json()
        assert set(body) == {"error", "detail", "field"}
        assert body["error"] == case.error
        assert body["field"] == case.blamed, body["detail"]
    else:
        assert case.why_accepted
        assert response.json()["status"] == "accepted"
