"""Settings of a served kundrost on the real services: PostgreSQL and Redis under a schema and
key prefix of the test's own, removed when it is done."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

from kundrost.settings import Settings
from tests import services


@contextmanager
def on_services(purpose: str, seed: int) -> Iterator[Settings]:
    """Embedded settings but for storage, cache and queue (migrated by the app at start-up);
    the schema and the keys are dropped afterwards. Skips without the services' URLs."""
    database, redis = services.database_url(), services.redis_url()
    schema, prefix = services.schema_name(purpose), services.key_prefix(purpose)
    try:
        yield Settings.embedded(
            seed=seed,
            storage="postgres",
            database_url=database,
            database_schema=schema,
            auto_migrate=True,
            cache="redis",
            queue="redis",
            redis_url=redis,
            redis_prefix=prefix,
        )
    finally:
        asyncio.run(services.remove_schema_and_keys(database, schema, redis, prefix))
