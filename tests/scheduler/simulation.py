"""Driving a scheduler through simulated time: a manual clock moved from tick to tick."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from kundrost.adapters.system import ManualClock
from kundrost.entrypoints.scheduler.loop import Outcome, Scheduler, TickRun


async def run_until(scheduler: Scheduler, clock: ManualClock, end: datetime) -> None:
    """`Scheduler.run` with a wait that lets the running jobs finish, then sets the clock to
    the deadline, and stops at the first deadline after `end`."""

    async def wait_until(deadline: datetime) -> bool:
        await scheduler.idle()
        if deadline > end:
            return False
        clock.set(deadline)
        return True

    await scheduler.run(wait_until)


async def run_together(schedulers: list[Scheduler], clock: ManualClock, end: datetime) -> None:
    """Several schedulers on one clock: at each deadline every one of them launches what is
    due, all at once, and they are waited for before the clock moves on."""
    for scheduler in schedulers:
        scheduler.start(clock.now())
    while True:
        deadline = min(d for s in schedulers if (d := s.deadline()) is not None)
        if deadline > end:
            return
        clock.set(deadline)
        for scheduler in schedulers:
            scheduler.launch_due()
        for scheduler in schedulers:
            await scheduler.idle()


def ran(runs: Iterable[TickRun], job: str) -> list[TickRun]:
    return [run for run in runs if run.job == job and run.outcome is Outcome.RAN]


def runs_per_tick(runs: Iterable[TickRun]) -> Counter[tuple[str, datetime]]:
    return Counter((run.job, run.tick) for run in runs if run.outcome is Outcome.RAN)
