"""Command line of the reference central service.

    central-service [--config FILE] serve [--listen HOST:PORT] [--workers N]
    central-service [--config FILE] admin enrol --centre NAME [--valid-hours N]
    central-service [--config FILE] admin workstations
    central-service [--config FILE] admin revoke-workstation ID
    central-service [--config FILE] admin purge
    central-service [--config FILE] mail list [--failed]
    central-service [--config FILE] sms list
    central-service [--config FILE] db upgrade
    central-service openapi [--output FILE]

Settings come from FILE (or ``$CENTRAL_SERVICE_CONFIG``) and ``CENTRAL_SERVICE_*`` variables.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import sys
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from central_service.config import ServiceSettings, load_settings
from central_service.errors import ServiceConfigError
from central_service.terminal import printable

if TYPE_CHECKING:
    from central_service.db import Database


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "openapi":
            return _openapi(args.output)
        settings = load_settings(args.config)
        if args.command == "serve":
            return _serve(settings, args)
        if args.command == "admin":
            return _admin(settings, args)
        if args.command == "mail":
            return _mail_failed(settings) if args.failed else _mail_list(settings)
        if args.command == "sms":
            return _sms_list(settings)
        return _db_upgrade(settings)
    except ServiceConfigError as exc:
        print(f"central-service: {exc}", file=sys.stderr)
        return 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="central-service", description="Ghent's reference central service.")
    parser.add_argument("--config", type=Path, help="TOML settings file (default: $CENTRAL_SERVICE_CONFIG)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the service until interrupted")
    serve.add_argument("--listen", help="HOST:PORT to listen on (overrides the setting; port 0 = any free)")
    serve.add_argument(
        "--workers", type=_positive_int, default=1, help="service processes sharing the port (1)"
    )
    serve.add_argument("--socket-fd", type=int, help=argparse.SUPPRESS)  # a worker of --workers

    admin = sub.add_parser("admin", help="workstation administration")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True, metavar="ACTION")
    enrol = admin_sub.add_parser("enrol", help="print a one-time enrolment code for a workstation")
    enrol.add_argument("--centre", required=True, type=_centre, help="centre id, e.g. stadskantoor")
    enrol.add_argument("--valid-hours", type=_positive_int, default=72, help="how long the code works (72)")
    admin_sub.add_parser("workstations", help="list enrolled workstations")
    revoke = admin_sub.add_parser("revoke-workstation", help="refuse a workstation's token from now on")
    revoke.add_argument("workstation_id", type=uuid.UUID, metavar="ID")
    admin_sub.add_parser(
        "purge",
        help="blank the personal data of registrations that ended unused (serve does this hourly)",
    )

    mail = sub.add_parser("mail", help="the development mailbox")
    mail_sub = mail.add_subparsers(dest="mail_command", required=True, metavar="ACTION")
    mail_list = mail_sub.add_parser("list", help="show the messages in the development mailbox")
    mail_list.add_argument(
        "--failed", action="store_true", help="instead: the e-mails the service gave up on, and why"
    )

    sms = sub.add_parser("sms", help="the development SMS outbox")
    sms_sub = sms.add_subparsers(dest="sms_command", required=True, metavar="ACTION")
    sms_sub.add_parser("list", help="show the messages the development SMS gateway kept")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_sub.add_parser("upgrade", help="apply pending schema migrations (serve does this too)")

    openapi = sub.add_parser("openapi", help="write the OpenAPI schema (to stdout or --output)")
    openapi.add_argument("--output", type=Path, help="file to write, e.g. docs/openapi.json")
    return parser


def _centre(value: str) -> str:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,63}", value):
        raise argparse.ArgumentTypeError("a centre id is lower-case letters, digits and dashes")
    return value


def _positive_int(value: str) -> int:
    if not (value.isascii() and value.isdigit()) or int(value) <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return int(value)


def _serve(settings: ServiceSettings, args: argparse.Namespace) -> int:
    import socket

    from central_service import server

    if args.listen is not None:
        settings = ServiceSettings.model_validate({**settings.model_dump(), "listen": args.listen})
    if args.workers > 1 and args.socket_fd is None:
        config = ["--config", str(args.config)] if args.config else []
        return server.serve_workers(
            settings, args.workers, [sys.executable, "-m", "central_service", *config]
        )
    listening = socket.socket(fileno=args.socket_fd) if args.socket_fd is not None else None
    if settings.log_format == "json":
        from central_service.logformat import use_json_lines

        use_json_lines()
    else:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s:     %(name)s: %(message)s")
    if settings.uses_dev_mailbox:
        print(f"central-service: no SMTP host configured; mail goes to {settings.mailbox_folder}", flush=True)

    def announce(url: str) -> None:
        print(f"central-service: listening on {url}", flush=True)

    def stopped() -> None:
        print("central-service: stopped", flush=True)

    server.serve(settings, on_started=announce, on_stopped=stopped, listening=listening)
    return 0


@contextmanager
def _upgraded_database(settings: ServiceSettings) -> Iterator[Database]:
    """The service's database, its schema brought up to date first; disposed of afterwards."""
    from central_service.db import Database

    db = Database(settings.effective_database_url)
    try:
        db.upgrade()
        yield db
    finally:
        db.dispose()


def _admin(settings: ServiceSettings, args: argparse.Namespace) -> int:
    from central_service import retention, workstations

    with _upgraded_database(settings) as db:
        now = dt.datetime.now(dt.UTC)
        if args.admin_command == "enrol":
            valid_for = dt.timedelta(hours=args.valid_hours)
            code = workstations.create_enrolment_code(db, args.centre, valid_for, now)
            print(code)
            until = (now + valid_for).strftime("%Y-%m-%d %H:%M UTC")
            print(f"one-time enrolment code for centre {args.centre}, valid until {until}", file=sys.stderr)
            return 0
        if args.admin_command == "workstations":
            for row in workstations.list_workstations(db):
                state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
                centre, name = printable(row.centre), printable(row.name)
                print(f"{row.id}  {centre:<20} {name:<30} enrolled {row.enrolled_at:%Y-%m-%d}  {state}")
            return 0
        if args.admin_command == "purge":
            after = dt.timedelta(days=settings.retention.purge_after_days)
            purged = retention.purge_ended(db, after, now)
            print(f"blanked the personal data of {purged} registration(s) ended over {after.days} days ago")
            return 0
        if not workstations.revoke_workstation(db, args.workstation_id, now):
            print("central-service: no workstation with that id", file=sys.stderr)
            return 1
        return 0


def _mail_list(settings: ServiceSettings) -> int:
    from central_service.mailbox import read_mailbox

    mails = read_mailbox(settings.mailbox_folder)
    for item in mails:
        recipients = printable(", ".join(item.recipients))
        language, subject = printable(item.language), printable(item.subject)
        print(f"{item.delivered_at:%Y-%m-%d %H:%M:%S}Z  {recipients}  [{language}] {subject}")
        if item.security_code:
            print(f"    security code {item.security_code}")
        else:
            print(f"    {printable(item.link or '(no activation link)')}")
    print(f"{len(mails)} message(s) in {settings.mailbox_folder}", file=sys.stderr)
    return 0


def _mail_failed(settings: ServiceSettings) -> int:
    from central_service.outbox import failed_mails

    with _upgraded_database(settings) as db:
        failed = failed_mails(db)
    for row in failed:
        print(
            f"{row.failed_at:%Y-%m-%d %H:%M:%S}Z  #{row.id}  registration {row.registration_id}  "
            f"{printable(row.kind)}  {row.attempts} attempt(s)  {printable(row.last_error)}"
        )
    print(f"{len(failed)} e-mail(s) not sent", file=sys.stderr)
    return 0


def _sms_list(settings: ServiceSettings) -> int:
    from central_service.sms import read_outbox_folder

    folder = settings.sms_outbox_folder
    if settings.sms.gateway != "outbox":
        print(
            "central-service: SMS go to the HTTP gateway; the development outbox is not used", file=sys.stderr
        )
    messages = read_outbox_folder(folder)
    for message in messages:
        print(f"{message.sent_at:%Y-%m-%d %H:%M:%S}Z  {printable(message.to)}  {printable(message.text)}")
    print(f"{len(messages)} message(s) in {folder}", file=sys.stderr)
    return 0


def _db_upgrade(settings: ServiceSettings) -> int:
    with _upgraded_database(settings):
        return 0


def _openapi(output: Path | None) -> int:
    from central_service.api import create_app

    text = json.dumps(create_app().openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
