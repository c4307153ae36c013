"""OfflineVoiceAgent: runs a conversation plan in text against a simulated customer."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from decimal import Decimal

from kundrost.adapters.offline.simulated_customer import GenericCustomer, SimulatedCustomer
from kundrost.adapters.offline.speaking_pace import SpeakingPace, message_parts
from kundrost.domain.analysability import AnalysabilityPolicy, is_swedish_turn
from kundrost.domain.call_script import LANGUAGE_GOODBYE, SILENCE_GOODBYE
from kundrost.domain.call_status import EndReason
from kundrost.domain.conversation import ConversationPlan
from kundrost.domain.ids import CallSessionId
from kundrost.domain.language import detect_language
from kundrost.domain.transcript import Message, MessageType, Speaker
from kundrost.ports.voice import ConversationEnded

FOLLOW_UPS = (
    "Kan du berätta lite mer om det?",
    "Vad var det som gjorde att du tyckte så?",
    "Har du något exempel på det?",
)
SWEDISH_ONLY = "Ursäkta, samtalet hålls på svenska. Jag går vidare till nästa fråga."
ARE_YOU_THERE = "Hallå, hör du mig?"

CustomerFactory = Callable[[CallSessionId], SimulatedCustomer]


def _generic_customer(session_id: CallSessionId) -> SimulatedCustomer:
    return GenericCustomer(seed=session_id.int)


class OfflineVoiceAgent:
    """`ports.VoiceAgent` in text: the plan's greeting, questions and closing against a
    simulated customer, with speaking times, for the embedded profile, the demo and tests.

    The rules a live agent follows: a question (or one of the plan's follow-up slots, used
    after the first Swedish answers) is asked only if, at the plan's time for it or this
    customer's pace so far when slower, it and the closing still end by `max_seconds`. A
    non-Swedish answer gets a short note that the call is in Swedish; once `language_strikes`
    answers were not Swedish and the customer's speech is mostly not Swedish by the domain's
    rule (`AnalysabilityPolicy.min_swedish_share` of characters, `is_swedish_turn`), the agent
    apologises and ends with `language_barrier`. Silence twice in a row ends with `timeout`,
    a hang-up with `customer_hangup`; otherwise the closing is said and the call `completed`.
    """

    def __init__(
        self,
        customers: CustomerFactory | None = None,
        *,
        pace: SpeakingPace | None = None,
        analysability: AnalysabilityPolicy | None = None,
        language_strikes: int = 2,
        follow_up_seconds: int = 10,
        seed: int = 0,
    ) -> None:
        self.customers = customers or _generic_customer
        self.pace = pace or SpeakingPace()
        self.min_swedish_share = (analysability or AnalysabilityPolicy()).min_swedish_share
        self.language_strikes = language_strikes
        self.follow_up_seconds = follow_up_seconds
        self.seed = seed

    async def converse(
        self, plan: ConversationPlan, session_id: CallSessionId
    ) -> AsyncIterator[Message | ConversationEnded]:
        rng = random.Random(f"{self.seed}:{session_id}")
        for item in _Call(self, plan, self.customers(session_id), rng).run():
            yield item
            await asyncio.sleep(0)


class _Call:
    """One conversation's clock, turns and language tally."""

    def __init__(
        self,
        agent: OfflineVoiceAgent,
        plan: ConversationPlan,
        customer: SimulatedCustomer,
        rng: random.Random,
    ) -> None:
        self.agent, self.plan, self.customer, self.rng = agent, plan, customer, rng
        self.pace = agent.pace
        self.clock_ms = self.order = self.turn = 0
        self.last_speaker: Speaker | None = None
        self.swedish_chars = self.total_chars = self.strikes = 0
        self.exchanges_ms: list[int] = []

    def run(self) -> Iterator[Message | ConversationEnded]:
        yield from self._say(self.plan.greeting)
        reason = yield from self._questions()
        if reason is None:
            yield from self._say(self.plan.closing)
            barrier = self._mostly_not_swedish()
            reason = EndReason.LANGUAGE_BARRIER if barrier else EndReason.COMPLETED
        yield self._ended(reason)

    def _questions(self) -> Generator[Message, None, EndReason | None]:
        """The plan's questions while they fit, a follow-up after each of the first Swedish
        answers while slots are left; why the call ends early, or None for the closing."""
        used = 0
        for question in self.plan.questions:
            if not self._fits(question.seconds):
                return None
            result = yield from self._ask(question.text)
            slot_left = used < self.plan.follow_up_slots
            if result is True and slot_left and self._fits(self.agent.follow_up_seconds):
                used += 1
                result = yield from self._ask(FOLLOW_UPS[(used - 1) % len(FOLLOW_UPS)])
            if isinstance(result, EndReason):
                return result
        return None

    def _fits(self, planned_seconds: int) -> bool:
        average = sum(self.exchanges_ms) // len(self.exchanges_ms) if self.exchanges_ms else 0
        exchange = max(planned_seconds * 1000, average)
        closing = self.pace.agent_reaction_ms + self.pace.speaking_ms(self.plan.closing)
        reaction = self.pace.agent_reaction_ms
        return self.clock_ms + reaction + exchange + closing <= self.plan.max_seconds * 1000

    def _ask(self, prompt: str) -> Generator[Message, None, bool | EndReason]:
        """Whether the answer was Swedish, or why the call ends."""
        started, silences = self.clock_ms, 0
        while True:
            yield from self._say(prompt)
            answer = self.customer.answer(prompt, self.turn)
            self.turn += 1
            if answer is None:
                return EndReason.CUSTOMER_HANGUP
            if answer.strip():
                break
            silences += 1
            self.clock_ms += self.pace.silence_ms
            if silences == 2:
                yield from self._say(SILENCE_GOODBYE)
                return EndReason.TIMEOUT
            prompt = ARE_YOU_THERE
        swedish = yield from self._hear(answer)
        self.exchanges_ms.append(self.clock_ms - started)
        if swedish:
            return True
        self.strikes += 1
        if self.strikes >= self.agent.language_strikes and self._mostly_not_swedish():
            yield from self._say(LANGUAGE_GOODBYE)
            return EndReason.LANGUAGE_BARRIER
        yield from self._say(SWEDISH_ONLY)
        return False

    def _say(self, text: str) -> Iterator[Message]:
        gap = 0
        if self.last_speaker is Speaker.CUSTOMER:
            gap = self.pace.agent_reaction_ms
        elif self.last_speaker is Speaker.AI:
            gap = self.pace.agent_pause_ms
        yield self._message(Speaker.AI, text, self.clock_ms + gap, MessageType.QUESTION, None)

    def _hear(self, answer: str) -> Generator[Message, None, bool]:
        self.clock_ms += self.rng.randint(*self.pace.think_ms)
        swedish = True
        for part in message_parts(answer):
            language = detect_language(part)
            spoken = language if language in ("sv", "en") else None
            message = self._message(
                Speaker.CUSTOMER, part, self.clock_ms, MessageType.RESPONSE, spoken
            )
            self.total_chars += len(part)
            if is_swedish_turn(message):
                self.swedish_chars += len(part)
            else:
                swedish = False
            yield message
        return swedish

    def _message(
        self, speaker: Speaker, text: str, at_ms: int, kind: MessageType, language: str | None
    ) -> Message:
        message = Message(speaker, text, at_ms, self.order, kind, language_detected=language)
        self.order += 1
        self.clock_ms = at_ms + self.pace.speaking_ms(text)
        self.last_speaker = speaker
        return message

    def _mostly_not_swedish(self) -> bool:
        return self.total_chars > 0 and Decimal(self.swedish_chars) < (
            self.agent.min_swedish_share * self.total_chars
        )

    def _ended(self, reason: EndReason) -> ConversationEnded:
        return ConversationEnded(reason, -(-self.clock_ms // 1000))
