"""The scheduler: weekly reports, retention, automatic retries and the analysis sweeper, each
at its schedule's ticks, every tick on exactly one of any number of scheduler processes.

`kundrost scheduler` runs it (see docs/scheduler.md); it composes from the same container
as `kundrost serve` and holds no rules of its own: each job calls use cases.
"""

from kundrost.entrypoints.scheduler.config import JOB_NAMES, SchedulerConfig
from kundrost.entrypoints.scheduler.jobs import JobResult, ScheduledJob
from kundrost.entrypoints.scheduler.loop import Outcome, Scheduler, TickRun
from kundrost.entrypoints.scheduler.run import Options, main
from kundrost.entrypoints.scheduler.schedule import Schedule, ScheduleError

__all__ = [
    "JOB_NAMES",
    "JobResult",
    "Options",
    "Outcome",
    "Schedule",
    "ScheduleError",
    "ScheduledJob",
    "Scheduler",
    "SchedulerConfig",
    "TickRun",
    "main",
]
