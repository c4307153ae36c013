"""PostgresNewSessions: call sessions added at the same time, stored with one INSERT."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import asyncpg

from kundrost.adapters.coalesced import Batched
from kundrost.adapters.postgres.availability import pooled
from kundrost.adapters.postgres.session_repository import COLUMNS, INSERT, session_values
from kundrost.domain.call_session import CallSession
from kundrost.ports.cipher import Cipher
from kundrost.ports.errors import CallAlreadyExists

Row = tuple[Any, ...]

_ARRAY_TYPES = {
    "id": "uuid",
    "verification_id": "uuid",
    "store_id": "uuid",
    "phone": "bytea",
    "phone_fingerprint": "text",
    "transaction_time": "timestamptz",
    "transaction_value": "numeric",
    "priority": "text",
    "status": "text",
    "attempt": "int",
    "created_at": "timestamptz",
    "updated_at": "timestamptz",
    "connected_at": "timestamptz",
    "ended_at": "timestamptz",
    "duration_seconds": "int",
    "failure_reason": "text",
    "end_reason": "text",
    "provider_call_id": "text",
    "expires_at": "timestamptz",
}
_INSERT_MANY = (
    f"INSERT INTO call_sessions ({COLUMNS}) SELECT * FROM unnest("
    + ", ".join(
        f"${n}::{_ARRAY_TYPES[column.strip()]}[]"
        for n, column in enumerate(COLUMNS.split(","), start=1)
    )
    + ") ON CONFLICT DO NOTHING RETURNING id"
)
_FIRST = "SELECT id, verification_id FROM call_sessions WHERE verification_id = $1 OR id = $2"
_FIRST_MANY = (
    "SELECT id, verification_id FROM call_sessions"
    " WHERE verification_id = ANY($1::uuid[]) OR id = ANY($2::uuid[])"
)


class PostgresNewSessions:
    """`ports.NewSessions` on the pool `pool()` answers (`PostgresDatabase.new_sessions`).

    A session added while none is on its way is one INSERT, committed by itself (no
    transaction), on a connection of its own. The sessions added while one is on its way
    are written together, one INSERT over arrays of their rows (`Batched`): one connection
    from the pool and one statement for as many initiated calls as came in meanwhile, where
    each paid its own. Either way the insert's conflict (`ON CONFLICT DO NOTHING`, any
    unique key) refuses a session whose verification or id is stored already, also when two
    of one batch share a verification: the first is stored, the other refused with
    `CallAlreadyExists` naming it, found by one more SELECT for all that were refused. The
    phone number is encrypted by the caller, before its session waits for a batch. One
    statement stores all of a batch or none of it, so an error of the database refuses
    every session of the batch, and none is half-written.
    """

    def __init__(self, pool: Callable[[], asyncpg.Pool], cipher: Cipher) -> None:
        self._pool = pool
        self._cipher = cipher
        self._batched: Batched[Row, None] = Batched(self._insert)

    async def add(self, session: CallSession) -> None:
        await self._batched.ask(session_values(session, self._cipher))

    async def _insert(self, rows: list[Row]) -> list[CallAlreadyExists | None]:
        """None for each row stored, its refusal for each row refused."""
        async with pooled(self._pool()) as connection:
            if len(rows) == 1:
                stored = {await connection.fetchval(INSERT, *rows[0])}
            else:
                columns = [list(column) for column in zip(*rows, strict=True)]
                stored = {row["id"] for row in await connection.fetch(_INSERT_MANY, *columns)}
            refused = [row for row in rows if row[0] not in stored]
            first = await _first_of(connection, refused) if refused else {}
        refused_ids = {row[0] for row in refused}
        return [
            CallAlreadyExists(first.get(row[1], row[0])) if row[0] in refused_ids else None
            for row in rows
        ]


async def _first_of(connection: Any, refused: list[Row]) -> dict[Any, Any]:
    """The stored session of each refused row's verification, by verification id."""
    if len(refused) == 1:
        found = await connection.fetch(_FIRST, refused[0][1], refused[0][0])
    else:
        ids = [row[1] for row in refused], [row[0] for row in refused]
        found = await connection.fetch(_FIRST_MANY, *ids)
    return {row["verification_id"]: row["id"] for row in found}
