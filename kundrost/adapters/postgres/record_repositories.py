"""Fraud records and call quality metrics in PostgreSQL: kept, then deleted by age in batches."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import asyncpg

from kundrost.adapters.postgres.converter import CONVERTER
from kundrost.adapters.postgres.transaction import Transaction, positive_limit
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.fraud import FraudVerdict
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.ids import CallSessionId, FraudCheckId, StoreId

DELETE_FRAUD = """
DELETE FROM fraud_records WHERE ctid = ANY(ARRAY(
    SELECT ctid FROM fraud_records WHERE created_at < $1
    ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED
))
"""
DELETE_METRICS = """
DELETE FROM call_quality_metrics WHERE ctid = ANY(ARRAY(
    SELECT ctid FROM call_quality_metrics WHERE recorded_at < $1
    ORDER BY recorded_at, call_session_id LIMIT $2 FOR UPDATE SKIP LOCKED
))
"""
_METRICS_FIELDS = (
    "call_session_id",
    "connection_quality",
    "audio_clarity_score",
    "latency_ms",
    "packet_loss_percentage",
    "openai_api_latency_ms",
    "first_audio_ms",
    "response_latency_p50_ms",
    "response_latency_max_ms",
    "barge_ins",
    "recorded_at",
)
_METRICS_COLUMNS = ", ".join(_METRICS_FIELDS)
_PUT_METRICS = (
    f"INSERT INTO call_quality_metrics ({_METRICS_COLUMNS}) VALUES "
    f"({', '.join(f'${n}' for n in range(1, len(_METRICS_FIELDS) + 1))}) "
    "ON CONFLICT (call_session_id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in _METRICS_FIELDS[1:])
)


def _count(status: str) -> int:
    return int(status.split()[-1])


_INSERT_FRAUD_RECORD = (
    "INSERT INTO fraud_records (id, call_session_id, store_id, is_fraudulent, "
    "confidence, verdict, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)"
)


class PostgresFraudRecordRepository:
    """`ports.FraudRecordRepository` in `fraud_records`: the verdict as JSONB (it holds
    indicators and reasoning, never the customer's words), the outcome in columns."""

    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction

    async def add(self, record: FraudRecord) -> None:
        await self.add_many([record])

    async def add_many(self, records: Sequence[FraudRecord]) -> None:
        if not records:
            return
        connection = await self._transaction.connection()
        rows = [
            (
                record.id,
                record.call_session_id,
                record.store_id,
                record.verdict.is_fraudulent,
                record.verdict.confidence,
                CONVERTER.unstructure(record.verdict),
                record.created_at,
            )
            for record in records
        ]
        if len(rows) == 1:
            await connection.execute(_INSERT_FRAUD_RECORD, *rows[0])
        else:
            await connection.executemany(_INSERT_FRAUD_RECORD, rows)

    async def for_session(self, session_id: CallSessionId) -> list[FraudRecord]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            "SELECT id, call_session_id, store_id, verdict, created_at FROM fraud_records "
            "WHERE call_session_id = $1 ORDER BY created_at, id",
            session_id,
        )
        return [_fraud_record(row) for row in rows]

    async def delete_created_before(self, cutoff: datetime, limit: int) -> int:
        positive_limit(limit)
        connection = await self._transaction.connection()
        return _count(await connection.execute(DELETE_FRAUD, cutoff, limit))


def _fraud_record(row: asyncpg.Record) -> FraudRecord:
    return FraudRecord(
        id=FraudCheckId(row["id"]),
        call_session_id=CallSessionId(row["call_session_id"]),
        store_id=StoreId(row["store_id"]),
        verdict=CONVERTER.structure(row["verdict"], FraudVerdict),
        created_at=row["created_at"],
    )


class PostgresCallQualityRepository:
    """`ports.CallQualityRepository` in `call_quality_metrics`, one row per call session."""

    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction

    async def put(self, metrics: CallQualityMetrics) -> None:
        connection = await self._transaction.connection()
        values = [getattr(metrics, name) for name in _METRICS_FIELDS]
        values[1] = metrics.connection_quality.value
        await connection.execute(_PUT_METRICS, *values)

    async def for_session(self, session_id: CallSessionId) -> CallQualityMetrics | None:
        connection = await self._transaction.connection(reads_only=True)
        row = await connection.fetchrow(
            f"SELECT {_METRICS_COLUMNS} FROM call_quality_metrics WHERE call_session_id = $1",
            session_id,
        )
        return None if row is None else metrics_from_row(row)

    async def delete_recorded_before(self, cutoff: datetime, limit: int) -> int:
        positive_limit(limit)
        connection = await self._transaction.connection()
        return _count(await connection.execute(DELETE_METRICS, cutoff, limit))


METRICS_FIELDS = _METRICS_FIELDS


def metrics_from_row(row: asyncpg.Record, prefix: str = "") -> CallQualityMetrics:
    """The metrics in `row`, its columns named `prefix` + the field name."""
    fields = {name: row[prefix + name] for name in _METRICS_FIELDS}
    return CallQualityMetrics(
        **{**fields, "call_session_id": CallSessionId(fields["call_session_id"])}
    )
