"""The near-duplicate check on PostgreSQL: its cost with other stores empty, beside its cost
with other stores full, beside the old way (decrypting the newest 500 transcripts of all
stores), measured in the same run.

Run with `python -m tests.bench.bench_duplicates [--own N] [--others M] [--checks C]` and
`KUNDROST_TEST_DATABASE_URL` set. One throw-away schema: a store with N (200) transcripts in
its 30-day window, then M (20,000) transcripts of other stores seeded with COPY, each with
five customer messages of about 200 characters and a signature of 300 shingles.
`gather_evidence` (the analysis's own code: two indexed queries, then Jaccard in Python) is
timed C (50) times, after C untimed warm-up checks, before and after the other stores are
seeded.

Not a test: pytest collects `test_*.py`, not `bench_*.py`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import struct
import time
from collections.abc import Sequence
from datetime import timedelta
from uuid import uuid4

import asyncpg
from attrs import evolve

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.postgres import PostgresDatabase
from kundrost.adapters.postgres.transcript_repository import TRANSCRIPT
from kundrost.application.fraud_evidence import gather_evidence
from kundrost.domain.call_status import CallStatus
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.ids import StoreId
from kundrost.domain.similarity import similarities
from kundrost.domain.transcript import Message, Speaker, Transcript
from tests.adapters.postgres_fixtures import drop_schema
from tests.adapters.storage_builders import START, a_session, a_transcript_of
from tests.bench.bench_postgres import database_url, fresh_schema, milliseconds
from tests.unit.grading_builders import an_analysis

WORDS = ("kön", "kassan", "personalen", "bageriet", "frukten", "priset", "hyllan", "brödet")
SESSIONS = [
    "id",
    "verification_id",
    "store_id",
    "transaction_time",
    "priority",
    "status",
    "attempt",
    "created_at",
    "updated_at",
    "expires_at",
]
TRANSCRIPTS = "call_session_id, id, total_duration_seconds, recorded_at, store_id, signature"
MESSAGES = "call_session_id, message_order, speaker, content, timestamp_ms"


def words(n: int, seed: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * (seed % 5 + 1)) % len(WORDS)] for i in range(n))


async def seed_others(url: str, schema: str, count: int, cipher: AesGcmCipher) -> float:
    started = time.perf_counter()
    sessions, transcripts, messages = [], [], []
    for n in range(count):
        session_id, store = uuid4(), uuid4()
        at = START - timedelta(minutes=n)
        expires = at + timedelta(days=90)
        sessions.append((session_id, uuid4(), store, at, "medium", "completed", 1, at, at, expires))
        signed = struct.pack(">300Q", *(secrets.randbits(64) for _ in range(300)))
        transcripts.append((session_id, uuid4(), 90, at, store, signed))
        for order in range(5):
            text = cipher.encrypt(words(30, n + order), TRANSCRIPT)
            messages.append((session_id, order, "customer", text, order * 1000))
    connection = await asyncpg.connect(url)
    try:
        for table, rows, columns in (
            ("call_sessions", sessions, SESSIONS),
            ("transcripts", transcripts, TRANSCRIPTS.split(", ")),
            ("transcript_messages", messages, MESSAGES.split(", ")),
        ):
            await connection.copy_records_to_table(
                table, records=rows, columns=columns, schema_name=schema
            )
        await connection.execute(f"ANALYZE {schema}.transcripts")
    finally:
        await connection.close()
    return time.perf_counter() - started


def saying(transcript: Transcript, text: str) -> Transcript:
    return evolve(transcript, messages=(Message(Speaker.CUSTOMER, text, 0, 1),))


async def seed_own(database: PostgresDatabase, store: StoreId, count: int) -> Transcript:
    last: Transcript | None = None
    for n in range(count + 1):
        session = evolve(a_session(CallStatus.COMPLETED), store_id=store)
        transcript = saying(a_transcript_of(session.id, START - timedelta(hours=n)), words(60, n))
        async with database.unit_of_work() as uow:
            await uow.sessions.add(session)
            await uow.transcripts.add(transcript)
            await uow.commit()
        last = last or transcript
    assert last is not None
    return last


async def timed_checks(
    database: PostgresDatabase, transcript: Transcript, checks: int
) -> list[float]:
    """`checks` timed checks after as many untimed ones, which warm the caches and plans."""
    timings = []
    analysis, policy = an_analysis(), FraudPolicy()
    for _ in range(2 * checks):
        started = time.perf_counter()
        async with database.unit_of_work() as uow:
            session = await uow.sessions.get(transcript.call_session_id)
            assert session is not None
            evidence = await gather_evidence(
                uow, session, transcript, analysis, None, policy=policy
            )
        policy.evaluate(evidence, ["pattern"])
        timings.append(time.perf_counter() - started)
    return timings[checks:]


async def old_way(database: PostgresDatabase, transcript: Transcript, checks: int) -> list[float]:
    """What the check did before: the newest 500 transcripts of every store, decrypted."""
    timings = []
    for _ in range(checks):
        started = time.perf_counter()
        async with database.unit_of_work() as uow:
            connection = await uow.connection()
            rows = await connection.fetch(
                "SELECT call_session_id FROM transcripts ORDER BY recorded_at DESC LIMIT 500"
            )
            ids = [row[0] for row in rows]
            texts = [t.customer_text() for i in ids if (t := await uow.transcripts.for_session(i))]
        similarities(transcript.customer_text(), texts)
        timings.append(time.perf_counter() - started)
    return timings


def line(name: str, timings: list[float], baseline: float | None = None) -> str:
    median = statistics.median(timings)
    ratio = f" ({median / baseline:.2f}× the baseline)" if baseline else ""
    p90 = sorted(timings)[int(len(timings) * 0.9)]
    return f"{name}: median {milliseconds(median)}, p90 {milliseconds(p90)}{ratio}"


async def run(own: int, others: int, checks: int) -> None:
    url = database_url()
    schema = await fresh_schema(url, "duplicates")
    cipher = AesGcmCipher(secrets.token_bytes(32))
    database = PostgresDatabase(url, cipher, schema=schema, max_size=4)
    await database.start()
    try:
        transcript = await seed_own(database, StoreId(uuid4()), own)
        alone = await timed_checks(database, transcript, checks)
        baseline = statistics.median(alone)
        print(line(f"check, own store {own} transcripts, other stores empty (baseline)", alone))
        seeded = await seed_others(url, schema, others, cipher)
        print(f"seeded {others:,} transcripts of other stores in {seeded:.1f} s")
        crowded = await timed_checks(database, transcript, checks)
        print(line(f"check, other stores {others:,} transcripts", crowded, baseline))
        before = await old_way(database, transcript, max(checks // 5, 3))
        print(line("old way: newest 500 transcripts of all stores, decrypted", before, baseline))
    finally:
        await database.close()
        await drop_schema(url, schema)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--own", type=int, default=200, help="the store's own transcripts (200)")
    parser.add_argument("--others", type=int, default=20_000, help="other stores' (20,000)")
    parser.add_argument("--checks", type=int, default=50, help="checks timed (50)")
    args = parser.parse_args(argv)
    print(f"near-duplicate check benchmark, load {os.getloadavg()[0]:.2f}")
    asyncio.run(run(args.own, args.others, args.checks))


if __name__ == "__main__":
    main()
