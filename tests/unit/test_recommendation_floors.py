"""A recommendation drawn from an issue of the week is at least as urgent as that issue."""

from collections.abc import Callable

from kundrost.domain.analysis import ActionableItem, Category
from kundrost.domain.priority import Priority
from kundrost.domain.recommendations import IssueFloors, RecommendationCount, ranked
from kundrost.domain.weekly_feedback import WeeklyFeedback
from tests.unit.report_builders import BAGERI, KOTT, a_feedback, an_item, at, build, complaint
from tests.unit.report_builders import praise as praised

NOW = at(7, 3)


def checkout_week(*extra: WeeklyFeedback) -> list[WeeklyFeedback]:
    """Five of ten customers complain of the checkout queue (a high issue); one of them asks
    for another till."""
    till = an_item("Öppna en kassa till vid lunch", Priority.MEDIUM, Category.SERVICE)
    return [
        a_feedback(complaint(), items=[till]),
        *[a_feedback(complaint()) for _ in range(4)],
        *[a_feedback(praised()) for _ in range(5)],
        *extra,
    ]


def test_a_recommendation_of_a_high_issue_is_high_however_few_asked_for_it() -> None:
    report = build(checkout_week())
    [issue] = report.negative_issues
    [recommendation] = report.actionable_recommendations
    assert issue.severity is Priority.HIGH
    assert recommendation.priority is Priority.HIGH


def test_a_recommendation_of_another_area_or_department_keeps_its_own_priority() -> None:
    bread = an_item("Baka mer surdeg", Priority.MEDIUM, Category.PRODUCT, BAGERI)
    meat = an_item("Fler kassor i charken", Priority.MEDIUM, Category.SERVICE, KOTT)
    report = build(checkout_week(a_feedback(items=[bread]), a_feedback(items=[meat])))
    priorities = {r.description: r.priority for r in report.actionable_recommendations}
    assert priorities[bread.description] is Priority.LOW
    assert priorities[meat.description] is Priority.LOW


def test_a_lifted_recommendation_is_listed_above_a_lower_one() -> None:
    asked = an_item("Fler sorters bröd", Priority.MEDIUM, Category.PRODUCT, BAGERI)
    report = build(checkout_week(a_feedback(items=[asked]), a_feedback(items=[asked])))
    listed = [(r.description, r.priority) for r in report.actionable_recommendations]
    assert listed == [
        ("Öppna en kassa till vid lunch", Priority.HIGH),
        ("Fler sorters bröd", Priority.MEDIUM),
    ]


def ranked_with(
    floors: IssueFloors, *raised: tuple[ActionableItem, int]
) -> tuple[list[tuple[str, Priority]], list[str]]:
    """The two most urgent of items raised (each by so many customers) under `floors`,
    and the items that were opened to rank them."""
    opened: list[str] = []

    def lead(item: ActionableItem) -> Callable[[], ActionableItem]:
        def opening() -> ActionableItem:
            opened.append(item.description)
            return item

        return opening

    counts = [
        RecommendationCount(item.category, item.priority, frequency, at(3), n, None, lead(item))
        for n, (item, frequency) in enumerate(raised)
    ]
    kept = ranked(counts, NOW, limit=2, priority_of=lambda c: c.priority, floors=floors)
    return [(r.description, r.priority) for r in kept], sorted(opened)


def test_only_counts_an_issue_could_lift_into_the_kept_few_are_opened() -> None:
    kept, opened = ranked_with(
        {(Category.SERVICE, ""): Priority.HIGH},
        (an_item("Torka golvet", Priority.HIGH, Category.ENVIRONMENT), 4),
        (an_item("Fler kassor", Priority.LOW, Category.SERVICE), 1),
        (an_item("Fler bröd", Priority.LOW, Category.PRODUCT, BAGERI), 1),
    )
    assert kept == [("Torka golvet", Priority.HIGH), ("Fler kassor", Priority.HIGH)]
    assert opened == ["Fler kassor", "Torka golvet"]


def test_a_count_its_issue_does_not_name_falls_back_to_its_own_place() -> None:
    kept, _ = ranked_with(
        {(Category.SERVICE, ""): Priority.URGENT},
        (an_item("Fler kassor i charken", Priority.LOW, Category.SERVICE, KOTT), 1),
        (an_item("Fler bröd", Priority.MEDIUM, Category.PRODUCT, BAGERI), 1),
    )
    assert kept == [("Fler bröd", Priority.MEDIUM), ("Fler kassor i charken", Priority.LOW)]
