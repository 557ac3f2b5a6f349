"""Benchmark of the local store: register latency against a floor, search over 100,000, bytes on disk.

    .venv/bin/python bench/register.py [--registrations 200] [--fill 100000] [--queries 200]

What it measures, all in one run on this machine's disk (a temporary folder under bench/results/):

* register latency p50/p99: ``store.registrations.register`` end to end (eligibility, Argon2id hash,
  one encrypted transaction with fsync: registration, name words, outbox row, audit entry), against a
  floor measured in the same run, interleaved: the same Argon2id hash plus one plain SQLite insert and
  commit with the same durability (WAL, ``synchronous=FULL``). Target: at most 1.3 × the floor.
* search p95 by name and by national number over 100,000 registrations through
  ``store.registrations.search`` (50 results a page). Target: under 50 ms. The 100,000 are bulk-inserted
  through the store's own models and row builders (``records``, ``search.token_rows``,
  ``outbox.new_outbox_row``, ``audit.make_entry``) with ONE precomputed Argon2id hash, because hashing
  each would take hours; then ``integrity.verify()`` checks the filled store like any other.
* database bytes per 1,000 registrations, after the fill and a checkpoint.

It starts what it needs: a private D-Bus session with a throwaway unlocked gnome-keyring for the
database key, so your own keyring is never touched. Names are synthetic. Ends with one line per figure:
``figure: NAME value=V unit=U target=T``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchkit import against_floor, figure, in_private_keyring_session, percentile  # noqa: E402

from activation_code import generate_code, hash_code  # noqa: E402
from clerk_app.config import Profile, Settings, paths_for  # noqa: E402
from clerk_app.domain.dates import PartialDate  # noqa: E402
from clerk_app.domain.documents import DocumentKind  # noqa: E402
from clerk_app.domain.identity import IdentityRecord, Sex  # noqa: E402
from clerk_app.domain.registration import Clerk, Language  # noqa: E402
from clerk_app.secrets import SecretStore  # noqa: E402
from clerk_app.storage import Store  # noqa: E402
from clerk_app.storage.audit import AuditAction, AuditRow, make_entry  # noqa: E402
from clerk_app.storage.database import KEY_ENTRY, make_engine  # noqa: E402
from clerk_app.storage.outbox import new_outbox_row  # noqa: E402
from clerk_app.storage.records import new_registration_row  # noqa: E402
from clerk_app.storage.search import token_rows  # noqa: E402
from tests.support.store_builders import NOW, national_number, request  # noqa: E402

RESULTS = ROOT / "bench" / "results"
FLOOR_FACTOR = 1.3
SEARCH_TARGET_MS = 50.0

_PREFIXES = ("", "", "", "", "Van ", "De ", "Van de ", "Vanden", "Ver", "D'", "Le ", "El ")
_STEMS = (
    "Jans", "Peet", "Maes", "Wout", "Claes", "Goos", "Smet", "Hondt", "Broeck", "Bergh", "Straet", "Mert",
    "Wyn", "Laer", "Meul", "Hoeck", "Kerck", "Bosch", "Veld", "Poel", "Acker", "Damm", "Heyd", "Rijck",
    "Baert", "Copp", "Dierick", "Everaert", "Geer", "Haes", "Cél", "Öztürk", "Nguyễn", "Amran", "Kowal",
    "Dupon", "Lemaît", "Ødeg", "Martín", "Schr",
)  # fmt: skip
_SUFFIXES = ("", "s", "ens", "e", "man", "aert", "ier", "ijn", "ooghe", "ski")
_GIVEN = (
    "Nora", "Angèle", "Ségolène", "Jan", "Mohamed", "Fatma", "Élodie", "Lars", "Zoë", "Sven", "Chloé",
    "Anaïs", "Bjørn", "Wout", "Yasmine", "Pieter", "Maëlle", "Jürgen", "Inès", "Kobe", "Lotte", "Emma",
    "Louis", "Olivia", "Arthur", "Marie", "Noah", "Ayoub", "Lina", "Jules", "Mila", "Victor", "Hanne",
    "Ibrahim", "Sara", "Thibault", "Amélie", "Omar", "Fien", "Rune", "Çağla", "Łukasz", "Dương",
)  # fmt: skip
_CLERKS = tuple(Clerk(name=f"Clerk {n}", staff_number=f"G{10000 + n}") for n in range(12))
_CENTRES = ("stadskantoor", "sint-amandsberg", "gentbrugge", "other")


def synthetic_person(index: int) -> IdentityRecord:
    """A made-up person, the same for the same ``index``; about 4,800 distinct surnames."""
    rng = random.Random(index)
    surname = rng.choice(_PREFIXES) + rng.choice(_STEMS) + rng.choice(_SUFFIXES)
    given = " ".join(rng.sample(_GIVEN, rng.choice((1, 1, 2, 2, 3))))
    birth = dt.date(rng.randint(1930, 2012), rng.randint(1, 12), rng.randint(1, 28))
    sex = rng.choice((Sex.MALE, Sex.FEMALE))
    serial = rng.randrange(1 if sex is Sex.MALE else 2, 998, 2)
    return IdentityRecord(
        document_kind=DocumentKind.ELECTRONIC_CARD,
        surname=surname,
        given_names=given,
        birth_date=PartialDate.from_date(birth),
        sex=sex,
        nationality="BELG",
        national_number=national_number(birth, serial),
        document_number=f"{590000000000 + index:012d}",
        document_valid_until=dt.date(2031, 6, 30),
        document_valid_from=dt.date(2021, 7, 1),
        card_type_code=1,
        issuing_authority="Gent",
    )


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


class Floor:
    """The same Argon2id hash plus one plain SQLite insert and commit, WAL and ``synchronous=FULL``."""

    def __init__(self, folder: Path) -> None:
        self.connection = sqlite3.connect(folder / "floor.db", isolation_level=None)
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = FULL")
        self.connection.execute("CREATE TABLE registrations (id TEXT PRIMARY KEY, body TEXT NOT NULL)")
        self.body = json.dumps({"person": request(0).identity.surname, "padding": "x" * 900})

    def register(self) -> None:
        code_hash = hash_code(generate_code())
        self.connection.execute("BEGIN")
        self.connection.execute(
            "INSERT INTO registrations (id, body) VALUES (?, ?)", (str(uuid.uuid4()), self.body + code_hash)
        )
        self.connection.execute("COMMIT")


def measure_register(store: Store, floor: Floor, count: int) -> tuple[list[float], list[float]]:
    for index in range(3):  # warm-up: imports, caches, first pages
        store.registrations.register(request(100_000 + index), NOW)
        floor.register()
    ours, floors = [], []
    for index in range(count):
        ours.append(
            timed(lambda i=index: store.registrations.register(request(i), NOW + dt.timedelta(seconds=i)))
        )
        floors.append(timed(floor.register))
    return ours, floors


def fill(database: Path, key: bytes, total: int, first_index: int) -> float:
    """Bulk-insert ``total`` registrations with the store's row builders; returns seconds taken."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    code_hash = hash_code(generate_code())
    engine = make_engine(database, key)
    start = time.perf_counter()
    try:
        with Session(engine) as session:
            last = session.execute(
                select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)
            ).first()
            previous = None if last is None else (last.seq, last.hash)
            for chunk in range(first_index, first_index + total, 5000):
                registrations, others = [], []
                for index in range(chunk, min(chunk + 5000, first_index + total)):
                    created = NOW - dt.timedelta(seconds=index * 300)  # one every 5 minutes, about a year
                    clerk = _CLERKS[index % len(_CLERKS)]
                    row = new_registration_row(
                        registration_id=uuid.uuid4(),
                        identity=synthetic_person(index),
                        email=f"burger{index}@example.org",
                        language=Language.NL,
                        centre_id=_CENTRES[index % len(_CENTRES)],
                        clerk=clerk,
                        code_hash=code_hash,
                        created_at=created,
                        local_day=created.astimezone().date(),
                        replaces=None,
                    )
                    outbox = new_outbox_row(row, uuid.uuid4())
                    entry = make_entry(
                        previous,
                        at=created,
                        action=AuditAction.ISSUED,
                        registration_id=uuid.UUID(row.id),
                        actor=clerk.staff_number,
                        detail={"centre": row.centre_id, "outbox": outbox.id, "replaces": None},
                    )
                    previous = (entry.seq, entry.hash)
                    registrations.append(row)
                    others += [*token_rows(row), outbox, entry]
                session.add_all(registrations)
                session.flush()
                session.add_all(others)
                session.commit()
    finally:
        engine.dispose()
    return time.perf_counter() - start


def measure_search(store: Store, filled: range, count: int) -> tuple[list[float], list[float]]:
    rng = random.Random(20261124)
    people = [synthetic_person(rng.choice(filled)) for _ in range(count + 20)]
    by_name, by_number = [], []
    for position, person in enumerate(people):
        words = person.surname.split()
        style = position % 4
        if style == 0:
            text = person.surname
        elif style == 1:
            text = words[-1][:4]  # the first letters of the last surname word
        elif style == 2:
            text = f"{person.given_names.split()[0]} {words[-1]}"
        else:
            text = person.surname.upper()
        number = person.national_number
        typed = (
            number if position % 2 else f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"
        )
        name_ms = timed(lambda t=text: store.registrations.search(text=t))
        number_ms = timed(lambda n=typed: store.registrations.search(national_number=n))
        if position >= 20:  # the first 20 warm the cache
            by_name.append(name_ms)
            by_number.append(number_ms)
    return by_name, by_number


def run(args: argparse.Namespace) -> int:
    RESULTS.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="register-", dir=RESULTS))
    settings = Settings(profile=Profile.TRAINING, paths=paths_for(Profile.TRAINING, home=folder / "home"))
    secrets = SecretStore(f"clerk-app-bench/{uuid.uuid4()}")
    try:
        store = Store.open(settings, secrets)
        floor = Floor(folder)
        print(f"register: {args.registrations} registrations, interleaved with the floor ...", flush=True)
        ours, floors = measure_register(store, floor, args.registrations)
        floor.connection.close()
        registered = args.registrations + 3
        to_fill = max(0, args.fill - registered)
        print(f"fill: {to_fill} registrations through the store's models ...", flush=True)
        key = bytes.fromhex(secrets.get(KEY_ENTRY) or "")
        seconds = fill(settings.paths.database, key, to_fill, first_index=1_000_000)
        print(f"fill: {seconds:.1f} s ({to_fill / max(seconds, 1e-9):.0f} registrations/s)", flush=True)
        start = time.perf_counter()
        report = store.integrity.verify()
        took = time.perf_counter() - start
        print(f"verify: {report.registrations} registrations, ok={report.ok}, {took:.1f} s")
        if not report.ok:
            print("verify found problems in the filled store:", *report.problems, sep="\n  ")
            return 1
        print(f"search: {args.queries} by name and {args.queries} by national number ...", flush=True)
        by_name, by_number = measure_search(store, range(1_000_000, 1_000_000 + to_fill), args.queries)
        store.close()  # checkpoints the WAL into the file
        size = settings.paths.database.stat().st_size
        per_thousand = size / (report.registrations / 1000)

        print(f"register mean {statistics.mean(ours):.1f} ms, floor mean {statistics.mean(floors):.1f} ms")
        lines = [
            *against_floor("register", ours, floors, FLOOR_FACTOR),
            figure("search_name_p95", percentile(by_name, 0.95), "ms", f"<{SEARCH_TARGET_MS:.0f}"),
            figure(
                "search_national_number_p95", percentile(by_number, 0.95), "ms", f"<{SEARCH_TARGET_MS:.0f}"
            ),
            figure("db_bytes_per_1000_registrations", per_thousand, "bytes", "-"),
        ]
        print("\n".join(lines))
        return 0
    finally:
        secrets.delete(KEY_ENTRY)
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registrations", type=int, default=200, help="registrations timed (default 200)")
    parser.add_argument("--fill", type=int, default=100_000, help="registrations in the store when searching")
    parser.add_argument("--queries", type=int, default=200, help="searches timed of each kind (default 200)")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark's database folder")
    args = parser.parse_args()
    in_private_keyring_session()
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
