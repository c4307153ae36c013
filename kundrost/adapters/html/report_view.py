"""A weekly report as its page shows it: the sections in Swedish, ready for the templates.

Everything here comes from the report and the store's earlier reports, as the JSON gives
them: counts, scores, theme labels, the analyzer's recommendations, and the quotes the
report holds (short excerpts of qualifying feedback, scrubbed of digits and addresses).
Nothing is looked up about a shopper, so nothing personal can reach a page or an e-mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from attrs import frozen

from kundrost.adapters.html import swedish
from kundrost.adapters.html.charts import Chart, Series, bar_chart, line_chart
from kundrost.adapters.html.palette import COLOURS
from kundrost.domain.recommendations import Recommendation, neutral_description
from kundrost.domain.report_page import ReportPage, StoreReports
from kundrost.domain.report_sections import (
    Comparison,
    InsightKind,
    IssueItem,
    PredictiveInsight,
    TrendItem,
)
from kundrost.domain.theme_groups import excerpt, normalised, quotes_words
from kundrost.domain.weekly_aggregation import ReportPolicy
from kundrost.domain.weekly_report import WeeklyReport

QUOTES_PER_RECOMMENDATION = 2
QUOTE_MAX_CHARS = ReportPolicy().quote_max_chars
"""A recommendation's quoted words are cut as a report's quotes are."""
QUOTED = re.compile(r'["“”„]([^"“”„]{4,})["“”]')
"""A customer's words quoted in a recommendation's own words."""
MIN_TITLE = 4
"""Fewer characters than this left of a title once a repeated quote is cut is no title."""


@frozen
class Figure:
    label: str
    value: str
    note: str = ""


@frozen
class ThemeView:
    label: str
    department: str | None
    mentions: int
    quotes: tuple[str, ...]
    severity: str | None = None
    severity_class: str = ""
    new: bool = False


@frozen
class DepartmentView:
    name: str
    mentions: int
    positive: int
    negative: int
    mixed: int
    mood: str
    mood_class: str
    top_themes: str


@frozen
class RecommendationView:
    rank: int
    description: str
    priority: str
    priority_class: str
    category: str
    department: str | None
    frequency: int
    impact: str
    effort: str
    quotes: tuple[str, ...]
    source: str = ""


@frozen
class InsightView:
    kind: str
    label: str
    description: str


@frozen
class ReportView:
    store_id: str
    report_id: str
    store_name: str
    title: str
    period: str
    generated: str
    finished: bool
    figures: tuple[Figure, ...]
    went_well: tuple[ThemeView, ...]
    issues: tuple[ThemeView, ...]
    new_issues: tuple[ThemeView, ...]
    departments: tuple[DepartmentView, ...]
    recommendations: tuple[RecommendationView, ...]
    comparisons: tuple[str, ...]
    charts: tuple[Chart, ...]
    insights: tuple[InsightView, ...]
    first: bool = False


def store_title(name: str | None) -> str:
    return name or "Din butik"


def _theme(
    item: TrendItem | IssueItem,
    new: frozenset[tuple[str, str]] = frozenset(),
    shown: set[str] | None = None,
    recommendations: Iterable[Recommendation] = (),
) -> ThemeView:
    severity = getattr(item, "severity", None)
    quotes = first_showing((quote.text for quote in item.sample_quotes), shown)
    if not quotes and isinstance(item, IssueItem):
        quotes = first_showing(drawn_quotes(item, recommendations), shown)[:1]
    return ThemeView(
        item.label,
        item.department,
        item.mentions,
        quotes,
        swedish.PRIORITIES[severity] if severity else None,
        f"priority-{severity.value}" if severity else "",
        item.key in new,
    )


def drawn_quotes(issue: IssueItem, recommendations: Iterable[Recommendation]) -> list[str]:
    """The customers' words quoted by the recommendations drawn from an issue (its category
    and department, its label in their words: "Åtgärda kö och väntetid: ”Kön var lång”"),
    for an issue whose own quotes the page showed elsewhere: the week's one sentence that
    named two themes ("självscanningen krånglade och det blev kö") is quoted by one."""
    wanted = (issue.category, normalised(issue.department))
    label = normalised(issue.label)
    words = []
    for recommendation in recommendations:
        if (recommendation.category, normalised(recommendation.department)) != wanted:
            continue
        title, own = own_quote(recommendation)
        if own and label in normalised(title):
            words.append(own)
    return words


INSIGHT_TEXT = {
    InsightKind.LIKELY_TO_GROW: "Klagomålen har ökat {run} veckor i rad ({series}) och kan "
    "fortsätta öka om inget görs.",
    InsightKind.IMPROVING: "Klagomålen har minskat {run} veckor i rad ({series}): det blir bättre.",
    InsightKind.GROWING_STRENGTH: "Berömmet har ökat {run} veckor i rad ({series}): en växande "
    "styrka.",
}


def insight_view(insight: PredictiveInsight) -> InsightView:
    """A prediction in Swedish, from its kind and weekly mentions (oldest first)."""
    label = f"{insight.label} ({insight.department})" if insight.department else insight.label
    series = " → ".join(str(count) for count in insight.weekly_mentions)
    run = len(insight.weekly_mentions) - 1
    text = INSIGHT_TEXT[insight.kind].format(run=run, series=series)
    return InsightView(swedish.INSIGHTS[insight.kind], label, text)


def first_showing(quotes: Iterable[str], shown: set[str] | None) -> tuple[str, ...]:
    """The quotes not yet on the page, which from now on are (`shown`, in page order): a
    customer's words appear once, where the page first has them; None keeps them all."""
    if shown is None:
        return tuple(quotes)
    fresh = tuple(dict.fromkeys(q for q in quotes if q not in shown))
    shown.update(fresh)
    return fresh


def without_shown_quote(recommendation: Recommendation, shown: Iterable[str]) -> str:
    """The recommendation's words without a quote the page already showed: its words up to
    that quote ("Åtgärda kö: ”Kön var lång”" → "Åtgärda kö"), or its category and
    department when nothing else is left."""
    description = recommendation.description
    for quote in shown:
        at = description.find(quote.rstrip("…").rstrip())
        if at < 0:
            continue
        return title_before(recommendation, at)
    return description


def title_before(recommendation: Recommendation, at: int) -> str:
    """The recommendation's words before `at`, where a customer's words begin, or its
    category and department when nothing else is left."""
    kept = recommendation.description[:at].rstrip(" :–-\"“”„'")
    return kept if len(kept) >= MIN_TITLE else neutral_description(recommendation)


def own_quote(recommendation: Recommendation) -> tuple[str, str | None]:
    """A recommendation's title and the customer's words it quotes, as the page shows
    them: "Förslag om färg: ”Ni borde ha en till …”" is the action "Förslag om färg" and
    the words under "Kunderna sa", short and scrubbed as a report's quotes are; words that
    are only masks ("[telefon]") stay out. Without quoted words, its words and None."""
    found = QUOTED.search(recommendation.description)
    if found is None:
        return recommendation.description, None
    words = excerpt(found.group(1).strip(), QUOTE_MAX_CHARS)
    return title_before(recommendation, found.start()), (
        words if words and quotes_words(words) else None
    )


def recommendation_quotes(
    recommendation: Recommendation, issues: Iterable[IssueItem]
) -> tuple[str, ...]:
    """The customers' own words behind a recommendation: the quotes of the week's issues of
    the same category and department (the report keeps quotes with its themes), except one
    the recommendation already quotes in its own words, which the owner has just read."""
    wanted = (recommendation.category, normalised(recommendation.department))
    quotes: list[str] = []
    for issue in issues:
        if (issue.category, normalised(issue.department)) != wanted:
            continue
        quotes.extend(
            q.text
            for q in issue.sample_quotes
            if q.text not in quotes and q.text not in recommendation.description
        )
    return tuple(quotes[:QUOTES_PER_RECOMMENDATION])


def recommendation_view(
    rank: int, item: Recommendation, report: WeeklyReport, shown: set[str] | None = None
) -> RecommendationView:
    """A recommendation as the page or the e-mail lists it. On a page (`shown`: the quotes
    shown above it, which it does not repeat, see `first_showing`) its title leaves out the
    customer's words it quotes, and "Kunderna sa" shows them under it, then the words of
    the issues of its category and department, at most `QUOTES_PER_RECOMMENDATION`. The
    e-mail passes the words the title quotes as `shown`: it quotes nobody."""
    description, own = item.description, None
    if shown is not None:
        description = without_shown_quote(item, shown)
        if description == item.description:
            description, own = own_quote(item)
        shown.update(QUOTED.findall(description))
    quotes = recommendation_quotes(item, report.negative_issues)
    if own:
        quotes = (own, *(q for q in quotes if q != own))[:QUOTES_PER_RECOMMENDATION]
    return RecommendationView(
        rank,
        swedish.quotation_marks(description),
        swedish.PRIORITIES[item.priority],
        f"priority-{item.priority.value}",
        swedish.CATEGORIES[item.category],
        item.department,
        item.frequency,
        swedish.IMPACT[item.estimated_impact],
        swedish.EFFORT[item.implementation_complexity],
        first_showing(quotes, shown),
        recommendation_source(item, report.negative_issues),
    )


NOT_AN_ISSUE = "Ur kundernas egna förslag och synpunkter, inte ur ett av klagomålen ovan."
"""Where a recommendation no issue of the week names comes from: a wish, a suggestion, or a
complaint in a sentence that also praised (a mixed mention, which is no issue)."""


def recommendation_source(recommendation: Recommendation, issues: Iterable[IssueItem]) -> str:
    """Where the recommendation comes from, in the owner's words: the issues of its category
    and department (those its words name, when they name some), or `NOT_AN_ISSUE`, so that
    every recommendation on the page traces to the week's feedback."""
    wanted = (recommendation.category, normalised(recommendation.department))
    words = normalised(recommendation.description)
    drawn = [i for i in issues if (i.category, normalised(i.department)) == wanted]
    named = [i for i in drawn if normalised(i.label) in words] or drawn
    if not named:
        return NOT_AN_ISSUE
    labels = [f"”{swedish.sentence(issue.label)}”" for issue in named]
    listed = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} och {labels[-1]}"
    return f"Hör till {'klagomålet' if len(labels) == 1 else 'klagomålen'} {listed} ovan."


def headline_figures(report: WeeklyReport, previous: Comparison | None) -> tuple[Figure, ...]:
    """Graded, qualifying, average quality and average cashback, each with its change
    against the week before when there was one."""

    def against(change: Decimal | None, decimals: int = 0, unit: str = "") -> str:
        if previous is None or change is None:
            return ""
        return f"{swedish.signed(change, decimals, unit)} mot veckan före"

    return (
        Figure(
            "Bedömda samtal",
            swedish.number(report.total_feedback_count),
            against(previous.feedback_count_change if previous else None),
        ),
        Figure(
            "Godkänd feedback",
            swedish.number(report.qualifying_feedback_count),
            f"{swedish.percent(report.qualification_rate)} av samtalen"
            if report.qualification_rate is not None
            else "",
        ),
        Figure(
            "Genomsnittlig kvalitet",
            swedish.out_of_100(report.average_quality_score),
            against(
                previous.average_quality_change * 100
                if previous and previous.average_quality_change is not None
                else None,
                unit="poäng",
            ),
        ),
        Figure(
            "Utbetald återbäring",
            swedish.percent(report.average_reward_percentage, 2),
            "i genomsnitt av köpesumman, för godkänd feedback",
        ),
    )


def _comparison_lines(report: WeeklyReport) -> tuple[str, ...]:
    lines = []
    for name, comparison in (
        ("veckan före", report.historical_comparison.previous_week),
        ("snittet av de senaste veckorna", report.historical_comparison.recent_average),
    ):
        if comparison is None:
            continue
        weeks = "" if comparison.weeks == 1 else f" ({comparison.weeks} veckor)"
        parts = [
            f"{swedish.number(comparison.feedback_count, 1)} samtal "
            f"({swedish.signed(comparison.feedback_count_change, 1)})"
        ]
        if comparison.average_quality_score is not None:
            change = comparison.average_quality_change
            parts.append(
                f"kvalitet {swedish.points(comparison.average_quality_score)}"
                + (f" ({swedish.signed(change * 100)})" if change is not None else "")
            )
        if comparison.qualification_rate is not None:
            change = comparison.qualification_rate_change
            parts.append(
                f"godkänd andel {swedish.percent(comparison.qualification_rate)}"
                + (f" ({swedish.signed(change, 1, '%')})" if change is not None else "")
            )
        lines.append(f"Jämfört med {name}{weeks}: " + ", ".join(parts) + ".")
    return tuple(lines)


def comparison_charts(report: WeeklyReport, earlier: Sequence[WeeklyReport]) -> tuple[Chart, ...]:
    """The weeks from the earliest of `earlier` up to the report's (a week without a report
    shows as a gap): calls graded and qualifying, and quality beside the qualifying share."""
    first = earlier[0].week if earlier else report.week
    count = report.week.weeks_since(first) + 1
    weeks = [first.shifted(i) for i in range(count)]
    by_week = {r.week: r for r in (*earlier, report)}
    rows = [by_week.get(week) for week in weeks]
    names = [swedish.week_short(week) for week in weeks]
    current = len(weeks) - 1

    def values(read: object) -> tuple[Decimal | None, ...]:
        return tuple(None if r is None else read(r) for r in rows)  # type: ignore[operator]

    calls = bar_chart(
        "chart-calls",
        "Bedömda samtal och godkänd feedback per vecka",
        names,
        [
            Series("Bedömda", COLOURS["accent"], values(lambda r: Decimal(r.total_feedback_count))),
            Series(
                "Godkända", COLOURS["good"], values(lambda r: Decimal(r.qualifying_feedback_count))
            ),
        ],
        current,
    )
    quality = line_chart(
        "chart-quality",
        "Kvalitet (0–100) och andel godkänd feedback (%) per vecka",
        names,
        [
            Series(
                "Kvalitet",
                COLOURS["accent"],
                values(
                    lambda r: (
                        None if r.average_quality_score is None else r.average_quality_score * 100
                    )
                ),
            ),
            Series("Godkänd andel", COLOURS["good"], values(lambda r: r.qualification_rate)),
        ],
        current,
    )
    return calls, quality


def first_report(page: ReportPage) -> bool:
    """No earlier week to compare with: the page says it is the store's first report, so it
    marks nothing "Nytt" (every issue would be, against a week nobody reported on)."""
    history = page.report.historical_comparison
    return not page.earlier and history.previous_week is None and history.recent_average is None


def report_view(page: ReportPage) -> ReportView:
    """The page's sections; each customer quote shows once, in the first place that has it
    of issues, praise and recommendations (in that order, though praise comes first on the
    page: an issue is what the owner must act on), other places show their other quotes."""
    report = page.report
    shown: set[str] = set()
    first = first_report(page)
    new = frozenset() if first else frozenset(issue.key for issue in report.new_issues)
    issues = tuple(
        _theme(item, new, shown, report.actionable_recommendations)
        for item in report.negative_issues
    )
    return ReportView(
        store_id=str(report.store_id),
        report_id=str(report.id),
        store_name=store_title(page.store_name),
        title=f"Veckorapport {swedish.week_name(report.week)}",
        period=swedish.period(report.week),
        generated=swedish.moment(report.generated_at, page.zone),
        finished=page.finished,
        figures=headline_figures(report, report.historical_comparison.previous_week),
        went_well=tuple(_theme(item, shown=shown) for item in report.positive_trends),
        issues=issues,
        new_issues=() if first else tuple(_theme(item, new) for item in report.new_issues),
        departments=tuple(
            DepartmentView(
                d.department,
                d.mentions,
                d.positive_count,
                d.negative_count,
                d.mixed_count,
                *swedish.mood(
                    d.sentiment_score,
                    judged=bool(d.positive_count or d.negative_count or d.mixed_count),
                ),
                ", ".join(d.top_themes),
            )
            for d in report.department_insights
        ),
        recommendations=tuple(
            recommendation_view(rank, item, report, shown)
            for rank, item in enumerate(report.actionable_recommendations, 1)
        ),
        comparisons=_comparison_lines(report),
        charts=comparison_charts(report, page.earlier),
        insights=tuple(insight_view(i) for i in report.predictive_insights),
        first=first,
    )


@frozen
class WeekRow:
    report_id: str
    name: str
    short: str
    period: str
    graded: str
    qualifying: str
    quality: str
    finished: bool


def week_rows(reports: StoreReports) -> tuple[WeekRow, ...]:
    """One row per report of the store's list page, newest week first."""
    return tuple(
        WeekRow(
            str(r.id),
            swedish.week_name(r.week).capitalize(),
            swedish.week_name(r.week),
            swedish.period(r.week),
            swedish.number(r.total_feedback_count),
            swedish.number(r.qualifying_feedback_count),
            swedish.points(r.average_quality_score),
            reports.finished(r),
        )
        for r in reports.reports
    )
