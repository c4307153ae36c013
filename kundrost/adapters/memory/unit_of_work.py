"""MemoryUnitOfWork: an atomic piece of work on the embedded store."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from kundrost.adapters.memory.analysis_job_repository import MemoryAnalysisJobRepository
from kundrost.adapters.memory.assessment_repository import MemoryAssessmentRepository
from kundrost.adapters.memory.context_repository import MemoryBusinessContextRepository
from kundrost.adapters.memory.overlay import Overlay, PendingChanges
from kundrost.adapters.memory.record_repositories import (
    MemoryCallQualityRepository,
    MemoryFraudRecordRepository,
)
from kundrost.adapters.memory.report_repository import MemoryWeeklyReportRepository
from kundrost.adapters.memory.session_repository import MemoryCallSessionRepository
from kundrost.adapters.memory.store import MemoryStore
from kundrost.adapters.memory.transcript_repository import MemoryTranscriptRepository
from kundrost.adapters.unit_lifecycle import UnitLifecycle
from kundrost.domain.call_session import CallSession
from kundrost.domain.ids import CallSessionId
from kundrost.ports.repositories import (
    AnalysisJobRepository,
    AssessmentRepository,
    BusinessContextRepository,
    CallQualityRepository,
    CallSessionRepository,
    FraudRecordRepository,
    TranscriptRepository,
    WeeklyReportRepository,
)


class MemoryUnitOfWork:
    """`ports.UnitOfWork` on a `MemoryStore`, with PostgreSQL's semantics.

    Repositories read the committed records with this unit of work's own changes on top.
    `commit` checks every uniqueness rule again against the store (a concurrent unit of
    work may have committed since) and then applies all changes at once, or none. The unit
    of work ends at `commit`, `rollback` or the end of its `async with` block, whichever
    comes first: changes not committed are dropped, row locks released, and any further use
    raises `RuntimeError`.
    """

    def __init__(self, store: MemoryStore) -> None:
        self._store = store
        self._life = life = UnitLifecycle()
        self._locks = _SessionLocks(store, life)
        guard = life.ensure_active
        rows: Overlay[CallSessionId, CallSession] = Overlay(store.sessions)
        transcripts = MemoryTranscriptRepository(store, guard, rows.get)
        assessments = MemoryAssessmentRepository(store, guard)
        reports = MemoryWeeklyReportRepository(store, guard)
        quality_metrics = MemoryCallQualityRepository(store, guard)
        sessions = MemoryCallSessionRepository(
            store,
            guard,
            self._locks.lock,
            self._locks.unlock,
            transcripts,
            assessments,
            reports,
            quality_metrics,
            rows,
        )
        fraud_records = MemoryFraudRecordRepository(store, guard)
        contexts = MemoryBusinessContextRepository(store, guard)
        analysis_jobs = MemoryAnalysisJobRepository(store, guard)
        self.sessions: CallSessionRepository = sessions
        self.transcripts: TranscriptRepository = transcripts
        self.assessments: AssessmentRepository = assessments
        self.fraud_records: FraudRecordRepository = fraud_records
        self.quality_metrics: CallQualityRepository = quality_metrics
        self.contexts: BusinessContextRepository = contexts
        self.reports: WeeklyReportRepository = reports
        self.analysis_jobs: AnalysisJobRepository = analysis_jobs
        self._pending: tuple[PendingChanges, ...] = (
            sessions,
            transcripts,
            assessments,
            fraud_records,
            quality_metrics,
            contexts,
            reports,
            analysis_jobs,
        )

    async def __aenter__(self) -> Self:
        self._life.enter()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._end()

    async def commit(self) -> None:
        self._ensure_active()
        try:
            with self._store.commit_lock:
                for changes in self._pending:
                    changes.check_commit()
                for changes in self._pending:
                    changes.apply_commit()
        finally:
            self._end()

    async def rollback(self) -> None:
        """Drops every change; rolling back an ended unit of work does nothing."""
        self._end()

    def _ensure_active(self) -> None:
        self._life.ensure_active()

    def _end(self) -> None:
        if not self._life.end():
            return
        self._pending = ()
        self._locks.release_all()


class _SessionLocks:
    """The session row locks one unit of work holds. The repositories are handed its
    methods and the lifecycle's, never the unit of work's, so nothing they hold refers back
    to the unit of work: it is freed by reference counting when its block ends, not left
    in a cycle for the garbage collector's full collections."""

    def __init__(self, store: MemoryStore, life: UnitLifecycle) -> None:
        self._store = store
        self._life = life
        self._locked: set[CallSessionId] = set()

    async def lock(self, session_id: CallSessionId) -> bool:
        """Whether this call took the lock (False when this unit of work held it already)."""
        if session_id in self._locked:
            return False
        await self._store.session_locks.acquire(session_id)
        if not self._life.active:
            self._store.session_locks.release(session_id)
            self._life.ensure_active()
        self._locked.add(session_id)
        return True

    def unlock(self, session_id: CallSessionId) -> None:
        self._locked.discard(session_id)
        self._store.session_locks.release(session_id)

    def release_all(self) -> None:
        for session_id in self._locked:
            self._store.session_locks.release(session_id)
        self._locked.clear()
