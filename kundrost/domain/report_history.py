"""Report history: a store's weekly reports, one per week, as theme series and comparisons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Protocol

from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.report_sections import Comparison, IssueItem, TrendItem
from kundrost.domain.theme_groups import ThemeKey
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport, mean


class WeekFigures(Protocol):
    """What `compare` reads of a week: a report, or one being built."""

    @property
    def total_feedback_count(self) -> int: ...
    @property
    def average_quality_score(self) -> Decimal | None: ...
    @property
    def qualification_rate(self) -> Decimal | None: ...


class WeekThemes(Protocol):
    """What `theme_series` reads of a week: a report, or one being built."""

    @property
    def positive_trends(self) -> Sequence[TrendItem]: ...
    @property
    def negative_issues(self) -> Sequence[IssueItem]: ...


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


def theme_series(
    by_week: Mapping[IsoWeek, WeekThemes], weeks: list[IsoWeek], negative: bool
) -> dict[ThemeKey, tuple[Any, list[int]]]:
    """Per complaint (or praise) theme: its latest item and its mentions week by week."""
    found: dict[ThemeKey, tuple[Any, list[int]]] = {}
    for index, week in enumerate(weeks):
        report = by_week.get(week)
        items: Sequence[Any] = (
            () if report is None else report.negative_issues if negative else report.positive_trends
        )
        for item in items:
            counts = found.get(item.key, (item, [0] * len(weeks)))[1]
            counts[index] = item.mentions
            found[item.key] = (item, counts)
    return found


def _less(current: Decimal | None, baseline: Decimal | None) -> Decimal | None:
    return None if current is None or baseline is None else current - baseline


def compare(current: WeekFigures, baseline: Sequence[WeeklyReport]) -> Comparison | None:
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
