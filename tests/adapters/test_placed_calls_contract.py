"""PlacedCalls contract: a placed call's id is kept on the attempt it was placed for, at once
and committed; ids kept together each reach their own session."""

from __future__ import annotations

import asyncio

from kundrost.ports.placed_calls import PlacedCalls
from tests.adapters.storage_builders import a_session
from tests.adapters.storage_steps import UowFactory, read, stored

Placed = tuple[UowFactory, PlacedCalls]


async def test_an_id_is_kept_on_its_attempt_only(placed_calls: Placed) -> None:
    new_uow, placed = placed_calls
    session = a_session()
    await stored(new_uow, session)

    await placed.keep(session.id, session.attempt + 1, "later")
    assert await read(new_uow, lambda uow: uow.sessions.get(session.id)) == session

    await placed.keep(session.id, session.attempt, "call-1")
    assert await read(new_uow, lambda uow: uow.sessions.get(session.id)) == (
        session.with_provider_call("call-1")
    )


async def test_an_id_for_a_session_not_stored_changes_nothing(placed_calls: Placed) -> None:
    new_uow, placed = placed_calls
    kept, missing = a_session(), a_session()
    await stored(new_uow, kept)
    await placed.keep(missing.id, missing.attempt, "call-1")
    assert await read(new_uow, lambda uow: uow.sessions.get(missing.id)) is None
    assert await read(new_uow, lambda uow: uow.sessions.get(kept.id)) == kept


async def test_ids_kept_together_each_reach_their_own_session(placed_calls: Placed) -> None:
    new_uow, placed = placed_calls
    sessions = [a_session() for _ in range(12)]
    moved_on, missing = sessions[5], a_session()
    await stored(new_uow, *sessions)

    await asyncio.gather(
        *(
            placed.keep(s.id, s.attempt + 1 if s is moved_on else s.attempt, f"call-{i}")
            for i, s in enumerate(sessions)
        ),
        placed.keep(missing.id, missing.attempt, "call-missing"),
    )

    expected = [
        s if s is moved_on else s.with_provider_call(f"call-{i}") for i, s in enumerate(sessions)
    ]
    found = await read(new_uow, lambda uow: uow.sessions.get_many([s.id for s in sessions]))
    assert [found[s.id] for s in sessions] == expected
    assert await read(new_uow, lambda uow: uow.sessions.get(missing.id)) is None
