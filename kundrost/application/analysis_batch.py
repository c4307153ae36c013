"""What a batch of analysis jobs reads in one statement each, instead of one per job."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.call_session import CallSession
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.ids import AnalysisJobId, CallSessionId
from kundrost.domain.similarity import Signature
from kundrost.domain.transcript import Transcript
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWork


class BatchWrites:
    """What a batch stores, written at once at its end: assessments, fraud records and jobs
    are read by none of the batch's later items (deleted transcripts are, so those are
    deleted as each item is graded)."""

    def __init__(self) -> None:
        self.assessments: list[QualityAssessment] = []
        self.fraud_records: list[FraudRecord] = []
        self.jobs: list[AnalysisJob] = []

    async def write(self, uow: UnitOfWork) -> None:
        await uow.assessments.put_many(self.assessments)
        await uow.fraud_records.add_many(self.fraud_records)
        await uow.analysis_jobs.save_many(self.jobs)


@frozen
class BatchReads:
    """The batch's jobs, read after their calls' row locks were taken (so a run of the
    same job that ended meanwhile is seen ended), the calls themselves, and — when read —
    their transcripts or their stored signatures."""

    jobs: dict[AnalysisJobId, AnalysisJob]
    sessions: dict[CallSessionId, CallSession]
    transcripts: dict[CallSessionId, Transcript]
    signatures: dict[CallSessionId, Signature]

    def job(self, analysis_id: AnalysisJobId) -> AnalysisJob:
        found = self.jobs.get(analysis_id)
        if found is None:
            raise NotFound("analysis", analysis_id)
        return found


async def locked_jobs(
    uow: UnitOfWork, analysis_ids: Sequence[AnalysisJobId]
) -> tuple[dict[AnalysisJobId, AnalysisJob], dict[CallSessionId, CallSession]]:
    """The jobs and their calls, the calls locked (in id order) before the jobs are read
    again. `NotFound` for a job that does not exist."""
    first = await uow.analysis_jobs.get_many(analysis_ids)
    for analysis_id in analysis_ids:
        if analysis_id not in first:
            raise NotFound("analysis", analysis_id)
    unfinished = [job for job in first.values() if not job.is_finished]
    if not unfinished:
        return first, {}
    sessions = await uow.sessions.get_many(
        [job.call_session_id for job in unfinished], for_update=True
    )
    again = await uow.analysis_jobs.get_many([job.id for job in unfinished])
    return {**first, **again}, sessions


async def reads_to_start(uow: UnitOfWork, analysis_ids: Sequence[AnalysisJobId]) -> BatchReads:
    """What starting the batch reads: the jobs, their calls locked, their transcripts."""
    jobs, sessions = await locked_jobs(uow, analysis_ids)
    waiting = [job.call_session_id for job in jobs.values() if not job.is_finished]
    transcripts = await uow.transcripts.for_sessions(waiting) if waiting else {}
    return BatchReads(jobs, sessions, transcripts, {})


async def reads_to_grade(
    uow: UnitOfWork, analysis_ids: Sequence[AnalysisJobId], session_ids: Sequence[CallSessionId]
) -> BatchReads:
    """What grading the batch reads first: the calls locked, the jobs, the signatures stored
    with the calls' own transcripts."""
    sessions = await uow.sessions.get_many(session_ids, for_update=True)
    jobs = await uow.analysis_jobs.get_many(analysis_ids)
    signatures = await uow.transcripts.signatures(session_ids)
    return BatchReads(jobs, sessions, {}, signatures)
