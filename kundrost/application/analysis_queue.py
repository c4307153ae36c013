"""How an analysis job travels through the job queue: as an item of a gathering queue job,
which carries the analyses enqueued while it waited (up to the queue's batch size)."""

from __future__ import annotations

import logging
from uuid import UUID

from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.ids import AnalysisJobId
from kundrost.ports.availability import Unavailable
from kundrost.ports.job_queue import Job, JobKind, JobQueue

log = logging.getLogger(__name__)

ANALYSIS_ID = "analysis_id"
"""A queue job of one analysis, as jobs enqueued before gathering carry it."""


def queue_job_for(job: AnalysisJob) -> Job:
    """The queue job that runs `job`: an item of the waiting analysis job, so a second
    enqueue of the same job while it waits is a no-op."""
    return Job.gathering(JobKind.ANALYSE_FEEDBACK, str(job.id))


def analysis_ids_of(job: Job) -> list[AnalysisJobId]:
    """The analyses a queue job carries: its items, or the one of an earlier release's job."""
    if job.gathers:
        return [AnalysisJobId(UUID(item)) for item in job.items]
    return [AnalysisJobId(UUID(job.payload[ANALYSIS_ID]))]


async def enqueue_stored(queue: JobQueue, job: AnalysisJob) -> None:
    """Hands a job that is stored `queued` to the queue. While the queue is away the job
    stays stored as it is, and the sweep of lost enqueues (`RequeueStalledAnalyses`, run
    by every worker) hands it over once the queue is back: what the request stored is
    safe, so the request does not fail for it."""
    try:
        await queue.enqueue(queue_job_for(job))
    except Unavailable:
        log.debug("analysis %s stays stored as queued: the queue is unavailable", job.id)
