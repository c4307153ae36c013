"""PostgreSQL storage under the contracts: a fresh, migrated schema per test, dropped after."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import asyncpg

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.postgres import PostgresDatabase, migrate
from kundrost.ports.cipher import Cipher
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_steps import OutsideUnits
from tests.services import database_url, schema_name


@asynccontextmanager
async def migrated_schema(purpose: str = "contract") -> AsyncIterator[tuple[str, str]]:
    """(database URL, schema): a schema of this test's own, migrated, dropped afterwards."""
    url = database_url()
    schema = schema_name(purpose)
    await migrate(url, schema=schema)
    try:
        yield url, schema
    finally:
        await drop_schema(url, schema)


async def drop_schema(url: str, schema: str) -> None:
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    finally:
        await connection.close()


@asynccontextmanager
async def postgres_database(
    purpose: str = "contract", *, cipher: Cipher | None = None, max_size: int = 10
) -> AsyncIterator[PostgresDatabase]:
    """A started `PostgresDatabase` over a fresh migrated schema."""
    async with migrated_schema(purpose) as (url, schema):
        database = PostgresDatabase(
            url, cipher or AesGcmCipher(secrets.token_bytes(32)), schema=schema, max_size=max_size
        )
        await database.start()
        try:
            yield database
        finally:
            await database.close()


@asynccontextmanager
async def postgres_storage() -> AsyncIterator[Callable[[], UnitOfWork]]:
    """The contract suites' factory of units of work on PostgreSQL."""
    async with postgres_database() as database:
        yield database.unit_of_work


@asynccontextmanager
async def postgres_outside_units() -> AsyncIterator[OutsideUnits]:
    """The ports that work outside a unit of work, on PostgreSQL, and its units of work."""
    async with postgres_database() as database:
        yield OutsideUnits(
            database.unit_of_work,
            database.status_reads,
            database.placed_calls,
            database.new_sessions,
        )
