from datetime import timedelta
from decimal import Decimal

import pytest

from kundrost.domain.analysis import Category
from kundrost.domain.errors import InvalidValue
from kundrost.domain.priority import Priority
from kundrost.domain.ranking_policy import RankingPolicy
from kundrost.domain.recommendations import (
    Recommendation,
    filter_recommendations,
    one_per_feedback,
    rank_recommendations,
    summary_stats,
)
from kundrost.domain.weekly_aggregation import ReportPolicy
from tests.unit.report_builders import BAGERI, KOTT, a_feedback, an_item, at, build, report_time

NOW = report_time()


def a_recommendation(
    description: str = "Öppna fler kassor vid lunchtid",
    priority: Priority = Priority.MEDIUM,
    category: Category = Category.SERVICE,
    score: str = "0.50",
    frequency: int = 1,
) -> Recommendation:
    return Recommendation(category, description, priority, None, frequency, at(), Decimal(score))


def test_an_urgent_item_one_customer_raised_outranks_a_common_small_wish() -> None:
    wish = an_item("Fler sorters surdegsbröd", Priority.LOW, Category.PRODUCT, BAGERI)
    hazard = an_item("Torka upp vattnet vid frukten", Priority.URGENT, Category.ENVIRONMENT)
    ranked = rank_recommendations([(wish, at(6))] * 5 + [(hazard, at(0))], NOW)
    assert [r.priority for r in ranked] == [Priority.URGENT, Priority.LOW]


def test_a_frequent_medium_item_outranks_a_single_high_one() -> None:
    often = an_item("Öppna fler kassor vid lunchtid", Priority.MEDIUM)
    once = an_item("Märk upp laktosfria produkter", Priority.HIGH, Category.PRODUCT)
    ranked = rank_recommendations([(often, at(3))] * 6 + [(once, at(3))], NOW)
    assert [r.description for r in ranked] == [often.description, once.description]


def test_between_equal_items_the_more_recent_comes_first() -> None:
    old = an_item("Fyll på köttdisken inför helgen", department=KOTT)
    recent = an_item("Fler provsmakningar i charken", department=KOTT)
    ranked = rank_recommendations([(old, at(0)), (recent, at(5))], NOW)
    assert [r.description for r in ranked] == [recent.description, old.description]


def test_a_score_is_the_weighted_priority_frequency_and_recency() -> None:
    [only] = rank_recommendations([(an_item(priority=Priority.URGENT), NOW)], NOW)
    assert only.score == Decimal("1.0000")
    stale = NOW - timedelta(days=8)
    [low] = rank_recommendations([(an_item(priority=Priority.LOW), stale)], NOW)
    assert low.score == Decimal("0.3000")


def test_the_same_item_worded_alike_is_merged_with_its_most_urgent_priority() -> None:
    calm = an_item("Öppna fler kassor vid lunchtid", Priority.LOW)
    loud = an_item("öppna fler  kassor vid lunchtid", Priority.HIGH)
    [merged] = rank_recommendations([(calm, at(1)), (loud, at(2))], NOW)
    assert (merged.frequency, merged.priority, merged.last_seen) == (2, Priority.HIGH, at(2))


def test_one_feedback_counts_once_for_an_item_it_repeats() -> None:
    item = an_item()
    assert one_per_feedback([item, an_item(priority=Priority.URGENT), item]) == [
        an_item(priority=Priority.URGENT)
    ]


def test_no_items_give_no_recommendations() -> None:
    assert rank_recommendations([], NOW) == ()


def test_ranking_needs_an_aware_now() -> None:
    with pytest.raises(InvalidValue) as refused:
        rank_recommendations([(an_item(), at())], NOW.replace(tzinfo=None))
    assert refused.value.field == "now"


def test_ranking_weights_must_sum_to_one() -> None:
    with pytest.raises(InvalidValue):
        RankingPolicy(priority_weight=Decimal("0.9"))


def test_filtering_keeps_the_most_urgent_first_and_equals_in_their_order() -> None:
    first = a_recommendation("Fyll på köttdisken", score="0.40")
    second = a_recommendation("Fler provsmakningar", score="0.40")
    urgent = a_recommendation("Torka upp vattnet", Priority.URGENT, score="0.90")
    assert filter_recommendations([first, urgent, second]) == (urgent, first, second)


def test_recommendations_can_be_filtered_by_priority_and_category() -> None:
    staff = a_recommendation("Fler i kassan", Priority.HIGH, Category.STAFF)
    product = a_recommendation("Laktosfritt", Priority.HIGH, Category.PRODUCT)
    low = a_recommendation("Musik", Priority.LOW, Category.ENVIRONMENT)
    assert filter_recommendations([staff, product, low], priority="high") == (staff, product)
    assert filter_recommendations([staff, product, low], category=Category.PRODUCT) == (product,)
    assert filter_recommendations([staff, product, low], Priority.HIGH, "environment") == ()


def test_a_limit_keeps_the_most_urgent() -> None:
    many = [a_recommendation(f"Åtgärd {n}", score=f"0.{n}0") for n in range(1, 6)]
    assert [r.description for r in filter_recommendations(many, limit=2)] == [
        "Åtgärd 5",
        "Åtgärd 4",
    ]


@pytest.mark.parametrize(
    ("field", "arguments"),
    [
        ("priority", {"priority": "kritisk"}),
        ("category", {"category": "parkering"}),
        ("limit", {"limit": 0}),
    ],
)
def test_an_unknown_filter_value_is_refused(field: str, arguments: dict[str, object]) -> None:
    with pytest.raises(InvalidValue) as refused:
        filter_recommendations([], **arguments)  # type: ignore[arg-type]
    assert refused.value.field == field


def test_summary_stats_count_every_priority_and_category() -> None:
    stats = summary_stats(
        [
            a_recommendation(priority=Priority.URGENT, category=Category.ENVIRONMENT),
            a_recommendation(priority=Priority.HIGH),
            a_recommendation(priority=Priority.HIGH, category=Category.STAFF),
        ]
    )
    assert stats.total == 3
    assert list(stats.by_priority.items()) == [
        (Priority.URGENT, 1),
        (Priority.HIGH, 2),
        (Priority.MEDIUM, 0),
        (Priority.LOW, 0),
    ]
    assert stats.by_category[Category.SERVICE] == 1
    assert stats.by_category[Category.PRICING] == 0


def test_the_most_urgent_recommendation_comes_first() -> None:
    wish = an_item("Fler sorters surdegsbröd", Priority.LOW, Category.PRODUCT, BAGERI)
    hazard = an_item("Torka upp vattnet vid frukten", Priority.URGENT, Category.ENVIRONMENT)
    feedback = [a_feedback(items=[wish]) for _ in range(4)] + [
        a_feedback(items=[hazard], created_at=at(0))
    ]
    recommendations = build(feedback).actionable_recommendations
    assert [r.description for r in recommendations] == [hazard.description, wish.description]
    assert (recommendations[1].frequency, recommendations[1].department) == (4, BAGERI)


def test_a_recommendation_knows_how_often_and_when_it_was_last_raised() -> None:
    item = an_item()
    feedback = [
        a_feedback(items=[item, item], created_at=at(1)),
        a_feedback(items=[item], created_at=at(4)),
    ]
    [recommendation] = build(feedback).actionable_recommendations
    assert recommendation.frequency == 2
    assert recommendation.last_seen == at(4)


def test_the_number_of_recommendations_is_a_policy() -> None:
    items = [an_item(f"Åtgärd nummer {n}") for n in range(5)]
    report = build([a_feedback(items=items)], policy=ReportPolicy(max_recommendations=3))
    assert len(report.actionable_recommendations) == 3
