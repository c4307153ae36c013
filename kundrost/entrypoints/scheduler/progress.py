"""Watching a job's progress: a rich progress bar on a terminal, log lines with counts elsewhere."""

from __future__ import annotations

import logging

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

log = logging.getLogger("kundrost.scheduler")

LOG_EVERY = 1000
"""Without a known total, a progress line every this many items."""


class LogProgress:
    """Log lines: the number of items when a pass starts, then every tenth of them (or every
    `LOG_EVERY` when their number is not known), so a long run shows it is moving."""

    def __init__(self, job: str) -> None:
        self.job = job
        self.total: int | None = None
        self.done = 0
        self._next_line = LOG_EVERY

    def started(self, total: int | None) -> None:
        self.total, self.done = total, 0
        self._next_line = max(1, total // 10) if total else LOG_EVERY
        if total:
            log.info("%s: %d to do", self.job, total)

    def advanced(self, by: int = 1) -> None:
        self.done += by
        if self.done >= self._next_line and self.done != self.total:
            of = f" of {self.total}" if self.total else ""
            log.info("%s: %d%s done", self.job, self.done, of)
            self._next_line += max(1, self.total // 10) if self.total else LOG_EVERY


class BarProgress:
    """A job's bar in the rich `Progress` display every job shares; each run resets it."""

    def __init__(self, display: Progress, job: str) -> None:
        self._display = display
        self.job = job
        self._task: TaskID | None = None

    def started(self, total: int | None) -> None:
        if self._task is None:
            self._task = self._display.add_task(self.job, total=total)
        else:
            self._display.reset(self._task, total=total)

    def advanced(self, by: int = 1) -> None:
        if self._task is not None:
            self._display.advance(self._task, by)


def progress_display(console: object) -> Progress:
    """The live display the bars of every running job share."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,  # type: ignore[arg-type]
        transient=True,
    )
