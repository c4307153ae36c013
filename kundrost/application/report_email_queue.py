"""How a weekly report's e-mail travels through the job queue, and the step that queues it."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from attrs import frozen

from kundrost.domain.ids import ReportId
from kundrost.ports.job_queue import Job, JobKind, JobQueue

REPORT_ID = "report_id"


def email_job(report_id: ReportId, attempt: int = 1, not_before: datetime | None = None) -> Job:
    """The job that sends the report's e-mail; each attempt has a key of its own, so a retry
    can be queued while the failed attempt's job is still ending."""
    key = f"report-email:{report_id}" if attempt == 1 else f"report-email:{report_id}:{attempt}"
    return Job(
        JobKind.SEND_REPORT_EMAIL, {REPORT_ID: str(report_id)}, key=key, not_before=not_before
    )


def report_id_of(job: Job) -> ReportId:
    return ReportId(UUID(job.payload[REPORT_ID]))


@frozen
class QueueReportEmail:
    """After the weekly job has a store's report: queue its e-mail. Queueing is cheap and
    safe to repeat: the send itself skips a report already sent or being sent."""

    queue: JobQueue

    async def __call__(self, report_id: ReportId) -> bool:
        return await self.queue.enqueue(email_job(report_id))
