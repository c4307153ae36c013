"""RecordCallEvent: what the phone network reports about a call moves its session."""

from __future__ import annotations

from datetime import timedelta

from attrs import field, frozen

from kundrost.application.calls_common import log, visible_session
from kundrost.domain.call_events import Abandoned, Connected, Failed, apply_event
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.retention import RetentionPolicy
from kundrost.domain.retry import RetryPolicy
from kundrost.ports.session_store import SessionStore
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

ReportedEvent = Connected | Failed | Abandoned
"""The outcomes a call reports by itself; completion, retries and cancellation have their own
use cases."""

EVENT_ID_TTL = timedelta(days=1)


def event_key(event_id: str) -> str:
    return f"call-event:{event_id}"


def already_applied(session: CallSession, event: ReportedEvent) -> bool:
    """Whether the session is already where `event` leads, for the same reason: then the event
    is a second delivery of one already recorded."""
    match event:
        case Connected():
            return session.status is CallStatus.IN_PROGRESS
        case Failed(reason=reason):
            return session.status is CallStatus.FAILED and session.failure_reason is reason
        case Abandoned(reason=reason):
            return session.status is CallStatus.ABANDONED and session.end_reason is reason


@frozen
class RecordCallEvent:
    """Apply a reported call event to its session, once.

    Providers deliver events at least once, so a delivery is idempotent: an `event_id` seen
    within a day, or an event that finds the session already where it leads, returns the
    session unchanged; an event that is refused frees its id, so it may come again.
    Deliveries of one session's events are applied one at a time (the session is read for
    update), and an event's id is claimed while its session is held: a second delivery that
    comes at the same moment as the first waits for it and returns the session as the first
    left it, not as it was before. A move the state machine refuses raises
    `InvalidTransition`; a `Completed` event is refused, because only a recorded transcript
    completes a call.
    """

    new_uow: UnitOfWorkFactory
    clock: Clock
    session_store: SessionStore
    retry_policy: RetryPolicy = field(factory=RetryPolicy)
    retention: RetentionPolicy = field(factory=RetentionPolicy)

    async def __call__(
        self, session_id: CallSessionId, event: ReportedEvent, *, event_id: str | None = None
    ) -> CallSession:
        if not isinstance(event, Connected | Failed | Abandoned):
            raise InvalidValue(
                "status",
                "a call reports in_progress, failed or abandoned; only a recorded transcript "
                "completes it",
                event=type(event).__name__,
            )
        async with self.new_uow() as uow:
            session = await visible_session(uow, session_id, self.clock, for_update=True)
            if event_id is not None and not await self.session_store.add(
                event_key(event_id), str(session_id), EVENT_ID_TTL
            ):
                log.info("call %s: event %s already recorded", session_id, type(event).__name__)
                return session
            try:
                if already_applied(session, event):
                    return session
                moved = apply_event(
                    session,
                    event,
                    self.clock.now(),
                    retry_policy=self.retry_policy,
                    retention=self.retention,
                )
                await uow.sessions.save(moved)
                await uow.commit()
            except Exception:
                if event_id is not None:
                    await self.session_store.delete(event_key(event_id))
                raise
        log.info("call %s is %s", session_id, moved.status)
        return moved
