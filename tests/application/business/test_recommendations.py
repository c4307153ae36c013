from datetime import timedelta

import pytest

from kundrost.adapters.system import ManualClock
from kundrost.application.recommendations import GetRecommendations
from kundrost.domain.analysis import Category
from kundrost.domain.errors import InvalidValue
from kundrost.domain.priority import Priority
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.business.builders import an_assessment, stored
from tests.unit.report_builders import OTHER_STORE, STORE, an_item, complaint

QUEUE = an_item("Öppna fler kassor vid lunchtid", Priority.MEDIUM, Category.SERVICE)
MEAT = an_item("Fyll på köttdisken inför helgen", Priority.HIGH, Category.PRODUCT, "Kött")
BREAD = an_item("Baka bröd även på eftermiddagen", Priority.LOW, Category.PRODUCT, "Bageri")


async def three_items(new_uow: UnitOfWorkFactory, clock: ManualClock) -> None:
    day = clock.now() - timedelta(days=2)
    await stored(
        new_uow,
        an_assessment(day, complaint(), items=[QUEUE, MEAT]),
        an_assessment(day + timedelta(hours=1), items=[QUEUE, BREAD]),
    )


async def test_the_same_item_from_two_feedbacks_is_one_recommendation_of_frequency_2(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    now = clock.now()
    louder = an_item("  öppna fler KASSOR vid  lunchtid", Priority.HIGH, Category.SERVICE)
    await stored(
        new_uow,
        an_assessment(now - timedelta(days=3), complaint(), items=[QUEUE]),
        an_assessment(now - timedelta(days=1), complaint(), items=[louder]),
    )
    view = await GetRecommendations(new_uow, clock)(STORE)
    [merged] = view.recommendations
    assert (merged.frequency, merged.priority) == (2, Priority.HIGH)
    assert merged.last_seen == now - timedelta(days=1)


async def test_an_item_repeated_within_one_feedback_counts_once(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, an_assessment(clock.now() - timedelta(days=1), items=[QUEUE, QUEUE]))
    [recommendation] = (await GetRecommendations(new_uow, clock)(STORE)).recommendations
    assert recommendation.frequency == 1


async def test_recommendations_are_ranked_most_urgent_first(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await three_items(new_uow, clock)
    view = await GetRecommendations(new_uow, clock)(STORE)
    # priority weighs most: a high item once outranks a medium one twice
    assert [r.description for r in view.recommendations] == [
        MEAT.description,
        QUEUE.description,
        BREAD.description,
    ]
    assert [r.score for r in view.recommendations] == sorted(
        (r.score for r in view.recommendations), reverse=True
    )


async def test_filters_narrow_the_list_and_the_stats_count_all_of_them(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await three_items(new_uow, clock)
    view = await GetRecommendations(new_uow, clock)(STORE, category="product", limit=1)
    assert [r.description for r in view.recommendations] == [MEAT.description]
    stats = view.summary_stats
    assert stats.total == 3
    assert stats.by_category[Category.PRODUCT] == 2
    assert stats.by_priority[Priority.LOW] == 1
    only_low = await GetRecommendations(new_uow, clock)(STORE, priority=Priority.LOW)
    assert [r.description for r in only_low.recommendations] == [BREAD.description]


async def test_only_the_last_weeks_feedback_counts(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, an_assessment(clock.now() - timedelta(weeks=5), items=[MEAT]))
    get = GetRecommendations(new_uow, clock)
    assert (await get(STORE)).recommendations == ()
    assert [r.description for r in (await get(STORE, weeks=6)).recommendations] == [
        MEAT.description
    ]


async def test_feedback_recorded_this_very_instant_counts(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, an_assessment(clock.now(), items=[MEAT]))
    assert len((await GetRecommendations(new_uow, clock)(STORE)).recommendations) == 1


async def test_low_grade_and_other_stores_feedback_bring_no_recommendations(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    yesterday = clock.now() - timedelta(days=1)
    await stored(
        new_uow,
        an_assessment(yesterday, items=[MEAT], low_grade=True),
        an_assessment(yesterday, items=[QUEUE], store=OTHER_STORE),
    )
    view = await GetRecommendations(new_uow, clock)(STORE)
    assert (view.recommendations, view.summary_stats.total) == ((), 0)


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("priority", "critical"),
        ("category", "parking"),
        ("limit", 0),
        ("limit", 101),
        ("weeks", 0),
        ("weeks", 53),
    ],
)
async def test_an_unknown_filter_or_a_count_out_of_range_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock, argument: str, value: object
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await GetRecommendations(new_uow, clock)(STORE, **{argument: value})  # type: ignore[arg-type]
    assert (refused.value.code, refused.value.field) == ("INVALID_VALUE", argument)
