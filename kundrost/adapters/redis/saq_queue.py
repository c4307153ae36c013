"""SAQ's Redis queue fitted to kundrost: keys under the prefix, time from the `Clock`, no
payloads in its log lines, and a sweep of lost jobs that never runs a job twice."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import time
import typing as t
from datetime import datetime

from redis.asyncio import Redis
from redis.commands.core import AsyncScript
from redis.exceptions import RedisError
from saq.job import Job as SaqJob
from saq.job import Status
from saq.queue.redis import PubSubMultiplexer, RedisQueue

from kundrost.adapters.outages import OutageLog
from kundrost.adapters.redis.connection import AWAY
from kundrost.ports.availability import Unavailable
from kundrost.ports.system import Clock

logger = logging.getLogger(__name__)

SWEPT = "lost its worker"
DEQUEUE_BACKOFF_SECONDS = 1.0
DEQUEUE_WARNING_EVERY_SECONDS = 30.0

_PROMOTE = """
if ARGV[1] ~= '0' and not redis.call('SET', KEYS[1], 1, 'NX', 'EX', ARGV[1]) then
    return {}
end
local due = redis.call('ZRANGEBYSCORE', KEYS[2], 1, ARGV[2])
for _, id in ipairs(due) do
    redis.call('ZADD', KEYS[2], 0, id)
    redis.call('RPUSH', KEYS[3], id)
end
return due
"""
"""SAQ's own scheduling script, with the time and an optional lock passed in: scheduled jobs
whose time has come move to the end of the queued list (score 0 marks them moved)."""

_RUNNING = """
if not redis.call('SET', KEYS[1], 1, 'NX', 'EX', ARGV[1]) then
    return {}
end
local found = {}
for i, id in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
    found[i] = {id, redis.call('GET', id)}
end
return found
"""
"""The running jobs with their records, for one sweeper of the fleet per `lock` seconds."""


class PrefixedJob(SaqJob):
    """A SAQ job whose abort marker lives under the queue's keys, and whose description in
    SAQ's logs never shows its arguments, which are kundrost's payloads."""

    @property
    def abort_id(self) -> str:
        return f"{self.get_queue().name}:abort:{self.key}"

    def info(self, full: bool = False) -> str:
        return super().info(False)


class PrefixedQueue(RedisQueue):
    """`saq.queue.redis.RedisQueue` whose keys all start with `name` (kundrost's prefix +
    `jobs`) and whose scheduled jobs fall due by `clock`, so a `ManualClock` schedules them
    in tests exactly as the system clock does in production.

    Keys: `<name>:queued` (list, waiting), `<name>:active` (list, running),
    `<name>:incomplete` (sorted set of every unfinished job by its time),
    `<name>:job:<key>` (the job), `<name>:abort:<key>`, `<name>:schedule` and `<name>:sweep`
    (locks), `<name>:stats` and `<name>:worker_info:<id>` (live workers).
    """

    def __init__(
        self,
        redis: Redis,
        name: str,
        clock: Clock,
        *,
        abort_wait: float,
        outages: OutageLog | None = None,
    ) -> None:
        super().__init__(redis, name=name, load=json.loads, swept_error_message=SWEPT)
        self._clock = clock
        self._outages = outages or OutageLog(logger, "jobs wait in Redis")
        self._abort_wait = abort_wait
        self._promote: AsyncScript | None = None
        self._running: AsyncScript | None = None
        self._suspects: dict[bytes, float] = {}
        self._warned_at = -DEQUEUE_WARNING_EVERY_SECONDS
        self.waiting: set[asyncio.Task[t.Any]] = set()
        """The tasks waiting for a job now, which a stopping worker may cancel at once."""
        # SAQ builds its listener for `saq:job:<name>*`; job updates are published under
        # the prefix here, so the listener must be too.
        self._pubsub = PubSubMultiplexer(redis.pubsub(), prefix=self.job_id(""))

    def namespace(self, key: str) -> str:
        return f"{self.name}:{key}"

    def job_id(self, job_key: str) -> str:
        return f"{self.name}:job:{job_key}"

    def job_key_from_id(self, job_id: str) -> str:
        return job_id[len(self.job_id("")) :]

    def deserialize(
        self, payload: dict[str, t.Any] | str | bytes | None, status: Status | str | None = None
    ) -> PrefixedJob | None:
        if not payload:
            return None
        fields = dict(payload) if isinstance(payload, dict) else json.loads(payload)
        if fields.pop("queue") != self.name:
            raise ValueError(f"a job of another queue was read by {self.name}")
        if status:
            fields["status"] = status
        return PrefixedJob(**fields, queue=self)

    async def dequeue(self, timeout: float = 0.0, poll_interval: float = 0.0) -> PrefixedJob | None:
        """SAQ's dequeue, which pauses and says so when Redis refuses (unreachable, or an
        ACL without INFO or BLMOVE): SAQ's worker would silently retry at once, forever.
        Redis away is an outage, logged once when it starts and once when a dequeue gets
        through again; any other refusal is logged every 30 seconds."""
        task = asyncio.current_task()
        if task is not None:
            self.waiting.add(task)
        try:
            job = t.cast(PrefixedJob | None, await super().dequeue(timeout, poll_interval))
            if self._outages.is_down("queue"):
                self._outages.recovered("queue")
            return job
        except (RedisError, OSError) as error:
            if task is not None and task.cancelling():
                raise  # a stopping worker cancelled the wait; the client reports it as an error
            if isinstance(error, AWAY):
                self._outages.failed(Unavailable("queue", error))
            elif time.monotonic() - self._warned_at >= DEQUEUE_WARNING_EVERY_SECONDS:
                self._warned_at = time.monotonic()
                logger.warning(
                    "%s: cannot take jobs from Redis (%s: %s)",
                    self.name,
                    type(error).__name__,
                    error,
                )
            await asyncio.sleep(DEQUEUE_BACKOFF_SECONDS)
            raise
        finally:
            if task is not None:
                self.waiting.discard(task)

    async def schedule(self, lock: int = 1) -> list[str]:
        """The worker's periodic scheduling: at most once per `lock` seconds in the fleet."""
        return await self.promote(self._clock.now(), lock=lock)

    async def promote(self, horizon: datetime, *, lock: int = 0) -> list[str]:
        """Queues the scheduled jobs due by `horizon`; returns their ids."""
        if self._promote is None:
            self._promote = self.redis.register_script(_PROMOTE)
        keys = [self.namespace(name) for name in ("schedule", "incomplete", "queued")]
        due = await self._promote(keys=keys, args=[lock, math.floor(horizon.timestamp())])
        return [job_id.decode("utf-8") for job_id in due or []]

    async def sweep(self, lock: int = 60, abort: float = 5.0) -> list[str]:
        """Queues again the running jobs whose worker is gone; returns their ids.

        SAQ's own sweep also takes a job that a worker has just dequeued and not yet marked
        active for lost, and queues a job again that finished while it waited: both run a
        job twice. Here a job is lost when it is active and missed its heartbeat (or ran past
        its timeout), or when it stays in the running list unmarked for a heartbeat; and a
        job that finishes while the sweep waits `abort_wait` for its worker stays finished.
        """
        if self._running is None:
            self._running = self.redis.register_script(_RUNNING)
        active, incomplete = self.namespace("active"), self.namespace("incomplete")
        found = await self._running(keys=[self.namespace("sweep"), active], args=[lock])
        swept: list[str] = []
        lost: list[PrefixedJob] = []
        unmarked: set[bytes] = set()
        for job_id, payload in found:
            job = self.deserialize(payload)
            if job is None:
                async with self.redis.pipeline(transaction=True) as pipe:
                    pipe.lrem(active, 0, job_id)
                    pipe.zrem(incomplete, job_id)
                    await pipe.execute()
            elif not self._lost(job_id, job, unmarked):
                continue
            else:
                lost.append(job)
            swept.append(job_id.decode("utf-8"))
        self._suspects = {job_id: at for job_id, at in self._suspects.items() if job_id in unmarked}
        # together: each waits `abort_wait` for a live worker to give its job up, and a dead
        # worker's ten jobs would otherwise take ten waits
        await asyncio.gather(*(self._run_again(job) for job in lost))
        return swept

    def _lost(self, job_id: bytes, job: PrefixedJob, unmarked: set[bytes]) -> bool:
        if job.status == Status.ACTIVE:
            return job.stuck
        unmarked.add(job_id)
        first_seen = self._suspects.setdefault(job_id, time.monotonic())
        return time.monotonic() - first_seen >= max(job.heartbeat, 1)

    async def _run_again(self, job: PrefixedJob) -> None:
        logger.warning(
            "job %s (%s, attempt %d of %d) lost its worker",
            job.key,
            job.function,
            job.attempts,
            job.retries,
        )
        await self.abort(job, error=SWEPT)
        with contextlib.suppress(TimeoutError):
            await job.refresh(self._abort_wait)
        if job.status in (Status.COMPLETE, Status.FAILED):
            return
        if job.retryable:
            await self.retry(job, error=SWEPT)
        else:
            await self.finish(job, Status.ABORTED, error=SWEPT)

    async def close_notifications(self) -> None:
        """Stops listening for job updates, also when Redis is gone; the client itself
        belongs to the connection."""
        with contextlib.suppress(RedisError, OSError):
            await self._pubsub.close()
        await self._pubsub.pubsub.aclose()
