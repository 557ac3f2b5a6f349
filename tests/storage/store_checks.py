"""Helpers of the store tests that look at files and tables directly."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes: to prove a refused open changed nothing."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def table_counts(connection: sqlcipher3.Connection) -> dict[str, int]:
    return {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("registrations", "name_tokens", "outbox", "audit_log")
    }
