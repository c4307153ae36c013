"""PostgreSQL adapter tests: a started database over a fresh, migrated schema of its own."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator

import pytest
from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.postgres import PostgresDatabase
from tests.adapters.postgres_fixtures import postgres_database


@pytest.fixture
def cipher() -> AesGcmCipher:
    return AesGcmCipher(secrets.token_bytes(32))


@pytest.fixture
async def database(cipher: AesGcmCipher) -> AsyncIterator[PostgresDatabase]:
    async with postgres_database("adapter", cipher=cipher) as database:
        yield database


@pytest.fixture
async def raw(database: PostgresDatabase) -> AsyncIterator[PoolConnectionProxy]:
    """A plain asyncpg connection to the same schema, outside kundrost's code."""
    async with database.pool.acquire() as connection:
        yield connection
