"""Finding registrations by name: the ``name_tokens`` table of folded name words and its prefix query.

Registering adds a registration's words (:func:`token_rows`), retention erases them with the rest of its
personal data, and :func:`matching_ids` finds the registrations whose names start with every word typed,
ignoring case and accents ("jans" finds "Janssens", "segolene" finds "Ségolène").
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from sqlalchemy import ColumnElement, ForeignKey, Index, Select, String, exists, func, select
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from clerk_app.storage.records import RegistrationRow
from clerk_app.storage.schema import Base, UtcDateTime

_WORD = re.compile(r"\w+")
_PUNCTUATION = re.compile(r"[\W_]+")
#: Sorts after every other character: ``token < prefix + _TOP`` bounds an index range scan by prefix.
_TOP = chr(0x10FFFF)
#: Counting stops here when choosing which search word drives the query: enough to tell words apart.
_SELECTIVITY_PROBE = 2000


class NameToken(Base):
    """Folded name words of a registration (personal data), for indexed prefix search by name.

    A copy of the registration's ``created_at`` rides along, so a search can rank matches newest first
    from this table alone, without reading each matching registration.
    """

    __tablename__ = "name_tokens"
    __table_args__ = (
        Index("ix_name_tokens_registration_id_token", "registration_id", "token"),
        {"sqlite_with_rowid": False},
    )

    token: Mapped[str] = mapped_column(String(200), primary_key=True)
    registration_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("registrations.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: ``"Ségolène D'Hondt"`` → ``"segolene d'hondt"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_tokens(surname: str, given_names: str) -> set[str]:
    """Every word of the names, plus each name with its spaces and punctuation removed.

    So "Van den Broeck" is found by "broeck", "van den" and "vandenbroeck", and "D'Hondt" by "dhondt".
    """
    tokens: set[str] = set()
    for name in (surname, given_names):
        folded = fold(name)
        tokens.update(_WORD.findall(folded))
        squashed = _PUNCTUATION.sub("", folded)
        if squashed:
            tokens.add(squashed)
    tokens.discard("")
    return tokens


def query_tokens(text: str) -> list[str]:
    """The words of a search text, folded like :func:`name_tokens`."""
    return sorted(set(_WORD.findall(fold(text))))


def token_rows(row: RegistrationRow) -> list[NameToken]:
    """The name words a new registration is found by (pure, like the row builders of ``records``)."""
    return [
        NameToken(token=token, registration_id=row.id, created_at=row.created_at)
        for token in sorted(name_tokens(row.surname or "", row.given_names or ""))
    ]


def _prefix_range(token: str) -> tuple[str, str]:
    return token, token + _TOP


def matching_ids(
    session: Session, words: list[str], conditions: list[ColumnElement[bool]], limit: int, offset: int
) -> Select[str]:
    """Ids of registrations with a name word starting with each of ``words``, newest first.

    The word with the fewest matches drives an index range scan of ``name_tokens``; each other word is
    an indexed probe per candidate. Ranking uses the ``created_at`` copied into the token rows, so only
    the registrations on the requested page are read (plus any others ``conditions`` need).
    """

    def matches(word: str) -> int:
        low, high = _prefix_range(word)
        probe = select(NameToken.token).where(NameToken.token >= low, NameToken.token < high)
        return int(
            session.scalar(select(func.count()).select_from(probe.limit(_SELECTIVITY_PROBE).subquery())) or 0
        )

    driver, *others = sorted(words, key=matches) if len(words) > 1 else words
    token = aliased(NameToken, name="driver")
    low, high = _prefix_range(driver)
    newest = func.max(token.created_at).label("newest")
    query = select(token.registration_id).where(token.token >= low, token.token < high)
    for word in others:
        other = aliased(NameToken)
        low, high = _prefix_range(word)
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
