"""Week tally: a store's week of feedback counted as its weekly report needs it, no more."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from decimal import Decimal

from attrs import field, frozen

from kundrost.domain.analysis import ActionableItem, Category, Sentiment
from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.feedback_quotes import FeedbackQuotes
from kundrost.domain.ids import CallSessionId
from kundrost.domain.priority import Priority
from kundrost.domain.recommendations import (
    RecommendationCount,
    count_recommendations,
    one_per_feedback,
)
from kundrost.domain.report_facts import ThemeFact, theme_fact, theme_ranks
from kundrost.domain.weekly_feedback import WeeklyFeedback

THEME_SLOTS = 1 << 16
"""Places a feedback leaves for its themes (and items) in `place`'s order."""

GroupKey = tuple[Sentiment, str, str]
"""A theme group of one sentiment: (sentiment, normalised label, normalised department)."""

QuoteCandidate = tuple[CallSessionId | str, FeedbackQuotes, int]
"""A qualifying feedback's call, its quotes and the place of the quoting theme's. A reader
may give the call as its id's text, which becomes an id only if the quote is sampled."""


def place(position: int, index: int) -> int:
    """Where a mention comes in the week: its feedback's position (oldest first, ties by
    id), then its theme's index; ties between groups and spellings go to the earliest."""
    return position * THEME_SLOTS + index


@frozen
class MentionCount:
    """Mentions of counted (not fraudulent) feedback alike in sentiment, theme key and
    spelling: how many, where the first came, and the most urgent priority among the items
    of their feedback in the theme's category (None without such items)."""

    sentiment: Sentiment
    label_key: str
    department_key: str
    label: str
    category: Category
    department: str | None
    """Spelled as `theme_groups` spells it; None for a theme without a department."""
    mentions: int
    first: int
    item_priority: Priority | None = None

    @property
    def group(self) -> GroupKey:
        return self.sentiment, self.label_key, self.department_key


@frozen
class QuoteCandidates:
    """A theme group's mentions in qualifying feedback, newest first (ties oldest place
    first): all of them when `complete`, else the newest few, and more exist."""

    mentions: tuple[QuoteCandidate, ...] = ()
    complete: bool = True


@frozen
class WeekTally:
    """What a weekly report is built from: the week's counts and sums (averages and usage
    over qualifying, and all, feedback), its themes counted, the candidates for each theme
    group's quotes, and its actionable items counted as recommendations."""

    total: int
    counted: int
    qualifying: int
    overall_sum: Decimal
    reward_sum: Decimal
    rewards: int
    usage: AnalysisUsage
    mentions: tuple[MentionCount, ...] = ()
    quotes: Mapping[GroupKey, QuoteCandidates] = field(factory=dict)
    recommendations: tuple[RecommendationCount, ...] = ()


def week_tally(feedback: Iterable[WeeklyFeedback]) -> WeekTally:
    """The tally of a week's feedback, however it was given (ordered here)."""
    given = sorted(feedback, key=lambda f: (f.created_at, f.assessment_id))
    counts: dict[ThemeFact, list[int]] = {}
    quotes: dict[GroupKey, list[tuple[datetime, QuoteCandidate]]] = {}
    sightings = []
    for position, f in enumerate(given):
        if f.is_fraudulent:
            continue
        ranks = theme_ranks(f.themes, f.actionable_items)
        for index, theme in enumerate(f.themes):
            fact = theme_fact(theme)
            rank = ranks[index]
            if rank is None:
                rank = -1
            counted = counts.get(fact)
            if counted is None:
                counts[fact] = [1, place(position, index), rank]
            else:
                counted[0] += 1
                counted[2] = max(counted[2], rank)
            if f.qualifies and theme.sentiment in _QUOTED:
                group = (theme.sentiment, fact[1], fact[2])
                candidate = (f.call_session_id, f.quotes, index)
                quotes.setdefault(group, []).append((f.created_at, candidate))
        for n, item in enumerate(one_per_feedback(f.actionable_items)):
            sightings.append((item, f.created_at, f.call_session_id, place(position, n)))
    qualifying = [f for f in given if f.qualifies and not f.is_fraudulent]
    rewards = [r for f in qualifying if (r := f.reward_percentage) is not None]
    return WeekTally(
        total=len(given),
        counted=sum(not f.is_fraudulent for f in given),
        qualifying=len(qualifying),
        overall_sum=sum((f.overall_score for f in qualifying), Decimal(0)),
        reward_sum=sum(rewards, Decimal(0)),
        rewards=len(rewards),
        usage=AnalysisUsage.total(f.usage for f in given),
        mentions=tuple(
            MentionCount(*fact, mentions, first, PRIORITIES.get(rank))
            for fact, (mentions, first, rank) in counts.items()
        ),
        quotes={
            # newest first; sorted() keeps mentions of the same moment in their order
            group: QuoteCandidates(tuple(c for _, c in sorted(listed, key=_moment, reverse=True)))
            for group, listed in quotes.items()
        },
        recommendations=count_recommendations(sightings, _given),
    )


PRIORITIES = {p.rank: p for p in Priority}
"""A priority by its rank."""
_QUOTED = (Sentiment.POSITIVE, Sentiment.NEGATIVE)
"""The sentiments of the groups a report quotes: trends and issues."""


def _moment(mention: tuple[datetime, QuoteCandidate]) -> datetime:
    return mention[0]


def _given(item: ActionableItem) -> Callable[[], ActionableItem]:
    return lambda: item
