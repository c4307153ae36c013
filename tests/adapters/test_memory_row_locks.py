"""The embedded store's row locks: released on every path, and gone once nobody uses them."""

from __future__ import annotations

import asyncio

from kundrost.adapters.memory import MemoryStore, MemoryUnitOfWork
from tests.adapters.storage_builders import a_session


async def test_a_row_lock_leaves_no_trace_once_released() -> None:
    store = MemoryStore()
    session = a_session()
    async with MemoryUnitOfWork(store) as uow:
        await uow.sessions.add(session)
        await uow.commit()
    async with MemoryUnitOfWork(store) as uow:
        await uow.sessions.get(session.id, for_update=True)
        assert store.session_locks.is_locked(session.id)
    assert not store.session_locks.is_locked(session.id)
    assert store.session_locks.held() == 0


async def test_a_task_cancelled_while_waiting_for_a_row_lock_leaves_it_usable() -> None:
    store = MemoryStore()
    session = a_session()
    async with MemoryUnitOfWork(store) as uow:
        await uow.sessions.add(session)
        await uow.commit()

    async def wait_for_lock() -> None:
        async with MemoryUnitOfWork(store) as uow:
            await uow.sessions.get(session.id, for_update=True)

    async with MemoryUnitOfWork(store) as holder:
        await holder.sessions.get(session.id, for_update=True)
        waiter = asyncio.create_task(wait_for_lock())
        await asyncio.sleep(0.01)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
    await asyncio.wait_for(wait_for_lock(), timeout=1)
    assert store.session_locks.held() == 0


async def test_locking_a_session_that_does_not_exist_holds_no_lock() -> None:
    store = MemoryStore()
    missing = a_session()
    async with MemoryUnitOfWork(store) as uow:
        assert await uow.sessions.get(missing.id, for_update=True) is None
        assert not store.session_locks.is_locked(missing.id)
