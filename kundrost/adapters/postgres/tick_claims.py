"""PostgresTickClaims: tick claims shared by every scheduler on one PostgreSQL database."""

from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

_CLAIM = """
INSERT INTO scheduler_ticks (job, tick_at, claimed_by) VALUES ($1, $2, $3)
ON CONFLICT (job, tick_at) DO NOTHING
RETURNING true
"""
_LOCK = "SELECT pg_try_advisory_lock(hashtextextended(current_schema() || ':scheduler:' || $1, 0))"
_UNLOCK = "SELECT pg_advisory_unlock(hashtextextended(current_schema() || ':scheduler:' || $1, 0))"
_FORGET = "DELETE FROM scheduler_ticks WHERE tick_at < $1"


def _instant(tick: datetime) -> datetime:
    if tick.utcoffset() is None:
        raise ValueError(f"a tick must be a timezone-aware datetime, got {tick!r}")
    return tick.astimezone(UTC)


def this_process() -> str:
    """Who claimed a tick, for the operator who reads `scheduler_ticks`: host and pid."""
    return f"{socket.gethostname()}:{os.getpid()}"[:200]


class PostgresTickClaims:
    """`ports.TickClaims` on the `scheduler_ticks` table (migration 0100).

    A claim is an insert guarded by the table's primary key, so PostgreSQL decides the one
    winner of each (job, tick) across machines. `running` holds a session-level advisory
    lock, keyed by the schema and job name, on a pool connection for as long as the run
    lasts: a crashed scheduler's connection closes and its lock goes with it, so nothing
    is left to expire by hand. `database.pool` is the asyncpg pool of a started
    `PostgresDatabase`, whose connections have `search_path` set to kundrost's schema.
    """

    def __init__(self, database: Any, *, holder: str | None = None) -> None:
        self._database = database
        self._holder = holder or this_process()

    async def claim(self, job: str, tick: datetime) -> bool:
        won = await self._database.pool.fetchval(_CLAIM, job, _instant(tick), self._holder)
        return bool(won)

    @asynccontextmanager
    async def running(self, job: str) -> AsyncIterator[bool]:
        async with self._database.pool.acquire() as connection:
            locked = bool(await connection.fetchval(_LOCK, job))
            try:
                yield locked
            finally:
                if locked:
                    await _unlocked(connection, job)

    async def forget_before(self, before: datetime) -> int:
        status: str = await self._database.pool.execute(_FORGET, _instant(before))
        return int(status.split()[-1])


async def _unlocked(connection: Any, job: str) -> None:
    """Releases `job`'s lock, or ends the connection (and the lock with it) when the release
    fails: the pool lends connections again without resetting their session state."""
    try:
        await connection.fetchval(_UNLOCK, job)
    except BaseException:
        connection.terminate()
        raise
