"""UnitOfWorkPlacedCalls: a placed call's id kept through a unit of work."""

from __future__ import annotations

from kundrost.domain.ids import CallSessionId
from kundrost.ports.unit_of_work import UnitOfWorkFactory


class UnitOfWorkPlacedCalls:
    """`ports.PlacedCalls` as one write of a unit of work of its own (the repository's
    `set_provider_call`), committed at once. In memory there is nothing to share between
    writes; PostgreSQL has `PostgresPlacedCalls`, which writes ids kept together with one
    statement. The factory is the container's, so a test's storage that is away is away
    here too."""

    def __init__(self, new_uow: UnitOfWorkFactory) -> None:
        self._new_uow = new_uow

    async def keep(self, session_id: CallSessionId, attempt: int, provider_call_id: str) -> None:
        async with self._new_uow() as uow:
            await uow.sessions.set_provider_call(session_id, attempt, provider_call_id)
            await uow.commit()
