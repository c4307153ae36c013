"""InProcessJobQueue: background jobs run by this process's event loop."""

from __future__ import annotations

import asyncio
import heapq
import logging
from collections import deque
from datetime import datetime

from kundrost.adapters.job_retries import OutageRetry
from kundrost.adapters.outages import OutageLog
from kundrost.adapters.system.clocks import SystemClock
from kundrost.ports.job_queue import BATCH, Job, JobHandler, JobKind
from kundrost.ports.system import Clock

logger = logging.getLogger(__name__)

_RECHECK_SECONDS = 1.0
"""How often waiting jobs look at the clock again at the latest: a `ManualClock` moves
without the event loop knowing."""
GRACE_SECONDS = 20.0
"""How long `close` lets running jobs finish before it cancels them."""
_GATHERED = "gathered"


class NoHandler(LookupError):
    """A job of a kind nobody registered a handler for."""


class InProcessJobQueue:
    """`ports.JobQueue` and `ports.JobRunner` in one process, for the embedded default.

    With `autostart`, an accepted job that is due starts at once as an asyncio task, and a
    job with `not_before` in the future starts when the clock reaches it. Without it, jobs
    run only in `drain`, one after another in the order they became due, which makes demos
    and tests deterministic. A handler that raises is recorded in `failures` and logged
    (kind, key and error type, never the payload); other jobs go on. A handler that meets
    an unavailable service runs again with backoff (`retry`) until it gets through. A job's
    key is taken from enqueue until its run ends, and free again after. A gathering job
    joins the waiting one of its kind until that one starts or holds `batch` items; its
    item is refused while a job holds it (waiting or running), as a key is. `close` lets the
    running jobs finish (up to `grace` seconds), so a process that stops — a `--once`
    scheduler run among them — does not leave work half done.
    """

    def __init__(
        self,
        clock: Clock | None = None,
        *,
        autostart: bool = True,
        retry: OutageRetry | None = None,
        grace: float = GRACE_SECONDS,
        batch: int = BATCH,
    ) -> None:
        if batch < 1:
            raise ValueError(f"batch must be at least 1, got {batch}")
        self._clock = clock or SystemClock()
        self._autostart = autostart
        self._retry = retry or OutageRetry()
        self._outages = OutageLog(logger, "jobs wait and retry")
        self._grace = grace
        self._handlers: dict[JobKind, JobHandler] = {}
        self._waiting: list[tuple[datetime, int, Job]] = []
        self._ready: deque[Job] = deque()
        self._running: set[asyncio.Task[None]] = set()
        self._draining = 0
        self._keys: set[str] = set()
        self._failures: list[tuple[Job, str]] = []
        self._serial = 0
        self._timer: asyncio.TimerHandle | None = None
        self._batch = batch
        self._gathering: dict[JobKind, str] = {}
        self._gathered: dict[str, list[str]] = {}
        self._held: set[tuple[JobKind, str]] = set()

    def register(self, kind: JobKind, handler: JobHandler) -> None:
        """Sets the handler of `kind`, replacing an earlier one."""
        self._handlers[kind] = handler

    async def enqueue(self, job: Job) -> bool:
        if job.gathers:
            return self._gather(job)
        if job.key is not None:
            if job.key in self._keys:
                return False
            self._keys.add(job.key)
        if job.not_before is not None and job.not_before > self._clock.now():
            self._serial += 1
            heapq.heappush(self._waiting, (job.not_before, self._serial, job))
        else:
            self._ready.append(job)
        if self._autostart:
            self._start_due()
        return True

    def _gather(self, job: Job) -> bool:
        """Adds the job's items to the waiting job of its kind, or queues a new one; an item
        held by a job that waits or runs is refused."""
        items = [item for item in dict.fromkeys(job.items) if (job.kind, item) not in self._held]
        if not items:
            return False
        self._held.update((job.kind, item) for item in items)
        waiting = self._gathering.get(job.kind)
        if waiting is not None:
            gathered = self._gathered[waiting]
            gathered.extend(items)
            if len(gathered) >= self._batch:
                del self._gathering[job.kind]
            return True
        self._serial += 1
        token = f"{job.kind.value}:{self._serial}"
        self._gathered[token] = items
        if len(items) < self._batch:
            self._gathering[job.kind] = token
        self._ready.append(Job(job.kind, {_GATHERED: token}, items=items, gathers=True))
        if self._autostart:
            self._start_due()
        return True

    def _started(self, job: Job) -> Job:
        """A gathering job as it starts: what it gathered, and no longer gathering more."""
        if not job.gathers:
            return job
        token = job.payload[_GATHERED]
        if self._gathering.get(job.kind) == token:
            del self._gathering[job.kind]
        return Job(job.kind, items=self._gathered.pop(token), gathers=True)

    async def drain(self, until: datetime | None = None) -> None:
        """Runs every job due by `until` (or by now), including jobs that running jobs
        enqueue, and returns when none that is due is left to run."""
        while True:
            self._promote(until)
            if self._ready:
                self._draining += 1
                try:
                    await self._run(self._ready.popleft())
                finally:
                    self._draining -= 1
            elif self._running:
                await asyncio.wait(set(self._running))
            else:
                return

    async def start(self) -> None:
        """Nothing to connect: jobs start as they come."""

    async def close(self) -> None:
        """Waits up to `grace` seconds for the running jobs (and the jobs they enqueue and
        start meanwhile), then cancels what is left."""
        deadline = asyncio.get_running_loop().time() + self._grace
        while self._running:
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                for task in self._running:
                    task.cancel()
                logger.warning("%d running job(s) cancelled at close", len(self._running))
                await asyncio.wait(set(self._running), timeout=1.0)
                return
            await asyncio.wait(set(self._running), timeout=left)

    @property
    def batch(self) -> int:
        """The most items a gathering job carries."""
        return self._batch

    def pending(self) -> int:
        """Jobs accepted and not finished: waiting for their time, due, or running."""
        return len(self._waiting) + len(self._ready) + len(self._running) + self._draining

    @property
    def failures(self) -> list[tuple[Job, str]]:
        """Each failed job with the `repr` of what it raised, oldest first."""
        return list(self._failures)

    def _promote(self, until: datetime | None = None) -> None:
        now = self._clock.now()
        horizon = now if until is None else max(now, until)
        while self._waiting and self._waiting[0][0] <= horizon:
            self._ready.append(heapq.heappop(self._waiting)[2])

    def _start_due(self) -> None:
        self._promote()
        while self._ready:
            task = asyncio.get_running_loop().create_task(self._run(self._ready.popleft()))
            self._running.add(task)
            task.add_done_callback(self._running.discard)
        self._schedule_wake()

    def _schedule_wake(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._waiting:
            delay = (self._waiting[0][0] - self._clock.now()).total_seconds()
            self._timer = asyncio.get_running_loop().call_later(
                min(max(delay, 0.0), _RECHECK_SECONDS), self._start_due
            )

    async def _run(self, job: Job) -> None:
        job = self._started(job)
        try:
            handler = self._handlers.get(job.kind)
            if handler is None:
                raise NoHandler(f"no handler is registered for {job.kind.value} jobs")
            await self._retry.run(handler, job, self._outages)
        except Exception as error:
            self._failures.append((job, repr(error)))
            logger.warning(
                "job %s (key %s) failed: %s", job.kind.value, job.key, type(error).__name__
            )
        finally:
            if job.key is not None:
                self._keys.discard(job.key)
            self._held.difference_update((job.kind, item) for item in job.items)
