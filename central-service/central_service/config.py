"""The central service's settings: a TOML file and/or ``CENTRAL_SERVICE_*`` environment variables.

Every setting has a default that runs a development service on this computer: SQLite in the data
folder, listening on 127.0.0.1:8080, and mail delivered to the development mailbox (a local SMTP
server whose messages ``central-service mail list`` shows) until an SMTP host is configured.

An environment variable overrides the file: ``CENTRAL_SERVICE_<KEY>`` for a top-level key and
``CENTRAL_SERVICE_<TABLE>_<KEY>`` for a key in a table, e.g. ``CENTRAL_SERVICE_DATABASE_URL`` or
``CENTRAL_SERVICE_SMTP_PASSWORD``. ``CENTRAL_SERVICE_CONFIG`` names the file. Unknown keys and
unknown ``CENTRAL_SERVICE_*`` variables are refused, so a typo never passes silently.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from central_service.errors import ServiceConfigError

ENV_PREFIX = "CENTRAL_SERVICE_"
CONFIG_ENV = ENV_PREFIX + "CONFIG"
#: Registrations are e-mailed links valid for 14 days and workstations may be offline for days:
#: replays must still be recognised long after, so idempotency keys are kept at least this long.
MIN_KEY_RETENTION_DAYS = 30


def _empty_is_none(value: object) -> object:
    """An empty path (``ca_file = ""``) means "not set", not the current folder."""
    return None if value == "" else value


#: A path that may be unset; an empty one (``ca_file = ""``) means unset too.
_OptionalPath = Annotated[Path | None, BeforeValidator(_empty_is_none)]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SmtpSettings(_Table):
    """Where activation e-mails go. An empty ``host`` means: the development mailbox."""

    host: str = ""
    port: int = Field(default=25, ge=1, le=65535)
    tls: Literal["none", "starttls", "tls"] = "none"
    username: str = ""
    password: SecretStr = SecretStr("")
    sender: str = "Stad Gent <no-reply@localhost>"
    ca_file: _OptionalPath = None
    timeout_seconds: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _credentials_need_tls(self) -> SmtpSettings:
        if self.username and self.tls == "none" and not is_loopback_host(self.host):
            raise ValueError("refusing to send SMTP credentials without TLS (set tls to starttls or tls)")
        return self


class RetrySettings(_Table):
    """How an outbox retries: exponential backoff with jitter, capped, never giving up."""

    retry_initial_seconds: float = Field(default=5.0, gt=0)
    retry_max_seconds: float = Field(default=600.0, gt=0)
    poll_seconds: float = Field(default=5.0, gt=0)
    batch_size: int = Field(default=20, ge=1, le=1000)


class MailSettings(RetrySettings):
    """How the mail outbox retries."""


class SmsSettings(RetrySettings):
    """Where security codes by SMS go: the development outbox (a folder) or an HTTP gateway.

    The gateway gets ``POST url`` with ``{"to": "+32470123456", "text": "...", "sender": "..."}`` and
    ``Authorization: Bearer <token>``; set the token through ``CENTRAL_SERVICE_SMS_TOKEN``.
    """

    gateway: Literal["outbox", "http"] = "outbox"
    outbox_folder: _OptionalPath = None
    url: str = ""
    token: SecretStr = SecretStr("")
    sender: str = "Stad Gent"
    connect_timeout_seconds: float = Field(default=5.0, gt=0)
    read_timeout_seconds: float = Field(default=10.0, gt=0)

    @model_validator(mode="after")
    def _gateway_needs_url(self) -> SmsSettings:
        if self.gateway == "http":
            parts = urlsplit(self.url)
            if parts.scheme not in {"http", "https"} or not parts.hostname:
                raise ValueError("the http gateway needs url = an http(s) URL")
            if parts.scheme == "http" and not is_loopback_host(parts.hostname):
                raise ValueError("refusing to send codes to an SMS gateway without TLS")
        return self


class SigninSettings(_Table):
    """Limits of the citizen's sign-in (NIST SP 800-63B §5.2.2: at most 100 consecutive failures)."""

    max_failures: int = Field(default=20, ge=1, le=100)
    delay_after: int = Field(default=3, ge=1)
    delay_initial_seconds: float = Field(default=1.0, ge=0)
    delay_max_seconds: float = Field(default=900.0, ge=0)
    session_idle_minutes: int = Field(default=15, ge=1, le=24 * 60)
    #: Guesses (activation codes, passwords, key codes) one client address may make per window, over all
    #: registrations and accounts: the per-account and per-registration limits cannot see a spray.
    address_guesses: int = Field(default=60, ge=1)
    address_window_seconds: float = Field(default=600.0, gt=0)


class LimitSettings(_Table):
    """Request size and rate limits of the API, enforced before a body is parsed (``guard``).

    The rates are budgets per window refilling evenly (GCRA, ``ratelimit``), kept in the database so
    several service processes share them. A batch of 500 registrations is about 700 KB.
    """

    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    #: The citizen's pages post small forms.
    max_form_bytes: int = Field(default=64 * 1024, ge=1024)
    #: Enrolment attempts (right or wrong codes) per client address: codes are guessed here.
    enrolments_per_address: int = Field(default=10, ge=1)
    enrolment_window_seconds: float = Field(default=600.0, gt=0)
    #: API requests per enrolled workstation: a relay draining a backlog sends batches, far below this.
    requests_per_token: int = Field(default=6000, ge=1)
    token_window_seconds: float = Field(default=60.0, gt=0)


class RetentionSettings(_Table):
    """How long the centre keeps the personal data of a registration that ended unused (``retention``)."""

    #: Days after a registration expired unused, was revoked or locked before its person's data is blanked:
    #: long enough for a citizen's question or a counter's late status check to be answered.
    purge_after_days: int = Field(default=30, ge=1)


class PasswordSettings(_Table):
    """Argon2id parameters of new password hashes; stored hashes are re-hashed at sign-in when these change.

    Default: RFC 9106's second recommended option (64 MiB, 3 passes), as the counter's activation codes.
    """

    time_cost: int = Field(default=3, ge=1, le=20)
    memory_kib: int = Field(default=64 * 1024, ge=8 * 1024, le=4 * 1024 * 1024)
    parallelism: int = Field(default=4, ge=1, le=16)


class Centre(_Table):
    """A service centre the expired-link page sends the citizen to."""

    name: str = Field(min_length=1, max_length=120)
    address: str = Field(default="", max_length=200)
    appointment: bool = False


#: Ghent's centres where a citizen can register for digital keys.
GHENT_CENTRES = (
    Centre(name="Stadskantoor (Afhaalbalie Burgerzaken)"),
    Centre(name="Dienstencentrum Sint-Amandsberg"),
    Centre(name="Dienstencentrum Gentbrugge"),
)


class MailboxSettings(_Table):
    """The development mailbox: an SMTP server on loopback storing messages in a Maildir folder."""

    folder: _OptionalPath = None
    host: str = "127.0.0.1"
    port: int = Field(default=0, ge=0, le=65535)

    @field_validator("host")
    @classmethod
    def _loopback_only(cls, value: str) -> str:
        if not is_loopback_host(value):
            raise ValueError("the development mailbox listens on loopback only")
        return value


class ServiceSettings(_Table):
    data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("central-service", appauthor=False))
    )
    database_url: str = ""
    listen: str = "127.0.0.1:8080"
    link_base_url: str = ""
    idempotency_retention_days: int = Field(default=MIN_KEY_RETENTION_DAYS, ge=MIN_KEY_RETENTION_DAYS)
    #: A workstation may register for any centre, not only the one it enrolled for. Only the training
    #: service inside the counter app sets this: trainees sign in at every centre from one workstation.
    any_centre: bool = False
    access_log: bool = True
    #: ``json``: every log line on stderr is one JSON object (``logformat``), for a log collector.
    log_format: Literal["text", "json"] = "text"
    #: A production service: activation links need ``link_base_url`` in https, mail needs a real SMTP
    #: host, and ``/docs`` (Swagger UI, which loads its scripts from a public CDN) is switched off.
    production: bool = False
    #: 32 random bytes in base64 that encrypt the TOTP secrets and key the one-time code hashes;
    #: empty: a key file ``secrets.key`` made in ``data_dir`` (every process must see the same key).
    secrets_key: SecretStr = SecretStr("")
    centres: tuple[Centre, ...] = GHENT_CENTRES
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    mail: MailSettings = Field(default_factory=MailSettings)
    mailbox: MailboxSettings = Field(default_factory=MailboxSettings)
    sms: SmsSettings = Field(default_factory=SmsSettings)
    signin: SigninSettings = Field(default_factory=SigninSettings)
    passwords: PasswordSettings = Field(default_factory=PasswordSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)

    @field_validator("listen")
    @classmethod
    def _host_and_port(cls, value: str) -> str:
        split_listen(value)
        return value

    @field_validator("secrets_key")
    @classmethod
    def _key_of_32_bytes(cls, value: SecretStr) -> SecretStr:
        if value.get_secret_value() and decode_secrets_key(value.get_secret_value()) is None:
            raise ValueError("must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`)")
        return value

    @field_validator("link_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if value and (urlsplit(value).scheme not in {"http", "https"} or not urlsplit(value).hostname):
            raise ValueError("must be an http(s) URL")
        return value

    @model_validator(mode="after")
    def _production_needs_real_addresses(self) -> ServiceSettings:
        if self.production:
            if urlsplit(self.link_base_url).scheme != "https":
                raise ValueError(
                    "production needs link_base_url = the https address citizens open the links at"
                )
            if not self.smtp.host:
                raise ValueError("production needs smtp.host (the development mailbox keeps mail local)")
        return self

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'central.db'}"

    @property
    def mailbox_folder(self) -> Path:
        return self.mailbox.folder or self.data_dir / "mailbox"

    @property
    def uses_dev_mailbox(self) -> bool:
        return not self.smtp.host

    @property
    def sms_outbox_folder(self) -> Path:
        return self.sms.outbox_folder or self.data_dir / "sms-outbox"

    @property
    def behind_https(self) -> bool:
        """The citizen reaches the service over https: cookies are ``Secure`` and HSTS is sent."""
        return urlsplit(self.link_base_url).scheme == "https"

    def link_base(self, bound_url: str) -> str:
        """The activation links' base: the configured one, else the service's own address."""
        return (self.link_base_url or bound_url).rstrip("/")


def decode_secrets_key(text: str) -> bytes | None:
    """The 32 bytes of a base64 (standard or URL-safe) secrets key, or None when it is not one."""
    try:
        raw = base64.b64decode(text.strip().replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def split_listen(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:8080`` for IPv6) → (host, port); port 0 picks a free port."""
    host, sep, port_text = value.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if (
        not sep
        or not host
        or not (port_text.isascii() and port_text.isdigit())
        or not 0 <= int(port_text) <= 65535
    ):
        raise ValueError("must be HOST:PORT, e.g. 127.0.0.1:8080")
    return host, int(port_text)


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_settings(
    config_file: Path | None = None, environ: Mapping[str, str] | None = None
) -> ServiceSettings:
    """Read the TOML file (``config_file`` or ``$CENTRAL_SERVICE_CONFIG``), then the environment over it."""
    env = os.environ if environ is None else environ
    if config_file is None and env.get(CONFIG_ENV):
        config_file = Path(env[CONFIG_ENV])
    raw: dict[str, Any] = {}
    if config_file is not None:
        try:
            raw = tomllib.loads(config_file.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ServiceConfigError(f"configuration file {config_file} does not exist") from exc
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ServiceConfigError(f"configuration file {config_file} is not readable TOML: {exc}") from exc
    _overlay_environment(raw, env)
    return settings_from_mapping(raw)


def settings_from_mapping(raw: Mapping[str, Any]) -> ServiceSettings:
    try:
        return ServiceSettings.model_validate(raw)
    except ValidationError as exc:
        # Name the setting and the rule, never the value: it may be a password.
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
        )
        raise ServiceConfigError(f"invalid configuration: {problems}") from None


def _overlay_environment(raw: dict[str, Any], env: Mapping[str, str]) -> None:
    known: dict[str, tuple[str, ...]] = {CONFIG_ENV: ()}
    for name, field in ServiceSettings.model_fields.items():
        table = field.annotation
        if isinstance(table, type) and issubclass(table, _Table):
            for key in table.model_fields:
                known[f"{ENV_PREFIX}{name}_{key}".upper()] = (name, key)
        else:
            known[f"{ENV_PREFIX}{name}".upper()] = (name,)
    for variable, value in env.items():
        if not variable.startswith(ENV_PREFIX):
            continue
        path = known.get(variable)
        if path is None:
            raise ServiceConfigError(f"unknown environment variable {variable}")
        if not path:
            continue
        target = raw
        for part in path[:-1]:
            target = target.setdefault(part, {})
            if not isinstance(target, dict):
                raise ServiceConfigError(f"{part} must be a table")
        target[path[-1]] = value
