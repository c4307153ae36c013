"""SpeechTime: the time of a typed conversation, which moves only as the two sides speak."""

from __future__ import annotations

import asyncio
import heapq
import itertools


class SpeechTime:
    """`ports.CallTime` for a conversation held in text (`kundrost talk`, tests): the legs
    `advance` it by the time their words would take to say, so the 120-second budget and
    the silence rule apply to speaking time, however slowly a person types."""

    def __init__(self, start_ms: int = 0) -> None:
        self._now = start_ms
        self._sleepers: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def now_ms(self) -> int:
        return self._now

    def advance(self, ms: int) -> int:
        """Moves `ms` forwards, wakes whoever sleeps until then, and returns the new time."""
        if ms < 0:
            raise ValueError(f"speech time does not run backwards, got {ms} ms")
        self._now += ms
        while self._sleepers and self._sleepers[0][0] <= self._now:
            _, _, waiter = heapq.heappop(self._sleepers)
            if not waiter.done():
                waiter.set_result(None)
        return self._now

    async def sleep_until(self, ms: int) -> None:
        if ms <= self._now:
            await asyncio.sleep(0)
            return
        waiter = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (ms, next(self._order), waiter))
        await waiter
