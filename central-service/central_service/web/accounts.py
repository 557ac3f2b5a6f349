"""Accounts: the username rules, and setting a person's username and password after a correct code.

A username is 3-64 letters, digits, ``.``, ``-`` or ``_``, unique without regard to case, and never a
national register or BIS number (whatever the separators). A person has one account: entering the code
of a newer registration and choosing credentials again resets that account (new username and password,
its keys dropped, usable again once a new key is confirmed), which is how someone who lost theirs
gets back in: through a counter, where their identity was checked.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from stdnum.be import bis, nn

from central_service.models import Account, DigitalKey, Registration, WebSession
from central_service.web.passwords import birth_date_forms

MIN_USERNAME = 3
MAX_USERNAME = 64
_USERNAME = re.compile(r"[A-Za-z0-9._-]+")


class UsernameProblem(StrEnum):
    LENGTH = "length"
    CHARACTERS = "characters"
    NATIONAL_NUMBER = "national_number"
    TAKEN = "taken"


def username_problem(username: str) -> UsernameProblem | None:
    """What is wrong with a username on its own (whether it is free is checked when it is stored)."""
    if not MIN_USERNAME <= len(username) <= MAX_USERNAME:
        return UsernameProblem.LENGTH
    if not _USERNAME.fullmatch(username):
        return UsernameProblem.CHARACTERS
    digits = re.sub(r"[._-]", "", username)
    if re.fullmatch("[0-9]{11}", digits) and (nn.is_valid(digits) or bis.is_valid(digits)):
        return UsernameProblem.NATIONAL_NUMBER
    return None


def username_key(username: str) -> str:
    return username.casefold()


def personal_words(registration: Registration) -> list[str]:
    """What a password must not be built from: the person's names, birth date and e-mail name."""
    names = f"{registration.surname} {registration.given_names}".replace("-", " ").split()
    return [*names, *birth_date_forms(registration.birth_date), registration.email.split("@")[0]]


def find_by_username(session: Session, username: str) -> Account | None:
    return session.execute(
        select(Account).where(Account.username_key == username_key(username))
    ).scalar_one_or_none()


def set_credentials(
    session: Session, registration: Registration, username: str, password_hash: str, now: dt.datetime
) -> Account | None:
    """The person's account with these credentials, not yet usable; None when the username is taken."""
    taken = find_by_username(session, username)
    if taken is not None and taken.national_number != registration.national_number:
        return None
    account = session.execute(
        select(Account).where(Account.national_number == registration.national_number).with_for_update()
    ).scalar_one_or_none()
    try:
        with session.begin_nested():
            if account is None:
                account = Account(
                    id=uuid.uuid4(), national_number=registration.national_number, created_at=now
                )
                session.add(account)
            else:  # the old credentials stop working, everywhere they were signed in
                session.execute(delete(DigitalKey).where(DigitalKey.account_id == account.id))
                session.execute(delete(WebSession).where(WebSession.account_id == account.id))
            account.registration_id = registration.id
            account.username = username
            account.username_key = username_key(username)
            account.password_hash = password_hash
            account.activated_at = None
            account.failures = 0
            account.last_failure_at = None
            account.locked_at = None
            session.flush()
    except IntegrityError:  # another person took the username a moment ago
        return None
    return account
