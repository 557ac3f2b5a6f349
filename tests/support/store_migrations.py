"""Ship a schema revision after the packaged ones, to test how the store's start-up upgrade behaves."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import clerk_app.storage
from clerk_app.storage import migrate

PACKAGED = Path(clerk_app.storage.__file__).parent / "migrations"
#: The packaged head, read before any test ships a revision after it.
CURRENT = migrate.HEAD_REVISION
NEXT = f"{int(CURRENT) + 1:04d}"

#: ``ship_revision(body)``: the fixture's form of :func:`ship_revision`.
ShipRevision = Callable[[str], None]


def ship_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    """Ship the packaged revisions plus a revision after them with ``body`` as its upgrade()."""
    location = tmp_path / "migrations"
    shutil.copytree(PACKAGED, location, ignore=shutil.ignore_patterns("__pycache__"))
    header = (
        '"""A test revision."""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        f'revision = "{NEXT}"\n'
        f'down_revision = "{CURRENT}"\n'
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        "def downgrade():\n"
        "    pass\n\n\n"
        "def upgrade():\n"
    )
    source = header + textwrap.indent(textwrap.dedent(body).strip() + "\n", "    ")
    (location / "versions" / f"{NEXT}_test.py").write_text(source, encoding="utf-8")
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", str(location))
    monkeypatch.setattr(migrate, "HEAD_REVISION", NEXT)
