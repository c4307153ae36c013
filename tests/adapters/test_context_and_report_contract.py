"""BusinessContextRepository and WeeklyReportRepository contracts: versions, one report a week."""

from __future__ import annotations

import asyncio

import pytest

from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ContextConflict, ReportExists
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import a_context, a_report_of, a_store
from tests.adapters.storage_steps import UowFactory, committed, read

WEEK = IsoWeek(2026, 10)


async def test_a_new_store_context_starts_at_version_one(new_uow: UowFactory) -> None:
    store = a_store()
    context = a_context(store)
    await committed(new_uow, lambda uow: uow.contexts.put(context))
    assert await read(new_uow, lambda uow: uow.contexts.get(store)) == context


@pytest.mark.parametrize("version", [2, 0, 3])
async def test_a_context_version_that_does_not_follow_the_stored_one_is_refused(
    new_uow: UowFactory, version: int
) -> None:
    store = a_store()
    if version != 2:
        await committed(new_uow, lambda uow: uow.contexts.put(a_context(store)))
    async with new_uow() as uow:
        with pytest.raises(ContextConflict):
            await uow.contexts.put(a_context(store, max(version, 1)))


async def test_each_stored_context_version_replaces_the_previous(new_uow: UowFactory) -> None:
    store = a_store()
    await committed(new_uow, lambda uow: uow.contexts.put(a_context(store)))
    second = a_context(store, 2, store_name="Lindqvists Livs Söder")
    await committed(new_uow, lambda uow: uow.contexts.put(second))
    assert await read(new_uow, lambda uow: uow.contexts.get(store)) == second


async def test_of_two_concurrent_edits_of_a_context_only_the_first_commit_wins(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    await committed(new_uow, lambda uow: uow.contexts.put(a_context(store)))
    ours = a_context(store, 2, store_name="Vår butik")
    async with new_uow() as mine, new_uow() as theirs:
        await mine.contexts.put(ours)
        await theirs.contexts.put(a_context(store, 2, store_name="Deras butik"))
        await mine.commit()
        with pytest.raises(ContextConflict):
            await theirs.commit()
    assert await read(new_uow, lambda uow: uow.contexts.get(store)) == ours


async def test_store_ids_lists_every_store_with_a_context_in_id_order(new_uow: UowFactory) -> None:
    stores = [a_store() for _ in range(3)]

    async def put_all(uow: UnitOfWork) -> None:
        for store in stores:
            await uow.contexts.put(a_context(store))

    await committed(new_uow, put_all)
    assert await read(new_uow, lambda uow: uow.contexts.store_ids()) == sorted(stores)


async def test_a_stored_report_reads_back_by_id_and_by_week(new_uow: UowFactory) -> None:
    store = a_store()
    report = a_report_of(store, WEEK)
    await committed(new_uow, lambda uow: uow.reports.add(report))
    assert await read(new_uow, lambda uow: uow.reports.get(report.id)) == report
    assert await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK)) == report
    assert await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK.next())) is None


async def test_a_second_report_for_a_store_and_week_is_refused_naming_the_first(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    first = a_report_of(store, WEEK)
    await committed(new_uow, lambda uow: uow.reports.add(first))
    async with new_uow() as uow:
        with pytest.raises(ReportExists) as refused:
            await uow.reports.add(a_report_of(store, WEEK))
    assert refused.value.report_id == first.id


async def test_of_two_racing_reports_for_a_week_exactly_one_is_stored(new_uow: UowFactory) -> None:
    store = a_store()
    both_added = asyncio.Barrier(2)

    async def generate() -> WeeklyReport:
        report = a_report_of(store, WEEK)
        async with new_uow() as uow:
            await uow.reports.add(report)
            await both_added.wait()
            await uow.commit()
        return report

    outcomes = await asyncio.gather(generate(), generate(), return_exceptions=True)
    [winner] = [o for o in outcomes if isinstance(o, WeeklyReport)]
    [refusal] = [o for o in outcomes if isinstance(o, ReportExists)]
    assert refusal.report_id == winner.id
    assert await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK)) == winner


async def test_replacing_a_report_puts_the_new_one_in_place_of_the_old(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    old, new = a_report_of(store, WEEK, total=10), a_report_of(store, WEEK, total=12)
    await committed(new_uow, lambda uow: uow.reports.add(old))
    await committed(new_uow, lambda uow: uow.reports.replace(new))
    assert await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK)) == new
    assert await read(new_uow, lambda uow: uow.reports.get(old.id)) is None


async def test_a_stores_reports_are_newest_week_first_within_inclusive_bounds(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    reports = [a_report_of(store, WEEK.shifted(n)) for n in range(-2, 3)]

    async def add_all(uow: UnitOfWork) -> None:
        for report in [*reports, a_report_of(a_store(), WEEK)]:
            await uow.reports.add(report)

    await committed(new_uow, add_all)
    newest_first = reports[::-1]
    assert await read(new_uow, lambda uow: uow.reports.for_store(store)) == newest_first
    bounded = await read(
        new_uow, lambda uow: uow.reports.for_store(store, since=WEEK.previous(), until=WEEK.next())
    )
    assert bounded == newest_first[1:4]
    from_week_on = await read(new_uow, lambda uow: uow.reports.for_store(store, since=WEEK))
    assert from_week_on == newest_first[:3]
