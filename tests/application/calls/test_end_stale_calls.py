"""EndStaleCalls: live calls without news are given up at their deadline, then retention."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.application.cancel_call import CancelCall
from kundrost.application.cleanup import Cleanup
from kundrost.application.end_stale_calls import EndStaleCalls
from kundrost.application.initiate_call import InitiateCall, InitiateCallCommand
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.retry_call import RetryCall
from kundrost.application.retry_due_calls import RetryDueCalls
from kundrost.domain.call_events import Connected
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.ids import VerificationId
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.calls.records import NOW, session_of
from tests.unit.call_builders import PURCHASED_AT, STORE_ID, a_phone

FIVE_MINUTES = timedelta(minutes=5)


def a_purchase(n: int) -> InitiateCallCommand:
    return InitiateCallCommand(
        verification_id=VerificationId(UUID(int=n + 1)),
        store_id=STORE_ID,
        phone=a_phone(f"+4670123456{n}"),
        transaction_time=PURCHASED_AT,
        transaction_value=None,
    )


def sweep(
    new_uow: UnitOfWorkFactory, telephony: SimulatedTelephony, clock: ManualClock
) -> EndStaleCalls:
    return EndStaleCalls(new_uow, telephony, clock, page_size=1)


async def test_calls_without_news_are_given_up_at_their_deadline_and_hung_up(
    initiate_call: InitiateCall,
    record_event: RecordCallEvent,
    new_uow: UnitOfWorkFactory,
    telephony: SimulatedTelephony,
    clock: ManualClock,
) -> None:
    ringing = await initiate_call(a_purchase(1))
    talking = await initiate_call(a_purchase(2))
    await record_event(talking.id, Connected())
    clock.advance(FIVE_MINUTES - timedelta(seconds=1))
    assert (await sweep(new_uow, telephony, clock)()).given_up == 0

    clock.advance(timedelta(days=400))
    result = await sweep(new_uow, telephony, clock)()

    assert (result.examined, result.given_up) == (2, 2)
    failed, abandoned = await session_of(new_uow, ringing.id), await session_of(new_uow, talking.id)
    assert failed is not None
    assert abandoned is not None
    assert (failed.status, failed.failure_reason) == (CallStatus.FAILED, FailureReason.NO_ANSWER)
    assert failed.ended_at == NOW + FIVE_MINUTES
    assert (abandoned.status, abandoned.end_reason) == (
        CallStatus.ABANDONED,
        EndReason.TECHNICAL_FAILURE,
    )
    assert ringing.provider_call_id is not None
    assert talking.provider_call_id is not None
    assert sorted(telephony.hung_up) == sorted([ringing.provider_call_id, talking.provider_call_id])
    assert (await sweep(new_uow, telephony, clock)()).examined == 0


async def test_then_the_usual_retention_deletes_them_with_their_numbers(
    initiate_call: InitiateCall,
    new_uow: UnitOfWorkFactory,
    telephony: SimulatedTelephony,
    clock: ManualClock,
) -> None:
    placed = await initiate_call(a_purchase(3))
    clock.advance(timedelta(days=400))
    await sweep(new_uow, telephony, clock)()
    report = await Cleanup(new_uow, clock)()
    assert report.sessions_deleted == 1
    assert await session_of(new_uow, placed.id) is None


async def test_a_given_up_attempt_is_retried_as_any_failed_one(
    initiate_call: InitiateCall,
    retry_call: RetryCall,
    new_uow: UnitOfWorkFactory,
    telephony: SimulatedTelephony,
    clock: ManualClock,
) -> None:
    placed = await initiate_call(a_purchase(4))
    clock.advance(FIVE_MINUTES + timedelta(minutes=5))
    await sweep(new_uow, telephony, clock)()
    retries = await RetryDueCalls(new_uow, retry_call, clock)()
    assert retries.placed == 1
    again = await session_of(new_uow, placed.id)
    assert again is not None
    assert (again.status, again.attempt) == (CallStatus.PENDING, 2)


async def test_news_that_arrived_first_wins_and_a_cancelled_call_is_left_alone(
    initiate_call: InitiateCall,
    record_event: RecordCallEvent,
    cancel_call: CancelCall,
    new_uow: UnitOfWorkFactory,
    telephony: SimulatedTelephony,
    clock: ManualClock,
) -> None:
    answered = await initiate_call(a_purchase(5))
    cancelled = await initiate_call(a_purchase(6))
    clock.advance(timedelta(minutes=4))
    await record_event(answered.id, Connected())
    await cancel_call(cancelled.id)
    clock.advance(timedelta(minutes=2))
    assert (await sweep(new_uow, telephony, clock)()).given_up == 0
    talking = await session_of(new_uow, answered.id)
    assert talking is not None
    assert talking.status is CallStatus.IN_PROGRESS
