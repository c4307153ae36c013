"""MonotonicCallTime: the time live calls run on, in real time."""

from __future__ import annotations

import asyncio
import time


class MonotonicCallTime:
    """`ports.CallTime` on the monotonic clock: elapsed time, never the calendar, so a
    stepped system clock cannot stretch or shorten a call."""

    def now_ms(self) -> int:
        return int(time.monotonic() * 1000)

    async def sleep_until(self, ms: int) -> None:
        delay = ms - self.now_ms()
        if delay > 0:
            await asyncio.sleep(delay / 1000)
