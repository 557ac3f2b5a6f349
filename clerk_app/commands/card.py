"""``clerk-app card …``: reader listing, reading, parsing dumped files, simulating a card (support staff).

The national number is masked unless ``--show-pii``; photo bytes are never printed, only their size and
digest. ``--json`` prints one JSON object whose fields the README documents ("Reading cards").
Exit status: 0 done (whatever the verdict), 1 a card or reader problem (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from clerk_app.app import card_readers, trust_store
from clerk_app.cardreader.apdu import TRAFFIC
from clerk_app.cardreader.authenticity import AuthenticityResult, SignedFiles, check_authenticity
from clerk_app.cardreader.beid import BeidSession, certificate_length
from clerk_app.cardreader.connection import ReaderBackend
from clerk_app.cardreader.identity_file import parse_identity
from clerk_app.cardreader.simulated.card import Applet
from clerk_app.cardreader.simulated.training_cards import CATALOGUE, PULLED_PREFIX, build_card
from clerk_app.cardreader.simulated.vpcd import VPCD_PORT, VpcdBridge
from clerk_app.config import Profile, Settings, load_settings
from clerk_app.domain.identity import CardIdentity
from clerk_app.errors import ClerkError, NoCard, NoReader

SIMULATE_REINSERT_SECONDS = 2.0


def register(sub: argparse._SubParsersAction[Any]) -> None:
    card = sub.add_parser("card", help="card reader tools for support staff")
    commands = card.add_subparsers(dest="card_command", metavar="CARD_COMMAND", required=True)

    readers = commands.add_parser("readers", help="list the card readers and the card in each")
    readers.add_argument("--json", action="store_true", help="print JSON")
    readers.set_defaults(handler=_readers)

    read = commands.add_parser("read", help="read and check the card in a reader")
    read.add_argument("--reader", help="reader name (default: the first reader holding a card)")
    _output_options(read)
    read.add_argument(
        "--traffic", action="store_true", help="log APDU headers and status words to stderr (no file data)"
    )
    read.set_defaults(handler=_read)

    parse = commands.add_parser("parse", help="parse and check files dumped from a card")
    parse.add_argument("--identity", type=Path, required=True, help="identity file (EF 4031)")
    parse.add_argument("--identity-signature", type=Path, help="identity signature (EF 4032)")
    parse.add_argument("--rrn-cert", type=Path, help="RRN certificate (EF 503C)")
    parse.add_argument("--root-cert", type=Path, help="root certificate (EF 503B)")
    parse.add_argument("--photo", type=Path, help="photo (EF 4035)")
    _output_options(parse)
    parse.set_defaults(handler=_parse)

    simulate = commands.add_parser(
        "simulate", help="put a training card into pcscd's virtual reader (vsmartcard-vpcd) until Ctrl+C"
    )
    names = ", ".join(entry.name for entry in CATALOGUE)
    simulate.add_argument("--card", help=f"training card: {names} ({PULLED_PREFIX}N for any N)")
    simulate.add_argument("--applet", choices=[a.value for a in Applet], default=Applet.V1_8.value)
    simulate.add_argument("--port", type=int, default=VPCD_PORT, help="vpcd port (35963: Virtual PCD 00 00)")
    simulate.add_argument("--list", action="store_true", help="list the training cards and exit")
    simulate.set_defaults(handler=_simulate)


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--show-pii", action="store_true", help="show the national number unmasked")
    parser.add_argument(
        "--trust-test-roots",
        action="store_true",
        help="also trust the public test cards' roots (support and tests only)",
    )


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(Profile.TRAINING if args.training else Profile.PRODUCTION)


def _fail(error: ClerkError) -> int:
    print(str(error), file=sys.stderr)
    return 1


# card readers ---------------------------------------------------------------------------------------


def _readers(args: argparse.Namespace) -> int:
    try:
        watcher = card_readers(_settings(args)).backend.open_watcher()
        try:
            snapshot = watcher.poll(0)
        finally:
            watcher.close()
    except ClerkError as error:
        return _fail(error)
    if args.json:
        rows = [
            {"reader": name, "card": atr is not None, "atr": atr.hex().upper() if atr else None}
            for name, atr in snapshot.items()
        ]
        print(json.dumps({"readers": rows}, indent=2))
        return 0
    if not snapshot:
        print("No card reader found. Plug in a CCID card reader (and check that pcscd runs).")
    for name, atr in snapshot.items():
        print(f"{name}: " + (f"card present (ATR {atr.hex(' ').upper()})" if atr is not None else "no card"))
    return 0


# card read ------------------------------------------------------------------------------------------


def _read(args: argparse.Namespace) -> int:
    if args.traffic:
        handler = logging.StreamHandler(sys.stderr)
        # A fixed word, not %(levelname)s: uvicorn names the same level 5 "TRACE" once a server starts.
        handler.setFormatter(logging.Formatter("TRAFFIC %(message)s"))
        traffic_log = logging.getLogger("clerk_app.cardreader.apdu")
        traffic_log.addHandler(handler)
        traffic_log.setLevel(TRAFFIC)
    try:
        settings = _settings(args)
        backend = card_readers(settings).backend
        reader = args.reader or _first_reader_with_card(backend)
        connection = backend.connect(reader)
        try:
            atr = connection.atr
            result = BeidSession(
                connection, trust_store(settings, trust_test_roots=args.trust_test_roots)
            ).read()
        finally:
            connection.close()
    except ClerkError as error:
        return _fail(error)
    report = {
        "source": "card",
        "reader": reader,
        "atr": atr.hex().upper(),
        "applet_version": result.applet_version,
        "apdu_count": result.apdu_count,
        "identity": identity_json(result.identity, show_pii=args.show_pii),
        "photo": photo_json(result.photo),
        "authenticity": authenticity_json(result.authenticity),
    }
    _print_report(report, args.json)
    return 0


def _first_reader_with_card(backend: ReaderBackend) -> str:
    watcher = backend.open_watcher()
    try:
        snapshot = watcher.poll(0)
    finally:
        watcher.close()
    if not snapshot:
        raise NoReader("no reader")
    for name, atr in snapshot.items():
        if atr is not None:
            return str(name)
    raise NoCard("no reader holds a card")


# card parse -----------------------------------------------------------------------------------------


def _parse(args: argparse.Namespace) -> int:
    def read(path: Path | None) -> bytes:
        return path.read_bytes() if path is not None else b""

    try:
        identity_file = args.identity.read_bytes()
        rrn = _trim_certificate(read(args.rrn_cert))
        root = _trim_certificate(read(args.root_cert))
        files = SignedFiles(identity_file, read(args.identity_signature), rrn, root, read(args.photo))
    except OSError as exc:
        print(f"Cannot read a file: {exc.strerror} ({exc.filename})", file=sys.stderr)
        return 2
    try:
        identity = parse_identity(files.identity)
        trust = trust_store(_settings(args), trust_test_roots=args.trust_test_roots)
    except ClerkError as error:
        return _fail(error)
    report = {
        "source": "files",
        "identity": identity_json(identity, show_pii=args.show_pii),
        "photo": photo_json(files.photo),
        "authenticity": authenticity_json(check_authenticity(files, identity.photo_hash, trust)),
    }
    _print_report(report, args.json)
    return 0


def _trim_certificate(data: bytes) -> bytes:
    """Certificate files dumped from a card carry zero padding behind the DER."""
    length = certificate_length(data) if data else None
    return data[:length] if length is not None else data


# card simulate --------------------------------------------------------------------------------------


def _simulate(args: argparse.Namespace) -> int:
    if args.list:
        for entry in CATALOGUE:
            print(f"{entry.name:20} {entry.description}")
        return 0
    if not args.card:
        print("Give --card NAME (see --list).", file=sys.stderr)
        return 2
    applet = Applet(args.applet)
    try:
        build_card(args.card, applet=applet)
    except KeyError:
        print(f"Unknown training card {args.card!r} (see --list).", file=sys.stderr)
        return 2
    bridge = VpcdBridge(port=args.port)
    try:
        bridge.insert(build_card(args.card, applet=applet))
        if not bridge.wait_connected(5):
            print(
                f"vpcd did not take the card on port {args.port}: is pcscd running with vsmartcard-vpcd?",
                file=sys.stderr,
            )
            return 1
        where = f"reader {bridge.reader!r}" if bridge.reader else f"the vpcd reader on port {args.port}"
        print(f"Card {args.card!r} (applet {applet}) is in {where}. Ctrl+C takes it out.", flush=True)
        while True:
            if bridge.wait_out(timeout=0.5):
                print(
                    f"The card pulled itself out; it goes back in after {SIMULATE_REINSERT_SECONDS:.0f} s.",
                    flush=True,
                )
                time.sleep(SIMULATE_REINSERT_SECONDS)
                bridge.insert(build_card(args.card, applet=applet))
    except KeyboardInterrupt:
        print("Card taken out.", flush=True)
        return 0
    finally:
        bridge.close()


# output ---------------------------------------------------------------------------------------------


def mask_national_number(number: str) -> str:
    """``**.**.**-***.CC``: only the check digits stay, as in the domain's masked form."""
    return f"**.**.**-***.{number[-2:]}" if len(number) >= 2 else "*"


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def identity_json(identity: CardIdentity, *, show_pii: bool) -> dict[str, Any]:
    """Every field of the identity file; the national number masked unless ``show_pii``."""
    number = identity.national_number
    return {
        "card_number": identity.card_number,
        "chip_number": identity.chip_number.hex().upper(),
        "validity_begin": _date(identity.validity_begin),
        "validity_end": _date(identity.validity_end),
        "issuing_municipality": identity.issuing_municipality,
        "national_number": number if show_pii else mask_national_number(number),
        "surname": identity.surname,
        "first_names": identity.first_names,
        "third_initial": identity.third_initial,
        "nationality": identity.nationality,
        "birth_place": identity.birth_place,
        "birth_date": identity.birth_date.iso(),
        "birth_date_text": identity.birth_date_text,
        "sex": identity.sex.value if identity.sex is not None else None,
        "card_type": {
            "code": identity.card_type.code,
            "name": identity.card_type.label,
            "known": identity.card_type.known,
        },
        "noble_condition": identity.noble_condition,
        "special_status": identity.special_status_raw,
        "photo_hash": identity.photo_hash.hex(),
        "duplicate": identity.duplicate,
        "special_organisation": identity.special_organisation,
        "member_of_family": identity.member_of_family,
        "protection_date": _date(identity.protection_date),
        "protection_country": identity.protection_country,
        "work_permit": identity.work_permit,
        "employer_vat_1": identity.employer_vat_1,
        "employer_vat_2": identity.employer_vat_2,
        "regional_file_number": identity.regional_file_number,
        "basic_key_hash": identity.basic_key_hash.hex(),
        "brexit_mention_1": identity.brexit_mention_1,
        "brexit_mention_2": identity.brexit_mention_2,
        "card_a_mention_1": identity.card_a_mention_1,
        "card_a_mention_2": identity.card_a_mention_2,
        "eu_card_start_date": _date(identity.eu_card_start_date),
        "file_version": identity.file_version.hex(),
        "unknown_tags": list(identity.unknown_tags),
    }


def photo_json(photo: bytes) -> dict[str, Any]:
    return {
        "bytes": len(photo),
        "jpeg": photo[:3] == b"\xff\xd8\xff",
        "sha256": hashlib.sha256(photo).hexdigest() if photo else None,
    }


def authenticity_json(result: AuthenticityResult) -> dict[str, Any]:
    return {
        "verdict": result.verdict.value,
        "reason": result.reason.value,
        "message": result.message,
        "root": result.root or None,
    }


def _print_report(report: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    identity = report["identity"]
    lines = []
    if report["source"] == "card":
        lines += [
            ("Reader", report["reader"]),
            ("Applet", f"{report['applet_version']} ({report['apdu_count']} APDUs)"),
        ]
    card_type = identity["card_type"]
    lines += [
        ("Card", f"{card_type['name']} (type {card_type['code']}), number {identity['card_number']}"),
        (
            "Valid",
            f"{identity['validity_begin']} to {identity['validity_end']}, "
            f"issued in {identity['issuing_municipality']}",
        ),
        ("Surname", identity["surname"]),
        ("Given names", " ".join(p for p in (identity["first_names"], identity["third_initial"]) if p)),
        ("Born", f"{identity['birth_date']} ({identity['birth_date_text']!r}) in {identity['birth_place']}"),
        ("Sex", identity["sex"] or "-"),
        ("Nationality", identity["nationality"]),
        ("National number", identity["national_number"]),
    ]
    photo = report["photo"]
    lines.append(("Photo", f"{photo['bytes']} bytes" + (" (JPEG)" if photo["jpeg"] else "")))
    authenticity = report["authenticity"]
    verdict = f"{authenticity['verdict']} ({authenticity['reason']}): {authenticity['message']}"
    if authenticity["root"]:
        verdict += f" Root: {authenticity['root']}."
    lines.append(("Authenticity", verdict))
    for label, value in lines:
        print(f"{label + ':':17}{value}")
