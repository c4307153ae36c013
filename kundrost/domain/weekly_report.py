"""WeeklyReport: what one store's customers said in one ISO week."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from attrs import field, frozen

from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.decimals import rounded
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.recommendations import Recommendation
from kundrost.domain.report_sections import (
    Comparison,
    DepartmentInsight,
    HistoricalComparison,
    InsightKind,
    IssueItem,
    PredictiveInsight,
    TrendItem,
)
from kundrost.domain.theme_groups import ThemeKey
from kundrost.domain.validation import (
    at_least,
    aware,
    decimal_between,
    each,
    frozen_tuple,
    instance_of,
    unit_interval,
)
from kundrost.domain.week import IsoWeek

__all__ = [
    "Comparison",
    "DepartmentInsight",
    "HistoricalComparison",
    "InsightKind",
    "IssueItem",
    "PredictiveInsight",
    "ReportStatus",
    "TrendItem",
    "WeeklyReport",
    "mean",
    "mean_of",
    "percent",
]


def percent(part: int, whole: int) -> Decimal | None:
    return None if whole == 0 else rounded(Decimal(100 * part) / whole)


def mean(values: Iterable[Decimal | None]) -> Decimal | None:
    """The rounded mean of the values present; None when there are none."""
    present = [value for value in values if value is not None]
    return mean_of(sum(present, Decimal(0)), len(present))


def mean_of(total: Decimal, count: int) -> Decimal | None:
    """The rounded mean of `count` values that sum to `total`; None when there are none."""
    return rounded(total / count) if count else None


_count = at_least(0)
_percentage = decimal_between(Decimal(0), Decimal(100))


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
    analysis_usage: AnalysisUsage = field(
        factory=AnalysisUsage, validator=instance_of(AnalysisUsage)
    )
    """What reading the week's feedback cost: the model's tokens and US dollars, over all of
    it, fraudulent feedback included (it was read too)."""

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
