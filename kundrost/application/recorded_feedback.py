"""What a recorded feedback consists of: the call session, its transcript, the store's context."""

from __future__ import annotations

from attrs import frozen

from kundrost.application.calls_common import visible_session
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.transcript import Transcript
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWork


@frozen
class RecordedFeedback:
    """A session with its transcript (None once deleted or never recorded) and the store's
    business context (None when the store has none)."""

    session: CallSession
    transcript: Transcript | None
    context: BusinessContext | None


async def recorded_feedback(
    uow: UnitOfWork, session_id: CallSessionId, clock: Clock
) -> RecordedFeedback:
    """The visible session's feedback; `NotFound` when the session is missing or expired."""
    session = await visible_session(uow, session_id, clock)
    transcript = await uow.transcripts.for_session(session_id)
    context = await uow.contexts.get(session.store_id)
    return RecordedFeedback(session, transcript, context)
