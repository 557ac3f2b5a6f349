"""Every text the domain shows the clerk is found by pyside6-lupdate, in the context the UI looks it up in."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from clerk_app.domain import eligibility, manual_fields, mrz
from clerk_app.domain.documents import CARD_TYPES, DOCUMENT_KIND_NAMES
from tests.support.invalid_registrations import CASES, reasons_for

DOMAIN = Path(__file__).resolve().parents[2] / "clerk_app" / "domain"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source text) pairs lupdate extracts from clerk_app/domain."""
    if not LUPDATE.exists():
        pytest.fail(
            f"pyside6-lupdate is missing at {LUPDATE}: run scripts/setup (PySide6-Essentials ships it)"
        )
    ts_file = tmp_path_factory.mktemp("lupdate") / "domain.ts"
    sources = sorted(str(path) for path in DOMAIN.glob("*.py"))
    result = subprocess.run(
        [str(LUPDATE), *sources, "-ts", str(ts_file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    pairs: set[tuple[str, str]] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            pairs.add((name, message.findtext("source", "")))
    return pairs


def test_every_reason_message_is_extracted(extracted: set[tuple[str, str]]) -> None:
    reasons = [reason for _case_id, build, _code in CASES for reason in reasons_for(build())]
    missing = sorted({reason.code for reason in reasons if (reason.context, reason.message) not in extracted})
    assert missing == []


def test_guidance_and_mrz_messages_are_extracted(extracted: set[tuple[str, str]]) -> None:
    assert ("eligibility", eligibility.CONTACT_FORM_GUIDANCE) in extracted
    missing = [problem.value for problem, text in mrz.MESSAGES.items() if ("mrz", text) not in extracted]
    assert missing == []
    assert set(mrz.MESSAGES) == set(mrz.MrzProblem)


def test_form_labels_hints_and_choices_are_extracted(extracted: set[tuple[str, str]]) -> None:
    texts = set()
    for specs in manual_fields.FIELDS.values():
        for spec in specs:
            texts.add(("manual", spec.label))
            if spec.hint:
                texts.add(("manual", spec.hint))
            texts.update((spec.choice_context, label) for _value, label in spec.choices)
    missing = sorted(text for text in texts if text not in extracted)
    assert missing == []


def test_document_names_are_extracted(extracted: set[tuple[str, str]]) -> None:
    names = {*DOCUMENT_KIND_NAMES.values(), *(card.name for card in CARD_TYPES.values())}
    missing = sorted(name for name in names if ("documents", name) not in extracted)
    assert missing == []
