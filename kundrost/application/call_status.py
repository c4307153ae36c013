"""GetCallStatus: where a call session stands, with the call's measured quality."""

from __future__ import annotations

from attrs import frozen

from kundrost.application.calls_common import CALL_SESSION
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.ports.errors import NotFound
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory


@frozen
class CallStatusView:
    session: CallSession
    quality_metrics: CallQualityMetrics | None


@frozen
class GetCallStatus:
    """`NotFound` for an unknown session and for an expired one, which nobody may see."""

    new_uow: UnitOfWorkFactory
    clock: Clock

    async def __call__(self, session_id: CallSessionId) -> CallStatusView:
        async with self.new_uow() as uow:
            found = await uow.sessions.with_quality(session_id)
        if found is None or found[0].is_expired(self.clock.now()):
            raise NotFound(CALL_SESSION, session_id)
        return CallStatusView(*found)
