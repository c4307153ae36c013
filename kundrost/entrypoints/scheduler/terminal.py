"""The scheduler on a terminal or not: its console, its log lines and its progress bars."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from rich.console import Console
from rich.logging import RichHandler

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


def configure_logging(env: Mapping[str, str], console: Console, *, quiet: bool) -> None:
    """Log lines to the terminal through rich, else plain lines on stderr; INFO for the
    loop, WARNING for `--once` (which prints its result), unless `KUNDROST_LOG_LEVEL`."""
    level = env.get("KUNDROST_LOG_LEVEL", "").strip().upper() or ("WARNING" if quiet else "INFO")
    if not isinstance(logging.getLevelName(level), int):
        raise ValueError(f"KUNDROST_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
    root = logging.getLogger()
    if not root.handlers:
        handler: logging.Handler
        if console.is_terminal:
            handler = RichHandler(console=console, show_path=False)
            handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        else:
            handler = logging.StreamHandler()
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
        root.addHandler(handler)
    logging.getLogger("kundrost").setLevel(level)
