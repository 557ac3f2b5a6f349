"""Finding registrations: names regardless of case and accents, national numbers as typed, days, status."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest

from clerk_app.domain.dates import PartialDate
from clerk_app.domain.identity import Sex
from clerk_app.domain.registration import RegistrationStatus
from clerk_app.storage import Store
from clerk_app.storage.database import KEY_ENTRY
from tests.support.store_builders import CLERK, NOW, national_number, request, with_identity
from tests.support.store_checks import profile_settings, real_secret_store

PEOPLE = {
    "segolene": ("Van den Broeck", "Ségolène Marie"),
    "dhondt": ("D'Hondt", "Pieter-Jan"),
    "celik": ("Çelik", "Zoë"),
    "janssens": ("Janssens", "Jan"),
    "jansen": ("Jansen", "Anaïs"),
}


@pytest.fixture(scope="module")
def people_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store with :data:`PEOPLE` for all the name searches (registering costs an Argon2id hash)."""
    secret_store = real_secret_store(f"clerk-app-test/{uuid.uuid4()}")
    settings = profile_settings(tmp_path_factory.mktemp("people"))
    with Store.open(settings, secret_store) as store:
        yield store
    secret_store.delete(KEY_ENTRY)


@pytest.fixture(scope="module")
def people(people_store: Store) -> dict[str, uuid.UUID]:
    ids = {}
    for index, (key, (surname, given)) in enumerate(PEOPLE.items()):
        issued = people_store.registrations.register(
            with_identity(index, surname=surname, given_names=given), NOW
        )
        ids[key] = issued.registration.id
    return ids


def _day(moment: dt.datetime) -> dt.date:
    """The counter's calendar day of ``moment``: the store counts days in the computer's time zone."""
    return moment.astimezone().date()


def _ids(results: list) -> set[uuid.UUID]:  # type: ignore[type-arg]
    return {registration.id for registration in results}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jans", {"janssens", "jansen"}),
        ("JANSSENS", {"janssens"}),
        ("segolene", {"segolene"}),
        ("SÉGOLÈNE", {"segolene"}),
        ("broeck", {"segolene"}),
        ("van den", {"segolene"}),
        ("vandenbroeck", {"segolene"}),
        ("marie van", {"segolene"}),
        ("dhondt", {"dhondt"}),
        ("d'hondt", {"dhondt"}),
        ("hondt pieter", {"dhondt"}),
        ("pieterjan", {"dhondt"}),
        ("celik", {"celik"}),
        ("zoe", {"celik"}),
        ("jan", {"janssens", "jansen", "dhondt"}),
        ("anais jansen", {"jansen"}),
        ("janssens anais", set()),
        ("xyz", set()),
        ("---", set()),
    ],
    ids=[  # descriptions, not the names searched for, so test output holds no names
        "prefix of two surnames",
        "upper case",
        "accents left out",
        "accents typed in capitals",
        "last word of a surname",
        "first words of a surname",
        "surname without spaces",
        "given name and surname word",
        "without apostrophe",
        "with apostrophe",
        "two words of one person",
        "hyphenated name without hyphen",
        "cedilla left out",
        "diaeresis left out",
        "short prefix of several names",
        "given name then surname",
        "words of two people",
        "no match",
        "punctuation only",
    ],
)
def test_name_search_ignores_case_and_accents(
    people_store: Store, people: dict[str, uuid.UUID], text: str, expected: set[str]
) -> None:
    assert _ids(people_store.registrations.search(text=text)) == {people[key] for key in expected}


def test_national_number_search_takes_it_with_or_without_punctuation(store: Store) -> None:
    birth = dt.date(1985, 7, 30)
    number = national_number(birth, 33)
    wanted = store.registrations.register(
        with_identity(1, birth_date=PartialDate.from_date(birth), national_number=number, sex=Sex.MALE), NOW
    )
    store.registrations.register(request(2), NOW)
    formatted = f"{number[0:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:11]}"
    for typed in (number, formatted, f" {number[:6]} {number[6:]} "):
        assert _ids(store.registrations.search(national_number=typed)) == {wanted.registration.id}
    assert _ids(store.registrations.search(national_number=number[:-1])) == set()
    assert _ids(store.registrations.search(national_number="..--")) == set()


def test_filters_combine_and_results_are_newest_first(store: Store) -> None:
    days = [NOW - dt.timedelta(days=offset) for offset in (3, 2, 1, 0)]
    made = [
        store.registrations.register(with_identity(index, surname="Peeters"), day)
        for index, day in enumerate(days)
    ]
    ids = [issued.registration.id for issued in made]
    reissued = store.registrations.reissue(ids[1], CLERK, days[2] + dt.timedelta(minutes=1)).registration.id

    assert [r.id for r in store.registrations.search(text="peeters")] == [
        ids[3],
        reissued,
        ids[2],
        ids[1],
        ids[0],
    ]
    in_range = store.registrations.search(text="peeters", day_from=_day(days[1]), day_to=_day(days[2]))
    assert _ids(in_range) == {ids[1], ids[2], reissued}
    assert _ids(store.registrations.search(status=RegistrationStatus.REVOKED)) == {ids[1]}
    assert _ids(
        store.registrations.search(text="peeters", status=RegistrationStatus.ISSUED, day_to=_day(days[1]))
    ) == {ids[0]}
    assert _ids(store.registrations.search(day_from=_day(days[3]))) == {ids[3]}
    assert [r.id for r in store.registrations.search(text="peeters", limit=2, offset=1)] == [reissued, ids[2]]
