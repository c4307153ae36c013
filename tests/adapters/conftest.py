"""Adapters under contract: every suite here runs once per adapter of its port.

To put another adapter under a contract, add a factory to the port's table below (and
list it only when it can run, e.g. when its database URL is set): the suites stay as
they are.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from typing import Protocol

import pytest

from kundrost.adapters.memory import (
    InProcessJobQueue,
    MemorySessionStore,
    MemoryStore,
    MemoryUnitOfWork,
    UnitOfWorkNewSessions,
    UnitOfWorkPlacedCalls,
    UnitOfWorkStatusReads,
)
from kundrost.adapters.system import ManualClock
from kundrost.ports.job_queue import Job, JobHandler, JobKind
from kundrost.ports.new_sessions import NewSessions
from kundrost.ports.placed_calls import PlacedCalls
from kundrost.ports.session_store import SessionStore
from kundrost.ports.status_reads import StatusReads
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.postgres_fixtures import postgres_outside_units, postgres_storage
from tests.adapters.redis_fixtures import QUICK_RETRY, redis_cache, redis_queue_drained
from tests.adapters.storage_builders import START
from tests.adapters.storage_steps import OutsideUnits


class RunnableQueue(Protocol):
    """What the queue suite drives: the two ports, and a way to wait for the work."""

    def register(self, kind: JobKind, handler: JobHandler) -> None: ...

    async def enqueue(self, job: Job) -> bool: ...

    async def drain(self, until: datetime | None = None) -> None: ...


UowFactory = Callable[[], UnitOfWork]


@asynccontextmanager
async def _memory_storage() -> AsyncIterator[UowFactory]:
    store = MemoryStore()
    yield lambda: MemoryUnitOfWork(store)


@asynccontextmanager
async def _memory_outside_units() -> AsyncIterator[OutsideUnits]:
    store = MemoryStore()
    new_uow = lambda: MemoryUnitOfWork(store)  # noqa: E731
    yield OutsideUnits(
        new_uow,
        UnitOfWorkStatusReads(new_uow),
        UnitOfWorkPlacedCalls(new_uow),
        UnitOfWorkNewSessions(new_uow),
    )


@asynccontextmanager
async def _memory_cache() -> AsyncIterator[SessionStore]:
    yield MemorySessionStore()


@asynccontextmanager
async def _in_process_queue(clock: ManualClock) -> AsyncIterator[RunnableQueue]:
    yield InProcessJobQueue(clock, retry=QUICK_RETRY)


@asynccontextmanager
async def _in_process_queue_run_by_drain(clock: ManualClock) -> AsyncIterator[RunnableQueue]:
    yield InProcessJobQueue(clock, autostart=False, retry=QUICK_RETRY)


STORAGE: dict[str, Callable[[], AbstractAsyncContextManager[UowFactory]]] = {
    "memory": _memory_storage,
    "postgres": postgres_storage,
}
OUTSIDE_UNITS: dict[str, Callable[[], AbstractAsyncContextManager[OutsideUnits]]] = {
    "memory": _memory_outside_units,
    "postgres": postgres_outside_units,
}
CACHES: dict[str, Callable[[], AbstractAsyncContextManager[SessionStore]]] = {
    "memory": _memory_cache,
    "redis": redis_cache,
}
QUEUES: dict[str, Callable[[ManualClock], AbstractAsyncContextManager[RunnableQueue]]] = {
    "memory": _in_process_queue,
    "memory-drained": _in_process_queue_run_by_drain,
    "redis": redis_queue_drained,
}


@pytest.fixture(params=sorted(STORAGE))
async def new_uow(request: pytest.FixtureRequest) -> AsyncIterator[UowFactory]:
    """A factory of units of work on a fresh, empty store."""
    async with STORAGE[request.param]() as factory:
        yield factory


@pytest.fixture(params=sorted(OUTSIDE_UNITS))
async def outside_units(request: pytest.FixtureRequest) -> AsyncIterator[OutsideUnits]:
    """The ports that reach a fresh, empty store outside any unit of work, and its units of
    work (which fill it and read it back)."""
    async with OUTSIDE_UNITS[request.param]() as outside:
        yield outside


@pytest.fixture
def status_reads(outside_units: OutsideUnits) -> tuple[UowFactory, StatusReads]:
    return outside_units.new_uow, outside_units.status_reads


@pytest.fixture
def placed_calls(outside_units: OutsideUnits) -> tuple[UowFactory, PlacedCalls]:
    return outside_units.new_uow, outside_units.placed_calls


@pytest.fixture
def new_sessions(outside_units: OutsideUnits) -> tuple[UowFactory, NewSessions]:
    return outside_units.new_uow, outside_units.new_sessions


@pytest.fixture(params=sorted(CACHES))
async def session_store(request: pytest.FixtureRequest) -> AsyncIterator[SessionStore]:
    async with CACHES[request.param]() as store:
        yield store


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture(params=sorted(QUEUES))
async def job_queue(
    request: pytest.FixtureRequest, clock: ManualClock
) -> AsyncIterator[RunnableQueue]:
    async with QUEUES[request.param](clock) as queue:
        yield queue
