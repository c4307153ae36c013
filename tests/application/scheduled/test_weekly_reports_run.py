"""RunWeeklyReports: every store's report of a week, each store on its own, idempotent."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest
from attrs import evolve, frozen

from kundrost.adapters.memory import MemoryStore, MemoryUnitOfWork
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport, NewReports
from kundrost.application.weekly_reports_run import (
    NewBatch,
    RunWeeklyReports,
    WeeklyReportsSummary,
)
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from tests.adapters.storage_builders import a_context, a_session, a_store, graded
from tests.application.calls.records import put
from tests.application.scheduled.doubles import NotedProgress

STOCKHOLM = ZoneInfo("Europe/Stockholm")
WEEK = IsoWeek(2026, 11)
"""Monday 9 to Sunday 15 March 2026."""
TICK = datetime(2026, 3, 16, 3, 0, tzinfo=STOCKHOLM)
"""The Monday 03:00 after it, when the scheduler runs."""


def during(week: IsoWeek) -> datetime:
    """Wednesday noon of `week`."""
    return datetime.combine(week.monday + timedelta(days=2), time(12), tzinfo=STOCKHOLM)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(TICK)


@pytest.fixture
def generate(
    new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> GenerateWeeklyReport:
    return GenerateWeeklyReport(new_uow, clock, ids)


async def reports_of(new_uow: UnitOfWorkFactory, store: StoreId) -> list[IsoWeek]:
    async with new_uow() as uow:
        return [report.week for report in await uow.reports.for_store(store)]


async def test_every_store_with_a_context_or_feedback_that_week_gets_its_report(
    new_uow: UnitOfWorkFactory, generate: GenerateWeeklyReport
) -> None:
    with_context, with_feedback, only_the_week_before = a_store(), a_store(), a_store()
    await put(
        new_uow,
        a_context(with_context),
        a_session(created_at=during(WEEK), store_id=with_feedback),
        a_session(created_at=during(WEEK.previous()), store_id=only_the_week_before),
    )

    summary = await RunWeeklyReports(new_uow, generate)(WEEK)

    assert (summary.week, summary.stores, summary.generated, summary.existing) == (WEEK, 2, 2, 0)
    assert summary.failed == ()
    assert await reports_of(new_uow, with_context) == [WEEK]
    assert await reports_of(new_uow, with_feedback) == [WEEK]
    assert await reports_of(new_uow, only_the_week_before) == []


async def test_a_second_run_finds_the_reports_done_and_generates_nothing(
    new_uow: UnitOfWorkFactory, generate: GenerateWeeklyReport
) -> None:
    stores = [a_store() for _ in range(3)]
    await put(new_uow, *(a_context(store) for store in stores))
    run = RunWeeklyReports(new_uow, generate)

    first = await run(WEEK)
    again = await run(WEEK)

    assert (first.generated, first.existing) == (3, 0)
    assert (again.generated, again.existing) == (0, 3)
    for store in stores:
        assert await reports_of(new_uow, store) == [WEEK]


async def test_a_store_that_fails_is_logged_and_counted_and_the_others_still_get_theirs(
    new_uow: UnitOfWorkFactory, generate: GenerateWeeklyReport, caplog: pytest.LogCaptureFixture
) -> None:
    stores = sorted(a_store() for _ in range(3))
    await put(new_uow, *(a_context(store) for store in stores))
    broken = stores[0]

    async def generate_or_break(store: StoreId, week: IsoWeek) -> WeeklyReport:
        if store == broken:
            raise TimeoutError("the database did not answer")
        return await generate(store, week)

    with caplog.at_level(logging.ERROR, logger="kundrost.reports"):
        summary = await RunWeeklyReports(new_uow, generate_or_break)(WEEK)

    assert (summary.generated, summary.failed) == (2, (broken,))
    assert [await reports_of(new_uow, store) for store in stores] == [[], [WEEK], [WEEK]]
    assert str(broken) in caplog.text
    assert "TimeoutError" in caplog.text


async def test_the_scheduled_run_makes_up_the_week_before_for_stores_that_had_feedback(
    new_uow: UnitOfWorkFactory, generate: GenerateWeeklyReport
) -> None:
    missed, context_only = a_store(), a_store()
    await put(
        new_uow,
        a_session(created_at=during(WEEK.previous()), store_id=missed),
        a_context(context_only),
    )
    progress = NotedProgress()

    this_week, catch_up = await RunWeeklyReports(new_uow, generate).scheduled(
        TICK, progress=progress
    )

    assert (this_week.week, this_week.stores, this_week.generated) == (WEEK, 1, 1)
    assert (catch_up.week, catch_up.stores, catch_up.generated) == (WEEK.previous(), 1, 1)
    assert await reports_of(new_uow, missed) == [WEEK.previous()]
    assert await reports_of(new_uow, context_only) == [WEEK]
    assert (progress.passes, progress.done) == ([1, 1], 2)


async def test_a_week_without_any_store_is_an_empty_run(
    new_uow: UnitOfWorkFactory, generate: GenerateWeeklyReport
) -> None:
    summary = await RunWeeklyReports(new_uow, generate)(WEEK)

    assert (summary.stores, summary.generated, summary.existing, summary.failed) == (0, 0, 0, ())


async def test_a_run_generates_a_few_stores_at_a_time_and_sums_up_in_store_order(
    new_uow: UnitOfWorkFactory, generate: GenerateWeeklyReport
) -> None:
    stores = sorted(a_store() for _ in range(7))
    await put(new_uow, *(a_context(store) for store in stores))
    broken = {stores[1], stores[5]}
    running = most = 0

    async def generate_slowly(store: StoreId, week: IsoWeek) -> WeeklyReport:
        nonlocal running, most
        running += 1
        most = max(most, running)
        try:
            await asyncio.sleep(0.01)
            if store in broken:
                raise TimeoutError("the database did not answer")
            return await generate(store, week)
        finally:
            running -= 1

    summary = await RunWeeklyReports(new_uow, generate_slowly, concurrency=3)(WEEK)

    assert most == 3
    assert (summary.stores, summary.generated) == (7, 5)
    assert summary.failed == (stores[1], stores[5])
    assert [len(await reports_of(new_uow, store)) for store in stores] == [1, 0, 1, 1, 1, 0, 1]


# --- in batches ---------------------------------------------------------------------------


def a_week_of_feedback(stores: list[StoreId]) -> list[object]:
    """Contexts (the last store in Helsinki), and four graded calls of each store but the
    last but one in the week, each assessment of a call that exists, so reports quote it."""
    contexts = [a_context(s) for s in stores[:-1]]
    contexts.append(a_context(stores[-1], timezone="Europe/Helsinki"))
    records: list[object] = [*contexts]
    for n, store in enumerate(stores):
        if n == len(stores) - 2:
            continue
        for k, kind in enumerate(("good", "good", "low", "fraud")):
            call = a_session(created_at=during(WEEK) - timedelta(hours=k), store_id=store)
            assessment = graded(kind, during(WEEK) + timedelta(hours=k), k + n, store)
            records += [call, evolve(assessment, call_session_id=call.id)]
    return records


@frozen
class Noted:
    """A batch read, noting the stores whose reports it made."""

    new: NewReports
    together: list[StoreId]

    async def store(self) -> dict[StoreId, WeeklyReport]:
        made = await self.new.store()
        self.together.extend(made)
        return made


@frozen
class Gated:
    """A batch read whose storing waits for `gate`, and then fails when `fails`."""

    new: NewReports
    gate: asyncio.Event
    fails: bool

    async def store(self) -> dict[StoreId, WeeklyReport]:
        await self.gate.wait()
        if self.fails:
            raise ConnectionResetError("the database went away")
        return await self.new.store()


def without_id(report: WeeklyReport) -> WeeklyReport:
    return evolve(report, id=ReportId(UUID(int=0)))


async def a_run_on(
    records: list[object], stores: list[StoreId], clock: ManualClock, *, batched: bool
) -> tuple[WeeklyReportsSummary, list[WeeklyReport], list[StoreId]]:
    """On a fresh store holding `records`, with the first store's report done and the
    fourth's partial (made mid-week): the week's run, the reports after it, and the stores
    whose reports the batches made."""
    memory = MemoryStore()

    def new_uow() -> UnitOfWork:
        return MemoryUnitOfWork(memory)

    generate = GenerateWeeklyReport(new_uow, clock, SeededIds(1))
    await put(new_uow, *records)  # type: ignore[arg-type]
    await generate(stores[0], WEEK)
    partial = await GenerateWeeklyReport(new_uow, ManualClock(during(WEEK)), SeededIds(2))(
        stores[3], WEEK
    )
    together: list[StoreId] = []

    async def batch(batch: Sequence[StoreId], week: IsoWeek) -> NewBatch:
        return Noted(await generate.read_new_reports(batch, week), together)

    progress = NotedProgress()
    run = RunWeeklyReports(new_uow, generate, read_batch=batch if batched else None, batch_size=3)
    summary = await run(WEEK, progress=progress)
    async with new_uow() as uow:
        found = [await uow.reports.for_week(store, WEEK) for store in stores]
    reports = [report for report in found if report is not None]
    assert len(reports) == len(stores)
    assert (reports[3].id, reports[3].generated_at) == (partial.id, TICK)
    assert progress.done == len(stores)
    return summary, reports, sorted(together)


async def test_a_run_in_batches_stores_the_reports_a_run_one_store_at_a_time_stores(
    clock: ManualClock,
) -> None:
    stores = sorted(a_store() for _ in range(7))
    records = a_week_of_feedback(stores)

    one_by_one, reports, _ = await a_run_on(records, stores, clock, batched=False)
    in_batches, batched_reports, together = await a_run_on(records, stores, clock, batched=True)

    assert (in_batches.generated, in_batches.existing, in_batches.failed) == (6, 1, ())
    assert in_batches == one_by_one
    assert together == [s for n, s in enumerate(stores) if n not in (0, 3)]
    assert [without_id(r) for r in batched_reports] == [without_id(r) for r in reports]
    assert any(issue.sample_quotes for r in reports for issue in r.negative_issues)


async def test_a_batch_that_fails_leaves_its_stores_to_one_at_a_time(
    new_uow: UnitOfWorkFactory, generate: GenerateWeeklyReport, caplog: pytest.LogCaptureFixture
) -> None:
    stores = sorted(a_store() for _ in range(5))
    await put(new_uow, *(a_context(store) for store in stores))
    tried: list[list[StoreId]] = []

    async def fail_second_batch(batch: Sequence[StoreId], week: IsoWeek) -> NewBatch:
        tried.append(list(batch))
        if len(tried) == 2:
            raise TimeoutError("the database did not answer")
        return await generate.read_new_reports(batch, week)

    run = RunWeeklyReports(
        new_uow, generate, read_batch=fail_second_batch, batch_size=2, batch_concurrency=1
    )
    with caplog.at_level(logging.WARNING, logger="kundrost.reports"):
        summary = await run(WEEK)

    assert tried == [stores[:2], stores[2:4], stores[4:]]
    assert (summary.stores, summary.generated, summary.failed) == (5, 5, ())
    assert [await reports_of(new_uow, store) for store in stores] == [[WEEK]] * 5
    assert "TimeoutError" in caplog.text


async def test_batches_are_read_while_one_is_stored_at_most_read_ahead_of_it(
    new_uow: UnitOfWorkFactory, generate: GenerateWeeklyReport, caplog: pytest.LogCaptureFixture
) -> None:
    stores = sorted(a_store() for _ in range(9))
    await put(new_uow, *(a_context(store) for store in stores))
    gate = asyncio.Event()
    read: list[list[StoreId]] = []

    async def reading(batch: Sequence[StoreId], week: IsoWeek) -> NewBatch:
        read.append(list(batch))
        return Gated(await generate.read_new_reports(batch, week), gate, fails=len(read) == 2)

    run = RunWeeklyReports(
        new_uow, generate, read_batch=reading, batch_size=2, batch_concurrency=1, read_ahead=2
    )
    with caplog.at_level(logging.WARNING, logger="kundrost.reports"):
        running = asyncio.create_task(run(WEEK))
        for _ in range(200):
            await asyncio.sleep(0)
        assert read == [stores[:2], stores[2:4], stores[4:6]]
        gate.set()
        summary = await running

    assert read == [stores[n : n + 2] for n in range(0, 9, 2)]
    assert (summary.stores, summary.generated, summary.failed) == (9, 9, ())
    assert [await reports_of(new_uow, store) for store in stores] == [[WEEK]] * 9
    assert "ConnectionResetError" in caplog.text
