"""WeeklyReport: what one store's customers said in one ISO week, and its section values."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any
from uuid import UUID

from attrs import field, frozen

from kundrost.domain.analysis import Category
from kundrost.domain.decimals import rounded
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.recommendations import Recommendation
from kundrost.domain.validation import (
    at_least,
    aware,
    decimal_between,
    each,
    frozen_tuple,
    instance_of,
    text_length,
    unit_interval,
)
from kundrost.domain.week import IsoWeek

_PERSONAL = re.compile(r"\S+@\S+|\+?\d(?:[ -]?\d){6,}")
ThemeKey = tuple[str, str]


def normalised(text: str | None) -> str:
    """Case and spacing do not make two themes different: " Kassakö" is "kassakö"."""
    return " ".join((text or "").split()).casefold()


def theme_key(label: str, department: str | None) -> ThemeKey:
    return normalised(label), normalised(department)


def percent(part: int, whole: int) -> Decimal | None:
    return None if whole == 0 else rounded(Decimal(100 * part) / whole)


def mean(values: Iterable[Decimal | None]) -> Decimal | None:
    """The rounded mean of the values present; None when there are none."""
    present = [value for value in values if value is not None]
    return rounded(sum(present, Decimal(0)) / len(present)) if present else None


def excerpt(quote: str | None, max_chars: int) -> str | None:
    """A quote as a report may keep it: e-mail addresses and runs of seven or more digits
    (phone and personal identity numbers) masked, cut at a word to `max_chars` with "…"."""
    text = " ".join(_PERSONAL.sub("[…]", quote or "").split())
    if len(text) <= max_chars:
        return text or None
    return text[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def _quotes(_instance: object, attribute: Any, value: tuple[Any, ...]) -> None:
    for index, quote in enumerate(value):
        if not isinstance(quote, str) or not 1 <= len(quote.strip()) <= 500:
            raise InvalidValue(f"{attribute.name}[{index}]", "must be text of 1–500 characters")


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

    sample_quotes: tuple[str, ...] = field(default=(), converter=frozen_tuple, validator=_quotes)


@frozen
class IssueItem(_ThemeGroup):
    """A theme customers complained about this week, with how often and how severe it is."""

    severity: Priority = field(default=Priority.LOW, validator=instance_of(Priority))
    sample_quotes: tuple[str, ...] = field(default=(), converter=frozen_tuple, validator=_quotes)


@frozen
class DepartmentInsight:
    """Themes per department; `sentiment_score` is (positive − negative) / mentions, −1 to 1."""

    department: str = field(validator=text_length(1, 200))
    mentions: int = field(validator=at_least(1))
    positive_count: int = field(validator=_count)
    negative_count: int = field(validator=_count)
    sentiment_score: Decimal = field(validator=decimal_between(Decimal(-1), Decimal(1)))
    top_themes: tuple[str, ...] = field(default=(), converter=frozen_tuple, validator=each(str))

    def __attrs_post_init__(self) -> None:
        if self.positive_count + self.negative_count > self.mentions:
            raise InvalidValue("mentions", "positive and negative mentions exceed all mentions")


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


class ReportStatus(StrEnum):
    PENDING = "pending"
    GENERATING = "generating"
    COMPLETED = "completed"
    FAILED = "failed"


@frozen
class WeeklyReport:
    """One store's ISO week of feedback, aggregated. It holds no personal data: counts,
    scores, theme labels, analyzer-written recommendations, and sample quotes that are short,
    scrubbed excerpts from qualifying feedback only. Retention never deletes a report.

    Fraudulent feedback counts in `total_feedback_count` (so it lowers the qualification
    rate) and nowhere else. Averages are over qualifying feedback, half-up to two decimals.
    `negative_issues` lists every complaint theme of the week, uncut, so later weeks can
    tell new and rising issues from old ones."""

    id: ReportId = field(validator=instance_of(UUID))
    store_id: StoreId = field(validator=instance_of(UUID))
    week: IsoWeek = field(validator=instance_of(IsoWeek))
    generated_at: datetime = field(validator=[instance_of(datetime), aware])
    status: ReportStatus = field(
        default=ReportStatus.COMPLETED, validator=instance_of(ReportStatus)
    )
    total_feedback_count: int = field(default=0, validator=_count)
    qualifying_feedback_count: int = field(default=0, validator=_count)
    average_quality_score: Decimal | None = field(default=None, validator=unit_interval)
    average_reward_percentage: Decimal | None = field(default=None, validator=_percentage)
    positive_trends: tuple[TrendItem, ...] = field(
        default=(), converter=frozen_tuple, validator=each(TrendItem)
    )
    negative_issues: tuple[IssueItem, ...] = field(
        default=(), converter=frozen_tuple, validator=each(IssueItem)
    )
    new_issues: tuple[IssueItem, ...] = field(
        default=(), converter=frozen_tuple, validator=each(IssueItem)
    )
    department_insights: tuple[DepartmentInsight, ...] = field(
        default=(), converter=frozen_tuple, validator=each(DepartmentInsight)
    )
    historical_comparison: HistoricalComparison = field(
        factory=HistoricalComparison, validator=instance_of(HistoricalComparison)
    )
    predictive_insights: tuple[PredictiveInsight, ...] = field(
        default=(), converter=frozen_tuple, validator=each(PredictiveInsight)
    )
    actionable_recommendations: tuple[Recommendation, ...] = field(
        default=(), converter=frozen_tuple, validator=each(Recommendation)
    )

    def __attrs_post_init__(self) -> None:
        if self.qualifying_feedback_count > self.total_feedback_count:
            raise InvalidValue("qualifying_feedback_count", "cannot exceed total_feedback_count")
        averaged = (self.average_quality_score, self.average_reward_percentage)
        if self.qualifying_feedback_count == 0 and averaged != (None, None):
            raise InvalidValue("average_quality_score", "no qualifying feedback to average")
        if not set(self.new_issues) <= set(self.negative_issues):
            raise InvalidValue("new_issues", "every new issue is one of the negative issues")

    @property
    def analysis_week(self) -> date:
        """The week's Monday, as the API names the week."""
        return self.week.monday

    @property
    def qualification_rate(self) -> Decimal | None:
        """Qualifying feedback as a percentage of all feedback; None in a week without any."""
        return percent(self.qualifying_feedback_count, self.total_feedback_count)

    def issue_mentions(self) -> dict[ThemeKey, int]:
        return {issue.key: issue.mentions for issue in self.negative_issues}

    def trend_mentions(self) -> dict[ThemeKey, int]:
        return {trend.key: trend.mentions for trend in self.positive_trends}
