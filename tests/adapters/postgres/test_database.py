"""PostgresDatabase: the pool's life, readiness, and the container's postgres profile."""

from __future__ import annotations

import secrets
from datetime import timedelta
from decimal import Decimal
from uuid import uuid4

import asyncpg
import pytest
from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.crypto import AesGcmCipher, generate_key_text
from kundrost.adapters.postgres import PostgresDatabase
from kundrost.adapters.system import ManualClock
from kundrost.application.initiate_call import InitiateCallCommand
from kundrost.container import build_container, close_resources, connect, open_resources
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.settings import Settings
from tests.adapters.storage_builders import START, a_session
from tests.services import database_url, schema_name


def a_database(url: str, schema: str = "kundrost") -> PostgresDatabase:
    return PostgresDatabase(url, AesGcmCipher(secrets.token_bytes(32)), schema=schema)


def test_a_database_connects_to_nothing_until_started() -> None:
    database = a_database("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(RuntimeError, match="start"):
        _ = database.pool
    with pytest.raises(RuntimeError):
        database.unit_of_work()


def test_a_schema_name_that_is_not_a_plain_sql_name_is_refused() -> None:
    with pytest.raises(ValueError, match="schema"):
        a_database("postgresql://nobody@127.0.0.1:1/none", 'kundrost"; DROP TABLE x; --')


async def test_ping_answers_when_the_database_is_reachable_and_raises_once_it_is_closed(
    database: PostgresDatabase,
) -> None:
    await database.ping()
    await database.start()  # starting again keeps the pool
    await database.ping()
    await database.close()
    with pytest.raises(RuntimeError):
        await database.ping()
    await database.close()


async def test_starting_against_an_unreachable_server_raises() -> None:
    database = a_database("postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(OSError, match=r"Connect call failed|refused"):
        await database.start()


async def test_units_of_work_read_and_write_in_the_configured_schema(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    session = a_session()
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.commit()
    table = f"{database.schema}.call_sessions"
    assert await raw.fetchval(f"SELECT count(*) FROM {table}") == 1


async def test_the_container_serves_calls_from_postgres_after_migrating_at_start() -> None:
    url, schema = database_url(), schema_name("container")
    settings = Settings.from_env(
        {
            "KUNDROST_DATABASE_URL": url,
            "KUNDROST_DATABASE_SCHEMA": schema,
            "KUNDROST_ENCRYPTION_KEY": generate_key_text(),
            "KUNDROST_JWT_SECRET": "test-secret",
        }
    )
    assert settings.storage == "postgres"
    container = build_container(settings, ManualClock(START))
    try:
        await open_resources(container, migrate=True)
        connect(container)
        session = await container.initiate_call()(
            InitiateCallCommand(
                verification_id=VerificationId(uuid4()),
                store_id=StoreId(uuid4()),
                phone=PhoneNumber("+46701234567"),
                transaction_time=START - timedelta(hours=1),
                transaction_value=Decimal("120.00"),
            )
        )
        async with container.new_uow()() as uow:
            stored = await uow.sessions.get(session.id)
        assert stored is not None
        assert stored.status in (CallStatus.PENDING, CallStatus.IN_PROGRESS)
        await container.database().ping()
    finally:
        await close_resources(container)
        connection = await asyncpg.connect(url)
        try:
            await connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        finally:
            await connection.close()
