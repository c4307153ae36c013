"""A finished job is released at once, also when its last heartbeat is on its way to Redis:
redis-py loses a cancellation that arrives during a command, so a heartbeat stopped by
cancelling went on beating and kept its job running until the job's timeout."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest
from saq.job import Status

from kundrost.adapters.redis import RedisConnection
from kundrost.adapters.redis.heartbeat import Heartbeat
from kundrost.adapters.redis.saq_queue import PrefixedJob
from kundrost.adapters.system import SystemClock
from kundrost.ports.job_queue import Job, JobKind
from tests.adapters.redis_fixtures import FAST, started_queue

ANALYSE = JobKind.ANALYSE_FEEDBACK


class CancellationSwallowingJob:
    """A job whose update, like redis-py's commands, eats a cancellation that arrives mid-way."""

    key = "analysis:1"

    def __init__(self) -> None:
        self.updates = 0
        self.in_flight = asyncio.Event()

    async def update(self) -> None:
        self.updates += 1
        self.in_flight.set()
        try:
            await asyncio.sleep(0.2)
        except asyncio.CancelledError:
            pass
        finally:
            self.in_flight.clear()


async def test_a_heartbeat_ends_with_its_block_though_its_beat_swallows_cancellation() -> None:
    job = CancellationSwallowingJob()
    started = time.monotonic()
    async with Heartbeat(job, 0.05):  # type: ignore[arg-type]
        await job.in_flight.wait()
    took = time.monotonic() - started
    beats = job.updates
    await asyncio.sleep(0.3)
    assert took < 1.0
    assert job.updates == beats, "the heartbeat went on beating after its job finished"


async def test_a_heartbeat_leaves_after_the_beat_in_flight_so_none_lands_later() -> None:
    job = CancellationSwallowingJob()
    async with Heartbeat(job, 0.05):  # type: ignore[arg-type]
        await job.in_flight.wait()
    assert not job.in_flight.is_set()


async def test_jobs_that_end_while_their_heartbeat_talks_to_redis_finish_at_once(
    connection: RedisConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    beating: dict[str, asyncio.Event] = {}
    update = PrefixedJob.update

    async def noted_update(self: PrefixedJob, **kwargs: Any) -> None:
        if self.key in beating and not kwargs:
            beating[self.key].set()
        await update(self, **kwargs)

    monkeypatch.setattr(PrefixedJob, "update", noted_update)
    finished: dict[str, float] = {}

    async def ends_during_a_beat(job: Job) -> None:
        assert job.key is not None
        await beating[job.key].wait()
        finished[job.key] = time.monotonic()

    keys = [f"analysis:beat-{n}" for n in range(8)]
    beating.update({key: asyncio.Event() for key in keys})
    async with started_queue(connection, SystemClock(), worker=True) as queue:
        queue.register(ANALYSE, ends_during_a_beat)
        for key in keys:
            await queue.enqueue(Job(ANALYSE, {"analysis_id": key}, key=key))
        deadline = time.monotonic() + FAST.heartbeat * 4
        while time.monotonic() < deadline and (
            len(finished) < len(keys) or await connection.client.llen(queue.name + ":active")
        ):
            await asyncio.sleep(0.05)
        running = await connection.client.llen(queue.name + ":active")
        records = [await connection.client.get(f"{queue.name}:job:{key}") for key in keys]
    assert sorted(finished) == sorted(keys)
    assert running == 0, "finished jobs were still running"
    statuses = [None if record is None else json.loads(record)["status"] for record in records]
    assert statuses == [Status.COMPLETE] * len(keys)
