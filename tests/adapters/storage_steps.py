"""Steps the storage contracts share: store records in one committed unit of work, read back."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from kundrost.domain.call_session import CallSession
from kundrost.ports.unit_of_work import UnitOfWork

T = TypeVar("T")
UowFactory = Callable[[], UnitOfWork]


async def committed(new_uow: UowFactory, change: Callable[[UnitOfWork], Awaitable[object]]) -> None:
    async with new_uow() as uow:
        await change(uow)
        await uow.commit()


async def stored(new_uow: UowFactory, *sessions: CallSession) -> None:
    async with new_uow() as uow:
        for session in sessions:
            await uow.sessions.add(session)
        await uow.commit()


async def read(new_uow: UowFactory, query: Callable[[UnitOfWork], Awaitable[T]]) -> T:
    """What a fresh unit of work sees: only committed state."""
    async with new_uow() as uow:
        return await query(uow)
