"""What the Redis session store adds to the contract: shared by processes, under the prefix,
with Redis's own expiry; and the rate limit counted across API processes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from litestar import Litestar, get
from litestar.middleware.rate_limit import RateLimitConfig
from litestar.testing import AsyncTestClient

from kundrost.adapters.redis import RedisConnection, RedisSessionStore, rate_limit_store
from tests.adapters.redis_fixtures import count_keys

MINUTE = timedelta(minutes=1)


def a_second_process(connection: RedisConnection) -> RedisConnection:
    """Another API process of the same deployment: its own client, the same prefix."""
    return RedisConnection(connection.url, prefix=connection.prefix)


async def test_values_live_under_the_prefix_with_their_ttl_in_redis(
    connection: RedisConnection,
) -> None:
    await RedisSessionStore(connection).set("samtal:1", "pågår", MINUTE)
    key = connection.key("cache:samtal:1")
    assert await connection.client.get(key) == "pågår".encode()
    assert 59_000 < await connection.client.pttl(key) <= 60_000
    assert await count_keys(connection) == 1


async def test_a_counter_expires_in_redis_and_its_ttl_is_refreshed_by_each_increment(
    connection: RedisConnection,
) -> None:
    store = RedisSessionStore(connection)
    await store.increment("fråga:3", timedelta(seconds=5))
    await store.increment("fråga:3", MINUTE)
    assert await connection.client.pttl(connection.key("cache:fråga:3")) > 50_000


async def test_incrementing_a_value_that_is_not_a_whole_number_is_refused(
    connection: RedisConnection,
) -> None:
    store = RedisSessionStore(connection)
    await store.set("status", "processing", MINUTE)
    with pytest.raises(ValueError, match="not a counter"):
        await store.increment("status", MINUTE)
    assert await store.get("status") == "processing"


async def test_two_processes_share_one_cache_and_one_idempotency_key(
    connection: RedisConnection,
) -> None:
    other = a_second_process(connection)
    await other.start()
    try:
        first, second = RedisSessionStore(connection), RedisSessionStore(other)
        assert await first.add("initiate:verifiering-7", "session-1", MINUTE) is True
        assert await second.add("initiate:verifiering-7", "session-2", MINUTE) is False
        assert await second.get("initiate:verifiering-7") == "session-1"
        assert [await first.increment("n", MINUTE), await second.increment("n", MINUTE)] == [1, 2]
    finally:
        await other.close()


def an_api_process(connection: RedisConnection) -> Litestar:
    """An API process limited to 3 requests a minute; it runs on an event loop of its own
    (the test client's), so it gets a client of its own, on the deployment's prefix."""
    own = a_second_process(connection)

    @get("/ping", sync_to_thread=False)
    def ping() -> str:
        return "pong"

    limit = RateLimitConfig(rate_limit=("minute", 3), store="rate_limit")
    return Litestar(
        [ping],
        middleware=[limit.middleware],
        stores={"rate_limit": rate_limit_store(own)},
        on_shutdown=[own.close],
    )


async def test_the_rate_limit_holds_across_two_api_processes(connection: RedisConnection) -> None:
    async with (
        AsyncTestClient(an_api_process(connection)) as first,
        AsyncTestClient(an_api_process(connection)) as second,
    ):
        answers = [
            (await client.get("/ping")).status_code for client in (first, second, first, second)
        ]
    assert answers == [200, 200, 200, 429]
    keys = [key async for key in connection.client.scan_iter(match=connection.prefix + "*")]
    assert keys
    assert all(key.startswith(connection.key("rate_limit:").encode()) for key in keys)
