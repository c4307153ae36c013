"""Weekly reports in PostgreSQL: one per store and ISO week, kept forever."""

from __future__ import annotations

import json
from typing import Any

import asyncpg

from kundrost.adapters.postgres.converter import CONVERTER
from kundrost.adapters.postgres.transaction import Transaction
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.cipher import Cipher
from kundrost.ports.errors import ReportExists

QUOTES = "report_quotes"
"""The cipher purpose of the customers' words a report quotes."""

_QUOTED_SECTIONS = ("positive_trends", "negative_issues", "new_issues")
_COLUMN_FIELDS = (
    "id",
    "store_id",
    "generated_at",
    "status",
    "total_feedback_count",
    "qualifying_feedback_count",
    "average_quality_score",
    "average_reward_percentage",
)
_COLUMNS = ", ".join((*_COLUMN_FIELDS, "iso_year", "iso_week", "body", "quotes"))
_INSERT = (
    f"INSERT INTO weekly_reports ({_COLUMNS}) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
    "ON CONFLICT DO NOTHING RETURNING id"
)
_SELECT = f"SELECT {_COLUMNS} FROM weekly_reports"


class PostgresWeeklyReportRepository:
    """`ports.WeeklyReportRepository` in `weekly_reports`.

    Counts and averages are columns (an operator can query them); the sections are JSONB.
    The sample quotes are lifted out of the sections and stored encrypted: they are short
    excerpts of what customers said.
    """

    def __init__(self, transaction: Transaction, cipher: Cipher) -> None:
        self._transaction = transaction
        self._cipher = cipher

    async def add(self, report: WeeklyReport) -> None:
        existing = await self.for_week(report.store_id, report.week)
        if existing is not None:
            raise ReportExists(existing.id)
        values = self._values(report)

        async def insert(connection: asyncpg.Connection) -> None:
            if await connection.fetchval(_INSERT, *values) is None:
                winner = await connection.fetchval(
                    "SELECT id FROM weekly_reports WHERE (store_id = $1 AND iso_year = $2 "
                    "AND iso_week = $3) OR id = $4 LIMIT 1",
                    report.store_id,
                    report.week.year,
                    report.week.week,
                    report.id,
                )
                raise ReportExists(winner or report.id)

        self._transaction.defer(insert)

    async def replace(self, report: WeeklyReport) -> None:
        connection = await self._transaction.connection()
        await connection.execute(
            "DELETE FROM weekly_reports WHERE (store_id = $1 AND iso_year = $2 AND iso_week = $3)"
            " OR id = $4",
            report.store_id,
            report.week.year,
            report.week.week,
            report.id,
        )
        await connection.execute(_INSERT, *self._values(report))

    async def get(self, report_id: ReportId) -> WeeklyReport | None:
        found = await self._all("WHERE id = $1", report_id)
        return found[0] if found else None

    async def for_week(self, store_id: StoreId, week: IsoWeek) -> WeeklyReport | None:
        found = await self._all(
            "WHERE store_id = $1 AND iso_year = $2 AND iso_week = $3",
            store_id,
            week.year,
            week.week,
        )
        return found[0] if found else None

    async def for_store(
        self, store_id: StoreId, *, since: IsoWeek | None = None, until: IsoWeek | None = None
    ) -> list[WeeklyReport]:
        low = (since.year, since.week) if since else (0, 0)
        high = (until.year, until.week) if until else (10000, 0)
        return await self._all(
            "WHERE store_id = $1 AND (iso_year, iso_week) >= ($2, $3) "
            "AND (iso_year, iso_week) <= ($4, $5) ORDER BY iso_year DESC, iso_week DESC",
            store_id,
            *low,
            *high,
        )

    async def _all(self, where: str, *arguments: Any) -> list[WeeklyReport]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(f"{_SELECT} {where}", *arguments)
        return [self._report(row) for row in rows]

    def _values(self, report: WeeklyReport) -> tuple[Any, ...]:
        plain: dict[str, Any] = CONVERTER.unstructure(report)
        columns = [report.id, report.store_id, report.generated_at, report.status.value]
        columns += [getattr(report, name) for name in _COLUMN_FIELDS[4:]]
        for name in (*_COLUMN_FIELDS, "week"):
            plain.pop(name)
        quotes = {
            section: [item.pop("sample_quotes") for item in plain[section]]
            for section in _QUOTED_SECTIONS
        }
        quoted = any(q for items in quotes.values() for q in items)
        sealed = self._cipher.encrypt(json.dumps(quotes), QUOTES) if quoted else None
        return (*columns, report.week.year, report.week.week, plain, sealed)

    def _report(self, row: asyncpg.Record) -> WeeklyReport:
        plain: dict[str, Any] = dict(row["body"])
        if row["quotes"] is not None:
            quotes = json.loads(self._cipher.decrypt(row["quotes"], QUOTES))
            for section in _QUOTED_SECTIONS:
                for item, sample in zip(plain[section], quotes[section], strict=True):
                    item["sample_quotes"] = sample
        plain.update({name: CONVERTER.unstructure(row[name]) for name in _COLUMN_FIELDS})
        plain["week"] = {"year": row["iso_year"], "week": row["iso_week"]}
        return CONVERTER.structure(plain, WeeklyReport)
