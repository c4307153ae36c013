"""RetryDueCalls: the scheduler's automatic retries, at the backoff times, three attempts in all."""

from __future__ import annotations

from datetime import timedelta

import pytest
from attrs import evolve

from kundrost.adapters.memory import UnitOfWorkPlacedCalls
from kundrost.adapters.system import ManualClock
from kundrost.application.retry_call import RetryCall
from kundrost.application.retry_due_calls import RetryDueCalls
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.errors import NotRetryable
from kundrost.domain.ids import CallSessionId
from kundrost.domain.retry import RetryPolicy
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.adapters.storage_builders import START, a_session
from tests.application.calls.records import put, session_of
from tests.application.scheduled.doubles import NotedProgress, NotingTelephony

MINUTE = timedelta(minutes=1)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


def a_failed_call(reason: FailureReason = FailureReason.NO_ANSWER) -> CallSession:
    """Called at START, failed 30 seconds later."""
    return evolve(a_session(CallStatus.FAILED, created_at=START), failure_reason=reason)


def sweeper(
    new_uow: UnitOfWorkFactory,
    telephony: NotingTelephony,
    clock: ManualClock,
    *,
    policy: RetryPolicy | None = None,
    page_size: int = 500,
) -> RetryDueCalls:
    policy = policy or RetryPolicy()
    retry = RetryCall(
        new_uow, telephony, clock, UnitOfWorkPlacedCalls(new_uow), retry_policy=policy
    )
    return RetryDueCalls(new_uow, retry, clock, policy, page_size)


async def test_a_failed_call_is_retried_when_five_minutes_have_passed_and_not_before(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    failed = a_failed_call()
    await put(new_uow, failed)
    telephony = NotingTelephony(clock, answers=True)
    retries = sweeper(new_uow, telephony, clock)
    assert failed.ended_at is not None

    clock.set(failed.ended_at + timedelta(minutes=5) - timedelta(seconds=1))
    early = await retries()
    clock.set(failed.ended_at + timedelta(minutes=5))
    due = await retries()

    assert (early.examined, early.due, early.placed) == (1, 0, 0)
    assert (due.examined, due.due, due.placed, due.failed) == (1, 1, 1, 0)
    assert telephony.times_for(failed.id) == [failed.ended_at + timedelta(minutes=5)]
    retried = await session_of(new_uow, failed.id)
    assert retried is not None
    assert (retried.status, retried.attempt) == (CallStatus.PENDING, 2)


async def test_retries_come_five_then_thirty_minutes_after_each_failure_and_stop_at_three(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    failed = a_failed_call()
    await put(new_uow, failed)
    telephony = NotingTelephony(clock)  # every retry is refused and fails at once
    retries = sweeper(new_uow, telephony, clock)
    assert failed.ended_at is not None
    clock.set(failed.ended_at.replace(second=0, microsecond=0) + MINUTE)

    for _ in range(24 * 60):
        await retries()
        clock.advance(MINUTE)

    first_retry = failed.ended_at + timedelta(minutes=5, seconds=30)
    assert telephony.times_for(failed.id) == [first_retry, first_retry + timedelta(minutes=30)]
    final = await session_of(new_uow, failed.id)
    assert final is not None
    assert (final.status, final.attempt) == (CallStatus.FAILED, 3)


async def test_a_retry_that_raises_is_counted_and_the_others_are_still_placed(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    calls = [a_session(CallStatus.FAILED, created_at=START) for _ in range(3)]
    await put(new_uow, *calls)
    broken = sorted(call.id for call in calls)[1]
    telephony = NotingTelephony(clock, answers=True)
    retry = RetryCall(new_uow, telephony, clock, UnitOfWorkPlacedCalls(new_uow))

    async def retry_or_break(session_id: CallSessionId) -> CallSession:
        if session_id == broken:
            raise ConnectionResetError("the database went away")
        return await retry(session_id)

    clock.advance(timedelta(hours=1))
    sweep = await RetryDueCalls(new_uow, retry_or_break, clock)()

    assert (sweep.due, sweep.placed, sweep.failed, sweep.refused) == (3, 2, 1, 0)
    assert {session for session, _ in telephony.asked} == {c.id for c in calls} - {broken}


async def test_a_call_retried_meanwhile_through_the_api_is_counted_as_no_longer_retryable(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await put(new_uow, a_failed_call())

    async def already_retried(session_id: CallSessionId) -> CallSession:
        raise NotRetryable("only a failed call can be retried; this one is pending")

    clock.advance(timedelta(hours=1))
    sweep = await RetryDueCalls(new_uow, already_retried, clock)()

    assert (sweep.due, sweep.placed, sweep.failed, sweep.refused) == (1, 0, 0, 1)


async def test_the_failed_calls_are_read_page_by_page(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    calls = [a_session(CallStatus.FAILED, created_at=START) for _ in range(5)]
    await put(new_uow, *calls)
    telephony = NotingTelephony(clock, answers=True)
    progress = NotedProgress()
    clock.advance(timedelta(hours=1))

    sweep = await sweeper(new_uow, telephony, clock, page_size=2)(progress=progress)

    assert (sweep.examined, sweep.placed) == (5, 5)
    assert sorted(session for session, _ in telephony.asked) == sorted(c.id for c in calls)
    assert (progress.passes, progress.done) == ([None], 5)


async def test_calls_the_policy_does_not_retry_and_expired_calls_are_left_alone(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    busy = a_failed_call(FailureReason.BUSY)
    await put(new_uow, busy)
    telephony = NotingTelephony(clock, answers=True)
    policy = RetryPolicy(retryable_reasons=[FailureReason.NO_ANSWER])
    clock.advance(timedelta(hours=1))

    not_retryable = await sweeper(new_uow, telephony, clock, policy=policy)()
    clock.set(busy.expires_at)
    expired = await sweeper(new_uow, telephony, clock)()

    assert (not_retryable.examined, not_retryable.due) == (1, 0)
    assert (expired.examined, expired.due) == (1, 0)
    assert telephony.asked == []
