"""CallSessionRepository contract: the scheduler's queries (stores of a week, retry candidates)."""

from __future__ import annotations

import pytest

from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.retry import RetryPolicy
from tests.adapters.storage_builders import DAY, MINUTE, START, a_session, a_store
from tests.adapters.storage_steps import UowFactory, read, stored
from tests.unit.call_builders import later


async def test_store_ids_between_names_each_store_with_a_session_once_in_id_order(
    new_uow: UowFactory,
) -> None:
    busy, quiet, earlier = a_store(), a_store(), a_store()
    await stored(
        new_uow,
        a_session(store_id=busy, created_at=START),
        a_session(store_id=busy, created_at=START + DAY),
        a_session(store_id=quiet, created_at=START + 2 * DAY - MINUTE),
        a_session(store_id=earlier, created_at=START - MINUTE),
        a_session(store_id=a_store(), created_at=START + 2 * DAY),
    )
    found = await read(new_uow, lambda uow: uow.sessions.store_ids_between(START, START + 2 * DAY))
    assert found == sorted([busy, quiet])


async def test_failed_lists_only_failed_sessions_below_the_attempt_limit_in_id_order(
    new_uow: UowFactory,
) -> None:
    first = a_session(CallStatus.FAILED)
    second = a_session(CallStatus.FAILED)
    retried = first.retried(RetryPolicy(), later(first, 400))
    exhausted = retried.failed(FailureReason.NO_ANSWER, later(retried, 30))
    exhausted = exhausted.retried(RetryPolicy(), later(exhausted, 4000))
    exhausted = exhausted.failed(FailureReason.BUSY, later(exhausted, 30))
    assert exhausted.attempt == 3
    await stored(new_uow, second, exhausted, a_session(CallStatus.COMPLETED), a_session())
    found = await read(new_uow, lambda uow: uow.sessions.failed(attempts_below=3))
    assert found == [second]
    everything = await read(new_uow, lambda uow: uow.sessions.failed(attempts_below=4))
    assert everything == sorted([second, exhausted], key=lambda session: session.id)


async def test_failed_pages_after_an_id(new_uow: UowFactory) -> None:
    sessions = sorted(
        (a_session(CallStatus.FAILED) for _ in range(5)), key=lambda session: session.id
    )
    await stored(new_uow, *sessions)
    page = await read(new_uow, lambda uow: uow.sessions.failed(attempts_below=3, limit=2))
    assert page == sessions[:2]
    rest = await read(
        new_uow, lambda uow: uow.sessions.failed(attempts_below=3, after=page[-1].id, limit=10)
    )
    assert rest == sessions[2:]


async def test_failed_refuses_a_limit_below_one(new_uow: UowFactory) -> None:
    async with new_uow() as uow:
        with pytest.raises(ValueError, match="limit"):
            await uow.sessions.failed(attempts_below=3, limit=0)
