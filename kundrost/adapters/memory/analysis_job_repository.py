"""Analysis jobs in the embedded store, ordered by creation for "the latest of a session"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kundrost.adapters.memory.overlay import Guard, Overlay, positive_limit
from kundrost.adapters.memory.store import MemoryStore
from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.ids import AnalysisJobId, CallSessionId
from kundrost.ports.errors import NotFound


class MemoryAnalysisJobRepository:
    """`ports.AnalysisJobRepository` over a `MemoryStore`, inside one unit of work.

    Jobs created at the same instant (a clock that has not moved) are told apart by the
    order they were added in, so a forced re-analysis is always the latest.
    """

    def __init__(self, store: MemoryStore, guard: Guard) -> None:
        self._store = store
        self._guard = guard
        self._rows: Overlay[AnalysisJobId, AnalysisJob] = Overlay(store.analysis_jobs)
        self._sequence: dict[AnalysisJobId, int] = {}

    async def add(self, job: AnalysisJob) -> None:
        self._guard()
        self._rows.put(job.id, job)
        self._sequence[job.id] = self._store.next_sequence()

    async def get(self, job_id: AnalysisJobId) -> AnalysisJob | None:
        self._guard()
        return self._rows.get(job_id)

    async def get_many(self, job_ids: Sequence[AnalysisJobId]) -> dict[AnalysisJobId, AnalysisJob]:
        self._guard()
        found = {job_id: self._rows.get(job_id) for job_id in job_ids}
        return {job_id: job for job_id, job in found.items() if job is not None}

    async def save(self, job: AnalysisJob) -> None:
        self._guard()
        if self._rows.get(job.id) is None:
            raise NotFound("analysis job", job.id)
        self._rows.put(job.id, job)

    async def save_many(self, jobs: Sequence[AnalysisJob]) -> None:
        self._guard()
        for job in jobs:
            if self._rows.get(job.id) is None:
                raise NotFound("analysis job", job.id)
        for job in jobs:
            self._rows.put(job.id, job)

    async def latest_for_session(self, session_id: CallSessionId) -> AnalysisJob | None:
        self._guard()
        jobs = [job for job in self._rows.values() if job.call_session_id == session_id]
        return max(jobs, key=lambda job: (job.created_at, self._order(job.id)), default=None)

    async def stalled(self, updated_before: datetime, limit: int) -> list[AnalysisJob]:
        self._guard()
        positive_limit(limit)
        found = (
            job
            for job in self._rows.values()
            if not job.is_finished and job.updated_at < updated_before
        )
        return sorted(found, key=lambda job: (job.updated_at, job.id))[:limit]

    def check_commit(self) -> None:
        """Analysis jobs have no uniqueness rule beyond their generated id."""

    def apply_commit(self) -> None:
        store = self._store
        for job_id, job in self._rows.pending.items():
            if job is None:
                continue
            if job_id in self._sequence:
                store.analysis_jobs[job_id] = job
                store.analysis_job_sequence[job_id] = self._sequence[job_id]
            elif job_id in store.analysis_jobs:
                store.analysis_jobs[job_id] = job

    def _order(self, job_id: AnalysisJobId) -> int:
        return self._sequence.get(job_id) or self._store.analysis_job_sequence.get(job_id, 0)
