"""CallSessionRepository under concurrency: uniqueness races and row locks."""

from __future__ import annotations

import asyncio

import pytest

from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import CallSessionId
from kundrost.ports.errors import CallAlreadyExists
from tests.adapters.storage_builders import a_session
from tests.adapters.storage_steps import UowFactory, read, stored
from tests.unit.call_builders import later

SETTLE = 0.05
"""Long enough for a task that is not blocked to run on, short enough for a test."""


async def test_of_two_racing_sessions_for_one_verification_exactly_one_commits(
    new_uow: UowFactory,
) -> None:
    first = a_session()
    second = a_session(verification_id=first.verification_id)
    both_added = asyncio.Barrier(2)

    async def initiate(session: CallSession) -> CallSession:
        async with new_uow() as uow:
            await uow.sessions.add(session)
            await both_added.wait()
            await uow.commit()
        return session

    outcomes = await asyncio.gather(initiate(first), initiate(second), return_exceptions=True)

    winners = [o for o in outcomes if isinstance(o, CallSession)]
    refusals = [o for o in outcomes if isinstance(o, CallAlreadyExists)]
    assert len(winners) == 1
    assert len(refusals) == 1
    assert refusals[0].call_session_id == winners[0].id
    stored_one = await read(
        new_uow, lambda uow: uow.sessions.by_verification(first.verification_id)
    )
    assert stored_one == winners[0]


async def test_many_racing_initiates_store_exactly_one_session(new_uow: UowFactory) -> None:
    first = a_session()
    contenders = [a_session(verification_id=first.verification_id) for _ in range(10)]

    async def initiate(session: CallSession) -> None:
        async with new_uow() as uow:
            await uow.sessions.add(session)
            await asyncio.sleep(0)
            await uow.commit()

    outcomes = await asyncio.gather(*map(initiate, contenders), return_exceptions=True)

    assert sum(o is None for o in outcomes) == 1
    assert all(isinstance(o, CallAlreadyExists) for o in outcomes if o is not None)


async def test_get_for_update_makes_a_second_unit_of_work_wait_for_the_first(
    new_uow: UowFactory,
) -> None:
    session = a_session()
    await stored(new_uow, session)
    locked = asyncio.Event()
    events: list[str] = []

    async def first() -> None:
        async with new_uow() as uow:
            current = await uow.sessions.get(session.id, for_update=True)
            assert current is not None
            locked.set()
            await asyncio.sleep(SETTLE)
            await uow.sessions.save(current.connected(later(current)))
            events.append("first committed")
            await uow.commit()

    async def second() -> CallSession | None:
        await locked.wait()
        async with new_uow() as uow:
            current = await uow.sessions.get(session.id, for_update=True)
            events.append("second read")
            return current

    _, seen = await asyncio.gather(first(), second())

    assert events == ["first committed", "second read"]
    assert seen is not None
    assert seen.status is CallStatus.IN_PROGRESS


async def test_a_plain_get_does_not_wait_for_a_row_lock(new_uow: UowFactory) -> None:
    session = a_session()
    await stored(new_uow, session)
    async with new_uow() as holder:
        await holder.sessions.get(session.id, for_update=True)
        seen = await asyncio.wait_for(
            read(new_uow, lambda uow: uow.sessions.get(session.id)), timeout=1
        )
    assert seen == session


@pytest.mark.parametrize("ending", ["commit", "rollback", "block"])
async def test_a_row_lock_is_released_when_its_unit_of_work_ends(
    new_uow: UowFactory, ending: str
) -> None:
    session = a_session()
    await stored(new_uow, session)
    async with new_uow() as holder:
        await holder.sessions.get(session.id, for_update=True)
        if ending == "commit":
            await holder.commit()
        elif ending == "rollback":
            await holder.rollback()
    seen = await asyncio.wait_for(
        read(new_uow, lambda uow: uow.sessions.get(session.id, for_update=True)), timeout=1
    )
    assert seen == session


async def test_a_unit_of_work_may_lock_the_same_session_twice(new_uow: UowFactory) -> None:
    session = a_session()
    await stored(new_uow, session)
    async with new_uow() as uow:
        await uow.sessions.get(session.id, for_update=True)
        again = await asyncio.wait_for(uow.sessions.get(session.id, for_update=True), timeout=1)
    assert again == session


async def test_get_many_for_update_makes_others_wait_for_every_row_it_found(
    new_uow: UowFactory,
) -> None:
    one, two, missing = a_session(), a_session(), a_session()
    await stored(new_uow, one, two)
    locked = asyncio.Event()
    events: list[str] = []

    async def first() -> None:
        async with new_uow() as uow:
            found = await uow.sessions.get_many([two.id, missing.id, one.id], for_update=True)
            assert set(found) == {one.id, two.id}
            locked.set()
            await asyncio.sleep(SETTLE)
            events.append("first committed")
            await uow.commit()

    async def then(session: CallSession) -> None:
        await locked.wait()
        async with new_uow() as uow:
            await uow.sessions.get(session.id, for_update=True)
            events.append(f"read {(session is one and 'one') or 'two'}")

    await asyncio.gather(first(), then(one), then(two))

    assert events[0] == "first committed"
    assert sorted(events[1:]) == ["read one", "read two"]


async def test_two_units_locking_overlapping_sessions_in_any_order_both_get_through(
    new_uow: UowFactory,
) -> None:
    sessions = [a_session() for _ in range(4)]
    await stored(new_uow, *sessions)
    ids = [session.id for session in sessions]

    async def lock(order: list[CallSessionId]) -> int:
        async with new_uow() as uow:
            found = await uow.sessions.get_many(order, for_update=True)
            await asyncio.sleep(SETTLE / 4)
            await uow.commit()
        return len(found)

    counts = await asyncio.wait_for(
        asyncio.gather(lock(ids), lock(list(reversed(ids))), lock(ids[1:3])), timeout=10
    )
    assert list(counts) == [4, 4, 2]
