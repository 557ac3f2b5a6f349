"""The self-test runs in training, which never loads production's Belgium roots: it checks them itself, so a
bundle without them fails its self-test instead of its first real card."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from clerk_app.app import open_counter
from clerk_app.cardreader.trust import TrustStore
from clerk_app.ui.self_test import run_self_test


def test_the_self_test_names_missing_belgium_roots(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(cls: type[TrustStore]) -> TrustStore:
        raise FileNotFoundError("belgium-roots/belgiumrca6.der")

    monkeypatch.setattr(TrustStore, "production", classmethod(missing))
    lines: list[str] = []
    assert run_self_test("nl", open_counter, out=lines.append) == 1
    assert lines[0].startswith(
        "self-test: find the bundled resources and plugins: NOT OK (failed: the Belgium root certificates"
    )
    assert "belgiumrca6.der" in lines[0]
