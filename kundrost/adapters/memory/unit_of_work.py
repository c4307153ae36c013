"""MemoryUnitOfWork: an atomic piece of work on the embedded store."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from kundrost.adapters.memory.analysis_job_repository import MemoryAnalysisJobRepository
from kundrost.adapters.memory.assessment_repository import MemoryAssessmentRepository
from kundrost.adapters.memory.context_repository import MemoryBusinessContextRepository
from kundrost.adapters.memory.overlay import PendingChanges
from kundrost.adapters.memory.record_repositories import (
    MemoryCallQualityRepository,
    MemoryFraudRecordRepository,
)
from kundrost.adapters.memory.report_repository import MemoryWeeklyReportRepository
from kundrost.adapters.memory.session_repository import MemoryCallSessionRepository
from kundrost.adapters.memory.store import MemoryStore
from kundrost.adapters.memory.transcript_repository import MemoryTranscriptRepository
from kundrost.adapters.unit_lifecycle import UnitLifecycle
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
        self._life = UnitLifecycle()
        self._locked: set[CallSessionId] = set()
        transcripts = MemoryTranscriptRepository(
            store, self._ensure_active, lambda session_id: sessions.visible(session_id)
        )
        assessments = MemoryAssessmentRepository(store, self._ensure_active)
        reports = MemoryWeeklyReportRepository(store, self._ensure_active)
        quality_metrics = MemoryCallQualityRepository(store, self._ensure_active)
        sessions = MemoryCallSessionRepository(
            store,
            self._ensure_active,
            self._lock_session,
            self._unlock_session,
            transcripts,
            assessments,
            reports,
            quality_metrics,
        )
        fraud_records = MemoryFraudRecordRepository(store, self._ensure_active)
        contexts = MemoryBusinessContextRepository(store, self._ensure_active)
        analysis_jobs = MemoryAnalysisJobRepository(store, self._ensure_active)
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
        for session_id in self._locked:
            self._store.session_locks.release(session_id)
        self._locked.clear()

    async def _lock_session(self, session_id: CallSessionId) -> bool:
        """Whether this call took the lock (False when this unit of work held it already)."""
        if session_id in self._locked:
            return False
        await self._store.session_locks.acquire(session_id)
        if not self._life.active:
            self._store.session_locks.release(session_id)
            self._ensure_active()
        self._locked.add(session_id)
        return True

    def _unlock_session(self, session_id: CallSessionId) -> None:
        self._locked.discard(session_id)
        self._store.session_locks.release(session_id)
