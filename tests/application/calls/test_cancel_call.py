"""CancelCall: a live call is hung up; any call's personal data is erased at once."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

import pytest
from attrs import evolve

from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.application.cancel_call import CancelCall
from kundrost.application.initiate_call import InitiateCall, InitiateCallCommand
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.domain.call_events import Connected
from kundrost.domain.call_status import CallStatus, EndReason
from kundrost.domain.ids import CallSessionId
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.calls.records import NOW, assessment_of, put, session_of, transcript_of
from tests.unit.call_builders import (
    PURCHASED_AT,
    SESSION_ID,
    STORE_ID,
    VERIFICATION_ID,
    a_call_session,
    a_phone,
)
from tests.unit.grading_builders import an_assessment
from tests.unit.transcript_builders import a_swedish_transcript

COMMAND = InitiateCallCommand(
    verification_id=VERIFICATION_ID,
    store_id=STORE_ID,
    phone=a_phone(),
    transaction_time=PURCHASED_AT,
    transaction_value=None,
)


@pytest.mark.parametrize("connected", [False, True], ids=["ringing", "talking"])
async def test_a_live_call_is_hung_up_abandoned_as_cancelled_and_its_number_erased(
    initiate_call: InitiateCall,
    record_event: RecordCallEvent,
    cancel_call: CancelCall,
    telephony: SimulatedTelephony,
    new_uow: UnitOfWorkFactory,
    connected: bool,
) -> None:
    placed = await initiate_call(COMMAND)
    if connected:
        await record_event(placed.id, Connected())

    cancelled = await cancel_call(placed.id)

    assert (cancelled.status, cancelled.end_reason) == (CallStatus.ABANDONED, EndReason.CANCELLED)
    assert cancelled.phone is None
    assert cancelled.ended_at == NOW
    assert telephony.hung_up == [placed.provider_call_id]
    assert await session_of(new_uow, placed.id) == cancelled


async def test_a_cancelled_ringing_call_reports_no_event_afterwards(
    initiate_call: InitiateCall, cancel_call: CancelCall, telephony: SimulatedTelephony
) -> None:
    placed = await initiate_call(COMMAND)

    await cancel_call(placed.id)

    assert telephony.pending_events == 0


async def test_an_ended_call_keeps_its_status_but_loses_its_personal_data(
    cancel_call: CancelCall, telephony: SimulatedTelephony, new_uow: UnitOfWorkFactory
) -> None:
    completed = a_call_session(CallStatus.COMPLETED)
    transcript = evolve(a_swedish_transcript(), call_session_id=SESSION_ID)
    assessment = evolve(an_assessment(), call_session_id=SESSION_ID)
    assert assessment.summary is not None
    await put(new_uow, completed, transcript, assessment)

    erased = await cancel_call(SESSION_ID)

    assert erased == evolve(completed, phone=None)
    assert await session_of(new_uow, SESSION_ID) == erased
    assert await transcript_of(new_uow, SESSION_ID) is None
    kept = await assessment_of(new_uow, SESSION_ID)
    assert kept == assessment.anonymised()
    assert kept is not None
    assert (kept.summary, kept.actionable_items, kept.scores) == (None, (), assessment.scores)
    assert telephony.hung_up == []


@pytest.mark.parametrize("status", [CallStatus.PENDING, CallStatus.COMPLETED], ids=str)
async def test_cancelling_twice_gives_the_same_result(
    cancel_call: CancelCall, new_uow: UnitOfWorkFactory, clock: ManualClock, status: CallStatus
) -> None:
    await put(new_uow, a_call_session(status))
    first = await cancel_call(SESSION_ID)
    clock.advance(timedelta(minutes=10))

    again = await cancel_call(SESSION_ID)

    assert again == first
    assert await session_of(new_uow, SESSION_ID) == first


async def test_cancelling_an_unknown_session_is_not_found(cancel_call: CancelCall) -> None:
    with pytest.raises(NotFound) as missing:
        await cancel_call(CallSessionId(UUID(int=404)))

    assert missing.value.code == "NOT_FOUND"
