"""The scheduler's loop: ticks, missed ticks, overlapping runs, failures and stopping."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest

from kundrost.adapters.memory.tick_claims import MemoryTickClaims
from kundrost.adapters.system import ManualClock
from kundrost.application.progress import Progress
from kundrost.entrypoints.scheduler.jobs import JobResult, ScheduledJob
from kundrost.entrypoints.scheduler.loop import Outcome, Scheduler
from kundrost.entrypoints.scheduler.progress import LogProgress
from kundrost.entrypoints.scheduler.schedule import Schedule
from kundrost.entrypoints.scheduler.signals import StopSignals
from tests.scheduler.simulation import run_until

START = datetime(2026, 11, 26, 9, 0, 30, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


class Job:
    """A job that notes the ticks it ran for; it can fail, or wait until it is let go."""

    def __init__(self, *, fails_at: set[datetime] | None = None) -> None:
        self.ticks: list[datetime] = []
        self.fails_at = fails_at or set()
        self.release: asyncio.Event | None = None
        self.started = asyncio.Event()

    async def __call__(self, tick: datetime, progress: Progress) -> JobResult:
        self.started.set()
        if self.release is not None:
            await self.release.wait()
        if tick in self.fails_at:
            raise RuntimeError("the job broke")
        self.ticks.append(tick)
        return JobResult(f"ran for {tick:%H:%M}")


def minutely(action: Job, name: str = "retries", expression: str = "* * * * *") -> ScheduledJob:
    return ScheduledJob(name, Schedule(expression, "UTC"), action, "a test job")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


def scheduler(clock: ManualClock, *jobs: ScheduledJob) -> Scheduler:
    return Scheduler(jobs, clock, MemoryTickClaims(), LogProgress)


def minute(n: int) -> datetime:
    return START.replace(second=0) + n * MINUTE


async def test_a_job_runs_at_each_of_its_ticks_with_the_tick_it_was_scheduled_for(
    clock: ManualClock,
) -> None:
    job = Job()
    loop = scheduler(clock, minutely(job))

    await run_until(loop, clock, minute(3))

    assert job.ticks == [minute(1), minute(2), minute(3)]


async def test_ticks_missed_while_the_process_was_held_up_run_once_as_the_latest(
    clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    job = Job()
    loop = scheduler(clock, minutely(job))
    loop.start()
    clock.set(minute(10) + timedelta(seconds=5))

    with caplog.at_level(logging.WARNING, logger="kundrost.scheduler"):
        runs = await loop.run_due()

    assert [(run.tick, run.outcome) for run in runs] == [(minute(10), Outcome.RAN)]
    assert loop.next_ticks() == {"retries": minute(11)}
    assert "9 ticks were missed" in caplog.text


async def test_a_job_that_raises_is_logged_and_runs_again_at_its_next_tick(
    clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    job = Job(fails_at={minute(2)})
    loop = scheduler(clock, minutely(job), minutely(Job(), "retention", "*/2 * * * *"))

    with caplog.at_level(logging.ERROR, logger="kundrost.scheduler"):
        await run_until(loop, clock, minute(3))

    assert job.ticks == [minute(1), minute(3)]
    assert [(r.job, r.outcome) for r in loop.history if r.tick == minute(2)] == [
        ("retries", Outcome.FAILED),
        ("retention", Outcome.RAN),
    ]
    assert "retries: failed: RuntimeError" in caplog.text


async def test_a_tick_that_comes_while_the_job_still_runs_is_skipped(clock: ManualClock) -> None:
    slow, quick = Job(), Job()
    slow.release = asyncio.Event()
    loop = scheduler(clock, minutely(slow, "weekly-reports"), minutely(quick))
    loop.start()

    clock.set(minute(1))
    loop.launch_due()
    await slow.started.wait()
    while not quick.ticks:
        await asyncio.sleep(0)
    clock.set(minute(2))
    await asyncio.gather(*loop.launch_due())
    slow.release.set()
    await loop.idle()

    assert slow.ticks == [minute(1)]
    assert quick.ticks == [minute(1), minute(2)]
    assert [(r.job, r.tick, r.outcome) for r in loop.history if r.job == "weekly-reports"] == [
        ("weekly-reports", minute(2), Outcome.BUSY),
        ("weekly-reports", minute(1), Outcome.RAN),
    ]


async def test_a_switched_off_job_never_runs(clock: ManualClock) -> None:
    off = Job()
    loop = scheduler(clock, ScheduledJob("retries", None, off, "off"), minutely(Job(), "other"))

    await run_until(loop, clock, minute(5))

    assert off.ticks == []
    assert "retries" not in loop.next_ticks()


async def test_a_run_by_hand_takes_no_tick_so_the_scheduled_one_still_runs(
    clock: ManualClock,
) -> None:
    job = Job()
    loop = scheduler(clock, minutely(job))
    loop.start()

    by_hand = await loop.run_now("retries")
    clock.set(minute(1))
    scheduled = await loop.run_due()

    assert (by_hand.outcome, by_hand.tick) == (Outcome.RAN, START)
    assert [run.outcome for run in scheduled] == [Outcome.RAN]
    assert job.ticks == [START, minute(1)]


async def test_a_run_by_hand_waits_for_no_one_while_the_job_runs_elsewhere(
    clock: ManualClock,
) -> None:
    claims = MemoryTickClaims()
    job = Job()
    loop = Scheduler([minutely(job)], clock, claims, LogProgress)

    async with claims.running("retries"):
        run = await loop.run_now("retries")

    assert run.outcome is Outcome.BUSY
    assert job.ticks == []


async def test_a_stop_lets_the_running_job_finish_and_then_the_loop_ends(
    clock: ManualClock,
) -> None:
    job = Job()
    job.release = asyncio.Event()
    loop = scheduler(clock, minutely(job))
    signals = StopSignals(clock, loop.cancel_running)

    async def wait_until(deadline: datetime) -> bool:
        await asyncio.sleep(0)
        if signals.stop.is_set():
            return False
        clock.set(deadline)
        return True

    running = asyncio.create_task(loop.run(wait_until))
    await job.started.wait()
    signals.received()
    await asyncio.sleep(0)
    assert not running.done()
    job.release.set()
    await asyncio.wait_for(running, 1)

    assert job.ticks == [minute(1)]
    assert [run.tick for run in loop.history if run.outcome is Outcome.RAN] == [minute(1)]


async def test_a_second_stop_cancels_the_running_job(clock: ManualClock) -> None:
    job = Job()
    job.release = asyncio.Event()
    loop = scheduler(clock, minutely(job))
    signals = StopSignals(clock, loop.cancel_running)

    async def wait_until(deadline: datetime) -> bool:
        await asyncio.sleep(0)
        if signals.stop.is_set():
            return False
        clock.set(deadline)
        return True

    running = asyncio.create_task(loop.run(wait_until))
    await job.started.wait()
    signals.received()
    signals.received()
    await asyncio.wait_for(running, 1)

    assert job.ticks == []


async def test_waiting_ends_at_the_deadline_or_at_once_on_a_stop(clock: ManualClock) -> None:
    signals = StopSignals(clock, lambda: None)

    reached = await signals.wait_until(START - MINUTE)
    pending = asyncio.create_task(signals.wait_until(START + timedelta(hours=1)))
    await asyncio.sleep(0)
    signals.received()

    assert reached is True
    assert await asyncio.wait_for(pending, 1) is False
