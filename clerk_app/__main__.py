"""Command line: the GUI by default, and sub-commands for support staff.

    clerk-app [--training] [--lang nl|fr|en]          start the counter application
    clerk-app --version                                the version, as the About box and crash reports show it
    clerk-app --self-test                              offscreen end-to-end check, exit status says it all
    clerk-app [--training] card readers|read|parse|simulate
    clerk-app [--training] db verify|purge
    clerk-app [--training] sync status|enrol|now
    clerk-app [--training] [--lang nl|fr|en] report counts --from D --to D [--centre C] [--format csv|pdf]

Only argument parsing happens here; each sub-command lives in ``clerk_app.commands``. Registering the
sub-commands imports their modules (the card reader, the store, sync: a good part of a second), so the
GUI's arguments are read first without them; the full parser is built only for a sub-command, ``--help``
or anything the GUI does not know.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from clerk_app.app import CounterParts
    from clerk_app.config import Settings
    from clerk_app.secrets import SecretStore


class ShowVersion(argparse.Action):
    """``--version``: print ``clerk-app X.Y.Z`` and exit. The version is looked up only when asked for, so
    the GUI's start-up does not pay for reading package metadata."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(
            option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from clerk_app.version import app_version

        print(f"{parser.prog} {app_version()}")
        parser.exit()


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clerk-app", description=__doc__.splitlines()[0], add_help=with_commands
    )
    parser.add_argument("--training", action="store_true", help="use the training profile (simulated cards)")
    parser.add_argument("--self-test", action="store_true", help="run the offscreen end-to-end self-test")
    parser.add_argument("--lang", choices=("nl", "fr", "en"), help="user-interface language")
    parser.add_argument("--version", action=ShowVersion, help="print the version and exit")
    if with_commands:
        from clerk_app.commands import register_all

        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        register_all(sub)
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The GUI's options alone when that is all there is; otherwise the full parser with sub-commands."""
    known, rest = build_parser(with_commands=False).parse_known_args(argv)
    return build_parser().parse_args(argv) if rest else known


def open_counter(settings: Settings, secrets: SecretStore | None = None) -> CounterParts:
    """The composition root's :func:`~clerk_app.app.open_counter`, imported on the first call: the GUI hands
    this to the UI, which opens the parts only once its first window shows (pyscard, cryptography and the
    store are slow to import) and never imports the composition root itself."""
    from clerk_app.app import open_counter as open_parts

    return open_parts(settings, secrets)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from clerk_app.ui.main import run_gui

        return run_gui(
            training=args.training, self_test=args.self_test, language=args.lang, open_counter=open_counter
        )
    status: int = handler(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
