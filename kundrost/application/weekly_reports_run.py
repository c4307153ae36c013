"""RunWeeklyReports: the weekly reports of every store for a week, a few stores at a time."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from typing import Protocol
from uuid import UUID

from attrs import define, field, frozen

from kundrost.application.progress import UNWATCHED, Progress
from kundrost.domain.business_context import DEFAULT_TIMEZONE
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists
from kundrost.ports.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("kundrost.reports")

ReportGenerator = Callable[[StoreId, IsoWeek], Awaitable[WeeklyReport]]
"""`GenerateWeeklyReport`: builds and stores one store's report, `ReportExists` when done."""


class NewBatch(Protocol):
    """A batch of stores' week, read (`GenerateWeeklyReport.read_new_reports`)."""

    async def store(self) -> dict[StoreId, WeeklyReport]:
        """Builds and stores the batch's first reports: those it made."""
        ...


BatchReader = Callable[[Sequence[StoreId], IsoWeek], Awaitable[NewBatch]]
"""`GenerateWeeklyReport.read_new_reports`: reads what the week's first reports of many
stores are built from, to be built and stored together (`NewBatch.store`); the stores a
batch leaves out are for `ReportGenerator`, one at a time."""


_Outcome = tuple[str, bool]
"""generated, existing or failed; whether the report's e-mail was queued."""


@define
class _Run:
    """One run of a week: what every store's generation needs, and what became of each."""

    week: IsoWeek
    with_contexts: bool
    progress: Progress
    outcomes: dict[StoreId, _Outcome] = field(factory=dict)


ReportAnnouncer = Callable[[ReportId], Awaitable[bool]]
"""`QueueReportEmail`: queues the report's e-mail; False when it was queued already."""


@frozen
class WeeklyReportsSummary:
    """What a run did for one week: reports generated, stores that already had theirs, and
    the stores whose generation failed (to be tried again by the next run)."""

    week: IsoWeek
    stores: int
    generated: int
    existing: int
    failed: tuple[StoreId, ...]
    emails_queued: int = 0


@frozen
class RunWeeklyReports:
    """Generate the report of `week` for every store that has a business context or had a
    call session in the week (`with_contexts=False`: only the latter), skipping stores whose
    report exists. Each store is its own generation: one store's failure is logged with its
    id and counted, and the others go on. With `read_batch` the first reports of a
    batch of stores are made together, and what the batch leaves (or all of it, when it
    fails) goes one store at a time as without it. Running it again does only what is
    left, so a run that stopped half-way, or failed for some stores, is finished by the
    next one.

    The week's stores are found by its bounds in `zone`, the service's zone; each report
    itself covers the week in its store's own zone.

    With `announce` (when e-mail is configured), each report's e-mail is queued: every
    report of the week a run is about, and in a catch-up (`with_contexts=False`) the reports
    it made, whose e-mail was never due before. The send skips what was sent already."""

    new_uow: UnitOfWorkFactory
    generate: ReportGenerator
    zone: str = DEFAULT_TIMEZONE
    announce: ReportAnnouncer | None = None
    concurrency: int = 8
    """Stores generated at a time: each generation waits on its storage most of the time,
    so a few at once keep one core busy (summary and e-mails as one at a time would)."""
    read_batch: BatchReader | None = None
    """With it, the stores go in batches of `batch_size`: each batch's new reports read
    and stored together (a few statements and two units of work a batch instead of several
    a store), the rest of its stores one at a time as above."""
    batch_size: int = 200
    batch_concurrency: int = 1
    """Batches built and stored at a time: building is this process's CPU work, so one
    lane keeps it busy while the readers wait on the storage."""
    read_ahead: int = 2
    """Batches read, or being read, before they are built: the storage counts the next
    batches while this process builds the reports of those read, so the two halves of
    the work run side by side (on two cores) instead of in turn."""

    async def __call__(
        self, week: IsoWeek, *, with_contexts: bool = True, progress: Progress = UNWATCHED
    ) -> WeeklyReportsSummary:
        stores = await self.stores(week, with_contexts=with_contexts)
        progress.started(len(stores))
        run = _Run(week, with_contexts, progress)
        outcomes = run.outcomes
        if self.read_batch is None:
            await self._one_at_a_time(stores, run)
        else:
            await self._in_batches(stores, run)
        kinds = [outcomes[store_id][0] for store_id in stores]
        return WeeklyReportsSummary(
            week,
            len(stores),
            kinds.count("generated"),
            kinds.count("existing"),
            tuple(store_id for store_id in stores if outcomes[store_id][0] == "failed"),
            sum(queued for _, queued in outcomes.values()),
        )

    async def _one_at_a_time(
        self,
        stores: Sequence[StoreId],
        run: _Run,
    ) -> None:
        """Each store its own generation, `concurrency` at a time."""
        pending = iter(stores)

        async def generating() -> None:
            for store_id in pending:
                run.outcomes[store_id] = await self._one(store_id, run.week, run.with_contexts)
                run.progress.advanced()

        await asyncio.gather(*(generating() for _ in range(min(self.concurrency, len(stores)))))

    async def _in_batches(
        self,
        stores: Sequence[StoreId],
        run: _Run,
    ) -> None:
        """The stores in batches: `read_ahead` readers read them in order, at most that
        many read and not yet taken, and `batch_concurrency` lanes build and store what
        was read, so a batch's read overlaps the building of the ones before it."""
        batches = iter(
            stores[n : n + self.batch_size] for n in range(0, len(stores), self.batch_size)
        )
        count = -(-len(stores) // self.batch_size)
        slots = asyncio.Semaphore(self.read_ahead)
        read: asyncio.Queue[tuple[Sequence[StoreId], NewBatch | None] | None] = asyncio.Queue()

        async def reading() -> None:
            for batch in batches:
                await slots.acquire()
                await read.put((batch, await self._read(batch, run.week)))

        async def reading_all() -> None:
            await asyncio.gather(*(reading() for _ in range(min(self.read_ahead, count))))
            for _ in range(lanes):
                await read.put(None)

        async def storing() -> None:
            while (taken := await read.get()) is not None:
                slots.release()
                await self._batch(*taken, run)

        lanes = min(self.batch_concurrency, count)
        async with asyncio.TaskGroup() as group:
            group.create_task(reading_all())
            for _ in range(lanes):
                group.create_task(storing())

    async def _read(self, stores: Sequence[StoreId], week: IsoWeek) -> NewBatch | None:
        """The batch read; None (logged) when the read failed."""
        assert self.read_batch is not None
        try:
            return await self.read_batch(stores, week)
        except Exception as error:
            self._batch_failed(stores, week, error)
            return None

    async def _batch(
        self,
        stores: Sequence[StoreId],
        new: NewBatch | None,
        run: _Run,
    ) -> None:
        """The batch's new reports together; a batch that fails leaves all its stores, and
        a batch that succeeds those it did not make, to their own generations."""
        made: dict[StoreId, WeeklyReport] = {}
        if new is not None:
            try:
                made = await new.store()
            except Exception as error:
                self._batch_failed(stores, run.week, error)
        for store_id, report in made.items():
            run.outcomes[store_id] = "generated", await self._announce(report.id)
            run.progress.advanced()
        left = [store_id for store_id in stores if store_id not in made]
        await self._one_at_a_time(left, run)

    @staticmethod
    def _batch_failed(stores: Sequence[StoreId], week: IsoWeek, error: Exception) -> None:
        log.warning(
            "weekly reports %s of %d stores together failed, one at a time instead: %s",
            week,
            len(stores),
            type(error).__name__,
        )

    async def _one(self, store_id: StoreId, week: IsoWeek, with_contexts: bool) -> _Outcome:
        """One store's generation: what became of it and whether its e-mail was queued."""
        try:
            report = await self.generate(store_id, week)
        except ReportExists as exists:
            queued = with_contexts and await self._announce(ReportId(UUID(str(exists.report_id))))
            return "existing", bool(queued)
        except Exception as error:
            log.error(
                "weekly report %s for store %s failed: %s",
                week,
                store_id,
                type(error).__name__,
                exc_info=error,
            )
            return "failed", False
        return "generated", await self._announce(report.id)

    async def _announce(self, report_id: ReportId) -> bool:
        """Whether the e-mail was queued; a queue that fails is logged, and the next run
        queues it again (the report itself is stored)."""
        if self.announce is None:
            return False
        try:
            return await self.announce(report_id)
        except Exception as error:
            log.error(
                "queueing the e-mail of report %s failed: %s", report_id, type(error).__name__
            )
            return False

    async def stores(self, week: IsoWeek, *, with_contexts: bool = True) -> list[StoreId]:
        """The week's stores, in ascending id order."""
        start, end = week.bounds(self.zone)
        async with self.new_uow() as uow:
            found = set(await uow.sessions.store_ids_between(start, end))
            if with_contexts:
                found.update(await uow.contexts.store_ids())
        return sorted(found)

    async def scheduled(
        self, tick: datetime, *, progress: Progress = UNWATCHED
    ) -> list[WeeklyReportsSummary]:
        """The scheduler's run at `tick`: the week before the tick's week for every store,
        then the week before that for the stores that had feedback in it, so a report that
        failed (or a run that was missed) is made up by the next run."""
        previous = IsoWeek.of(tick, self.zone).previous()
        return [
            await self(previous, progress=progress),
            await self(previous.previous(), with_contexts=False, progress=progress),
        ]
