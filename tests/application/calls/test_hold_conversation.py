"""HoldConversation: the agent talks from the store's plan, and what was said is recorded."""

from __future__ import annotations

import asyncio
from uuid import UUID

import pytest
from attrs import evolve

from kundrost.adapters.memory import InProcessJobQueue, MemorySessionStore
from kundrost.adapters.offline.simulated_customer import EnglishCustomer
from kundrost.adapters.offline.voice_agent import OfflineVoiceAgent
from kundrost.adapters.system import ManualClock
from kundrost.application.hold_conversation import (
    ConversationBroken,
    ConversationRunning,
    HoldConversation,
)
from kundrost.application.record_transcript import RecordTranscript
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.conversation import QuestionSource
from kundrost.domain.errors import InvalidTransition
from kundrost.domain.ids import CallSessionId, VerificationId
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from kundrost.ports.voice import ConversationEnded
from tests.application.calls.doubles import ScriptedVoiceAgent
from tests.application.calls.records import put, queued_jobs, session_of, transcript_of
from tests.unit.call_builders import SESSION_ID, a_call_session
from tests.unit.context_builders import a_business_context
from tests.unit.transcript_builders import SWEDISH_TALK, messages_of

SWEDISH = messages_of(SWEDISH_TALK, 95)
SOURDOUGH = "Vad tycker du om vårt surdegsbröd?"
"""A store question asked to every third customer."""


def another_call(n: int) -> CallSession:
    return evolve(
        a_call_session(CallStatus.IN_PROGRESS),
        id=CallSessionId(UUID(int=n)),
        verification_id=VerificationId(UUID(int=n)),
    )


def holding(
    agent: object,
    new_uow: UnitOfWorkFactory,
    record_transcript: RecordTranscript,
    session_store: MemorySessionStore,
    clock: ManualClock,
) -> HoldConversation:
    return HoldConversation(new_uow, agent, record_transcript, session_store, clock)  # type: ignore[arg-type]


@pytest.fixture
async def in_progress(new_uow: UnitOfWorkFactory) -> CallSession:
    session = a_call_session(CallStatus.IN_PROGRESS)
    await put(new_uow, session, a_business_context())
    return session


@pytest.mark.usefixtures("in_progress")
async def test_a_connected_shopper_talks_with_the_agent_and_the_call_is_completed(
    hold_conversation: HoldConversation,
    new_uow: UnitOfWorkFactory,
    queue: InProcessJobQueue,
    session_store: MemorySessionStore,
) -> None:
    recorded = await hold_conversation(SESSION_ID)

    assert recorded.session.status is CallStatus.COMPLETED
    assert 60 <= (recorded.session.duration_seconds or 0) <= 120
    transcript = await transcript_of(new_uow, SESSION_ID)
    assert transcript is not None
    assert transcript.id == recorded.transcript_id
    assert recorded.analysis_job is not None
    assert len(await queued_jobs(queue)) == 1
    assert await session_store.get(f"conversation:{SESSION_ID}") is None


async def test_the_plan_follows_the_store_context_and_spreads_questions_over_customers(
    new_uow: UnitOfWorkFactory,
    record_transcript: RecordTranscript,
    session_store: MemorySessionStore,
    clock: ManualClock,
) -> None:
    first, second = another_call(1), another_call(2)
    await put(new_uow, first, second, a_business_context())
    agent = ScriptedVoiceAgent(SWEDISH, ConversationEnded(EndReason.COMPLETED, 95))
    hold = holding(agent, new_uow, record_transcript, session_store, clock)

    await hold(first.id)
    await hold(second.id)

    (plan_one, heard_by_one), (plan_two, heard_by_two) = agent.plans
    assert (heard_by_one, heard_by_two) == (first.id, second.id)
    assert "Lindqvists Livs" in plan_one.greeting
    asked_first = [q.text for q in plan_one.questions if q.source is QuestionSource.STORE]
    asked_second = [q.text for q in plan_two.questions if q.source is QuestionSource.STORE]
    assert SOURDOUGH in asked_first
    assert SOURDOUGH not in asked_second
    assert await session_store.get(f"questions:{first.store_id}") == "2"


async def test_a_store_without_context_still_gets_a_full_call(
    new_uow: UnitOfWorkFactory,
    record_transcript: RecordTranscript,
    session_store: MemorySessionStore,
    clock: ManualClock,
) -> None:
    await put(new_uow, a_call_session(CallStatus.IN_PROGRESS))
    agent = ScriptedVoiceAgent(SWEDISH, ConversationEnded(EndReason.COMPLETED, 95))

    await holding(agent, new_uow, record_transcript, session_store, clock)(SESSION_ID)

    ((plan, _),) = agent.plans
    assert {q.source for q in plan.questions} == {QuestionSource.GENERIC}
    assert 60 <= plan.estimated_seconds <= 120


@pytest.mark.usefixtures("in_progress")
async def test_a_customer_who_does_not_speak_swedish_ends_the_call_as_a_language_barrier(
    new_uow: UnitOfWorkFactory,
    record_transcript: RecordTranscript,
    session_store: MemorySessionStore,
    clock: ManualClock,
) -> None:
    agent = OfflineVoiceAgent(lambda _session: EnglishCustomer())

    recorded = await holding(agent, new_uow, record_transcript, session_store, clock)(SESSION_ID)

    assert (recorded.session.status, recorded.session.end_reason) == (
        CallStatus.ABANDONED,
        EndReason.LANGUAGE_BARRIER,
    )
    assert recorded.analysis_job is None
    assert await transcript_of(new_uow, SESSION_ID) is None


@pytest.mark.usefixtures("in_progress")
async def test_while_the_agent_talks_the_call_is_marked_running_and_a_second_start_is_refused(
    new_uow: UnitOfWorkFactory,
    record_transcript: RecordTranscript,
    session_store: MemorySessionStore,
    clock: ManualClock,
) -> None:
    gate = asyncio.Event()
    agent = ScriptedVoiceAgent(SWEDISH, ConversationEnded(EndReason.COMPLETED, 95), hold=gate)
    hold = holding(agent, new_uow, record_transcript, session_store, clock)
    talking = asyncio.create_task(hold(SESSION_ID))
    await agent.talking.wait()

    assert await session_store.get(f"conversation:{SESSION_ID}") == "running"
    with pytest.raises(ConversationRunning) as refused:
        await hold(SESSION_ID)
    assert refused.value.code == "CONVERSATION_RUNNING"

    gate.set()
    recorded = await talking
    assert recorded.session.status is CallStatus.COMPLETED
    assert len(agent.plans) == 1
    assert await session_store.get(f"conversation:{SESSION_ID}") is None


@pytest.mark.parametrize(
    "status", [CallStatus.PENDING, CallStatus.COMPLETED, CallStatus.FAILED], ids=str
)
async def test_only_a_call_in_progress_gets_a_conversation(
    hold_conversation: HoldConversation,
    new_uow: UnitOfWorkFactory,
    session_store: MemorySessionStore,
    status: CallStatus,
) -> None:
    await put(new_uow, a_call_session(status))

    with pytest.raises(InvalidTransition) as refused:
        await hold_conversation(SESSION_ID)

    assert refused.value.code == "INVALID_TRANSITION"
    assert await session_store.get(f"conversation:{SESSION_ID}") is None


@pytest.mark.usefixtures("in_progress")
@pytest.mark.parametrize(
    ("agent", "error"),
    [
        (ScriptedVoiceAgent(SWEDISH, None, fail_after=3), ConnectionResetError),
        (ScriptedVoiceAgent(SWEDISH, None), ConversationBroken),
        (
            ScriptedVoiceAgent((), ConversationEnded(EndReason.CUSTOMER_HANGUP, 2)),
            ConversationBroken,
        ),
    ],
    ids=["stream-dropped", "no-end", "no-words"],
)
async def test_a_conversation_that_breaks_fails_the_call_so_it_can_be_retried(
    new_uow: UnitOfWorkFactory,
    record_transcript: RecordTranscript,
    session_store: MemorySessionStore,
    clock: ManualClock,
    agent: ScriptedVoiceAgent,
    error: type[Exception],
) -> None:
    with pytest.raises(error):
        await holding(agent, new_uow, record_transcript, session_store, clock)(SESSION_ID)

    session = await session_of(new_uow, SESSION_ID)
    assert session is not None
    assert (session.status, session.failure_reason) == (
        CallStatus.FAILED,
        FailureReason.TECHNICAL_FAILURE,
    )
    assert await transcript_of(new_uow, SESSION_ID) is None
    assert await session_store.get(f"conversation:{SESSION_ID}") is None
