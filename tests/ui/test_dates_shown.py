"""Every date the clerk reads is DD/MM/YYYY, as typed in the form's fields: in the identity, in reasons
("vervallen op …") and on the confirmation screen, in every UI language (the registrations list already
was: tests/ui/registrations)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

import pytest

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.documents import DocumentKind
from clerk_app.storage import Store
from clerk_app.ui.composition import UiServices
from clerk_app.ui.dates import shown_params
from clerk_app.ui.shell import Shell
from tests.support.registration_flow import TODAY, CounterStore
from tests.support.ui_citizens import make_citizen
from tests.support.valid_registrations import valid_identity

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
EXPIRED_ON = TODAY - dt.timedelta(days=3)


@pytest.fixture
def store(real_store: Store) -> CounterStore:
    return CounterStore(real_store)


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
def test_a_reason_names_its_date_as_the_fields_do(
    make_shell: Callable[..., Shell],
    ui: UiServices,
    store: CounterStore,
    language: str,
    size: tuple[int, int],
) -> None:
    shell = make_shell(registrar=store, today=lambda: TODAY)
    shell.view.resize(*size)
    ui.translations.switch(language)
    step = shell.register_step
    assert step is not None
    identity = dataclasses.replace(
        valid_identity(DocumentKind.FOREIGN_PASSPORT),
        document_valid_until=EXPIRED_ON,
        birth_date=PartialDate(1975, None, None),
    )
    step.start(identity)
    listed = step.view.eligibility_list.text()
    assert f"{EXPIRED_ON:%d/%m/%Y}" in listed
    assert not ISO_DATE.search(listed)
    assert step.view.identity_values["document_valid_until"].text() == f"{EXPIRED_ON:%d/%m/%Y}"
    assert step.view.identity_values["birth_date"].text() == "??/??/1975"


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_confirmation_uses_the_same_format(
    make_shell: Callable[..., Shell], ui: UiServices, language: str
) -> None:
    shell = make_shell()
    ui.translations.switch(language)
    citizen = make_citizen(shell.session.centre.id)
    shell.show_confirmation(citizen.registration, citizen.code)
    assert shell.confirmation.view.expiry_label.text().startswith("16/03/2026 ")


def test_only_dates_in_a_reasons_parameters_change() -> None:
    assert shown_params({"date": "2026-12-01", "birth_date": "1975-??-??", "age": "11", "n": "2026"}) == {
        "date": "01/12/2026",
        "birth_date": "??/??/1975",
        "age": "11",
        "n": "2026",
    }
