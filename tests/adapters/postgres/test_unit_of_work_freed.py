"""A unit of work is freed by reference counting when its block ends: nothing in it refers
back to what holds it, so a request leaves no cycle for the full collections to find (they
were what made the status endpoint's p99 eight times its p50)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from kundrost.adapters.postgres import PostgresDatabase
from kundrost.domain.call_status import CallStatus
from tests.adapters.storage_builders import a_session


@pytest.fixture
def no_collections() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


async def test_a_committed_unit_of_work_is_freed_without_a_collection(
    database: PostgresDatabase, no_collections: None
) -> None:
    session = a_session(CallStatus.COMPLETED)
    uow = database.unit_of_work()
    async with uow:
        await uow.sessions.add(session)
        await uow.commit()
    freed = [weakref.ref(uow), weakref.ref(uow.sessions), weakref.ref(uow.reports)]
    del uow
    assert [ref() for ref in freed] == [None, None, None]


async def test_a_read_only_unit_of_work_is_freed_without_a_collection(
    database: PostgresDatabase, no_collections: None
) -> None:
    session = a_session(CallStatus.COMPLETED)
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.commit()
    reader = database.unit_of_work()
    async with reader:
        assert await reader.sessions.get(session.id) is not None
    freed = weakref.ref(reader)
    del reader
    assert freed() is None
