"""Command line: the GUI by default, and sub-commands for support staff.

    clerk-app [--training] [--lang nl|fr|en]          start the counter application
    clerk-app --self-test                              offscreen end-to-end check, exit status says it all
    clerk-app [--training] card readers|read|parse|simulate
    clerk-app [--training] db verify|purge
    clerk-app [--training] sync status|enrol|now

Only argument parsing happens here; each sub-command lives in ``clerk_app.commands``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from clerk_app.commands import register_all


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clerk-app", description=__doc__.splitlines()[0])
    parser.add_argument("--training", action="store_true", help="use the training profile (simulated cards)")
    parser.add_argument("--self-test", action="store_true", help="run the offscreen end-to-end self-test")
    parser.add_argument("--lang", choices=("nl", "fr", "en"), help="user-interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from clerk_app.ui.main import run_gui

        return run_gui(training=args.training, self_test=args.self_test, language=args.lang)
    status: int = handler(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
