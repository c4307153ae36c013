"""Which pending call an answered phone leg belongs to, and the refusals of one that is not ours."""

from __future__ import annotations

from kundrost.application.calls_common import visible_session
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.errors import DomainError, InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.phone import PhoneNumber
from kundrost.ports.errors import NotFound
from kundrost.ports.live_call import Hello
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWork


class UnknownCall(DomainError):
    """A phone leg that matches no pending call of ours: nobody of ours is on that line."""

    code = "UNKNOWN_CALL"


class CallAlreadyConnected(DomainError):
    """A second phone leg for a call whose conversation has already started."""

    code = "CALL_ALREADY_CONNECTED"


async def match_hello(
    uow: UnitOfWork, hello: Hello, clock: Clock, session_id: CallSessionId | None = None
) -> CallSession:
    """The pending session the answered leg `hello` belongs to.

    With `session_id` (a leg whose URL names its session) that session. Otherwise the
    session whose placed call has the `hello`'s call id, and failing that (a leg connected
    through another number may carry another id) the newest pending session calling one of
    the `hello`'s two numbers, compared by keyed fingerprint. A session no longer pending
    has its conversation already (`CallAlreadyConnected`) or is over (`UnknownCall`).
    """
    if session_id is not None:
        try:
            session = await visible_session(uow, session_id, clock)
        except NotFound:
            raise UnknownCall("no such call session", call_session_id=str(session_id)) from None
    else:
        found = await uow.sessions.pending_by_provider_call(hello.call_id)
        for number in (hello.callee, hello.caller):
            phone = _phone(number)
            if found is None and phone is not None:
                found = await uow.sessions.newest_pending_to(phone)
        if found is None:
            raise UnknownCall("the answered call matches no pending call", call_id=hello.call_id)
        session = found
    if session.status is CallStatus.IN_PROGRESS:
        raise CallAlreadyConnected(
            "the call's conversation has already started", call_session_id=str(session.id)
        )
    if session.status is not CallStatus.PENDING:
        raise UnknownCall("the call has ended", call_session_id=str(session.id))
    return session


def _phone(number: str) -> PhoneNumber | None:
    """The number as E.164 (a bare `46…` gets its `+`), or None when it is not Swedish."""
    text = number.strip()
    try:
        return PhoneNumber(f"+{text}" if text.isdigit() else text)
    except InvalidValue:
        return None
