"""Migrations: numbered SQL files applied in order, recorded, once, also when raced."""

from __future__ import annotations

import asyncio

import asyncpg

from kundrost.adapters.postgres import migrate, migration_status
from kundrost.adapters.postgres.migrations import available
from tests.adapters.postgres_fixtures import migrated_schema
from tests.services import database_url, schema_name


async def drop(url: str, schema: str) -> None:
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    finally:
        await connection.close()


async def recorded(url: str, schema: str) -> list[str]:
    connection = await asyncpg.connect(url)
    try:
        rows = await connection.fetch(
            f"SELECT name FROM {schema}.schema_migrations ORDER BY applied_at, name"
        )
    finally:
        await connection.close()
    return [row["name"] for row in rows]


def test_shipped_migrations_are_numbered_and_start_with_the_initial_one() -> None:
    names = [name for name, _ in available()]
    assert names[0] == "0001_initial.sql"
    assert names == sorted(names)
    assert all(name[:4].isdigit() for name in names)


async def test_migrating_a_new_schema_applies_every_migration_in_order_and_records_it() -> None:
    url, schema = database_url(), schema_name("migrate")
    try:
        applied = await migrate(url, schema=schema)
        assert applied == [name for name, _ in available()]
        assert await recorded(url, schema) == applied
        assert await migration_status(url, schema=schema) == [(name, True) for name in applied]
    finally:
        await drop(url, schema)


async def test_migrating_twice_applies_nothing_the_second_time() -> None:
    async with migrated_schema("migrate") as (url, schema):
        before = await recorded(url, schema)
        assert await migrate(url, schema=schema) == []
        assert await recorded(url, schema) == before


async def test_a_new_schema_lists_every_migration_as_pending() -> None:
    url, schema = database_url(), schema_name("migrate")
    status = await migration_status(url, schema=schema)
    assert status == [(name, False) for name, _ in available()]


async def test_processes_migrating_at_once_apply_each_migration_exactly_once() -> None:
    url, schema = database_url(), schema_name("migrate")
    try:
        outcomes = await asyncio.gather(*(migrate(url, schema=schema) for _ in range(4)))
        everything = [name for name, _ in available()]
        assert sorted(name for applied in outcomes for name in applied) == everything
        assert outcomes.count([]) == 3
        assert await recorded(url, schema) == everything
    finally:
        await drop(url, schema)


async def test_the_tables_live_in_the_chosen_schema_only() -> None:
    async with migrated_schema("migrate") as (url, schema):
        connection = await asyncpg.connect(url)
        try:
            tables = await connection.fetch(
                "SELECT table_schema FROM information_schema.tables WHERE table_name = "
                "'call_sessions' AND table_schema = $1",
                schema,
            )
        finally:
            await connection.close()
        assert len(tables) == 1
