"""Weekly reports in the embedded store: one per store and ISO week, kept forever; the
customers' words in them kept apart, as long as their calls."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kundrost.adapters.memory.overlay import Guard, Overlay
from kundrost.adapters.memory.store import MemoryStore, ReportKey
from kundrost.domain.ids import CallSessionId, ReportId, StoreId
from kundrost.domain.report_words import ReportWords, with_words, without_words, words_of
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.errors import ReportExists


def _key(report: WeeklyReport) -> ReportKey:
    return (report.store_id, report.week)


class MemoryWeeklyReportRepository:
    """`ports.WeeklyReportRepository` over a `MemoryStore`, inside one unit of work.

    Reports are kept without their words (`report_words`); the words are kept beside them
    by report id. Erasures are applied again at commit, under the store's commit lock, to
    every report then stored, and words are stored only for sessions that exist and are not
    erased at that moment, so a cancel and a report generation give the same result in
    either order, as PostgreSQL's row locks make them do there.
    """

    def __init__(self, store: MemoryStore, guard: Guard) -> None:
        self._store = store
        self._guard = guard
        self._rows: Overlay[ReportKey, WeeklyReport] = Overlay(store.reports)
        self._words: Overlay[ReportId, tuple[ReportWords, ...]] = Overlay(store.report_words)
        self._fresh: set[ReportKey] = set()
        self._erased: set[CallSessionId] = set()

    async def add(self, report: WeeklyReport) -> None:
        self._guard()
        existing = self._rows.get(_key(report))
        if existing is not None:
            raise ReportExists(existing.id)
        self._put(report)
        self._fresh.add(_key(report))

    async def add_all(self, reports: Sequence[WeeklyReport]) -> None:
        self._guard()
        keys: set[ReportKey] = set()
        for report in reports:
            existing = self._rows.get(_key(report))
            if existing is not None:
                raise ReportExists(existing.id)
            if _key(report) in keys:
                raise ReportExists(report.id)
            keys.add(_key(report))
        for report in reports:
            self._put(report)
        self._fresh.update(keys)

    async def replace(self, report: WeeklyReport) -> None:
        self._guard()
        previous = self._rows.get(_key(report))
        if previous is not None and previous.id != report.id:
            self._words.delete(previous.id)
        self._put(report)
        self._fresh.discard(_key(report))

    async def get(self, report_id: ReportId) -> WeeklyReport | None:
        self._guard()
        for report in self._rows.pending_values():
            if report.id == report_id:
                return self._whole(report)
        key = self._store.report_keys.get(report_id)
        found = None if key is None else self._rows.get(key)
        return self._whole(found) if found is not None and found.id == report_id else None

    async def for_week(self, store_id: StoreId, week: IsoWeek) -> WeeklyReport | None:
        self._guard()
        found = self._rows.get((store_id, week))
        return None if found is None else self._whole(found)

    async def for_store(
        self, store_id: StoreId, *, since: IsoWeek | None = None, until: IsoWeek | None = None
    ) -> list[WeeklyReport]:
        self._guard()
        found = [
            self._whole(report)
            for (owner, week), report in self._rows.items()
            if owner == store_id
            and (since is None or week >= since)
            and (until is None or week <= until)
        ]
        return sorted(found, key=lambda report: report.week, reverse=True)

    async def for_stores(
        self, store_ids: Sequence[StoreId], *, since: IsoWeek, until: IsoWeek
    ) -> dict[StoreId, list[WeeklyReport]]:
        return {
            store_id: await self.for_store(store_id, since=since, until=until)
            for store_id in store_ids
        }

    async def erase_words_of(self, session_id: CallSessionId) -> None:
        self._guard()
        self.cascade_erase(session_id)

    def cascade_erase(self, session_id: CallSessionId) -> None:
        """The call's words are erased (cancelled) or its session deleted (expired)."""
        self._erased.add(session_id)
        for report_id, pieces in self._words.items():
            kept = tuple(piece for piece in pieces if piece.call_session_id != session_id)
            if kept != pieces:
                self._words.put(report_id, kept)

    def _put(self, report: WeeklyReport) -> None:
        self._rows.put(_key(report), without_words(report))
        self._words.put(report.id, tuple(words_of(report)))

    def _whole(self, report: WeeklyReport) -> WeeklyReport:
        return with_words(report, self._words.get(report.id) or ())

    def _kept(self, pieces: Iterable[ReportWords]) -> tuple[ReportWords, ...]:
        """The pieces whose call still exists, not erased, as committed."""
        sessions = self._store.sessions
        return tuple(
            piece
            for piece in pieces
            if piece.call_session_id not in self._erased
            and (session := sessions.get(piece.call_session_id)) is not None
            and not session.is_erased
        )

    def check_commit(self) -> None:
        for key in self._fresh:
            winner = self._store.reports.get(key)
            if winner is not None and self._rows.pending.get(key) is not None:
                raise ReportExists(winner.id)

    def apply_commit(self) -> None:
        """Runs after the sessions' changes are applied, so `_kept` sees this commit's too."""
        store = self._store
        for key, report in self._rows.pending.items():
            previous = store.reports.get(key)
            if previous is not None:
                store.report_keys.pop(previous.id, None)
                if report is None or previous.id != report.id:
                    store.report_words.pop(previous.id, None)
            if report is not None:
                store.reports[key] = report
                store.report_keys[report.id] = key
        for report_id, pieces in self._words.pending.items():
            if pieces is None:
                store.report_words.pop(report_id, None)
            else:
                store.report_words[report_id] = self._kept(pieces)
        if self._erased:
            for report_id, pieces in list(store.report_words.items()):
                store.report_words[report_id] = self._kept(pieces)
