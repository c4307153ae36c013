"""Every process that runs the Redis queue's jobs also hands back to the queue the analyses
it lost: stored `queued` while Redis was away (the request succeeded; `enqueue_stored`), or
dropped with Redis's memory. Without this they would wait for the scheduler's sweeper."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import timedelta

from kundrost.application.requeue_stalled_analyses import RequeueStalledAnalyses
from kundrost.container import Container
from kundrost.ports.availability import Unavailable

log = logging.getLogger("kundrost.worker")

SWEEP_EVERY = timedelta(seconds=20)
STALLED_AFTER = timedelta(seconds=30)
"""An analysis that has not moved for this long is offered to the queue again; one the
queue still holds (in a job queued, or running in a worker) is not doubled."""
JUST_BACK = timedelta(seconds=1)
"""After the queue's outage: every analysis unfinished since before it came back."""
BATCH = 200
AFTER_OUTAGE_BATCH = 1000
"""Oldest first, one batch a sweep: what a batch leaves, the next sweep takes."""


async def sweep_lost_enqueues(
    container: Container,
    *,
    every: timedelta = SWEEP_EVERY,
    stalled_after: timedelta = STALLED_AFTER,
) -> None:
    """Runs until cancelled: every `every`, `RequeueStalledAnalyses` with a short timeout,
    and at once when this process sees the queue come back after an outage — then for
    every analysis stored unfinished until that moment, since any of them may have lost
    its enqueue meanwhile. So an analysis is queued again within `every + stalled_after`
    (under a minute) after its services are back, and within a second or two when the
    outage was the queue's. A sweep that meets an outage is skipped (the outage is logged
    by those who wait for it); any other failure is logged and the next sweep tries again."""
    regular: RequeueStalledAnalyses = container.requeue_stalled_analyses(
        timeout=stalled_after, limit=BATCH
    )
    after_outage: RequeueStalledAnalyses = container.requeue_stalled_analyses(
        timeout=JUST_BACK, limit=AFTER_OUTAGE_BATCH
    )
    back = asyncio.Event()
    queue = container.job_queue()
    if hasattr(queue, "when_back"):
        queue.when_back(lambda service: back.set() if service == "queue" else None)
    while True:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(back.wait(), every.total_seconds())
        requeue = after_outage if back.is_set() else regular
        back.clear()
        await _sweep(requeue)


async def _sweep(requeue: RequeueStalledAnalyses) -> None:
    try:
        swept = await requeue()
    except Unavailable:
        return
    except Exception as error:
        log.warning("the sweep of lost analyses failed: %s", type(error).__name__)
        return
    if swept.requeued:
        log.info("queued %d analysis job(s) again that the queue did not hold", swept.requeued)


@contextlib.asynccontextmanager
async def lost_enqueues_swept(container: Container, *, runs_jobs: bool) -> AsyncIterator[None]:
    """Sweeps while the block runs, when this process runs the Redis queue's jobs."""
    if container.config.queue() != "redis" or not runs_jobs:
        yield
        return
    task = asyncio.create_task(sweep_lost_enqueues(container), name="sweep of lost analyses")
    try:
        yield
    finally:
        task.cancel()
        await asyncio.wait({task}, timeout=5)
