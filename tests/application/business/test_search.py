from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from kundrost.adapters.system import ManualClock
from kundrost.application.search import HitKind, SearchFeedback
from kundrost.domain.analysis import Category
from kundrost.domain.business_context import BusinessContext, Department
from kundrost.domain.errors import InvalidValue
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.business.builders import an_assessment, stored, with_context
from tests.application.business.doubles import ConceptEmbedder, UnreachableEmbedder
from tests.unit.report_builders import OTHER_STORE, STOCKHOLM, STORE, an_item, complaint, praise

BREAD = praise("färskt bröd", "Bageriet", "Brödet var nybakat", Category.PRODUCT)
QUEUE = complaint("kassakö", "Kassan", "Kön i kassan var jättelång")


def search(new_uow: UnitOfWorkFactory, clock: ManualClock) -> SearchFeedback:
    return SearchFeedback(new_uow, ConceptEmbedder(), clock)


def days_ago(clock: ManualClock, days: float) -> datetime:
    return clock.now() - timedelta(days=days)


async def test_a_department_named_exactly_ranks_above_unrelated_feedback(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(
        new_uow,
        an_assessment(days_ago(clock, 2), BREAD, summary="Nöjd med brödet."),
        an_assessment(days_ago(clock, 1), QUEUE, summary="Lång kö vid femtiden."),
    )
    found = await search(new_uow, clock)(STORE, "Bageriet")
    top = found.results[0]
    assert (top.kind, top.department, top.text) == (
        HitKind.THEME,
        "Bageriet",
        "färskt bröd: Brödet var nybakat",
    )
    assert all(hit.department != "Kassan" for hit in found.results)


async def test_a_full_match_ranks_above_a_partial_one(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(
        new_uow,
        an_assessment(days_ago(clock, 2), BREAD, summary="Nöjd med brödet."),
        an_assessment(days_ago(clock, 1), summary="Färskt kaffe fanns vid kassan."),
    )
    found = await search(new_uow, clock)(STORE, "färskt i bageriet")
    scores = {hit.text: hit.score for hit in found.results}
    assert found.results[0].text == "färskt bröd: Brödet var nybakat"
    assert scores["färskt bröd: Brödet var nybakat"] > scores["Färskt kaffe fanns vid kassan."]


async def test_a_word_finds_its_definite_form(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(
        new_uow, an_assessment(days_ago(clock, 1), summary="Kanelbullarna i bageriet var goda.")
    )
    found = await search(new_uow, clock)(STORE, "bageri")
    assert [(hit.kind, hit.text) for hit in found.results] == [
        (HitKind.SUMMARY, "Kanelbullarna i bageriet var goda.")
    ]


async def test_feedback_about_the_same_thing_in_other_words_is_found_by_its_meaning(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, an_assessment(days_ago(clock, 1), BREAD, summary="Trevligt besök."))
    found = await search(new_uow, clock)(STORE, "surdeg")
    [hit] = found.results
    assert hit.text == "färskt bröd: Brödet var nybakat"
    assert Decimal(0) < hit.score < Decimal("0.6")


async def test_unrelated_feedback_is_not_a_match(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, an_assessment(days_ago(clock, 1), BREAD, QUEUE))
    found = await search(new_uow, clock)(STORE, "parkeringen")
    assert (found.results, found.total_matches) == ((), 0)


async def test_a_common_word_alone_does_not_make_a_match(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, an_assessment(days_ago(clock, 1), QUEUE, summary="Kön i kassan."))
    found = await search(new_uow, clock)(STORE, "toaletten i butiken")
    assert found.total_matches == 0


async def test_actionable_items_are_searched_with_their_department(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    item = an_item("Fyll på hyllorna inför helgen", category=Category.PRODUCT, department="Kött")
    await stored(new_uow, an_assessment(days_ago(clock, 1), items=[item], summary="Bra."))
    [hit] = (await search(new_uow, clock)(STORE, "kött hyllorna")).results
    assert (hit.kind, hit.text, hit.department, hit.score) == (
        HitKind.ACTION,
        "Fyll på hyllorna inför helgen",
        "Kött",
        Decimal("1.0000"),
    )


async def test_total_matches_counts_every_match_before_the_limit(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, *(an_assessment(days_ago(clock, n), QUEUE) for n in range(1, 6)))
    found = await search(new_uow, clock)(STORE, "kassan", limit=2)
    assert (len(found.results), found.total_matches) == (2, 5)


async def test_equal_scores_list_the_newest_first(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    older, newer = (
        an_assessment(days_ago(clock, 5), QUEUE),
        an_assessment(days_ago(clock, 1), QUEUE),
    )
    await stored(new_uow, older, newer)
    found = await search(new_uow, clock)(STORE, "kassakö")
    assert [hit.id for hit in found.results] == [newer.id, older.id]
    assert found.results[0].score == found.results[1].score


async def test_without_dates_the_last_90_days_are_searched(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    recent, old = (
        an_assessment(days_ago(clock, 89), QUEUE),
        an_assessment(days_ago(clock, 91), QUEUE),
    )
    await stored(new_uow, recent, old)
    found = await search(new_uow, clock)(STORE, "kassakö")
    assert [hit.id for hit in found.results] == [recent.id]


async def test_dates_bound_the_search_by_whole_local_days_end_included(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    def on(day: int, hour: int) -> datetime:
        return datetime(2026, 11, day, hour, tzinfo=STOCKHOLM)

    before, first, last, after = (
        an_assessment(on(9, 23), QUEUE),
        an_assessment(on(10, 0), QUEUE),
        an_assessment(on(12, 23), QUEUE),
        an_assessment(on(13, 0), QUEUE),
    )
    await stored(new_uow, before, first, last, after)
    found = await search(new_uow, clock)(
        STORE, "kassakö", start=date(2026, 11, 10), end=date(2026, 11, 12)
    )
    assert [hit.id for hit in found.results] == [last.id, first.id]


async def test_a_hit_is_dated_by_the_stores_local_day(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    monday_night = datetime(2026, 11, 23, 0, 30, tzinfo=STOCKHOLM)  # Sunday 23:30 UTC
    await stored(new_uow, an_assessment(monday_night, QUEUE))
    [hit] = (await search(new_uow, clock)(STORE, "kassakö")).results
    assert hit.date == date(2026, 11, 23)


async def test_low_grade_and_other_stores_feedback_is_never_found(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(
        new_uow,
        an_assessment(days_ago(clock, 1), QUEUE, summary="Kön i kassan.", low_grade=True),
        an_assessment(days_ago(clock, 1), QUEUE, store=OTHER_STORE),
    )
    assert (await search(new_uow, clock)(STORE, "kassan")).total_matches == 0


async def test_when_the_analyzer_cannot_embed_the_search_runs_on_words(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, an_assessment(days_ago(clock, 1), BREAD, summary="Bra."))
    found = await SearchFeedback(new_uow, UnreachableEmbedder(), clock)(STORE, "bageriet")
    assert [(hit.text, hit.score) for hit in found.results] == [
        ("färskt bröd: Brödet var nybakat", Decimal("0.6000"))
    ]


async def test_each_distinct_text_is_embedded_once_in_one_call(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(
        new_uow, *(an_assessment(days_ago(clock, n), QUEUE, summary="Bra.") for n in range(1, 4))
    )
    embedder = ConceptEmbedder()
    await SearchFeedback(new_uow, embedder, clock)(STORE, "kassan")
    assert embedder.calls == [3]  # the query, the theme and the summary


async def test_nothing_to_search_asks_the_analyzer_nothing(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    embedder = ConceptEmbedder()
    found = await SearchFeedback(new_uow, embedder, clock)(STORE, "kassan")
    assert (found.total_matches, embedder.calls) == (0, [])


async def test_the_search_time_is_measured_on_the_clock(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    assert (await search(new_uow, clock)(STORE, "kassan")).search_time_ms == 0


@pytest.mark.parametrize("query", ["", "   ", "?!", "x" * 201])
async def test_an_empty_or_overlong_query_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock, query: str
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await search(new_uow, clock)(STORE, query)
    assert (refused.value.code, refused.value.field) == ("INVALID_VALUE", "q")


@pytest.mark.parametrize("limit", [0, 101, True])
async def test_a_limit_outside_1_to_100_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock, limit: int
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await search(new_uow, clock)(STORE, "kassan", limit=limit)
    assert refused.value.field == "limit"


async def test_a_start_after_the_end_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await search(new_uow, clock)(
            STORE, "kassan", start=date(2026, 11, 12), end=date(2026, 11, 10)
        )
    assert refused.value.field == "start_date"


async def test_a_naive_bound_is_refused(new_uow: UnitOfWorkFactory, clock: ManualClock) -> None:
    with pytest.raises(InvalidValue) as refused:
        await search(new_uow, clock)(STORE, "kassan", end=datetime(2026, 11, 12, 12))
    assert refused.value.field == "end_date"


MEAT = praise("service och hjälp", "Kött", "Slaktaren gav bra råd", Category.SERVICE)


def a_store_calling_its_meat_department(*aliases: str) -> BusinessContext:
    return BusinessContext(
        store_id=STORE,
        departments=(Department("Kött", aliases), Department("Kassan", ("checkout",))),
    )


async def test_a_query_naming_a_department_by_an_alias_finds_feedback_about_it(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await with_context(new_uow, a_store_calling_its_meat_department("köttdisken", "meat section"))
    await stored(
        new_uow,
        an_assessment(days_ago(clock, 3), MEAT, summary="Nöjd med köttdisken."),
        an_assessment(days_ago(clock, 2), QUEUE, summary="Lång kö vid femtiden."),
    )
    found = await search(new_uow, clock)(STORE, "meat section opinions")
    assert {(hit.kind, hit.text) for hit in found.results} == {
        (HitKind.THEME, "service och hjälp: Slaktaren gav bra råd"),
        (HitKind.SUMMARY, "Nöjd med köttdisken."),
    }
    assert all(hit.score >= Decimal("0.4") for hit in found.results)


async def test_half_of_an_alias_does_not_name_the_department(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await with_context(new_uow, a_store_calling_its_meat_department("meat section"))
    await stored(new_uow, an_assessment(days_ago(clock, 1), MEAT, summary="Bra råd."))
    found = await search(new_uow, clock)(STORE, "section")
    assert found.total_matches == 0


async def test_without_a_context_an_alias_finds_nothing(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    await stored(new_uow, an_assessment(days_ago(clock, 1), MEAT, summary="Bra råd."))
    found = await search(new_uow, clock)(STORE, "meat section")
    assert found.total_matches == 0
