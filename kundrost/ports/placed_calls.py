"""PlacedCalls: the provider's id of a call just placed, kept with its session."""

from __future__ import annotations

from typing import Protocol

from kundrost.domain.ids import CallSessionId


class PlacedCalls(Protocol):
    """Contract: `keep` stores `provider_call_id` as the id of the call placed for the
    session's `attempt`, unless the session has moved on to another attempt or is gone
    (then nothing changes and nothing is raised). It is written at once, committed, without
    reading the session first and outside any unit of work, so it changes that column only
    and events that moved the session on meanwhile keep their changes; an adapter may write
    ids kept at the same time with one statement. While storage cannot be reached, `keep`
    raises `Unavailable("storage")`.
    """

    async def keep(
        self, session_id: CallSessionId, attempt: int, provider_call_id: str
    ) -> None: ...
