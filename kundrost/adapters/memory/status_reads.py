"""UnitOfWorkStatusReads: a status read through a unit of work of the memory storage."""

from __future__ import annotations

from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.session_outline import SessionOutline
from kundrost.ports.unit_of_work import UnitOfWorkFactory


class UnitOfWorkStatusReads:
    """`ports.StatusReads` as two reads of one unit of work: the session and its quality.

    In memory both are dictionary lookups, so there is nothing to share between reads;
    PostgreSQL has `PostgresStatusReads`, which answers concurrent reads with one query.
    The unit of work's factory is the container's, so whatever stands in for the storage
    (a test's storage that is away) stands in here too."""

    def __init__(self, new_uow: UnitOfWorkFactory) -> None:
        self._new_uow = new_uow

    async def with_quality(
        self, session_id: CallSessionId
    ) -> tuple[CallSession, CallQualityMetrics | None] | None:
        async with self._new_uow() as uow:
            session = await uow.sessions.get(session_id)
            if session is None:
                return None
            return session, await uow.quality_metrics.for_session(session_id)

    async def outline_with_quality(
        self, session_id: CallSessionId
    ) -> tuple[SessionOutline, CallQualityMetrics | None] | None:
        found = await self.with_quality(session_id)
        return None if found is None else (SessionOutline.of(found[0]), found[1])
