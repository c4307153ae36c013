"""A scheduled job: its name, its schedule, and what one run of it does."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from attrs import frozen

from kundrost.application.progress import Progress
from kundrost.entrypoints.scheduler.schedule import Schedule


@frozen
class JobResult:
    """What a run did, in one line for the log, and how many of its items failed."""

    summary: str
    failures: int = 0


JobAction = Callable[[datetime, Progress], Awaitable[JobResult]]
"""One run of a job for the tick it was scheduled at (`now` for a run by hand)."""


@frozen
class ScheduledJob:
    name: str
    schedule: Schedule | None
    action: JobAction
    description: str

    @property
    def enabled(self) -> bool:
        return self.schedule is not None
