"""Scheduler: runs each job at its schedule's ticks, one machine per tick, until stopped."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from enum import StrEnum

from attrs import frozen

from kundrost.application.progress import Progress
from kundrost.entrypoints.scheduler.jobs import JobResult, ScheduledJob
from kundrost.ports.system import Clock
from kundrost.ports.tick_claims import TickClaims

log = logging.getLogger("kundrost.scheduler")

WaitUntil = Callable[[datetime], Awaitable[bool]]
"""Waits until the clock reaches the deadline (True), or until the scheduler is asked to
stop (False). Tests drive a manual clock through it instead of sleeping."""

Watch = Callable[[str], Progress]
"""The progress watcher for a run of the named job."""


class Outcome(StrEnum):
    RAN = "ran"
    FAILED = "failed"
    ELSEWHERE = "elsewhere"
    BUSY = "busy"


@frozen
class TickRun:
    """What became of one tick of a job here: run (with its result), failed, claimed by
    another scheduler, or skipped because a run of the job was still going on."""

    job: str
    tick: datetime
    outcome: Outcome
    result: JobResult | None = None


class Scheduler:
    """Computes each enabled job's next tick from the clock, waits for the earliest, and
    starts every job that is due as its own task, so a long weekly run does not hold up
    the minutely retries. A tick runs where `TickClaims` grants it: the (job, tick) claim
    must be won, and the job must not be running anywhere (`running`; a tick that comes
    while its job's previous run goes on is skipped, here or elsewhere). Ticks missed
    while the process was held up run once, as their latest tick. A run that raises is
    logged and the scheduler goes on; the job runs again at its next tick.
    """

    def __init__(
        self,
        jobs: Sequence[ScheduledJob],
        clock: Clock,
        claims: TickClaims,
        watch: Watch,
        *,
        history: int = 1000,
    ) -> None:
        self.jobs = {job.name: job for job in jobs}
        self._clock = clock
        self._claims = claims
        self._watch = watch
        self._next: dict[str, datetime] = {}
        self._tasks: dict[str, asyncio.Task[TickRun]] = {}
        self.history: deque[TickRun] = deque(maxlen=history)
        """The latest ticks and what became of them, newest last."""

    def start(self, now: datetime | None = None) -> None:
        """Sets every enabled job's first tick to its first firing after `now`."""
        now = now or self._clock.now()
        self._next = {
            job.name: job.schedule.next_after(now)
            for job in self.jobs.values()
            if job.schedule is not None
        }

    def next_ticks(self) -> dict[str, datetime]:
        return dict(self._next)

    def deadline(self) -> datetime | None:
        return min(self._next.values(), default=None)

    def launch_due(self, now: datetime | None = None) -> list[asyncio.Task[TickRun]]:
        """Starts a task for each job whose tick has come, and moves its next tick on."""
        now = now or self._clock.now()
        started = []
        for name, due in sorted(self._next.items(), key=lambda item: item[1]):
            if due > now:
                continue
            schedule = self.jobs[name].schedule
            assert schedule is not None, "only enabled jobs have ticks"
            tick, passed, self._next[name] = schedule.latest_until(due, now)
            if passed:
                log.warning("%s: %d ticks were missed; running the latest, %s", name, passed, tick)
            if name in self._tasks:
                log.warning("%s: the run before is still going on; tick %s skipped", name, tick)
                self.history.append(TickRun(name, tick, Outcome.BUSY))
                continue
            task = asyncio.get_running_loop().create_task(self._tracked(name, tick))
            self._tasks[name] = task
            task.add_done_callback(self._finished)
            started.append(task)
        return started

    async def run_due(self, now: datetime | None = None) -> list[TickRun]:
        """Runs every job that is due and waits for them: one step of the loop."""
        return list(await asyncio.gather(*self.launch_due(now)))

    async def idle(self) -> None:
        """Waits until no job is running."""
        while self._tasks:
            await asyncio.wait(list(self._tasks.values()))

    def cancel_running(self) -> None:
        """Cancels the running jobs (a second stop signal): each stops at its next await,
        with the batches it committed kept and the rest left to the next run."""
        for task in list(self._tasks.values()):
            task.cancel()

    async def run(self, wait_until: WaitUntil) -> None:
        """Runs until `wait_until` says stop; then lets the running jobs finish. Starts the
        job's ticks from now unless `start` was called before."""
        if not self._next:
            self.start()
        try:
            while (deadline := self.deadline()) is not None and await wait_until(deadline):
                self.launch_due()
        finally:
            await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    async def run_tick(self, name: str, tick: datetime) -> TickRun:
        # Claim first, then enter: the claim is one short statement, while entering holds a
        # connection for the whole run (PostgreSQL), so claiming inside it could starve.
        if not await self._claims.claim(name, tick):
            log.debug("%s: tick %s ran on another scheduler", name, tick)
            return self._noted(TickRun(name, tick, Outcome.ELSEWHERE))
        async with self._claims.running(name) as free:
            if not free:
                log.warning("%s: still running on another scheduler; tick %s skipped", name, tick)
                return self._noted(TickRun(name, tick, Outcome.BUSY))
            return self._noted(await self.execute(name, tick))

    async def run_now(self, name: str, job: ScheduledJob | None = None) -> TickRun:
        """Runs the job at once, outside its schedule (`--once`): not while it runs
        elsewhere, and without claiming a tick, so its scheduled ticks still run."""
        job = job or self.jobs[name]
        now = self._clock.now()
        async with self._claims.running(name) as free:
            if not free:
                log.warning("%s is running on another scheduler now; try again later", name)
                return TickRun(name, now, Outcome.BUSY)
            return await self.execute(name, now, job)

    async def execute(self, name: str, tick: datetime, job: ScheduledJob | None = None) -> TickRun:
        job = job or self.jobs[name]
        log.info("%s: running (tick %s)", name, tick.isoformat())
        try:
            result = await job.action(tick, self._watch(name))
        except Exception as error:
            log.error("%s: failed: %s", name, type(error).__name__, exc_info=error)
            return TickRun(name, tick, Outcome.FAILED)
        level = logging.WARNING if result.failures else logging.INFO
        log.log(level, "%s: %s", name, result.summary)
        return TickRun(name, tick, Outcome.RAN, result)

    async def _tracked(self, name: str, tick: datetime) -> TickRun:
        try:
            return await self.run_tick(name, tick)
        finally:
            self._tasks.pop(name, None)

    def _finished(self, task: asyncio.Task[TickRun]) -> None:
        """For a task cancelled before it started, whose `finally` never runs."""
        for name, running in list(self._tasks.items()):
            if running is task:
                del self._tasks[name]

    def _noted(self, run: TickRun) -> TickRun:
        self.history.append(run)
        return run
