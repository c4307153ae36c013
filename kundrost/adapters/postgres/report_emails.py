"""PostgresReportEmails: which weekly reports were e-mailed, shared by every machine."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.report_email import EmailStatus, ReportEmailRecord

_CLAIM = """
INSERT INTO report_emails AS r (report_id, store_id, status, attempts, updated_at)
VALUES ($1, $2, 'sending', 1, $3)
ON CONFLICT (report_id) DO UPDATE
SET status = 'sending', attempts = r.attempts + 1, updated_at = EXCLUDED.updated_at
WHERE r.status = 'failed' OR (r.status = 'sending' AND r.updated_at < $4)
RETURNING attempts
"""
_SENT = """
UPDATE report_emails SET status = 'sent', updated_at = $3, sent_at = $3
WHERE report_id = $1 AND attempts = $2 AND status = 'sending'
"""
_FAILED = """
UPDATE report_emails SET status = 'failed', updated_at = $3, last_error = $4
WHERE report_id = $1 AND attempts = $2 AND status = 'sending'
"""
_GET = """
SELECT report_id, store_id, status, attempts, updated_at, sent_at, last_error
FROM report_emails WHERE report_id = $1
"""


class PostgresReportEmails:
    """`ports.ReportEmails` on the `report_emails` table (migration 0210).

    A claim is one upsert: PostgreSQL locks the report's row, so of concurrent claims the
    first takes it and the others see it taken. Each statement commits on its own, outside
    any unit of work: the record must outlive a rollback of whatever else a caller does.
    `database.pool` is the asyncpg pool of a started `PostgresDatabase`.
    """

    def __init__(self, database: Any) -> None:
        self._database = database

    async def claim(
        self, report_id: ReportId, store_id: StoreId, now: datetime, lease: timedelta
    ) -> int | None:
        attempts: int | None = await self._database.pool.fetchval(
            _CLAIM, report_id, store_id, now, now - lease
        )
        return attempts

    async def sent(self, report_id: ReportId, attempt: int, now: datetime) -> None:
        await self._database.pool.execute(_SENT, report_id, attempt, now)

    async def failed(self, report_id: ReportId, attempt: int, now: datetime, error: str) -> None:
        await self._database.pool.execute(_FAILED, report_id, attempt, now, error[:200])

    async def get(self, report_id: ReportId) -> ReportEmailRecord | None:
        row = await self._database.pool.fetchrow(_GET, report_id)
        if row is None:
            return None
        return ReportEmailRecord(
            report_id=ReportId(row["report_id"]),
            store_id=StoreId(row["store_id"]),
            status=EmailStatus(row["status"]),
            attempts=row["attempts"],
            updated_at=row["updated_at"],
            sent_at=row["sent_at"],
            last_error=row["last_error"],
        )
