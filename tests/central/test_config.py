"""Service settings from TOML and the environment: defaults, overrides, and refusals that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from central_service.config import ServiceSettings, load_settings
from central_service.errors import ServiceConfigError


def test_defaults_run_a_development_service_on_this_computer(tmp_path: Path) -> None:
    settings = load_settings(environ={"CENTRAL_SERVICE_DATA_DIR": str(tmp_path)})
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'central.db'}"
    assert settings.listen == "127.0.0.1:8080"
    assert settings.uses_dev_mailbox
    assert settings.mailbox_folder == tmp_path / "mailbox"
    assert settings.idempotency_retention_days == 30
    assert settings.link_base("http://127.0.0.1:8080") == "http://127.0.0.1:8080"


def test_file_then_environment(tmp_path: Path) -> None:
    config = tmp_path / "central.toml"
    config.write_text(
        'database_url = "postgresql+psycopg://svc@db/central"\n'
        'link_base_url = "https://activeer.stad.gent/"\n'
        "[smtp]\n"
        'host = "smtp.stad.gent"\nport = 587\ntls = "starttls"\nusername = "relay"\n',
        encoding="utf-8",
    )
    settings = load_settings(
        environ={
            "CENTRAL_SERVICE_CONFIG": str(config),
            "CENTRAL_SERVICE_SMTP_PASSWORD": "s3cret",
            "CENTRAL_SERVICE_SMTP_PORT": "2525",
            "CENTRAL_SERVICE_LISTEN": "0.0.0.0:9000",
        }
    )
    assert settings.effective_database_url == "postgresql+psycopg://svc@db/central"
    assert (settings.smtp.host, settings.smtp.port, settings.smtp.tls) == ("smtp.stad.gent", 2525, "starttls")
    assert settings.smtp.password.get_secret_value() == "s3cret"
    assert "s3cret" not in repr(settings)
    assert settings.listen == "0.0.0.0:9000"
    assert settings.link_base("http://ignored") == "https://activeer.stad.gent"
    assert not settings.uses_dev_mailbox


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({"CENTRAL_SERVICE_DATABSE_URL": "sqlite:///x"}, "CENTRAL_SERVICE_DATABSE_URL"),
        ({"CENTRAL_SERVICE_SMTP_PORT": "70000"}, "smtp.port"),
        ({"CENTRAL_SERVICE_SMTP_TLS": "ssl"}, "smtp.tls"),
        ({"CENTRAL_SERVICE_LISTEN": "8080"}, "listen"),
        ({"CENTRAL_SERVICE_LINK_BASE_URL": "ftp://x"}, "link_base_url"),
        ({"CENTRAL_SERVICE_IDEMPOTENCY_RETENTION_DAYS": "7"}, "idempotency_retention_days"),
        ({"CENTRAL_SERVICE_MAILBOX_HOST": "0.0.0.0"}, "mailbox.host"),
        ({"CENTRAL_SERVICE_CONFIG": "/nonexistent/central.toml"}, "does not exist"),
    ],
)
def test_bad_settings_are_refused_naming_the_setting(environ: dict[str, str], named: str) -> None:
    with pytest.raises(ServiceConfigError, match=named.replace(".", r"\.")):
        load_settings(environ=environ)


def test_credentials_are_never_sent_in_the_clear_and_never_echoed() -> None:
    environ = {
        "CENTRAL_SERVICE_SMTP_HOST": "smtp.stad.gent",
        "CENTRAL_SERVICE_SMTP_USERNAME": "relay",
        "CENTRAL_SERVICE_SMTP_PASSWORD": "do-not-print-me",
    }
    with pytest.raises(ServiceConfigError, match="without TLS") as refused:
        load_settings(environ=environ)
    assert "do-not-print-me" not in str(refused.value)


def test_unknown_keys_in_the_file_are_refused(tmp_path: Path) -> None:
    config = tmp_path / "central.toml"
    config.write_text("[smtp]\nhots = 'typo'\n", encoding="utf-8")
    with pytest.raises(ServiceConfigError, match=r"smtp\.hots"):
        load_settings(config, environ={})


def test_unreadable_toml_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "central.toml"
    config.write_text("listen = \n", encoding="utf-8")
    with pytest.raises(ServiceConfigError, match="not readable TOML"):
        load_settings(config, environ={})


def test_ipv6_listen_address() -> None:
    assert ServiceSettings(listen="[::1]:8080").listen == "[::1]:8080"


def test_empty_paths_mean_not_set(tmp_path: Path) -> None:
    settings = load_settings(
        environ={
            "CENTRAL_SERVICE_DATA_DIR": str(tmp_path),
            "CENTRAL_SERVICE_SMTP_CA_FILE": "",
            "CENTRAL_SERVICE_MAILBOX_FOLDER": "",
        }
    )
    assert settings.smtp.ca_file is None
    assert settings.mailbox_folder == tmp_path / "mailbox"
