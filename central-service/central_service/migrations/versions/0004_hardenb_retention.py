"""Personal data kept at the centre: drop sex and nationality (no use there), mark purged registrations.

Revision ID: 0004_hardenb
Revises: 0003
Create Date: 2026-12-03

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = '0004_hardenb'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_column('sex')
        batch_op.drop_column('nationality')
        batch_op.add_column(sa.Column('purged_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    # The dropped values are gone; the columns come back empty.
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_column('purged_at')
        batch_op.add_column(sa.Column('nationality', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('sex', sa.String(length=1), nullable=True))
