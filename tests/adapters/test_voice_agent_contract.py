"""VoiceAgent contract: every adapter of ports.VoiceAgent, then what the offline agent adds."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from uuid import UUID

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.adapters.offline.simulated_customer import (
    FILLERS,
    EnglishCustomer,
    GenericCustomer,
    HangUpCustomer,
    ScriptedCustomer,
    SilentCustomer,
    SimulatedCustomer,
    TerseCustomer,
)
from kundrost.adapters.offline.speaking_pace import SpeakingPace
from kundrost.adapters.offline.voice_agent import (
    ARE_YOU_THERE,
    FOLLOW_UPS,
    SWEDISH_ONLY,
    OfflineVoiceAgent,
)
from kundrost.domain.analysability import AnalysabilityPolicy
from kundrost.domain.call_script import LANGUAGE_GOODBYE
from kundrost.domain.call_status import EndReason
from kundrost.domain.conversation import ConversationPlan, plan_conversation
from kundrost.domain.ids import CallSessionId, TranscriptId
from kundrost.domain.language import detect_language
from kundrost.domain.transcript import Message, MessageType, Speaker, Transcript
from kundrost.ports import ConversationEnded, VoiceAgent
from tests.unit.context_builders import a_business_context, a_visit, an_empty_context

Persona = str
"""What the customer on the line is like: "swedish" (ordinary sentence answers in Swedish),
"english" (answers in English only) or "hangs_up" (hangs up after two answers)."""

OFFLINE_PERSONAS: dict[Persona, Callable[[CallSessionId], SimulatedCustomer]] = {
    "swedish": lambda session_id: GenericCustomer(seed=session_id.int),
    "english": lambda session_id: EnglishCustomer(seed=session_id.int),
    "hangs_up": lambda session_id: HangUpCustomer(after=2, seed=session_id.int),
}

AGENTS: dict[str, Callable[[Persona], VoiceAgent]] = {
    "offline": lambda persona: OfflineVoiceAgent(OFFLINE_PERSONAS[persona]),
}
"""Each adapter as a factory of an agent whose calls reach a customer of the persona; a
production agent joins by name here, with a simulated caller on its audio stream."""

PLANS: dict[str, ConversationPlan] = {
    **{
        f"store-counter-{n}": plan_conversation(a_business_context(), a_visit(), n)
        for n in range(4)
    },
    "empty-context": plan_conversation(an_empty_context(), a_visit(), 0),
    "no-context": plan_conversation(None, a_visit(), 0),
}
PLAN = PLANS["store-counter-0"]
SESSIONS = [CallSessionId(UUID(int=n)) for n in (1, 2, 3, 1234567, 2**127 + 5)]
SESSION = SESSIONS[0]


@pytest.fixture(params=sorted(AGENTS))
def agent_for(request: pytest.FixtureRequest) -> Callable[[Persona], VoiceAgent]:
    return AGENTS[request.param]


async def conversation(
    agent: VoiceAgent, plan: ConversationPlan = PLAN, session_id: CallSessionId = SESSION
) -> tuple[list[Message], ConversationEnded]:
    """The messages and the end; fails unless exactly one end comes, and comes last."""
    items = [item async for item in agent.converse(plan, session_id)]
    ends = [item for item in items if isinstance(item, ConversationEnded)]
    assert len(ends) == 1
    assert items[-1] is ends[0]
    messages = [item for item in items[:-1] if isinstance(item, Message)]
    assert len(messages) == len(items) - 1
    return messages, ends[0]


def transcript_of(
    messages: list[Message], ended: ConversationEnded, session_id: CallSessionId = SESSION
) -> Transcript:
    return Transcript(
        TranscriptId(UUID(int=99)),
        session_id,
        messages,
        ended.duration_seconds,
        datetime(2026, 3, 3, 13, 30, tzinfo=UTC),
    )


def asked(messages: list[Message]) -> list[str]:
    return [m.content for m in messages if m.speaker is Speaker.AI]


def answered(messages: list[Message]) -> list[str]:
    return [m.content for m in messages if m.speaker is Speaker.CUSTOMER]


@pytest.mark.parametrize("persona", sorted(OFFLINE_PERSONAS))
async def test_the_agent_speaks_first(
    agent_for: Callable[[Persona], VoiceAgent], persona: Persona
) -> None:
    messages, _ = await conversation(agent_for(persona))
    assert messages[0].speaker is Speaker.AI


@pytest.mark.parametrize("persona", sorted(OFFLINE_PERSONAS))
@pytest.mark.parametrize("plan", sorted(PLANS))
async def test_message_order_rises_and_time_never_runs_back(
    agent_for: Callable[[Persona], VoiceAgent], persona: Persona, plan: str
) -> None:
    messages, _ = await conversation(agent_for(persona), PLANS[plan])
    for before, after in itertools.pairwise(messages):
        assert after.message_order > before.message_order
        assert after.timestamp_ms >= before.timestamp_ms


@pytest.mark.parametrize("persona", sorted(OFFLINE_PERSONAS))
async def test_the_duration_covers_the_last_message(
    agent_for: Callable[[Persona], VoiceAgent], persona: Persona
) -> None:
    messages, ended = await conversation(agent_for(persona))
    assert ended.duration_seconds * 1000 >= messages[-1].timestamp_ms


@pytest.mark.parametrize("plan", sorted(PLANS))
@pytest.mark.parametrize("session_id", SESSIONS, ids=str)
async def test_a_swedish_customer_completes_the_call_within_60_to_120_seconds(
    agent_for: Callable[[Persona], VoiceAgent], plan: str, session_id: CallSessionId
) -> None:
    messages, ended = await conversation(agent_for("swedish"), PLANS[plan], session_id)
    assert ended.end_reason is EndReason.COMPLETED
    assert 60 <= ended.duration_seconds <= 120
    assert AnalysabilityPolicy().evaluate(transcript_of(messages, ended, session_id)).analysable


async def test_a_customer_speaking_english_ends_the_call_with_a_language_barrier(
    agent_for: Callable[[Persona], VoiceAgent],
) -> None:
    messages, ended = await conversation(agent_for("english"))
    assert ended.end_reason is EndReason.LANGUAGE_BARRIER
    verdict = AnalysabilityPolicy().evaluate(transcript_of(messages, ended))
    assert verdict.reason is EndReason.LANGUAGE_BARRIER


async def test_a_customer_who_hangs_up_ends_the_call_with_customer_hangup(
    agent_for: Callable[[Persona], VoiceAgent],
) -> None:
    _, ended = await conversation(agent_for("hangs_up"))
    assert ended.end_reason is EndReason.CUSTOMER_HANGUP
    assert ended.duration_seconds < 60


@pytest.mark.parametrize("persona", sorted(OFFLINE_PERSONAS))
async def test_the_conversation_makes_a_valid_transcript(
    agent_for: Callable[[Persona], VoiceAgent], persona: Persona
) -> None:
    messages, ended = await conversation(agent_for(persona))
    transcript = transcript_of(messages, ended)
    assert transcript.customer_messages()
    assert transcript.ai_messages()[0] == messages[0]


# What the offline agent adds to the contract.


async def test_the_offline_agent_says_the_plan_in_order_and_numbers_messages_from_zero() -> None:
    messages, _ = await conversation(OfflineVoiceAgent())
    said = asked(messages)
    assert said[0] == PLAN.greeting
    assert said[-1] == PLAN.closing
    planned = [q.text for q in PLAN.questions]
    assert [text for text in said if text in planned] == planned
    assert [m.message_order for m in messages] == list(range(len(messages)))
    assert messages[0].timestamp_ms == 0


async def test_the_offline_duration_includes_saying_the_last_message() -> None:
    messages, ended = await conversation(OfflineVoiceAgent())
    spoken = SpeakingPace().speaking_ms(messages[-1].content)
    assert ended.duration_seconds == -(-(messages[-1].timestamp_ms + spoken) // 1000)


async def test_the_agent_asks_and_the_customer_responds() -> None:
    messages, _ = await conversation(OfflineVoiceAgent())
    for message in messages:
        expected = MessageType.QUESTION if message.speaker is Speaker.AI else MessageType.RESPONSE
        assert message.message_type is expected
    assert {m.language_detected for m in messages if m.speaker is Speaker.CUSTOMER} == {"sv"}


async def test_the_default_customer_answers_in_swedish_sentences() -> None:
    messages, ended = await conversation(OfflineVoiceAgent())
    assert ended.end_reason is EndReason.COMPLETED
    assert all(len(answer.split()) >= 6 for answer in answered(messages))


async def test_follow_ups_fill_the_plan_s_slots_after_the_first_answers() -> None:
    messages, _ = await conversation(OfflineVoiceAgent())
    said = asked(messages)
    follow_ups = [text for text in said if text in FOLLOW_UPS]
    assert follow_ups == list(FOLLOW_UPS[: PLAN.follow_up_slots])
    assert said.index(follow_ups[0]) == said.index(PLAN.questions[0].text) + 1


@pytest.mark.parametrize("session_id", SESSIONS, ids=str)
async def test_a_conversation_replays_the_same_for_the_same_session_and_seed(
    session_id: CallSessionId,
) -> None:
    first = await conversation(OfflineVoiceAgent(seed=3), PLAN, session_id)
    assert await conversation(OfflineVoiceAgent(seed=3), PLAN, session_id) == first


async def test_another_seed_changes_the_pauses() -> None:
    first = await conversation(OfflineVoiceAgent(seed=1))
    assert await conversation(OfflineVoiceAgent(seed=2)) != first


async def test_a_scripted_customer_says_its_answers_in_order_then_fillers() -> None:
    script = ["Kön var kort och personalen var trevlig.", "Jag handlar där varje vecka."]
    agent = OfflineVoiceAgent(lambda _: ScriptedCustomer(script))
    messages, _ = await conversation(agent)
    said = answered(messages)
    assert said[:2] == script
    assert set(said[2:]) <= set(FILLERS)
    assert len(said) == len(PLAN.questions) + PLAN.follow_up_slots


async def test_a_long_winded_customer_is_not_asked_past_the_time_budget() -> None:
    rambling = " ".join(["Jag tyckte att det var en bra butik och att personalen var trevlig."] * 5)
    agent = OfflineVoiceAgent(lambda _: ScriptedCustomer([rambling] * 10, fillers=[rambling]))
    messages, ended = await conversation(agent)
    assert ended.end_reason is EndReason.COMPLETED
    assert asked(messages)[-1] == PLAN.closing
    assert ended.duration_seconds <= PLAN.max_seconds
    assert len(answered(messages)) < len(PLAN.questions) + PLAN.follow_up_slots


async def test_one_english_answer_gets_a_note_and_the_call_goes_on() -> None:
    answers = ["The checkout was slow.", "Personalen var trevlig och hjälpsam i kassan."]
    messages, ended = await conversation(OfflineVoiceAgent(lambda _: ScriptedCustomer(answers)))
    assert ended.end_reason is EndReason.COMPLETED
    said = asked(messages)
    assert said[said.index(PLAN.questions[0].text) + 1] == SWEDISH_ONLY
    assert said[-1] == PLAN.closing


async def test_two_english_answers_end_the_call_with_a_swedish_apology() -> None:
    messages, ended = await conversation(OfflineVoiceAgent(lambda _: EnglishCustomer()))
    assert ended.end_reason is EndReason.LANGUAGE_BARRIER
    assert asked(messages)[-1] == LANGUAGE_GOODBYE
    assert len(answered(messages)) == 2
    assert detect_language(LANGUAGE_GOODBYE) == "sv"


async def test_english_answers_after_long_swedish_ones_do_not_end_the_call() -> None:
    swedish = "Personalen var trevlig och hjälpsam, och det var lätt att hitta allt i butiken."
    answers = [swedish, swedish, "It was fine.", "No, nothing."]
    _, ended = await conversation(OfflineVoiceAgent(lambda _: ScriptedCustomer(answers)))
    assert ended.end_reason is EndReason.COMPLETED


async def test_a_customer_who_hangs_up_at_once_leaves_no_answer() -> None:
    messages, ended = await conversation(OfflineVoiceAgent(lambda _: HangUpCustomer(after=0)))
    assert ended.end_reason is EndReason.CUSTOMER_HANGUP
    assert answered(messages) == []
    assert asked(messages) == [PLAN.greeting, PLAN.questions[0].text]


async def test_a_silent_customer_is_asked_if_anyone_is_there_then_timed_out() -> None:
    messages, ended = await conversation(OfflineVoiceAgent(lambda _: SilentCustomer()))
    assert ended.end_reason is EndReason.TIMEOUT
    assert ARE_YOU_THERE in asked(messages)
    assert answered(messages) == []


async def test_a_moment_of_silence_is_waited_out_and_the_call_goes_on() -> None:
    answers = ["", "Kön var kort och personalen var trevlig."]
    messages, ended = await conversation(OfflineVoiceAgent(lambda _: ScriptedCustomer(answers)))
    assert ended.end_reason is EndReason.COMPLETED
    assert answered(messages)[0] == answers[1]


async def test_a_terse_customer_gives_a_shorter_call_than_a_talkative_one() -> None:
    _, terse = await conversation(OfflineVoiceAgent(lambda s: TerseCustomer(s.int)))
    _, talkative = await conversation(OfflineVoiceAgent())
    assert terse.duration_seconds < talkative.duration_seconds


async def test_an_answer_over_2000_characters_becomes_several_messages() -> None:
    long_answer = " ".join(["Det var en riktigt trevlig butik med bra personal."] * 80)
    agent = OfflineVoiceAgent(lambda _: ScriptedCustomer([long_answer]))
    messages, _ = await conversation(agent)
    parts = [answer for answer in answered(messages) if answer not in FILLERS]
    assert len(parts) > 1
    assert all(len(part) <= 2000 for part in parts)
    assert " ".join(parts) == long_answer


@given(
    answers=st.lists(
        st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=400)), max_size=8
    )
)
async def test_any_customer_gives_an_ordered_conversation_with_one_end(
    answers: list[str | None],
) -> None:
    agent = OfflineVoiceAgent(lambda _: ScriptedCustomer(answers))
    messages, ended = await conversation(agent)
    transcript_of(messages, ended)
    assert messages[0].speaker is Speaker.AI
    assert ended.duration_seconds * 1000 >= messages[-1].timestamp_ms


@given(seed=st.integers(0, 2**64), turn=st.integers(0, 20), plan=st.sampled_from(sorted(PLANS)))
def test_every_generic_answer_is_swedish(seed: int, turn: int, plan: str) -> None:
    for question in [*(q.text for q in PLANS[plan].questions), *FOLLOW_UPS]:
        answer = GenericCustomer(seed).answer(question, turn)
        assert answer is not None
        assert detect_language(answer) == "sv"


@given(seed=st.integers(0, 2**64), turn=st.integers(0, 20))
def test_every_terse_and_filler_answer_is_swedish_and_every_english_one_english(
    seed: int, turn: int
) -> None:
    assert detect_language(TerseCustomer(seed).answer("Hur var det?", turn) or "") == "sv"
    assert detect_language(ScriptedCustomer([]).answer("Hur var det?", turn) or "") == "sv"
    assert detect_language(EnglishCustomer(seed).answer("Hur var det?", turn) or "") == "en"


def test_speaking_time_counts_words_and_sentence_ends() -> None:
    pace = SpeakingPace()
    assert pace.speaking_ms("Hej!") == 400 + 300
    assert pace.speaking_ms("Det var bra. Tack så mycket!") == 6 * 400 + 2 * 300


def test_a_scripted_customer_needs_fillers() -> None:
    with pytest.raises(ValueError, match="filler"):
        ScriptedCustomer([], fillers=[])
