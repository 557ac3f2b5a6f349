"""Alembic environment of the local store.

Migrations always run through :func:`clerk_app.storage.migrate.upgrade`, which opens the encrypted file
(with foreign keys off), starts one transaction and hands its connection over here; so a failed revision
rolls the whole upgrade back, and there is no URL, ini file or offline mode.
"""

from __future__ import annotations

from alembic import context

from clerk_app.storage import audit, outbox, records, search  # noqa: F401 - the tables' owners
from clerk_app.storage.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the store's migrations through clerk_app.storage.migrate.upgrade")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
