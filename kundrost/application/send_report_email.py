"""SendReportEmail: one store's weekly report to the addresses in its business context."""

from __future__ import annotations

import logging
from enum import StrEnum

from attrs import field, frozen

from kundrost.application.report_email_queue import email_job, report_id_of
from kundrost.domain.ids import ReportId
from kundrost.domain.report_email import ReportEmailPolicy
from kundrost.ports.errors import NotFound
from kundrost.ports.job_queue import Job, JobQueue
from kundrost.ports.report_mail import ReportDigest, ReportEmails, ReportMailer
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("kundrost.reports.email")

REPORT_PATH = "/api/ai/business/reports/{report_id}"


class EmailOutcome(StrEnum):
    SENT = "sent"
    NO_RECIPIENTS = "no_recipients"
    ALREADY_HANDLED = "already_handled"
    RETRY_QUEUED = "retry_queued"
    GIVEN_UP = "given_up"


@frozen
class SendReportEmail:
    """Sends the report's e-mail (headline figures, the most urgent recommendations and a
    link to its page under `public_url`) once: the send is claimed in `records` first, so a
    rerun of the weekly job, a duplicate job or a second worker finds it sent or under way
    and does nothing. A failed send is recorded and queued again after the policy's next
    delay; after the last it is given up until the weekly job runs again. Logs name the
    store, week and attempt, never an address."""

    new_uow: UnitOfWorkFactory
    records: ReportEmails
    mailer: ReportMailer
    queue: JobQueue
    clock: Clock
    public_url: str
    policy: ReportEmailPolicy = field(factory=ReportEmailPolicy)

    async def handle(self, job: Job) -> None:
        await self(report_id_of(job))

    async def __call__(self, report_id: ReportId) -> EmailOutcome:
        async with self.new_uow() as uow:
            report = await uow.reports.get(report_id)
            if report is None:
                raise NotFound("weekly report", report_id)
            context = await uow.contexts.get(report.store_id)
        recipients = context.report_recipients if context else ()
        if not recipients:
            return EmailOutcome.NO_RECIPIENTS
        subject = f"weekly report e-mail of store {report.store_id}, {report.week}"
        attempt = await self.records.claim(
            report.id, report.store_id, self.clock.now(), self.policy.lease
        )
        if attempt is None:
            log.info("%s: already sent or being sent, nothing to do", subject)
            return EmailOutcome.ALREADY_HANDLED
        digest = ReportDigest(
            report,
            context.store_name if context else None,
            self.public_url.rstrip("/") + REPORT_PATH.format(report_id=report.id),
            self.policy.top_recommendations,
        )
        try:
            await self.mailer.send_report(recipients, digest)
        except Exception as error:
            return await self._failed(report_id, attempt, type(error).__name__, subject)
        await self.records.sent(report.id, attempt, self.clock.now())
        log.info("%s: sent to %d recipients (attempt %d)", subject, len(recipients), attempt)
        return EmailOutcome.SENT

    async def _failed(
        self, report_id: ReportId, attempt: int, error: str, subject: str
    ) -> EmailOutcome:
        now = self.clock.now()
        await self.records.failed(report_id, attempt, now, error)
        delay = self.policy.retry_after(attempt)
        if delay is None:
            log.error(
                "%s: attempt %d of %d failed (%s); given up until the weekly job runs again",
                subject,
                attempt,
                self.policy.max_attempts,
                error,
            )
            return EmailOutcome.GIVEN_UP
        await self.queue.enqueue(email_job(report_id, attempt + 1, not_before=now + delay))
        log.warning(
            "%s: attempt %d failed (%s); trying again at %s",
            subject,
            attempt,
            error,
            (now + delay).isoformat(timespec="seconds"),
        )
        return EmailOutcome.RETRY_QUEUED
