"""Fraud records and call quality metrics in the embedded store: kept, then deleted by age."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kundrost.adapters.memory.overlay import Guard, Overlay, positive_limit
from kundrost.adapters.memory.store import MemoryStore
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.ids import CallSessionId, FraudCheckId


class MemoryFraudRecordRepository:
    """`ports.FraudRecordRepository` over a `MemoryStore`, inside one unit of work."""

    def __init__(self, store: MemoryStore, guard: Guard) -> None:
        self._store = store
        self._guard = guard
        self._rows: Overlay[FraudCheckId, FraudRecord] = Overlay(store.fraud_records)

    async def add(self, record: FraudRecord) -> None:
        self._guard()
        self._rows.put(record.id, record)

    async def add_many(self, records: Sequence[FraudRecord]) -> None:
        for record in records:
            await self.add(record)

    async def for_session(self, session_id: CallSessionId) -> list[FraudRecord]:
        self._guard()
        found = [r for r in self._rows.values() if r.call_session_id == session_id]
        return sorted(found, key=lambda r: (r.created_at, r.id))

    async def delete_created_before(self, cutoff: datetime, limit: int) -> int:
        self._guard()
        positive_limit(limit)
        old = sorted(
            (r for r in self._rows.values() if r.created_at < cutoff),
            key=lambda r: (r.created_at, r.id),
        )[:limit]
        for record in old:
            self._rows.delete(record.id)
        return len(old)

    def check_commit(self) -> None:
        """Fraud records have no uniqueness rule beyond their generated id."""

    def apply_commit(self) -> None:
        for record_id, record in self._rows.pending.items():
            if record is None:
                self._store.fraud_records.pop(record_id, None)
            else:
                self._store.fraud_records[record_id] = record


class MemoryCallQualityRepository:
    """`ports.CallQualityRepository` over a `MemoryStore`, inside one unit of work."""

    def __init__(self, store: MemoryStore, guard: Guard) -> None:
        self._store = store
        self._guard = guard
        self._rows: Overlay[CallSessionId, CallQualityMetrics] = Overlay(store.quality_metrics)

    async def put(self, metrics: CallQualityMetrics) -> None:
        self._guard()
        self._rows.put(metrics.call_session_id, metrics)

    async def for_session(self, session_id: CallSessionId) -> CallQualityMetrics | None:
        self._guard()
        return self._rows.get(session_id)

    async def delete_recorded_before(self, cutoff: datetime, limit: int) -> int:
        self._guard()
        positive_limit(limit)
        old = sorted(
            (m for m in self._rows.values() if m.recorded_at < cutoff),
            key=lambda m: (m.recorded_at, m.call_session_id),
        )[:limit]
        for metrics in old:
            self._rows.delete(metrics.call_session_id)
        return len(old)

    def check_commit(self) -> None:
        """Last writer wins: a later measurement replaces the earlier one."""

    def apply_commit(self) -> None:
        for session_id, metrics in self._rows.pending.items():
            if metrics is None:
                self._store.quality_metrics.pop(session_id, None)
            else:
                self._store.quality_metrics[session_id] = metrics
