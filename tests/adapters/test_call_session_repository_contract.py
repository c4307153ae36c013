"""CallSessionRepository contract: one session per verification, lookups and time ranges."""

from __future__ import annotations

import pytest

from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.phone import PhoneNumber
from kundrost.ports.errors import CallAlreadyExists, NotFound
from tests.adapters.storage_builders import DAY, MINUTE, START, a_session, a_store
from tests.adapters.storage_steps import UowFactory, committed, read, stored
from tests.unit.call_builders import later


async def test_a_stored_session_reads_back_equal_by_id_and_by_verification(
    new_uow: UowFactory,
) -> None:
    session = a_session(CallStatus.COMPLETED)
    await stored(new_uow, session)
    assert await read(new_uow, lambda uow: uow.sessions.get(session.id)) == session
    found = await read(new_uow, lambda uow: uow.sessions.by_verification(session.verification_id))
    assert found == session


async def test_an_unknown_session_is_none(new_uow: UowFactory) -> None:
    other = a_session()
    assert await read(new_uow, lambda uow: uow.sessions.get(other.id)) is None
    assert (
        await read(new_uow, lambda uow: uow.sessions.by_verification(other.verification_id)) is None
    )


async def test_a_second_session_for_a_committed_verification_is_refused_naming_the_first(
    new_uow: UowFactory,
) -> None:
    first = a_session()
    await stored(new_uow, first)
    async with new_uow() as uow:
        with pytest.raises(CallAlreadyExists) as refused:
            await uow.sessions.add(a_session(verification_id=first.verification_id))
    assert refused.value.call_session_id == first.id


async def test_a_second_session_for_a_verification_in_the_same_unit_of_work_is_refused(
    new_uow: UowFactory,
) -> None:
    first = a_session()
    async with new_uow() as uow:
        await uow.sessions.add(first)
        with pytest.raises(CallAlreadyExists) as refused:
            await uow.sessions.add(a_session(verification_id=first.verification_id))
    assert refused.value.call_session_id == first.id


async def test_get_many_returns_the_sessions_found_by_id(new_uow: UowFactory) -> None:
    one, two, missing = a_session(), a_session(), a_session()
    await stored(new_uow, one, two)
    found = await read(new_uow, lambda uow: uow.sessions.get_many([one.id, missing.id, two.id]))
    assert found == {one.id: one, two.id: two}


async def test_save_replaces_the_stored_session(new_uow: UowFactory) -> None:
    session = a_session()
    await stored(new_uow, session)
    connected = session.connected(later(session))
    async with new_uow() as uow:
        await uow.sessions.save(connected)
        await uow.commit()
    assert await read(new_uow, lambda uow: uow.sessions.get(session.id)) == connected


async def test_saving_an_unknown_session_is_refused_as_not_found(new_uow: UowFactory) -> None:
    async with new_uow() as uow:
        with pytest.raises(NotFound):
            await uow.sessions.save(a_session())


async def test_sessions_from_a_phone_are_counted_from_since_inclusive(new_uow: UowFactory) -> None:
    phone = "+46709876543"
    before = a_session(created_at=START - MINUTE, phone=phone)
    at_since = a_session(created_at=START, phone=phone)
    after = a_session(created_at=START + DAY, phone=phone)
    stranger = a_session(created_at=START + DAY, phone="+46701112233")
    await stored(new_uow, before, at_since, after, stranger)

    async def count(excluding: object = None) -> int:
        return await read(
            new_uow,
            lambda uow: uow.sessions.count_from_phone(
                PhoneNumber(phone),
                START,
                excluding=excluding,  # type: ignore[arg-type]
            ),
        )

    assert await count() == 2
    assert await count(excluding=after.id) == 1


async def test_sessions_from_a_phone_are_counted_before_until_exclusive(
    new_uow: UowFactory,
) -> None:
    phone = PhoneNumber("+46709876543")
    earlier = a_session(created_at=START, phone=phone.e164)
    at_until = a_session(created_at=START + DAY, phone=phone.e164)
    later = a_session(created_at=START + 2 * DAY, phone=phone.e164)
    await stored(new_uow, earlier, at_until, later)

    counted = await read(
        new_uow, lambda uow: uow.sessions.count_from_phone(phone, START, until=START + DAY)
    )

    assert counted == 1


async def test_between_is_half_open_and_oldest_first(new_uow: UowFactory) -> None:
    end = START + DAY
    at_end = a_session(created_at=end)
    late = a_session(created_at=end - MINUTE)
    at_start = a_session(created_at=START)
    too_early = a_session(created_at=START - MINUTE)
    await stored(new_uow, at_end, late, at_start, too_early)
    found = await read(new_uow, lambda uow: uow.sessions.between(START, end))
    assert found == [at_start, late]


async def test_between_keeps_to_one_store_when_asked(new_uow: UowFactory) -> None:
    mine, theirs = a_store(), a_store()
    own = a_session(store_id=mine)
    await stored(new_uow, own, a_session(store_id=theirs))
    end = START + DAY
    assert await read(new_uow, lambda uow: uow.sessions.between(START, end, store_id=mine)) == [own]
    assert len(await read(new_uow, lambda uow: uow.sessions.between(START, end))) == 2


async def test_between_answers_a_new_list_each_time(new_uow: UowFactory) -> None:
    await stored(new_uow, a_session())
    async with new_uow() as uow:
        first = await uow.sessions.between(START, START + DAY)
        first.clear()
        assert len(await uow.sessions.between(START, START + DAY)) == 1


async def test_a_provider_call_is_recorded_on_its_attempt_only(new_uow: UowFactory) -> None:
    session = a_session()
    await stored(new_uow, session)
    await committed(new_uow, lambda uow: uow.sessions.set_provider_call(session.id, 2, "later"))
    assert await read(new_uow, lambda uow: uow.sessions.get(session.id)) == session
    await committed(new_uow, lambda uow: uow.sessions.set_provider_call(session.id, 1, "call-1"))
    assert await read(new_uow, lambda uow: uow.sessions.get(session.id)) == (
        session.with_provider_call("call-1")
    )


async def test_a_provider_call_of_an_uncommitted_unit_of_work_is_not_kept(
    new_uow: UowFactory,
) -> None:
    session = a_session()
    await stored(new_uow, session)
    async with new_uow() as uow:
        await uow.sessions.set_provider_call(session.id, 1, "call-1")
    assert await read(new_uow, lambda uow: uow.sessions.get(session.id)) == session


async def added_checked_at_commit(new_uow: UowFactory, *sessions: CallSession) -> None:
    async with new_uow() as uow:
        for session in sessions:
            await uow.sessions.add(session, checked_at_commit=True)
        await uow.commit()


async def test_a_session_checked_at_commit_for_a_committed_verification_is_refused_by_then(
    new_uow: UowFactory,
) -> None:
    first = a_session()
    await stored(new_uow, first)
    second = a_session(verification_id=first.verification_id)
    with pytest.raises(CallAlreadyExists) as refused:
        await added_checked_at_commit(new_uow, second)
    assert refused.value.call_session_id == first.id
    assert await read(new_uow, lambda uow: uow.sessions.get(second.id)) is None


async def test_two_sessions_checked_at_commit_for_one_verification_leave_only_a_refusal(
    new_uow: UowFactory,
) -> None:
    first = a_session()
    second = a_session(verification_id=first.verification_id)
    with pytest.raises(CallAlreadyExists) as refused:
        await added_checked_at_commit(new_uow, first, second)
    assert refused.value.call_session_id == first.id
    assert await read(new_uow, lambda uow: uow.sessions.get(first.id)) is None
