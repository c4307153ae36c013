"""Stopping the scheduler: the first SIGTERM or SIGINT lets the running jobs finish, a second
one cancels them."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from datetime import datetime

from kundrost.ports.system import Clock

log = logging.getLogger("kundrost.scheduler")

RECHECK_SECONDS = 60.0
"""The longest a wait trusts the event loop's timer: the wall clock may be stepped."""


class StopSignals:
    """Turns SIGTERM and SIGINT into a stop, and waits for deadlines until one comes.

    Every batch a job commits stays committed and a job's next run does what is left, so
    a cancelled run is safe to run again."""

    def __init__(self, clock: Clock, on_second: Callable[[], None]) -> None:
        self.stop = asyncio.Event()
        self._clock = clock
        self._on_second = on_second
        self._installed: list[signal.Signals] = []

    def install(self) -> None:
        loop = asyncio.get_running_loop()
        for sign in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sign, self.received, sign)
            except (NotImplementedError, RuntimeError):  # not on this platform or thread
                continue
            self._installed.append(sign)

    def uninstall(self) -> None:
        loop = asyncio.get_running_loop()
        for sign in self._installed:
            loop.remove_signal_handler(sign)
        self._installed.clear()

    def received(self, sign: signal.Signals | None = None) -> None:
        name = sign.name if sign is not None else "stop"
        if self.stop.is_set():
            log.warning("%s again: cancelling the running jobs", name)
            self._on_second()
            return
        log.info("%s: stopping once the running jobs have finished", name)
        self.stop.set()

    async def wait_until(self, deadline: datetime) -> bool:
        """True when the clock reaches `deadline`, False as soon as a stop is asked for."""
        while not self.stop.is_set():
            remaining = (deadline - self._clock.now()).total_seconds()
            if remaining <= 0:
                return True
            try:
                await asyncio.wait_for(self.stop.wait(), timeout=min(remaining, RECHECK_SECONDS))
            except TimeoutError:
                continue
        return False
