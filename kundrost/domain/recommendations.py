"""Recommendations: a week's actionable items merged, ranked most urgent first, and filtered."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any
from uuid import UUID

from attrs import evolve, field, frozen

from kundrost.domain.analysis import ActionableItem, Category, Level
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.priority import Priority
from kundrost.domain.ranking_policy import RankingPolicy
from kundrost.domain.theme_groups import normalised
from kundrost.domain.validation import at_least, aware, instance_of, text_length, unit_interval

__all__ = [
    "IssueFloors",
    "RankingPolicy",
    "Recommendation",
    "RecommendationCount",
    "RecommendationKey",
    "RecommendationStats",
    "Sighting",
    "count_recommendations",
    "filter_recommendations",
    "kept_per_feedback",
    "one_per_feedback",
    "rank_recommendations",
    "ranked",
    "recommendation_key",
    "summary_stats",
    "urgency",
]

RecommendationKey = tuple[Category, str, str]
Sighting = tuple[ActionableItem, datetime] | tuple[ActionableItem, datetime, CallSessionId]
"""An item raised by one feedback, when, and (for a report that keeps it) by which call."""

CATEGORY_WORDS = MappingProxyType(
    {
        Category.PRODUCT: "sortiment",
        Category.SERVICE: "service",
        Category.ENVIRONMENT: "butiksmiljö",
        Category.STAFF: "personal",
        Category.PRICING: "priser",
        Category.ACCESSIBILITY: "tillgänglighet",
    }
)
"""How a recommendation whose wording was erased names its category, in Swedish."""


@frozen
class Recommendation:
    """An action for the store: `frequency` feedbacks asked for it, last on `last_seen`;
    `score` (0–1) ranks it by priority, frequency and recency."""

    category: Category = field(validator=instance_of(Category))
    description: str = field(validator=text_length(1, 500))
    priority: Priority = field(validator=instance_of(Priority))
    department: str | None = field(validator=text_length(1, 200))
    frequency: int = field(validator=at_least(1))
    last_seen: datetime = field(validator=[instance_of(datetime), aware])
    score: Decimal = field(default=Decimal(0), validator=unit_interval)
    estimated_impact: Level = field(default=Level.MEDIUM, validator=instance_of(Level))
    implementation_complexity: Level = field(default=Level.MEDIUM, validator=instance_of(Level))
    source: CallSessionId | None = field(default=None, validator=instance_of(UUID, optional=True))
    """The call whose item gave the wording: in a weekly report the description is that
    customer's words (an item may quote them), kept only as long as the call's words."""

    def without_words(self) -> Recommendation:
        """The recommendation once its source call's words are gone: the same action, count
        and rank, described by its category and department only ("Åtgärd inom personal,
        Kassa")."""
        return evolve(self, description=neutral_description(self), source=None)


def neutral_description(recommendation: Recommendation) -> str:
    """What `Recommendation.without_words` describes it as: its category and department."""
    department = recommendation.department
    where = f", {department}" if department else ""
    return f"Åtgärd inom {CATEGORY_WORDS[recommendation.category]}{where}"[:500]


def recommendation_key(item: ActionableItem) -> RecommendationKey:
    """The same action in the same department, whatever its case and spacing."""
    return item.category, normalised(item.description), normalised(item.department)


def one_per_feedback(items: Iterable[ActionableItem]) -> list[ActionableItem]:
    """A feedback's items with repeats merged (the most urgent kept), so that one talkative
    customer counts once towards an item's frequency."""
    given = list(items)
    return [given[n] for n in kept_per_feedback(given)]


def kept_per_feedback(items: Sequence[ActionableItem]) -> list[int]:
    """Where `one_per_feedback`'s items are among `items`, in its order: each key where it
    first appears, holding its first most urgent item."""
    unique: dict[RecommendationKey, int] = {}
    for n, item in enumerate(items):
        key = recommendation_key(item)
        kept = unique.get(key)
        if kept is None or item.priority.rank > items[kept].priority.rank:
            unique[key] = n
    return list(unique.values())


def urgency(recommendation: Recommendation) -> tuple[Decimal, int, int, float]:
    """Sort key, most urgent first: score, then priority, frequency and the latest sighting."""
    return (
        -recommendation.score,
        -recommendation.priority.rank,
        -recommendation.frequency,
        -recommendation.last_seen.timestamp(),
    )


@frozen
class RecommendationCount:
    """One action raised in `frequency` feedbacks (each once): its category, its most urgent
    priority, when it was last raised and where first (`first`, for ties), and the call and
    item of its most urgent raising (the earliest of equals), which `lead` gives: a reader
    may keep the item sealed until a recommendation shows it."""

    category: Category
    priority: Priority
    frequency: int
    last_seen: datetime
    first: int
    source: CallSessionId | None
    lead: Callable[[], ActionableItem] = field(eq=False)


def count_recommendations(
    sightings: Iterable[tuple[ActionableItem, datetime, CallSessionId | None, int]],
    lead: Callable[[ActionableItem], Callable[[], ActionableItem]],
) -> tuple[RecommendationCount, ...]:
    """Sightings (item, when, call, place), one per feedback and item, counted by
    `recommendation_key`; `lead(item)` is how the most urgent one is given."""
    groups: dict[RecommendationKey, list[tuple[ActionableItem, datetime, Any, int]]] = {}
    for sighting in sightings:
        groups.setdefault(recommendation_key(sighting[0]), []).append(sighting)
    counts = []
    for group in groups.values():
        leading = max(group, key=lambda sighting: sighting[0].priority.rank)
        counts.append(
            RecommendationCount(
                category=leading[0].category,
                priority=leading[0].priority,
                frequency=len(group),
                last_seen=max(sighting[1] for sighting in group),
                first=min(sighting[3] for sighting in group),
                source=leading[2],
                lead=lead(leading[0]),
            )
        )
    return tuple(counts)


def rank_recommendations(
    sightings: Iterable[Sighting],
    now: datetime,
    policy: RankingPolicy | None = None,
) -> tuple[Recommendation, ...]:
    """Merge the same item raised in several feedbacks (pass one sighting per feedback) into
    one recommendation: its most urgent wording and priority (with the call it came from, when
    the sightings name calls), how many raised it, and when it was last raised. Most urgent
    first; equal items keep the order they were first seen in."""
    counted = count_recommendations(
        ((s[0], s[1], s[2] if len(s) == 3 else None, n) for n, s in enumerate(sightings)),
        _given,
    )
    return ranked(counted, now, policy)


IssueFloors = Mapping[tuple[Category, str], Priority]
"""A weekly report's issues by category and normalised department, with their severity."""


def ranked(
    counts: Iterable[RecommendationCount],
    now: datetime,
    policy: RankingPolicy | None = None,
    limit: int | None = None,
    priority_of: Callable[[RecommendationCount], Priority] | None = None,
    floors: IssueFloors | None = None,
) -> tuple[Recommendation, ...]:
    """The counted recommendations most urgent first (`urgency`; equal ones in the order
    they were first raised), at most `limit`: only those kept have their lead opened. Each
    has its most urgent item's priority; with `priority_of` (a weekly report, whose priority
    already weighs how many customers raised it) the one it gives, and the list goes by
    that priority first, so a report never lists a lower priority above a higher one.

    With `floors` (a weekly report's issues), a recommendation of an issue's category and
    department is drawn from that issue and is at least as urgent as its severity: the
    owner reads one urgency for one problem. A count's department is in its sealed item,
    so a count is opened only when the most its category's issues could raise it ranks it
    among those kept."""
    if now.utcoffset() is None:
        raise InvalidValue("now", "must be a timezone-aware datetime")
    policy = policy or RankingPolicy()
    ordered = sorted(counts, key=lambda count: count.first)
    if not ordered:
        return ()
    most_frequent = max(count.frequency for count in ordered)
    utc_now = now.astimezone(UTC)

    def entry(n: int, priority: Priority) -> tuple[Any, ...]:
        c = ordered[n]
        score = policy.score(priority, c.frequency, most_frequent, utc_now - c.last_seen)
        first = (-priority.rank, -score) if priority_of else (-score, -priority.rank)
        return (*first, -c.frequency, -c.last_seen.timestamp(), n, score, priority)

    own = [priority_of(c) if priority_of else c.priority for c in ordered]
    kept: list[_Kept]
    if not floors:
        entries = sorted(entry(n, priority) for n, priority in enumerate(own))
        kept = [(ordered[e[-3]], e[-2], e[-1], None) for e in entries[:limit]]
    else:
        kept = _floored(ordered, own, floors, entry, limit)
    return tuple(_recommendation(c, score, priority, item) for c, score, priority, item in kept)


_Kept = tuple[RecommendationCount, Decimal, Priority, ActionableItem | None]
"""A recommendation to list: its count, score and priority, and its item when opened."""


def _floored(
    ordered: Sequence[RecommendationCount],
    own: Sequence[Priority],
    floors: IssueFloors,
    entry: Callable[[int, Priority], tuple[Any, ...]],
    limit: int | None,
) -> list[_Kept]:
    """`ranked`'s order with issue floors: each count first stands at the most its
    category's issues could raise it to, which it never ranks below once opened, so the
    first opened one to lead the rest is in its final place."""
    by_category: dict[Category, Priority] = {}
    for (category, _), severity in floors.items():
        if severity.rank > by_category.get(category, Priority.LOW).rank:
            by_category[category] = severity
    heap: list[tuple[tuple[Any, ...], ActionableItem | None]] = []
    for n, priority in enumerate(own):
        bound = by_category.get(ordered[n].category, priority)
        heap.append((entry(n, bound if bound.rank > priority.rank else priority), None))
    heapq.heapify(heap)
    kept: list[_Kept] = []
    opened: set[int] = set()
    while heap and (limit is None or len(kept) < limit):
        key, item = heapq.heappop(heap)
        n = key[-3]
        if n in opened:
            kept.append((ordered[n], key[-2], key[-1], item))
            continue
        opened.add(n)
        item = ordered[n].lead()
        floor = floors.get((item.category, normalised(item.department)), Priority.LOW)
        priority = floor if floor.rank > own[n].rank else own[n]
        heapq.heappush(heap, (entry(n, priority), item))
    return kept


def _given(item: ActionableItem) -> Callable[[], ActionableItem]:
    return lambda: item


def _recommendation(
    count: RecommendationCount,
    score: Decimal,
    priority: Priority,
    lead: ActionableItem | None = None,
) -> Recommendation:
    lead = lead or count.lead()
    if (lead.category, lead.priority) != (count.category, count.priority):
        raise InvalidValue("recommendation", "its item differs from the one counted")
    return Recommendation(
        category=count.category,
        description=lead.description,
        priority=priority,
        department=lead.department,
        frequency=count.frequency,
        last_seen=count.last_seen,
        score=score,
        estimated_impact=lead.estimated_impact,
        implementation_complexity=lead.implementation_complexity,
        source=count.source,
    )


def _member(kind: type[Priority] | type[Category], name: str, value: Any) -> Any:
    try:
        return None if value is None else kind(value)
    except ValueError as exc:
        allowed = ", ".join(member.value for member in kind)
        raise InvalidValue(name, f"must be one of {allowed}") from exc


def filter_recommendations(
    recommendations: Iterable[Recommendation],
    priority: Priority | str | None = None,
    category: Category | str | None = None,
    limit: int | None = None,
) -> tuple[Recommendation, ...]:
    """The recommendations of exactly `priority` and `category` (None: any), most urgent
    first (stable: equally urgent ones keep their order), at most `limit` of them."""
    wanted_priority = _member(Priority, "priority", priority)
    wanted_category = _member(Category, "category", category)
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise InvalidValue("limit", "must be a whole number of at least 1")
    kept = [
        r
        for r in recommendations
        if wanted_priority in (None, r.priority) and wanted_category in (None, r.category)
    ]
    return tuple(sorted(kept, key=urgency)[:limit])


def _counts(value: Mapping[Any, int]) -> Mapping[Any, int]:
    return MappingProxyType(dict(value))


@frozen
class RecommendationStats:
    """How many recommendations there are, per priority (most urgent first) and per category;
    every priority and category is present, with 0 when none."""

    total: int
    by_priority: Mapping[Priority, int] = field(converter=_counts)
    by_category: Mapping[Category, int] = field(converter=_counts)


def summary_stats(recommendations: Sequence[Recommendation]) -> RecommendationStats:
    priorities = sorted(Priority, key=lambda p: -p.rank)
    return RecommendationStats(
        total=len(recommendations),
        by_priority={p: sum(r.priority is p for r in recommendations) for p in priorities},
        by_category={c: sum(r.category is c for r in recommendations) for c in Category},
    )
