"""RedisJobQueue: background jobs in Redis through SAQ, run by any process of the fleet."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from attrs import frozen
from redis.exceptions import RedisError
from saq import Worker

from kundrost.adapters.outages import OutageLog
from kundrost.adapters.redis.connection import Reaching, RedisConnection
from kundrost.adapters.redis.gathering import GATHERED, Gathering
from kundrost.adapters.redis.heartbeat import Heartbeat
from kundrost.adapters.redis.job_mapping import job_of, saq_job_of
from kundrost.adapters.redis.saq_queue import PrefixedJob, PrefixedQueue
from kundrost.adapters.redis.saq_worker import PatientWorker, quiet_upkeep
from kundrost.adapters.redis.worker_policy import WorkerPolicy
from kundrost.ports.job_queue import BATCH, Job, JobHandler, JobKind
from kundrost.ports.system import Clock

logger = logging.getLogger(__name__)

QUEUE_NAME = "jobs"
"""Under the connection's prefix: the queue's keys start with `kundrost:jobs:`."""
_DRAIN_POLL_SECONDS = 0.02
_QUEUE = Reaching("queue")


class NoHandler(LookupError):
    """A job of a kind nobody registered a handler for."""


class JobFailed(Exception):
    """What SAQ records of a handler's error: the kind and the error's type, never its text,
    which may quote the payload or the customer."""


@frozen
class QueueCounts:
    """Jobs in Redis now (`queued`, `running`, `scheduled` for later) and the jobs this
    process finished since it started (`completed`, `failed`, `requeued`, `aborted`)."""

    queued: int
    running: int
    scheduled: int
    completed: int
    failed: int
    requeued: int
    aborted: int


class RedisJobQueue:
    """`ports.JobQueue` and `ports.JobRunner` over SAQ's Redis queue.

    `enqueue` stores the job in Redis; its key stays taken while the job is queued, scheduled
    or running, so a duplicate is refused. With `worker`, `start` runs a SAQ worker in this
    process (as `kundrost serve` does by default); `run_worker` runs one in the foreground
    (`kundrost worker`). Every worker beats for its running jobs; a job whose worker died
    is queued again by the next sweep and runs on another worker (see `WorkerPolicy`). A
    handler that raises fails its job only — logged with kind, key and error type, never the
    payload — and is not run again, unless what it raised is the port's `Unavailable`: then
    it runs again in the same worker with backoff until the service is back
    (`WorkerPolicy.outage_retry`). `enqueue` raises `Unavailable("queue")` while Redis is
    away. A gathering job's item joins the queue job of its kind that has not started yet,
    up to `batch` items (`Gathering`). `drain` runs due jobs in this process, for tests.
    """

    def __init__(
        self,
        connection: RedisConnection,
        clock: Clock,
        *,
        worker: bool = True,
        policy: WorkerPolicy | None = None,
        name: str = QUEUE_NAME,
        batch: int = BATCH,
    ) -> None:
        self._clock = clock
        self._worker_enabled = worker
        self._policy = policy or WorkerPolicy()
        self._handlers: dict[JobKind, JobHandler] = {}
        self._outages = OutageLog(logger, "jobs wait and retry")
        self._queue = PrefixedQueue(
            connection.client,
            connection.key(name),
            clock,
            abort_wait=self._policy.abort_wait,
            outages=self._outages,
        )
        settings = self._policy.job_settings
        self._gathering = Gathering(
            connection.client,
            self._queue.name,
            batch=batch,
            hold=settings.timeout * settings.attempts + settings.heartbeat,
        )
        self._worker: Worker[Any] | None = None
        self._running: asyncio.Task[None] | None = None
        self._drainer: Worker[Any] | None = None

    @property
    def policy(self) -> WorkerPolicy:
        """How this queue's workers run jobs (`KUNDROST_WORKER_CONCURRENCY` sets how many)."""
        return self._policy

    @property
    def name(self) -> str:
        """The SAQ queue name, which every key of the queue starts with."""
        return self._queue.name

    def when_back(self, listener: Callable[[str], None]) -> None:
        """Calls `listener(service)` when a service this process's jobs met away (Redis
        itself: `"queue"`; or one a job waited for) is back."""
        self._outages.when_back(listener)

    def register(self, kind: JobKind, handler: JobHandler) -> None:
        """Sets the handler of `kind`, replacing an earlier one."""
        self._handlers[kind] = handler

    @property
    def batch(self) -> int:
        """The most items a gathering job carries (`KUNDROST_QUEUE_BATCH`)."""
        return self._gathering.batch

    async def enqueue(self, job: Job) -> bool:
        with _QUEUE:
            if job.gathers:
                accepted = [await self._gather(job.kind, item) for item in job.items]
                return any(accepted)
            saq_job = saq_job_of(job, self._clock.now(), self._policy.job_settings)
            return await self._queue.enqueue(saq_job) is not None

    async def _gather(self, kind: JobKind, item: str) -> bool:
        joined = await self._gathering.join(kind, item)
        if joined is not None:
            return joined
        token = await self._gathering.open(kind, item)
        if token is None:
            return False
        settings = self._policy.job_settings
        await self._queue.enqueue(
            PrefixedJob(
                function=kind.value,
                key=token,
                heartbeat=settings.heartbeat,
                timeout=settings.timeout,
                retries=settings.attempts,
                ttl=settings.keep,
                meta={GATHERED: token},
            )
        )
        return True

    async def start(self) -> None:
        await self._queue.connect()
        if self._worker_enabled:
            await self._start_worker()

    async def close(self) -> None:
        """Stops this process's worker: running jobs get `grace` seconds to finish, then are
        cancelled and queued again for another worker."""
        await self._stop_worker()
        await self._queue.close_notifications()

    async def run_worker(self) -> None:
        """Runs jobs until cancelled, then stops as `close` does."""
        await self._start_worker()
        try:
            await asyncio.Event().wait()
        finally:
            await self._stop_worker()

    async def drain(self, until: datetime | None = None) -> None:
        """Returns when no job due by `until` (or now) is queued or running, jobs enqueued
        meanwhile included. Without a worker in this process, runs them itself, one after
        another; with one, waits for the workers."""
        while True:
            now = self._clock.now()
            await self._queue.promote(now if until is None else max(now, until))
            if self._running is None:
                if not await self._queue.count("queued"):
                    return
                await self._draining_worker().process()
            elif await self._queue.count("queued") or await self._queue.count("active"):
                await asyncio.sleep(_DRAIN_POLL_SECONDS)
            else:
                return

    async def counts(self) -> QueueCounts:
        queued = await self._queue.count("queued")
        running = await self._queue.count("active")
        unfinished = await self._queue.count("incomplete")
        return QueueCounts(
            queued,
            running,
            max(unfinished - queued - running, 0),
            self._queue.complete,
            self._queue.failed,
            self._queue.retried,
            self._queue.aborted,
        )

    async def _start_worker(self) -> None:
        if self._running is not None:
            return
        self._worker = self._new_worker()
        self._running = asyncio.create_task(self._worker.start(), name=f"{self.name} worker")
        # Worker.start sets itself up before its first suspension; let it, so that a stop
        # right after this start finds it listening.
        await asyncio.sleep(0)

    async def _stop_worker(self) -> None:
        """Takes no new job; idle tasks end within `idle_poll` (their wait for a job), running
        jobs get `grace` seconds to finish, then SAQ cancels them and queues them again. A
        job taken at the very moment of the stop stays in the running list, where the sweep
        finds it."""
        worker, running = self._worker, self._running
        if worker is None or running is None:
            return
        self._worker = self._running = None
        worker.event.set()
        for task in list(worker.tasks):
            if task in self._queue.waiting:
                task.cancel()
        await _cancelled([task for task in worker.tasks if task.get_name() != "process"])
        await worker.stop()
        await asyncio.gather(running, return_exceptions=True)

    def _new_worker(self) -> Worker[Any]:
        quiet_upkeep()
        policy = self._policy
        worker: Worker[Any] = PatientWorker(
            self._queue,
            functions=[(kind.value, partial(self._perform, kind)) for kind in JobKind],
            concurrency=policy.concurrency,
            timers={"schedule": 1, "abort": 1, "sweep": policy.sweep_every, "worker_info": 10},
            dequeue_timeout=policy.idle_poll,
            shutdown_grace_period_s=policy.grace,
            cancellation_hard_deadline_s=3.0,
        )
        # The process owns SIGINT and SIGTERM (uvicorn, `kundrost worker`), not the worker.
        worker.SIGNALS = []
        return worker

    def _draining_worker(self) -> Worker[Any]:
        if self._drainer is None:
            self._drainer = self._new_worker()
        return self._drainer

    async def _perform(self, kind: JobKind, context: dict[str, Any], /, **payload: str) -> None:
        saq_job: PrefixedJob = context["job"]
        job = job_of(kind, payload, saq_job.meta)
        token = saq_job.meta.get(GATHERED)
        if token is not None:
            # before the handler's own errors are caught: Redis away here is a lost run
            # of this job, which SAQ runs again
            items = await self._gathering.take(kind, token)
            if not items:
                return
            ended = False  # a cancelled job is queued again, and holds its items meanwhile
            try:
                await self._run(kind, Job(kind, items=items, gathers=True), saq_job)
                ended = True
            except asyncio.CancelledError:
                raise
            except BaseException:
                ended = True
                raise
            finally:
                if ended:
                    with contextlib.suppress(RedisError, OSError):
                        await self._gathering.release(kind, items)
            return
        await self._run(kind, job, saq_job)

    async def _run(self, kind: JobKind, job: Job, saq_job: PrefixedJob) -> None:
        async with Heartbeat(saq_job, self._policy.beat_every):
            try:
                handler = self._handlers.get(kind)
                if handler is None:
                    raise NoHandler(f"no handler is registered for {kind.value} jobs")
                await self._policy.outage_retry.run(handler, job, self._outages)
            except Exception as error:
                # Only a lost worker's job runs again: a handler's own error would repeat.
                saq_job.retries = saq_job.attempts
                logger.warning(
                    "job %s (key %s) failed: %s", kind.value, job.key, type(error).__name__
                )
                raise JobFailed(f"{kind.value} job failed: {type(error).__name__}") from None


async def _cancelled(tasks: list[asyncio.Task[Any]]) -> None:
    """Cancels `tasks` until they are done: SAQ's upkeep loops swallow a cancellation that
    arrives while they talk to Redis, and would then sleep out their period."""
    while pending := [task for task in tasks if not task.done()]:
        for task in pending:
            task.cancel()
        await asyncio.wait(pending, timeout=_DRAIN_POLL_SECONDS)
