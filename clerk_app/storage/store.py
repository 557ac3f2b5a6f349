"""The local registration store: what the UI and the sync relay call.

One encrypted SQLite file per profile (see :mod:`clerk_app.storage.database`). Every change is one
short transaction that takes the write lock first (``BEGIN IMMEDIATE``), so the UI thread and the sync
relay thread can share a store; each call opens its own session. Registering writes the registration, its
outbox row (the body of docs/wire-format.md; the row id is the Idempotency-Key) and its audit entry
together, or nothing. The plain activation code is returned once and never stored or logged.

Retention: :meth:`RegistrationStore.purge` erases personal data ``retention_days`` after the central
service accepted a registration. Call it at start-up and once a day; ``clerk-app db purge`` runs it by
hand.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, Select, and_, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from activation_code import generate_code, hash_code
from clerk_app.config import Settings
from clerk_app.domain.delivery import Accepted, DeliveryOutcome, Rejected
from clerk_app.domain.eligibility import assess
from clerk_app.domain.reasons import blocking_codes
from clerk_app.domain.registration import (
    Clerk,
    Language,
    Registration,
    RegistrationRequest,
    RegistrationStatus,
    can_transition,
)
from clerk_app.errors import InputError, RecordNotFound
from clerk_app.secrets import SecretStore
from clerk_app.storage import audit
from clerk_app.storage.audit import AuditAction
from clerk_app.storage.database import (
    IMMEDIATE,
    check_key,
    database_key,
    make_engine,
    storage_errors,
)
from clerk_app.storage.migrate import upgrade
from clerk_app.storage.records import (
    PERSONAL_COLUMNS,
    OutboxState,
    digits,
    new_registration_row,
    outbox_row,
    prefix_range,
    query_tokens,
    to_registration,
    token_rows,
)
from clerk_app.storage.schema import AUDIT_TRIGGER_NAMES, AuditRow, NameToken, OutboxRow, RegistrationRow

log = logging.getLogger(__name__)

#: Reason codes of :class:`InputError` raised by :meth:`RegistrationStore.reissue` (besides eligibility's).
REISSUE_NOT_ALLOWED = "reissue_not_allowed"  # the registration is no longer issued or accepted
REISSUE_PURGED = "reissue_personal_data_purged"  # nothing left to re-issue from
#: Server reason and error codes are kept (and audited) only when they look like codes, never free text.
_CODE = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
_UNREADABLE_CODE = "unreadable_code"
_BACKUP_NAME = re.compile(r"registrations-(\d{8}T\d{6})\d{6}Z-rev.+\.db")


@dataclass(frozen=True)
class IssuedRegistration:
    """A stored registration and its plain activation code, which exists only in this object."""

    registration: Registration
    code: str  # display form XXXX-XXXX-XXXX: show it and print it, never log or store it

    def __repr__(self) -> str:
        return f"IssuedRegistration(id={self.registration.id})"


@dataclass(frozen=True)
class OutboxItem:
    """A registration body due for sending; ``id`` is its Idempotency-Key."""

    id: uuid.UUID
    registration_id: uuid.UUID
    payload: dict[str, Any] = field(repr=False)  # personal data
    attempts: int
    created_at: dt.datetime


@dataclass(frozen=True)
class AuditEntry:
    """One line of a registration's history: who (staff number, ``sync`` or ``retention``) did what."""

    seq: int
    at: dt.datetime
    action: AuditAction
    actor: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    centre_id: str
    clerk: Clerk
    registrations: int


@dataclass(frozen=True)
class PurgeReport:
    dry_run: bool
    registrations: int  # registrations whose personal data was (or would be) erased
    backups: tuple[Path, ...]  # backup files removed (or that would be)


@dataclass(frozen=True)
class VerifyReport:
    registrations: int
    audit_entries: int
    problems: tuple[str, ...]  # empty when everything checks out; never holds personal data

    @property
    def ok(self) -> bool:
        return not self.problems


class RegistrationStore:
    """Registrations, their outbox and their audit log in one encrypted file. Open with :meth:`open`."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self._engine = engine
        self._settings = settings
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False
        )

    @classmethod
    def open(cls, settings: Settings, secrets: SecretStore) -> RegistrationStore:
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

    def __enter__(self) -> RegistrationStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the counter ----------------------------------------------------------------------------------

    def register(self, request: RegistrationRequest, now: dt.datetime | None = None) -> IssuedRegistration:
        """Register an eligible request and return it with its new activation code.

        Any blocking eligibility reason raises :class:`InputError` with the reason codes; nothing is
        stored then. ``now`` (timezone-aware, default: the current time) is cut to whole seconds.
        """
        created_at = _registration_time(now)
        local_day = created_at.astimezone().date()
        _refuse_ineligible(request, local_day)
        code = generate_code()
        code_hash = hash_code(code)
        with self._writing("register") as session:
            row = _add_registration(session, request, uuid.uuid4(), code_hash, created_at, local_day, None)
        log.info("registration %s issued", row.id)
        return IssuedRegistration(to_registration(row), code)

    def reissue(
        self,
        registration_id: uuid.UUID,
        clerk: Clerk,
        now: dt.datetime | None = None,
        *,
        email: str | None = None,
        language: Language | None = None,
        centre_id: str | None = None,
        presence_confirmed: bool = True,
    ) -> IssuedRegistration:
        """Revoke a registration and issue a new one for the same person, with a new code.

        For a lost code or a wrong e-mail address; the person is at the counter (pass
        ``presence_confirmed=False`` when the clerk did not confirm it, and eligibility refuses). The
        eligibility rules run again on the stored identity; ``email``, ``language`` and ``centre_id``
        default to the old registration's. A pending outbox row of the old registration is cancelled so a
        revoked code never reaches the central service. Only issued or accepted registrations whose
        personal data was not purged can be re-issued, else :class:`InputError`.
        """
        created_at = _registration_time(now)
        local_day = created_at.astimezone().date()
        old = self.get(registration_id)
        _refuse_unreissuable(old)
        assert old.identity is not None and old.email is not None  # checked just above
        request = RegistrationRequest(
            identity=old.identity,
            email=old.email if email is None else email,
            language=old.language if language is None else language,
            presence_confirmed=presence_confirmed,
            centre_id=old.centre_id if centre_id is None else centre_id,
            clerk=clerk,
        )
        _refuse_ineligible(request, local_day)
        code = generate_code()
        code_hash = hash_code(code)
        new_id = uuid.uuid4()
        with self._writing("reissue") as session:
            old_row = _registration_row(session, registration_id)
            _refuse_unreissuable(to_registration(old_row))  # it may have changed since it was read
            pending = session.scalars(
                select(OutboxRow).where(
                    OutboxRow.registration_id == old_row.id, OutboxRow.state == OutboxState.PENDING.value
                )
            ).all()
            for outbox in pending:
                outbox.state = OutboxState.CANCELLED.value
                outbox.completed_at = created_at
            _set_status(
                session,
                old_row,
                RegistrationStatus.REVOKED,
                created_at,
                actor=clerk.staff_number,
                action=AuditAction.REVOKED,
                detail={"replaced_by": str(new_id), "outbox_cancelled": len(pending)},
            )
            row = _add_registration(
                session, request, new_id, code_hash, created_at, local_day, registration_id
            )
        log.info("registration %s re-issued as %s", registration_id, row.id)
        return IssuedRegistration(to_registration(row), code)

    def get(self, registration_id: uuid.UUID) -> Registration:
        with self._reading("get") as session:
            return to_registration(_registration_row(session, registration_id))

    def history(self, registration_id: uuid.UUID) -> list[AuditEntry]:
        """The audit entries of a registration, oldest first (they hold no personal data)."""
        query = (
            select(AuditRow).where(AuditRow.registration_id == str(registration_id)).order_by(AuditRow.seq)
        )
        with self._reading("history") as session:
            return [
                AuditEntry(row.seq, row.at, AuditAction(row.action), row.actor, json.loads(row.detail))
                for row in session.scalars(query)
            ]

    def search(
        self,
        text: str | None = None,
        national_number: str | None = None,
        day_from: dt.date | None = None,
        day_to: dt.date | None = None,
        status: RegistrationStatus | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Registration]:
        """Registrations matching every given filter, newest first.

        ``text``: each word must start a word of the surname or given names, ignoring case and accents
        ("jans" finds "Janssens", "segolene" finds "Ségolène"). ``national_number``: with or without dots,
        dashes and spaces. ``day_from``/``day_to``: the counter's calendar days, inclusive.
        """
        conditions = []
        if national_number is not None and national_number.strip():
            wanted = digits(national_number)
            if not wanted:
                return []
            conditions.append(RegistrationRow.national_number == wanted)
        if day_from is not None:
            conditions.append(RegistrationRow.local_day >= day_from)
        if day_to is not None:
            conditions.append(RegistrationRow.local_day <= day_to)
        if status is not None:
            conditions.append(RegistrationRow.status == status.value)
        words = query_tokens(text) if text is not None and text.strip() else None
        if words == []:
            return []
        with self._reading("search") as session:
            if words is None:
                query = (
                    select(RegistrationRow)
                    .where(*conditions)
                    .order_by(RegistrationRow.created_at.desc(), RegistrationRow.id.desc())
                    .limit(limit)
                    .offset(offset)
                )
                return [to_registration(row) for row in session.scalars(query)]
            ids = list(session.scalars(_name_matches(session, words, conditions, limit, offset)))
            rows = {
                row.id: row
                for row in session.scalars(select(RegistrationRow).where(RegistrationRow.id.in_(ids)))
            }
            return [to_registration(rows[key]) for key in ids]

    def counts(self, day_from: dt.date, day_to: dt.date) -> list[DayCount]:
        """How many registrations each clerk made per day and centre, ``day_from``..``day_to`` inclusive."""
        query = (
            select(
                RegistrationRow.local_day,
                RegistrationRow.centre_id,
                RegistrationRow.clerk_staff_number,
                RegistrationRow.clerk_name,
                func.count(),
            )
            .where(RegistrationRow.local_day >= day_from, RegistrationRow.local_day <= day_to)
            .group_by(
                RegistrationRow.local_day,
                RegistrationRow.centre_id,
                RegistrationRow.clerk_staff_number,
                RegistrationRow.clerk_name,
            )
            .order_by(
                RegistrationRow.local_day, RegistrationRow.centre_id, RegistrationRow.clerk_staff_number
            )
        )
        with self._reading("counts") as session:
            return [
                DayCount(day, centre, Clerk(name=name, staff_number=staff), count)
                for day, centre, staff, name, count in session.execute(query)
            ]

    # -- the sync relay -------------------------------------------------------------------------------

    def due_outbox(self, now: dt.datetime, limit: int = 50) -> list[OutboxItem]:
        """Pending outbox rows whose next attempt is due, oldest first."""
        moment = _aware(now)
        query = (
            select(OutboxRow)
            .where(
                OutboxRow.state == OutboxState.PENDING.value,
                or_(OutboxRow.next_attempt_at.is_(None), OutboxRow.next_attempt_at <= moment),
            )
            .order_by(OutboxRow.created_at, OutboxRow.id)
            .limit(limit)
        )
        with self._reading("due_outbox") as session:
            return [
                OutboxItem(
                    id=uuid.UUID(row.id),
                    registration_id=uuid.UUID(row.registration_id),
                    payload=dict(row.payload or {}),
                    attempts=row.attempts,
                    created_at=row.created_at,
                )
                for row in session.scalars(query)
            ]

    def record_deliveries(self, outcomes: Sequence[DeliveryOutcome], now: dt.datetime) -> None:
        """Record several answers of the central service in one transaction (one disk sync).

        The relay sends a backlog and records the answers together: if the process dies before this
        commits, the rows are simply sent again under the same idempotency keys and the service answers
        with its first response, so nothing is delivered twice.
        """
        moment = _aware(now)
        with self._writing("record_deliveries") as session:
            for outcome in outcomes:
                outbox = _outbox_row(session, outcome.outbox_id)
                if isinstance(outcome, Accepted):
                    _accept(session, outbox, outcome.central_status, moment)
                elif isinstance(outcome, Rejected):
                    _reject(session, outbox, outcome.reason, moment)
                else:
                    _defer(outbox, _aware(outcome.next_attempt_at), outcome.error_code)

    def apply_central_status(
        self, registration_id: uuid.UUID, status: RegistrationStatus, now: dt.datetime
    ) -> bool:
        """Record a status the central service reports; True if it changed anything.

        Changes not allowed by ``TRANSITIONS`` (a replayed or out-of-order message) are ignored.
        """
        moment = _aware(now)
        with self._writing("apply_central_status") as session:
            row = _registration_row(session, registration_id)
            current = RegistrationStatus(row.status)
            if status is current or not can_transition(current, status):
                return False
            if status is RegistrationStatus.ACCEPTED and row.accepted_at is None:
                row.accepted_at = moment
            _set_status(session, row, status, moment, actor=audit.SYNC_ACTOR)
            return True

    def pending_count(self) -> int:
        with self._reading("pending_count") as session:
            query = select(func.count()).where(OutboxRow.state == OutboxState.PENDING.value)
            return int(session.scalar(query) or 0)

    def last_accepted_at(self) -> dt.datetime | None:
        with self._reading("last_accepted_at") as session:
            query = select(OutboxRow.completed_at).where(OutboxRow.state == OutboxState.ACCEPTED.value)
            return session.scalar(query.order_by(OutboxRow.completed_at.desc()).limit(1))

    # -- retention and checks -------------------------------------------------------------------------

    def purge(self, now: dt.datetime | None = None, dry_run: bool = False) -> PurgeReport:
        """Erase personal data whose retention period is over; the audit log stays.

        Erased: the personal columns and name-search words of registrations accepted by the central
        service ``retention_days`` or more ago (and of registrations revoked that long ago that never
        reached it), their outbox bodies, and backup files older than ``retention_days``.
        """
        moment = _aware(now if now is not None else dt.datetime.now(dt.UTC))
        cutoff = moment - dt.timedelta(days=self._settings.retention_days)
        due = select(RegistrationRow.id).where(
            RegistrationRow.purged_at.is_(None),
            or_(
                RegistrationRow.accepted_at <= cutoff,
                and_(
                    RegistrationRow.accepted_at.is_(None),
                    RegistrationRow.status == RegistrationStatus.REVOKED.value,
                    RegistrationRow.status_changed_at <= cutoff,
                ),
            ),
        )
        backups = self._expired_backups(cutoff)
        if dry_run:
            with self._reading("purge") as session:
                count = len(session.scalars(due).all())
            return PurgeReport(dry_run=True, registrations=count, backups=backups)
        with self._writing("purge") as session:
            ids = list(session.scalars(due))
            for registration_id in ids:
                session.execute(
                    update(RegistrationRow)
                    .where(RegistrationRow.id == registration_id)
                    .values(purged_at=moment, **dict.fromkeys(PERSONAL_COLUMNS))
                )
                session.execute(delete(NameToken).where(NameToken.registration_id == registration_id))
                session.execute(
                    update(OutboxRow).where(OutboxRow.registration_id == registration_id).values(payload=None)
                )
                audit.append(
                    session,
                    at=moment,
                    action=AuditAction.PURGED,
                    registration_id=uuid.UUID(registration_id),
                    actor=audit.RETENTION_ACTOR,
                    detail={"retention_days": self._settings.retention_days},
                )
        if ids:
            self._checkpoint()
        for path in backups:
            path.unlink(missing_ok=True)
        log.info("purge erased %d registration(s) and %d backup(s)", len(ids), len(backups))
        return PurgeReport(dry_run=False, registrations=len(ids), backups=backups)

    def verify(self) -> VerifyReport:
        """Check the file (SQLite and SQLCipher integrity, foreign keys), the audit chain and that every
        registration has its outbox row and its issue entry in the audit log."""
        problems: list[str] = []
        with self._reading("verify") as session:
            connection = session.connection()
            integrity = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems += [f"integrity_check: {line}" for line in integrity[:20]]
            pages = connection.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            if pages:
                problems.append(f"cipher_integrity_check: {len(pages)} page(s) fail authentication")
            for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
            triggers = {
                str(r[0])
                for r in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            }
            problems += [
                f"audit trigger {name} is missing" for name in AUDIT_TRIGGER_NAMES if name not in triggers
            ]
            trail = audit.walk(
                session.scalars(select(AuditRow).order_by(AuditRow.seq).execution_options(yield_per=1000))
            )
            problems += trail.problems
            rows = session.execute(
                select(RegistrationRow.id, RegistrationRow.status, RegistrationRow.purged_at.is_not(None))
            )
            statuses: dict[str, str] = {}
            purged: set[str] = set()
            for key, status, erased in rows:
                statuses[key] = status
                if erased:
                    purged.add(key)
            registrations = len(statuses)
            missing = sum(1 for key in statuses if key not in trail.statuses)
            if missing:
                problems.append(f"{missing} registration(s) without their audit entry")
            differing = sum(1 for key, now in statuses.items() if trail.statuses.get(key, now) != now)
            if differing:
                problems.append(f"{differing} registration(s) whose status differs from the audit log")
            unrecorded = len(purged - trail.purged)
            if unrecorded:
                problems.append(f"{unrecorded} registration(s) erased without their audit entry")
            without_outbox = session.scalar(
                select(func.count())
                .select_from(RegistrationRow)
                .where(~exists().where(OutboxRow.registration_id == RegistrationRow.id))
            )
            if without_outbox:
                problems.append(f"{without_outbox} registration(s) without an outbox row")
        return VerifyReport(
            registrations=registrations, audit_entries=trail.entries, problems=tuple(problems)
        )

    # -- internals ------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self, action: str) -> Iterator[Session]:
        with storage_errors(action), self._writer.begin() as session:
            yield session

    @contextlib.contextmanager
    def _reading(self, action: str) -> Iterator[Session]:
        with storage_errors(action), self._reader() as session:
            yield session

    def _checkpoint(self) -> None:
        """Move the WAL into the file and empty it, so erased data does not linger in the WAL."""
        with storage_errors("checkpoint"):
            pooled = self._engine.raw_connection()
            try:
                pooled.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()  # type: ignore[union-attr]
            finally:
                pooled.close()

    def _expired_backups(self, cutoff: dt.datetime) -> tuple[Path, ...]:
        folder = self._settings.paths.backup_dir
        if not folder.is_dir():
            return ()
        expired = []
        for path in sorted(folder.iterdir()):
            match = _BACKUP_NAME.fullmatch(path.name)
            if match is None:
                continue
            taken = dt.datetime.strptime(match.group(1), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
            if taken <= cutoff:
                expired.append(path)
        return tuple(expired)


#: Counting stops here when choosing which search word drives the query: enough to tell words apart.
_SELECTIVITY_PROBE = 2000


def _name_matches(
    session: Session, words: list[str], conditions: list[ColumnElement[bool]], limit: int, offset: int
) -> Select[str]:
    """Ids of registrations with a name word starting with each of ``words``, newest first.

    The word with the fewest matches drives an index range scan of ``name_tokens``; each other word is
    an indexed probe per candidate. Ranking uses the ``created_at`` copied into the token rows, so only
    the registrations on the requested page are read (plus any others ``conditions`` need).
    """

    def matches(word: str) -> int:
        low, high = prefix_range(word)
        probe = select(NameToken.token).where(NameToken.token >= low, NameToken.token < high)
        return int(
            session.scalar(select(func.count()).select_from(probe.limit(_SELECTIVITY_PROBE).subquery())) or 0
        )

    driver, *others = sorted(words, key=matches) if len(words) > 1 else words
    token = aliased(NameToken, name="driver")
    low, high = prefix_range(driver)
    newest = func.max(token.created_at).label("newest")
    query = select(token.registration_id).where(token.token >= low, token.token < high)
    for word in others:
        other = aliased(NameToken)
        low, high = prefix_range(word)
        query = query.where(
            exists().where(
                other.registration_id == token.registration_id, other.token >= low, other.token < high
            )
        )
    if conditions:
        query = query.join(RegistrationRow, RegistrationRow.id == token.registration_id).where(*conditions)
    return (
        query.group_by(token.registration_id)
        .order_by(newest.desc(), token.registration_id.desc())
        .limit(limit)
        .offset(offset)
    )


def _aware(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        raise ValueError("times given to the store must be timezone-aware")
    return moment.astimezone(dt.UTC)


def _registration_time(now: dt.datetime | None) -> dt.datetime:
    """Whole seconds, as sent on the wire, so the stored and the sent times are the same."""
    return _aware(now if now is not None else dt.datetime.now(dt.UTC)).replace(microsecond=0)


def _safe_code(text: str) -> str:
    return text if _CODE.fullmatch(text) else _UNREADABLE_CODE


def _refuse_ineligible(request: RegistrationRequest, day: dt.date) -> None:
    blocking = blocking_codes(assess(request, day))
    if blocking:
        raise InputError(blocking)


def _refuse_unreissuable(registration: Registration) -> None:
    if registration.identity is None or registration.email is None:
        raise InputError((REISSUE_PURGED,))
    if not can_transition(registration.status, RegistrationStatus.REVOKED):
        raise InputError((REISSUE_NOT_ALLOWED,))


def _registration_row(session: Session, registration_id: uuid.UUID) -> RegistrationRow:
    row = session.get(RegistrationRow, str(registration_id))
    if row is None:
        raise RecordNotFound("no such registration")
    return row


def _accept(
    session: Session, outbox: OutboxRow, central_status: RegistrationStatus, moment: dt.datetime
) -> None:
    if outbox.state not in (OutboxState.PENDING.value, OutboxState.CANCELLED.value):
        log.warning("outbox %s is %s; acceptance ignored", outbox.id, outbox.state)
        return
    outbox.state = OutboxState.ACCEPTED.value
    outbox.completed_at = moment
    outbox.attempts += 1
    outbox.next_attempt_at = None
    outbox.central_status = central_status.value
    row = _registration_row(session, uuid.UUID(outbox.registration_id))
    if row.accepted_at is None:
        row.accepted_at = moment
    audit.append(
        session,
        at=moment,
        action=AuditAction.DELIVERED,
        registration_id=uuid.UUID(row.id),
        actor=audit.SYNC_ACTOR,
        detail={"outbox": outbox.id, "central_status": central_status.value},
    )
    for target in dict.fromkeys((RegistrationStatus.ACCEPTED, central_status)):
        if row.status == target.value or not can_transition(RegistrationStatus(row.status), target):
            continue
        _set_status(session, row, target, moment, actor=audit.SYNC_ACTOR)


def _reject(session: Session, outbox: OutboxRow, reason: str, moment: dt.datetime) -> None:
    if outbox.state != OutboxState.PENDING.value:
        log.warning("outbox %s is %s; rejection ignored", outbox.id, outbox.state)
        return
    code = _safe_code(reason)
    outbox.state = OutboxState.REJECTED.value
    outbox.completed_at = moment
    outbox.attempts += 1
    outbox.next_attempt_at = None
    outbox.last_error_code = code
    row = _registration_row(session, uuid.UUID(outbox.registration_id))
    audit.append(
        session,
        at=moment,
        action=AuditAction.REFUSED,
        registration_id=uuid.UUID(row.id),
        actor=audit.SYNC_ACTOR,
        detail={"outbox": outbox.id, "reason": code},
    )
    if can_transition(RegistrationStatus(row.status), RegistrationStatus.REJECTED):
        row.rejection_reason = code
        _set_status(session, row, RegistrationStatus.REJECTED, moment, actor=audit.SYNC_ACTOR)


def _defer(outbox: OutboxRow, next_attempt_at: dt.datetime, error_code: str) -> None:
    if outbox.state != OutboxState.PENDING.value:
        return
    outbox.attempts += 1
    outbox.next_attempt_at = next_attempt_at
    outbox.last_error_code = _safe_code(error_code)


def _outbox_row(session: Session, outbox_id: uuid.UUID) -> OutboxRow:
    row = session.get(OutboxRow, str(outbox_id))
    if row is None:
        raise RecordNotFound("no such outbox row")
    return row


def _add_registration(
    session: Session,
    request: RegistrationRequest,
    registration_id: uuid.UUID,
    code_hash: str,
    created_at: dt.datetime,
    local_day: dt.date,
    replaces: uuid.UUID | None,
) -> RegistrationRow:
    """The registration row, its name words, its outbox row and its audit entry (caller's transaction)."""
    row = new_registration_row(
        registration_id=registration_id,
        identity=request.identity,
        email=request.email,
        language=request.language,
        centre_id=request.centre_id,
        clerk=request.clerk,
        code_hash=code_hash,
        created_at=created_at,
        local_day=local_day,
        replaces=replaces,
    )
    session.add(row)
    session.flush()  # the parent row first: the rows below point to it
    session.add_all(token_rows(row))
    outbox = outbox_row(row, uuid.uuid4())
    session.add(outbox)
    audit.append(
        session,
        at=created_at,
        action=AuditAction.ISSUED,
        registration_id=registration_id,
        actor=request.clerk.staff_number,
        detail={"centre": request.centre_id, "outbox": outbox.id, "replaces": row.replaces},
    )
    return row


def _set_status(
    session: Session,
    row: RegistrationRow,
    status: RegistrationStatus,
    at: dt.datetime,
    *,
    actor: str,
    action: AuditAction = AuditAction.STATUS_CHANGED,
    detail: dict[str, audit.DetailValue] | None = None,
) -> None:
    previous = row.status
    row.status = status.value
    row.status_changed_at = at
    audit.append(
        session,
        at=at,
        action=action,
        registration_id=uuid.UUID(row.id),
        actor=actor,
        detail={"from": previous, "to": status.value, **(detail or {})},
    )
