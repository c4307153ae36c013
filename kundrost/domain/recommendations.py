"""Recommendations: a week's actionable items merged, ranked most urgent first, and filtered."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
    "RankingPolicy",
    "Recommendation",
    "RecommendationKey",
    "RecommendationStats",
    "Sighting",
    "filter_recommendations",
    "one_per_feedback",
    "rank_recommendations",
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
        where = f", {self.department}" if self.department else ""
        described = f"Åtgärd inom {CATEGORY_WORDS[self.category]}{where}"[:500]
        return evolve(self, description=described, source=None)


def recommendation_key(item: ActionableItem) -> RecommendationKey:
    """The same action in the same department, whatever its case and spacing."""
    return item.category, normalised(item.description), normalised(item.department)


def one_per_feedback(items: Iterable[ActionableItem]) -> list[ActionableItem]:
    """A feedback's items with repeats merged (the most urgent kept), so that one talkative
    customer counts once towards an item's frequency."""
    unique: dict[RecommendationKey, ActionableItem] = {}
    for item in items:
        key = recommendation_key(item)
        kept = unique.get(key)
        if kept is None or item.priority.rank > kept.priority.rank:
            unique[key] = item
    return list(unique.values())


def urgency(recommendation: Recommendation) -> tuple[Decimal, int, int, float]:
    """Sort key, most urgent first: score, then priority, frequency and the latest sighting."""
    return (
        -recommendation.score,
        -recommendation.priority.rank,
        -recommendation.frequency,
        -recommendation.last_seen.timestamp(),
    )


def rank_recommendations(
    sightings: Iterable[Sighting],
    now: datetime,
    policy: RankingPolicy | None = None,
) -> tuple[Recommendation, ...]:
    """Merge the same item raised in several feedbacks (pass one sighting per feedback) into
    one recommendation: its most urgent wording and priority (with the call it came from, when
    the sightings name calls), how many raised it, and when it was last raised. Most urgent
    first; equal items keep the order they were first seen in."""
    if now.utcoffset() is None:
        raise InvalidValue("now", "must be a timezone-aware datetime")
    policy = policy or RankingPolicy()
    groups: dict[RecommendationKey, list[Sighting]] = {}
    for sighting in sightings:
        groups.setdefault(recommendation_key(sighting[0]), []).append(sighting)
    if not groups:
        return ()
    most_frequent = max(len(group) for group in groups.values())
    ranked = []
    for group in groups.values():
        leading = max(group, key=lambda sighting: sighting[0].priority.rank)
        lead = leading[0]
        last_seen = max(sighting[1] for sighting in group)
        age = now.astimezone(UTC) - last_seen.astimezone(UTC)
        ranked.append(
            Recommendation(
                category=lead.category,
                description=lead.description,
                priority=lead.priority,
                department=lead.department,
                frequency=len(group),
                last_seen=last_seen,
                score=policy.score(lead.priority, len(group), most_frequent, age),
                estimated_impact=lead.estimated_impact,
                implementation_complexity=lead.implementation_complexity,
                source=leading[2] if len(leading) == 3 else None,
            )
        )
    return tuple(sorted(ranked, key=urgency))


def _member(kind: type[Priority] | type[Category], name: str, value: Any) -> Any:
    try:
        return None if value is None else kind(value)
    except ValueError as exc:
        allowed = ", ".join(member.value for member in kind)
        raise InvalidValue(name, f"must be one of {allowed}, got {value!r}") from exc


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
        raise InvalidValue("limit", f"must be a whole number of at least 1, got {limit!r}")
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
