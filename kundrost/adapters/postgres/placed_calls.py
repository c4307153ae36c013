"""PostgresPlacedCalls: ids of calls placed at the same time, kept in one round trip."""

from __future__ import annotations

from collections.abc import Callable

import asyncpg

from kundrost.adapters.coalesced import Batched
from kundrost.adapters.postgres.availability import pooled
from kundrost.domain.ids import CallSessionId

Placed = tuple[CallSessionId, int, str]

_ONE = "UPDATE call_sessions SET provider_call_id = $3 WHERE id = $1 AND attempt = $2"


class PostgresPlacedCalls:
    """`ports.PlacedCalls` on the pool `pool()` answers (`PostgresDatabase.placed_calls`).

    An id kept while none is on its way is one UPDATE of its session by primary key, on a
    connection of its own, outside any transaction (atomic by itself). The ids kept while
    one is on its way are written together (`Batched`): one connection from the pool and
    one round trip, the same UPDATE pipelined once per id and atomic as a whole
    (`executemany`). It is the second of an initiated call's two statements. One UPDATE
    joining arrays of the ids to the table was tried: a connection plans a prepared
    statement once, and planned on a new, small table it scanned the table, and went on
    scanning it as it grew (PostgreSQL's CPU an initiated call 150 → 590 µs over 100,000
    sessions; by key it stays near 90 µs). A session id kept twice in one batch (a retry
    racing its own first attempt) is written for both attempts, and only the one the
    session is on matches.
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
                await connection.executemany(_ONE, placed)
        return [None] * len(placed)
