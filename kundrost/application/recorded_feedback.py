"""What a recorded feedback consists of: the call session, its transcript, the store's context."""

from __future__ import annotations

from attrs import frozen

from kundrost.application.calls_common import visible_session
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId, StoreId
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
    uow: UnitOfWork,
    session_id: CallSessionId,
    clock: Clock,
    contexts: dict[StoreId, BusinessContext | None] | None = None,
    *,
    for_update: bool = False,
) -> RecordedFeedback:
    """The visible session's feedback; `NotFound` when the session is missing or expired.
    `contexts`, when given, keeps the stores' contexts read in the same unit of work, so a
    batch of one store's feedback reads its context once. `for_update` takes the call's row
    lock."""
    session = await visible_session(uow, session_id, clock, for_update=for_update)
    transcript = await uow.transcripts.for_session(session_id)
    if contexts is None:
        context = await uow.contexts.get(session.store_id)
    elif session.store_id in contexts:
        context = contexts[session.store_id]
    else:
        context = contexts[session.store_id] = await uow.contexts.get(session.store_id)
    return RecordedFeedback(session, transcript, context)
