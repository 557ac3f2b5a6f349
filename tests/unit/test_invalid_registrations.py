"""The table of invalid registrations (tests/support/invalid_registrations.py): each gives its one reason."""

from __future__ import annotations

from collections import Counter

import pytest

from clerk_app.domain.eligibility import ReasonCode
from clerk_app.domain.manual_form import build_identity
from clerk_app.domain.manual_problems import ManualCode
from clerk_app.domain.registration import RegistrationRequest
from tests.support.invalid_registrations import CASES, Built, ManualEntry, reasons_for
from tests.support.valid_registrations import ALL_KINDS, TODAY, valid_request, valid_values


def _kind(built: Built) -> str:
    return built.kind.value if isinstance(built, ManualEntry) else built.identity.document_kind.value


@pytest.mark.parametrize(("case_id", "build", "expected"), CASES, ids=[case[0] for case in CASES])
def test_each_invalid_input_gives_exactly_its_reason(case_id: str, build: object, expected: str) -> None:
    built = build()  # type: ignore[operator]
    reasons = reasons_for(built)
    codes = [reason.code for reason in reasons]
    assert codes == [expected]  # codes only: no personal data in the output
    (reason,) = reasons
    assert reason.blocking
    assert reason.field, "a reason must point at a field"
    assert reason.render()  # every placeholder is filled
    if isinstance(built, ManualEntry):
        assert build_identity(built.kind, built.values, TODAY).identity is None


def test_the_table_is_large_and_ids_are_unique() -> None:
    ids = [case_id for case_id, _build, _expected in CASES]
    assert len(ids) >= 100
    duplicates = [case_id for case_id, count in Counter(ids).items() if count > 1]
    assert duplicates == []


def test_the_table_covers_every_reason_and_every_document_kind() -> None:
    expected = {code for _case_id, _build, code in CASES}
    assert set(ReasonCode) - expected == set()
    assert set(ManualCode) - expected == set()
    kinds = {_kind(build()) for _case_id, build, _code in CASES}
    assert kinds == {kind.value for kind in ALL_KINDS}


def test_both_halves_of_the_table_are_there() -> None:
    built = [build() for _case_id, build, _code in CASES]
    requests = sum(isinstance(item, RegistrationRequest) for item in built)
    forms = sum(isinstance(item, ManualEntry) for item in built)
    assert requests >= 50
    assert forms >= 50


@pytest.mark.parametrize("kind", ALL_KINDS, ids=[kind.value for kind in ALL_KINDS])
def test_the_bases_the_cases_break_are_valid(kind: object) -> None:
    """Otherwise a case could pass for the wrong reason."""
    assert reasons_for(valid_request(kind)) == ()  # type: ignore[arg-type]
    if kind is not ALL_KINDS[0]:
        assert reasons_for(ManualEntry(kind, valid_values(kind))) == ()  # type: ignore[arg-type]
