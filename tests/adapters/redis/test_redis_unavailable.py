"""Redis away is the port's `Unavailable`: "cache" from the session store, "queue" from
enqueue; a command Redis refuses for what it is stays the error it is."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

import pytest

from kundrost.adapters.redis import RedisConnection, RedisJobQueue, RedisSessionStore
from kundrost.adapters.system import SystemClock
from kundrost.container import build_container
from kundrost.ports.availability import Unavailable
from kundrost.ports.job_queue import Job, JobKind
from kundrost.settings import Settings
from tests import services
from tests.adapters.redis.severable import SeverableRelay
from tests.blackhole import Blackhole
from tests.services import free_port

MINUTE = timedelta(minutes=1)


def nobody_listening() -> str:
    return f"redis://:hemligt@127.0.0.1:{free_port()}/0"


async def test_every_cache_command_raises_unavailable_while_redis_is_away() -> None:
    connection = RedisConnection(nobody_listening(), prefix="kundrost-test:away:")
    store = RedisSessionStore(connection)
    try:
        for command in (
            store.get("a"),
            store.set("a", "1", MINUTE),
            store.add("a", "1", MINUTE),
            store.delete("a"),
            store.increment("n", MINUTE),
            store.count_in_window("w", MINUTE),
        ):
            with pytest.raises(Unavailable) as raised:
                await command
            assert raised.value.service == "cache"
            assert "hemligt" not in str(raised.value)
    finally:
        await connection.close()


async def test_enqueue_raises_unavailable_for_the_queue_when_redis_went_away(
    connection: RedisConnection,
) -> None:
    relay = SeverableRelay(connection.url)
    through = RedisConnection(await relay.start(), prefix=connection.prefix)
    queue = RedisJobQueue(through, SystemClock(), worker=False)
    await queue.start()
    try:
        assert await queue.enqueue(Job(JobKind.ANALYSE_FEEDBACK, {"analysis_id": "1"}, key="a:1"))
        await relay.sever()
        with pytest.raises(Unavailable) as raised:
            await queue.enqueue(Job(JobKind.ANALYSE_FEEDBACK, {"analysis_id": "2"}, key="a:2"))
    finally:
        await queue.close()
        await through.close()
    assert raised.value.service == "queue"


async def test_a_value_that_is_not_a_counter_is_no_outage(connection: RedisConnection) -> None:
    store = RedisSessionStore(connection)
    await store.set("text", "hej", MINUTE)
    with pytest.raises(ValueError, match="not a counter"):
        await store.increment("text", MINUTE)


async def test_a_command_on_an_open_connection_to_a_blackholed_redis_gives_up_in_time() -> None:
    hole = Blackhole(services.redis_url())
    env = {
        "KUNDROST_REDIS_URL": hole.start(),
        "KUNDROST_REDIS_PREFIX": services.key_prefix("blackholed"),
        "KUNDROST_REDIS_TIMEOUT_SECONDS": "0.5",
    }
    container = build_container(Settings.from_env(env, warn=False))
    store, queue = container.session_store(), container.job_queue()
    await queue.start()
    waits = {}
    try:
        await store.set("a", "1", MINUTE)
        assert await queue.enqueue(Job(JobKind.ANALYSE_FEEDBACK, {"analysis_id": "1"}, key="a:1"))
        hole.swallow()
        for service, command in (
            ("cache", store.get("a")),
            (
                "queue",
                queue.enqueue(Job(JobKind.ANALYSE_FEEDBACK, {"analysis_id": "2"}, key="a:2")),
            ),
        ):
            started = time.monotonic()
            with pytest.raises(Unavailable) as raised:
                async with asyncio.timeout(10):
                    await command
            waits[service] = time.monotonic() - started
            assert raised.value.service == service
    finally:
        hole.relay()
        await queue.close()
        await container.redis().close()
        hole.stop()
    assert all(0.4 < wait < 1.5 for wait in waits.values()), waits
