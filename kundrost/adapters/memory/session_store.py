"""MemorySessionStore: the embedded cache of short-lived state, each entry with a TTL."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

from kundrost.ports.session_store import WindowCount, counted_events
from kundrost.ports.system import Clock

_SWEEP_EVERY = 1024


def _seconds(ttl: timedelta) -> float:
    if not isinstance(ttl, timedelta) or ttl <= timedelta(0):
        raise ValueError(f"a TTL (time to live) must be a positive timedelta, got {ttl!r}")
    return ttl.total_seconds()


class MemorySessionStore:
    """`ports.SessionStore` in this process.

    Expiry is measured on `clock` when one is given (a `ManualClock` makes TTLs testable
    without sleeping), else on the monotonic clock, which a change of the system time does
    not disturb. No method awaits while it reads and writes, so each one is atomic for the
    event loop, as a single Redis command is. Expired entries are dropped when read and,
    every so many writes, in a sweep, so the cache does not grow without end.
    """

    def __init__(self, clock: Clock | None = None) -> None:
        self._now: Callable[[], float] = (
            time.monotonic if clock is None else lambda: clock.now().timestamp()
        )
        self._entries: dict[str, tuple[str, float]] = {}
        self._writes = 0

    async def get(self, key: str) -> str | None:
        return self._live(key)

    async def set(self, key: str, value: str, ttl: timedelta) -> None:
        self._write(key, value, ttl)

    async def add(self, key: str, value: str, ttl: timedelta) -> bool:
        seconds = _seconds(ttl)
        if self._live(key) is not None:
            return False
        self._write(key, value, timedelta(seconds=seconds))
        return True

    async def delete(self, key: str) -> None:
        self._entries.pop(key, None)

    async def increment(self, key: str, ttl: timedelta) -> int:
        """Refuses (`ValueError`) a value that is not a whole number, as Redis does."""
        _seconds(ttl)
        current = self._live(key)
        try:
            count = 1 + (0 if current is None else int(current))
        except ValueError:
            raise ValueError(f"the value under {key!r} is not a counter") from None
        self._write(key, str(count), ttl)
        return count

    async def count_in_window(self, key: str, window: timedelta, events: int = 1) -> WindowCount:
        seconds = _seconds(window)
        events = counted_events(events)
        now = self._now()
        entry = self._entries.get(key)
        if entry is None or entry[1] <= now:
            self._write(key, str(events), window)
            return WindowCount(events, timedelta(seconds=seconds))
        value, expires_at = entry
        try:
            count = int(value) + events
        except ValueError:
            raise ValueError(f"the value under {key!r} is not a counter") from None
        self._entries[key] = (str(count), expires_at)
        return WindowCount(count, timedelta(seconds=expires_at - now))

    def _live(self, key: str) -> str | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        value, expires_at = entry
        if expires_at <= self._now():
            del self._entries[key]
            return None
        return value

    def _write(self, key: str, value: str, ttl: timedelta) -> None:
        seconds = _seconds(ttl)
        now = self._now()
        self._entries[key] = (value, now + seconds)
        self._writes += 1
        if self._writes % _SWEEP_EVERY == 0:
            self._entries = {k: e for k, e in self._entries.items() if e[1] > now}
