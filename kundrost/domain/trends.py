"""Trends: how a store's weekly reports move over a period of weeks, as GET /trends shows them."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from attrs import field, frozen

from kundrost.domain.analysis import Category
from kundrost.domain.decimals import rounded
from kundrost.domain.errors import InvalidValue
from kundrost.domain.predictions import predictive_insights
from kundrost.domain.report_history import reports_by_week, theme_series
from kundrost.domain.report_sections import PredictiveInsight
from kundrost.domain.trend_policy import TrendPolicy
from kundrost.domain.validation import (
    at_least,
    decimal,
    each,
    frozen_tuple,
    instance_of,
    text_length,
)
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport

__all__ = ["ThemeTrend", "TrendPolicy", "Trends", "WeekPoint", "trends"]


@frozen
class WeekPoint:
    """One week of a trend; the figures are None for a week without a report."""

    week: IsoWeek = field(validator=instance_of(IsoWeek))
    feedback_count: int | None = field(default=None, validator=at_least(0))
    average_quality_score: Decimal | None = None
    qualification_rate: Decimal | None = None


@frozen
class ThemeTrend:
    """A complaint theme over the period: mentions per week (oldest first, 0 where the week
    had none or no report) and `change`, the later half's weekly average minus the earlier's."""

    label: str = field(validator=text_length(1, 200))
    category: Category = field(validator=instance_of(Category))
    department: str | None = field(validator=text_length(1, 200))
    weekly_mentions: tuple[int, ...] = field(converter=frozen_tuple, validator=each(int))
    change: Decimal = field(validator=decimal)


@frozen
class Trends:
    """What GET /trends returns: the weekly series, rising issues, improving areas, insights."""

    weeks: tuple[WeekPoint, ...] = field(
        default=(), converter=frozen_tuple, validator=each(WeekPoint)
    )
    rising_issues: tuple[ThemeTrend, ...] = field(
        default=(), converter=frozen_tuple, validator=each(ThemeTrend)
    )
    improving_areas: tuple[ThemeTrend, ...] = field(
        default=(), converter=frozen_tuple, validator=each(ThemeTrend)
    )
    predictive_insights: tuple[PredictiveInsight, ...] = field(
        default=(), converter=frozen_tuple, validator=each(PredictiveInsight)
    )


def _average(counts: list[int], weeks: list[IsoWeek], reported: set[IsoWeek]) -> Decimal:
    present = [count for count, week in zip(counts, weeks, strict=True) if week in reported]
    return Decimal(sum(present)) / len(present)


def trends(
    reports: Iterable[WeeklyReport],
    weeks: int = 4,
    until: IsoWeek | None = None,
    policy: TrendPolicy | None = None,
) -> Trends:
    """The `weeks` weeks up to `until` (default: the newest report's week). An issue is rising
    when its weekly average over the later half of the period, counting only weeks with a
    report, beats the earlier half's with at least `min_mentions` mentions in the later half;
    it is improving when the average fell from at least `min_mentions` in the earlier half."""
    policy = policy or TrendPolicy()
    if weeks not in policy.periods:
        raise InvalidValue("period", f"must be one of {policy.periods} weeks")
    by_week = reports_by_week(reports)
    until = until or max(by_week, default=None)
    if until is None:
        return Trends()
    window = [until.shifted(-offset) for offset in range(weeks - 1, -1, -1)]
    points = [
        WeekPoint(w, r.total_feedback_count, r.average_quality_score, r.qualification_rate)
        if (r := by_week.get(w))
        else WeekPoint(w)
        for w in window
    ]
    half = weeks // 2
    earlier, later = window[:half], window[half:]
    reported = set(by_week) & set(window)
    rising: list[ThemeTrend] = []
    improving: list[ThemeTrend] = []
    if reported & set(earlier) and reported & set(later):
        for item, counts in theme_series(by_week, window, negative=True).values():
            change = _average(counts[half:], later, reported) - _average(
                counts[:half], earlier, reported
            )
            line = ThemeTrend(item.label, item.category, item.department, counts, rounded(change))
            if change > 0 and sum(counts[half:]) >= policy.min_mentions:
                rising.append(line)
            elif change < 0 and sum(counts[:half]) >= policy.min_mentions:
                improving.append(line)
    rising.sort(key=lambda t: (-t.change, t.label))
    improving.sort(key=lambda t: (t.change, t.label))
    return Trends(
        weeks=points,
        rising_issues=rising[: policy.max_items],
        improving_areas=improving[: policy.max_items],
        predictive_insights=predictive_insights(by_week, until, policy),
    )
