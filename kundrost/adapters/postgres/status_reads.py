"""PostgresStatusReads: status reads that arrive together share one query."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping

import asyncpg

from kundrost.adapters.coalesced import Coalesced
from kundrost.adapters.postgres.availability import pooled
from kundrost.adapters.postgres.record_repositories import METRICS_FIELDS, metrics_from_row
from kundrost.adapters.postgres.session_repository import (
    COLUMNS,
    OUTLINE_COLUMNS,
    outline_from_row,
    session_from_row,
)
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.session_outline import SessionOutline
from kundrost.ports.cipher import Cipher

Fetch = Callable[[list[CallSessionId]], Awaitable[Mapping[CallSessionId, asyncpg.Record]]]


def with_quality(columns: str) -> str:
    """A session's `columns` and its call quality metrics (prefixed `m_`), by its id."""
    return (
        "SELECT "
        + ", ".join(f"s.{name.strip()}" for name in columns.split(","))
        + ", "
        + ", ".join(f"m.{name} AS m_{name}" for name in METRICS_FIELDS)
        + " FROM call_sessions s LEFT JOIN call_quality_metrics m ON m.call_session_id = s.id"
        " WHERE s.id = $1"
    )


WITH_QUALITY = with_quality(COLUMNS)
OUTLINE_WITH_QUALITY = with_quality(OUTLINE_COLUMNS)


class PostgresStatusReads:
    """`ports.StatusReads` on the pool `pool()` answers (`PostgresDatabase.status_reads`).

    A read asked while none is on its way is one SELECT of its session, on a connection of
    its own, outside any transaction (as a unit of work's plain read is). The reads asked
    while one is on its way are answered together (`Coalesced`): one connection taken from
    the pool and one round trip, the read by key pipelined once per session
    (`fetchmany`), for as many status requests as came in meanwhile. A status request was
    one statement and a connection from the pool, which cost more of its CPU than anything
    else kundrost does in it. The reads go by primary key, not by an array of ids: a
    connection plans a prepared statement once, and an array read planned on a small
    table scans it however large it grows. Whole sessions and outlines are read apart, as
    each reads other columns.
    """

    def __init__(self, pool: Callable[[], asyncpg.Pool], cipher: Cipher) -> None:
        self._pool = pool
        self._cipher = cipher
        self._whole: Coalesced[CallSessionId, asyncpg.Record] = Coalesced(
            self._fetcher(WITH_QUALITY)
        )
        self._outline: Coalesced[CallSessionId, asyncpg.Record] = Coalesced(
            self._fetcher(OUTLINE_WITH_QUALITY)
        )

    async def with_quality(
        self, session_id: CallSessionId
    ) -> tuple[CallSession, CallQualityMetrics | None] | None:
        row = await self._whole.get(session_id)
        return None if row is None else (session_from_row(row, self._cipher), _quality(row))

    async def outline_with_quality(
        self, session_id: CallSessionId
    ) -> tuple[SessionOutline, CallQualityMetrics | None] | None:
        row = await self._outline.get(session_id)
        return None if row is None else (outline_from_row(row), _quality(row))

    def _fetcher(self, query: str) -> Fetch:
        async def fetch(session_ids: list[CallSessionId]) -> Mapping[CallSessionId, asyncpg.Record]:
            async with pooled(self._pool()) as connection:
                if len(session_ids) == 1:
                    rows = await connection.fetch(query, session_ids[0])
                else:
                    rows = await connection.fetchmany(query, [(id_,) for id_ in session_ids])
            return {row["id"]: row for row in rows}

        return fetch


def _quality(row: asyncpg.Record) -> CallQualityMetrics | None:
    return None if row["m_call_session_id"] is None else metrics_from_row(row, "m_")
