"""PostgresPlacedCalls: ids of calls placed at the same time, kept with one UPDATE."""

from __future__ import annotations

from collections.abc import Callable

import asyncpg

from kundrost.adapters.coalesced import Batched
from kundrost.adapters.postgres.availability import pooled
from kundrost.domain.ids import CallSessionId

Placed = tuple[CallSessionId, int, str]

_ONE = "UPDATE call_sessions SET provider_call_id = $3 WHERE id = $1 AND attempt = $2"
_MANY = (
    "UPDATE call_sessions s SET provider_call_id = placed.call_id"
    " FROM unnest($1::uuid[], $2::int[], $3::text[]) AS placed(id, attempt, call_id)"
    " WHERE s.id = placed.id AND s.attempt = placed.attempt"
)


class PostgresPlacedCalls:
    """`ports.PlacedCalls` on the pool `pool()` answers (`PostgresDatabase.placed_calls`).

    An id kept while none is on its way is one UPDATE of its session, on a connection of
    its own, outside any transaction (atomic by itself). The ids kept while one is on its
    way are written together, by one UPDATE over arrays of them (`Batched`): one connection
    from the pool and one statement for as many placed calls as came in meanwhile. It was
    the second of an initiated call's two statements, and cost it as much CPU as the first.
    A session id kept twice in one batch (a retry racing its own first attempt) is written
    for both attempts, and only the one the session is on matches.
    """

    def __init__(self, pool: Callable[[], asyncpg.Pool]) -> None:
        self._pool = pool
        self._batched: Batched[Placed, None] = Batched(self._write)

    async def keep(self, session_id: CallSessionId, attempt: int, provider_call_id: str) -> None:
        await self._batched.ask((session_id, attempt, provider_call_id))

    async def _write(self, placed: list[Placed]) -> list[None]:
        async with pooled(self._pool()) as connection:
            if len(placed) == 1:
                await connection.execute(_ONE, *placed[0])
            else:
                ids, attempts, call_ids = zip(*placed, strict=True)
                await connection.execute(_MANY, ids, attempts, call_ids)
        return [None] * len(placed)
