"""BusinessContext: what a store tells kundrost about itself, and how complete that is.

The context drives the conversation plan (which questions to ask), the timing fraud check
(opening hours, closed dates, in the store's own time zone) and the context fraud check
(departments and baseline facts a claim can contradict).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.validation import (
    at_least,
    decimal_between,
    each,
    frozen_tuple,
    text_length,
)

DEFAULT_TIMEZONE = "Europe/Stockholm"


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


def _zone(_instance: object, attribute: Any, value: str) -> None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise InvalidValue(attribute.name, f"unknown time zone {value!r}") from exc


@frozen
class OpeningHours:
    """One day's opening hours in local time. A closing time at or before the opening time
    means the store closes after midnight (e.g. 18:00–02:00)."""

    open: time
    close: time

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
        return opens.astimezone(ZoneInfo("UTC")), closes.astimezone(ZoneInfo("UTC"))


def _hours_map(
    value: Mapping[Weekday, OpeningHours] | Mapping[str, OpeningHours],
) -> Mapping[Weekday, OpeningHours]:
    try:
        converted = {Weekday(day): hours for day, hours in dict(value).items()}
    except ValueError as exc:
        raise InvalidValue("operating_hours", str(exc)) from exc
    for day, hours in converted.items():
        if not isinstance(hours, OpeningHours):
            raise InvalidValue(f"operating_hours.{day}", "must be OpeningHours")
    return MappingProxyType(converted)


@frozen
class Department:
    """A department and the other names customers use for it (Swedish and English)."""

    name: str = field(validator=text_length(1, 100))
    aliases: tuple[str, ...] = field(default=(), converter=frozen_tuple, validator=each(str))

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def is_called(self, term: str) -> bool:
        wanted = term.strip().casefold()
        return any(name.casefold() == wanted for name in self.names())


@frozen
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


@frozen
class Question:
    """A store's own question. Frequency N: asked to every N-th customer."""

    question: str = field(validator=text_length(1, 300))
    priority: Priority = Priority.MEDIUM
    frequency: int = field(default=1, validator=at_least(1))
    department: str | None = None


@frozen
class BaselineFact:
    """Something true about the store that a customer's claim can contradict."""

    statement: str = field(validator=text_length(1, 300))
    topic: str | None = None


class Gap(StrEnum):
    NO_OPENING_HOURS = "no_opening_hours"
    NO_DEPARTMENTS = "no_departments"
    FEW_QUESTIONS = "fewer_than_3_questions"
    NO_BASELINE_FACTS = "no_baseline_facts"


_GAP_WARNINGS = {
    Gap.NO_OPENING_HOURS: "No opening hours: purchases outside them cannot be caught as fraud.",
    Gap.NO_DEPARTMENTS: "No departments: feedback cannot be sorted by department, and claims "
    "about departments the store lacks cannot be caught.",
    Gap.FEW_QUESTIONS: "Fewer than 3 questions: the call falls back on generic questions.",
    Gap.NO_BASELINE_FACTS: "No baseline facts: claims that contradict the store cannot be caught.",
}


@frozen
class CompletenessPolicy:
    """Weights of each part of a context (they sum to 1) and the score below which we warn."""

    opening_hours: Decimal = Decimal("0.30")
    departments: Decimal = Decimal("0.30")
    questions: Decimal = Decimal("0.20")
    baseline_facts: Decimal = Decimal("0.20")
    questions_wanted: int = field(default=3, validator=at_least(1))
    warn_below: Decimal = field(
        default=Decimal("0.6"), validator=decimal_between(Decimal(0), Decimal(1))
    )

    def __attrs_post_init__(self) -> None:
        total = self.opening_hours + self.departments + self.questions + self.baseline_facts
        if total != 1:
            raise InvalidValue("completeness_weights", f"must sum to 1, got {total}")


@frozen
class Completeness:
    """A 0–1 score, the named gaps, and a warning per gap once the score is below threshold."""

    score: Decimal
    gaps: tuple[Gap, ...]
    warnings: tuple[str, ...]

    @property
    def is_weak(self) -> bool:
        return bool(self.warnings)


@frozen
class BusinessContext:
    """A store's context. Opening hours are per weekday in the store's own time zone."""

    store_id: StoreId
    timezone: str = field(default=DEFAULT_TIMEZONE, validator=_zone)
    operating_hours: Mapping[Weekday, OpeningHours] = field(factory=dict, converter=_hours_map)
    closed_dates: frozenset[date] = field(factory=frozenset, converter=frozenset)
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

        Also looks at the previous day, whose hours may run past midnight. Comparisons are in
        UTC, because Python compares two times of one zone by wall clock, not by instant.
        """
        local_day = self.local(moment).date()
        utc = moment.astimezone(ZoneInfo("UTC"))
        for day in (local_day - timedelta(days=1), local_day):
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
        policy = policy or CompletenessPolicy()
        gaps: list[Gap] = []
        score = Decimal(0)
        if self.operating_hours:
            score += policy.opening_hours
        else:
            gaps.append(Gap.NO_OPENING_HOURS)
        if self.departments:
            score += policy.departments
        else:
            gaps.append(Gap.NO_DEPARTMENTS)
        asked = min(len(self.question_configuration), policy.questions_wanted)
        score += policy.questions * asked / policy.questions_wanted
        if asked < policy.questions_wanted:
            gaps.append(Gap.FEW_QUESTIONS)
        if self.baseline_facts:
            score += policy.baseline_facts
        else:
            gaps.append(Gap.NO_BASELINE_FACTS)
        score = score.quantize(Decimal("0.01"))
        warnings = tuple(_GAP_WARNINGS[gap] for gap in gaps) if score < policy.warn_below else ()
        return Completeness(score, tuple(gaps), warnings)
