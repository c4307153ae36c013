"""Predictions: themes whose weekly mentions moved the same way week after week."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from kundrost.domain.report_history import WeekThemes, theme_series
from kundrost.domain.report_sections import InsightKind, IssueItem, PredictiveInsight, TrendItem
from kundrost.domain.trend_policy import TrendPolicy
from kundrost.domain.week import IsoWeek

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
    by_week: Mapping[IsoWeek, WeekThemes], last: IsoWeek, policy: TrendPolicy | None = None
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
        for item, counts in theme_series(by_week, run, negative).values():
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
