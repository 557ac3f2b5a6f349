"""The citizen's side: accounts, digital keys, one-time codes, web sessions, audit, SMS outbox; the
activation-code attempts of a registration; security-code e-mails in the mail outbox.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

ACTIVATION_LINK = sa.text("kind = 'activation_link'")


def upgrade() -> None:
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code_attempts', sa.Integer(), server_default='0', nullable=False))

    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=16), server_default='activation_link', nullable=False))
        batch_op.add_column(sa.Column('code', sa.String(length=8), nullable=True))
        batch_op.add_column(sa.Column('expires_at', sa.DateTime(), nullable=True))
        batch_op.drop_constraint('uq_mail_outbox_registration_id', type_='unique')
        batch_op.create_index('uq_mail_outbox_activation_link', ['registration_id'], unique=True, sqlite_where=ACTIVATION_LINK, postgresql_where=ACTIVATION_LINK)

    op.create_table('accounts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('national_number', sa.String(length=11), nullable=False),
    sa.Column('registration_id', sa.Uuid(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('username_key', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('activated_at', sa.DateTime(), nullable=True),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failure_at', sa.DateTime(), nullable=True),
    sa.Column('locked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['registration_id'], ['registrations.id'], name=op.f('fk_accounts_registration_id_registrations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('national_number', name=op.f('uq_accounts_national_number')),
    sa.UniqueConstraint('username_key', name=op.f('uq_accounts_username_key'))
    )
    op.create_table('digital_keys',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('confirmed_at', sa.DateTime(), nullable=True),
    sa.Column('secret', sa.Text(), nullable=True),
    sa.Column('last_step', sa.BigInteger(), nullable=True),
    sa.Column('phone', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_digital_keys_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_digital_keys'))
    )
    with op.batch_alter_table('digital_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_digital_keys_account_id'), ['account_id'], unique=False)

    op.create_table('one_time_codes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key_id', sa.Uuid(), nullable=False),
    sa.Column('destination', sa.String(length=64), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('invalidated_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['key_id'], ['digital_keys.id'], name=op.f('fk_one_time_codes_key_id_digital_keys'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_one_time_codes'))
    )
    with op.batch_alter_table('one_time_codes', schema=None) as batch_op:
        batch_op.create_index('ix_one_time_codes_destination_created_at', ['destination', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_one_time_codes_key_id'), ['key_id'], unique=False)

    op.create_table('web_sessions',
    sa.Column('id_hash', sa.String(length=64), nullable=False),
    sa.Column('csrf_token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=False),
    sa.Column('stage', sa.String(length=16), nullable=False),
    sa.Column('registration_id', sa.Uuid(), nullable=True),
    sa.Column('account_id', sa.Uuid(), nullable=True),
    sa.Column('key_id', sa.Uuid(), nullable=True),
    sa.Column('fresh_until', sa.DateTime(), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=True),
    sa.PrimaryKeyConstraint('id_hash', name=op.f('pk_web_sessions'))
    )
    with op.batch_alter_table('web_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_web_sessions_last_seen_at'), ['last_seen_at'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('event', sa.String(length=32), nullable=False),
    sa.Column('registration_id', sa.Uuid(), nullable=True),
    sa.Column('account_id', sa.Uuid(), nullable=True),
    sa.Column('detail', sa.String(length=64), nullable=True),
    sa.Column('client', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_registration_id'), ['registration_id'], unique=False)

    op.create_table('sms_outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('phone', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('lease_until', sa.DateTime(), nullable=True),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('failed_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sms_outbox'))
    )
    with op.batch_alter_table('sms_outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sms_outbox_next_attempt_at'), ['next_attempt_at'], unique=False)


def downgrade() -> None:
    op.drop_table('sms_outbox')
    op.drop_table('audit_events')
    op.drop_table('web_sessions')
    op.drop_table('one_time_codes')
    op.drop_table('digital_keys')
    op.drop_table('accounts')
    # Security-code e-mails have no place in the older outbox, which holds one link e-mail per registration.
    op.execute("DELETE FROM mail_outbox WHERE kind <> 'activation_link'")
    with op.batch_alter_table('mail_outbox', schema=None) as batch_op:
        batch_op.drop_index('uq_mail_outbox_activation_link', sqlite_where=ACTIVATION_LINK, postgresql_where=ACTIVATION_LINK)
        batch_op.create_unique_constraint('uq_mail_outbox_registration_id', ['registration_id'])
        batch_op.drop_column('expires_at')
        batch_op.drop_column('code')
        batch_op.drop_column('kind')
    # The older schema knows no locked registration: it stays refused as revoked.
    op.execute("UPDATE registrations SET status = 'revoked' WHERE status = 'locked'")
    with op.batch_alter_table('registrations', schema=None) as batch_op:
        batch_op.drop_column('code_attempts')
