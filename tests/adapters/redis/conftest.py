"""Each Redis test gets a started connection on a key prefix of its own, emptied afterwards."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from kundrost.adapters.redis import RedisConnection
from tests.adapters.redis_fixtures import redis_connection


@pytest.fixture
async def connection(request: pytest.FixtureRequest) -> AsyncIterator[RedisConnection]:
    async with redis_connection(request.node.name[:40]) as started:
        yield started
