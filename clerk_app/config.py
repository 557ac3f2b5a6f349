"""Typed settings with defaults, and where each profile keeps its files.

There are two profiles. ``production`` is the real counter; ``training`` uses simulated cards, its own
database, its own keyring entries and a loopback central service. The training profile never reads the
production settings file and refuses any non-loopback central service URL, so training cannot reach
production data by mistake.

Settings live in ``settings.toml`` in the profile's config folder (platformdirs); every key is optional.
``CLERK_APP_HOME`` moves every folder of every profile under one directory (tests, ``--self-test``).

``platformdirs``, ``tomllib`` and ``ipaddress`` are imported where they are used: this module is on the way
to the first window, and most starts need none of them (or only one).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import urlsplit

from clerk_app.errors import ConfigError
from clerk_app.translatable import QT_TRANSLATE_NOOP

APP_NAME = "clerk-app"
HOME_ENV = "CLERK_APP_HOME"


class Profile(StrEnum):
    PRODUCTION = "production"
    TRAINING = "training"


@dataclass(frozen=True)
class Paths:
    """Every folder and file a profile writes to."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def database(self) -> Path:
        return self.data_dir / "registrations.db"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def ensure(self) -> None:
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def paths_for(profile: Profile, home: Path | None = None) -> Paths:
    """The folders of ``profile``; ``home`` (or ``$CLERK_APP_HOME``) overrides the platform folders."""
    root = home if home is not None else _home_from_env()
    if root is not None:
        base = root / profile.value
        return Paths(config_dir=base / "config", data_dir=base / "data", log_dir=base / "logs")
    import platformdirs

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / profile.value,
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / profile.value,
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / profile.value,
    )


def _home_from_env() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value) if value else None


@dataclass(frozen=True)
class Centre:
    """A service centre where clerks register citizens."""

    id: str
    name: str
    walk_in: bool  # True: no appointment needed


DEFAULT_CENTRES: tuple[Centre, ...] = (
    Centre("stadskantoor", "Stadskantoor (Afhaalbalie Burgerzaken)", walk_in=True),
    Centre("sint-amandsberg", "Dienstencentrum Sint-Amandsberg", walk_in=True),
    Centre("gentbrugge", "Dienstencentrum Gentbrugge", walk_in=True),
    Centre("other", "Ander dienstencentrum (op afspraak)", walk_in=False),
)


@dataclass(frozen=True)
class CentralServiceSettings:
    """How to reach the central service. ``url`` None means: sync off."""

    url: str | None = None
    ca_bundle: Path | None = None
    client_cert: Path | None = None
    client_key: Path | None = None
    timeout_seconds: float = 10.0


@dataclass(frozen=True)
class Settings:
    profile: Profile
    paths: Paths
    centres: tuple[Centre, ...] = DEFAULT_CENTRES
    idle_clear_seconds: int = 120
    retention_days: int = 30
    ui_language: str = "nl"
    central: CentralServiceSettings = field(default_factory=CentralServiceSettings)

    @property
    def training(self) -> bool:
        return self.profile is Profile.TRAINING

    @property
    def keyring_service(self) -> str:
        """Keyring service name; one per profile so training never sees production secrets."""
        return f"{APP_NAME}/{self.profile.value}"


UI_LANGUAGES = ("nl", "fr", "en")


def load_settings(profile: Profile, home: Path | None = None) -> Settings:
    """Read the profile's ``settings.toml`` (if any) over the defaults and validate it."""
    paths = paths_for(profile, home)
    raw: dict[str, object] = {}
    if paths.settings_file.exists():
        import tomllib

        try:
            raw = tomllib.loads(paths.settings_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(
                type(exc).__name__,
                problem=QT_TRANSLATE_NOOP("errors", "{file} is not valid TOML"),
                file=paths.settings_file,
            ) from exc
    return settings_from_mapping(profile, paths, raw)


def settings_from_mapping(profile: Profile, paths: Paths, raw: dict[str, object]) -> Settings:
    """Validate a parsed settings mapping; unknown keys are an error so typos do not pass silently."""
    known = {"centres", "idle_clear_seconds", "retention_days", "ui_language", "central"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(
            problem=QT_TRANSLATE_NOOP("errors", "unknown setting(s) {settings}"), settings=", ".join(unknown)
        )
    centres = _centres(raw.get("centres"))
    idle = _positive_int(raw, "idle_clear_seconds", 120)
    retention = _positive_int(raw, "retention_days", 30)
    language = str(raw.get("ui_language", "nl"))
    if language not in UI_LANGUAGES:
        raise ConfigError(
            problem=QT_TRANSLATE_NOOP("errors", "{setting} must be one of {languages}"),
            setting="ui_language",
            languages=", ".join(UI_LANGUAGES),
        )
    central = _central(raw.get("central"))
    if profile is Profile.TRAINING and central.url is not None and not is_loopback_url(central.url):
        raise ConfigError(
            problem=QT_TRANSLATE_NOOP(
                "errors", "the training profile may only use a central service on this computer"
            )
        )
    return Settings(
        profile=profile,
        paths=paths,
        centres=centres,
        idle_clear_seconds=idle,
        retention_days=retention,
        ui_language=language,
        central=central,
    )


def is_loopback_url(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _positive_int(raw: dict[str, object], key: str, default: int) -> int:
    value = raw.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ConfigError(
            problem=QT_TRANSLATE_NOOP("errors", "{setting} must be a positive whole number"), setting=key
        )
    return value


def _centres(value: object) -> tuple[Centre, ...]:
    if value is None:
        return DEFAULT_CENTRES
    if not isinstance(value, list) or not value:
        raise ConfigError(
            problem=QT_TRANSLATE_NOOP("errors", "{setting} must be a non-empty list"), setting="centres"
        )
    centres = []
    for item in value:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("id"), str)
            or not isinstance(item.get("name"), str)
        ):
            raise ConfigError(
                problem=QT_TRANSLATE_NOOP("errors", "each centre needs an {id} and a {name}"),
                id="id",
                name="name",
            )
        centres.append(Centre(item["id"], item["name"], walk_in=bool(item.get("walk_in", False))))
    if len({c.id for c in centres}) != len(centres):
        raise ConfigError(problem=QT_TRANSLATE_NOOP("errors", "centre ids must be unique"))
    return tuple(centres)


def _central(value: object) -> CentralServiceSettings:
    if value is None:
        return CentralServiceSettings()
    if not isinstance(value, dict):
        raise ConfigError(
            problem=QT_TRANSLATE_NOOP("errors", "{setting} must be a table"), setting="[central]"
        )
    url = value.get("url")
    if url is not None:
        if not isinstance(url, str) or urlsplit(url).scheme not in {"https", "http"}:
            raise ConfigError(
                problem=QT_TRANSLATE_NOOP("errors", "{setting} must be an http(s) URL"), setting="central.url"
            )
        if urlsplit(url).scheme == "http" and not is_loopback_url(url):
            raise ConfigError(
                problem=QT_TRANSLATE_NOOP(
                    "errors", "{setting} must use https (plain http only on this computer)"
                ),
                setting="central.url",
            )

    def path(key: str) -> Path | None:
        item = value.get(key)
        return Path(str(item)).expanduser() if item else None

    timeout = value.get("timeout_seconds", 10.0)
    if not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigError(
            problem=QT_TRANSLATE_NOOP("errors", "{setting} must be positive"),
            setting="central.timeout_seconds",
        )
    cert, key = path("client_cert"), path("client_key")
    if (cert is None) != (key is None):
        raise ConfigError(
            problem=QT_TRANSLATE_NOOP("errors", "{setting} and {other} go together"),
            setting="central.client_cert",
            other="central.client_key",
        )
    return CentralServiceSettings(
        url=url, ca_bundle=path("ca_bundle"), client_cert=cert, client_key=key, timeout_seconds=float(timeout)
    )
