"""InitiateCall: one session per verified purchase, committed, then dialled at once."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from decimal import Decimal
from uuid import UUID

import pytest

from kundrost.adapters.memory import MemoryStore, UnitOfWorkNewSessions, UnitOfWorkPlacedCalls
from kundrost.adapters.simulated import CallOutcome, CallScript, SimulatedTelephony
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.initiate_call import InitiateCall, InitiateCallCommand
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId, VerificationId
from kundrost.domain.priority import Priority
from kundrost.ports.errors import CallAlreadyExists
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.calls.doubles import StorageDown, breaking
from tests.application.calls.records import NOW, session_of
from tests.unit.call_builders import NUMBER, PURCHASED_AT, STORE_ID, VERIFICATION_ID, a_phone


def a_command(
    verification_id: VerificationId = VERIFICATION_ID,
    transaction_time: datetime = PURCHASED_AT,
    **more: object,
) -> InitiateCallCommand:
    return InitiateCallCommand(
        verification_id=verification_id,
        store_id=STORE_ID,
        phone=a_phone(),
        transaction_time=transaction_time,
        transaction_value=Decimal("249.90"),
        **more,  # type: ignore[arg-type]
    )


async def test_a_verified_purchase_gets_a_pending_session_and_its_call_is_placed_at_once(
    initiate_call: InitiateCall, telephony: SimulatedTelephony, new_uow: UnitOfWorkFactory
) -> None:
    session = await initiate_call(a_command(priority=Priority.HIGH))

    assert (session.status, session.attempt, session.retry_count) == (CallStatus.PENDING, 1, 0)
    assert (session.store_id, session.priority, session.created_at) == (
        STORE_ID,
        Priority.HIGH,
        NOW,
    )
    assert [(call.session_id, call.to.e164) for call in telephony.placed] == [(session.id, NUMBER)]
    assert session.provider_call_id == telephony.placed[0].provider_call_id
    assert await session_of(new_uow, session.id) == session


async def test_a_second_initiate_for_the_same_verification_is_refused_naming_the_first(
    initiate_call: InitiateCall, telephony: SimulatedTelephony
) -> None:
    first = await initiate_call(a_command())

    with pytest.raises(CallAlreadyExists) as refused:
        await initiate_call(a_command())

    assert refused.value.code == "CALL_ALREADY_EXISTS"
    assert refused.value.details["call_session_id"] == str(first.id)
    assert len(telephony.placed) == 1


async def test_ten_concurrent_initiates_of_one_verification_make_one_session_and_one_call(
    initiate_call: InitiateCall, telephony: SimulatedTelephony, store: MemoryStore
) -> None:
    results = await asyncio.gather(
        *(initiate_call(a_command()) for _ in range(10)), return_exceptions=True
    )

    sessions = [r for r in results if not isinstance(r, BaseException)]
    refusals = [r for r in results if isinstance(r, CallAlreadyExists)]
    assert len(sessions) == 1
    assert len(refusals) == 9
    assert {r.details["call_session_id"] for r in refusals} == {str(sessions[0].id)}
    assert list(store.sessions) == [sessions[0].id]
    assert [call.session_id for call in telephony.placed] == [sessions[0].id]


async def test_there_is_no_limit_of_concurrent_calls_per_store(
    initiate_call: InitiateCall, telephony: SimulatedTelephony
) -> None:
    verifications = [VerificationId(UUID(int=n)) for n in range(1, 26)]

    sessions = await asyncio.gather(*(initiate_call(a_command(v)) for v in verifications))

    assert all(s.status is CallStatus.PENDING for s in sessions)
    assert len({call.session_id for call in telephony.placed}) == 25


async def test_a_call_the_network_refuses_fails_the_session_as_a_technical_failure(
    new_uow: UnitOfWorkFactory, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    refusing = SimulatedTelephony(CallScript((CallOutcome.UNREACHABLE,)))
    initiate = InitiateCall(
        new_uow,
        refusing,
        clock,
        SeededIds(1),
        UnitOfWorkNewSessions(new_uow),
        UnitOfWorkPlacedCalls(new_uow),
    )

    with caplog.at_level(logging.INFO, logger="kundrost"):
        session = await initiate(a_command())

    assert session.status is CallStatus.FAILED
    assert session.failure_reason is FailureReason.TECHNICAL_FAILURE
    assert session.provider_call_id is None
    assert await session_of(new_uow, session.id) == session
    assert "did not place the call" in caplog.text
    assert NUMBER not in caplog.text
    assert NUMBER[-8:] not in caplog.text


async def test_a_session_that_cannot_be_committed_is_never_dialled(
    store: MemoryStore, clock: ManualClock
) -> None:
    telephony = SimulatedTelephony()
    initiate = InitiateCall(
        breaking(store, "commit"),
        telephony,
        clock,
        SeededIds(1),
        UnitOfWorkNewSessions(breaking(store, "commit")),
        UnitOfWorkPlacedCalls(breaking(store, "commit")),
    )

    with pytest.raises(StorageDown):
        await initiate(a_command())

    assert store.sessions == {}
    assert telephony.placed == []


async def test_a_naive_transaction_time_is_refused_before_anything_is_stored(
    initiate_call: InitiateCall, telephony: SimulatedTelephony, store: MemoryStore
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await initiate_call(a_command(transaction_time=datetime(2025, 3, 14, 14, 5)))

    assert refused.value.code == "INVALID_VALUE"
    assert store.sessions == {}
    assert telephony.placed == []


async def test_sessions_of_other_verifications_at_the_same_store_do_not_collide(
    initiate_call: InitiateCall,
) -> None:
    first = await initiate_call(a_command())
    second = await initiate_call(a_command(VerificationId(UUID(int=7))))

    assert first.id != second.id
    assert first.store_id == second.store_id == StoreId(STORE_ID)
