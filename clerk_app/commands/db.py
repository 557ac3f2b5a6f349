"""``clerk-app [--training] db verify|purge|history``: check, clean and question the local store.

Exit status: 0 all good, 1 the check found a break (or there is nothing to show), 2 the store could not be
opened (keyring, key, upgrade). Output holds counts, ids, staff numbers and technical notes only, never a
citizen's personal data.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from clerk_app.config import Profile, Settings, load_settings
from clerk_app.errors import ClerkError
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store

OK, BROKEN, UNUSABLE = 0, 1, 2
T = TypeVar("T")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    db = sub.add_parser("db", help="check or clean the local registration store")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="check the database integrity and the audit chain; exit 1 on any break"
    )
    verify.set_defaults(handler=run_verify)
    purge = actions.add_parser(
        "purge", help="erase personal data whose retention period is over (the audit log stays)"
    )
    purge.add_argument("--dry-run", action="store_true", help="only count what would be erased")
    purge.set_defaults(handler=run_purge)
    history = actions.add_parser(
        "history", help="who did what with one registration, and when: its audit entries, oldest first"
    )
    history.add_argument("registration", type=uuid.UUID, metavar="REGISTRATION_ID")
    history.set_defaults(handler=run_history)


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(Profile.TRAINING if args.training else Profile.PRODUCTION)


def _query(
    args: argparse.Namespace, absent: str, absent_status: int, query: Callable[[Store], T]
) -> tuple[Settings, T] | int:
    """Run ``query`` on the profile's store; the exit status instead when there is no store or it cannot be
    opened (keyring, key, upgrade), having said why."""
    try:
        settings = _settings(args)
        if not settings.paths.database.exists():
            print(f"No local store at {settings.paths.database}: {absent}.")
            return absent_status
        with Store.open(settings, SecretStore(settings.keyring_service)) as store:
            return settings, query(store)
    except ClerkError as error:
        print(error)
        return UNUSABLE


def run_verify(args: argparse.Namespace) -> int:
    answer = _query(args, "nothing to verify", BROKEN, lambda store: store.integrity.verify())
    if isinstance(answer, int):
        return answer
    _, report = answer
    for problem in report.problems:
        print(f"BROKEN: {problem}")
    state = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{state}: {report.registrations} registration(s), {report.audit_entries} audit entries checked.")
    return OK if report.ok else BROKEN


def run_purge(args: argparse.Namespace) -> int:
    answer = _query(
        args,
        "nothing to purge",
        OK,
        lambda store: store.retention.purge(dt.datetime.now(dt.UTC), dry_run=args.dry_run),
    )
    if isinstance(answer, int):
        return answer
    settings, report = answer
    verb = "Would erase" if report.dry_run else "Erased"
    print(
        f"{verb} the personal data of {report.registrations} registration(s) and "
        f"{len(report.backups)} backup file(s) older than {settings.retention_days} days."
    )
    return OK


def run_history(args: argparse.Namespace) -> int:
    answer = _query(args, "no history", BROKEN, lambda store: store.audit.history(args.registration))
    if isinstance(answer, int):
        return answer
    _, entries = answer
    if not entries:
        print(f"No audit entries for registration {args.registration}.")
        return BROKEN
    for entry in entries:
        detail = json.dumps(entry.detail, sort_keys=True, separators=(",", ":"))
        when = entry.at.isoformat(timespec="seconds").replace("+00:00", "Z")
        print(f"{entry.seq}  {when}  {entry.action.value}  {entry.actor}  {detail}")
    return OK
