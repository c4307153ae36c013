"""Weekly reports in PostgreSQL: one per store and ISO week, kept forever; the customers'
words in them in `report_words`, encrypted, keyed to their calls."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import asyncpg
import cattrs
from asyncpg.pool import PoolConnectionProxy
from cattrs.gen import make_dict_unstructure_fn, override

from kundrost.adapters.postgres.converter import CONVERTER
from kundrost.adapters.postgres.transaction import Transaction
from kundrost.domain.ids import CallSessionId, ReportId, StoreId
from kundrost.domain.recommendations import Recommendation, neutral_description
from kundrost.domain.report_sections import IssueItem, TrendItem
from kundrost.domain.report_words import ReportWords, with_words, words_of
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.cipher import Cipher
from kundrost.ports.errors import ReportExists

WORDS = "report_words"
"""The cipher purpose of the customers' words a report quotes."""

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
_COLUMNS = ", ".join((*_COLUMN_FIELDS, "iso_year", "iso_week", "body"))
_INSERT = (
    f"INSERT INTO weekly_reports ({_COLUMNS}) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
    "ON CONFLICT DO NOTHING RETURNING id"
)
_SELECT = f"SELECT {_COLUMNS} FROM weekly_reports"
_INSERT_MANY = (
    f"INSERT INTO weekly_reports ({_COLUMNS}) SELECT * FROM unnest($1::uuid[], $2::uuid[], "
    "$3::timestamptz[], $4::text[], $5::int[], $6::int[], $7::numeric[], $8::numeric[], "
    "$9::int[], $10::int[], $11::jsonb[])"
)
"""`_INSERT` of many reports, column by column: one statement run once (a statement run
once a report, even pipelined, cost about 0.3 ms a report)."""
INSERT_WORDS = """
INSERT INTO report_words (report_id, place, call_session_id, words)
SELECT $1, piece.place, session.id, piece.words
FROM unnest($2::text[], $3::uuid[], $4::bytea[]) AS piece(place, call_session_id, words)
JOIN call_sessions session ON session.id = piece.call_session_id
WHERE session.phone IS NOT NULL
FOR KEY SHARE OF session
"""
"""Words only of calls that exist and are not erased. The key-share lock waits for a cancel
that holds the call's row and then reads the row as that cancel left it, so a report and a
cancel give the same result whichever commits first: the cancel deletes the words of a
report committed before it, and a report committed after it stores none."""
INSERT_WORDS_OF_MANY = """
INSERT INTO report_words (report_id, place, call_session_id, words)
SELECT piece.report_id, piece.place, session.id, piece.words
FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::bytea[])
    AS piece(report_id, place, call_session_id, words)
JOIN call_sessions session ON session.id = piece.call_session_id
WHERE session.phone IS NOT NULL
FOR KEY SHARE OF session
"""
"""`INSERT_WORDS` of many reports in one statement."""
_WINNER = """
SELECT report.id FROM weekly_reports report
JOIN unnest($1::uuid[], $2::int[], $3::int[]) AS given(store_id, iso_year, iso_week)
    USING (store_id, iso_year, iso_week)
WHERE NOT report.id = ANY($4::uuid[])
LIMIT 1
"""
"""A stored report of one of the given stores and weeks other than the given ones."""
_DELETE = (
    "DELETE FROM weekly_reports WHERE (store_id = $1 AND iso_year = $2 AND iso_week = $3)"
    " OR id = $4"
)
_LOCK_WEEK = "SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || $1, 0))"
"""Held to the end of the transaction by a replacement of one store's week: two at once
would each delete the old report, and the second, whose DELETE could not see the first's
new row, would then insert beside it (a duplicate key of `report_words`)."""
_LOCK_CALLS = "SELECT 1 FROM call_sessions WHERE id = ANY($1::uuid[]) ORDER BY id FOR KEY SHARE"
"""The key-share locks `INSERT_WORDS` takes, taken before any words are deleted."""
_WORDS = (
    "SELECT report_id, place, call_session_id, words FROM report_words "
    "WHERE report_id = ANY($1::uuid[])"
)


def _identity(report: WeeklyReport) -> tuple[Any, ...]:
    return report.store_id, report.week.year, report.week.week, report.id


def _body_converter() -> cattrs.Converter:
    """`CONVERTER` writing a report as `without_words` leaves it, without copying it: no
    quotes in the quoted sections, worded recommendations described neutrally."""
    body = CONVERTER.copy()
    no_quotes = override(unstruct_hook=lambda quotes: [])
    for kind in (TrendItem, IssueItem):
        body.register_unstructure_hook(
            kind, make_dict_unstructure_fn(kind, body, sample_quotes=no_quotes)
        )
    recommendation = make_dict_unstructure_fn(Recommendation, body)

    def neutral(value: Recommendation) -> dict[str, Any]:
        plain: dict[str, Any] = recommendation(value)
        if value.source is not None:
            plain["description"], plain["source"] = neutral_description(value), None
        return plain

    body.register_unstructure_hook(Recommendation, neutral)
    return body


_BODY = _body_converter()


class PostgresWeeklyReportRepository:
    """`ports.WeeklyReportRepository` in `weekly_reports` and `report_words`.

    Counts and averages are columns (an operator can query them); the sections are JSONB,
    without the customers' words (`report_words.without_words`). Each quote and each
    recommendation worded by a customer is a row of `report_words`, encrypted, keyed to its
    call: a cancel deletes the call's rows, and the call's deletion by retention deletes
    them by the foreign key's cascade.
    """

    def __init__(self, transaction: Transaction, cipher: Cipher) -> None:
        self._transaction = transaction
        self._cipher = cipher

    async def add(self, report: WeeklyReport) -> None:
        existing = await self.for_week(report.store_id, report.week)
        if existing is not None:
            raise ReportExists(existing.id)
        values, words = self._values(report), self._words(report)

        async def insert(connection: PoolConnectionProxy) -> None:
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
            await connection.execute(INSERT_WORDS, report.id, *words)

        self._transaction.defer(insert)

    async def add_all(self, reports: Sequence[WeeklyReport]) -> None:
        """At the next statement or the commit (as `add`, so concurrent batches wait for
        each other only there): the reports in one statement and their words in another, in
        a savepoint (or a transaction of their own) that a report of a stored store and week
        undoes whole."""
        if not reports:
            return
        columns = [list(column) for column in zip(*map(self._values, reports), strict=True)]
        words: tuple[list[Any], ...] = ([], [], [], [])
        for report in reports:
            places, sessions, texts = self._words(report)
            words[0].extend([report.id] * len(places))
            words[1].extend(places)
            words[2].extend(sessions)
            words[3].extend(texts)

        async def insert(connection: PoolConnectionProxy) -> None:
            # A commit with nothing else to write runs this outside a transaction.
            nested = connection.is_in_transaction()
            await connection.execute("SAVEPOINT add_all" if nested else "BEGIN")
            try:
                await connection.execute(_INSERT_MANY, *columns)
                await connection.execute(INSERT_WORDS_OF_MANY, *words)
            except asyncpg.UniqueViolationError:
                await connection.execute("ROLLBACK TO SAVEPOINT add_all" if nested else "ROLLBACK")
                winner = await connection.fetchval(
                    _WINNER,
                    [report.store_id for report in reports],
                    [report.week.year for report in reports],
                    [report.week.week for report in reports],
                    [report.id for report in reports],
                )
                raise ReportExists(winner or reports[0].id) from None
            await connection.execute("RELEASE SAVEPOINT add_all" if nested else "COMMIT")

        self._transaction.defer(insert)

    async def replace(self, report: WeeklyReport) -> None:
        """One replacement of a store's week at a time (`_LOCK_WEEK`), and the calls it
        quotes locked (`_LOCK_CALLS`) before the old words are deleted: a cancel or a
        retention batch holds a call's row before it deletes the call's words, so the
        replacement, which deletes words and then needs the calls, would otherwise wait for
        a cancel that waits for it (a deadlock)."""
        places, sessions, texts = self._words(report)
        values = self._values(report)
        connection = await self._transaction.connection()
        await connection.execute(_LOCK_WEEK, f":weekly_report:{report.store_id}:{report.week}")
        if sessions:
            await connection.execute(_LOCK_CALLS, sorted(set(sessions)))
        await connection.execute(_DELETE, *_identity(report))
        if await connection.fetchval(_INSERT, *values) is None:
            # A first `add` of the week committed after the DELETE's snapshot: it goes too.
            await connection.execute(_DELETE, *_identity(report))
            await connection.execute(_INSERT, *values)
        await connection.execute(INSERT_WORDS, report.id, places, sessions, texts)

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

    async def for_stores(
        self, store_ids: Sequence[StoreId], *, since: IsoWeek, until: IsoWeek
    ) -> dict[StoreId, list[WeeklyReport]]:
        found: dict[StoreId, list[WeeklyReport]] = {store_id: [] for store_id in store_ids}
        if not found:
            return found
        for report in await self._all(
            "WHERE store_id = ANY($1::uuid[]) AND (iso_year, iso_week) >= ($2, $3) "
            "AND (iso_year, iso_week) <= ($4, $5) ORDER BY iso_year DESC, iso_week DESC",
            list(found),
            since.year,
            since.week,
            until.year,
            until.week,
        ):
            found[report.store_id].append(report)
        return found

    async def erase_words_of(self, session_id: CallSessionId) -> None:
        connection = await self._transaction.connection()
        await connection.execute("DELETE FROM report_words WHERE call_session_id = $1", session_id)

    async def _all(self, where: str, *arguments: Any) -> list[WeeklyReport]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(f"{_SELECT} {where}", *arguments)
        if not rows:
            return []
        pieces: dict[Any, list[ReportWords]] = defaultdict(list)
        for piece in await connection.fetch(_WORDS, [row["id"] for row in rows]):
            text = self._cipher.decrypt(piece["words"], WORDS)
            words = ReportWords(piece["place"], text, CallSessionId(piece["call_session_id"]))
            pieces[piece["report_id"]].append(words)
        return [with_words(self._report(row), pieces[row["id"]]) for row in rows]

    def _values(self, report: WeeklyReport) -> tuple[Any, ...]:
        plain: dict[str, Any] = _BODY.unstructure(report)
        columns = [report.id, report.store_id, report.generated_at, report.status.value]
        columns += [getattr(report, name) for name in _COLUMN_FIELDS[4:]]
        for name in (*_COLUMN_FIELDS, "week"):
            plain.pop(name)
        return (*columns, report.week.year, report.week.week, plain)

    def _words(self, report: WeeklyReport) -> tuple[list[Any], ...]:
        pieces = words_of(report)
        # Words the report repeats (a new issue's quotes are its issue's) are sealed once.
        sealed: dict[str, bytes] = {}
        for piece in pieces:
            if piece.text not in sealed:
                sealed[piece.text] = self._cipher.encrypt(piece.text, WORDS)
        return (
            [piece.place for piece in pieces],
            [piece.call_session_id for piece in pieces],
            [sealed[piece.text] for piece in pieces],
        )

    def _report(self, row: asyncpg.Record) -> WeeklyReport:
        plain: dict[str, Any] = dict(row["body"])
        plain.update({name: CONVERTER.unstructure(row[name]) for name in _COLUMN_FIELDS})
        plain["week"] = {"year": row["iso_year"], "week": row["iso_week"]}
        return CONVERTER.structure(plain, WeeklyReport)
