"""The scheduler on a terminal or not: its console and its progress bars (its log lines are
JSON, as every kundrost process writes them: `entrypoints.logs`)."""

from __future__ import annotations

from rich.console import Console

from kundrost.application.progress import Progress
from kundrost.entrypoints.scheduler.loop import Watch
from kundrost.entrypoints.scheduler.progress import BarProgress, LogProgress, progress_display


def default_console() -> Console:
    """Unwrapped lines when the output is not a terminal, so each log reader gets whole lines."""
    terminal = Console().is_terminal
    return Console(width=None if terminal else 132, soft_wrap=not terminal)


class Watching:
    """A watcher per job: bars on a terminal, log lines otherwise."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._display = progress_display(console) if console.is_terminal else None
        self._bars: dict[str, Progress] = {}

    def __enter__(self) -> Watch:
        if self._display is None:
            return LogProgress
        self._display.start()
        display = self._display

        def bar(job: str) -> Progress:
            return self._bars.setdefault(job, BarProgress(display, job))

        return bar

    def __exit__(self, *_exc: object) -> None:
        if self._display is not None:
            self._display.stop()
