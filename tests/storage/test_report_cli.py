"""``clerk-app --training report counts`` as a team leader runs it: a real process, store and keyring.

The CSV is read back the way Excel with Dutch settings reads it (UTF-8 with its byte order mark, ``;``,
ISO dates) and compared with the store's own counts; the PDF's text is extracted with poppler's
``pdftotext``.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clerk_app.config import APP_NAME, HOME_ENV, Settings
from clerk_app.domain.delivery import Accepted, Rejected
from clerk_app.domain.registration import Clerk, RegistrationStatus
from clerk_app.storage import DayCount, Store
from tests.support.store_builders import CLERK, request
from tests.support.store_checks import profile_settings, real_secret_store

TRAINING_SERVICE = f"{APP_NAME}/training"  # the CLI's own entry; never deleted (other tests use it)
OTHER = Clerk(name="Bert Balie", staff_number="G54321")
S = RegistrationStatus
DUTCH_HEADERS = [
    "Dag",
    "Dienstencentrum",
    "Medewerker",
    "Personeelsnummer",
    "Nieuwe registraties",
    "Opnieuw uitgereikt",
    "Nog niet verstuurd",
    "Aanvaard",
    "Geactiveerd",
    "Verlopen",
    "Geweigerd",
    "Ingetrokken",
]


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clerk_app", "--training", *args],
        capture_output=True,
        text=True,
        env={**os.environ, HOME_ENV: str(home)},
        timeout=120,
        check=False,
    )


def _counts(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return _cli(home, "report", "counts", *args)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def days() -> tuple[dt.date, dt.date]:
    today = dt.datetime.now().astimezone().date()
    return today - dt.timedelta(days=1), today


@pytest.fixture
def training(home: Path) -> Settings:
    """Yesterday one still waiting; today an accepted, a rejected, a re-issue, and one at Gentbrugge."""
    settings = profile_settings(home)
    now = dt.datetime.now(dt.UTC)
    with Store.open(settings, real_secret_store(TRAINING_SERVICE)) as store:
        store.registrations.register(request(1), now - dt.timedelta(days=1))
        accepted = store.registrations.register(request(2), now).registration
        rejected = store.registrations.register(request(3, clerk=OTHER), now).registration
        lost = store.registrations.register(request(4, clerk=OTHER), now).registration
        store.registrations.reissue(lost.id, OTHER, now)
        store.registrations.register(request(5, centre_id="gentbrugge"), now)
        outbox = {item.registration.id: item.id for item in store.outbox.due(now)}
        store.outbox.record(
            [Accepted(outbox[accepted.id], S.ACCEPTED), Rejected(outbox[rejected.id], "centre_mismatch")], now
        )
    return settings


def _store_counts(
    settings: Settings, days: tuple[dt.date, dt.date], centre: str | None = None
) -> list[DayCount]:
    with Store.open(settings, real_secret_store(TRAINING_SERVICE)) as store:
        return store.reports.counts(*days, centre_id=centre)


def _personal_data() -> list[str]:
    values = []
    for index in range(1, 6):
        identity = request(index).identity
        values += [identity.surname, identity.given_names, identity.national_number, request(index).email]
    return values


def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte order mark: Excel would read the file as ANSI"
    assert b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    return rows[0], rows[1:]


def _expected_rows(settings: Settings, counts: list[DayCount]) -> list[list[str]]:
    names = {centre.id: centre.name for centre in settings.centres}
    order = (S.ISSUED, S.ACCEPTED, S.ACTIVATED, S.EXPIRED, S.REJECTED, S.REVOKED)
    return [
        [
            row.day.isoformat(),
            names[row.centre_id],
            row.clerk.name,
            row.clerk.staff_number,
            str(row.registrations - row.reissues),
            str(row.reissues),
            *(str(row.statuses[status]) for status in order),
        ]
        for row in counts
    ]


def _period(days: tuple[dt.date, dt.date]) -> list[str]:
    return ["--from", days[0].isoformat(), "--to", days[1].isoformat()]


def test_csv_for_excel_with_dutch_settings_matches_the_store(
    home: Path, training: Settings, days: tuple[dt.date, dt.date], tmp_path: Path
) -> None:
    output = tmp_path / "telling.csv"
    result = _counts(home, *_period(days), "--output", str(output))
    assert result.returncode == 0, result.stdout + result.stderr
    header, rows = _read_csv(output)
    assert header == DUTCH_HEADERS
    counts = _store_counts(training, days)
    assert rows == _expected_rows(training, counts)
    # What the fixture made, so the comparison above is not between two empty lists.
    assert [(row[0], row[3], row[4:]) for row in rows] == [
        (days[0].isoformat(), CLERK.staff_number, ["1", "0", "1", "0", "0", "0", "0", "0"]),
        (days[1].isoformat(), CLERK.staff_number, ["1", "0", "1", "0", "0", "0", "0", "0"]),
        (days[1].isoformat(), CLERK.staff_number, ["1", "0", "0", "1", "0", "0", "0", "0"]),
        (days[1].isoformat(), OTHER.staff_number, ["2", "1", "1", "0", "0", "0", "1", "1"]),
    ]
    assert rows[1][1] == "Dienstencentrum Gentbrugge"
    assert "Wrote 4 row(s), 6 registration(s)" in result.stdout
    written = output.read_text(encoding="utf-8-sig") + result.stdout + result.stderr
    assert not [value for value in _personal_data() if value in written], "personal data in the report"


def test_one_centre_in_french(
    home: Path, training: Settings, days: tuple[dt.date, dt.date], tmp_path: Path
) -> None:
    output = tmp_path / "comptage.csv"
    result = _cli(
        home,
        "--lang",
        "fr",
        "report",
        "counts",
        *_period(days),
        "--centre",
        "gentbrugge",
        "--output",
        str(output),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    header, rows = _read_csv(output)
    assert header[:6] == [
        "Jour",
        "Centre de services",
        "Agent",
        "Matricule",
        "Nouveaux enregistrements",
        "Réémissions",
    ]
    assert rows == _expected_rows(training, _store_counts(training, days, "gentbrugge"))
    assert len(rows) == 1


def test_pdf_text_holds_the_counts_and_no_citizen_data(
    home: Path, training: Settings, days: tuple[dt.date, dt.date], tmp_path: Path
) -> None:
    output = tmp_path / "telling.pdf"
    result = _counts(
        home,
        *_period(days),
        "--format",
        "pdf",
        "--output",
        str(output),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(
        ["pdftotext", "-layout", str(output), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "TRAINING / OEFENING" in text
    assert "Registraties per dag, dienstencentrum en medewerker" in text
    assert f"Periode: {days[0].isoformat()} tot {days[1].isoformat()}" in text
    assert "Alle dienstencentra" in text
    for word in ("Dag", "Personeelsnummer", "Aanvaard", "Geweigerd", "Ingetrokken"):
        assert word in text
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # A row's cells side by side on one line, in the order of the header.
    assert [line for line in lines if line.startswith(days[1].isoformat()) and "G54321" in line] == [
        f"{days[1].isoformat()} Stadskantoor (Afhaalbalie Burgerzaken) Bert Balie G54321 2 1 1 0 0 0 1 1"
    ]
    assert "Totaal 5 1 3 1 0 0 1 1" in lines
    assert not [value for value in _personal_data() if value in text], "personal data in the PDF"


def test_refusals_say_why(
    home: Path, training: Settings, days: tuple[dt.date, dt.date], tmp_path: Path
) -> None:
    period = (*_period(days), "--output", str(tmp_path / "x.csv"))
    unknown = _counts(home, *period, "--centre", "atlantis")
    assert unknown.returncode == 2
    assert "Unknown service centre 'atlantis'" in unknown.stdout
    backwards = _counts(home, "--from", days[1].isoformat(), "--to", days[0].isoformat())
    assert backwards.returncode == 2
    not_a_day = _counts(home, "--from", "1/3/2026", "--to", days[0].isoformat())
    assert not_a_day.returncode == 2
    assert "not a date as YYYY-MM-DD" in not_a_day.stderr
    assert not (tmp_path / "x.csv").exists()


def test_without_a_store_there_is_nothing_to_count(tmp_path: Path) -> None:
    result = _counts(tmp_path / "empty-home", "--from", "2026-03-01", "--to", "2026-03-31")
    assert result.returncode == 1
    assert "nothing to count" in result.stdout
