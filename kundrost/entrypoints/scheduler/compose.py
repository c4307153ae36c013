"""The scheduler's jobs, built from the container's ports and use cases."""

from __future__ import annotations

from kundrost.application.end_stale_calls import EndStaleCalls
from kundrost.application.requeue_stalled_analyses import RequeueStalledAnalyses
from kundrost.application.retry_due_calls import RetryDueCalls
from kundrost.application.weekly_reports_run import RunWeeklyReports
from kundrost.container import Container
from kundrost.domain.week import IsoWeek
from kundrost.entrypoints.scheduler.actions import (
    AnalysisSweeperAction,
    RetentionAction,
    RetriesAction,
    WeeklyReportsAction,
)
from kundrost.entrypoints.scheduler.config import (
    ANALYSIS_SWEEPER,
    RETENTION,
    RETRIES,
    WEEKLY_REPORTS,
    SchedulerConfig,
)
from kundrost.entrypoints.scheduler.jobs import JobAction, ScheduledJob

DESCRIPTIONS = {
    WEEKLY_REPORTS: "the previous ISO week's report of every store, and the missing ones of the "
    "week before",
    RETENTION: "delete expired personal data and low-grade content, anonymise assessments",
    RETRIES: "give up live calls without news, place the automatic retries of failed calls "
    "whose backoff has passed",
    ANALYSIS_SWEEPER: "requeue analysis jobs that have stood still past the timeout",
}


def run_weekly_reports(container: Container, config: SchedulerConfig) -> RunWeeklyReports:
    use_case: RunWeeklyReports = container.run_weekly_reports(zone=config.timezone)
    return use_case


def retry_due_calls(container: Container) -> RetryDueCalls:
    use_case: RetryDueCalls = container.retry_due_calls()
    return use_case


def end_stale_calls(container: Container) -> EndStaleCalls:
    use_case: EndStaleCalls = container.end_stale_calls()
    return use_case


def requeue_stalled_analyses(
    container: Container, config: SchedulerConfig
) -> RequeueStalledAnalyses:
    use_case: RequeueStalledAnalyses = container.requeue_stalled_analyses(
        timeout=config.analysis_timeout
    )
    return use_case


def scheduled_jobs(
    container: Container, config: SchedulerConfig, *, week: IsoWeek | None = None
) -> list[ScheduledJob]:
    """Every job with its schedule; `week` makes the weekly-reports job do that week."""
    actions: dict[str, JobAction] = {
        WEEKLY_REPORTS: WeeklyReportsAction(run_weekly_reports(container, config), week),
        RETENTION: RetentionAction(
            container.cleanup(), container.cleanup_low_grade(), container.tick_claims()
        ),
        RETRIES: RetriesAction(retry_due_calls(container), end_stale_calls(container)),
        ANALYSIS_SWEEPER: AnalysisSweeperAction(requeue_stalled_analyses(container, config)),
    }
    return [
        ScheduledJob(name, config.schedules[name], action, DESCRIPTIONS[name])
        for name, action in actions.items()
    ]
