"""The store behind Litestar's rate limiting, in Redis, so every API process counts together."""

from __future__ import annotations

from litestar.stores.redis import RedisStore

from kundrost.adapters.redis.connection import RedisConnection

NAMESPACE = "rate_limit"
"""Under the connection's prefix: `kundrost:rate_limit:<client>`."""


def rate_limit_store(connection: RedisConnection) -> RedisStore:
    """A Litestar `RedisStore` over the shared client; the connection owns the client and
    closes it, so the store does not (`handle_client_shutdown=False`)."""
    return RedisStore(
        connection.client,
        namespace=connection.key(NAMESPACE),
        handle_client_shutdown=False,
    )
