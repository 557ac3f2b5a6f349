"""``clerk-app [--training] sync status|enrol|now``: the link to the central service, for support staff.

Exit status: 0 fine, 1 something waits or failed (not enrolled, offline, refused), 2 the store could not
be opened. Output holds counts, states and codes only, never personal data or the token.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from typing import Any

from clerk_app.config import Profile, Settings, load_settings
from clerk_app.errors import ClerkError
from clerk_app.secrets import SecretStore
from clerk_app.storage import Store
from clerk_app.sync.relay import Connection, SyncState
from clerk_app.sync.service import SyncService

OK, NOT_DONE, UNUSABLE = 0, 1, 2


def register(sub: argparse._SubParsersAction[Any]) -> None:
    sync = sub.add_parser("sync", help="the link to the central service")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    actions.add_parser("status", help="what waits, the last successful sync, enrolment").set_defaults(
        handler=run_status
    )
    enrol = actions.add_parser("enrol", help="enrol this workstation with a one-time code")
    enrol.add_argument("--code", required=True, help="the one-time enrolment code from the central service")
    enrol.add_argument("--workstation", help="the name the central service shows (default: host name)")
    enrol.set_defaults(handler=run_enrol)
    actions.add_parser("now", help="send what waits, now, and report").set_defaults(handler=run_now)


@contextlib.contextmanager
def _sync(args: argparse.Namespace) -> Iterator[tuple[Settings, SyncService]]:
    """The store and the sync service of the profile; training starts its own central service."""
    settings = load_settings(Profile.TRAINING if args.training else Profile.PRODUCTION)
    secrets = SecretStore(settings.keyring_service)
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(Store.open(settings, secrets))
        service = SyncService(store.outbox, secrets, settings.central)
        if settings.training:  # its service runs inside the app: start it here too, so both see the same
            from clerk_app.training_central import enrol_for_training, start_training_central

            central = stack.enter_context(start_training_central(settings))
            enrol_for_training(service, central, settings.centres[0].id)
            stack.callback(service.stop)
        yield settings, service


def _describe(state: SyncState, service: SyncService) -> str:
    words = {
        Connection.DISABLED: "sync is off: no central service URL is configured",
        Connection.UNAUTHORISED: "not enrolled (or refused): run 'clerk-app sync enrol --code …'",
        Connection.OFFLINE: "the central service cannot be reached",
        Connection.ONLINE: "online (the central service answers)",
        Connection.UNKNOWN: "not checked yet",
    }
    last = state.last_success.isoformat(timespec="seconds") if state.last_success else "never"
    enrolment = service.enrolment()
    lines = [
        f"central service: {service.url or '-'}",
        f"enrolled for centre: {enrolment.centre if enrolment else '-'}",
        f"state: {words[state.connection]}",
        f"waiting: {state.waiting}",
        f"last successful sync: {last}",
    ]
    if state.last_rejection:
        lines.append(f"last refusal: {state.last_rejection}")
    return "\n".join(lines)


def run_status(args: argparse.Namespace) -> int:
    try:
        with _sync(args) as (_settings, service):
            state = service.check()
            print(_describe(state, service))
    except ClerkError as error:
        print(error)
        return UNUSABLE
    return OK if state.waiting == 0 else NOT_DONE


def run_enrol(args: argparse.Namespace) -> int:
    try:
        if args.training:
            print("Training enrols by itself with its own central service; nothing to do.")
            return OK
        with _sync(args) as (_settings, service):
            if not service.configured:
                print("No central service URL is configured: set [central] url in settings.toml first.")
                return NOT_DONE
            enrolment = service.enrol(args.code, args.workstation)
            service.stop()
    except ClerkError as error:
        print(error)
        return (
            NOT_DONE if error.code in {"NotAuthorised", "CentralRejected", "CentralUnreachable"} else UNUSABLE
        )
    print(f"Enrolled for centre {enrolment.centre}; the token is in the keyring.")
    return OK


def run_now(args: argparse.Namespace) -> int:
    try:
        with _sync(args) as (_settings, service):
            state = service.run_once()
            print(_describe(state, service))
    except ClerkError as error:
        print(error)
        return UNUSABLE
    return OK if state.waiting == 0 and state.connection is Connection.ONLINE else NOT_DONE
