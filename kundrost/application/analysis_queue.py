"""How an analysis job travels through the job queue: one queue job per analysis job."""

from __future__ import annotations

from uuid import UUID

from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.ids import AnalysisJobId
from kundrost.ports.job_queue import Job, JobKind

ANALYSIS_ID = "analysis_id"


def queue_job_for(job: AnalysisJob) -> Job:
    """The queue job that runs `job`; its key makes a second enqueue of the same job a no-op."""
    return Job(JobKind.ANALYSE_FEEDBACK, {ANALYSIS_ID: str(job.id)}, key=f"analysis:{job.id}")


def analysis_id_of(job: Job) -> AnalysisJobId:
    return AnalysisJobId(UUID(job.payload[ANALYSIS_ID]))
