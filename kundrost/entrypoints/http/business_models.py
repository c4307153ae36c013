"""Request and response bodies of `/api/ai/business`, and their conversion to and from the domain.

Scores are numbers in 0–1; percentages and changes are numbers with 2 decimals; weeks are
named by their Monday (`analysis_week`) and, in trends, also as `2026-W48`. Opening hours
are local wall-clock times `HH:MM` in the store's time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Annotated, Literal
from uuid import UUID
from zoneinfo import available_timezones

import msgspec

from kundrost.application.business_context import ContextSaved
from kundrost.application.recommendations import RecommendationsView
from kundrost.application.search import HitKind, SearchResults
from kundrost.domain.analysis import Category, Level
from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
    OpeningHours,
    Question,
    Weekday,
)
from kundrost.domain.completeness import Gap
from kundrost.domain.email_address import EMAIL_PATTERN, MAX_RECIPIENTS
from kundrost.domain.ids import StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.recommendations import Recommendation
from kundrost.domain.report_sections import (
    Comparison,
    DepartmentInsight,
    InsightKind,
    IssueItem,
    PredictiveInsight,
    TrendItem,
)
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.trends import ThemeTrend, Trends, WeekPoint
from kundrost.domain.weekly_report import ReportStatus, WeeklyReport
from kundrost.entrypoints.http.analysis_models import Percentage, Score, number, optional_number
from kundrost.entrypoints.http.limits import Day, days_in_calendar, text_rules
from kundrost.entrypoints.http.metadata_models import AnalysisUsageBody, usage_body

STORE_EXAMPLE = "3d6e1f0a-5b4c-4e2d-9a8b-1c0f7e6d5a43"
GENERATE_EXAMPLE = {"store_id": STORE_EXAMPLE, "analysis_week": "2026-11-16", "force": False}
CONTEXT_EXAMPLE = {
    "timezone": "Europe/Stockholm",
    "operating_hours": {
        day: {"open": "08:00", "close": "20:00"}
        for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    },
    "closed_dates": ["2026-12-25"],
    "departments": [
        {"name": "Kött", "aliases": ["köttdisken", "chark"]},
        {"name": "Kassan", "aliases": ["kassa", "kassorna"]},
        {"name": "Bageriet", "aliases": ["bröd"]},
    ],
    "current_campaigns": [{"name": "Julskinka -20 %", "starts_on": "2026-12-01"}],
    "question_configuration": [
        {"question": "Hur upplevde du servicen i köttdisken?", "priority": "high"},
        {"question": "Hur lång var kön i kassan?", "frequency": 2},
        {"question": "Hittade du allt du letade efter?"},
    ],
    "baseline_facts": [{"statement": "Butiken har ingen fiskdisk.", "topic": "fisk"}],
    "store_name": "ICA Nära Årsta",
    "report_recipients": ["ägare@example.se"],
}

StoreIdField = Annotated[UUID, msgspec.Meta(description="The store.", examples=[STORE_EXAMPLE])]
Change = Annotated[float, msgspec.Meta(description="Later minus earlier, 2 decimals.")]
ClockTime = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$(?!\n)",
        description="Local wall-clock time, HH:MM.",
        examples=["08:00"],
    ),
]
Name = Annotated[str, text_rules(1, 100)]
DepartmentName = Annotated[str, text_rules(1, 100, examples=["Köttdisken"])]
CampaignName = Annotated[str, text_rules(1, 200, examples=["Julskinka -20 %"])]
Description = Annotated[str, text_rules(0, 1000)]
QuestionText = Annotated[
    str, text_rules(1, 300, examples=["Hur upplevde du servicen i köttdisken?"])
]
Statement = Annotated[str, text_rules(1, 300, examples=["Vi har ingen fiskdisk."])]
StoreName = Annotated[str, text_rules(1, 200, examples=["ICA Nära Årsta"])]
if TYPE_CHECKING:
    TimeZone = str  # mypy reads no Literal built at run time; msgspec reads the one below
else:
    TimeZone = Literal[tuple(sorted(available_timezones() - {"localtime", "Factory"}))]
"""An IANA time zone of the machine's database, e.g. `Europe/Stockholm`."""
MAX_DEPARTMENTS = 100
MAX_ALIASES = 20
"""Of one department."""
MAX_CAMPAIGNS = 50
MAX_QUESTIONS = 50
MAX_FACTS = 100
MAX_CLOSED_DATES = 366
"""The most of each list a context holds: ample for the largest store (a hypermarket has
a few dozen departments; a call asks a few questions), and a bound on what every call plan,
fraud check and search reads of the context. Beyond one is a 400 naming the list."""


def at_most(items: int, description: str | None = None, *, unique: bool = False) -> msgspec.Meta:
    extra = {"uniqueItems": True} if unique else None
    return msgspec.Meta(max_length=items, description=description, extra_json_schema=extra)


Recipients = Annotated[
    list[Annotated[str, msgspec.Meta(min_length=3, max_length=254, pattern=EMAIL_PATTERN)]],
    msgspec.Meta(
        max_length=MAX_RECIPIENTS,
        description="Who gets the weekly report by e-mail on Monday (when SMTP is configured); "
        "each address once, whatever its case.",
        examples=[["ägare@example.se"]],
    ),
]


class GenerateRequest(msgspec.Struct, forbid_unknown_fields=True):
    store_id: StoreIdField
    analysis_week: Annotated[
        Day,
        msgspec.Meta(
            description="The week's Monday; the week must have begun.", examples=["2026-11-16"]
        ),
    ]
    force: Annotated[
        bool, msgspec.Meta(description="Rebuild the week's report when there is one.")
    ] = False

    def __post_init__(self) -> None:
        days_in_calendar(analysis_week=self.analysis_week)


class ReportAccepted(msgspec.Struct):
    report_id: UUID
    status: ReportStatus


class TrendItemBody(msgspec.Struct):
    label: str
    category: Category
    department: str | None
    mentions: int
    sample_quotes: list[str]


class IssueItemBody(msgspec.Struct):
    label: str
    category: Category
    department: str | None
    mentions: int
    severity: Priority
    sample_quotes: list[str]


class DepartmentInsightBody(msgspec.Struct):
    department: str
    mentions: int
    positive_count: int
    negative_count: int
    sentiment_score: Annotated[float, msgspec.Meta(ge=-1, le=1)]
    top_themes: list[str]
    mixed_count: int


class ComparisonBody(msgspec.Struct):
    """This week against `weeks` earlier reports; a change is null when a side is missing."""

    weeks: int
    feedback_count: float
    feedback_count_change: float
    average_quality_score: Score | None
    average_quality_change: float | None
    qualification_rate: Percentage | None
    qualification_rate_change: float | None


class HistoricalComparisonBody(msgspec.Struct):
    previous_week: ComparisonBody | None
    recent_average: ComparisonBody | None


class PredictiveInsightBody(msgspec.Struct):
    kind: InsightKind
    label: str
    category: Category
    department: str | None
    weekly_mentions: list[int]
    description: str


class RecommendationBody(msgspec.Struct):
    category: Category
    description: Annotated[
        str, msgspec.Meta(examples=["Fler öppna kassor mellan 16 och 18 på vardagar"])
    ]
    priority: Priority
    department: str | None
    frequency: int
    last_seen: datetime
    score: Score
    estimated_impact: Level
    implementation_complexity: Level


class WeeklyReportBody(msgspec.Struct):
    """One store's ISO week of feedback. Averages are over qualifying feedback;
    `analysis_usage` is what reading the week's feedback cost (the model's tokens and US
    dollars, fraudulent feedback included)."""

    report_id: UUID
    store_id: UUID
    analysis_week: date
    status: ReportStatus
    total_feedback_count: int
    qualifying_feedback_count: int
    qualification_rate: Percentage | None
    average_quality_score: Score | None
    average_reward_percentage: Percentage | None
    positive_trends: list[TrendItemBody]
    negative_issues: list[IssueItemBody]
    new_issues: list[IssueItemBody]
    department_insights: list[DepartmentInsightBody]
    historical_comparison: HistoricalComparisonBody
    predictive_insights: list[PredictiveInsightBody]
    actionable_recommendations: list[RecommendationBody]
    generated_at: datetime
    analysis_usage: AnalysisUsageBody


class ReportList(msgspec.Struct):
    reports: list[WeeklyReportBody]


class SearchHitBody(msgspec.Struct):
    kind: HitKind
    id: Annotated[UUID, msgspec.Meta(description="The assessment the hit belongs to.")]
    text: Annotated[str, msgspec.Meta(examples=["Köttdisken: fantastisk service"])]
    score: Score
    date: date
    department: str | None


class SearchResponse(msgspec.Struct):
    results: list[SearchHitBody]
    total_matches: int
    search_time_ms: int


class WeekPointBody(msgspec.Struct):
    """One week; the figures are null for a week without a report."""

    week: Annotated[str, msgspec.Meta(examples=["2026-W47"])]
    week_start: date
    feedback_count: int | None
    average_quality_score: Score | None
    qualification_rate: Percentage | None


class ThemeTrendBody(msgspec.Struct):
    label: str
    category: Category
    department: str | None
    weekly_mentions: list[int]
    change: Change


class TrendsResponse(msgspec.Struct):
    weeks: list[WeekPointBody]
    rising_issues: list[ThemeTrendBody]
    improving_areas: list[ThemeTrendBody]
    predictive_insights: list[PredictiveInsightBody]


class SummaryStats(msgspec.Struct):
    total: int
    by_priority: dict[str, int]
    by_category: dict[str, int]


class RecommendationsResponse(msgspec.Struct):
    recommendations: list[RecommendationBody]
    summary_stats: SummaryStats


class HoursBody(msgspec.Struct, forbid_unknown_fields=True):
    """A closing time at or before the opening time means the store closes after midnight."""

    open: ClockTime
    close: ClockTime


class DepartmentBody(msgspec.Struct, forbid_unknown_fields=True):
    """A department; no name or alias may be used twice in a context, whatever its case."""

    name: DepartmentName
    aliases: Annotated[list[Name], at_most(MAX_ALIASES)] = msgspec.field(default_factory=list)


class CampaignBody(msgspec.Struct, forbid_unknown_fields=True):
    """A campaign; it cannot end (`ends_on`) before it starts (`starts_on`)."""

    name: CampaignName
    description: Description = ""
    starts_on: Day | None = None
    ends_on: Day | None = None

    def __post_init__(self) -> None:
        days_in_calendar(starts_on=self.starts_on, ends_on=self.ends_on)


class QuestionBody(msgspec.Struct, forbid_unknown_fields=True):
    question: QuestionText
    priority: Priority = Priority.MEDIUM
    frequency: Annotated[int, msgspec.Meta(ge=1, le=1000, description="Every N-th call.")] = 1
    department: Name | None = None


class BaselineFactBody(msgspec.Struct, forbid_unknown_fields=True):
    statement: Statement
    topic: Name | None = None


class ContextBody(msgspec.Struct, forbid_unknown_fields=True):
    """What a store tells kundrost about itself. A PUT replaces the whole context."""

    timezone: TimeZone = "Europe/Stockholm"
    operating_hours: dict[Weekday, HoursBody] = msgspec.field(default_factory=dict)
    closed_dates: Annotated[
        list[Day],
        at_most(MAX_CLOSED_DATES, "Days the store is closed, each day once.", unique=True),
    ] = msgspec.field(default_factory=list)
    departments: Annotated[list[DepartmentBody], at_most(MAX_DEPARTMENTS)] = msgspec.field(
        default_factory=list
    )
    current_campaigns: Annotated[list[CampaignBody], at_most(MAX_CAMPAIGNS)] = msgspec.field(
        default_factory=list
    )
    question_configuration: Annotated[list[QuestionBody], at_most(MAX_QUESTIONS)] = msgspec.field(
        default_factory=list
    )
    baseline_facts: Annotated[list[BaselineFactBody], at_most(MAX_FACTS)] = msgspec.field(
        default_factory=list
    )
    store_name: StoreName | None = None
    report_recipients: Recipients = msgspec.field(default_factory=list)

    def __post_init__(self) -> None:
        days_in_calendar(**{f"closed_dates[{i}]": day for i, day in enumerate(self.closed_dates)})
        each_day_once(self.closed_dates)


def each_day_once(days: list[date]) -> None:
    """A closed day listed twice is most likely a slip for another day, so it is refused,
    naming the second listing, rather than silently stored once."""
    first: dict[date, int] = {}
    for index, day in enumerate(days):
        if day in first:
            again = f"`closed_dates[{index}]` {day} is listed twice"
            raise ValueError(f"{again} (first as closed_dates[{first[day]}])")
        first[day] = index


class StoredContext(msgspec.Struct):
    """The store's context as stored, with its version and how complete it is."""

    store_id: UUID
    context_version: int
    completeness_score: Score
    gaps: list[Gap]
    warnings: list[str]
    timezone: str
    operating_hours: dict[Weekday, HoursBody]
    closed_dates: list[date]
    departments: list[DepartmentBody]
    current_campaigns: list[CampaignBody]
    question_configuration: list[QuestionBody]
    baseline_facts: list[BaselineFactBody]
    store_name: str | None
    report_recipients: list[str]


class ContextSavedBody(msgspec.Struct):
    context_version: int
    completeness_score: Score
    gaps: list[Gap]
    warnings: list[str]


def _clock(value: str) -> time:
    return time.fromisoformat(value)


def context_from_body(store_id: StoreId, body: ContextBody) -> BusinessContext:
    """The domain context; its own rules (a known zone, distinct department names, hours
    that differ) raise `InvalidValue`, a 400 naming the field."""
    return BusinessContext(
        store_id=store_id,
        timezone=body.timezone,
        operating_hours={
            day: OpeningHours(_clock(hours.open), _clock(hours.close))
            for day, hours in body.operating_hours.items()
        },
        closed_dates=body.closed_dates,
        departments=[Department(d.name, tuple(d.aliases)) for d in body.departments],
        current_campaigns=[
            Campaign(c.name, c.description, c.starts_on, c.ends_on) for c in body.current_campaigns
        ],
        question_configuration=[
            Question(q.question, q.priority, q.frequency, q.department)
            for q in body.question_configuration
        ],
        baseline_facts=[BaselineFact(f.statement, f.topic) for f in body.baseline_facts],
        store_name=body.store_name,
        report_recipients=body.report_recipients,
    )


def saved_body(saved: ContextSaved) -> ContextSavedBody:
    return ContextSavedBody(
        context_version=saved.context.version,
        completeness_score=number(saved.completeness.score),
        gaps=list(saved.completeness.gaps),
        warnings=list(saved.completeness.warnings),
    )


def context_body(context: BusinessContext) -> StoredContext:
    completeness = context.completeness()
    return StoredContext(
        store_id=context.store_id,
        context_version=context.version,
        completeness_score=number(completeness.score),
        gaps=list(completeness.gaps),
        warnings=list(completeness.warnings),
        timezone=context.timezone,
        operating_hours={
            day: HoursBody(hours.open.strftime("%H:%M"), hours.close.strftime("%H:%M"))
            for day, hours in sorted(
                context.operating_hours.items(), key=lambda pair: list(Weekday).index(pair[0])
            )
        },
        closed_dates=sorted(context.closed_dates),
        departments=[DepartmentBody(d.name, list(d.aliases)) for d in context.departments],
        current_campaigns=[
            CampaignBody(c.name, c.description, c.starts_on, c.ends_on)
            for c in context.current_campaigns
        ],
        question_configuration=[
            QuestionBody(q.question, q.priority, q.frequency, q.department)
            for q in context.question_configuration
        ],
        baseline_facts=[BaselineFactBody(f.statement, f.topic) for f in context.baseline_facts],
        store_name=context.store_name,
        report_recipients=list(context.report_recipients),
    )


def _texts(quotes: Iterable[SampleQuote]) -> list[str]:
    """A quote's words; the call they came from stays inside kundrost."""
    return [quote.text for quote in quotes]


def _trend_item(item: TrendItem) -> TrendItemBody:
    return TrendItemBody(
        item.label, item.category, item.department, item.mentions, _texts(item.sample_quotes)
    )


def _issue_item(item: IssueItem) -> IssueItemBody:
    return IssueItemBody(
        item.label,
        item.category,
        item.department,
        item.mentions,
        item.severity,
        _texts(item.sample_quotes),
    )


def _department(insight: DepartmentInsight) -> DepartmentInsightBody:
    return DepartmentInsightBody(
        insight.department,
        insight.mentions,
        insight.positive_count,
        insight.negative_count,
        number(insight.sentiment_score),
        list(insight.top_themes),
        insight.mixed_count,
    )


def _comparison(comparison: Comparison | None) -> ComparisonBody | None:
    if comparison is None:
        return None
    return ComparisonBody(
        weeks=comparison.weeks,
        feedback_count=number(comparison.feedback_count),
        feedback_count_change=number(comparison.feedback_count_change),
        average_quality_score=optional_number(comparison.average_quality_score),
        average_quality_change=optional_number(comparison.average_quality_change),
        qualification_rate=optional_number(comparison.qualification_rate),
        qualification_rate_change=optional_number(comparison.qualification_rate_change),
    )


def insight_body(insight: PredictiveInsight) -> PredictiveInsightBody:
    return PredictiveInsightBody(
        insight.kind,
        insight.label,
        insight.category,
        insight.department,
        list(insight.weekly_mentions),
        insight.description,
    )


def recommendation_body(recommendation: Recommendation) -> RecommendationBody:
    return RecommendationBody(
        category=recommendation.category,
        description=recommendation.description,
        priority=recommendation.priority,
        department=recommendation.department,
        frequency=recommendation.frequency,
        last_seen=recommendation.last_seen,
        score=number(recommendation.score),
        estimated_impact=recommendation.estimated_impact,
        implementation_complexity=recommendation.implementation_complexity,
    )


def report_body(report: WeeklyReport) -> WeeklyReportBody:
    history = report.historical_comparison
    return WeeklyReportBody(
        report_id=report.id,
        store_id=report.store_id,
        analysis_week=report.analysis_week,
        status=report.status,
        total_feedback_count=report.total_feedback_count,
        qualifying_feedback_count=report.qualifying_feedback_count,
        qualification_rate=optional_number(report.qualification_rate),
        average_quality_score=optional_number(report.average_quality_score),
        average_reward_percentage=optional_number(report.average_reward_percentage),
        positive_trends=[_trend_item(item) for item in report.positive_trends],
        negative_issues=[_issue_item(item) for item in report.negative_issues],
        new_issues=[_issue_item(item) for item in report.new_issues],
        department_insights=[_department(insight) for insight in report.department_insights],
        historical_comparison=HistoricalComparisonBody(
            _comparison(history.previous_week), _comparison(history.recent_average)
        ),
        predictive_insights=[insight_body(insight) for insight in report.predictive_insights],
        actionable_recommendations=[
            recommendation_body(item) for item in report.actionable_recommendations
        ],
        generated_at=report.generated_at,
        analysis_usage=usage_body(report.analysis_usage),
    )


def search_body(results: SearchResults) -> SearchResponse:
    return SearchResponse(
        results=[
            SearchHitBody(hit.kind, hit.id, hit.text, number(hit.score), hit.date, hit.department)
            for hit in results.results
        ],
        total_matches=results.total_matches,
        search_time_ms=results.search_time_ms,
    )


def _week_point(point: WeekPoint) -> WeekPointBody:
    return WeekPointBody(
        week=str(point.week),
        week_start=point.week.monday,
        feedback_count=point.feedback_count,
        average_quality_score=optional_number(point.average_quality_score),
        qualification_rate=optional_number(point.qualification_rate),
    )


def _theme_trend(trend: ThemeTrend) -> ThemeTrendBody:
    return ThemeTrendBody(
        trend.label,
        trend.category,
        trend.department,
        list(trend.weekly_mentions),
        number(trend.change),
    )


def trends_body(trends: Trends) -> TrendsResponse:
    return TrendsResponse(
        weeks=[_week_point(point) for point in trends.weeks],
        rising_issues=[_theme_trend(trend) for trend in trends.rising_issues],
        improving_areas=[_theme_trend(trend) for trend in trends.improving_areas],
        predictive_insights=[insight_body(insight) for insight in trends.predictive_insights],
    )


def recommendations_body(view: RecommendationsView) -> RecommendationsResponse:
    stats = view.summary_stats
    return RecommendationsResponse(
        recommendations=[recommendation_body(item) for item in view.recommendations],
        summary_stats=SummaryStats(
            total=stats.total,
            by_priority={priority.value: count for priority, count in stats.by_priority.items()},
            by_category={category.value: count for category, count in stats.by_category.items()},
        ),
    )
