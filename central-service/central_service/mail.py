"""The activation e-mail in the citizen's language, and handing it to an SMTP server.

The e-mail holds the link and the expiry, nothing else about the person: no name, no national number,
and never the activation code (the citizen got that on paper at the counter). Its ``Message-ID`` is
derived from the registration id, so a receiving system can recognise a re-sent copy.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from types import TracebackType
from zoneinfo import ZoneInfo

import email_validator

from central_service.config import SmtpSettings

BRUSSELS = ZoneInfo("Europe/Brussels")
MESSAGE_ID_DOMAIN = "central-service.invalid"


@dataclass(frozen=True)
class _Template:
    subject: str
    body: str
    months: tuple[str, ...]
    expiry: str  # format of the expiry, with {day} {month} {year} {time}


TEMPLATES: dict[str, _Template] = {
    "nl": _Template(
        subject="Activeer uw digitale sleutels",
        body=(
            "Goeiedag,\n\n"
            "U liet zich aan het loket van Stad Gent registreren om uw digitale sleutels te activeren "
            "(Veilig online aanmelden bij de overheid).\n\n"
            "Open deze link en vul de activeringscode in die u aan het loket kreeg:\n\n"
            "{link}\n\n"
            "De link en de code zijn geldig tot {expiry}. Daarna moet u opnieuw naar het loket komen.\n\n"
            "Vroeg u dit niet aan? Dan mag u deze e-mail negeren. Stad Gent vraagt nooit om uw code "
            "per e-mail of telefoon door te geven.\n\n"
            "Met vriendelijke groeten,\nStad Gent\n"
        ),
        months=(
            "januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december",
        ),
        expiry="{day} {month} {year} om {time}",
    ),
    "fr": _Template(
        subject="Activez vos clés numériques",
        body=(
            "Bonjour,\n\n"
            "Vous vous êtes enregistré(e) au guichet de la Ville de Gand pour activer vos clés numériques "
            "(Connexion sécurisée aux services publics en ligne).\n\n"
            "Ouvrez ce lien et saisissez le code d'activation reçu au guichet :\n\n"
            "{link}\n\n"
            "Le lien et le code sont valables jusqu'au {expiry}. Ensuite, vous devrez repasser "
            "au guichet.\n\n"
            "Vous n'avez rien demandé ? Ignorez cet e-mail. La Ville de Gand ne vous demandera jamais "
            "votre code par e-mail ou par téléphone.\n\n"
            "Meilleures salutations,\nVille de Gand\n"
        ),
        months=(
            "janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        ),
        expiry="{day} {month} {year} à {time}",
    ),
    "de": _Template(
        subject="Aktivieren Sie Ihre digitalen Schlüssel",
        body=(
            "Guten Tag,\n\n"
            "Sie haben sich am Schalter der Stadt Gent registriert, um Ihre digitalen Schlüssel zu "
            "aktivieren (Sichere Online-Anmeldung bei Behörden).\n\n"
            "Öffnen Sie diesen Link und geben Sie den Aktivierungscode ein, den Sie am Schalter "
            "erhalten haben:\n\n"
            "{link}\n\n"
            "Der Link und der Code sind gültig bis {expiry}. Danach müssen Sie erneut zum Schalter "
            "kommen.\n\n"
            "Haben Sie dies nicht beantragt? Dann ignorieren Sie diese E-Mail. Die Stadt Gent fragt Sie "
            "nie per E-Mail oder Telefon nach Ihrem Code.\n\n"
            "Mit freundlichen Grüßen\nStadt Gent\n"
        ),
        months=(
            "Januar", "Februar", "März", "April", "Mai", "Juni",
            "Juli", "August", "September", "Oktober", "November", "Dezember",
        ),
        expiry="{day}. {month} {year} um {time} Uhr",
    ),
    "en": _Template(
        subject="Activate your digital keys",
        body=(
            "Hello,\n\n"
            "You registered at a City of Ghent counter to activate your digital keys "
            "(secure online login to government services).\n\n"
            "Open this link and enter the activation code you received at the counter:\n\n"
            "{link}\n\n"
            "The link and the code are valid until {expiry}. After that, you need to come to the "
            "counter again.\n\n"
            "Did you not ask for this? Then you can ignore this e-mail. The City of Ghent never asks "
            "for your code by e-mail or phone.\n\n"
            "Kind regards,\nCity of Ghent\n"
        ),
        months=(
            "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December",
        ),
        expiry="{day} {month} {year} at {time}",
    ),
}  # fmt: skip


def expiry_text(expires_at: dt.datetime, language: str) -> str:
    """The expiry as people in Ghent read it: local time, the month written out in their language."""
    template = TEMPLATES[language]
    local = expires_at.astimezone(BRUSSELS)
    return template.expiry.format(
        day=local.day, month=template.months[local.month - 1], year=local.year, time=local.strftime("%H:%M")
    )


def activation_link(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/activate/{token}"


def message_id(registration_id: uuid.UUID) -> str:
    return f"<{registration_id}.activation@{MESSAGE_ID_DOMAIN}>"


def compose(
    *,
    sender: str,
    to: str,
    language: str,
    link: str,
    expires_at: dt.datetime,
    registration_id: uuid.UUID,
    now: dt.datetime,
) -> EmailMessage:
    template = TEMPLATES[language]
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = template.subject
    message["Date"] = format_datetime(now.astimezone(dt.UTC))
    message["Message-ID"] = message_id(registration_id)
    message.set_content(template.body.format(link=link, expiry=expiry_text(expires_at, language)))
    message["Content-Language"] = language  # after set_content, which clears Content-* headers
    return message


class MailDeliveryError(Exception):
    """Handing a message to the SMTP server failed.

    ``permanent``: retrying this message cannot help. ``session_lost``: the failure was not this
    message's (the server is unreachable, went away or refuses the sender), so the round ends and the
    other messages wait for a new connection; otherwise only this message failed and the round goes on.
    """

    def __init__(self, reason: str, *, permanent: bool, session_lost: bool = False) -> None:
        self.reason = reason
        self.permanent = permanent
        self.session_lost = session_lost
        super().__init__(reason)


def envelope_address(address: str) -> str:
    """The address as SMTP can carry it: a non-ASCII domain in its IDNA (``xn--``) form, so only an
    address with a non-ASCII local part needs a server offering SMTPUTF8."""
    try:
        valid = email_validator.validate_email(address, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return address
    return valid.ascii_email or valid.normalized


class SmtpConnection:
    """One SMTP session for a round of messages; errors become :class:`MailDeliveryError`."""

    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpConnection:
        settings = self._settings
        context = ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)
        try:
            if settings.tls == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=settings.timeout_seconds, context=context
                )
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
            self._smtp = smtp
            if settings.tls == "starttls":
                smtp.starttls(context=context)
            if settings.username:
                smtp.login(settings.username, settings.password.get_secret_value())
            smtp.ehlo_or_helo_if_needed()
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise MailDeliveryError(
                f"connect: {type(exc).__name__}", permanent=False, session_lost=True
            ) from None
        return self

    def send(self, message: EmailMessage) -> None:
        """Send one message; a refusal of this message leaves the session usable for the next."""
        if self._smtp is None:
            raise MailDeliveryError("not connected", permanent=False, session_lost=True)
        if not str(message["To"]).isascii() and not self._smtp.has_extn("smtputf8"):
            # smtplib would refuse it the same way; said here so the reason names the cause.
            raise MailDeliveryError("address needs SMTPUTF8, which the server does not offer", permanent=True)
        try:
            self._smtp.send_message(message)  # with SMTPUTF8 when the address needs it
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            permanent = all(code >= 500 for code in codes)
            raise MailDeliveryError(f"recipient refused ({min(codes)})", permanent=permanent) from None
        except smtplib.SMTPSenderRefused as exc:
            raise MailDeliveryError(
                f"sender refused ({exc.smtp_code})", permanent=False, session_lost=True
            ) from None
        except smtplib.SMTPDataError as exc:
            permanent = exc.smtp_code >= 500
            raise MailDeliveryError(f"message refused ({exc.smtp_code})", permanent=permanent) from None
        except smtplib.SMTPServerDisconnected:
            self.close()
            raise MailDeliveryError("send: server disconnected", permanent=False, session_lost=True) from None
        except smtplib.SMTPResponseException as exc:
            raise MailDeliveryError(f"{type(exc).__name__} {exc.smtp_code}", permanent=False) from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise MailDeliveryError(
                f"send: {type(exc).__name__}", permanent=False, session_lost=True
            ) from None

    def close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._smtp.close()
            self._smtp = None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
