"""GetCallStatus: where a call session stands, with the call's measured quality."""

from __future__ import annotations

from typing import Generic, TypeVar

from attrs import frozen

from kundrost.application.calls_common import CALL_SESSION
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.session_outline import SessionOutline
from kundrost.ports.errors import NotFound
from kundrost.ports.status_reads import StatusReads
from kundrost.ports.system import Clock

Seen = TypeVar("Seen", CallSession, SessionOutline)


@frozen
class CallStatusView(Generic[Seen]):
    """The session whole, or its outline when its number was not wanted."""

    session: Seen
    quality_metrics: CallQualityMetrics | None


@frozen
class GetCallStatus:
    """`NotFound` for an unknown session and for an expired one, which nobody may see.
    `outline` reads the session as its `SessionOutline`: its number stays sealed in
    storage, since decrypting it for a reader who may not see it is wasted. Both read
    outside any unit of work (`StatusReads`), so reads asked together may share a query."""

    reads: StatusReads
    clock: Clock

    async def __call__(self, session_id: CallSessionId) -> CallStatusView[CallSession]:
        return self._seen(session_id, await self.reads.with_quality(session_id))

    async def outline(self, session_id: CallSessionId) -> CallStatusView[SessionOutline]:
        return self._seen(session_id, await self.reads.outline_with_quality(session_id))

    def _seen(
        self, session_id: CallSessionId, found: tuple[Seen, CallQualityMetrics | None] | None
    ) -> CallStatusView[Seen]:
        if found is None or found[0].is_expired(self.clock.now()):
            raise NotFound(CALL_SESSION, session_id)
        return CallStatusView(*found)
