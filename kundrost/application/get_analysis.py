"""GetAnalysis: where an analysis job is, and the assessment it produced once completed."""

from __future__ import annotations

from attrs import frozen

from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.ids import AnalysisJobId
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory


@frozen
class AnalysisView:
    """A polled analysis: the job, and its assessment when it completed and is still kept."""

    job: AnalysisJob
    assessment: QualityAssessment | None = None


@frozen
class GetAnalysis:
    new_uow: UnitOfWorkFactory

    async def __call__(self, analysis_id: AnalysisJobId) -> AnalysisView:
        async with self.new_uow() as uow:
            job = await uow.analysis_jobs.get(analysis_id)
            if job is None:
                raise NotFound("analysis", analysis_id)
            if job.assessment_id is None:
                return AnalysisView(job)
            return AnalysisView(job, await uow.assessments.get(job.assessment_id))
