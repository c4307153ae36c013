"""InProcessJobQueue beyond the contract: starting at once, failures, pending, quiet logs."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.system import ManualClock, SystemClock
from kundrost.ports.job_queue import Job, JobKind
from tests.adapters.storage_builders import START

ANALYSE = JobKind.ANALYSE_FEEDBACK
SECRET = "+46701234567"


def a_job(key: str | None = None) -> Job:
    return Job(ANALYSE, {"phone": SECRET}, key=key)


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_with_autostart_an_accepted_job_starts_without_a_drain() -> None:
    queue = InProcessJobQueue(ManualClock(START))
    ran = asyncio.Event()

    async def handle(job: Job) -> None:
        ran.set()

    queue.register(ANALYSE, handle)
    await queue.enqueue(a_job())
    await asyncio.wait_for(ran.wait(), timeout=1)


async def test_with_autostart_a_waiting_job_starts_when_the_clock_reaches_it() -> None:
    clock = SystemClock()
    queue = InProcessJobQueue(clock)
    ran = asyncio.Event()

    async def handle(job: Job) -> None:
        ran.set()

    queue.register(ANALYSE, handle)
    await queue.enqueue(Job(ANALYSE, not_before=clock.now() + timedelta(milliseconds=100)))
    await settle()
    assert not ran.is_set()
    await asyncio.wait_for(ran.wait(), timeout=2)


async def test_without_autostart_jobs_run_only_in_drain_in_the_order_they_came() -> None:
    queue = InProcessJobQueue(ManualClock(START), autostart=False)
    ran: list[str] = []

    async def handle(job: Job) -> None:
        ran.append(job.payload["n"])

    queue.register(ANALYSE, handle)
    for n in "abc":
        await queue.enqueue(Job(ANALYSE, {"n": n}))
    await settle()
    assert ran == []
    assert queue.pending() == 3
    await queue.drain()
    assert ran == ["a", "b", "c"]
    assert queue.pending() == 0


async def test_pending_counts_waiting_and_running_jobs() -> None:
    clock = ManualClock(START)
    queue = InProcessJobQueue(clock)
    release = asyncio.Event()

    async def handle(job: Job) -> None:
        await release.wait()

    queue.register(ANALYSE, handle)
    await queue.enqueue(a_job())
    await queue.enqueue(Job(ANALYSE, not_before=START + timedelta(hours=1)))
    await settle()
    assert queue.pending() == 2
    release.set()
    await queue.drain()
    assert queue.pending() == 1


@pytest.mark.parametrize("autostart", [True, False])
async def test_failures_are_recorded_with_the_job_and_logged_without_its_payload(
    autostart: bool, caplog: pytest.LogCaptureFixture
) -> None:
    queue = InProcessJobQueue(ManualClock(START), autostart=autostart)

    async def broken(job: Job) -> None:
        raise RuntimeError("analyzer unreachable")

    queue.register(ANALYSE, broken)
    failing, unhandled = a_job("analysis:1"), Job(JobKind.WEEKLY_REPORT, {"phone": SECRET})
    with caplog.at_level(logging.WARNING):
        await queue.enqueue(failing)
        await queue.enqueue(unhandled)
        await queue.drain()

    assert [job for job, _ in queue.failures] == [failing, unhandled]
    assert "analyzer unreachable" in queue.failures[0][1]
    assert "weekly_report" in queue.failures[1][1]
    assert "analysis:1" in caplog.text
    assert SECRET not in caplog.text


async def test_failures_answers_a_copy() -> None:
    queue = InProcessJobQueue(ManualClock(START), autostart=False)
    await queue.enqueue(a_job())
    await queue.drain()
    queue.failures.clear()
    assert len(queue.failures) == 1
