"""PostgreSQL storage at scale: retention cleanup and weekly reports, each beside the bare
SQL that does the same work, measured in the same run.

Run with `python -m tests.bench.bench_postgres [--rows N] [--stores S --feedback F]` and
`KUNDROST_TEST_DATABASE_URL` set (e.g. postgresql://postgres@127.0.0.1:5432/test). Each part
seeds its own throw-away schema with COPY and drops it afterwards.

- Retention: N expired, ended call sessions (1,000,000 by default) deleted by the `Cleanup`
  use case in batches of `--batch` (1,000) — each batch one `DELETE ... LIMIT` statement
  through the partial `expires_at` index, committed on its own — beside one bare `DELETE`
  of the same rows after a fresh seed. Prints the total and the longest single statement
  (target: every statement under 50 ms, so no lock is held long).
- Weekly reports: S stores × F qualifying feedback in one ISO week (10,000 × 50 by
  default), and a call of each store in it, turned into S reports by the scheduler's weekly
  run (`RunWeeklyReports` as the scheduler composes it: batches of stores read and stored
  together, `--concurrency` stores at a time for any left to their own generation),
  beside a bare fetch of the same rows into Python, of the columns the row-by-row read
  (`weekly_feedback_of`) reads, the baseline kept since the run counts in SQL (and, for
  comparison with earlier figures, of all columns); `--rounds` interleaved rounds
  (the week's reports removed before each run), ratio of medians; then a bare SQL
  `GROUP BY` of the week.

Not a test: pytest collects `test_*.py`, not `bench_*.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import asyncpg

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.postgres import PostgresDatabase, migrate
from kundrost.adapters.postgres.assessment_repository import (
    ITEMS,
    QUOTES,
    SUMMARY,
    WEEKLY_COLUMNS,
    item_facts_of,
    ranks_of,
    theme_facts_of,
)
from kundrost.adapters.postgres.converter import CONVERTER
from kundrost.adapters.system import ManualClock, UuidGenerator
from kundrost.application.cleanup import Cleanup
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.application.weekly_reports_run import RunWeeklyReports
from kundrost.domain.analysis import ActionableItem, Category, Sentiment, Theme
from kundrost.domain.assessment import AnalysisMetadata
from kundrost.domain.ids import StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.redaction import REDACTION_RULES
from kundrost.domain.week import IsoWeek
from tests.adapters.postgres_fixtures import drop_schema

WEEK = IsoWeek(2026, 10)
WEEK_START, WEEK_END = WEEK.bounds("Europe/Stockholm")
NOW = WEEK_END + timedelta(days=200)
"""Long after the week: every seeded session has expired."""
SEED_CHUNK = 100_000
KEY = secrets.token_bytes(32)
"""The encryption key of the seeded feedback and of the database that reads it."""


def database_url() -> str:
    url = os.environ.get("KUNDROST_TEST_DATABASE_URL", "").strip()
    if not url:
        raise SystemExit("set KUNDROST_TEST_DATABASE_URL (postgresql://postgres@127.0.0.1/test)")
    return url


async def fresh_schema(url: str, purpose: str) -> str:
    schema = f"bench_{purpose}_{secrets.token_hex(3)}"
    await migrate(url, schema=schema)
    return schema


def milliseconds(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


# --- retention ---------------------------------------------------------------------------

SESSION_COLUMNS = [
    "id", "verification_id", "store_id", "transaction_time", "transaction_value", "priority",
    "status", "attempt", "created_at", "updated_at", "connected_at", "ended_at",
    "duration_seconds", "end_reason", "expires_at",
]  # fmt: skip


def expired_sessions(count: int) -> Iterator[tuple[Any, ...]]:
    """Completed calls of a season ago, erased of their numbers, all past their expiry."""
    stores = [uuid4() for _ in range(100)]
    first = WEEK_START - timedelta(days=100)
    for n in range(count):
        created = first + timedelta(seconds=n * 5)
        ended = created + timedelta(seconds=120)
        yield (
            uuid4(), uuid4(), stores[n % 100], created - timedelta(minutes=5), None, "medium",
            "completed", 1, created, ended, created + timedelta(seconds=20), ended, 90,
            "completed", ended + timedelta(days=90),
        )  # fmt: skip


async def seed_sessions(url: str, schema: str, rows: int) -> float:
    connection = await asyncpg.connect(url)
    started = time.perf_counter()
    try:
        generated = expired_sessions(rows)
        for _ in range(0, rows, SEED_CHUNK):
            chunk = [row for _, row in zip(range(SEED_CHUNK), generated, strict=False)]
            await connection.copy_records_to_table(
                "call_sessions", records=chunk, columns=SESSION_COLUMNS, schema_name=schema
            )
        await connection.execute(f"ANALYZE {schema}.call_sessions")
    finally:
        await connection.close()
    return time.perf_counter() - started


class TimedSessions:
    """The session repository of a unit of work, timing each `delete_expired` statement."""

    def __init__(self, inner: Any, timings: list[float]) -> None:
        self._inner = inner
        self._timings = timings

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    async def delete_expired(self, now: datetime, limit: int) -> int:
        started = time.perf_counter()
        deleted: int = await self._inner.delete_expired(now, limit)
        self._timings.append(time.perf_counter() - started)
        return deleted


async def cleanup_run(url: str, schema: str, batch: int) -> tuple[float, list[float], int]:
    database = PostgresDatabase(url, AesGcmCipher(secrets.token_bytes(32)), schema=schema)
    await database.start()
    timings: list[float] = []

    def new_uow() -> Any:
        uow = database.unit_of_work()
        uow.sessions = TimedSessions(uow.sessions, timings)
        return uow

    try:
        cleanup = Cleanup(new_uow, ManualClock(NOW), batch_size=batch)
        started = time.perf_counter()
        report = await cleanup()
        return time.perf_counter() - started, timings, report.sessions_deleted
    finally:
        await database.close()


async def bare_delete(url: str, schema: str) -> tuple[float, int]:
    connection = await asyncpg.connect(url, server_settings={"search_path": schema})
    try:
        started = time.perf_counter()
        status = await connection.execute(
            "DELETE FROM call_sessions WHERE expires_at <= $1 "
            "AND status NOT IN ('pending', 'in_progress')",
            NOW,
        )
        return time.perf_counter() - started, int(status.split()[-1])
    finally:
        await connection.close()


async def retention(url: str, rows: int, batch: int) -> None:
    schema = await fresh_schema(url, "retention")
    try:
        seeded = await seed_sessions(url, schema, rows)
        print(f"seeded {rows:,} expired sessions with COPY in {seeded:.1f} s")
        total, timings, deleted = await cleanup_run(url, schema, batch)
        assert deleted == rows, (deleted, rows)
        statements = [t for t in timings if t > 0]
        print(
            f"Cleanup, batches of {batch:,}: {deleted:,} deleted in {total:.2f} s "
            f"({deleted / total:,.0f} rows/s), {len(statements):,} statements"
        )
        print(
            f"  per statement: median {milliseconds(statistics.median(statements))}, "
            f"p99 {milliseconds(sorted(statements)[int(len(statements) * 0.99) - 1])}, "
            f"longest {milliseconds(max(statements))}; "
            f"{sum(t >= 0.05 for t in statements):,} of them 50 ms or more"
        )
        tenth = max(1, len(statements) // 10)
        print(
            f"  median of the first tenth {milliseconds(statistics.median(statements[:tenth]))}, "
            f"of the last tenth {milliseconds(statistics.median(statements[-tenth:]))} "
            "(the index scan steps over the entries of rows deleted before, until a vacuum)"
        )
        await seed_sessions(url, schema, rows)
        bare, gone = await bare_delete(url, schema)
        assert gone == rows, (gone, rows)
        print(f"bare: one DELETE of {gone:,} rows in {bare:.2f} s (one statement, one lock)")
    finally:
        await drop_schema(url, schema)


# --- weekly reports ----------------------------------------------------------------------

ASSESSMENT_COLUMNS = [
    "id", "call_session_id", "store_id", "legitimacy", "depth", "usefulness", "overall",
    "qualifies", "reward_percentage", "is_fraudulent", "fraud_reasons", "summary", "themes",
    "quotes", "actionable_items", "analysis_metadata", "created_at", "content_deleted",
    "is_anonymised", "report_themes", "report_items", "report_ranks",
]  # fmt: skip
LABELS = [
    ("Kö i kassan", Sentiment.NEGATIVE, Category.SERVICE, "Kassan"),
    ("Trevlig personal", Sentiment.POSITIVE, Category.STAFF, None),
    ("Färskt bröd", Sentiment.POSITIVE, Category.PRODUCT, "Bageriet"),
    ("Smutsiga kundvagnar", Sentiment.NEGATIVE, Category.ENVIRONMENT, None),
    ("Dyra grönsaker", Sentiment.NEGATIVE, Category.PRICING, "Frukt & grönt"),
]


def feedback_templates(cipher: AesGcmCipher) -> list[tuple[Any, ...]]:
    """A few realistic assessment bodies, encrypted once and reused across the rows; their
    quotes apart (`quote_variants`)."""
    templates = []
    for n in range(len(LABELS)):
        themes = [
            Theme(label, sentiment, category, department)
            for label, sentiment, category, department in (LABELS[n], LABELS[(n + 2) % 5])
        ]
        items = [ActionableItem(Category.SERVICE, f"Åtgärd nummer {n}", Priority.HIGH, "Kassan")]
        templates.append(
            (
                cipher.encrypt("Kunden var nöjd men klagade på kön.", SUMMARY),
                CONVERTER.unstructure(themes, list[Theme]),
                cipher.encrypt(
                    json.dumps(CONVERTER.unstructure(items, list[ActionableItem])), ITEMS
                ),
                json.dumps(theme_facts_of(themes)),
                json.dumps(item_facts_of(items, cipher)),
                ranks_of(themes, items),
            )
        )
    return templates


def quote_variants(cipher: AesGcmCipher, per_store: int) -> list[bytes]:
    """The sealed quotes of a store's feedback, each call's in its own words: a report shows
    a sentence once, so 50 calls quoting the same two sentences would have the weekly run
    read every mention of a group to find words of its own (the figures of 7 December)."""
    places = ("disken", "hyllorna", "kassan")
    sentences = [
        [
            f"Det var kö vid kassa {n % 7 + 1} strax efter klockan {n % 12 + 8}.",
            f"Personalen vid {places[n % 3]} visade mig till hylla {n + 1}.",
        ]
        for n in range(per_store)
    ]
    return [cipher.encrypt(json.dumps(pair, ensure_ascii=False), QUOTES) for pair in sentences]


def week_feedback(
    stores: list[StoreId], per_store: int, cipher: AesGcmCipher, rules: int | None
) -> Iterator[tuple[Any, ...]]:

    templates = feedback_templates(cipher)
    quotes_of = quote_variants(cipher, per_store)
    metadata = json.dumps(
        CONVERTER.unstructure(AnalysisMetadata("offline", "bench-1", 40, redaction_rules=rules))
    )
    spacing = (WEEK_END - WEEK_START) / (per_store + 1)
    for index, store in enumerate(stores):
        for n in range(per_store):
            summary, themes, items, theme_facts, item_facts, ranks = templates[
                (index + n) % len(templates)
            ]
            quotes = quotes_of[n]
            legitimacy = Decimal(50 + (n * 7) % 50) / 100
            overall = (legitimacy + Decimal("0.6")) / 2
            yield (
                uuid4(), uuid4(), store, legitimacy, Decimal("0.6"), Decimal("0.6"), overall,
                True, Decimal("8.50"), False, [], summary, json.dumps(themes), quotes,
                items, metadata, WEEK_START + spacing * (n + 1), False, False, theme_facts,
                item_facts, ranks,
            )  # fmt: skip


async def seed_feedback(
    url: str, schema: str, stores: list[StoreId], per_store: int, rules: int | None
) -> float:
    connection = await asyncpg.connect(url)
    cipher = AesGcmCipher(KEY)
    started = time.perf_counter()
    try:
        generated = week_feedback(stores, per_store, cipher, rules)
        while chunk := [row for _, row in zip(range(SEED_CHUNK), generated, strict=False)]:
            await connection.copy_records_to_table(
                "quality_assessments", records=chunk, columns=ASSESSMENT_COLUMNS, schema_name=schema
            )
        await connection.execute(f"ANALYZE {schema}.quality_assessments")
    finally:
        await connection.close()
    return time.perf_counter() - started


def week_sessions(stores: list[StoreId]) -> Iterator[tuple[Any, ...]]:
    """One completed call a store on the week's Wednesday: how the weekly run finds them."""
    wednesday = WEEK_START + timedelta(days=2, hours=12)
    for store in stores:
        ended = wednesday + timedelta(seconds=120)
        yield (
            uuid4(), uuid4(), store, wednesday - timedelta(minutes=5), None, "medium",
            "completed", 1, wednesday, ended, wednesday + timedelta(seconds=20), ended, 90,
            "completed", ended + timedelta(days=90),
        )  # fmt: skip


async def seed_week(
    url: str, schema: str, stores: list[StoreId], per_store: int, rules: int | None
) -> float:
    started = time.perf_counter()
    await seed_feedback(url, schema, stores, per_store, rules)
    connection = await asyncpg.connect(url)
    try:
        await connection.copy_records_to_table(
            "call_sessions",
            records=list(week_sessions(stores)),
            columns=SESSION_COLUMNS,
            schema_name=schema,
        )
        await connection.execute(f"ANALYZE {schema}.call_sessions")
    finally:
        await connection.close()
    return time.perf_counter() - started


async def weekly_run(url: str, schema: str, width: int, stores: list[StoreId]) -> float:
    """The scheduler's weekly run of the week (`RunWeeklyReports`) after the week's reports
    are removed; seconds it took."""
    database = PostgresDatabase(
        url, AesGcmCipher(KEY), schema=schema, min_size=width, max_size=width
    )
    await database.start()
    try:
        async with database.unit_of_work() as uow:
            connection = await uow.connection()
            await connection.execute("DELETE FROM weekly_reports")
            await uow.commit()
        generate = GenerateWeeklyReport(
            database.unit_of_work, ManualClock(WEEK_END + timedelta(hours=3)), UuidGenerator()
        )
        run = RunWeeklyReports(
            database.unit_of_work, generate, concurrency=width, read_batch=generate.read_new_reports
        )
        started = time.perf_counter()
        summary = await run(WEEK, with_contexts=False)
        took = time.perf_counter() - started
        assert (summary.generated, summary.failed) == (len(stores), ()), summary
        async with database.unit_of_work() as uow:
            sample = await uow.reports.for_week(stores[0], WEEK)
        assert sample is not None
        return took
    finally:
        await database.close()


RUN_COLUMNS = f"store_id, {WEEKLY_COLUMNS}"
"""What the row-by-row read takes of each row (`weekly_feedback_of`), encrypted columns as
they are: the baseline, kept when the run came to count the week in SQL (it reads less)."""


async def row_scan(url: str, schema: str, columns: str = RUN_COLUMNS) -> tuple[float, int]:
    """A bare fetch of the week's assessment rows into Python, of the columns the run reads
    (the baseline) or of all of them (`*`, the baseline until 5 December 2026, which also
    read the encrypted summary the run does not): (seconds, rows)."""
    connection = await asyncpg.connect(url, server_settings={"search_path": schema})
    try:
        started = time.perf_counter()
        fetched = await connection.fetch(
            f"SELECT {columns} FROM quality_assessments WHERE created_at >= $1 AND created_at < $2",
            WEEK_START,
            WEEK_END,
        )
        return time.perf_counter() - started, len(fetched)
    finally:
        await connection.close()


async def grouped(url: str, schema: str) -> tuple[float, int]:
    connection = await asyncpg.connect(url, server_settings={"search_path": schema})
    try:
        started = time.perf_counter()
        groups = await connection.fetch(
            "SELECT store_id, count(*), avg(overall), avg(reward_percentage) "
            "FROM quality_assessments WHERE created_at >= $1 AND created_at < $2 "
            "GROUP BY store_id",
            WEEK_START,
            WEEK_END,
        )
        return time.perf_counter() - started, len(groups)
    finally:
        await connection.close()


async def reports(
    url: str, store_count: int, per_store: int, width: int, rounds: int, rules: int | None
) -> None:
    schema = await fresh_schema(url, "reports")
    stores = sorted(StoreId(uuid4()) for _ in range(store_count))
    try:
        seeded = await seed_week(url, schema, stores, per_store, rules)
        rows = store_count * per_store
        kept = "no known redaction rules: every quote shown is redacted again"
        if rules is not None:
            kept = f"redaction rules {rules}, the current ones: quotes shown as kept"
        print(
            f"seeded {rows:,} assessments ({store_count:,} stores × {per_store}) in {seeded:.1f} s"
            f"; {kept}"
        )
        runs, scans, wholes, run_cpus, scan_cpus = [], [], [], [], []
        for number in range(rounds):
            cpu = time.process_time()
            scan, fetched = await row_scan(url, schema)
            scan_cpu, cpu = time.process_time() - cpu, time.process_time()
            assert fetched == rows, (fetched, rows)
            took = await weekly_run(url, schema, width, stores)
            run_cpu = time.process_time() - cpu
            whole, fetched = await row_scan(url, schema, "*")
            assert fetched == rows, (fetched, rows)
            scans.append(scan)
            runs.append(took)
            wholes.append(whole)
            run_cpus.append(run_cpu)
            scan_cpus.append(scan_cpu)
            print(
                f"round {number + 1}: weekly run {took:.2f} s, {run_cpu:.2f} s CPU "
                f"({store_count / took:,.0f} reports/s); row scan {scan:.2f} s, "
                f"{scan_cpu:.2f} s CPU (SELECT * {whole:.2f} s); "
                f"load average {os.getloadavg()[0]:.1f}"
            )
        took, scan = statistics.median(runs), statistics.median(scans)
        whole = statistics.median(wholes)
        run_cpu, scan_cpu = statistics.median(run_cpus), statistics.median(scan_cpus)
        print(
            f"median: weekly run {took:.2f} s beside fetching the week's {rows:,} rows, the "
            f"columns it reads, into Python {scan:.2f} s: {took / scan:.1f}x "
            f"(beside SELECT * {whole:.2f} s: {took / whole:.1f}x); this process's CPU "
            f"{run_cpu:.2f} s beside {scan_cpu:.2f} s: {run_cpu / scan_cpu:.1f}x"
        )
        took, count = await grouped(url, schema)
        print(f"bare: SQL GROUP BY of the week into {count:,} store rows in {took:.2f} s")
    finally:
        await drop_schema(url, schema)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="expired sessions (1,000,000)")
    parser.add_argument("--batch", type=int, default=1000, help="cleanup batch size (1,000)")
    parser.add_argument("--stores", type=int, default=10_000, help="stores (10,000)")
    parser.add_argument("--feedback", type=int, default=50, help="feedback per store (50)")
    parser.add_argument("--concurrency", type=int, default=8, help="reports at a time (8)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved report rounds (3)")
    parser.add_argument("--only", choices=["retention", "reports"], help="run one part")
    parser.add_argument(
        "--earlier-release",
        action="store_true",
        help="feedback kept by a release before the redaction rules were versioned",
    )
    args = parser.parse_args(argv)
    url = database_url()
    print(f"PostgreSQL benchmarks, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    if args.only in (None, "retention"):
        asyncio.run(retention(url, args.rows, args.batch))
    if args.only in (None, "reports"):
        rules = None if args.earlier_release else REDACTION_RULES
        asyncio.run(reports(url, args.stores, args.feedback, args.concurrency, args.rounds, rules))


if __name__ == "__main__":
    main()
