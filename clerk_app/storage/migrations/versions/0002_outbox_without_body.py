"""The outbox keeps no copy of the body: the sync layer builds it from the registration when it sends.

So personal data sits only in the registration row (and its name words), and erasing that erases all
of it. The body was built from that same row, whose fields never change once registered, so nothing is
lost by dropping the copy.

Downgrading is for development only: the application never runs it (an older application refuses a
newer store; the backup taken before the upgrade is the way back), and it does not rebuild the bodies.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("payload")


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("payload", sa.JSON(), nullable=True))
