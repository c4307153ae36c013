"""MemoryReportEmails: which weekly reports were e-mailed, for the processes of one machine."""

from __future__ import annotations

from datetime import datetime, timedelta

from attrs import evolve

from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.report_email import EmailStatus, ReportEmailRecord


class MemoryReportEmails:
    """`ports.ReportEmails` in this process. A claim checks and changes the record without
    awaiting in between, so the event loop makes it atomic."""

    def __init__(self) -> None:
        self._records: dict[ReportId, ReportEmailRecord] = {}

    async def claim(
        self, report_id: ReportId, store_id: StoreId, now: datetime, lease: timedelta
    ) -> int | None:
        record = self._records.get(report_id)
        if record is None:
            record = ReportEmailRecord(report_id, store_id, EmailStatus.SENDING, 1, now)
        elif record.status is EmailStatus.FAILED or (
            record.status is EmailStatus.SENDING and record.updated_at < now - lease
        ):
            record = evolve(
                record, status=EmailStatus.SENDING, attempts=record.attempts + 1, updated_at=now
            )
        else:
            return None
        self._records[report_id] = record
        return record.attempts

    async def sent(self, report_id: ReportId, attempt: int, now: datetime) -> None:
        record = self._held(report_id, attempt)
        if record is not None:
            self._records[report_id] = evolve(
                record, status=EmailStatus.SENT, updated_at=now, sent_at=now
            )

    async def failed(self, report_id: ReportId, attempt: int, now: datetime, error: str) -> None:
        record = self._held(report_id, attempt)
        if record is not None:
            self._records[report_id] = evolve(
                record, status=EmailStatus.FAILED, updated_at=now, last_error=error[:200]
            )

    async def get(self, report_id: ReportId) -> ReportEmailRecord | None:
        return self._records.get(report_id)

    def _held(self, report_id: ReportId, attempt: int) -> ReportEmailRecord | None:
        record = self._records.get(report_id)
        if record is None or record.status is not EmailStatus.SENDING:
            return None
        return record if record.attempts == attempt else None
