"""StatusReads: one call session as its status shows it, read outside any unit of work."""

from __future__ import annotations

from typing import Protocol

from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.session_outline import SessionOutline


class StatusReads(Protocol):
    """Contract: `with_quality` answers the stored session and its call quality metrics
    (None until measured), or None for a session not stored; `outline_with_quality` answers
    the same as its `SessionOutline`, its phone number left sealed where it is stored (a
    reader who may not see it costs no decryption). Each read sees what was committed when
    it ran, as a plain read does: nothing here is a transaction, so a status read holds no
    connection or lock beyond its own statement, and an adapter may answer reads asked at
    the same time with one query. While storage cannot be reached, a read raises
    `Unavailable("storage")`.
    """

    async def with_quality(
        self, session_id: CallSessionId
    ) -> tuple[CallSession, CallQualityMetrics | None] | None: ...

    async def outline_with_quality(
        self, session_id: CallSessionId
    ) -> tuple[SessionOutline, CallQualityMetrics | None] | None: ...
