"""MemoryTickClaims: tick claims for the schedulers of one process (the embedded default)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime


def _instant(tick: datetime) -> datetime:
    if tick.utcoffset() is None:
        raise ValueError(f"a tick must be a timezone-aware datetime, got {tick!r}")
    return tick.astimezone(UTC)


class MemoryTickClaims:
    """`ports.TickClaims` in this process: a set of claimed (job, tick) pairs and a set of
    running jobs. Claiming and entering never await between the check and the change, so
    the event loop makes each of them atomic."""

    def __init__(self) -> None:
        self._claimed: set[tuple[str, datetime]] = set()
        self._running: set[str] = set()

    async def claim(self, job: str, tick: datetime) -> bool:
        key = (job, _instant(tick))
        if key in self._claimed:
            return False
        self._claimed.add(key)
        return True

    @asynccontextmanager
    async def running(self, job: str) -> AsyncIterator[bool]:
        if job in self._running:
            yield False
            return
        self._running.add(job)
        try:
            yield True
        finally:
            self._running.discard(job)

    async def forget_before(self, before: datetime) -> int:
        cutoff = _instant(before)
        old = {key for key in self._claimed if key[1] < cutoff}
        self._claimed -= old
        return len(old)
