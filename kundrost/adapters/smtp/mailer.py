"""SmtpReportMailer: the weekly report as a Swedish e-mail, handed to an SMTP server."""

from __future__ import annotations

from collections.abc import Sequence
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from urllib.parse import unquote, urlsplit

import aiosmtplib
from attrs import field, frozen

from kundrost.adapters.html.report_email import email_parts
from kundrost.ports.report_mail import MailUnavailable, ReportDigest
from kundrost.ports.system import Clock


@frozen
class SmtpServer:
    """Where and how to hand mail over, from `smtp://user:password@host:587`: `smtp` uses
    STARTTLS when the server offers it (and insists on it when there is a password, which
    never crosses the network in clear); `smtps` speaks TLS from the first byte (port 465)."""

    host: str
    port: int | None = None
    username: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    implicit_tls: bool = False

    @classmethod
    def from_url(cls, url: str) -> SmtpServer:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError("an SMTP URL is smtp://[user:password@]host[:port] or smtps://…")
        return cls(
            host=parts.hostname,
            port=parts.port,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            implicit_tls=parts.scheme == "smtps",
        )

    @property
    def start_tls(self) -> bool | None:
        """True: required; None: when offered (aiosmtplib's own rule)."""
        return None if self.implicit_tls or not self.password else True


def report_message(
    digest: ReportDigest, sender: str, recipients: Sequence[str], clock: Clock
) -> EmailMessage:
    """A multipart/alternative message, plain text first, marked as sent by a machine so
    no auto-reply answers it (RFC 3834)."""
    parts = email_parts(digest)
    message = EmailMessage()
    message["Subject"] = parts.subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(clock.now())
    message["Message-ID"] = make_msgid(domain=_domain(sender))
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(parts.text)
    message.add_alternative(parts.html, subtype="html")
    return message


def _domain(sender: str) -> str:
    return Address(addr_spec=parseaddr(sender)[1]).domain or "kundrost.invalid"


class SmtpReportMailer:
    """`ports.ReportMailer` over aiosmtplib: one connection per e-mail (it is weekly), all
    of a store's recipients in one message. Any refusal or network failure becomes
    `MailUnavailable`, naming its type only: a server's reply may quote the addresses."""

    def __init__(
        self, server: SmtpServer, sender: str, clock: Clock, *, timeout: float = 30.0
    ) -> None:
        self._server = server
        self._sender = sender
        self._clock = clock
        self._timeout = timeout

    async def send_report(self, recipients: Sequence[str], digest: ReportDigest) -> None:
        message = report_message(digest, self._sender, recipients, self._clock)
        server = self._server
        try:
            await aiosmtplib.send(
                message,
                hostname=server.host,
                port=server.port,
                username=server.username,
                password=server.password,
                use_tls=server.implicit_tls,
                start_tls=server.start_tls,
                timeout=self._timeout,
            )
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
            raise MailUnavailable(
                f"the mail server did not take the report: {type(error).__name__}"
            ) from None
