"""The real worker path: a SAQ worker in this process runs what is enqueued, on time, once;
jobs wait in Redis for a worker; stopping a worker loses no job."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest

from kundrost.adapters.redis import RedisConnection, RedisJobQueue, WorkerPolicy
from kundrost.adapters.system import SystemClock
from kundrost.ports.job_queue import Job, JobKind
from tests.adapters.redis_fixtures import FAST, started_queue

ANALYSE = JobKind.ANALYSE_FEEDBACK
PHONE = "+46701234567"
CUSTOMER_WORDS = "kassörskan på Lindqvists var otrevlig"


def a_job(n: int = 1, **changes: object) -> Job:
    return Job(ANALYSE, {"analysis_id": f"analys-{n}"}, **changes)  # type: ignore[arg-type]


class Recorder:
    """A handler that notes each job it ran, and when."""

    def __init__(self, then: Callable[[Job], Awaitable[None]] | None = None) -> None:
        self.ran: list[tuple[float, Job]] = []
        self.arrived = asyncio.Event()
        self._then = then

    async def __call__(self, job: Job) -> None:
        self.ran.append((time.monotonic(), job))
        self.arrived.set()
        if self._then is not None:
            await self._then(job)

    @property
    def jobs(self) -> list[Job]:
        return [job for _, job in self.ran]


async def eventually(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition did not hold in time"
        await asyncio.sleep(0.05)


async def test_a_worker_runs_a_job_moments_after_it_is_enqueued(
    connection: RedisConnection,
) -> None:
    ran = Recorder()
    async with started_queue(connection, SystemClock(), worker=True) as queue:
        queue.register(ANALYSE, ran)
        enqueued_at = time.monotonic()
        assert await queue.enqueue(a_job(key="analysis:1")) is True
        await asyncio.wait_for(ran.arrived.wait(), 5)
        await queue.drain()
        counts = await queue.counts()
    assert ran.jobs == [a_job(key="analysis:1")]
    assert ran.ran[0][0] - enqueued_at < 1.0
    assert (counts.queued, counts.running, counts.completed) == (0, 0, 1)


async def test_a_worker_runs_a_job_only_once_its_not_before_has_come(
    connection: RedisConnection,
) -> None:
    ran = Recorder()
    clock = SystemClock()
    async with started_queue(connection, clock, worker=True) as queue:
        queue.register(ANALYSE, ran)
        due = clock.now() + timedelta(seconds=2)
        await queue.enqueue(a_job(not_before=due))
        await asyncio.sleep(1.0)
        assert ran.jobs == []
        assert (await queue.counts()).scheduled == 1
        await asyncio.wait_for(ran.arrived.wait(), 5)
    assert ran.jobs == [a_job(not_before=due)]
    assert time.time() >= due.timestamp()


async def test_a_failing_handler_fails_its_job_once_and_no_payload_reaches_the_log(
    connection: RedisConnection, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    attempts = Recorder()
    others = Recorder()

    async def fails(job: Job) -> None:
        await attempts(job)
        raise ValueError(f"{job.payload['phone']} sa: {job.payload['words']}")

    async with started_queue(connection, SystemClock(), worker=True) as queue:
        queue.register(ANALYSE, fails)
        queue.register(JobKind.RETRY_CALL, others)
        failing = Job(ANALYSE, {"phone": PHONE, "words": CUSTOMER_WORDS}, key="analysis:9")
        await queue.enqueue(failing)
        await queue.enqueue(Job(JobKind.RETRY_CALL, {"session_id": "s-1"}))
        await asyncio.wait_for(others.arrived.wait(), 5)
        await queue.drain()
        await asyncio.sleep(FAST.sweep_every + 0.5)
        counts = await queue.counts()
        stored = await connection.client.get(connection.key("jobs:job:analysis:9"))
        assert stored is not None
        record = json.loads(stored)
        runs_of_the_failing_job = len(attempts.ran)
        assert await queue.enqueue(failing) is True
    assert runs_of_the_failing_job == 1
    assert len(others.ran) == 1
    assert (counts.failed, counts.completed, counts.requeued) == (1, 1, 0)
    logged = caplog.text
    assert "analysis:9" in logged
    assert "ValueError" in logged
    assert PHONE not in logged
    assert CUSTOMER_WORDS not in logged
    assert record["status"] == "failed"
    assert "JobFailed: analyse_feedback job failed: ValueError" in record["error"]
    assert CUSTOMER_WORDS not in record["error"]


async def test_jobs_enqueued_while_no_worker_runs_wait_in_redis_for_the_next_worker(
    connection: RedisConnection,
) -> None:
    async with started_queue(connection, SystemClock(), worker=False) as producer:
        for n in range(3):
            await producer.enqueue(a_job(n, key=f"analysis:{n}"))
        assert (await producer.counts()).queued == 3
    ran = Recorder()
    async with started_queue(connection, SystemClock(), worker=True) as worker:
        worker.register(ANALYSE, ran)
        await eventually(lambda: len(ran.ran) == 3)
        await worker.drain()
    assert sorted(job.key or "" for job in ran.jobs) == ["analysis:0", "analysis:1", "analysis:2"]


async def test_stopping_a_worker_lets_its_running_job_finish(connection: RedisConnection) -> None:
    finished: list[Job] = []

    async def slow(job: Job) -> None:
        await asyncio.sleep(0.5)
        finished.append(job)

    ran = Recorder(slow)
    queue = RedisJobQueue(connection, SystemClock(), policy=FAST)
    queue.register(ANALYSE, ran)
    await queue.start()
    await queue.enqueue(a_job(key="analysis:1"))
    await asyncio.wait_for(ran.arrived.wait(), 5)
    await queue.close()
    assert finished == [a_job(key="analysis:1")]
    counts = await queue.counts()
    assert (counts.queued, counts.running, counts.completed) == (0, 0, 1)


async def test_a_job_still_running_when_its_worker_stops_runs_again_on_the_next_worker(
    connection: RedisConnection,
) -> None:
    stuck = asyncio.Event()

    async def first_time_never_ends(job: Job) -> None:
        await stuck.wait()

    first = Recorder(first_time_never_ends)
    brief_grace = WorkerPolicy(
        concurrency=2, heartbeat=2, sweep_every=1, abort_wait=0.5, grace=1, idle_poll=0.2
    )
    async with started_queue(connection, SystemClock(), worker=True, policy=brief_grace) as old:
        old.register(ANALYSE, first)
        await old.enqueue(a_job(key="analysis:1"))
        await asyncio.wait_for(first.arrived.wait(), 5)
    assert (await old.counts()).requeued == 1
    second = Recorder()
    async with started_queue(connection, SystemClock(), worker=True) as new:
        new.register(ANALYSE, second)
        await asyncio.wait_for(second.arrived.wait(), 5)
        await new.drain()
    assert first.jobs == second.jobs == [a_job(key="analysis:1")]
