"""NewSessions contract: a session is stored and committed at once; a second one of a
verification, or one whose id is taken, is refused naming the first and leaves nothing; sessions
added together are each stored or refused on their own."""

from __future__ import annotations

import asyncio

import pytest
from attrs import evolve

from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.ports.errors import CallAlreadyExists
from kundrost.ports.new_sessions import NewSessions
from tests.adapters.storage_builders import a_session
from tests.adapters.storage_steps import UowFactory, read, stored

Added = tuple[UowFactory, NewSessions]


async def found(new_uow: UowFactory, *sessions: CallSession) -> list[CallSession | None]:
    by_id = await read(new_uow, lambda uow: uow.sessions.get_many([s.id for s in sessions]))
    return [by_id.get(session.id) for session in sessions]


async def test_a_session_added_is_stored_as_it_was_given(new_sessions: Added) -> None:
    new_uow, sessions = new_sessions
    pending, ended = a_session(), a_session(CallStatus.COMPLETED)
    await sessions.add(pending)
    await sessions.add(ended)
    assert await found(new_uow, pending, ended) == [pending, ended]


async def test_a_second_session_of_a_verification_is_refused_naming_the_first(
    new_sessions: Added,
) -> None:
    new_uow, sessions = new_sessions
    first = a_session()
    second = a_session(verification_id=first.verification_id)
    await stored(new_uow, first)
    with pytest.raises(CallAlreadyExists) as refused:
        await sessions.add(second)
    assert refused.value.call_session_id == first.id
    assert await found(new_uow, first, second) == [first, None]


async def test_a_session_whose_id_is_taken_is_refused_naming_it(new_sessions: Added) -> None:
    new_uow, sessions = new_sessions
    first = a_session()
    await sessions.add(first)
    with pytest.raises(CallAlreadyExists) as refused:
        await sessions.add(evolve(a_session(), id=first.id))
    assert refused.value.call_session_id == first.id
    assert await found(new_uow, first) == [first]


async def test_sessions_added_together_are_each_stored_or_refused(new_sessions: Added) -> None:
    """Twelve at once: one of a verification already stored, two that share a verification
    (one is stored, the other refused naming it), the rest stored."""
    new_uow, sessions = new_sessions
    earlier = a_session()
    await stored(new_uow, earlier)
    added = [a_session() for _ in range(9)]
    again = a_session(verification_id=earlier.verification_id)
    twin_a = a_session()
    twin_b = a_session(verification_id=twin_a.verification_id)
    everyone = [*added[:4], twin_a, again, twin_b, *added[4:]]

    outcomes = await asyncio.gather(
        *(sessions.add(session) for session in everyone), return_exceptions=True
    )

    refusals = {
        session.id: outcome.call_session_id
        for session, outcome in zip(everyone, outcomes, strict=True)
        if isinstance(outcome, CallAlreadyExists)
    }
    assert [o for o in outcomes if o is not None and not isinstance(o, CallAlreadyExists)] == []
    [twin_stored] = [t for t in (twin_a, twin_b) if t.id not in refusals]
    twin_refused = twin_b if twin_stored is twin_a else twin_a
    assert refusals == {again.id: earlier.id, twin_refused.id: twin_stored.id}
    assert await found(new_uow, *added, twin_stored, twin_refused, again) == [
        *added,
        twin_stored,
        None,
        None,
    ]


async def test_a_refused_session_leaves_the_next_ones_unharmed(new_sessions: Added) -> None:
    new_uow, sessions = new_sessions
    first = a_session()
    await sessions.add(first)
    with pytest.raises(CallAlreadyExists):
        await sessions.add(a_session(verification_id=first.verification_id))
    later = a_session()
    await sessions.add(later)
    assert await found(new_uow, first, later) == [first, later]
