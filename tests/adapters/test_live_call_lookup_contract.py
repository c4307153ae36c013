"""CallSessionRepository contract: how an answered live call finds its pending session."""

from __future__ import annotations

from typing import Any

from kundrost.domain.call_status import CallStatus
from kundrost.domain.phone import PhoneNumber
from tests.adapters.storage_builders import MINUTE, START, a_session
from tests.adapters.storage_steps import UowFactory, read, stored

NUMBER = "+46701234567"


def uow_lookup(call_id: str) -> Any:
    return lambda uow: uow.sessions.pending_by_provider_call(call_id)


async def test_a_pending_session_is_found_by_its_provider_call_id(new_uow: UowFactory) -> None:
    placed = a_session().with_provider_call("c-placed")
    answered = a_session(CallStatus.IN_PROGRESS).with_provider_call("c-answered")
    await stored(new_uow, placed, answered, a_session())

    found = await read(new_uow, lambda uow: uow.sessions.pending_by_provider_call("c-placed"))
    assert found == placed
    for other in ("c-answered", "c-unknown"):
        lookup = uow_lookup(other)
        assert await read(new_uow, lookup) is None


async def test_the_newest_pending_session_to_a_number_is_found(new_uow: UowFactory) -> None:
    older = a_session(created_at=START, phone=NUMBER)
    newer = a_session(created_at=START + MINUTE, phone=NUMBER)
    connected = a_session(CallStatus.IN_PROGRESS, created_at=START + 2 * MINUTE, phone=NUMBER)
    elsewhere = a_session(created_at=START + 3 * MINUTE, phone="+46709876543")
    await stored(new_uow, older, newer, connected, elsewhere)

    phone = PhoneNumber(NUMBER)
    assert await read(new_uow, lambda uow: uow.sessions.newest_pending_to(phone)) == newer
    nobody = PhoneNumber("+46700000001")
    assert await read(new_uow, lambda uow: uow.sessions.newest_pending_to(nobody)) is None
