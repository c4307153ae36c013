"""The reads and writes of many stores at once (the weekly run's batches): each answers what
the same call of one store at a time answers, and a batch of reports is stored whole or
not at all."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from kundrost.domain.ids import StoreId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import a_context, a_report_of, a_store, graded
from tests.adapters.storage_steps import UowFactory, committed, read
from tests.adapters.test_customer_words_contract import a_quoting_report, calls_of
from tests.unit.grading_builders import at

WEEK = IsoWeek(2026, 10)


def report_of(
    store: StoreId, week: IsoWeek
) -> Callable[[UnitOfWork], Awaitable[WeeklyReport | None]]:
    """The query for a store's report of a week, bound to that store now (not in a loop)."""
    return lambda uow: uow.reports.for_week(store, week)


async def test_get_many_reads_each_stores_current_context_and_leaves_out_the_others(
    new_uow: UowFactory,
) -> None:
    first, second, without = a_store(), a_store(), a_store()
    await committed(new_uow, lambda uow: uow.contexts.put(a_context(first)))
    await committed(new_uow, lambda uow: uow.contexts.put(a_context(second)))
    newer = a_context(second, 2, store_name="Lindqvists Livs Söder")
    await committed(new_uow, lambda uow: uow.contexts.put(newer))

    found = await read(new_uow, lambda uow: uow.contexts.get_many([first, second, without]))

    assert found == {first: a_context(first), second: newer}
    assert await read(new_uow, lambda uow: uow.contexts.get_many([])) == {}


async def test_for_stores_reads_what_for_store_reads_of_each_store(new_uow: UowFactory) -> None:
    stores = [a_store() for _ in range(3)]
    reports = [a_report_of(store, WEEK.shifted(n)) for store in stores[:2] for n in range(-3, 2)]

    async def add_each(uow: UnitOfWork) -> None:
        for report in reports:
            await uow.reports.add(report)

    await committed(new_uow, add_each)
    since, until = WEEK.shifted(-2), WEEK

    async def together(uow: UnitOfWork) -> dict[StoreId, list[WeeklyReport]]:
        return await uow.reports.for_stores(stores, since=since, until=until)

    async def one_by_one(uow: UnitOfWork) -> dict[StoreId, list[WeeklyReport]]:
        return {s: await uow.reports.for_store(s, since=since, until=until) for s in stores}

    found = await read(new_uow, together)
    assert found == await read(new_uow, one_by_one)
    assert [len(found[store]) for store in stores] == [3, 3, 0]
    assert [r.week for r in found[stores[0]]] == [WEEK, WEEK.previous(), WEEK.shifted(-2)]


async def test_reports_added_together_read_back_as_added_one_at_a_time(
    new_uow: UowFactory,
) -> None:
    store, other = a_store(), a_store()
    first, second = await calls_of(new_uow, store, 2)
    quoting = a_quoting_report(store, first, second)
    plain = a_report_of(other, WEEK)
    await committed(new_uow, lambda uow: uow.reports.add_all([quoting, plain]))

    assert await read(new_uow, lambda uow: uow.reports.get(quoting.id)) == quoting
    assert await read(new_uow, lambda uow: uow.reports.for_week(other, WEEK)) == plain
    await committed(new_uow, lambda uow: uow.reports.add_all([]))


async def test_reports_added_together_keep_no_words_of_an_erased_call(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    await committed(new_uow, lambda uow: uow.sessions.save(first.erased()))
    report = a_quoting_report(store, first, second)
    await committed(new_uow, lambda uow: uow.reports.add_all([report]))

    kept = await read(new_uow, lambda uow: uow.reports.get(report.id))
    assert kept is not None
    quoted = {q.call_session_id for item in kept.negative_issues for q in item.sample_quotes}
    assert quoted == {second.id}
    assert kept.actionable_recommendations[0].source is None


async def test_a_batch_with_a_report_of_a_stored_week_is_refused_whole_naming_the_stored_one(
    new_uow: UowFactory,
) -> None:
    done, fresh = a_store(), a_store()
    stored = a_report_of(done, WEEK)
    await committed(new_uow, lambda uow: uow.reports.add(stored))
    batch = [a_report_of(fresh, WEEK), a_report_of(done, WEEK)]

    async def add_and_commit() -> None:
        async with new_uow() as uow:
            await uow.reports.add_all(batch)  # refused here, or at the commit
            await uow.commit()

    with pytest.raises(ReportExists) as refused:
        await add_and_commit()

    assert refused.value.report_id == stored.id
    assert await read(new_uow, lambda uow: uow.reports.for_week(fresh, WEEK)) is None
    assert await read(new_uow, lambda uow: uow.reports.for_week(done, WEEK)) == stored


async def test_of_two_racing_batches_of_the_same_week_exactly_one_is_stored(
    new_uow: UowFactory,
) -> None:
    stores = [a_store(), a_store()]
    both_added = asyncio.Barrier(2)

    async def generate() -> list[WeeklyReport]:
        batch = [a_report_of(store, WEEK) for store in stores]
        async with new_uow() as uow:
            await uow.reports.add_all(batch)
            await both_added.wait()
            await uow.commit()
        return batch

    async def generate_in_time() -> list[WeeklyReport]:
        return await asyncio.wait_for(generate(), timeout=10)

    outcomes = await asyncio.gather(generate_in_time(), generate_in_time(), return_exceptions=True)
    [winner] = [o for o in outcomes if isinstance(o, list)]
    [refusal] = [o for o in outcomes if isinstance(o, ReportExists)]
    assert refusal.report_id in {report.id for report in winner}
    for store, report in zip(stores, winner, strict=True):
        assert await read(new_uow, report_of(store, WEEK)) == report


async def test_weekly_feedback_of_reads_each_stores_own_week_as_weekly_feedback_does(
    new_uow: UowFactory,
) -> None:
    stockholm, helsinki, quiet = a_store(), a_store(), a_store()
    utc = ZoneInfo("UTC")
    instants = [at(f"2026-03-0{day}", utc) for day in ("1 22:30", "1 23:00", "4 12:00")]
    made = [
        graded("good", when, n, store)
        for store in (stockholm, helsinki)
        for n, when in enumerate(instants)
    ]

    async def put_all(uow: UnitOfWork) -> None:
        for assessment in made:
            await uow.assessments.put(assessment)

    await committed(new_uow, put_all)
    weeks = {
        stockholm: WEEK.bounds("Europe/Stockholm"),
        helsinki: WEEK.bounds("Europe/Helsinki"),
        quiet: WEEK.bounds("Europe/Stockholm"),
    }

    async def one_by_one(uow: UnitOfWork) -> dict[StoreId, list[object]]:
        return {
            store: list(await uow.assessments.weekly_feedback(start, end, store_id=store))
            for store, (start, end) in weeks.items()
        }

    found = await read(new_uow, lambda uow: uow.assessments.weekly_feedback_of(weeks))
    assert found == await read(new_uow, one_by_one)
    assert [len(found[store]) for store in (stockholm, helsinki, quiet)] == [2, 3, 0]
    assert weeks[helsinki][0] == weeks[stockholm][0] - timedelta(hours=1)
    assert await read(new_uow, lambda uow: uow.assessments.weekly_feedback_of({})) == {}
