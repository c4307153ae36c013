"""A store's recommendations: the actionable items of its recent feedback, merged and ranked."""

from __future__ import annotations

from datetime import timedelta

from attrs import field, frozen

from kundrost.application.arguments import whole_number
from kundrost.application.store_time import INSTANT
from kundrost.domain.analysis import Category
from kundrost.domain.ids import StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.ranking_policy import RankingPolicy
from kundrost.domain.recommendations import (
    Recommendation,
    RecommendationStats,
    filter_recommendations,
    one_per_feedback,
    rank_recommendations,
    summary_stats,
)
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

MAX_LIMIT = 100
MAX_WEEKS = 52


@frozen
class RecommendationsView:
    """The recommendations asked for, and counts over all of the period's recommendations
    (before the priority, category and limit filters), so a store sees what else there is."""

    recommendations: tuple[Recommendation, ...]
    summary_stats: RecommendationStats


@frozen
class GetRecommendations:
    """The actionable items of the store's qualifying feedback of the last `weeks` weeks
    (1–52, seven-day periods back from now), one sighting per feedback, merged and ranked as
    of now, then filtered by exactly `priority` and `category` and cut to `limit` (1–100)."""

    new_uow: UnitOfWorkFactory
    clock: Clock
    ranking: RankingPolicy = field(factory=RankingPolicy)

    async def __call__(
        self,
        store_id: StoreId,
        *,
        priority: Priority | str | None = None,
        category: Category | str | None = None,
        limit: int = 10,
        weeks: int = 4,
    ) -> RecommendationsView:
        limit = whole_number("limit", limit, 1, MAX_LIMIT)
        weeks = whole_number("weeks", weeks, 1, MAX_WEEKS)
        filter_recommendations((), priority, category)  # refuses an unknown one before any I/O
        now = self.clock.now()
        async with self.new_uow() as uow:
            assessments = await uow.assessments.between(
                now - timedelta(weeks=weeks), now + INSTANT, store_id=store_id
            )
        sightings = [
            (item, assessment.created_at)
            for assessment in assessments
            if assessment.qualifies
            for item in one_per_feedback(assessment.actionable_items)
        ]
        ranked = rank_recommendations(sightings, now, self.ranking)
        return RecommendationsView(
            filter_recommendations(ranked, priority, category, limit), summary_stats(ranked)
        )
