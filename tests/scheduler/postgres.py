"""Scheduler tick claims on a real PostgreSQL: a fresh schema per test, with migration 0100
applied, and a pool per simulated machine whose connections search that schema."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from itertools import count

import asyncpg
from attrs import frozen

from kundrost.adapters.postgres.tick_claims import PostgresTickClaims
from tests.services import database_url, schema_name

MIGRATION = "0100_scheduler_ticks.sql"
MACHINES = 3


@frozen
class Machine:
    """What `PostgresTickClaims` needs of a database: its started pool."""

    pool: asyncpg.Pool


def migration_sql() -> str:
    folder = resources.files("kundrost.adapters.postgres").joinpath("migrations")
    return folder.joinpath(MIGRATION).read_text(encoding="utf-8")


@asynccontextmanager
async def postgres_claims() -> AsyncIterator[Callable[[], PostgresTickClaims]]:
    """Claims as seen from the next of three machines (each with its own pool) on each
    call, all over one fresh schema that is dropped afterwards."""
    url = database_url()
    schema = schema_name("scheduler")
    admin = await asyncpg.connect(url)
    pools: list[asyncpg.Pool] = []
    try:
        await admin.execute(f"CREATE SCHEMA {schema}")
        await admin.execute(f"SET search_path TO {schema}")
        await admin.execute(migration_sql())
        for _ in range(MACHINES):
            pools.append(
                await asyncpg.create_pool(
                    url, min_size=1, max_size=4, server_settings={"search_path": schema}
                )
            )
        turn = count()

        def machine() -> PostgresTickClaims:
            number = next(turn) % MACHINES
            return PostgresTickClaims(Machine(pools[number]), holder=f"machine-{number}")

        yield machine
    finally:
        for pool in pools:
            await pool.close()
        await admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        await admin.close()
