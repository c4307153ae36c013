"""CallFlow: what happens when the phone network reports on a call."""

from __future__ import annotations

from attrs import frozen

from kundrost.application.calls_common import log
from kundrost.application.hold_conversation import HoldConversation
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.domain.call_events import Abandoned, CallEvent, Connected, Failed
from kundrost.domain.errors import DomainError
from kundrost.domain.ids import CallSessionId


@frozen
class CallFlow:
    """The listener telephony adapters deliver call events to.

    Every reported event is recorded; a connected call then gets its conversation, which
    ends by recording the transcript. A refusal (a late or duplicate event, an expired
    session, a conversation already running) is logged with its code and not raised: the
    network cannot do anything about it, and a provider that sees an error would only deliver
    the event again. Other errors (storage down) propagate, so the delivery can be repeated.
    Logs name the session, the event and the outcome, never a number or a word said.
    """

    record_event: RecordCallEvent
    hold_conversation: HoldConversation

    async def __call__(
        self, session_id: CallSessionId, event: CallEvent, *, event_id: str | None = None
    ) -> None:
        name = type(event).__name__
        if not isinstance(event, Connected | Failed | Abandoned):
            log.warning(
                "call %s: the network reported %s, which it cannot; ignored", session_id, name
            )
            return
        try:
            session = await self.record_event(session_id, event, event_id=event_id)
            log.info("call %s: %s recorded, status %s", session_id, name, session.status)
            if isinstance(event, Connected):
                recorded = await self.hold_conversation(session_id)
                log.info(
                    "call %s: transcript recorded, status %s (%s), analysis %s",
                    session_id,
                    recorded.session.status,
                    recorded.session.end_reason,
                    "queued" if recorded.analysis_job is not None else "not queued",
                )
        except DomainError as refusal:
            log.warning("call %s: %s refused: %s", session_id, name, refusal.code)
