"""IsoWeek: the ISO 8601 week (Monday to Sunday, in the store's time zone) a report covers."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from attrs import field, frozen

from kundrost.domain.business_context import DEFAULT_TIMEZONE
from kundrost.domain.errors import InvalidValue

_WEEK_TEXT = re.compile(r"(\d{4})-W(\d{2})")


def resolve_zone(zone: tzinfo | str | None) -> tzinfo:
    """A store's zone given as a tzinfo or a key; None is the default, Europe/Stockholm."""
    if isinstance(zone, tzinfo):
        return zone
    try:
        return ZoneInfo(zone or DEFAULT_TIMEZONE)
    except (ValueError, KeyError, TypeError) as exc:
        raise InvalidValue("timezone", "unknown time zone") from exc


def weeks_in(year: int) -> int:
    """52 or 53: December 28th always lies in a year's last ISO week."""
    return date(year, 12, 28).isocalendar().week


def _year(_instance: object, attribute: Any, value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 9999:
        raise InvalidValue(attribute.name, "must be a year 1–9999")


def _week(instance: IsoWeek, attribute: Any, value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidValue(attribute.name, f"must be a whole number, got {type(value).__name__}")
    if not 1 <= value <= weeks_in(instance.year):
        raise InvalidValue(
            attribute.name, f"{instance.year} has weeks 1–{weeks_in(instance.year)}, got {value}"
        )


def _aware(name: str, moment: datetime) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise InvalidValue(name, "must be a timezone-aware datetime")


@frozen(order=True)
class IsoWeek:
    """Week `week` of ISO year `year`; it orders by time. A year has 52 or 53 weeks, and the
    days of week 1 or 52/53 can belong to the neighbouring calendar year."""

    year: int = field(validator=_year)
    week: int = field(validator=_week)

    @classmethod
    def of(cls, moment: datetime, zone: tzinfo | str | None = None) -> IsoWeek:
        """The week whose Monday-to-Sunday in the store's zone holds `moment`."""
        _aware("moment", moment)
        local = moment.astimezone(resolve_zone(zone)).date().isocalendar()
        return cls(local.year, local.week)

    @classmethod
    def from_monday(cls, day: date) -> IsoWeek:
        """The week starting on `day`; any other weekday is refused, as the API refuses it."""
        if isinstance(day, datetime) or not isinstance(day, date):
            raise InvalidValue("analysis_week", f"must be a date, got {type(day).__name__}")
        if day.weekday() != 0:
            raise InvalidValue("analysis_week", f"must be a Monday, got {day:%A} {day}")
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """Read the "2026-W48" form that `str` writes."""
        match = _WEEK_TEXT.fullmatch(text.strip())
        if match is None:
            raise InvalidValue("week", "must look like 2026-W48")
        return cls(int(match[1]), int(match[2]))

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 7)

    def previous(self) -> IsoWeek:
        return self.shifted(-1)

    def next(self) -> IsoWeek:
        return self.shifted(1)

    def shifted(self, weeks: int) -> IsoWeek:
        """The week `weeks` weeks later (earlier when negative)."""
        return _shifted(self, weeks)

    def weeks_since(self, other: IsoWeek) -> int:
        """How many weeks `other` lies before this week (negative when after)."""
        return (self.monday - other.monday).days // 7

    def bounds(self, zone: tzinfo | str | None = None) -> tuple[datetime, datetime]:
        """Monday 00:00 local up to (not including) the next Monday 00:00 local, as UTC
        instants: subtracting them gives the true length, 167 or 169 hours over a
        daylight-saving change, where same-zone datetimes would subtract by wall clock."""
        local = resolve_zone(zone)
        start = datetime.combine(self.monday, time(0), tzinfo=local)
        end = datetime.combine(self.monday + timedelta(days=7), time(0), tzinfo=local)
        return start.astimezone(UTC), end.astimezone(UTC)

    def length(self, zone: tzinfo | str | None = None) -> timedelta:
        start, end = self.bounds(zone)
        return end - start

    def contains(self, moment: datetime, zone: tzinfo | str | None = None) -> bool:
        return IsoWeek.of(moment, zone) == self

    def __str__(self) -> str:
        return f"{self.year:04d}-W{self.week:02d}"


@lru_cache(maxsize=4096)
def _shifted(week: IsoWeek, weeks: int) -> IsoWeek:
    """`IsoWeek.shifted`, worked out once a process for each week and shift: a weekly run
    shifts the same week for its history and predictions in every store's report."""
    try:
        return IsoWeek.from_monday(week.monday + timedelta(weeks=weeks))
    except OverflowError as exc:
        raise InvalidValue("week", "lies outside the calendar") from exc
