"""The installed bundle runs on its own: its self-test, its card commands against the suite's pcscd, and
its key store, from a folder it cannot write to (every run checks that it wrote nothing there)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bundle.contents import CONSOLE_PROGRAM, GUI_PROGRAM
from clerk_app.cardreader.simulated.card import ATRS, Applet
from clerk_app.cardreader.simulated.training_cards import build_card
from clerk_app.config import HOME_ENV
from clerk_app.version import app_version
from tests.support.frozen_app import Installed
from tests.support.pcsc_stack import VirtualReader

#: A backend that keeps secrets in a plain file, under a name no refusal list knows; keyring is told to use
#: it through its own configuration file, which may also add any folder to the import path.
FILE_BACKEND = """
import os
from keyring.backend import KeyringBackend

class CounterFileStore(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        with open(os.environ["LEAK_FILE"], "a") as leak:
            leak.write(service + "\\n")

    def delete_password(self, service, username):
        pass
"""


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    return {HOME_ENV: str(tmp_path / "home")}


def test_the_self_test_passes(installed_bundle: Installed, home: dict[str, str]) -> None:
    result = installed_bundle.run(GUI_PROGRAM, "--self-test", env=home)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert lines[-1] == "self-test: passed"
    steps = [line for line in lines if line.startswith("self-test: ") and line != lines[-1]]
    assert len(steps) == 8 and all(": ok (" in line for line in steps), steps
    assert "find the bundled resources and plugins: ok" in steps[0]
    assert "start the training central service: ok" in steps[-1]
    assert not re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", result.stdout + result.stderr), "a code"


@pytest.mark.realstack
def test_card_commands_go_through_pcscd(
    installed_bundle: Installed, vpcd_reader: VirtualReader, home: dict[str, str]
) -> None:
    vpcd_reader.insert(build_card("adult", applet=Applet.V1_7))
    for program in (GUI_PROGRAM, CONSOLE_PROGRAM):
        listed = installed_bundle.run(program, "card", "readers", "--json", env=home)
        assert listed.returncode == 0, listed.stderr[-3000:]
        rows = {row["reader"]: row for row in json.loads(listed.stdout)["readers"]}
        assert rows[vpcd_reader.name]["atr"] == ATRS[Applet.V1_7].hex().upper(), program
    training = installed_bundle.run(
        CONSOLE_PROGRAM, "--training", "card", "read", "--json", "--reader", vpcd_reader.name, env=home
    )
    assert training.returncode == 0, training.stderr[-3000:]
    report = json.loads(training.stdout)
    assert (report["applet_version"], report["authenticity"]["verdict"]) == ("1.7", "authentic")
    assert report["identity"]["national_number"].startswith("**.**.**-***.")
    # The training keys the bundle carries make cards that production does not trust. Production's store
    # loads the shipped Belgium roots first (a missing file would stop the command), and a card under an
    # issuer it does not carry has its own root read, then refused.
    production = installed_bundle.run(
        CONSOLE_PROGRAM, "card", "read", "--json", "--reader", vpcd_reader.name, env=home
    )
    assert production.returncode == 0, production.stderr[-3000:]
    authenticity = json.loads(production.stdout)["authenticity"]
    assert (authenticity["verdict"], authenticity["reason"]) == ("not_authentic", "root_not_trusted")


def test_both_programs_print_the_version_of_the_distribution(
    installed_bundle: Installed, home: dict[str, str]
) -> None:
    for program in (GUI_PROGRAM, CONSOLE_PROGRAM):
        result = installed_bundle.run(program, "--version", env=home)
        assert result.returncode == 0, result.stderr[-3000:]
        assert result.stdout == f"clerk-app {app_version()}\n", program


@pytest.mark.parametrize("configuration", ["plaintext by name", "file store by keyringrc.cfg", "no D-Bus"])
def test_no_key_ever_goes_outside_the_os_key_store(
    installed_bundle: Installed, home: dict[str, str], tmp_path: Path, configuration: str
) -> None:
    leak = tmp_path / "leaked"
    env = {**home, "LEAK_FILE": str(leak)}
    if configuration == "plaintext by name":
        env["PYTHON_KEYRING_BACKEND"] = refused = "keyrings.alt.file.PlaintextKeyring"
    elif configuration == "file store by keyringrc.cfg":
        plugins = tmp_path / "plugins"
        plugins.mkdir()
        (plugins / "counter_file_store.py").write_text(FILE_BACKEND, encoding="utf-8")
        config = tmp_path / "config"
        (config / "python_keyring").mkdir(parents=True)
        refused = "counter_file_store.CounterFileStore"
        (config / "python_keyring" / "keyringrc.cfg").write_text(
            f"[backend]\ndefault-keyring = {refused}\nkeyring-path = {plugins}\n", encoding="utf-8"
        )
        env["XDG_CONFIG_HOME"] = str(config)
    else:
        env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={tmp_path / 'no-bus'}"
        refused = "keyring.backends.fail.Keyring"
    result = installed_bundle.run(CONSOLE_PROGRAM, "--training", "sync", "status", env=env)
    assert result.returncode == 2, result.stdout + result.stderr[-3000:]
    assert "No secure key store" in result.stdout and f"({refused})" in result.stdout
    assert not leak.exists()
    assert not list((tmp_path / "home").rglob("*.db")), "a store was made without its key in a key store"
