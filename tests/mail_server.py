"""A real SMTP server on 127.0.0.1 for the e-mail tests (aiosmtpd in a thread of its own):
it keeps every message that arrived, and can be told to refuse the next ones."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from attrs import define, field

from tests.services import free_port


@define
class Arrived:
    """One message as the server received it: the envelope and the parsed message."""

    sender: str
    recipients: list[str]
    message: EmailMessage

    def part(self, subtype: str) -> str:
        body = self.message.get_body(preferencelist=(subtype,))
        assert body is not None, f"no text/{subtype} part"
        text: str = body.get_content()
        return text


@define
class MailServer:
    port: int
    arrived: list[Arrived] = field(factory=list)
    refusals_left: int = 0
    lock: threading.Lock = field(factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def refuse_next(self, count: int) -> None:
        """The next `count` messages get a temporary failure (451) at the end of DATA."""
        with self.lock:
            self.refusals_left = count

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        with self.lock:
            if self.refusals_left:
                self.refusals_left -= 1
                return "451 4.3.0 Mailbox temporarily unavailable"
            message = message_from_bytes(envelope.original_content, policy=policy.default)
            self.arrived.append(Arrived(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 2.0.0 OK"


@contextmanager
def mail_server() -> Iterator[MailServer]:
    """A started server that speaks SMTPUTF8 (Swedish addresses), stopped afterwards."""
    server = MailServer(free_port())
    controller = Controller(server, hostname="127.0.0.1", port=server.port, enable_SMTPUTF8=True)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()
