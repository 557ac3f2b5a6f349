"""Alembic environment: the service passes its open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from central_service.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
if connection.dialect.name == "postgresql":
    # Several service processes may start at once; only one migrates at a time.
    connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('central_service.migrations'))"))
with context.begin_transaction():
    context.run_migrations()
