"""The weekly tally in PostgreSQL: rows stored before their report facts are read row by row,
rows stored before their themes' ranks look them up among their item facts, anonymising
clears the facts of the items with the items, and a group whose newest quotes repeat is read
again with every mention; every report equals the one of its rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.domain.analysis import Sentiment
from kundrost.domain.ids import StoreId
from kundrost.domain.week_tally import MentionCount
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.postgres_fixtures import postgres_database
from tests.adapters.storage_builders import SPRING, SPRING_NOW, a_store, renewed
from tests.adapters.storage_steps import row_by_row
from tests.adapters.test_weekly_tally_contract import instants, stored_week, varied
from tests.unit.grading_builders import a_theme, an_analysis, an_assessment, at


async def test_a_week_of_rows_stored_before_their_facts_is_read_row_by_row() -> None:
    stores = [a_store(), a_store()]
    async with postgres_database("tallies") as database:
        new_uow = database.unit_of_work
        made = [varied(n, when, s) for s in stores for n, when in enumerate(instants())]
        await stored_week(new_uow, made)
        async with new_uow() as uow:
            connection = await uow.connection()
            await connection.execute(
                "UPDATE quality_assessments SET report_themes = NULL, report_items = NULL "
                "WHERE store_id = $1",
                stores[0],
            )
            await uow.commit()
        generate = GenerateWeeklyReport(new_uow, ManualClock(SPRING_NOW), SeededIds(8))

        reports = await generate.new_reports(stores, SPRING)

        assert sorted(reports) == sorted(stores)
        for report in reports.values():
            assert report == await row_by_row(new_uow, report.id, report.store_id)
            assert report.actionable_recommendations


async def test_rows_stored_before_their_themes_ranks_count_the_same_urgency() -> None:
    stores = [a_store(), a_store()]
    async with postgres_database("tallies") as database:
        new_uow = database.unit_of_work
        made = [varied(n, when, s) for s in stores for n, when in enumerate(instants())]
        await stored_week(new_uow, made)
        weeks = dict.fromkeys(stores, SPRING.bounds("Europe/Stockholm"))

        async def mentions() -> dict[StoreId, tuple[MentionCount, ...]]:
            async with new_uow() as uow:
                tallies = await uow.assessments.weekly_tallies_of(weeks, quote_candidates=4)
            return {store: tallies[store].mentions for store in stores}

        counted = await mentions()
        async with new_uow() as uow:
            connection = await uow.connection()
            stored = await connection.fetchval(
                "SELECT count(report_ranks) FROM quality_assessments"
            )
            await connection.execute(
                "UPDATE quality_assessments SET report_ranks = NULL WHERE store_id = $1",
                stores[0],
            )
            await uow.commit()

        assert stored > 0
        assert any(m.item_priority is not None for m in counted[stores[0]])
        assert await mentions() == counted
        generate = GenerateWeeklyReport(new_uow, ManualClock(SPRING_NOW), SeededIds(11))
        reports = await generate.new_reports(stores, SPRING)
        assert sorted(reports) == sorted(stores)
        for report in reports.values():
            assert report == await row_by_row(new_uow, report.id, report.store_id)


async def test_anonymising_clears_the_facts_of_the_items_and_keeps_those_of_the_themes() -> None:
    store = a_store()
    async with postgres_database("tallies") as database:
        new_uow = database.unit_of_work
        made = [varied(n, when, store) for n, when in enumerate(instants()[:10])]
        await stored_week(new_uow, [a for a in made if not a.is_anonymised])

        async def anonymise(uow: UnitOfWork) -> None:
            await uow.assessments.anonymise_created_before(at("2026-04-01 00:00"), 100)

        async with new_uow() as uow:
            await anonymise(uow)
            await uow.commit()
        async with new_uow() as uow:
            connection = await uow.connection()
            left = await connection.fetchrow(
                "SELECT count(report_items) AS items, count(report_themes) AS themes, "
                "count(report_ranks) AS ranks, count(*) AS rows FROM quality_assessments"
            )
        assert left is not None
        assert (left["items"], left["ranks"], left["themes"]) == (0, 0, left["rows"])
        generate = GenerateWeeklyReport(new_uow, ManualClock(SPRING_NOW), SeededIds(9))
        [report] = (await generate.new_reports([store], SPRING)).values()
        assert report == await row_by_row(new_uow, report.id, report.store_id)
        assert report.actionable_recommendations == ()


async def test_a_group_whose_newest_quotes_repeat_is_read_again_with_every_mention() -> None:
    report = await _batch_report_of_twelve_calls(
        lambda n: [("Kö", "Brödet var gott." if n == 0 else "Kön var lång.")]
    )
    assert len(report.negative_issues[0].sample_quotes) == 2


async def test_groups_quoting_one_sentence_are_read_again_and_each_shows_words_of_its_own() -> None:
    """One sentence names two themes in every newer call: the group that quotes it first
    takes it, and the other finds its own words only in older calls than were read."""
    both = "Kön var lång och bara en kassa var öppen."
    report = await _batch_report_of_twelve_calls(
        lambda n: (
            [("Kö", both), ("Kassa", both)]
            if n >= 2
            else [("Kö", "Kön ringlade."), ("Kassa", "Kassan var stängd.")]
        )
    )
    quoted = [[quote.text for quote in issue.sample_quotes] for issue in report.negative_issues]
    assert all(quoted)
    assert sum(texts.count(both) for texts in quoted) == 1


async def _batch_report_of_twelve_calls(
    complaints: Callable[[int], list[tuple[str, str]]],
) -> WeeklyReport:
    """The report a batch makes of twelve calls an hour apart, the n:th complaining of each
    (label, quote) `complaints(n)` gives; it equals the report of the rows read one by one."""
    store = a_store()
    async with postgres_database("tallies") as database:
        new_uow = database.unit_of_work
        made = []
        for n in range(12):
            themes = [
                a_theme(label=label, sentiment=Sentiment.NEGATIVE, quote=quote)
                for label, quote in complaints(n)
            ]
            assessment = an_assessment(an_analysis(themes=themes))
            made.append(renewed(assessment, store, at("2026-03-24 08:00") + timedelta(hours=n)))
        await stored_week(new_uow, made)
        generate = GenerateWeeklyReport(new_uow, ManualClock(SPRING_NOW), SeededIds(10))

        report = (await generate.new_reports([store], SPRING))[store]

        assert report == await row_by_row(new_uow, report.id, report.store_id)
        return report
