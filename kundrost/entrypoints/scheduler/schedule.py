"""Schedule: a cron expression read on a time zone's wall clock, turned into UTC instants."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attrs import field, frozen
from croniter import CroniterError, croniter  # type: ignore[import-untyped]

DST_REACH = timedelta(hours=3)
"""Farther than any daylight-saving shift (1 h in Sweden, 2 h anywhere): how close to a
moment a change of the zone's offset is looked for."""


class ScheduleError(ValueError):
    """A cron expression or a time zone that cannot be used; the message says which."""


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScheduleError(f"unknown time zone {name!r}") from exc


def _expression(_instance: object, _attribute: object, value: str) -> None:
    if len(value.split()) != 5:
        raise ScheduleError(
            f"a schedule is five cron fields (minute hour day month weekday), got {value!r}"
        )
    try:
        croniter(value)
    except (CroniterError, ValueError) as exc:
        raise ScheduleError(f"invalid cron expression {value!r}: {exc}") from exc


def _aware(moment: datetime) -> datetime:
    if moment.utcoffset() is None:
        raise ValueError(f"a schedule needs a timezone-aware datetime, got {moment!r}")
    return moment.astimezone(UTC)


def _spaced(text: object) -> str:
    return " ".join(str(text).split())


def _naive(moment: datetime, zone: tzinfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


@frozen
class Schedule:
    """Fires when the wall clock in `timezone` matches the five-field cron `expression`.

    Daylight saving follows cron's own rules: in the hour that is skipped in spring, a
    fixed time fires as much later as the clock jumped (02:30 fires at 03:30); in the hour
    that repeats in autumn, a fixed time fires once, in its first pass, while an expression
    with `*` in its minute or hour field fires in both passes, so an hourly job runs every
    real hour. A time that two wall-clock readings reach fires once."""

    expression: str = field(converter=_spaced)
    timezone: str = "Europe/Stockholm"
    _zone: ZoneInfo = field(init=False, repr=False, eq=False)
    _both_passes: bool = field(init=False, repr=False, eq=False)
    _iterator: Any = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        _expression(self, None, self.expression)
        object.__setattr__(self, "_zone", _zone(self.timezone))
        # One iterator, moved to each start: expanding the expression is the costly part.
        # `next_after` never awaits, so no two callers move it at once on an event loop.
        object.__setattr__(self, "_iterator", croniter(self.expression))
        fields = self._iterator.expanded
        object.__setattr__(self, "_both_passes", fields[0] == ["*"] or fields[1] == ["*"])

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def next_after(self, moment: datetime) -> datetime:
        """The first firing strictly after `moment`, in UTC."""
        moment = _aware(moment)
        # Near a daylight-saving change a wall-clock reading earlier than the moment's can
        # fire after it, and a later one before: search as far either side as the shift.
        candidates = self._iterator
        candidates.set_current(_naive(moment, self._zone) - self._shift(moment), force=True)
        best: datetime | None = None
        while True:
            wall = candidates.get_next(datetime)
            if best is not None and wall > _naive(best, self._zone) + self._shift(best):
                return best
            for instant in self._instants(wall):
                if instant > moment and (best is None or instant < best):
                    best = instant
            if best is not None and not self._shift(best):
                return best

    def firings(self, after: datetime) -> Iterator[datetime]:
        """Every firing after `after`, in order."""
        moment = after
        while True:
            moment = self.next_after(moment)
            yield moment

    def latest_until(self, first: datetime, now: datetime) -> tuple[datetime, int, datetime]:
        """From `first` (a firing at or before `now`) on: the last firing at or before `now`,
        how many firings before it were passed over, and the firing after it."""
        latest, passed = first, 0
        while (following := self.next_after(latest)) <= now:
            latest, passed = following, passed + 1
        return latest, passed, following

    def _instants(self, wall: datetime) -> list[datetime]:
        first = wall.replace(tzinfo=self._zone, fold=0).astimezone(UTC)
        second = wall.replace(tzinfo=self._zone, fold=1).astimezone(UTC)
        if first == second or _naive(first, self._zone) != wall:
            # one reading, or one the clock skips: zoneinfo moves a skipped one forwards
            return [first]
        return [first, second] if self._both_passes else [first]

    def _shift(self, moment: datetime) -> timedelta:
        """How far the zone's clock jumps within `DST_REACH` of `moment` (zero mostly)."""
        before = (moment - DST_REACH).astimezone(self._zone).utcoffset() or timedelta(0)
        after = (moment + DST_REACH).astimezone(self._zone).utcoffset() or timedelta(0)
        return abs(after - before)

    def __str__(self) -> str:
        return f"{self.expression} ({self.timezone})"
