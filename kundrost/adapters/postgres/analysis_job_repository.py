"""Analysis jobs in PostgreSQL, with an insertion sequence for "the latest of a session"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import asyncpg

from kundrost.adapters.postgres.transaction import Transaction, positive_limit
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage, JobStatus
from kundrost.domain.ids import AnalysisJobId, AssessmentId, CallSessionId
from kundrost.ports.errors import NotFound

_COLUMNS = (
    "id, call_session_id, status, stage, assessment_id, error_message, created_at, updated_at"
)
_SELECT = f"SELECT {_COLUMNS} FROM analysis_jobs"


_SAVE_MANY = (
    "UPDATE analysis_jobs AS j SET call_session_id = s.call_session_id, status = s.status, "
    "stage = s.stage, assessment_id = s.assessment_id, error_message = s.error_message, "
    "created_at = s.created_at, updated_at = s.updated_at "
    "FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], "
    "$7::timestamptz[], $8::timestamptz[]) AS s(id, call_session_id, status, stage, "
    "assessment_id, error_message, created_at, updated_at) WHERE j.id = s.id RETURNING j.id"
)


def _values(job: AnalysisJob) -> tuple[Any, ...]:
    return (
        job.id,
        job.call_session_id,
        job.status.value,
        job.stage.value,
        job.assessment_id,
        job.error_message,
        job.created_at,
        job.updated_at,
    )


def _job(row: asyncpg.Record) -> AnalysisJob:
    assessment_id = row["assessment_id"]
    return AnalysisJob(
        id=AnalysisJobId(row["id"]),
        call_session_id=CallSessionId(row["call_session_id"]),
        status=JobStatus(row["status"]),
        stage=AnalysisStage(row["stage"]),
        assessment_id=None if assessment_id is None else AssessmentId(assessment_id),
        error_message=row["error_message"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


class PostgresAnalysisJobRepository:
    """`ports.AnalysisJobRepository` in `analysis_jobs`. Jobs created at the same instant
    are told apart by the `sequence` the database gives each insert, so a forced
    re-analysis is always the latest."""

    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction

    async def add(self, job: AnalysisJob) -> None:
        connection = await self._transaction.connection()
        await connection.execute(
            f"INSERT INTO analysis_jobs ({_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            *_values(job),
        )

    async def get(self, job_id: AnalysisJobId) -> AnalysisJob | None:
        connection = await self._transaction.connection()
        row = await connection.fetchrow(f"{_SELECT} WHERE id = $1", job_id)
        return None if row is None else _job(row)

    async def get_many(self, job_ids: Sequence[AnalysisJobId]) -> dict[AnalysisJobId, AnalysisJob]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(f"{_SELECT} WHERE id = ANY($1::uuid[])", list(job_ids))
        return {job.id: job for job in map(_job, rows)}

    async def save(self, job: AnalysisJob) -> None:
        connection = await self._transaction.connection()
        status = await connection.execute(
            "UPDATE analysis_jobs SET call_session_id = $2, status = $3, stage = $4, "
            "assessment_id = $5, error_message = $6, created_at = $7, updated_at = $8 "
            "WHERE id = $1",
            *_values(job),
        )
        if status == "UPDATE 0":
            raise NotFound("analysis job", job.id)

    async def save_many(self, jobs: Sequence[AnalysisJob]) -> None:
        if not jobs:
            return
        connection = await self._transaction.connection()
        columns = list(zip(*map(_values, jobs), strict=True))
        saved = await connection.fetch(_SAVE_MANY, *map(list, columns))
        missing = {job.id for job in jobs} - {row["id"] for row in saved}
        if missing:
            raise NotFound("analysis job", min(missing))

    async def latest_for_session(self, session_id: CallSessionId) -> AnalysisJob | None:
        connection = await self._transaction.connection()
        row = await connection.fetchrow(
            f"{_SELECT} WHERE call_session_id = $1 ORDER BY created_at DESC, sequence DESC LIMIT 1",
            session_id,
        )
        return None if row is None else _job(row)

    async def stalled(self, updated_before: datetime, limit: int) -> list[AnalysisJob]:
        positive_limit(limit)
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            f"{_SELECT} WHERE status IN ('queued', 'processing') AND updated_at < $1 "
            "ORDER BY updated_at, id LIMIT $2",
            updated_before,
            limit,
        )
        return [_job(row) for row in rows]
