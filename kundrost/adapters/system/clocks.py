"""Clocks: the real one for the service, a manual one for tests and the demo."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta


def _aware(moment: datetime, name: str) -> datetime:
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {moment!r}")
    return moment.astimezone(UTC)


class SystemClock:
    """`ports.Clock` on the system time, in UTC. The system time can be stepped back (NTP,
    a VM resumed); this clock then repeats its latest answer until the system catches up,
    so that no rule sees time run backwards."""

    def __init__(self) -> None:
        self._latest = datetime.min.replace(tzinfo=UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        current = datetime.now(UTC)
        with self._lock:
            self._latest = max(self._latest, current)
            return self._latest


class ManualClock:
    """`ports.Clock` that moves only when told: forwards, never back, always aware (UTC)."""

    def __init__(self, start: datetime) -> None:
        self._now = _aware(start, "start")

    def now(self) -> datetime:
        return self._now

    def advance(self, by: timedelta) -> datetime:
        """Moves `by` forwards and returns the new time; a negative step is refused."""
        if by < timedelta(0):
            raise ValueError(f"a clock does not run backwards, got a step of {by}")
        self._now += by
        return self._now

    def set(self, moment: datetime) -> datetime:
        """Moves to `moment`; an earlier time than now, or a naive one, is refused."""
        target = _aware(moment, "moment")
        if target < self._now:
            raise ValueError(f"a clock does not run backwards: {target} is before {self._now}")
        self._now = target
        return self._now
