"""Two schedulers on two machines, one PostgreSQL database: every tick runs exactly once."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from kundrost.adapters.system import ManualClock
from kundrost.application.progress import Progress
from kundrost.entrypoints.scheduler.jobs import JobResult, ScheduledJob
from kundrost.entrypoints.scheduler.loop import Outcome, Scheduler
from kundrost.entrypoints.scheduler.progress import LogProgress
from kundrost.entrypoints.scheduler.schedule import Schedule
from tests.scheduler.postgres import postgres_claims
from tests.scheduler.simulation import run_together, runs_per_tick

START = datetime(2026, 11, 29, 22, 0, 30, tzinfo=UTC)
END = START + timedelta(hours=6)


class Counted:
    """A job that counts the ticks it ran for, on whichever machine ran it."""

    def __init__(self, runs: Counter[tuple[str, datetime]], name: str) -> None:
        self.runs, self.name = runs, name

    async def __call__(self, tick: datetime, progress: Progress) -> JobResult:
        self.runs[(self.name, tick)] += 1
        return JobResult("counted")


def jobs(runs: Counter[tuple[str, datetime]]) -> list[ScheduledJob]:
    schedules = {
        "weekly-reports": "0 3 * * MON",
        "retention": "0 * * * *",
        "retries": "* * * * *",
        "analysis-sweeper": "*/5 * * * *",
    }
    return [
        ScheduledJob(name, Schedule(expression), Counted(runs, name), name)
        for name, expression in schedules.items()
    ]


async def test_two_schedulers_sharing_a_database_run_each_tick_exactly_once() -> None:
    clock = ManualClock(START)
    runs: Counter[tuple[str, datetime]] = Counter()
    async with postgres_claims() as machine:
        schedulers = [Scheduler(jobs(runs), clock, machine(), LogProgress) for _ in range(2)]

        await run_together(schedulers, clock, END)

    assert set(runs.values()) == {1}
    assert Counter(job for job, _ in runs) == {
        "weekly-reports": 1,
        "retention": 6,
        "retries": 6 * 60,
        "analysis-sweeper": 6 * 12,
    }
    both = [run for scheduler in schedulers for run in scheduler.history]
    assert runs_per_tick(both) == runs
    assert {run.outcome for run in both} <= {Outcome.RAN, Outcome.ELSEWHERE, Outcome.BUSY}
    assert sum(run.outcome is Outcome.RAN for run in both) == len(runs)
    assert all(len(scheduler.history) > 0 for scheduler in schedulers)
