"""The local store, opened: one encrypted SQLite file per profile, its jobs as attributes.

``Store.open(settings, secrets)`` checks the key, brings the schema up to date and returns the store;
callers then use the part for their job, each a small class sharing the store's transactions:

- ``registrations``: register, re-issue, look up and search (the UI's register step and registrations
  view);
- ``reports``: counts per day, centre and clerk with their statuses (the counts screen and
  ``clerk-app report counts``);
- ``outbox``: what waits for the central service, the answers and statuses it gives (the sync relay);
- ``retention``: erase personal data whose period is over (start-up, ``clerk-app db purge``);
- ``integrity``: check the file and the audit chain (``clerk-app db verify``, the self-test);
- ``audit``: a registration's history (``clerk-app db history``).
"""

from __future__ import annotations

from sqlalchemy import Engine

from clerk_app.config import Settings
from clerk_app.secrets import SecretStore
from clerk_app.storage.audit import AuditLog
from clerk_app.storage.database import Transactions, check_key, database_key, make_engine
from clerk_app.storage.integrity import Integrity
from clerk_app.storage.migrate import upgrade
from clerk_app.storage.outbox import Outbox
from clerk_app.storage.registrations import Registrations
from clerk_app.storage.reports import Reports
from clerk_app.storage.retention import Retention


class Store:
    """Registrations, their outbox and their audit log in one encrypted file. Open with :meth:`open`."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self._engine = engine
        transactions = Transactions(engine)
        self.registrations = Registrations(transactions)
        self.reports = Reports(transactions)
        self.outbox = Outbox(transactions)
        self.retention = Retention(transactions, settings.retention_days, settings.paths.backup_dir)
        self.integrity = Integrity(transactions)
        self.audit = AuditLog(transactions)

    @classmethod
    def open(cls, settings: Settings, secrets: SecretStore) -> Store:
        """Open (or create) the profile's store and bring its schema up to date.

        The key comes from ``secrets`` (made for a new store only). A missing or wrong key for an existing
        file raises :class:`DatabaseKeyError` and the file is not touched; a failed schema upgrade raises
        :class:`MigrationError` naming the backup taken just before it.
        """
        paths = settings.paths
        key = database_key(secrets, paths.database)
        if paths.database.exists():
            check_key(paths.database, key)
        paths.ensure()
        upgrade(paths.database, key, paths.backup_dir)
        return cls(make_engine(paths.database, key), settings)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
