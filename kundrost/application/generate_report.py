"""Generating a store's weekly report: the week's assessments and earlier reports, aggregated."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from attrs import field, frozen

from kundrost.application.store_time import store_zone
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.theme_groups import MoreQuotesNeeded
from kundrost.domain.week import IsoWeek, resolve_zone
from kundrost.domain.week_tally import WeekTally
from kundrost.domain.weekly_aggregation import (
    ReportPolicy,
    build_weekly_report,
    report_of_tally,
)
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("kundrost.reports")

QUOTE_CANDIDATES = 2
"""Newest mentions read for each quote a group shows: twice what it shows leaves room for
repeats. A group that needs more (its newest mentions repeat one sentence, or quote what
another group shows) has its store's week read again with every mention (`EVERY_QUOTE`)."""
EVERY_QUOTE = 2**31 - 1
"""Quote candidates that are every qualifying mention of a group (PostgreSQL's integer)."""


def history_weeks(policy: ReportPolicy) -> int:
    """How many earlier weeks a report reads: the previous week (new issues), the averaging
    window (historical comparison) and the run a prediction needs."""
    return max(1, policy.average_window_weeks, policy.trend.run_weeks)


@frozen
class GenerateWeeklyReport:
    """Builds the report of one store's ISO week (Monday to Sunday in the store's zone,
    Europe/Stockholm without a context) from the assessments created in it and the store's
    earlier reports, and stores it.

    One report per store and week: when one exists, `ReportExists` names it unless `force`,
    which rebuilds it under the same id (links to it stay valid) with a new `generated_at`.
    A week that has begun but not ended may be generated, as a partial report; such a report
    (generated before its week ended) does not block the next generation, which replaces it
    without `force`, so the scheduler's Monday run still gives the store the whole week. A
    week that has not begun is refused.

    Concurrent generations end as sequential ones would: of a new week exactly one stores
    the report first, and each other one then decides again against it (a partial or forced
    one rebuilds it, a complete one without `force` gets `ReportExists`)."""

    new_uow: UnitOfWorkFactory
    clock: Clock
    ids: IdGenerator
    policy: ReportPolicy = field(factory=ReportPolicy)

    async def __call__(
        self, store_id: StoreId, week: IsoWeek | date, *, force: bool = False
    ) -> WeeklyReport:
        """`week` as an IsoWeek, or as its Monday (another day: `InvalidValue`)."""
        if not isinstance(week, IsoWeek):
            week = IsoWeek.from_monday(week)
        try:
            return await self._generate(store_id, week, force)
        except _LostRace:
            # A concurrent first generation stored the week's report in between: decide
            # again against it, as a generation started after it would.
            return await self._generate(store_id, week, force)

    async def _generate(self, store_id: StoreId, week: IsoWeek, force: bool) -> WeeklyReport:
        async with self.new_uow() as uow:
            zone = await store_zone(uow, store_id)
            now = self.clock.now()
            if week > IsoWeek.of(now, zone):
                raise InvalidValue("analysis_week", f"{week} has not begun", week=str(week))
            start, end = week.bounds(zone)
            existing = await uow.reports.for_week(store_id, week)
            if existing and not force and existing.generated_at >= end:
                raise ReportExists(existing.id, analysis_week=week.monday.isoformat())
            feedback = await uow.assessments.weekly_feedback(start, end, store_id=store_id)
            history = await uow.reports.for_store(
                store_id, since=week.shifted(-history_weeks(self.policy)), until=week.previous()
            )
            report = build_weekly_report(
                existing.id if existing else ReportId(self.ids.new()),
                store_id,
                week,
                feedback,
                history,
                now,
                zone,
                self.policy,
            )
            if existing:
                await uow.reports.replace(report)
                await uow.commit()
                return report
            try:
                await uow.reports.add(report)
                await uow.commit()
            except ReportExists as exists:
                raise _LostRace from exists
        return report

    async def new_reports(
        self, store_ids: Sequence[StoreId], week: IsoWeek
    ) -> dict[StoreId, WeeklyReport]:
        """The week's first reports of many stores, built as `__call__` builds each and
        stored in one unit of work: the reports of the stores that had none for the week.
        The week is read counted (`weekly_tallies_of`), not row by row. The stores left out
        are for `__call__`, one at a time: those with a report (done, or partial and to be
        replaced), those whose week has not begun in their zone, those whose report could
        not be built, and all of them when another generation stored one of their reports
        first (`ReportExists`). A store whose theme group's newest mentions did not give its
        quotes is read again, with every mention, and built in the batch. In two steps
        (`read_new_reports`, then `NewReports.store`), so a run can read one batch while it
        builds another."""
        return await (await self.read_new_reports(store_ids, week)).store()

    async def read_new_reports(self, store_ids: Sequence[StoreId], week: IsoWeek) -> NewReports:
        """The first step of `new_reports`: what its reports are built from, read in a unit
        of work that writes nothing. Whether a report exists is decided again when they
        are stored (the storage's one report per store and week), so a report stored
        after this read is neither duplicated nor replaced."""
        async with self.new_uow() as uow:
            contexts = await uow.contexts.get_many(store_ids)
            now = self.clock.now()
            zones = {
                s: resolve_zone(c.timezone if (c := contexts.get(s)) else None) for s in store_ids
            }
            due = [s for s in store_ids if week <= IsoWeek.of(now, zones[s])]
            history = await uow.reports.for_stores(
                due, since=week.shifted(-history_weeks(self.policy)), until=week
            )
            due = [s for s in due if not (history[s] and history[s][0].week == week)]
            bounds = {s: week.bounds(zones[s]) for s in due}
            tallies = await uow.assessments.weekly_tallies_of(
                bounds, quote_candidates=QUOTE_CANDIDATES * max(1, self.policy.quotes_per_item)
            )
        return NewReports(self, week, now, tuple(due), history, tallies, bounds)


@frozen
class NewReports:
    """A batch of stores' week as `GenerateWeeklyReport.read_new_reports` read it: the
    stores due a first report, their earlier reports and counted week, the time read
    before them (each report's `generated_at`), and their weeks' bounds."""

    generate: GenerateWeeklyReport
    week: IsoWeek
    now: datetime
    due: tuple[StoreId, ...]
    history: Mapping[StoreId, Sequence[WeeklyReport]]
    tallies: Mapping[StoreId, WeekTally]
    bounds: Mapping[StoreId, tuple[datetime, datetime]]

    async def store(self) -> dict[StoreId, WeeklyReport]:
        """The second step of `new_reports`: the reports built and stored in one unit of
        work; none when another generation stored one of them since the read. The stores
        whose quotes need more mentions than were read are read again, together, with
        every mention: their own generations would read every row of their weeks."""
        generate = self.generate
        reports, short = self._built(self.due, self.tallies)
        if short:
            async with generate.new_uow() as uow:
                tallies = await uow.assessments.weekly_tallies_of(
                    {store_id: self.bounds[store_id] for store_id in short},
                    quote_candidates=EVERY_QUOTE,
                )
            reports.update(self._built(short, tallies)[0])
        async with generate.new_uow() as uow:
            try:
                await uow.reports.add_all(list(reports.values()))
                await uow.commit()
            except ReportExists:
                return {}
        return reports

    def _built(
        self, stores: Sequence[StoreId], tallies: Mapping[StoreId, WeekTally]
    ) -> tuple[dict[StoreId, WeeklyReport], list[StoreId]]:
        """The reports of `stores` built from `tallies`, and the stores that need more quote
        candidates; a store whose report cannot be built is left to its own generation."""
        reports: dict[StoreId, WeeklyReport] = {}
        short: list[StoreId] = []
        for store_id in stores:
            try:
                reports[store_id] = report_of_tally(
                    ReportId(self.generate.ids.new()),
                    store_id,
                    self.week,
                    tallies[store_id],
                    self.history[store_id],
                    self.now,
                    self.generate.policy,
                )
            except MoreQuotesNeeded:
                short.append(store_id)
            except Exception as error:
                log.debug(
                    "weekly report %s for store %s left to its own generation: %s",
                    self.week,
                    store_id,
                    type(error).__name__,
                )
        return reports, short


class _LostRace(Exception):
    """Another generation stored the week's first report between our read and our commit."""
