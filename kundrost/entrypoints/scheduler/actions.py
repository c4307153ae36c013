"""What each job does when it runs, and the line it logs: the use cases, called in order."""

from __future__ import annotations

from datetime import datetime, timedelta

from attrs import frozen

from kundrost.application.cleanup import Cleanup
from kundrost.application.cleanup_low_grade import CleanupLowGrade
from kundrost.application.end_stale_calls import EndStaleCalls
from kundrost.application.progress import Progress
from kundrost.application.requeue_stalled_analyses import RequeueStalledAnalyses
from kundrost.application.retry_due_calls import RetryDueCalls
from kundrost.application.weekly_reports_run import RunWeeklyReports, WeeklyReportsSummary
from kundrost.domain.week import IsoWeek
from kundrost.entrypoints.scheduler.jobs import JobResult
from kundrost.ports.tick_claims import TickClaims

TICK_HISTORY = timedelta(days=7)
"""How long tick claims are kept: longer than any schedule's gap, for the operator to read."""


def _week_line(summary: WeeklyReportsSummary, catch_up: bool) -> str:
    if catch_up:
        if not summary.stores:
            return f"catch-up of {summary.week}: no store had feedback that week"
        prefix = f"catch-up of {summary.week}: {summary.stores} stores with feedback"
    else:
        if not summary.stores:
            return (
                f"week {summary.week}: no store has a business context or feedback that week, "
                "nothing to generate"
            )
        prefix = f"week {summary.week}: {summary.stores} stores"
    failed = f", {len(summary.failed)} failed" if summary.failed else ""
    emails = f", {summary.emails_queued} e-mails queued" if summary.emails_queued else ""
    return (
        f"{prefix}, {summary.generated} generated, {summary.existing} already done{failed}{emails}"
    )


@frozen
class WeeklyReportsAction:
    """The previous ISO week of the tick (and the catch-up of the week before), or one
    given week for every store when an operator names it."""

    run: RunWeeklyReports
    week: IsoWeek | None = None

    async def __call__(self, tick: datetime, progress: Progress) -> JobResult:
        if self.week is not None:
            summaries = [await self.run(self.week, progress=progress)]
        else:
            summaries = await self.run.scheduled(tick, progress=progress)
        lines = [_week_line(summary, catch_up=index > 0) for index, summary in enumerate(summaries)]
        return JobResult("; ".join(lines), sum(len(summary.failed) for summary in summaries))


@frozen
class RetentionAction:
    """Expired personal data and records, low-grade content, then old tick claims."""

    cleanup: Cleanup
    cleanup_low_grade: CleanupLowGrade
    claims: TickClaims

    async def __call__(self, tick: datetime, progress: Progress) -> JobResult:
        progress.started(3)
        expired = await self.cleanup()
        progress.advanced()
        low_grade = await self.cleanup_low_grade()
        progress.advanced()
        forgotten = await self.claims.forget_before(tick - TICK_HISTORY)
        progress.advanced()
        return JobResult(
            f"{expired.sessions_deleted} expired sessions deleted with their transcripts, "
            f"{expired.assessments_anonymised} assessments anonymised, "
            f"{expired.fraud_records_deleted} fraud records and "
            f"{expired.quality_metrics_deleted} call quality records deleted "
            f"({expired.batches} batches); {low_grade.deleted_count} low-grade transcripts "
            f"deleted, {low_grade.anonymized_count} assessments stripped of content, "
            f"{low_grade.preserved_count} transcripts kept; {forgotten} old tick claims forgotten"
        )


@frozen
class RetriesAction:
    """Live calls without news are given up first, so a pending attempt given up now is
    retried as soon as its backoff allows."""

    retry_due_calls: RetryDueCalls
    end_stale_calls: EndStaleCalls

    async def __call__(self, tick: datetime, progress: Progress) -> JobResult:
        stale = await self.end_stale_calls(progress=progress)
        sweep = await self.retry_due_calls(progress=progress)
        return JobResult(
            f"{sweep.examined} failed calls with attempts left, {sweep.due} due: "
            f"{sweep.placed} placed, {sweep.failed} failed, {sweep.refused} no longer "
            f"retryable; {stale.given_up} live calls given up without news "
            f"({stale.examined} live past the shortest limit)",
            sweep.failed,
        )


@frozen
class AnalysisSweeperAction:
    requeue: RequeueStalledAnalyses

    async def __call__(self, tick: datetime, progress: Progress) -> JobResult:
        sweep = await self.requeue(progress=progress)
        more = " (more left for the next run)" if sweep.more else ""
        return JobResult(
            f"{sweep.found} stalled analyses: {sweep.requeued} requeued, "
            f"{sweep.still_queued} still waiting in the queue, {sweep.given_up} given up{more}"
        )
