"""RecordCallEvent: reported outcomes move the session once, however often they arrive."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from uuid import UUID

import pytest

from kundrost.adapters.memory import MemorySessionStore
from kundrost.adapters.system import ManualClock
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.domain.call_events import Abandoned, Completed, Connected, Failed, RetryRequested
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import InvalidTransition, InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.calls.records import NOW, put, session_of
from tests.unit.call_builders import SESSION_ID, a_call_session

SECOND = timedelta(seconds=1)


@pytest.fixture
async def pending(new_uow: UnitOfWorkFactory) -> None:
    await put(new_uow, a_call_session(CallStatus.PENDING))


@pytest.mark.usefixtures("pending")
async def test_a_connected_call_is_in_progress_from_now(
    record_event: RecordCallEvent, new_uow: UnitOfWorkFactory
) -> None:
    session = await record_event(SESSION_ID, Connected())

    assert session.status is CallStatus.IN_PROGRESS
    assert session.connected_at == session.updated_at == NOW
    assert await session_of(new_uow, SESSION_ID) == session


@pytest.mark.usefixtures("pending")
async def test_an_unanswered_call_fails_with_its_reason(record_event: RecordCallEvent) -> None:
    session = await record_event(SESSION_ID, Failed(FailureReason.NO_ANSWER))

    assert (session.status, session.failure_reason) == (CallStatus.FAILED, FailureReason.NO_ANSWER)
    assert session.ended_at == NOW


async def test_a_hang_up_during_the_conversation_abandons_the_call(
    record_event: RecordCallEvent, new_uow: UnitOfWorkFactory
) -> None:
    await put(new_uow, a_call_session(CallStatus.IN_PROGRESS))

    session = await record_event(SESSION_ID, Abandoned(EndReason.CUSTOMER_HANGUP, 40))

    assert (session.status, session.end_reason) == (
        CallStatus.ABANDONED,
        EndReason.CUSTOMER_HANGUP,
    )
    assert session.duration_seconds == 40


@pytest.mark.usefixtures("pending")
@pytest.mark.parametrize("event", [Completed(90), RetryRequested()])
async def test_only_connected_failed_and_abandoned_may_be_reported(
    record_event: RecordCallEvent, new_uow: UnitOfWorkFactory, event: object
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await record_event(SESSION_ID, event)  # type: ignore[arg-type]

    assert refused.value.code == "INVALID_VALUE"
    assert refused.value.field == "status"
    assert (await session_of(new_uow, SESSION_ID)).status is CallStatus.PENDING  # type: ignore[union-attr]


async def test_a_move_the_state_machine_does_not_allow_is_an_invalid_transition(
    record_event: RecordCallEvent, new_uow: UnitOfWorkFactory
) -> None:
    failed = a_call_session(CallStatus.FAILED)
    await put(new_uow, failed)

    with pytest.raises(InvalidTransition) as refused:
        await record_event(SESSION_ID, Connected())

    assert refused.value.code == "INVALID_TRANSITION"
    assert (refused.value.from_state, refused.value.to_state) == ("failed", "in_progress")
    assert await session_of(new_uow, SESSION_ID) == failed


async def test_an_event_for_an_unknown_session_is_not_found(record_event: RecordCallEvent) -> None:
    with pytest.raises(NotFound) as missing:
        await record_event(CallSessionId(UUID(int=404)), Connected())

    assert missing.value.code == "NOT_FOUND"


@pytest.mark.usefixtures("pending")
@pytest.mark.parametrize(
    "event", [Connected(), Failed(FailureReason.BUSY)], ids=["connected", "failed"]
)
async def test_the_same_event_delivered_again_without_an_id_changes_nothing(
    record_event: RecordCallEvent, clock: ManualClock, event: Connected | Failed
) -> None:
    first = await record_event(SESSION_ID, event)
    clock.advance(10 * SECOND)

    again = await record_event(SESSION_ID, event)

    assert again == first


async def test_a_failure_for_another_reason_than_the_recorded_one_is_not_a_duplicate(
    record_event: RecordCallEvent, new_uow: UnitOfWorkFactory
) -> None:
    await put(new_uow, a_call_session(CallStatus.FAILED, failure_reason=FailureReason.BUSY))

    with pytest.raises(InvalidTransition):
        await record_event(SESSION_ID, Failed(FailureReason.NO_ANSWER))


@pytest.mark.usefixtures("pending")
async def test_an_event_id_seen_before_returns_the_session_unchanged(
    record_event: RecordCallEvent, clock: ManualClock
) -> None:
    connected = await record_event(SESSION_ID, Connected(), event_id="elks-1")
    clock.advance(5 * SECOND)

    again = await record_event(SESSION_ID, Failed(FailureReason.TIMEOUT), event_id="elks-1")

    assert again == connected


@pytest.mark.usefixtures("pending")
async def test_an_event_id_is_forgotten_after_a_day(
    record_event: RecordCallEvent, clock: ManualClock
) -> None:
    await record_event(SESSION_ID, Connected(), event_id="elks-1")
    clock.advance(timedelta(days=1))

    later = await record_event(SESSION_ID, Abandoned(EndReason.TIMEOUT), event_id="elks-1")

    assert later.status is CallStatus.ABANDONED


async def test_an_event_that_was_refused_may_be_delivered_again_under_its_id(
    record_event: RecordCallEvent, new_uow: UnitOfWorkFactory, session_store: MemorySessionStore
) -> None:
    await put(new_uow, a_call_session(CallStatus.FAILED))

    with pytest.raises(InvalidTransition):
        await record_event(SESSION_ID, Connected(), event_id="elks-2")

    assert await session_store.get("call-event:elks-2") is None


@pytest.mark.usefixtures("pending")
async def test_concurrent_deliveries_of_one_event_change_the_session_once(
    record_event: RecordCallEvent, new_uow: UnitOfWorkFactory
) -> None:
    sessions = await asyncio.gather(*(record_event(SESSION_ID, Connected()) for _ in range(5)))

    stored = await session_of(new_uow, SESSION_ID)
    assert stored is not None
    assert {(s.status, s.attempt, s.updated_at) for s in sessions} == {
        (CallStatus.IN_PROGRESS, 1, stored.updated_at)
    }


@pytest.mark.usefixtures("pending")
async def test_concurrent_deliveries_under_one_event_id_change_the_session_once(
    record_event: RecordCallEvent, new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    first = await record_event(SESSION_ID, Connected(), event_id="elks-9")
    clock.advance(SECOND)
    hung_up = Abandoned(EndReason.CUSTOMER_HANGUP, 12)

    results = await asyncio.gather(
        *(record_event(SESSION_ID, hung_up, event_id="elks-10") for _ in range(5))
    )

    assert first.status is CallStatus.IN_PROGRESS
    stored = await session_of(new_uow, SESSION_ID)
    assert stored is not None
    assert stored.status is CallStatus.ABANDONED
    assert stored.updated_at == NOW + SECOND
    assert all(
        result.status in (CallStatus.IN_PROGRESS, CallStatus.ABANDONED) for result in results
    )
