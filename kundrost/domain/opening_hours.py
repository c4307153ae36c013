"""Opening hours: when a store is open on each weekday, in its own local time."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from types import MappingProxyType
from zoneinfo import ZoneInfo

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.validation import instance_of

UTC = ZoneInfo("UTC")


class Weekday(StrEnum):
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @classmethod
    def of(cls, day: date) -> Weekday:
        return list(cls)[day.weekday()]


@frozen
class OpeningHours:
    """One day's opening hours in local time. A closing time at or before the opening time
    means the store closes after midnight (e.g. 18:00–02:00)."""

    open: time = field(validator=instance_of(time))
    close: time = field(validator=instance_of(time))

    def __attrs_post_init__(self) -> None:
        if self.open.tzinfo is not None or self.close.tzinfo is not None:
            raise InvalidValue("operating_hours", "opening times are local wall-clock times")
        if self.open == self.close:
            raise InvalidValue("operating_hours", "open and close must differ")

    @property
    def overnight(self) -> bool:
        return self.close <= self.open

    def window(self, day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """The UTC instants at which the store opens and closes on local `day`.

        Computed through the zone so a day of a daylight-saving change is 23 or 25 hours long.
        """
        end_day = day + timedelta(days=1) if self.overnight else day
        opens = datetime.combine(day, self.open, tzinfo=zone)
        closes = datetime.combine(end_day, self.close, tzinfo=zone)
        return opens.astimezone(UTC), closes.astimezone(UTC)


def hours_by_weekday(
    value: Mapping[Weekday, OpeningHours] | Mapping[str, OpeningHours],
) -> Mapping[Weekday, OpeningHours]:
    """Converter: weekday names (or `Weekday`s) to hours, as a read-only mapping."""
    try:
        converted = {Weekday(day): hours for day, hours in dict(value).items()}
    except ValueError as exc:
        raise InvalidValue("operating_hours", "must name weekdays, monday to sunday") from exc
    for day, hours in converted.items():
        if not isinstance(hours, OpeningHours):
            raise InvalidValue(f"operating_hours.{day}", "must be OpeningHours")
    return MappingProxyType(converted)
