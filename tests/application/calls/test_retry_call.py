"""RetryCall: a failed call is tried again, three attempts in all."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

import pytest

from kundrost.adapters.memory import UnitOfWorkPlacedCalls
from kundrost.adapters.simulated import CallOutcome, CallScript, SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.retry_call import RetryCall
from kundrost.domain.call_events import Failed
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.errors import MaxAttemptsExceeded, NotRetryable
from kundrost.domain.ids import CallSessionId
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.calls.records import put, session_of
from tests.unit.call_builders import SESSION_ID, a_call_session

NO_ANSWER = Failed(FailureReason.NO_ANSWER)


async def test_a_failed_call_is_tried_twice_more_and_then_refused(
    new_uow: UnitOfWorkFactory,
    retry_call: RetryCall,
    record_event: RecordCallEvent,
    telephony: SimulatedTelephony,
    clock: ManualClock,
) -> None:
    await put(new_uow, a_call_session(CallStatus.PENDING))
    await record_event(SESSION_ID, NO_ANSWER)

    attempts = []
    for _ in range(2):
        clock.advance(timedelta(minutes=5))
        retried = await retry_call(SESSION_ID)
        attempts.append((retried.status, retried.attempt, retried.retry_count))
        assert retried.provider_call_id == telephony.placed[-1].provider_call_id
        assert (retried.failure_reason, retried.ended_at) == (None, None)
        await record_event(SESSION_ID, NO_ANSWER)
    clock.advance(timedelta(minutes=30))

    with pytest.raises(MaxAttemptsExceeded) as refused:
        await retry_call(SESSION_ID)

    assert attempts == [(CallStatus.PENDING, 2, 1), (CallStatus.PENDING, 3, 2)]
    assert refused.value.code == "MAX_ATTEMPTS_EXCEEDED"
    assert len(telephony.placed) == 2
    final = await session_of(new_uow, SESSION_ID)
    assert final is not None
    assert (final.status, final.attempt) == (CallStatus.FAILED, 3)


@pytest.mark.parametrize("status", [CallStatus.PENDING, CallStatus.COMPLETED], ids=str)
async def test_only_a_failed_call_can_be_retried(
    new_uow: UnitOfWorkFactory,
    retry_call: RetryCall,
    telephony: SimulatedTelephony,
    status: CallStatus,
) -> None:
    session = a_call_session(status)
    await put(new_uow, session)

    with pytest.raises(NotRetryable) as refused:
        await retry_call(SESSION_ID)

    assert refused.value.code == "NOT_RETRYABLE"
    assert await session_of(new_uow, SESSION_ID) == session
    assert telephony.placed == []


async def test_a_retry_the_network_refuses_fails_the_new_attempt_again(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await put(new_uow, a_call_session(CallStatus.FAILED))
    refusing = SimulatedTelephony(CallScript((CallOutcome.UNREACHABLE,)))

    session = await RetryCall(new_uow, refusing, clock, UnitOfWorkPlacedCalls(new_uow))(SESSION_ID)

    assert (session.status, session.attempt, session.failure_reason) == (
        CallStatus.FAILED,
        2,
        FailureReason.TECHNICAL_FAILURE,
    )
    assert await session_of(new_uow, SESSION_ID) == session


async def test_retrying_an_unknown_session_is_not_found(retry_call: RetryCall) -> None:
    with pytest.raises(NotFound) as missing:
        await retry_call(CallSessionId(UUID(int=404)))

    assert missing.value.code == "NOT_FOUND"
