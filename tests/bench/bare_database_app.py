"""The baseline of the HTTP benchmark on PostgreSQL: a bare Litestar app doing one asyncpg
statement per request, served the way kundrost is (own uvicorn process, 1 worker, uvloop +
httptools), so the ratio measures kundrost's own work and nothing of the setup.

`GET /rows/{id}` is one primary-key SELECT; `POST /rows` one single-row INSERT of a JSON body
about as wide as an initiate request. Configured by `BENCH_DATABASE_URL`, `BENCH_TABLE` (made
by `create_table`) and `BENCH_POOL_SIZE` (kundrost's pool size).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

import asyncpg
from litestar import Litestar, Request, get, post
from litestar.exceptions import NotFoundException

ROW_COLUMNS = (
    "id uuid PRIMARY KEY, store_id uuid NOT NULL, phone bytea NOT NULL, "
    "status text NOT NULL, created_at timestamptz NOT NULL"
)
"""About as wide as a call session's row."""


async def create_table(connection: asyncpg.Connection, table: str) -> None:
    await connection.execute(f"CREATE TABLE {table} ({ROW_COLUMNS})")


def bare_database_app() -> Litestar:
    table = os.environ["BENCH_TABLE"]
    size = int(os.environ["BENCH_POOL_SIZE"])
    select = f"SELECT id, store_id, status, created_at FROM {table} WHERE id = $1"
    insert = f"INSERT INTO {table} VALUES ($1, $2, $3, 'pending', $4)"

    @asynccontextmanager
    async def pool(app: Litestar) -> AsyncIterator[None]:
        app.state.pool = await asyncpg.create_pool(
            os.environ["BENCH_DATABASE_URL"], min_size=size, max_size=size
        )
        try:
            yield
        finally:
            await app.state.pool.close()

    @get("/health", sync_to_thread=False)
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @get("/rows/{row_id:uuid}")
    async def read(row_id: UUID, request: Request[Any, Any, Any]) -> dict[str, Any]:
        row = await request.app.state.pool.fetchrow(select, row_id)
        if row is None:
            raise NotFoundException()
        return dict(row)

    @post("/rows", status_code=202)
    async def write(data: dict[str, Any], request: Request[Any, Any, Any]) -> dict[str, Any]:
        row = uuid4()
        await request.app.state.pool.execute(
            insert,
            row,
            UUID(data["store_id"]),
            str(data["phone_number"]).encode(),
            datetime.now(UTC),
        )
        return {"id": row, "status": "pending"}

    return Litestar([health, read, write], lifespan=[pool])
