"""HoldConversation: the voice agent talks with the shopper of a connected call; it is recorded."""

from __future__ import annotations

from datetime import timedelta

from attrs import frozen

from kundrost.application.call_plan import plan_for_call
from kundrost.application.calls_common import failed_if_live, log, update_attempt, visible_session
from kundrost.application.record_transcript import RecordTranscript, TranscriptRecorded
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.conversation_policy import DEFAULT_CONVERSATION_POLICY, ConversationPolicy
from kundrost.domain.errors import DomainError, InvalidTransition
from kundrost.domain.ids import CallSessionId
from kundrost.domain.transcript import Message
from kundrost.ports.session_store import SessionStore
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from kundrost.ports.voice import ConversationEnded, VoiceAgent

LIVE_STATE_TTL = timedelta(minutes=15)
"""Longer than any call may last, so a crashed process does not block a session for long."""


def conversation_key(session_id: CallSessionId) -> str:
    return f"conversation:{session_id}"


class ConversationRunning(DomainError):
    """A call has one conversation: a second start (a duplicate `connected`) is refused."""

    code = "CONVERSATION_RUNNING"


class ConversationBroken(RuntimeError):
    """The voice agent broke its contract: no words, no `ConversationEnded`, or more after it."""


@frozen
class HoldConversation:
    """Plan the conversation from the store's context (`plan_for_call`), let the agent hold
    it, record it. While the agent talks, `conversation:<session>` holds "running"; a second
    conversation for the call is refused (`ConversationRunning`). A session that is not in
    progress is refused (`InvalidTransition`). If anything fails once the conversation has
    started (the agent, its contract, the recording), a call still in progress fails as
    `technical_failure`, so it may be retried instead of hanging in progress, and the error
    propagates.
    """

    new_uow: UnitOfWorkFactory
    voice_agent: VoiceAgent
    record_transcript: RecordTranscript
    session_store: SessionStore
    clock: Clock
    conversation_policy: ConversationPolicy = DEFAULT_CONVERSATION_POLICY

    async def __call__(self, session_id: CallSessionId) -> TranscriptRecorded:
        async with self.new_uow() as uow:
            session = await visible_session(uow, session_id, self.clock)
            context = await uow.contexts.get(session.store_id)
        if session.status is not CallStatus.IN_PROGRESS:
            raise InvalidTransition(
                session.status.value, CallStatus.COMPLETED.value, call_session_id=str(session_id)
            )
        key = conversation_key(session_id)
        if not await self.session_store.add(key, "running", LIVE_STATE_TTL):
            raise ConversationRunning("a conversation is already running for this call")
        try:
            return await self._hold(session, context)
        except Exception as error:
            log.warning("call %s: the conversation failed (%s)", session_id, type(error).__name__)
            change = failed_if_live(
                FailureReason.TECHNICAL_FAILURE, self.record_transcript.retention
            )
            await update_attempt(self.new_uow, self.clock, session, change)
            raise
        finally:
            await self.session_store.delete(key)

    async def _hold(
        self, session: CallSession, context: BusinessContext | None
    ) -> TranscriptRecorded:
        plan = await plan_for_call(
            session, context, self.session_store, self.clock, self.conversation_policy
        )
        messages: list[Message] = []
        ended: ConversationEnded | None = None
        async for item in self.voice_agent.converse(plan, session.id):
            if ended is not None:
                raise ConversationBroken("the voice agent went on after the conversation ended")
            if isinstance(item, ConversationEnded):
                ended = item
            else:
                messages.append(item)
        if ended is None:
            raise ConversationBroken("the voice agent stopped without ending the conversation")
        if not messages:
            raise ConversationBroken("the voice agent ended the conversation without a word")
        log.info(
            "call %s conversation ended: %s after %d s, %d messages",
            session.id,
            ended.end_reason,
            ended.duration_seconds,
            len(messages),
        )
        return await self.record_transcript(
            session.id, messages, ended.duration_seconds, end_reason=ended.end_reason
        )
