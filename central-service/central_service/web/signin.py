"""Sign-in: the password, then a second factor; failures counted per account, delays, a hard limit.

Failed passwords and failed codes count together per account (NIST SP 800-63B §5.2.2). From the
``delay_after``-th consecutive failure on, the account waits ``delay_initial_seconds``, doubling with each
further failure up to ``delay_max_seconds``, before it may try again; at ``max_failures`` (at most 100) it
is locked until the citizen registers again at a counter. A try during a wait is refused unchecked. A
password is checked outside any transaction (Argon2id takes a while), so it first takes an attempt on
the account's row and gives it back when the password was right: parallel guesses cannot slip past the
limit. An unknown username, a wrong password, a waiting or a locked account all answer the same, after
the same Argon2id work.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import update
from sqlalchemy.orm import Session

from central_service.config import SigninSettings
from central_service.db import Database
from central_service.models import Account, DigitalKey
from central_service.web import accounts, audit, keys
from central_service.web.passwords import PasswordHashing
from central_service.web.secretbox import SecretBox


@dataclass(frozen=True)
class _Taken:
    account_id: uuid.UUID
    previous_failure_at: dt.datetime | None


class Throttle:
    def __init__(self, settings: SigninSettings) -> None:
        self._settings = settings

    def waiting(self, account: Account, now: dt.datetime) -> bool:
        """Locked, or still inside the delay its failures earned."""
        if account.locked_at is not None:
            return True
        if account.failures < self._settings.delay_after or account.last_failure_at is None:
            return False
        return account.last_failure_at + self._delay(account.failures) > now

    def _delay(self, failures: int) -> dt.timedelta:
        doublings = min(failures - self._settings.delay_after, 30)
        seconds = min(self._settings.delay_initial_seconds * 2**doublings, self._settings.delay_max_seconds)
        return dt.timedelta(seconds=seconds)

    def count_failure(self, session: Session, account: Account, now: dt.datetime, client: str | None) -> None:
        """One more failure (already counted when taken by :meth:`SignIn.password`): lock at the limit."""
        if account.failures >= self._settings.max_failures and account.locked_at is None:
            account.locked_at = now
            audit.record(session, audit.Event.ACCOUNT_LOCKED, now, client=client, account_id=account.id)
        else:
            audit.record(session, audit.Event.SIGN_IN_FAILED, now, client=client, account_id=account.id)


class SignIn:
    def __init__(
        self,
        db: Database,
        clock: Callable[[], dt.datetime],
        hashing: PasswordHashing,
        box: SecretBox,
        settings: SigninSettings,
    ) -> None:
        self._db = db
        self._clock = clock
        self._hashing = hashing
        self._box = box
        self.throttle = Throttle(settings)

    def password(self, username: str, password: str, client: str | None) -> Account | None:
        """The account when ``username`` and ``password`` are right and it may sign in now, else None."""
        with self._db.reading() as session:
            account = accounts.find_by_username(session, username) if username else None
        taken = self._take(account.id) if account is not None and account.activated_at is not None else None
        if account is None or taken is None:
            self._hashing.verify_decoy(password)
            return None
        if not self._hashing.verify(account.password_hash, password):
            with self._db.transaction() as session:
                row = session.get(Account, account.id, with_for_update=True)
                assert row is not None
                self.throttle.count_failure(session, row, self._clock(), client)
            return None
        values: dict[str, object] = {
            "failures": Account.failures - 1,
            "last_failure_at": taken.previous_failure_at,
        }
        rehash = self._hashing.needs_rehash(account.password_hash)
        if rehash:
            values["password_hash"] = self._hashing.hash(password)
        with self._db.transaction() as session:
            if rehash:
                audit.record(
                    session,
                    audit.Event.PASSWORD_REHASHED,
                    self._clock(),
                    client=client,
                    account_id=account.id,
                )
            session.execute(update(Account).where(Account.id == account.id).values(**values))
        return account

    def _take(self, account_id: uuid.UUID) -> _Taken | None:
        now = self._clock()
        with self._db.transaction() as session:
            account = session.get(Account, account_id, with_for_update=True)
            if account is None or self.throttle.waiting(account, now):
                return None
            taken = _Taken(account.id, account.last_failure_at)
            account.failures += 1
            account.last_failure_at = now
        return taken

    def second_factor(
        self, account_id: uuid.UUID, key_id: uuid.UUID, typed: str, client: str | None
    ) -> keys.KeyCheck | None:
        """Check a code of one of the account's confirmed keys; None while the account must wait.

        Right: the failures start again from zero and the sign-in is recorded.
        """
        now = self._clock()
        with self._db.transaction() as session:
            account = session.get(Account, account_id, with_for_update=True)
            key = session.get(DigitalKey, key_id)
            if account is None or key is None or key.account_id != account_id or key.confirmed_at is None:
                return keys.KeyCheck.NONE
            if self.throttle.waiting(account, now):
                return None
            result = keys.check_code(session, self._box, key, typed, now)
            if result is keys.KeyCheck.OK:
                account.failures = 0
                account.last_failure_at = None
                audit.record(
                    session, audit.Event.SIGNED_IN, now, client=client, account_id=account_id, detail=key.kind
                )
            else:
                account.failures += 1
                account.last_failure_at = now
                self.throttle.count_failure(session, account, now, client)
            return result
