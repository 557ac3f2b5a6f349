"""The first schema: registrations, their name-search tokens, the outbox and the append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _utc() -> sa.String:
    return sa.String(27)  # UtcDateTime: fixed-width ISO 8601 text


def upgrade() -> None:
    op.create_table(
        "registrations",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("local_day", sa.Date(), nullable=False),
        sa.Column("expires_at", _utc(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_changed_at", _utc(), nullable=False),
        sa.Column("accepted_at", _utc(), nullable=True),
        sa.Column("rejection_reason", sa.String(200), nullable=True),
        sa.Column("replaces", sa.String(36), nullable=True),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("centre_id", sa.String(64), nullable=False),
        sa.Column("clerk_name", sa.String(200), nullable=False),
        sa.Column("clerk_staff_number", sa.String(64), nullable=False),
        sa.Column("code_hash", sa.String(200), nullable=False),
        sa.Column("purged_at", _utc(), nullable=True),
        sa.Column("document_kind", sa.String(32), nullable=True),
        sa.Column("surname", sa.String(200), nullable=True),
        sa.Column("given_names", sa.String(200), nullable=True),
        sa.Column("birth_date", sa.String(10), nullable=True),
        sa.Column("sex", sa.String(1), nullable=True),
        sa.Column("nationality", sa.String(64), nullable=True),
        sa.Column("national_number", sa.String(11), nullable=True),
        sa.Column("document_number", sa.String(64), nullable=True),
        sa.Column("document_valid_until", sa.Date(), nullable=True),
        sa.Column("document_valid_from", sa.Date(), nullable=True),
        sa.Column("card_type_code", sa.Integer(), nullable=True),
        sa.Column("issuing_authority", sa.String(200), nullable=True),
        sa.Column("email", sa.String(320), nullable=True),
        sa.ForeignKeyConstraint(["replaces"], ["registrations.id"], name="fk_registrations_replaces_registrations"),
        sa.PrimaryKeyConstraint("id", name="pk_registrations"),
    )
    op.create_index("ix_registrations_created_at", "registrations", ["created_at"])
    op.create_index("ix_registrations_local_day", "registrations", ["local_day"])
    op.create_index("ix_registrations_status", "registrations", ["status"])
    op.create_index("ix_registrations_national_number", "registrations", ["national_number"])

    op.create_table(
        "name_tokens",
        sa.Column("token", sa.String(200), nullable=False),
        sa.Column("registration_id", sa.String(36), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name="fk_name_tokens_registration_id_registrations",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token", "registration_id", name="pk_name_tokens"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_name_tokens_registration_id_token", "name_tokens", ["registration_id", "token"])

    op.create_table(
        "outbox",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("registration_id", sa.String(36), nullable=False),
        sa.Column("created_at", _utc(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _utc(), nullable=True),
        sa.Column("last_error_code", sa.String(200), nullable=True),
        sa.Column("completed_at", _utc(), nullable=True),
        sa.Column("central_status", sa.String(16), nullable=True),
        sa.ForeignKeyConstraint(
            ["registration_id"], ["registrations.id"], name="fk_outbox_registration_id_registrations"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("registration_id", name="uq_outbox_registration_id"),
    )
    op.create_index("ix_outbox_state_created_at", "outbox", ["state", "created_at"])

    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", _utc(), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("registration_id", sa.String(36), nullable=True),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"], ["registrations.id"], name="fk_audit_log_registration_id_registrations"
        ),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
        sa.UniqueConstraint("prev_hash", name="uq_audit_log_prev_hash"),
        sa.UniqueConstraint("hash", name="uq_audit_log_hash"),
    )
    op.create_index("ix_audit_log_registration_id", "audit_log", ["registration_id"])
    # Append-only: the application never changes or removes an audit entry, and the database refuses to.
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_log_no_delete")
    op.execute("DROP TRIGGER audit_log_no_update")
    op.drop_table("audit_log")
    op.drop_table("outbox")
    op.drop_table("name_tokens")
    op.drop_table("registrations")
