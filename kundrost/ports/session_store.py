"""SessionStore: short-lived shared state — live conversations, job status, idempotency keys."""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol

from attrs import frozen


@frozen
class WindowCount:
    """How many events a fixed window has counted (the latest included) and the time left
    before it ends."""

    count: int
    remaining: timedelta


def counted_events(events: int) -> int:
    """`events` as a window may count them: a whole number, one or more (`ValueError`)."""
    if not isinstance(events, int) or isinstance(events, bool) or events < 1:
        raise ValueError(f"a window counts one event or more at a time, got {events!r}")
    return events


class SessionStore(Protocol):
    """A key-value cache where every entry has a time to live.

    Contract: `get` returns the latest value set and None once the TTL has passed or the
    key was deleted; `add` stores only when the key is absent and says whether it did,
    atomically, so of many concurrent `add`s of one key exactly one returns True;
    `increment` adds one to a counter (starting from 0 when absent or expired) and returns
    the new value, atomically, refreshing its TTL; a TTL must be positive (`ValueError`
    otherwise); values are text, stored as given. `increment` of a value that is not a
    whole number raises `ValueError`; a TTL refusal says 'TTL' or 'time to live'.
    `count_in_window` counts `events` events (one unless said, never fewer than one:
    `ValueError`) in a fixed window that opens at the key's first event and lasts `window`
    — it never extends the window, unlike `increment` — and returns the count so far with
    the time left, atomically: of concurrent calls in one window, each is given its own
    run of counts, ending at the count it returns, and together they are exactly 1..n for
    n events. Rate limits are made of it. Any method raises `Unavailable("cache")` while
    the cache's service cannot be reached.
    """

    async def get(self, key: str) -> str | None: ...

    async def set(self, key: str, value: str, ttl: timedelta) -> None: ...

    async def add(self, key: str, value: str, ttl: timedelta) -> bool: ...

    async def delete(self, key: str) -> None: ...

    async def increment(self, key: str, ttl: timedelta) -> int: ...

    async def count_in_window(
        self, key: str, window: timedelta, events: int = 1
    ) -> WindowCount: ...
