"""Receiving registrations exactly once, whatever the network does: the ``Idempotency-Key`` protocol.

Two short transactions per new key:

1. *Claim*: insert the key with the body's fingerprint and a lease, and commit. A second request with
   the key then sees the claim: a different body → 422 ``idempotency_conflict``; the first still
   running → 409 ``request_in_progress``; the first finished → its stored answer again (a replay).
   The insert is ``ON CONFLICT DO NOTHING`` on the primary key, so two concurrent claims cannot both
   win on PostgreSQL, and SQLite serialises them anyway.
2. *Process*: store the registration, apply the supersede rule, queue the link e-mail and record the
   answer under the key, all in one transaction. If it fails unexpectedly the claim is released, so a
   retry starts afresh; if the process dies, the claim's lease runs out and a retry takes it over.

Like Stripe, validation failures are not stored (the same key may be sent again with a corrected
body); definitive answers after the claim are, so a replay always gets the first answer.

A batch (:meth:`Intake.submit_many`) follows the same protocol with one claim transaction for all its
keys and one processing transaction in which each item has its own savepoint, so a backlog costs two disk
syncs per batch instead of two per registration, and one item's failure never touches another's. Items
that lose a race inside the batch, or every item when the batch transaction itself fails (a deadlock),
are processed again one by one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, or_, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from central_service import registrations
from central_service.db import Database, affected_rows
from central_service.errors import ApiError
from central_service.models import IdempotencyKey, Registration
from central_service.wire import RegistrationIn, describe_validation_error, key_problem
from central_service.workstations import CallingWorkstation

log = logging.getLogger(__name__)

#: How long a claimed key counts as "in flight" before another request may take it over.
IN_FLIGHT_LEASE = dt.timedelta(seconds=30)
#: Attempts at the processing transaction when a concurrent request for the same person wins a race.
PROCESS_ATTEMPTS = 5


@dataclass(frozen=True)
class Answer:
    """An HTTP answer for one registration: status code and JSON body."""

    status: int
    body: dict[str, Any]
    replayed: bool = False
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_error(cls, error: ApiError) -> Answer:
        return cls(error.status, error.body(), headers=error.headers)


class _Claimed:
    """Marker: this request holds the key and must process it."""


CLAIMED = _Claimed()


def _in_progress() -> Answer:
    return Answer.from_error(
        ApiError(409, "request_in_progress", "a request with this key is still being processed")
    )


@dataclass(frozen=True)
class _Item:
    """A valid batch item, in the order it came."""

    index: int
    key: str
    registration: RegistrationIn
    fingerprint: str


class Intake:
    """Idempotent intake of registrations for one database."""

    def __init__(
        self,
        db: Database,
        *,
        on_accepted: Callable[[], None] = lambda: None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        any_centre: bool = False,
    ) -> None:
        self._db = db
        self._any_centre = any_centre
        self._on_accepted = on_accepted
        self._clock = clock

    def submit(self, workstation: CallingWorkstation, key: str, registration: RegistrationIn) -> Answer:
        """Judge one registration sent under ``key``; the answer to return (201, replay, 409, 422)."""
        if registration.centre != workstation.centre and not self._any_centre:
            return Answer.from_error(
                ApiError(
                    422, "centre_mismatch", "this workstation is enrolled for another centre", field="centre"
                )
            )
        fingerprint = registration.fingerprint()
        claim = self._claim(key, fingerprint, workstation, self._clock())
        if isinstance(claim, Answer):
            return claim
        try:
            answer = self._process(key, registration, fingerprint, workstation)
        except BaseException:
            self._release(key)
            raise
        if answer.status == 201:
            self._on_accepted()
        return answer

    def submit_many(
        self, workstation: CallingWorkstation, items: Sequence[tuple[str, dict[str, Any]]]
    ) -> list[Answer]:
        """Judge a batch; each item is answered as if it had been sent alone (see the module docstring)."""
        answers: dict[int, Answer] = {}
        todo: list[_Item] = []
        repeated: list[_Item] = []
        seen: set[str] = set()
        for index, (key, body) in enumerate(items):
            problem = key_problem(key)
            if problem is not None:
                answers[index] = Answer.from_error(
                    ApiError(400, "invalid_idempotency_key", problem, field=f"items[{index}].idempotency_key")
                )
                continue
            try:
                registration = RegistrationIn.model_validate(body)
            except ValidationError as exc:
                field_path, detail = describe_validation_error(exc)
                answers[index] = Answer.from_error(ApiError(422, "invalid_body", detail, field=field_path))
                continue
                continue
            item = _Item(index, key, registration, registration.fingerprint())
            if key in seen or (registration.centre != workstation.centre and not self._any_centre):
                repeated.append(item)  # rare: judged one by one after the others, in order
                continue
            seen.add(key)
            todo.append(item)

        now = self._clock()
        claimed: list[_Item] = []
        with self._db.transaction() as session:
            for item in todo:
                claim = self._claim_in(session, item.key, item.fingerprint, workstation, now)
                if claim is CLAIMED:
                    claimed.append(item)
                elif isinstance(claim, Answer):
                    answers[item.index] = claim
        for item in todo:  # a claim released under our feet: the single path tries again
            if item.index not in answers and item not in claimed:
                answers[item.index] = self.submit(workstation, item.key, item.registration)

        alone: list[_Item] = []
        try:
            with self._db.transaction() as session:
                # One person at a time in a fixed order, so concurrent batches lock people in one order.
                for item in sorted(claimed, key=lambda i: (i.registration.person.national_number, i.key)):
                    try:
                        with session.begin_nested():
                            answers[item.index] = self._process_in(
                                session, item.key, item.registration, item.fingerprint, workstation, now
                            )
                    except (DBAPIError, registrations.LostRace):
                        # A race, or a value this database refuses: the savepoint undid only this item.
                        answers.pop(item.index, None)
                        alone.append(item)
        except DBAPIError:
            log.info("batch transaction failed; processing its items one by one")
            alone = claimed
            for item in claimed:
                answers.pop(item.index, None)
        for item in alone:
            try:
                answers[item.index] = self._process(
                    item.key, item.registration, item.fingerprint, workstation
                )
            except Exception as exc:
                self._release(item.key)
                log.error("batch item %d failed with %s", item.index, type(exc).__name__)
                answers[item.index] = Answer.from_error(
                    ApiError(500, "internal_error", "unexpected server error")
                )
            except BaseException:
                self._release(item.key)
                raise
        for item in repeated:
            answers[item.index] = self.submit(workstation, item.key, item.registration)
        if any(answer.status == 201 and not answer.replayed for answer in answers.values()):
            self._on_accepted()
        return [answers[index] for index in range(len(items))]

    def _claim(
        self, key: str, fingerprint: str, workstation: CallingWorkstation, now: dt.datetime
    ) -> Answer | _Claimed:
        for _ in range(3):
            with self._db.transaction() as session:
                claim = self._claim_in(session, key, fingerprint, workstation, now)
            if claim is not None:
                return claim
        return _in_progress()

    def _claim_in(
        self, session: Session, key: str, fingerprint: str, workstation: CallingWorkstation, now: dt.datetime
    ) -> Answer | _Claimed | None:
        """Claim ``key`` inside ``session``: CLAIMED, the answer to give instead, or None to try again."""
        claimed = session.execute(
            self._db.insert(IdempotencyKey)
            .values(
                key=key,
                request_hash=fingerprint,
                workstation_id=workstation.id,
                created_at=now,
                lease_until=now + IN_FLIGHT_LEASE,
            )
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(IdempotencyKey.key)
        ).first()
        if claimed is not None:
            return CLAIMED
        held = session.get(IdempotencyKey, key)
        if held is None:
            return None  # released between our insert and our read
        if held.request_hash != fingerprint:
            return Answer.from_error(
                ApiError(422, "idempotency_conflict", "this key was used with a different body")
            )
        if held.completed_at is not None:
            assert held.response_status is not None and held.response_body is not None
            return Answer(held.response_status, json.loads(held.response_body), replayed=True)
        if held.lease_until is not None and held.lease_until > now:
            return _in_progress()
        # The request that claimed it died without answering: take over its lease.
        taken = session.execute(
            update(IdempotencyKey)
            .where(
                IdempotencyKey.key == key,
                IdempotencyKey.completed_at.is_(None),
                or_(IdempotencyKey.lease_until.is_(None), IdempotencyKey.lease_until <= now),
            )
            .values(lease_until=now + IN_FLIGHT_LEASE)
        )
        return CLAIMED if affected_rows(taken) == 1 else _in_progress()

    def _process(
        self,
        key: str,
        registration: RegistrationIn,
        fingerprint: str,
        workstation: CallingWorkstation,
    ) -> Answer:
        for attempt in range(1, PROCESS_ATTEMPTS + 1):
            try:
                with self._db.transaction() as session:
                    return self._process_in(
                        session, key, registration, fingerprint, workstation, self._clock()
                    )
            except (IntegrityError, registrations.LostRace):
                # A concurrent request for the same person or the same id committed first; with its
                # row now visible, the next attempt decides correctly.
                if attempt == PROCESS_ATTEMPTS:
                    raise
                log.info("registration transaction lost a race; retrying (attempt %d)", attempt)
        raise AssertionError("unreachable")

    def _process_in(
        self,
        session: Session,
        key: str,
        registration: RegistrationIn,
        fingerprint: str,
        workstation: CallingWorkstation,
        now: dt.datetime,
    ) -> Answer:
        """Decide on a claimed key inside ``session`` and record the answer under the key."""
        claim = session.get(IdempotencyKey, key, with_for_update=True)
        if claim is None or claim.completed_at is not None:
            # Our lease ran out and another request took the key over: it answers.
            return Answer.from_error(
                ApiError(409, "request_in_progress", "another request took over this key")
            )
        answer = self._decide(session, registration, fingerprint, workstation, now)
        claim.completed_at = now
        claim.lease_until = None
        claim.response_status = answer.status
        claim.response_body = json.dumps(answer.body)
        return answer

    def _decide(
        self,
        session: Session,
        registration: RegistrationIn,
        fingerprint: str,
        workstation: CallingWorkstation,
        now: dt.datetime,
    ) -> Answer:
        existing = session.get(Registration, registration.id)
        if existing is not None:
            if existing.request_hash == fingerprint:
                # Known already (sent before under another key, or its key was purged): same answer.
                return Answer(201, registrations.status_body(existing, now).model_dump(mode="json"))
            return Answer.from_error(
                ApiError(422, "registration_conflict", "another registration has this id", field="id")
            )
        if registration.expires_at <= now:
            return Answer.from_error(
                ApiError(422, "registration_expired", "the activation period is over", field="expires_at")
            )
        row = registrations.store(session, registration, fingerprint, workstation.id, now)
        return Answer(201, registrations.status_body(row, now).model_dump(mode="json"))

    def _release(self, key: str) -> None:
        try:
            with self._db.transaction() as session:
                session.execute(
                    delete(IdempotencyKey).where(
                        IdempotencyKey.key == key, IdempotencyKey.completed_at.is_(None)
                    )
                )
        except Exception:
            log.exception("could not release an idempotency claim; its lease will run out")


def purge_keys(db: Database, retention: dt.timedelta, now: dt.datetime) -> int:
    """Forget idempotency keys older than ``retention``; returns how many went."""
    with db.transaction() as session:
        result = session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < now - retention))
        return affected_rows(result)
