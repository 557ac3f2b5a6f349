"""The security-code e-mail of the e-mail key, in the citizen's language.

It holds the code and until when it works, nothing else about the person. Its ``Message-ID`` names the
outbox row, so a copy sent again after a crash is recognisable.
"""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime

from central_service.mail import BRUSSELS, MESSAGE_ID_DOMAIN

SUBJECTS = {
    "nl": "Uw beveiligingscode",
    "fr": "Votre code de sécurité",
    "de": "Ihr Sicherheitscode",
    "en": "Your security code",
}
BODIES = {
    "nl": (
        "Goeiedag,\n\nUw beveiligingscode is:\n\n    {code}\n\n"
        "Hij werkt één keer, tot {time}. Geef hem aan niemand door: Stad Gent vraagt er nooit naar.\n\n"
        "Vroeg u geen code aan? Dan mag u deze e-mail negeren.\n\nMet vriendelijke groeten,\nStad Gent\n"
    ),
    "fr": (
        "Bonjour,\n\nVotre code de sécurité est :\n\n    {code}\n\n"
        "Il fonctionne une fois, jusqu'à {time}. Ne le communiquez à personne : la Ville de Gand ne vous "
        "le demandera jamais.\n\nVous n'avez pas demandé de code ? Ignorez cet e-mail.\n\n"
        "Meilleures salutations,\nVille de Gand\n"
    ),
    "de": (
        "Guten Tag,\n\nIhr Sicherheitscode lautet:\n\n    {code}\n\n"
        "Er gilt einmal, bis {time} Uhr. Geben Sie ihn niemandem weiter: Die Stadt Gent fragt nie danach.\n\n"
        "Haben Sie keinen Code angefordert? Dann ignorieren Sie diese E-Mail.\n\n"
        "Mit freundlichen Grüßen\nStadt Gent\n"
    ),
    "en": (
        "Hello,\n\nYour security code is:\n\n    {code}\n\n"
        "It works once, until {time}. Do not give it to anyone: the City of Ghent never asks for it.\n\n"
        "Did you not ask for a code? Then you can ignore this e-mail.\n\nKind regards,\nCity of Ghent\n"
    ),
}


def message_id(outbox_id: int) -> str:
    return f"<{outbox_id}.code@{MESSAGE_ID_DOMAIN}>"


def compose(
    *,
    sender: str,
    to: str,
    language: str,
    code: str,
    expires_at: dt.datetime,
    outbox_id: int,
    now: dt.datetime,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = SUBJECTS[language]
    message["Date"] = format_datetime(now.astimezone(dt.UTC))
    message["Message-ID"] = message_id(outbox_id)
    time = expires_at.astimezone(BRUSSELS).strftime("%H:%M")
    message.set_content(BODIES[language].format(code=code, time=time))
    message["Content-Language"] = language
    return message
