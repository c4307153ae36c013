"""Window leases: a process takes a run of a subject's rate-limit counts at once and hands
them out itself, so most requests are counted without a round trip to the cache.

The window's count in the cache is the one every API process shares. A process that has to
count a request for a subject it holds no counts for asks the cache for a run of counts
(`count_in_window(key, window, events)`): the run is the counts from the answer less the run,
plus one, up to the answer, and no other caller is given any of them. It counts the request
as the run's first and the next requests of that subject in this process as the run's next,
in order, until the run is used up or its window ends. So each request still has a count of
its own, and the limit lets through at most its number of requests a window, however many
processes share it.

The runs start at one count and double while a subject keeps asking in the same window, up to
`most_at_once(limit)`. A subject that asks seldom is counted one request a round trip, as
before; a busy one about one in `most_at_once` of its requests. In one process every count is
used in order, so the limit is exact there. With several processes a count another process
holds and has not yet used is out of reach, so a subject may be refused a little early: by at
most `most_at_once(limit) - 1` requests for each other process, under a thirty-second of the
limit (a `1200/minute` limit: 15 requests a process).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from attrs import define

from kundrost.ports.session_store import WindowCount

LARGEST_RUN = 16
"""Past 16 counts a round trip, a round trip's share of a request is too small to measure."""

LIMIT_SHARE = 32
"""A run is at most a thirty-second of the limit, so what a process holds back is small."""

SWEEP_EVERY = 1024
"""Runs taken between two sweeps of the leases whose windows have ended."""


def most_at_once(limit: int) -> int:
    """The longest run taken for a window of `limit` requests: one for small limits, where
    every count goes to the cache and the limit is exact across processes."""
    return max(1, min(LARGEST_RUN, limit // LIMIT_SHARE))


@define
class _Lease:
    ends: float
    """When the window ends, in the clock's seconds."""
    size: int
    """The length of the last run taken: the next one is twice as long."""
    runs: list[list[int]]
    """Counts held and not yet used: `[next, last]` of each run, in the order taken."""


class WindowLeases:
    """The runs of counts this process holds, by key. `take` hands out the next count held;
    when it holds none, the caller counts `wanted(key)` events in the cache and gives the
    answer to `taken`, which keeps the rest of the run and answers the run's first count.
    Nothing here awaits, so each step is atomic for the event loop."""

    def __init__(self, limit: int, now: Callable[[], float]) -> None:
        self._most = most_at_once(limit)
        self._now = now
        self._leases: dict[str, _Lease] = {}
        self._taken = 0

    def take(self, key: str) -> WindowCount | None:
        """The next count held for `key` with its window's time left, or None."""
        lease = self._leases.get(key)
        if lease is None:
            return None
        now = self._now()
        if lease.ends <= now:
            del self._leases[key]
            return None
        runs = lease.runs
        if not runs:
            return None
        run = runs[0]
        count = run[0]
        if count == run[1]:
            del runs[0]
        else:
            run[0] = count + 1
        return WindowCount(count, timedelta(seconds=lease.ends - now))

    def wanted(self, key: str) -> int:
        """How many counts to ask the cache for: one in a window this process has not yet
        counted in, then twice the last run, up to the longest run."""
        lease = self._leases.get(key)
        if lease is None or lease.ends <= self._now():
            return 1
        return min(lease.size * 2, self._most)

    def taken(self, key: str, window: WindowCount, events: int) -> WindowCount:
        """The cache counted `events` for `key` and answered `window`: the run's first count,
        the rest held for the next requests. A run that opened the window (its first count
        is one) replaces what was held for the window before."""
        now = self._now()
        ends = now + window.remaining.total_seconds()
        first = window.count - events + 1
        lease = self._leases.get(key)
        if lease is None or lease.ends <= now or first == 1:
            lease = self._leases[key] = _Lease(ends, events, [])
        else:
            lease.size = max(lease.size, events)
        if events > 1:
            lease.runs.append([first + 1, window.count])
        self._taken += 1
        if self._taken % SWEEP_EVERY == 0:
            self._sweep(now)
        return WindowCount(first, window.remaining)

    def __len__(self) -> int:
        return len(self._leases)

    def _sweep(self, now: float) -> None:
        for key in [key for key, lease in self._leases.items() if lease.ends <= now]:
            del self._leases[key]
