"""BusinessContext: what a store tells kundrost about itself, and how complete that is.

The context drives the conversation plan (which questions to ask), the timing fraud check
(opening hours, closed dates, in the store's own time zone) and the context fraud check
(departments and baseline facts a claim can contradict). Its parts remember their hash
(`cache_hash`): the offline analyzer keys its per-store matchers by them on every call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attrs import field, frozen

from kundrost.domain.completeness import (
    Completeness,
    CompletenessPolicy,
    Gap,
    assess_completeness,
)
from kundrost.domain.email_address import report_recipients
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.opening_hours import UTC, OpeningHours, Weekday, hours_by_weekday
from kundrost.domain.priority import Priority
from kundrost.domain.validation import (
    at_least,
    each,
    frozen_tuple,
    text_length,
)

__all__ = [
    "DEFAULT_TIMEZONE",
    "BaselineFact",
    "BusinessContext",
    "Campaign",
    "Completeness",
    "CompletenessPolicy",
    "Department",
    "Gap",
    "OpeningHours",
    "Question",
    "Weekday",
]

DEFAULT_TIMEZONE = "Europe/Stockholm"


def _zone(_instance: object, attribute: Any, value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise InvalidValue(attribute.name, "unknown time zone") from exc


def _dates(value: Iterable[date]) -> frozenset[date]:
    return frozenset(value)


@frozen(cache_hash=True)
class Department:
    """A department and the other names customers use for it (Swedish and English)."""

    name: str = field(validator=text_length(1, 100))
    aliases: tuple[str, ...] = field(default=(), converter=frozen_tuple, validator=each(str))

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def is_called(self, term: str) -> bool:
        wanted = term.strip().casefold()
        return any(name.casefold() == wanted for name in self.names())


@frozen(cache_hash=True)
class Campaign:
    name: str = field(validator=text_length(1, 200))
    description: str = field(default="", validator=text_length(0, 1000))
    starts_on: date | None = None
    ends_on: date | None = None

    def __attrs_post_init__(self) -> None:
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise InvalidValue("current_campaigns", "a campaign cannot end before it starts")

    def runs_on(self, day: date) -> bool:
        return (self.starts_on is None or self.starts_on <= day) and (
            self.ends_on is None or day <= self.ends_on
        )


@frozen(cache_hash=True)
class Question:
    """A store's own question. Frequency N: asked to every N-th customer."""

    question: str = field(validator=text_length(1, 300))
    priority: Priority = Priority.MEDIUM
    frequency: int = field(default=1, validator=at_least(1))
    department: str | None = None


@frozen(cache_hash=True)
class BaselineFact:
    """Something true about the store that a customer's claim can contradict."""

    statement: str = field(validator=text_length(1, 300))
    topic: str | None = None


@frozen
class BusinessContext:
    """A store's context. Opening hours are per weekday in the store's own time zone."""

    store_id: StoreId
    timezone: str = field(default=DEFAULT_TIMEZONE, validator=_zone)
    operating_hours: Mapping[Weekday, OpeningHours] = field(
        factory=dict, converter=hours_by_weekday
    )
    closed_dates: frozenset[date] = field(factory=frozenset, converter=_dates)
    departments: tuple[Department, ...] = field(
        default=(), converter=frozen_tuple, validator=each(Department)
    )
    current_campaigns: tuple[Campaign, ...] = field(
        default=(), converter=frozen_tuple, validator=each(Campaign)
    )
    question_configuration: tuple[Question, ...] = field(
        default=(), converter=frozen_tuple, validator=each(Question)
    )
    baseline_facts: tuple[BaselineFact, ...] = field(
        default=(), converter=frozen_tuple, validator=each(BaselineFact)
    )
    store_name: str | None = None
    report_recipients: tuple[str, ...] = field(
        default=(), converter=frozen_tuple, validator=report_recipients
    )
    """Who gets the weekly report by e-mail on Monday (none: nobody)."""
    version: int = field(default=1, validator=at_least(1))

    def __attrs_post_init__(self) -> None:
        names = [name.casefold() for d in self.departments for name in d.names()]
        if len(names) != len(set(names)):
            raise InvalidValue("departments", "a department name or alias is used twice")

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, moment: datetime) -> datetime:
        """`moment` as a wall-clock time in the store's time zone.

        A naive `moment` is refused: Python would read it in the machine's own time zone.
        """
        if moment.utcoffset() is None:
            raise InvalidValue("moment", "must be a timezone-aware datetime")
        return moment.astimezone(self.zone)

    def hours_on(self, day: date) -> OpeningHours | None:
        """The hours of local `day`, or None when the store is closed all day."""
        if day in self.closed_dates:
            return None
        return self.operating_hours.get(Weekday.of(day))

    def is_open_at(self, moment: datetime, grace: timedelta = timedelta(0)) -> bool:
        """Whether `moment` falls within opening hours, widened by `grace` on both ends.

        Also looks at the previous day, whose hours may run past midnight, and the next, which a
        grace may reach into. Comparisons are in
        UTC, because Python compares two times of one zone by wall clock, not by instant.
        """
        local_day = self.local(moment).date()
        utc = moment.astimezone(UTC)
        for day in (local_day - timedelta(days=1), local_day, local_day + timedelta(days=1)):
            hours = self.hours_on(day)
            if hours is None:
                continue
            opens, closes = hours.window(day, self.zone)
            if opens - grace <= utc < closes + grace:
                return True
        return False

    def department_named(self, term: str) -> Department | None:
        """The department a customer means by `term` (its name or one of its aliases)."""
        return next((d for d in self.departments if d.is_called(term)), None)

    def completeness(self, policy: CompletenessPolicy | None = None) -> Completeness:
        """How complete the context is; below the policy's threshold each gap is warned."""
        return assess_completeness(
            has_opening_hours=bool(self.operating_hours),
            departments=len(self.departments),
            questions=len(self.question_configuration),
            baseline_facts=len(self.baseline_facts),
            policy=policy or CompletenessPolicy(),
        )
