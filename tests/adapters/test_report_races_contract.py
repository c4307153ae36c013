"""WeeklyReportRepository under concurrency: replacements of one week racing each other, and
a cancel's erasure of a call's words racing a replacement, end as they would one after the
other, with no error."""

from __future__ import annotations

import asyncio

from attrs import evolve

from kundrost.domain.ids import CallSessionId
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists
from tests.adapters.storage_builders import a_store
from tests.adapters.storage_steps import UowFactory, committed, read
from tests.adapters.test_customer_words_contract import WEEK, a_quoting_report, calls_of

SETTLE = 0.2
"""Long enough for a unit of work that is not blocked to run its statements and wait."""


def quoted_calls(report: WeeklyReport) -> set[CallSessionId]:
    """The calls whose words the report still holds: quotes and worded recommendations."""
    quotes = [q for item in report.negative_issues for q in item.sample_quotes]
    quotes += [q for item in report.positive_trends for q in item.sample_quotes]
    sources = {r.source for r in report.actionable_recommendations if r.source is not None}
    return {q.call_session_id for q in quotes} | sources


async def test_of_two_racing_replacements_of_a_week_the_later_commit_is_kept_whole(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    stored = a_quoting_report(store, first, second)
    await committed(new_uow, lambda uow: uow.reports.add(stored))
    earlier = evolve(stored, total_feedback_count=11)
    later = evolve(stored, total_feedback_count=12)
    replaced = asyncio.Event()
    commits: list[WeeklyReport] = []

    async def replace_and_hold() -> None:
        async with new_uow() as uow:
            await uow.reports.replace(earlier)
            replaced.set()
            await asyncio.sleep(SETTLE)
            await uow.commit()
        commits.append(earlier)

    async def replace_meanwhile() -> None:
        await replaced.wait()
        async with new_uow() as uow:
            await uow.reports.replace(later)
            await uow.commit()
        commits.append(later)

    await asyncio.wait_for(asyncio.gather(replace_and_hold(), replace_meanwhile()), timeout=10)

    assert await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK)) == commits[-1]


async def test_a_replacement_racing_a_cancels_erasure_keeps_no_words_of_the_call(
    new_uow: UowFactory,
) -> None:
    """The cancel holds the call's row when the replacement starts, and erases the call's
    words (of the report the replacement deletes) after it: on PostgreSQL each then waited
    for the other, a deadlock, when the replacement deleted the old words before it waited
    for the call."""
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    stored = a_quoting_report(store, first, second)
    await committed(new_uow, lambda uow: uow.reports.add(stored))
    rebuilt = evolve(stored, total_feedback_count=11)
    locked = asyncio.Event()

    async def cancel() -> None:
        async with new_uow() as uow:
            await uow.sessions.get(first.id, for_update=True)
            await uow.sessions.save(first.erased())
            locked.set()
            await asyncio.sleep(SETTLE)
            await uow.reports.erase_words_of(first.id)
            await uow.commit()

    async def replace() -> None:
        await locked.wait()
        async with new_uow() as uow:
            await uow.reports.replace(rebuilt)
            await uow.commit()

    await asyncio.wait_for(asyncio.gather(cancel(), replace()), timeout=10)

    kept = await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK))
    assert kept is not None
    assert kept.total_feedback_count == 11
    assert quoted_calls(kept) == {second.id}


async def test_a_cancel_after_a_replacement_began_erases_the_words_it_stores(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    stored = a_quoting_report(store, first, second)
    await committed(new_uow, lambda uow: uow.reports.add(stored))
    rebuilt = evolve(stored, total_feedback_count=11)
    replaced = asyncio.Event()

    async def replace() -> None:
        async with new_uow() as uow:
            await uow.reports.replace(rebuilt)
            replaced.set()
            await asyncio.sleep(SETTLE)
            await uow.commit()

    async def cancel() -> None:
        await replaced.wait()
        async with new_uow() as uow:
            await uow.sessions.get(first.id, for_update=True)
            await uow.sessions.save(first.erased())
            await uow.reports.erase_words_of(first.id)
            await uow.commit()

    await asyncio.wait_for(asyncio.gather(replace(), cancel()), timeout=10)

    kept = await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK))
    assert kept is not None
    assert kept.total_feedback_count == 11
    assert quoted_calls(kept) == {second.id}


async def test_a_replacement_racing_a_first_report_of_the_week_is_kept(
    new_uow: UowFactory,
) -> None:
    """The first report is written (not yet committed) when the replacement deletes the
    week's report, and committed while the replacement inserts its own."""
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    added = a_quoting_report(store, first, second)
    replacement = a_quoting_report(store, second, first)
    written = asyncio.Event()

    async def add() -> None:
        async with new_uow() as uow:
            await uow.reports.add(added)
            await uow.reports.for_week(store, WEEK.next())
            written.set()
            await asyncio.sleep(SETTLE)
            await uow.commit()

    async def replace() -> None:
        await written.wait()
        async with new_uow() as uow:
            await uow.reports.replace(replacement)
            await uow.commit()

    outcomes = await asyncio.wait_for(
        asyncio.gather(add(), replace(), return_exceptions=True), timeout=10
    )

    assert outcomes[1] is None
    assert outcomes[0] is None or isinstance(outcomes[0], ReportExists)
    assert await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK)) == replacement
