"""TakeCall: an answered phone leg gets its live conversation, and the call its outcome."""

from __future__ import annotations

import asyncio
import logging

from attrs import field, frozen

from kundrost.application.call_plan import plan_for_call
from kundrost.application.calls_common import failed_if_live, update_attempt
from kundrost.application.hold_conversation import LIVE_STATE_TTL, conversation_key
from kundrost.application.live_conversation import LiveConversation
from kundrost.application.live_ending import Ending, LiveOutcome
from kundrost.application.live_match import CallAlreadyConnected, match_hello
from kundrost.application.live_record import log_live_call, record_live_outcome
from kundrost.application.live_stats import CallStats
from kundrost.application.live_turns import TurnLog
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.record_transcript import RecordTranscript
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_events import Connected
from kundrost.domain.call_script import CallScript
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import FailureReason
from kundrost.domain.conversation_policy import DEFAULT_CONVERSATION_POLICY, ConversationPolicy
from kundrost.domain.errors import DomainError
from kundrost.domain.ids import CallSessionId
from kundrost.domain.language_barrier import LanguageBarrierRule
from kundrost.domain.live_call_policy import LiveCallPolicy
from kundrost.ports.live_call import (
    CallTime,
    Hello,
    ModelLeg,
    ModelUnavailable,
    PhoneLeg,
    RealtimeModel,
)
from kundrost.ports.session_store import SessionStore
from kundrost.ports.system import Clock
from kundrost.ports.telephony import Telephony, TelephonyError
from kundrost.ports.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("kundrost.voice")


@frozen
class TakeCall:
    """Hold the live conversation of an answered call, then record how it ended.

    The model's connection opens at once, while the leg is matched to its pending session
    (`match_hello`), so the greeting can start within a second of the answer. A leg that is
    not ours is refused (`UnknownCall`, `CallAlreadyConnected`) and hung up: one conversation
    per call, claimed in the shared cache (`conversation:<session>`) so any process may take
    any call. The claimed session is `in_progress` for the conversation.

    The outcome is recorded as a posted transcript would be (`record_live_outcome`: the
    transcript with the bridge's call quality metrics, so analysability decides as it
    always does); a voicemail fails the call as `no_answer`, a model that broke or stayed
    silent as `technical_failure`, both to be retried. One log line per call, with ids,
    durations and reasons — never a number or a word.
    """

    new_uow: UnitOfWorkFactory
    session_store: SessionStore
    clock: Clock
    call_time: CallTime
    realtime: RealtimeModel
    telephony: Telephony
    record_event: RecordCallEvent
    record_transcript: RecordTranscript
    policy: LiveCallPolicy = field(factory=LiveCallPolicy)
    conversation_policy: ConversationPolicy = DEFAULT_CONVERSATION_POLICY
    language: LanguageBarrierRule = field(factory=LanguageBarrierRule)

    async def __call__(
        self, phone: PhoneLeg, *, session_id: CallSessionId | None = None
    ) -> LiveOutcome:
        hello = await phone.answer()
        answered = self.call_time.now_ms()
        model = self.realtime.leg()
        connecting = asyncio.create_task(model.connect())
        try:
            session, context = await self._claim(hello, session_id)
        except BaseException as refusal:
            connecting.cancel()
            await asyncio.gather(connecting, return_exceptions=True)
            await model.close()
            await phone.hang_up()
            code = refusal.code if isinstance(refusal, DomainError) else type(refusal).__name__
            log.warning("live call refused: provider call %s, %s", hello.call_id, code)
            raise
        try:
            outcome = await self._hold(phone, model, connecting, session, context, answered)
        except Exception as error:
            change = failed_if_live(
                FailureReason.TECHNICAL_FAILURE, self.record_transcript.retention
            )
            await update_attempt(self.new_uow, self.clock, session, change)
            log.exception("live call %s broke: %s", session.id, type(error).__name__)
            raise
        finally:
            await self.session_store.delete(conversation_key(session.id))
        result = await record_live_outcome(
            session,
            outcome,
            self.record_event,
            self.record_transcript,
            self.new_uow,
            self.clock,
        )
        log_live_call(session, hello, outcome, result)
        return outcome

    async def _claim(
        self, hello: Hello, session_id: CallSessionId | None
    ) -> tuple[CallSession, BusinessContext | None]:
        async with self.new_uow() as uow:
            session = await match_hello(uow, hello, self.clock, session_id)
            context = await uow.contexts.get(session.store_id)
        key = conversation_key(session.id)
        if not await self.session_store.add(key, "live", LIVE_STATE_TTL):
            raise CallAlreadyConnected(
                "another leg holds this call", call_session_id=str(session.id)
            )
        try:
            await self.record_event(session.id, Connected())
        except BaseException:
            await self.session_store.delete(key)
            raise
        return session, context

    async def _hold(
        self,
        phone: PhoneLeg,
        model: ModelLeg,
        connecting: asyncio.Task[None],
        session: CallSession,
        context: BusinessContext | None,
        answered: int,
    ) -> LiveOutcome:
        plan = await plan_for_call(
            session, context, self.session_store, self.clock, self.conversation_policy
        )
        script = CallScript.for_plan(plan)
        try:
            await connecting
            await model.start(script)
        except ModelUnavailable as error:
            log.warning("live call %s: the model is unavailable (%s)", session.id, error)
            await model.close()
            await phone.hang_up()
            elapsed = self.call_time.now_ms() - answered
            return LiveOutcome.of(Ending.MODEL_LOST, elapsed, TurnLog(), CallStats())

        async def hang_up_network() -> None:
            if session.provider_call_id is None:
                return
            try:
                await self.telephony.hang_up(session.provider_call_id)
            except TelephonyError as error:
                log.warning("live call %s: hang-up refused (%s)", session.id, error)

        conversation = LiveConversation(
            phone,
            model,
            self.call_time,
            script,
            self.policy,
            self.language,
            hang_up_network,
            answered_at=answered,
        )
        return await conversation.run()
