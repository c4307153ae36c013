"""Heartbeat: a running job's sign of life, so no sweep takes it for lost while its worker lives."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from types import TracebackType

from saq.job import Job as SaqJob

logger = logging.getLogger("kundrost.adapters.redis.job_queue")

LAST_BEAT_SECONDS = 5.0
"""How long a finished job waits for a beat already on its way to Redis."""


class Heartbeat:
    """`async with Heartbeat(job, every):` touches `job` in Redis every `every` seconds
    while the block runs, and on leaving waits for the beat in flight, if any.

    It is stopped by an event, not by cancelling its task: redis-py loses a cancellation
    that arrives during a command (about one in two in a tight loop), and the beat would
    then go on — and a job whose handler waits for its beat to end would stay running
    until its timeout. Waiting for the last beat keeps it from writing the job back as
    active after SAQ has finished it. A failing beat is logged once per run of failures.
    """

    def __init__(self, job: SaqJob, every: float) -> None:
        self._job = job
        self._every = every
        self._done = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> None:
        self._task = asyncio.create_task(self._beat(), name=f"heartbeat {self._job.key}")

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._done.set()
        task = self._task
        if task is None:
            return
        await asyncio.wait({task}, timeout=LAST_BEAT_SECONDS)
        if not task.done():
            task.cancel()

    async def _beat(self) -> None:
        failing = False
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._done.wait(), self._every)
                return
            try:
                await self._job.update()
            except Exception as error:
                if not failing:
                    logger.warning(
                        "job %s: heartbeat failed: %s", self._job.key, type(error).__name__
                    )
                failing = True
            else:
                failing = False
