"""What the call use cases share: finding a visible session, dialling it, failing it safely."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import FailureReason
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.retention import RetentionPolicy
from kundrost.ports.errors import NotFound
from kundrost.ports.placed_calls import PlacedCalls
from kundrost.ports.system import Clock
from kundrost.ports.telephony import Telephony, TelephonyError
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger("kundrost.calls")

CALL_SESSION = "call session"


async def visible_session(
    uow: UnitOfWork, session_id: CallSessionId, clock: Clock, *, for_update: bool = False
) -> CallSession:
    """The session, or `NotFound` when there is none or it has expired: an expired session is
    no longer shown to anyone, even before the retention job deletes it.

    Callers read the clock after this returns, so a change made under the lock is never dated
    before a change that held the lock first.
    """
    session = await uow.sessions.get(session_id, for_update=for_update)
    if session is None or session.is_expired(clock.now()):
        raise NotFound(CALL_SESSION, session_id)
    return session


async def update_attempt(
    new_uow: UnitOfWorkFactory,
    clock: Clock,
    session: CallSession,
    change: Callable[[CallSession, datetime], CallSession],
) -> CallSession:
    """Apply `change` to the stored session, read afresh under lock, if it is still on the
    attempt of `session`; otherwise return it as it is.

    The call is placed outside any unit of work, so its events may have moved the session on
    meanwhile: a copy taken before dialling must never be written back over them.
    """
    async with new_uow() as uow:
        current = await uow.sessions.get(session.id, for_update=True)
        if current is None or current.attempt != session.attempt:
            return current or session
        changed = change(current, clock.now())
        if changed != current:
            await uow.sessions.save(changed)
            await uow.commit()
        return changed


def failed_if_live(
    reason: FailureReason, retention: RetentionPolicy
) -> Callable[[CallSession, datetime], CallSession]:
    """A change that fails a live attempt and leaves one that has already ended alone."""

    def change(session: CallSession, now: datetime) -> CallSession:
        return session.failed(reason, now, retention=retention) if session.is_live else session

    return change


async def dial(
    new_uow: UnitOfWorkFactory,
    placed: PlacedCalls,
    telephony: Telephony,
    clock: Clock,
    session: CallSession,
    retention: RetentionPolicy,
) -> CallSession:
    """Place the call of a committed pending attempt and keep the provider's call id.

    The id is kept alone, unread and unlocked (`PlacedCalls`: on PostgreSQL one UPDATE,
    shared by the calls placed at the same time): it changes that column only, and only
    while the session is on this attempt, so events that moved the session on meanwhile
    keep their changes. The session is returned as placed.

    A call the network refuses (`TelephonyError`) fails the attempt as `technical_failure`:
    the error is logged and the failed session returned, so the caller sees status `failed`
    and may retry it, instead of a pending session that will never ring.
    """
    if session.phone is None:
        raise InvalidValue("phone_number", "the number has been erased; the call cannot be placed")
    try:
        call_id = await telephony.place_call(session.phone, session.id)
    except TelephonyError as error:
        log.warning(
            "call %s attempt %d: the provider did not place the call (%s)",
            session.id,
            session.attempt,
            type(error).__name__,
        )
        change = failed_if_live(FailureReason.TECHNICAL_FAILURE, retention)
        return await update_attempt(new_uow, clock, session, change)
    log.info("call %s attempt %d placed", session.id, session.attempt)
    await placed.keep(session.id, session.attempt, call_id)
    return session.with_provider_call(call_id)
