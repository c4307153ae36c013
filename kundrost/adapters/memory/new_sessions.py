"""UnitOfWorkNewSessions: a new call session stored through a unit of work."""

from __future__ import annotations

from kundrost.domain.call_session import CallSession
from kundrost.ports.unit_of_work import UnitOfWorkFactory


class UnitOfWorkNewSessions:
    """`ports.NewSessions` as one insert of a unit of work of its own, committed at once;
    the insert's conflict, found at commit, refuses a second session of a verification
    (the repository's `add` with `checked_at_commit`). PostgreSQL has
    `PostgresNewSessions`, which writes sessions added together with one statement. The
    factory is the container's, so a test's storage that is away is away here too."""

    def __init__(self, new_uow: UnitOfWorkFactory) -> None:
        self._new_uow = new_uow

    async def add(self, session: CallSession) -> None:
        async with self._new_uow() as uow:
            await uow.sessions.add(session, checked_at_commit=True)
            await uow.commit()
