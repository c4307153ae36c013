"""Report sections: the themes, departments, comparisons and predictions a weekly report lists."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from attrs import field, frozen

from kundrost.domain.analysis import Category
from kundrost.domain.errors import InvalidValue
from kundrost.domain.priority import Priority
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.theme_groups import ThemeKey, theme_key
from kundrost.domain.validation import (
    at_least,
    decimal_between,
    each,
    frozen_tuple,
    instance_of,
    text_length,
    unit_interval,
)

_quotes = each(SampleQuote)


_count = at_least(0)
_percentage = decimal_between(Decimal(0), Decimal(100))
_change = decimal_between(Decimal(-100), Decimal(100))


@frozen
class _ThemeGroup:
    label: str = field(validator=text_length(1, 200))
    category: Category = field(validator=instance_of(Category))
    department: str | None = field(validator=text_length(1, 200))
    mentions: int = field(validator=at_least(1))

    @property
    def key(self) -> ThemeKey:
        return theme_key(self.label, self.department)


@frozen
class TrendItem(_ThemeGroup):
    """A theme customers praised this week, with how often and a few of their words."""

    sample_quotes: tuple[SampleQuote, ...] = field(
        default=(), converter=frozen_tuple, validator=_quotes
    )


@frozen
class IssueItem(_ThemeGroup):
    """A theme customers complained about this week, with how often and how severe it is."""

    severity: Priority = field(default=Priority.LOW, validator=instance_of(Priority))
    sample_quotes: tuple[SampleQuote, ...] = field(
        default=(), converter=frozen_tuple, validator=_quotes
    )


@frozen
class DepartmentInsight:
    """Themes per department; `sentiment_score` is (positive − negative) / mentions, −1 to 1.

    A mention is positive, negative, mixed (praise and criticism in one breath: "kaffet var
    bra men cappuccinon var ljummen") or neutral; `mixed_count` keeps the mixed ones apart, so
    a department whose mentions are all mixed reads as mixed, not as unjudged."""

    department: str = field(validator=text_length(1, 200))
    mentions: int = field(validator=at_least(1))
    positive_count: int = field(validator=_count)
    negative_count: int = field(validator=_count)
    sentiment_score: Decimal = field(validator=decimal_between(Decimal(-1), Decimal(1)))
    top_themes: tuple[str, ...] = field(default=(), converter=frozen_tuple, validator=each(str))
    mixed_count: int = field(default=0, validator=_count)

    def __attrs_post_init__(self) -> None:
        if self.positive_count + self.negative_count + self.mixed_count > self.mentions:
            raise InvalidValue(
                "mentions", "positive, negative and mixed mentions exceed all mentions"
            )


@frozen
class Comparison:
    """This week against `weeks` earlier weekly reports (their average when more than one).
    Quality is a 0–1 score and the qualification rate a percentage; a change is None when
    either side has no value."""

    weeks: int = field(validator=at_least(1))
    feedback_count: Decimal = field(validator=decimal_between(Decimal(0), Decimal(10**9)))
    feedback_count_change: Decimal = field(
        validator=decimal_between(-Decimal(10**9), Decimal(10**9))
    )
    average_quality_score: Decimal | None = field(default=None, validator=unit_interval)
    average_quality_change: Decimal | None = field(default=None, validator=_change)
    qualification_rate: Decimal | None = field(default=None, validator=_percentage)
    qualification_rate_change: Decimal | None = field(default=None, validator=_change)


@frozen
class HistoricalComparison:
    """Against the week before and the average of the recent weeks; None without history."""

    previous_week: Comparison | None = field(
        default=None, validator=instance_of(Comparison, optional=True)
    )
    recent_average: Comparison | None = field(
        default=None, validator=instance_of(Comparison, optional=True)
    )


class InsightKind(StrEnum):
    LIKELY_TO_GROW = "likely_to_grow"
    IMPROVING = "improving"
    GROWING_STRENGTH = "growing_strength"


@frozen
class PredictiveInsight:
    """A theme whose weekly mentions (oldest first) moved the same way week after week."""

    kind: InsightKind = field(validator=instance_of(InsightKind))
    label: str = field(validator=text_length(1, 200))
    category: Category = field(validator=instance_of(Category))
    department: str | None
    weekly_mentions: tuple[int, ...] = field(converter=frozen_tuple, validator=each(int))
    description: str = field(validator=text_length(1, 500))
