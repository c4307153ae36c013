"""How an analysis job travels through the job queue: one queue job per analysis job."""

from __future__ import annotations

import logging
from uuid import UUID

from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.ids import AnalysisJobId
from kundrost.ports.availability import Unavailable
from kundrost.ports.job_queue import Job, JobKind, JobQueue

log = logging.getLogger(__name__)

ANALYSIS_ID = "analysis_id"


def queue_job_for(job: AnalysisJob) -> Job:
    """The queue job that runs `job`; its key makes a second enqueue of the same job a no-op."""
    return Job(JobKind.ANALYSE_FEEDBACK, {ANALYSIS_ID: str(job.id)}, key=f"analysis:{job.id}")


def analysis_id_of(job: Job) -> AnalysisJobId:
    return AnalysisJobId(UUID(job.payload[ANALYSIS_ID]))


async def enqueue_stored(queue: JobQueue, job: AnalysisJob) -> None:
    """Hands a job that is stored `queued` to the queue. While the queue is away the job
    stays stored as it is, and the sweep of lost enqueues (`RequeueStalledAnalyses`, run
    by every worker) hands it over once the queue is back: what the request stored is
    safe, so the request does not fail for it."""
    try:
        await queue.enqueue(queue_job_for(job))
    except Unavailable:
        log.debug("analysis %s stays stored as queued: the queue is unavailable", job.id)
