"""RequestAnalysis: queue the analysis of a recorded call, at most one at a time per call."""

from __future__ import annotations

from attrs import field, frozen

from kundrost.application.analysis_queue import enqueue_stored
from kundrost.application.calls_common import visible_session
from kundrost.domain.analysability import AnalysabilityPolicy, require_analysable
from kundrost.domain.analysis_job import AnalysisJob, JobStatus
from kundrost.domain.ids import AnalysisJobId, CallSessionId
from kundrost.ports.job_queue import JobQueue
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.unit_of_work import UnitOfWorkFactory

_REUSED = frozenset({JobStatus.QUEUED, JobStatus.PROCESSING, JobStatus.COMPLETED})


@frozen
class RequestAnalysis:
    """Queue a new analysis job for a session, or return the one it already has.

    Without `force`, a session whose latest job is queued, processing or completed gets that
    job back, so a client that repeats its request gets the same answer (also after a
    low-grade feedback's transcript was deleted). A new job (after a failed one, or forced)
    needs an analysable call: completed, with its transcript, 60–120 s of Swedish. A job that
    is still queued is handed to the queue again: the queue drops it while it is pending,
    and it runs if an earlier enqueue was lost after the job was stored.
    """

    new_uow: UnitOfWorkFactory
    queue: JobQueue
    clock: Clock
    ids: IdGenerator
    analysability: AnalysabilityPolicy = field(factory=AnalysabilityPolicy)

    async def __call__(self, session_id: CallSessionId, *, force: bool = False) -> AnalysisJob:
        async with self.new_uow() as uow:
            session = await visible_session(uow, session_id, self.clock)
            latest = await uow.analysis_jobs.latest_for_session(session_id)
            if latest is not None and latest.status in _REUSED and not force:
                job = latest
            else:
                transcript = await uow.transcripts.for_session(session_id)
                require_analysable(
                    session.status, transcript, self.analysability, erased=session.is_erased
                )
                job = AnalysisJob.queued(
                    AnalysisJobId(self.ids.new()), session_id, self.clock.now()
                )
                await uow.analysis_jobs.add(job)
                await uow.commit()
        if job.status is JobStatus.QUEUED:
            await enqueue_stored(self.queue, job)
        return job
