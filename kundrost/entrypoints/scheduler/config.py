"""The scheduler's configuration: when each job runs, in which zone, read from the environment."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from zoneinfo import ZoneInfo

from attrs import frozen

from kundrost.entrypoints.scheduler.schedule import Schedule, ScheduleError

WEEKLY_REPORTS = "weekly-reports"
RETENTION = "retention"
RETRIES = "retries"
ANALYSIS_SWEEPER = "analysis-sweeper"

DEFAULT_EXPRESSIONS: dict[str, str] = {
    WEEKLY_REPORTS: "0 3 * * MON",
    RETENTION: "0 * * * *",
    RETRIES: "* * * * *",
    ANALYSIS_SWEEPER: "*/5 * * * *",
}
"""Monday 03:00 (the previous ISO week), hourly, every minute, every five minutes."""

JOB_NAMES = tuple(DEFAULT_EXPRESSIONS)
DEFAULT_TIMEZONE = "Europe/Stockholm"
DEFAULT_ANALYSIS_TIMEOUT = timedelta(minutes=15)
OFF = frozenset({"off", "never", "disabled", "none"})


def variable_of(job: str) -> str:
    """`KUNDROST_SCHEDULE_WEEKLY_REPORTS` for `weekly-reports`."""
    return "KUNDROST_SCHEDULE_" + job.upper().replace("-", "_")


@frozen
class SchedulerConfig:
    """The schedule of every job (None: the job is switched off), all read on one zone's
    wall clock, and how long an analysis may stand still before the sweeper requeues it."""

    schedules: dict[str, Schedule | None]
    timezone: str = DEFAULT_TIMEZONE
    analysis_timeout: timedelta = DEFAULT_ANALYSIS_TIMEOUT

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def defaults(cls) -> SchedulerConfig:
        return cls.from_env({})

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> SchedulerConfig:
        """`KUNDROST_SCHEDULER_TIMEZONE` (Europe/Stockholm), `KUNDROST_SCHEDULE_<JOB>` (a
        five-field cron expression, or `off`) and `KUNDROST_ANALYSIS_TIMEOUT_MINUTES` (15).
        Malformed values raise one `ScheduleError` naming each variable."""
        problems: list[str] = []
        zone = env.get("KUNDROST_SCHEDULER_TIMEZONE", "").strip() or DEFAULT_TIMEZONE
        try:
            ZoneInfo(zone)
        except (ValueError, LookupError, OSError):
            problems.append(f"KUNDROST_SCHEDULER_TIMEZONE: unknown time zone {zone!r}")
            zone = DEFAULT_TIMEZONE
        schedules: dict[str, Schedule | None] = {}
        for job, default in DEFAULT_EXPRESSIONS.items():
            variable = variable_of(job)
            text = env.get(variable, "").strip() or default
            if text.lower() in OFF:
                schedules[job] = None
                continue
            try:
                schedules[job] = Schedule(text, zone)
            except ScheduleError as exc:
                problems.append(f"{variable}: {exc}")
        minutes = env.get("KUNDROST_ANALYSIS_TIMEOUT_MINUTES", "").strip()
        if minutes and (not minutes.isdigit() or int(minutes) < 1):
            problems.append(
                f"KUNDROST_ANALYSIS_TIMEOUT_MINUTES must be a positive whole number, got "
                f"{minutes!r}"
            )
            minutes = ""
        if problems:
            raise ScheduleError("; ".join(problems))
        timeout = timedelta(minutes=int(minutes)) if minutes else DEFAULT_ANALYSIS_TIMEOUT
        return cls(schedules, zone, timeout)
