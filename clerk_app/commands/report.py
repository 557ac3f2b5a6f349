"""``clerk-app [--training] [--lang L] report counts --from D --to D [--centre C] [--format csv|pdf]``.

The counts screen's report for team leaders, from a terminal: registrations and re-issues per day,
service centre and clerk, with the statuses they stand in now, saved as CSV (for Excel with Dutch
settings) or PDF; never a citizen's data. The file is written by the same code as the screen's "Save as"
(:mod:`clerk_app.ui.counts_report`), so both give the same columns, texts and layout.

That module is the one part of the UI package a command uses, and it is imported only when a report is
written: its headers come from the Qt Linguist catalogues and its PDF is painted by Qt like the slip. It
opens no window (a command's Qt runs on the offscreen platform unless ``QT_QPA_PLATFORM`` says
otherwise). An import-linter contract keeps every other command, and this one otherwise, free of Qt.

Exit status: 0 written, 1 no store, 2 the store could not be opened or the file written, or an unknown
centre.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import Any

from clerk_app.config import Profile, Settings, load_settings
from clerk_app.errors import ClerkError
from clerk_app.secrets import SecretStore
from clerk_app.storage import DayCount, Store

OK, NO_STORE, UNUSABLE = 0, 1, 2
FORMATS = ("csv", "pdf")


def register(sub: argparse._SubParsersAction[Any]) -> None:
    report = sub.add_parser("report", help="reports for team leaders (no citizen data)")
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    counts = kinds.add_parser(
        "counts",
        help="registrations and re-issues per day, centre and clerk, with their statuses, as CSV or PDF",
    )
    counts.add_argument("--from", dest="day_from", type=_day, required=True, metavar="YYYY-MM-DD")
    counts.add_argument("--to", dest="day_to", type=_day, required=True, metavar="YYYY-MM-DD")
    counts.add_argument("--centre", metavar="CENTRE_ID", help="only this service centre (default: all)")
    counts.add_argument("--format", choices=FORMATS, default="csv", help="file format (default: csv)")
    counts.add_argument(
        "--output", type=Path, metavar="FILE", help="where to write (default: counts-FROM-TO.csv|pdf here)"
    )
    counts.set_defaults(handler=run_counts)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(Profile.TRAINING if args.training else Profile.PRODUCTION)


def run_counts(args: argparse.Namespace) -> int:
    if args.day_from > args.day_to:
        print("The first day (--from) is after the last day (--to).")
        return UNUSABLE
    try:
        settings = _settings(args)
        centres = {centre.id: centre.name for centre in settings.centres}
        if args.centre is not None and args.centre not in centres:
            print(f"Unknown service centre {args.centre!r}; known: {', '.join(sorted(centres))}.")
            return UNUSABLE
        if not settings.paths.database.exists():
            print(f"No local store at {settings.paths.database}: nothing to count.")
            return NO_STORE
        made_at = dt.datetime.now().astimezone()
        with Store.open(settings, SecretStore(settings.keyring_service)) as store:
            rows = store.reports.counts(args.day_from, args.day_to, centre_id=args.centre, now=made_at)
    except ClerkError as error:
        print(error)
        return UNUSABLE
    output: Path = args.output or Path(f"counts-{args.day_from}-{args.day_to}.{args.format}")
    try:
        _write(output, rows, args, centres, settings, made_at)
    except OSError as error:
        print(f"The report could not be written to {output}: {error.strerror or type(error).__name__}.")
        return UNUSABLE
    total = sum(row.registrations for row in rows)
    print(f"Wrote {len(rows)} row(s), {total} registration(s), to {output}.")
    return OK


def _write(
    output: Path,
    rows: list[DayCount],
    args: argparse.Namespace,
    centres: dict[str, str],
    settings: Settings,
    made_at: dt.datetime,
) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a command never shows a window
    from clerk_app.ui.counts_report import CountsReport, ReportFormat, ensure_gui, write_report

    fmt = ReportFormat(args.format)
    if fmt is ReportFormat.PDF:
        ensure_gui()
    report = CountsReport(
        rows=rows,
        day_from=args.day_from,
        day_to=args.day_to,
        centre_names=centres,
        centre_id=args.centre,
        made_at=made_at,
        training=settings.training,
    )
    write_report(output, report, fmt, args.lang or settings.ui_language)
