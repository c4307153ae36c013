"""Trends: how a store's weekly reports compare and move over weeks, and what that predicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import pairwise
from typing import Any

from attrs import field, frozen

from kundrost.domain.analysis import Category
from kundrost.domain.decimals import rounded
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.validation import (
    at_least,
    decimal,
    each,
    frozen_tuple,
    instance_of,
    text_length,
)
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import (
    Comparison,
    InsightKind,
    IssueItem,
    PredictiveInsight,
    ThemeKey,
    TrendItem,
    WeeklyReport,
    mean,
)


def _periods(_instance: object, attribute: Any, value: tuple[int, ...]) -> None:
    if not value or any(not isinstance(weeks, int) or weeks < 2 for weeks in value):
        raise InvalidValue(attribute.name, "periods are whole numbers of at least 2 weeks")


@frozen
class TrendPolicy:
    """A theme is a trend from `min_mentions` mentions (in a week, or in a half-period for a
    rising or improving issue). A prediction needs mentions moving the same way in each of
    the last `run_weeks` weeks, so `run_weeks + 1` consecutive weekly reports: three rises
    in a row (1 → 2 → 4 → 6) are a pattern, one or two can be chance."""

    periods: tuple[int, ...] = field(
        default=(4, 8, 12, 26), converter=frozen_tuple, validator=_periods
    )
    min_mentions: int = field(default=2, validator=at_least(1))
    run_weeks: int = field(default=3, validator=at_least(1))
    max_items: int = field(default=10, validator=at_least(0))


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


def reports_by_week(
    reports: Iterable[WeeklyReport], store_id: StoreId | None = None
) -> dict[IsoWeek, WeeklyReport]:
    """One report per week, the latest generated when a week was regenerated; all of one store."""
    by_week: dict[IsoWeek, WeeklyReport] = {}
    for report in reports:
        store_id = store_id or report.store_id
        if report.store_id != store_id:
            raise InvalidValue("reports", "reports of more than one store", store_id=str(store_id))
        kept = by_week.get(report.week)
        if kept is None or kept.generated_at <= report.generated_at:
            by_week[report.week] = report
    return by_week


def _series(
    by_week: Mapping[IsoWeek, WeeklyReport], weeks: list[IsoWeek], negative: bool
) -> dict[ThemeKey, tuple[Any, list[int]]]:
    """Per complaint (or praise) theme: its latest item and its mentions week by week."""
    found: dict[ThemeKey, tuple[Any, list[int]]] = {}
    for index, week in enumerate(weeks):
        report = by_week.get(week)
        items = (
            () if report is None else report.negative_issues if negative else report.positive_trends
        )
        for item in items:
            counts = found.get(item.key, (item, [0] * len(weeks)))[1]
            counts[index] = item.mentions
            found[item.key] = (item, counts)
    return found


_INSIGHT_TEXT = {
    InsightKind.LIKELY_TO_GROW: "Complaints about {theme} rose {run} weeks running ({series}): "
    "likely to grow unless it is addressed.",
    InsightKind.IMPROVING: "Complaints about {theme} fell {run} weeks running ({series}): "
    "this area is improving.",
    InsightKind.GROWING_STRENGTH: "Praise for {theme} rose {run} weeks running ({series}): "
    "a growing strength.",
}


def _insight(
    kind: InsightKind, item: IssueItem | TrendItem, counts: list[int], run: int
) -> PredictiveInsight:
    theme = f"{item.label} ({item.department})" if item.department else item.label
    series = " → ".join(str(count) for count in counts)
    text = _INSIGHT_TEXT[kind].format(theme=theme, run=run, series=series)
    return PredictiveInsight(kind, item.label, item.category, item.department, counts, text[:500])


def predictive_insights(
    by_week: Mapping[IsoWeek, WeeklyReport], last: IsoWeek, policy: TrendPolicy | None = None
) -> tuple[PredictiveInsight, ...]:
    """A complaint theme that rose in each of the last `run_weeks` weeks is likely to grow;
    one that fell in each is an improving area; praise that rose in each is a growing
    strength. A week without a report breaks the run: we cannot tell which way it went."""
    policy = policy or TrendPolicy()
    run = [last.shifted(-offset) for offset in range(policy.run_weeks, -1, -1)]
    if any(week not in by_week for week in run):
        return ()
    found: list[PredictiveInsight] = []
    for negative in (True, False):
        for item, counts in _series(by_week, run, negative).values():
            steps = list(pairwise(counts))
            if all(a < b for a, b in steps) and counts[-1] >= policy.min_mentions:
                kind = InsightKind.LIKELY_TO_GROW if negative else InsightKind.GROWING_STRENGTH
                found.append(_insight(kind, item, counts, policy.run_weeks))
            elif negative and all(a > b for a, b in steps) and counts[0] >= policy.min_mentions:
                found.append(_insight(InsightKind.IMPROVING, item, counts, policy.run_weeks))
    order = list(InsightKind)
    found.sort(
        key=lambda i: (order.index(i.kind), -abs(i.weekly_mentions[-1] - i.weekly_mentions[0]))
    )
    return tuple(found[: policy.max_items])


def _less(current: Decimal | None, baseline: Decimal | None) -> Decimal | None:
    return None if current is None or baseline is None else current - baseline


def compare(current: WeeklyReport, baseline: Sequence[WeeklyReport]) -> Comparison | None:
    """`current` against the average of `baseline` weeks (each week weighs the same);
    None when there is nothing to compare with."""
    if not baseline:
        return None
    count = mean(Decimal(r.total_feedback_count) for r in baseline) or Decimal(0)
    quality = mean(r.average_quality_score for r in baseline)
    rate = mean(r.qualification_rate for r in baseline)
    return Comparison(
        weeks=len(baseline),
        feedback_count=count,
        feedback_count_change=current.total_feedback_count - count,
        average_quality_score=quality,
        average_quality_change=_less(current.average_quality_score, quality),
        qualification_rate=rate,
        qualification_rate_change=_less(current.qualification_rate, rate),
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
        raise InvalidValue("period", f"must be one of {policy.periods} weeks, got {weeks!r}")
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
        for item, counts in _series(by_week, window, negative=True).values():
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
