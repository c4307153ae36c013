"""What the Redis session store adds to the contract: shared by processes, under the prefix,
with Redis's own expiry; and the rate limit counted across API processes."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any
from uuid import uuid4

import pytest

from kundrost.adapters.redis import RedisConnection, RedisSessionStore
from kundrost.adapters.redis.session_store import _COUNT_IN_WINDOW
from kundrost.adapters.redis.window_counts import WindowCounts
from kundrost.ports.session_store import WindowCount
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


async def test_a_window_lives_under_the_prefix_and_keeps_its_first_expiry(
    connection: RedisConnection,
) -> None:
    store = RedisSessionStore(connection)
    await store.count_in_window("rate_limit:bridge", MINUTE)
    first_ttl = await connection.client.pttl(connection.key("cache:rate_limit:bridge"))
    await store.count_in_window("rate_limit:bridge", timedelta(hours=1))
    later_ttl = await connection.client.pttl(connection.key("cache:rate_limit:bridge"))
    assert 0 < later_ttl <= first_ttl <= 60_000


async def test_two_processes_counting_one_window_at_once_never_lose_a_count(
    connection: RedisConnection,
) -> None:
    other = a_second_process(connection)
    await other.start()
    try:
        stores = (RedisSessionStore(connection), RedisSessionStore(other))
        windows = await asyncio.gather(
            *(
                store.count_in_window("rate_limit:race", MINUTE)
                for _ in range(50)
                for store in stores
            )
        )
    finally:
        await other.close()
    assert sorted(window.count for window in windows) == list(range(1, 101))


async def test_windows_counted_while_one_is_on_its_way_go_to_redis_in_one_script_call(
    connection: RedisConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RedisSessionStore(connection)
    await store.count_in_window("rate_limit:first", MINUTE)  # the script loaded
    calls: list[int] = []
    evalsha = connection.client.evalsha

    def counted(sha: str, numkeys: int, *keys_and_args: Any) -> Any:
        calls.append(numkeys)
        return evalsha(sha, numkeys, *keys_and_args)

    monkeypatch.setattr(connection.client, "evalsha", counted)
    pipelines: list[object] = []
    monkeypatch.setattr(connection.client, "pipeline", lambda *a, **k: pipelines.append(a))
    windows = await asyncio.gather(
        *(store.count_in_window(f"rate_limit:subject-{i % 4}", MINUTE) for i in range(20))
    )
    assert calls == [1, 19]  # the first count went alone, the 19 asked meanwhile together
    assert pipelines == []
    assert sorted(window.count for window in windows) == sorted([*range(1, 6)] * 4)
    assert all(MINUTE - timedelta(seconds=5) < window.remaining <= MINUTE for window in windows)


async def test_a_lone_window_count_goes_as_one_script_call(
    connection: RedisConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RedisSessionStore(connection)
    pipelines: list[object] = []
    monkeypatch.setattr(connection.client, "pipeline", lambda *a, **k: pipelines.append(a))
    first = await store.count_in_window("rate_limit:lone", MINUTE)
    second = await store.count_in_window("rate_limit:lone", MINUTE)
    assert (first.count, second.count, pipelines) == (1, 2, [])


async def test_a_script_redis_does_not_know_is_loaded_and_no_count_is_made_twice(
    connection: RedisConnection,
) -> None:
    unknown = f"{_COUNT_IN_WINDOW}-- {uuid4()}\n"  # a digest no Redis has seen
    counts = WindowCounts(connection.client, unknown)
    key = connection.key("cache:rate_limit:fresh")
    replies = await asyncio.gather(*(counts.count(key, 60_000) for _ in range(10)))
    assert sorted(count for count, _left in replies) == list(range(1, 11))
    assert await connection.client.get(key) == b"10"


async def test_a_batch_refused_for_an_unknown_script_is_sent_again_once(
    connection: RedisConnection,
) -> None:
    counts = WindowCounts(connection.client, f"{_COUNT_IN_WINDOW}-- {uuid4()}\n")
    key = connection.key("cache:rate_limit:batch")
    replies = await counts._replies([(key, 60_000, 1)] * 5)  # a batch, as counts waiting send it
    assert sorted(reply[0] for reply in replies if isinstance(reply, list)) == [1, 2, 3, 4, 5]
    assert await connection.client.get(key) == b"5"


async def test_a_count_that_redis_refuses_fails_alone_in_its_batch(
    connection: RedisConnection,
) -> None:
    store = RedisSessionStore(connection)
    await store.set("rate_limit:text", "inte ett tal", MINUTE)
    alone, before, refused, after = await asyncio.gather(
        store.count_in_window("rate_limit:first", MINUTE),  # goes alone; the rest together
        store.count_in_window("rate_limit:number", MINUTE),
        store.count_in_window("rate_limit:text", MINUTE),
        store.count_in_window("rate_limit:number", MINUTE),
        return_exceptions=True,
    )
    assert isinstance(refused, ValueError)
    assert isinstance(alone, WindowCount)
    assert alone.count == 1
    assert isinstance(before, WindowCount)
    assert isinstance(after, WindowCount)
    assert (before.count, after.count) == (1, 2)
    assert await store.get("rate_limit:text") == "inte ett tal"
