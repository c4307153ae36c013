"""CallFlow: from a verified purchase to a queued analysis, driven by the phone network."""

from __future__ import annotations

import logging
from decimal import Decimal
from uuid import UUID

import pytest

from kundrost.adapters.memory import (
    InProcessJobQueue,
    MemorySessionStore,
    UnitOfWorkNewSessions,
    UnitOfWorkPlacedCalls,
)
from kundrost.adapters.simulated import CallOutcome, CallScript, SimulatedTelephony
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.analysis_queue import analysis_ids_of
from kundrost.application.call_flow import CallFlow
from kundrost.application.initiate_call import InitiateCall, InitiateCallCommand
from kundrost.domain.call_events import Completed, Connected
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.ids import CallSessionId
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.calls.records import job_of, put, queued_jobs, session_of, transcript_of
from tests.unit.call_builders import NUMBER, PURCHASED_AT, STORE_ID, VERIFICATION_ID, a_phone
from tests.unit.context_builders import a_business_context

COMMAND = InitiateCallCommand(
    verification_id=VERIFICATION_ID,
    store_id=STORE_ID,
    phone=a_phone(),
    transaction_time=PURCHASED_AT,
    transaction_value=Decimal("249.90"),
)


@pytest.fixture(autouse=True)
async def store_context(new_uow: UnitOfWorkFactory) -> None:
    await put(new_uow, a_business_context())


@pytest.mark.usefixtures("call_flow")
async def test_an_answered_call_is_talked_through_recorded_and_queued_for_analysis(
    initiate_call: InitiateCall,
    telephony: SimulatedTelephony,
    new_uow: UnitOfWorkFactory,
    queue: InProcessJobQueue,
    session_store: MemorySessionStore,
) -> None:
    placed = await initiate_call(COMMAND)
    assert placed.status is CallStatus.PENDING

    assert await telephony.deliver() == 1

    session = await session_of(new_uow, placed.id)
    assert session is not None
    assert (session.status, session.end_reason) == (CallStatus.COMPLETED, EndReason.COMPLETED)
    assert session.provider_call_id == placed.provider_call_id
    transcript = await transcript_of(new_uow, placed.id)
    assert transcript is not None
    assert transcript.total_duration_seconds == session.duration_seconds
    job = await job_of(new_uow, placed.id)
    assert job is not None
    assert [found for queued in await queued_jobs(queue) for found in analysis_ids_of(queued)] == [
        job.id
    ]
    assert await session_store.get(f"conversation:{placed.id}") is None


async def test_an_unanswered_call_is_recorded_as_failed_without_a_conversation(
    call_flow: CallFlow,
    new_uow: UnitOfWorkFactory,
    clock: ManualClock,
    ids: SeededIds,
    queue: InProcessJobQueue,
) -> None:
    unanswered = SimulatedTelephony(CallScript((CallOutcome.NO_ANSWER,)), call_flow)
    initiate = InitiateCall(
        new_uow,
        unanswered,
        clock,
        ids,
        UnitOfWorkNewSessions(new_uow),
        UnitOfWorkPlacedCalls(new_uow),
    )
    placed = await initiate(COMMAND)

    await unanswered.deliver()

    session = await session_of(new_uow, placed.id)
    assert session is not None
    assert (session.status, session.failure_reason) == (CallStatus.FAILED, FailureReason.NO_ANSWER)
    assert await transcript_of(new_uow, placed.id) is None
    assert await queued_jobs(queue) == []


@pytest.mark.usefixtures("call_flow")
async def test_a_second_connected_for_a_call_does_not_start_a_second_conversation(
    initiate_call: InitiateCall,
    telephony: SimulatedTelephony,
    call_flow: CallFlow,
    new_uow: UnitOfWorkFactory,
    queue: InProcessJobQueue,
) -> None:
    placed = await initiate_call(COMMAND)
    await telephony.deliver()
    recorded = await transcript_of(new_uow, placed.id)

    await call_flow(placed.id, Connected())
    await call_flow(placed.id, Connected(), event_id="elks-connected-2")

    assert await transcript_of(new_uow, placed.id) == recorded
    assert len(await queued_jobs(queue)) == 1


async def test_a_refused_event_is_logged_with_its_code_and_not_raised(
    call_flow: CallFlow, caplog: pytest.LogCaptureFixture
) -> None:
    unknown = CallSessionId(UUID(int=404))

    with caplog.at_level(logging.INFO, logger="kundrost"):
        await call_flow(unknown, Connected())
        await call_flow(unknown, Completed(90))

    assert "NOT_FOUND" in caplog.text
    assert "Completed" in caplog.text


@pytest.mark.usefixtures("call_flow")
async def test_the_flow_logs_neither_the_number_nor_what_was_said(
    initiate_call: InitiateCall,
    telephony: SimulatedTelephony,
    new_uow: UnitOfWorkFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG):
        placed = await initiate_call(COMMAND)
        await telephony.deliver()

    transcript = await transcript_of(new_uow, placed.id)
    assert transcript is not None
    assert "completed" in caplog.text
    assert NUMBER not in caplog.text
    assert all(message.content not in caplog.text for message in transcript.messages)
