"""Cleanup: retention expiry — delete or anonymise every record whose time is up, in batches."""

from __future__ import annotations

from datetime import datetime

from attrs import field, frozen

from kundrost.application.batches import (
    Batch,
    checked_batch_size,
    elapsed_ms,
    run_batches,
    valid_batch_size,
)
from kundrost.domain.retention import RetentionPolicy
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory


@frozen
class CleanupReport:
    sessions_deleted: int
    assessments_anonymised: int
    fraud_records_deleted: int
    quality_metrics_deleted: int
    batches: int
    execution_time_ms: int
    dry_run: bool


@frozen
class Cleanup:
    """Apply the retention policy as of now.

    Assessments older than the personal-data period are anonymised; expired call sessions
    go with their transcripts, signatures and the words reports quote from them (personal
    data, 90 days after the call ended), and an assessment of such a call that is not yet 90
    days old (made after the call ended) is anonymised with it, counted with the sessions;
    fraud records go after a year and call quality metrics after half a year; weekly reports
    stay, without the words of calls that are gone. Each kind
    is deleted in batches of `batch_size` (1–10,000), each batch committed on its own; a dry
    run does the same work in one unit of work that is rolled back and reports the counts.
    `batches` counts the batches that changed at least one record.
    """

    new_uow: UnitOfWorkFactory
    clock: Clock
    retention: RetentionPolicy = field(factory=RetentionPolicy)
    batch_size: int = field(default=1000, validator=valid_batch_size)

    async def __call__(
        self, *, dry_run: bool = False, batch_size: int | None = None
    ) -> CleanupReport:
        size = self.batch_size if batch_size is None else checked_batch_size(batch_size)
        started = self.clock.now()
        works = _works(started, self.retention)
        assessments, sessions, frauds, metrics = await run_batches(
            self.new_uow, works, size, dry_run=dry_run
        )
        return CleanupReport(
            sessions_deleted=sessions.done,
            assessments_anonymised=assessments.done,
            fraud_records_deleted=frauds.done,
            quality_metrics_deleted=metrics.done,
            batches=sum(count.batches for count in (sessions, assessments, frauds, metrics)),
            execution_time_ms=elapsed_ms(started, self.clock.now()),
            dry_run=dry_run,
        )


def _works(now: datetime, retention: RetentionPolicy) -> list[Batch]:
    async def sessions(uow: UnitOfWork, limit: int) -> int:
        return await uow.sessions.delete_expired(now, limit)

    async def assessments(uow: UnitOfWork, limit: int) -> int:
        return await uow.assessments.anonymise_created_before(now - retention.personal_data, limit)

    async def fraud_records(uow: UnitOfWork, limit: int) -> int:
        return await uow.fraud_records.delete_created_before(now - retention.fraud_records, limit)

    async def quality_metrics(uow: UnitOfWork, limit: int) -> int:
        cutoff = now - retention.call_quality_metrics
        return await uow.quality_metrics.delete_recorded_before(cutoff, limit)

    return [assessments, sessions, fraud_records, quality_metrics]
