"""The privacy suite: the served API on PostgreSQL and Redis (a schema and key prefix of each
test's own), a manual clock, and everything it keeps scanned after each journey.

It runs whenever `KUNDROST_TEST_DATABASE_URL` and `KUNDROST_TEST_REDIS_URL` are set (so in
the README's `pytest` under `.ci/run`) and skips with a line saying so otherwise.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import pytest
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from kundrost.entrypoints.http import create_app
from kundrost.settings import Settings
from tests import services
from tests.api.conftest import NOW
from tests.api.test_analysis import quiet_container
from tests.privacy.journeys import Journeys


@pytest.fixture
def settings() -> Iterator[Settings]:
    database, redis = services.database_url(), services.redis_url()
    schema, prefix = services.schema_name("privacy"), services.key_prefix("privacy")
    yield Settings.embedded(
        seed=16,
        storage="postgres",
        database_url=database,
        database_schema=schema,
        auto_migrate=True,
        cache="redis",
        queue="redis",
        redis_url=redis,
        redis_prefix=prefix,
    )
    asyncio.run(_remove(database, schema, redis, prefix))


async def _remove(database: str, schema: str, redis: str, prefix: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(database)
    try:
        await connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await connection.close()
    await services.delete_keys(redis, prefix)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    return quiet_container(settings, clock)


@pytest.fixture
def journeys(
    container: Container,
    settings: Settings,
    clock: ManualClock,
    caplog: pytest.LogCaptureFixture,
) -> Iterator[Journeys]:
    """The app over its own PostgreSQL schema and Redis prefix, with every log line of every
    logger captured from the start."""
    caplog.set_level(logging.DEBUG)
    with TestClient(create_app(container, settings)) as api:
        yield Journeys(api, container, settings, clock, caplog)
