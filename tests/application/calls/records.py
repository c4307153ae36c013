"""Putting records into the embedded store and reading them back, one unit of work each."""

from __future__ import annotations

from datetime import timedelta

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.domain.transcript import Transcript
from kundrost.ports.job_queue import Job, JobKind
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.unit.call_builders import CALLED_AT

NOW = CALLED_AT + timedelta(hours=1)
"""Where the tests' clock starts: after every change the call builders make."""


async def put(
    new_uow: UnitOfWorkFactory,
    *records: CallSession | Transcript | QualityAssessment | BusinessContext,
) -> None:
    async with new_uow() as uow:
        for record in records:
            match record:
                case CallSession():
                    await uow.sessions.add(record)
                case Transcript():
                    await uow.transcripts.add(record)
                case QualityAssessment():
                    await uow.assessments.put(record)
                case BusinessContext():
                    await uow.contexts.put(record)
        await uow.commit()


async def session_of(new_uow: UnitOfWorkFactory, session_id: CallSessionId) -> CallSession | None:
    async with new_uow() as uow:
        return await uow.sessions.get(session_id)


async def transcript_of(new_uow: UnitOfWorkFactory, session_id: CallSessionId) -> Transcript | None:
    async with new_uow() as uow:
        return await uow.transcripts.for_session(session_id)


async def job_of(new_uow: UnitOfWorkFactory, session_id: CallSessionId) -> AnalysisJob | None:
    async with new_uow() as uow:
        return await uow.analysis_jobs.latest_for_session(session_id)


async def metrics_of(
    new_uow: UnitOfWorkFactory, session_id: CallSessionId
) -> CallQualityMetrics | None:
    async with new_uow() as uow:
        return await uow.quality_metrics.for_session(session_id)


async def assessment_of(
    new_uow: UnitOfWorkFactory, session_id: CallSessionId
) -> QualityAssessment | None:
    async with new_uow() as uow:
        return await uow.assessments.for_session(session_id)


async def queued_jobs(queue: InProcessJobQueue) -> list[Job]:
    """The analysis jobs waiting in a queue that does not start them by itself, run by a
    handler that only takes note of them."""
    seen: list[Job] = []

    async def note(job: Job) -> None:
        seen.append(job)

    queue.register(JobKind.ANALYSE_FEEDBACK, note)
    await queue.drain()
    return seen
