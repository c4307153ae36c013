"""CleanupLowGrade: delete every transcript that should not have been kept, in batches."""

from __future__ import annotations

from attrs import define, field, frozen

from kundrost.application.batches import (
    checked_batch_size,
    elapsed_ms,
    run_batches,
    valid_batch_size,
)
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import CallSessionId
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory


@frozen
class LowGradeCleanup:
    deleted_count: int
    anonymized_count: int
    preserved_count: int
    execution_time_ms: int
    dry_run: bool


def keeps_transcript(session: CallSession | None, assessment: QualityAssessment | None) -> bool:
    """A transcript is kept while its feedback qualifies, or while a completed call still
    awaits its analysis. Any other (the call abandoned or failed, the feedback fraudulent or
    low-grade, the session gone) should have been deleted at once."""
    if session is None or session.status is not CallStatus.COMPLETED:
        return False
    return assessment is None or assessment.qualifies


def holds_words(assessment: QualityAssessment) -> bool:
    """Feedback that does not qualify keeps no words; one that still does must lose them."""
    return not assessment.qualifies and not (
        assessment.content_deleted and assessment.is_anonymised
    )


@define
class _Walk:
    """Where a walk over the transcripts is, and what it has done so far."""

    after: CallSessionId | None = None
    deleted: int = 0
    anonymised: int = 0
    preserved: int = 0

    async def batch(self, uow: UnitOfWork, limit: int) -> int:
        session_ids = await uow.transcripts.session_ids(after=self.after, limit=limit)
        if not session_ids:
            return 0
        sessions = await uow.sessions.get_many(session_ids)
        assessments = await uow.assessments.for_sessions(session_ids)
        for session_id in session_ids:
            assessment = assessments.get(session_id)
            if keeps_transcript(sessions.get(session_id), assessment):
                self.preserved += 1
            elif await uow.transcripts.delete_for_session(session_id):
                self.deleted += 1
            if assessment is not None and holds_words(assessment):
                await uow.assessments.put(assessment.without_content())
                self.anonymised += 1
        self.after = session_ids[-1]
        return len(session_ids)


@frozen
class CleanupLowGrade:
    """Walk every kept transcript, in ascending session order, `batch_size` (1–10,000) at a
    time, each batch committed on its own, and delete those `keeps_transcript` refuses;
    assessments of feedback that does not qualify and still holds words lose them. A dry
    run does the same walk in one unit of work that is rolled back and reports the counts.
    """

    new_uow: UnitOfWorkFactory
    clock: Clock
    batch_size: int = field(default=1000, validator=valid_batch_size)

    async def __call__(
        self, *, dry_run: bool = False, batch_size: int | None = None
    ) -> LowGradeCleanup:
        size = self.batch_size if batch_size is None else checked_batch_size(batch_size)
        started = self.clock.now()
        walk = _Walk()
        await run_batches(self.new_uow, [walk.batch], size, dry_run=dry_run)
        return LowGradeCleanup(
            deleted_count=walk.deleted,
            anonymized_count=walk.anonymised,
            preserved_count=walk.preserved,
            execution_time_ms=elapsed_ms(started, self.clock.now()),
            dry_run=dry_run,
        )
