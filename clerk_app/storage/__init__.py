"""Local store: SQLAlchemy 2 typed tables, repositories, Alembic migrations, audit chain, retention."""
