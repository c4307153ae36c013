"""AnalysisJob: the asynchronous analysis of one call's feedback, as a client polls it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from attrs import evolve, field, frozen

from kundrost.domain.errors import InvalidTransition, InvalidValue
from kundrost.domain.ids import AnalysisJobId, AssessmentId, CallSessionId
from kundrost.domain.validation import aware, instance_of, text_length


class JobStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"


class AnalysisStage(StrEnum):
    """Where a running analysis is: the analyzer reads, the checks judge, the grade decides."""

    QUEUED = "queued"
    ANALYSING = "analysing"
    FRAUD_CHECKS = "fraud_checks"
    GRADING = "grading"
    DONE = "done"


_NEXT: dict[JobStatus, frozenset[JobStatus]] = {
    JobStatus.QUEUED: frozenset({JobStatus.PROCESSING, JobStatus.FAILED}),
    JobStatus.PROCESSING: frozenset({JobStatus.PROCESSING, JobStatus.COMPLETED, JobStatus.FAILED}),
    JobStatus.COMPLETED: frozenset(),
    JobStatus.FAILED: frozenset(),
}


@frozen(kw_only=True)
class AnalysisJob:
    """One analysis run: queued, processing through its stages, then completed with the
    assessment it produced or failed with a message. A forced re-analysis is a new job."""

    id: AnalysisJobId
    call_session_id: CallSessionId
    status: JobStatus = field(default=JobStatus.QUEUED, validator=instance_of(JobStatus))
    stage: AnalysisStage = field(default=AnalysisStage.QUEUED, validator=instance_of(AnalysisStage))
    assessment_id: AssessmentId | None = None
    error_message: str | None = field(default=None, validator=text_length(1, 500))
    created_at: datetime = field(validator=aware)
    updated_at: datetime = field(validator=aware)

    def __attrs_post_init__(self) -> None:
        if (self.status is JobStatus.COMPLETED) != (self.assessment_id is not None):
            raise InvalidValue("assessment_id", "exactly a completed job names its assessment")
        if (self.status is JobStatus.FAILED) != (self.error_message is not None):
            raise InvalidValue("error_message", "exactly a failed job has an error message")

    @classmethod
    def queued(
        cls, id: AnalysisJobId, call_session_id: CallSessionId, now: datetime
    ) -> AnalysisJob:
        return cls(id=id, call_session_id=call_session_id, created_at=now, updated_at=now)

    @property
    def is_finished(self) -> bool:
        return self.status in (JobStatus.COMPLETED, JobStatus.FAILED)

    def at_stage(self, stage: AnalysisStage, now: datetime) -> AnalysisJob:
        return self._move(JobStatus.PROCESSING, now, stage=stage)

    def completed(self, assessment_id: AssessmentId, now: datetime) -> AnalysisJob:
        return self._move(
            JobStatus.COMPLETED, now, stage=AnalysisStage.DONE, assessment_id=assessment_id
        )

    def failed(self, message: str, now: datetime) -> AnalysisJob:
        return self._move(JobStatus.FAILED, now, error_message=message[:500])

    def _move(self, to: JobStatus, now: datetime, **changes: object) -> AnalysisJob:
        if to not in _NEXT[self.status]:
            raise InvalidTransition(self.status.value, to.value, analysis_id=str(self.id))
        if now < self.updated_at:
            raise InvalidValue("now", "is before the job's last change")
        return evolve(self, status=to, updated_at=now, **changes)  # type: ignore[arg-type]
