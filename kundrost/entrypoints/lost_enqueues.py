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
queue still holds (queued, or running in a worker) keeps its key and is not doubled."""
BATCH = 200


async def sweep_lost_enqueues(
    container: Container,
    *,
    every: timedelta = SWEEP_EVERY,
    stalled_after: timedelta = STALLED_AFTER,
) -> None:
    """Runs until cancelled: every `every`, `RequeueStalledAnalyses` with a short timeout.
    So an analysis is queued again within `every + stalled_after` (under a minute) after
    the queue and the storage are both back. A sweep that meets an outage is skipped (the
    outage is logged by those who wait for it); any other failure is logged and the next
    sweep tries again."""
    requeue: RequeueStalledAnalyses = container.requeue_stalled_analyses(
        timeout=stalled_after, limit=BATCH
    )
    while True:
        await asyncio.sleep(every.total_seconds())
        try:
            swept = await requeue()
        except Unavailable:
            continue
        except Exception as error:
            log.warning("the sweep of lost analyses failed: %s", type(error).__name__)
            continue
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
