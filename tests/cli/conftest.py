"""The command tests that run kundrost as a deployment does: on PostgreSQL and Redis of
their own (a fresh schema, migrated at start-up, and a key prefix), removed afterwards."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator

import pytest

from kundrost.adapters.crypto import generate_key_text
from tests import services

SECRET = "kundrost-test-secret-that-is-long-enough-for-hs256"


@pytest.fixture
def production_env(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The KUNDROST_* variables of a deployment on the test services."""
    database, redis = services.database_url(), services.redis_url()
    purpose = re.sub(r"\W", "_", request.node.name[:20])
    schema, prefix = services.schema_name(purpose), services.key_prefix(purpose)
    yield {
        "KUNDROST_DATABASE_URL": database,
        "KUNDROST_DATABASE_SCHEMA": schema,
        "KUNDROST_AUTO_MIGRATE": "1",
        "KUNDROST_REDIS_URL": redis,
        "KUNDROST_REDIS_PREFIX": prefix,
        "KUNDROST_JWT_SECRET": SECRET,
        "KUNDROST_ENCRYPTION_KEY": generate_key_text(),
    }
    asyncio.run(services.remove_schema_and_keys(database, schema, redis, prefix))
