"""Weekly aggregation: one store's ISO week of graded feedback becomes its WeeklyReport."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal
from typing import Any

from attrs import field, frozen

from kundrost.domain.analysis import Category, Sentiment
from kundrost.domain.decimals import rounded
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.predictions import predictive_insights
from kundrost.domain.priority import Priority
from kundrost.domain.ranking_policy import RankingPolicy
from kundrost.domain.recommendations import IssueFloors, ranked
from kundrost.domain.report_history import WeekThemes, compare, reports_by_week
from kundrost.domain.report_sections import (
    DepartmentInsight,
    HistoricalComparison,
    IssueItem,
    TrendItem,
)
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.theme_groups import (
    by_theme,
    group_label,
    grouped,
    mentions,
    normalised,
    shared_quotes,
)
from kundrost.domain.trend_policy import TrendPolicy
from kundrost.domain.validation import at_least, decimal_between, frozen_tuple, instance_of
from kundrost.domain.week import IsoWeek, resolve_zone
from kundrost.domain.week_tally import MentionCount, QuoteCandidates, WeekTally, week_tally
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.domain.weekly_report import WeeklyReport, mean_of, percent

__all__ = ["ReportPolicy", "WeeklyFeedback", "build_weekly_report", "report_of_tally"]


def _steps(
    _instance: object, attribute: Any, value: tuple[tuple[Decimal, int, Priority], ...]
) -> None:
    for share, customers, priority in value:
        decimal_between(Decimal(0), Decimal(1))(None, attribute, share)
        at_least(1)(None, attribute, customers)
        if not isinstance(priority, Priority):
            raise InvalidValue(
                attribute.name, f"must hold a Priority, got {type(priority).__name__}"
            )


@frozen
class ReportPolicy:
    """How a week is summarised. An issue's severity, and a recommendation's priority, grow
    with how many customers raised it: the first of `severity_steps` whose share of the
    week's counted feedback and number of customers it reaches (high from a fifth of the
    week and 3 customers, medium from a tenth and 2), low below all, so a single customer
    is never more than low however quiet the week; an item the analysis judged urgent (a
    safety or hygiene risk) makes it urgent from a single customer. A recommendation of an
    issue's category and department is drawn from it and never less urgent than it.
    Quotes are at most `quotes_per_item` excerpts of `quote_max_chars` characters from
    qualifying feedback, with e-mail addresses and digit runs (phone numbers) masked."""

    trend: TrendPolicy = field(factory=TrendPolicy, validator=instance_of(TrendPolicy))
    ranking: RankingPolicy = field(factory=RankingPolicy, validator=instance_of(RankingPolicy))
    max_recommendations: int = field(default=10, validator=at_least(0))
    top_themes_per_department: int = field(default=3, validator=at_least(0))
    quotes_per_item: int = field(default=2, validator=at_least(0))
    quote_max_chars: int = field(default=160, validator=at_least(20))
    average_window_weeks: int = field(default=4, validator=at_least(1))
    severity_steps: tuple[tuple[Decimal, int, Priority], ...] = field(
        default=((Decimal("0.20"), 3, Priority.HIGH), (Decimal("0.10"), 2, Priority.MEDIUM)),
        converter=frozen_tuple,
        validator=_steps,
    )

    def severity(self, customers: int, counted: int, items: Iterable[Priority]) -> Priority:
        if any(p is Priority.URGENT for p in items):
            return Priority.URGENT
        share = Decimal(customers) / max(counted, 1)
        return next(
            (
                p
                for at_share, at_count, p in self.severity_steps
                if share >= at_share and customers >= at_count
            ),
            Priority.LOW,
        )


def _quotes(
    tally: WeekTally,
    groups: Sequence[list[MentionCount]],
    policy: ReportPolicy,
    excerpts: dict[str | None, str | None],
    taken: set[str],
) -> list[list[SampleQuote]]:
    candidates = [tally.quotes.get(group[0].group, _NO_QUOTES) for group in groups]
    limit, max_chars = policy.quotes_per_item, policy.quote_max_chars
    return shared_quotes(candidates, limit, max_chars, excerpts, taken)


def _issue(
    tally: WeekTally, group: list[MentionCount], policy: ReportPolicy, quotes: list[SampleQuote]
) -> IssueItem:
    label, category, department = group_label(group)
    items = [c.item_priority for c in group if c.item_priority is not None]
    count = mentions(group)
    severity = policy.severity(count, tally.counted, items)
    return IssueItem(label, category, department, count, severity, quotes)


def issue_floors(issues: Iterable[IssueItem]) -> IssueFloors:
    """The most severe issue of each category and department: the least urgency of a
    recommendation drawn from it (`ranked`)."""
    floors: dict[tuple[Category, str], Priority] = {}
    for issue in issues:
        key = (issue.category, normalised(issue.department))
        if issue.severity.rank > floors.get(key, Priority.LOW).rank:
            floors[key] = issue.severity
    return floors


def _department(group: list[MentionCount], policy: ReportPolicy) -> DepartmentInsight:
    count = mentions(group)
    positive = mentions([c for c in group if c.sentiment is Sentiment.POSITIVE])
    negative = mentions([c for c in group if c.sentiment is Sentiment.NEGATIVE])
    mixed = mentions([c for c in group if c.sentiment is Sentiment.MIXED])
    top = [group_label(themes)[0] for themes in by_theme(group)]
    return DepartmentInsight(
        department=group_label(group)[2] or "",
        mentions=count,
        positive_count=positive,
        negative_count=negative,
        sentiment_score=rounded(Decimal(positive - negative) / count),
        top_themes=top[: policy.top_themes_per_department],
        mixed_count=mixed,
    )


def build_weekly_report(
    report_id: ReportId,
    store_id: StoreId,
    week: IsoWeek,
    feedback: Iterable[WeeklyFeedback],
    history: Sequence[WeeklyReport],
    now: datetime,
    zone: tzinfo | str | None = None,
    policy: ReportPolicy | None = None,
) -> WeeklyReport:
    """The week's report. Feedback created outside the week (in the store's zone, default
    Europe/Stockholm) or given twice is refused: it signals a query for the wrong week.
    Fraudulent feedback counts only in the total. Themes and recommendations come from all
    other feedback; averages and quotes from qualifying feedback only. `history` holds the
    store's earlier reports, in any order; reports of this or later weeks are ignored. An
    issue is new when the previous week's report does not list it, so with no report for
    that week every issue is new: the store has not been told about any of them yet. The
    analysis usage sums every feedback's tokens and cost, fraudulent feedback included."""
    local = resolve_zone(zone)
    given = list(feedback)
    # A moment a day or more inside the week's bounds is in it whatever the zone's offsets;
    # only those near the ends need the calendar's answer.
    start, end = week.bounds(local)
    inner_start, inner_end = start + timedelta(days=1), end - timedelta(days=1)
    for index, item in enumerate(given):
        inside = inner_start <= item.created_at < inner_end
        if not inside and not week.contains(item.created_at, local):
            raise InvalidValue(f"feedback[{index}].created_at", f"is not in {week}", week=str(week))
    if len({f.assessment_id for f in given}) != len(given):
        raise InvalidValue("feedback", "the same assessment is given twice")
    return report_of_tally(report_id, store_id, week, week_tally(given), history, now, policy)


def report_of_tally(
    report_id: ReportId,
    store_id: StoreId,
    week: IsoWeek,
    tally: WeekTally,
    history: Sequence[WeeklyReport],
    now: datetime,
    policy: ReportPolicy | None = None,
) -> WeeklyReport:
    """The week's report from its tally (`week_tally` of its feedback, or a reader's own
    count of the same), as `build_weekly_report` describes it."""
    policy = policy or ReportPolicy()
    earlier = {w: r for w, r in reports_by_week(history, store_id).items() if w < week}
    positive = by_theme(c for c in tally.mentions if c.sentiment is Sentiment.POSITIVE)
    negative = by_theme(c for c in tally.mentions if c.sentiment is Sentiment.NEGATIVE)
    excerpts: dict[str | None, str | None] = {}  # this report's: customer words, not kept
    taken: set[str] = set()  # issues quote first: the page's place for words shown once
    trending = [group for group in positive if mentions(group) >= policy.trend.min_mentions]
    issues = [
        _issue(tally, group, policy, quotes)
        for group, quotes in zip(
            negative, _quotes(tally, negative, policy, excerpts, taken), strict=True
        )
    ]
    departments = grouped(
        (c for c in tally.mentions if c.department is not None), lambda c: c.department_key
    )
    previous = earlier.get(week.previous())
    known = previous.issue_mentions() if previous else {}
    this_week = _ThisWeek(
        total_feedback_count=tally.total,
        qualifying_feedback_count=tally.qualifying,
        average_quality_score=mean_of(tally.overall_sum, tally.qualifying),
        positive_trends=[
            TrendItem(*group_label(group), mentions(group), quotes)
            for group, quotes in zip(
                trending, _quotes(tally, trending, policy, excerpts, taken), strict=True
            )
        ],
        negative_issues=issues,
    )
    window = [
        earlier[w]
        for n in range(1, policy.average_window_weeks + 1)
        if (w := week.shifted(-n)) in earlier
    ]
    comparison = HistoricalComparison(
        compare(this_week, [previous] if previous else []), compare(this_week, window)
    )
    series: dict[IsoWeek, WeekThemes] = {**earlier, week: this_week}
    return WeeklyReport(
        id=report_id,
        store_id=store_id,
        week=week,
        generated_at=now,
        total_feedback_count=tally.total,
        qualifying_feedback_count=tally.qualifying,
        average_quality_score=this_week.average_quality_score,
        average_reward_percentage=mean_of(tally.reward_sum, tally.rewards),
        positive_trends=this_week.positive_trends,
        negative_issues=issues,
        new_issues=[issue for issue in issues if issue.key not in known],
        department_insights=[_department(group, policy) for group in departments],
        historical_comparison=comparison,
        predictive_insights=predictive_insights(series, week, policy.trend),
        actionable_recommendations=ranked(
            tally.recommendations,
            now,
            policy.ranking,
            policy.max_recommendations,
            lambda count: policy.severity(count.frequency, tally.counted, [count.priority]),
            issue_floors(issues),
        ),
        analysis_usage=tally.usage,
    )


@frozen
class _ThisWeek:
    """The figures and themes of the report being built that its comparison with earlier
    weeks and its insights read, so that the report is built (and validated) once."""

    total_feedback_count: int
    qualifying_feedback_count: int
    average_quality_score: Decimal | None
    positive_trends: list[TrendItem]
    negative_issues: list[IssueItem]

    @property
    def qualification_rate(self) -> Decimal | None:
        return percent(self.qualifying_feedback_count, self.total_feedback_count)


_NO_QUOTES = QuoteCandidates()
