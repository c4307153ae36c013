"""Weekly reports in the embedded store: one per store and ISO week, kept forever."""

from __future__ import annotations

from kundrost.adapters.memory.overlay import Guard, Overlay
from kundrost.adapters.memory.store import MemoryStore, ReportKey
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists


def _key(report: WeeklyReport) -> ReportKey:
    return (report.store_id, report.week)


class MemoryWeeklyReportRepository:
    """`ports.WeeklyReportRepository` over a `MemoryStore`, inside one unit of work."""

    def __init__(self, store: MemoryStore, guard: Guard) -> None:
        self._store = store
        self._guard = guard
        self._rows: Overlay[ReportKey, WeeklyReport] = Overlay(store.reports)
        self._fresh: set[ReportKey] = set()

    async def add(self, report: WeeklyReport) -> None:
        self._guard()
        existing = self._rows.get(_key(report))
        if existing is not None:
            raise ReportExists(existing.id)
        self._rows.put(_key(report), report)
        self._fresh.add(_key(report))

    async def replace(self, report: WeeklyReport) -> None:
        self._guard()
        self._rows.put(_key(report), report)
        self._fresh.discard(_key(report))

    async def get(self, report_id: ReportId) -> WeeklyReport | None:
        self._guard()
        for report in self._rows.pending_values():
            if report.id == report_id:
                return report
        key = self._store.report_keys.get(report_id)
        found = None if key is None else self._rows.get(key)
        return found if found is not None and found.id == report_id else None

    async def for_week(self, store_id: StoreId, week: IsoWeek) -> WeeklyReport | None:
        self._guard()
        return self._rows.get((store_id, week))

    async def for_store(
        self, store_id: StoreId, *, since: IsoWeek | None = None, until: IsoWeek | None = None
    ) -> list[WeeklyReport]:
        self._guard()
        found = [
            report
            for (owner, week), report in self._rows.items()
            if owner == store_id
            and (since is None or week >= since)
            and (until is None or week <= until)
        ]
        return sorted(found, key=lambda report: report.week, reverse=True)

    def check_commit(self) -> None:
        for key in self._fresh:
            winner = self._store.reports.get(key)
            if winner is not None and self._rows.pending.get(key) is not None:
                raise ReportExists(winner.id)

    def apply_commit(self) -> None:
        store = self._store
        for key, report in self._rows.pending.items():
            previous = store.reports.get(key)
            if previous is not None:
                store.report_keys.pop(previous.id, None)
            if report is not None:
                store.reports[key] = report
                store.report_keys[report.id] = key
