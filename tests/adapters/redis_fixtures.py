"""Redis adapters for the contract suites and the Redis tests: each on a key prefix of its
own, whose keys are all deleted afterwards, so parallel runs and reruns never meet."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from kundrost.adapters.job_retries import OutageRetry
from kundrost.adapters.redis import (
    RedisConnection,
    RedisJobQueue,
    RedisSessionStore,
    WorkerPolicy,
)
from kundrost.adapters.system import ManualClock
from kundrost.ports.session_store import SessionStore
from kundrost.ports.system import Clock
from tests import services

QUICK_RETRY = OutageRetry(first_wait=0.01, longest_wait=0.05, jitter=0.01, give_up_after=5)
"""A job waits out an outage in hundredths of a second, and gives up after 5 s."""
FAST = WorkerPolicy(
    concurrency=4,
    heartbeat=2,
    sweep_every=1,
    abort_wait=0.5,
    timeout=60,
    grace=2,
    idle_poll=0.2,
    outage_retry=QUICK_RETRY,
)
"""Seconds instead of minutes: a lost job is seen after 2 s and swept within the next 1 s."""


def _glob_escaped(text: str) -> str:
    return re.sub(r"([*?\[\]\\])", r"\\\1", text)


async def delete_keys(connection: RedisConnection) -> int:
    """Deletes every key under the connection's prefix (SCAN + DEL); returns how many."""
    deleted = 0
    client = connection.client
    async for key in client.scan_iter(match=_glob_escaped(connection.prefix) + "*", count=500):
        deleted += await client.delete(key)
    return deleted


async def count_keys(connection: RedisConnection) -> int:
    pattern = _glob_escaped(connection.prefix) + "*"
    return len([key async for key in connection.client.scan_iter(match=pattern, count=500)])


@asynccontextmanager
async def redis_connection(
    purpose: str, *, url: str | None = None
) -> AsyncIterator[RedisConnection]:
    """A started connection on a fresh prefix; its keys are deleted when the block ends."""
    connection = RedisConnection(url or services.redis_url(), prefix=services.key_prefix(purpose))
    await connection.start()
    try:
        yield connection
    finally:
        try:
            await delete_keys(connection)
        finally:
            await connection.close()


@asynccontextmanager
async def redis_cache() -> AsyncIterator[SessionStore]:
    async with redis_connection("cache") as connection:
        yield RedisSessionStore(connection)


@asynccontextmanager
async def started_queue(
    connection: RedisConnection, clock: Clock, *, worker: bool, policy: WorkerPolicy = FAST
) -> AsyncIterator[RedisJobQueue]:
    queue = RedisJobQueue(connection, clock, worker=worker, policy=policy)
    await queue.start()
    try:
        yield queue
    finally:
        await queue.close()


@asynccontextmanager
async def redis_queue_drained(clock: ManualClock) -> AsyncIterator[RedisJobQueue]:
    """The queue's jobs run only when the test drains it, in the test's process."""
    async with (
        redis_connection("queue") as connection,
        started_queue(connection, clock, worker=False) as queue,
    ):
        yield queue
