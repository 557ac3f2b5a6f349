"""``clerk-app [--training] db verify|purge``: check and clean the local registration store.

Exit status: 0 all good, 1 the check found a break, 2 the store could not be opened (keyring, key,
upgrade). Output holds counts and technical notes only, never personal data.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from clerk_app.config import Profile, Settings, load_settings
from clerk_app.errors import ClerkError
from clerk_app.secrets import SecretStore
from clerk_app.storage import RegistrationStore

OK, BROKEN, UNUSABLE = 0, 1, 2


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


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(Profile.TRAINING if args.training else Profile.PRODUCTION)


def _open(settings: Settings) -> RegistrationStore:
    return RegistrationStore.open(settings, SecretStore(settings.keyring_service))


def run_verify(args: argparse.Namespace) -> int:
    try:
        settings = _settings(args)
        if not settings.paths.database.exists():
            print(f"No local store at {settings.paths.database}: nothing to verify.")
            return BROKEN
        with _open(settings) as store:
            report = store.verify()
    except ClerkError as error:
        print(error)
        return UNUSABLE
    for problem in report.problems:
        print(f"BROKEN: {problem}")
    state = "OK" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{state}: {report.registrations} registration(s), {report.audit_entries} audit entries checked.")
    return OK if report.ok else BROKEN


def run_purge(args: argparse.Namespace) -> int:
    try:
        settings = _settings(args)
        if not settings.paths.database.exists():
            print(f"No local store at {settings.paths.database}: nothing to purge.")
            return OK
        with _open(settings) as store:
            report = store.purge(dt.datetime.now(dt.UTC), dry_run=args.dry_run)
    except ClerkError as error:
        print(error)
        return UNUSABLE
    verb = "Would erase" if report.dry_run else "Erased"
    print(
        f"{verb} the personal data of {report.registrations} registration(s) and "
        f"{len(report.backups)} backup file(s) older than {settings.retention_days} days."
    )
    return OK
