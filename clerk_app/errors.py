"""The one error tree of clerk_app.

Every failure a clerk can meet is one of these classes. Lower layers convert third-party exceptions
(pyscard, sqlite, httpx, keyring) into them at their boundary; the UI turns any of them into one
translated message in one place (``clerk_app.ui.errors``), the command line prints ``str(error)``.

    ClerkError                         title + message (what happened, what to do), no personal data
    ├── ConfigError                    settings file unreadable or contradictory
    ├── SecretStoreError               the OS keyring is missing, refused or locked
    ├── CardError
    │   ├── ReaderServiceUnavailable   pcscd / Windows smart-card service not running
    │   ├── NoReader                   no (such) PC/SC reader
    │   ├── NoCard                     reader empty
    │   ├── CardRemoved                card pulled during a read; partial data discarded
    │   ├── CardBusy                   another program holds the card
    │   ├── CardCommunicationError     mute card, unexpected status word, transport failure
    │   ├── NotAnEidCard               the card in the reader is not a Belgian eID / residence card
    │   └── CardDataError              a file on the card (or a dumped file) is malformed
    ├── InputError                     a form or MRZ value is invalid; carries one reason code per problem
    ├── SlipOutputError                the slip could not be printed or saved as PDF
    ├── ReportOutputError              a report (counts per day) could not be saved as CSV or PDF
    ├── StorageError
    │   ├── DatabaseKeyError           the database key is missing from / wrong in the keyring
    │   ├── MigrationError             a schema upgrade failed; the backup path is in ``params``
    │   ├── IntegrityError             audit chain or database integrity broken
    │   └── RecordNotFound             no registration with that id
    └── SyncError
        ├── CentralUnreachable         network down, timeout, 5xx: the outbox keeps it
        ├── CentralRejected            a definitive refusal; ``params['reason']`` is the server's code
        └── NotAuthorised              the workstation token was refused: enrol / sign in again

Message texts are English source strings wrapped in ``QT_TRANSLATE_NOOP("errors", ...)`` so that
``pyside6-lupdate`` extracts them without this module importing Qt. ``params`` fill ``{placeholders}``
and must never hold personal data (names, national numbers, e-mail addresses, activation codes). A
parameter that is a phrase (every ``problem``) is marked the same way where it is raised, with its
variable parts (a file, a field tag, a setting's name) as placeholders of its own, so the clerk reads it
translated whole; ``tests/unit/test_error_texts.py`` keeps it so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from clerk_app.translatable import QT_TRANSLATE_NOOP

#: A placeholder inside a parameter's phrase, e.g. ``{tag}``.
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class ClerkError(Exception):
    """Base of every error meant for the clerk."""

    title: ClassVar[str] = QT_TRANSLATE_NOOP("errors", "Something went wrong")
    message: ClassVar[str] = QT_TRANSLATE_NOOP(
        "errors",
        "The operation could not be completed. Try again; if it keeps failing, call the IT helpdesk.",
    )

    def __init__(self, detail: str = "", /, **params: object) -> None:
        """``detail`` is a technical note for logs (no personal data); ``params`` fill the message."""
        self.detail = detail
        self.params: Mapping[str, str] = {key: str(value) for key, value in params.items()}
        super().__init__(detail or self.code)

    @property
    def code(self) -> str:
        """A stable identifier, used in logs, JSON output and tests."""
        return type(self).__name__

    def render(self, template: str | None = None, params: Mapping[str, str] | None = None) -> str:
        """The message with its parameters filled in; the UI passes the translated message and params.

        A parameter may be a marked phrase with placeholders of its own (``problem="field {tag} is cut
        short"``, ``tag="5A"``), so a translator sees the phrase whole: those are filled from the same
        parameters first, one level deep.
        """
        text = self.message if template is None else template
        values = self.params if params is None else params
        filled = {name: _fill(value, values) for name, value in values.items()}
        try:
            return text.format(**filled)
        except (KeyError, IndexError, ValueError):
            return text

    def __str__(self) -> str:
        return f"{self.title}: {self.render()}"


def _fill(phrase: str, values: Mapping[str, str]) -> str:
    """``{name}`` in a parameter replaced by the parameter of that name (anything else stays as it is)."""
    return _PLACEHOLDER.sub(lambda found: values.get(found.group(1), found.group(0)), phrase)


class ConfigError(ClerkError):
    title = QT_TRANSLATE_NOOP("errors", "Configuration problem")
    message = QT_TRANSLATE_NOOP(
        "errors", "The settings could not be used: {problem}. Ask the IT helpdesk to check the configuration."
    )


class SecretStoreError(ClerkError):
    title = QT_TRANSLATE_NOOP("errors", "No secure key store")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The system key store (keyring) is not available or refused access ({backend}). Nothing was stored. "
        "Log in to the desktop session again or ask the IT helpdesk; secrets are never kept in a plain file.",
    )


class CardError(ClerkError):
    title = QT_TRANSLATE_NOOP("errors", "Card problem")
    message = QT_TRANSLATE_NOOP("errors", "The card could not be read. Take it out and insert it again.")


class ReaderServiceUnavailable(CardError):
    title = QT_TRANSLATE_NOOP("errors", "No card service")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The smart-card service of this computer is not running. The app keeps trying; "
        "if this stays, restart the computer or call the IT helpdesk.",
    )


class NoReader(CardError):
    title = QT_TRANSLATE_NOOP("errors", "No card reader")
    message = QT_TRANSLATE_NOOP(
        "errors", "No card reader is connected. Plug in the card reader, or use another document."
    )


class NoCard(CardError):
    title = QT_TRANSLATE_NOOP("errors", "No card")
    message = QT_TRANSLATE_NOOP(
        "errors", "There is no card in the reader. Insert the card with the chip first."
    )


class CardRemoved(CardError):
    title = QT_TRANSLATE_NOOP("errors", "Card removed")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The card was taken out before reading finished. Nothing was kept. "
        "Insert the card again and leave it in the reader until the data appears.",
    )


class CardBusy(CardError):
    title = QT_TRANSLATE_NOOP("errors", "Card in use")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Another program is using the card. Close the other eID program, then insert the card again.",
    )


class CardCommunicationError(CardError):
    title = QT_TRANSLATE_NOOP("errors", "Card does not answer")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The card did not answer correctly ({problem}). Clean the chip, insert the card again, "
        "or try another reader. If it keeps failing, the card may be damaged: use another document.",
    )


class NotAnEidCard(CardError):
    title = QT_TRANSLATE_NOOP("errors", "Not an identity card")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This card is not a Belgian eID or electronic residence card. "
        "Ask the citizen for their identity card, or use 'Other document'.",
    )


class CardDataError(CardError):
    title = QT_TRANSLATE_NOOP("errors", "Unreadable card data")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The data on the card is damaged or in an unknown format ({problem}). The card cannot be used; "
        "use another document.",
    )


class InputError(ClerkError):
    """Invalid input; ``reasons`` are stable codes the UI can point at field by field."""

    title = QT_TRANSLATE_NOOP("errors", "Check the input")
    message = QT_TRANSLATE_NOOP("errors", "Some fields are not valid. Correct the marked fields.")

    def __init__(self, reasons: tuple[str, ...], detail: str = "", /, **params: object) -> None:
        self.reasons = reasons
        super().__init__(detail or ",".join(reasons), **params)


class SlipOutputError(ClerkError):
    title = QT_TRANSLATE_NOOP("errors", "Slip not printed")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The slip could not be printed or saved ({problem}). The code stays on screen: check the printer or "
        "the folder, or choose another one, and try again.",
    )


class ReportOutputError(ClerkError):
    title = QT_TRANSLATE_NOOP("errors", "Report not saved")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The report could not be saved ({problem}). Choose another folder or file name and try again.",
    )


class StorageError(ClerkError):
    title = QT_TRANSLATE_NOOP("errors", "Storage problem")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The local registration store could not be used. Nothing was half-saved. Call the IT helpdesk.",
    )


class DatabaseKeyError(StorageError):
    title = QT_TRANSLATE_NOOP("errors", "Database key problem")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The key of the local registration store is {problem}. The store was not opened and not changed. "
        "Call the IT helpdesk; do not delete the data folder.",
    )


class MigrationError(StorageError):
    title = QT_TRANSLATE_NOOP("errors", "Upgrade failed")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Upgrading the local registration store failed. A backup was kept at {backup}. Call the IT helpdesk.",
    )


class IntegrityError(StorageError):
    title = QT_TRANSLATE_NOOP("errors", "Store damaged")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The integrity check of the local registration store failed ({problem}). Call the IT helpdesk.",
    )


class RecordNotFound(StorageError):
    title = QT_TRANSLATE_NOOP("errors", "Not found")
    message = QT_TRANSLATE_NOOP("errors", "That registration does not exist (any more).")


class SyncError(ClerkError):
    title = QT_TRANSLATE_NOOP("errors", "Central service problem")
    message = QT_TRANSLATE_NOOP(
        "errors", "The central service could not be reached. Registrations wait safely and are sent later."
    )


class CentralUnreachable(SyncError):
    title = QT_TRANSLATE_NOOP("errors", "Offline")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The central service cannot be reached ({problem}). You can keep registering: registrations wait "
        "on this computer and are sent automatically.",
    )


class CentralRejected(SyncError):
    title = QT_TRANSLATE_NOOP("errors", "Registration refused")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The central service refused a registration ({reason}). Check the citizen's data and register again.",
    )


class NotAuthorised(SyncError):
    title = QT_TRANSLATE_NOOP("errors", "Sign in again")
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The central service no longer accepts this workstation. Sending is paused; "
        "registrations wait safely. Ask the IT helpdesk for a new enrolment code.",
    )
