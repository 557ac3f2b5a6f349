"""``clerk-app card parse`` and ``card simulate --list``: the support output, masked unless asked."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from clerk_app.__main__ import main
from tests.support.private import assert_private_equal


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_APP_HOME", str(tmp_path / "home"))


def parse_args(folder: Path, files: dict[str, str]) -> list[str]:
    """``card parse`` with each option naming its file in ``folder``."""
    return [
        "card",
        "parse",
        *(part for option, name in files.items() for part in (option, str(folder / name))),
    ]


def alice_args(dumps: Path) -> list[str]:
    return parse_args(
        dumps / "alice",
        {
            "--identity": "Identity.tlv",
            "--identity-signature": "IdentitySignature.tlv",
            "--rrn-cert": "RRNCertificate.tlv",
            "--root-cert": "RootCertificate.tlv",
            "--photo": "Photo.tlv",
        },
    )


def nora_args(dumps: Path) -> list[str]:
    return parse_args(
        dumps / "nora-ec",
        {
            "--identity": "identity.tlv",
            "--identity-signature": "identity-signature.der",
            "--rrn-cert": "rrn-cert.der",
            "--photo": "photo.jpg",
        },
    )


def run_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("specimen", [alice_args, nora_args])
def test_parse_with_test_roots_is_authentic(
    card_dumps: Path, capsys: pytest.CaptureFixture[str], specimen: Callable[[Path], list[str]]
) -> None:
    report = run_json([*specimen(card_dumps), "--trust-test-roots"], capsys)
    assert report["source"] == "files"
    assert report["authenticity"] == {
        "verdict": "authentic",
        "reason": "verified",
        "message": "The chip data is signed by the National Register and the photo matches.",
        "root": "eID test Root CA" if specimen is alice_args else "eID TEST EC RRN",
    }


def test_parse_without_test_roots_is_not_authentic(
    card_dumps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = run_json(alice_args(card_dumps), capsys)
    authenticity = report["authenticity"]
    assert isinstance(authenticity, dict)
    assert (authenticity["verdict"], authenticity["reason"]) == ("not_authentic", "root_not_trusted")


def test_parse_json_fields_and_masking(card_dumps: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_json(alice_args(card_dumps), capsys)
    identity = report["identity"]
    assert isinstance(identity, dict)
    assert identity["national_number"] == "**.**.**-***.70"
    assert identity["birth_date"] == "1971-01-01"
    assert identity["card_type"] == {"code": 1, "name": "Belgian identity card (eID)", "known": True}
    assert identity["validity_end"] == "2014-07-23"
    assert identity["sex"] == "F"
    assert len(identity["photo_hash"]) == 40
    assert report["photo"] == {
        "bytes": 2629,
        "jpeg": True,
        "sha256": hashlib.sha256((card_dumps / "alice/Photo.tlv").read_bytes()).hexdigest(),
    }
    shown = run_json([*alice_args(card_dumps), "--show-pii"], capsys)["identity"]
    assert isinstance(shown, dict)
    assert_private_equal(shown["national_number"], "71715100070", "national number with --show-pii")


def test_text_output_never_shows_the_photo_or_the_national_number(
    card_dumps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(alice_args(card_dumps)) == 0
    out = capsys.readouterr().out
    photo = (card_dumps / "alice/Photo.tlv").read_bytes()
    assert "71715100070" not in out and "71.71.51" not in out
    assert photo[100:120].hex() not in out
    assert base64.b64encode(photo[:60]).decode()[:40] not in out
    assert "Authenticity:    not_authentic (root_not_trusted)" in out
    assert "National number: **.**.**-***.70" in out


def test_parse_only_the_identity_is_not_checkable(
    card_dumps: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = run_json(["card", "parse", "--identity", str(card_dumps / "alice/Identity.tlv")], capsys)
    authenticity = report["authenticity"]
    assert isinstance(authenticity, dict)
    assert (authenticity["verdict"], authenticity["reason"]) == ("not_checkable", "rrn_certificate_missing")


def test_parse_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = tmp_path / "identity.tlv"
    damaged.write_bytes(bytes.fromhex("01FF05414243"))
    assert main(["card", "parse", "--identity", str(damaged)]) == 1
    assert "Unreadable card data" in capsys.readouterr().err
    assert main(["card", "parse", "--identity", str(tmp_path / "missing.tlv")]) == 2


def test_simulate_lists_the_training_cards(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["card", "simulate", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("adult", "child-11", "not-eid", "pulled-after-7"):
        assert f"\n{name} " in f"\n{out}"
    assert main(["card", "simulate", "--card", "nobody"]) == 2
    assert "Unknown training card" in capsys.readouterr().err
