"""Retention in batches: one statement never touches more than `limit` rows, reads them
through the indexes, and two cleanups at once skip each other's rows instead of waiting."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.postgres import PostgresDatabase
from kundrost.adapters.postgres.assessment_repository import ANONYMISE
from kundrost.adapters.postgres.record_repositories import DELETE_FRAUD, DELETE_METRICS
from kundrost.adapters.postgres.session_repository import DELETE_EXPIRED
from kundrost.domain.call_status import CallStatus
from tests.adapters.storage_builders import START, a_fraud_record, a_session, an_assessment_of

LONG_AFTER = START + timedelta(days=365)


async def seed_ended_sessions(database: PostgresDatabase, count: int) -> None:
    async with database.unit_of_work() as uow:
        for _ in range(count):
            await uow.sessions.add(a_session(CallStatus.FAILED))
        await uow.commit()


async def test_a_delete_of_expired_sessions_removes_at_most_limit_rows(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    await seed_ended_sessions(database, 30)
    async with database.unit_of_work() as uow:
        assert await uow.sessions.delete_expired(LONG_AFTER, 7) == 7
        await uow.commit()
    assert await raw.fetchval("SELECT count(*) FROM call_sessions") == 23


async def test_anonymising_and_deleting_by_age_touch_at_most_limit_rows(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    sessions = [a_session(CallStatus.FAILED) for _ in range(12)]
    async with database.unit_of_work() as uow:
        for session in sessions:
            await uow.assessments.put(an_assessment_of(session))
            await uow.fraud_records.add(a_fraud_record(session))
        await uow.commit()
    async with database.unit_of_work() as uow:
        assert await uow.assessments.anonymise_created_before(LONG_AFTER, 5) == 5
        assert await uow.fraud_records.delete_created_before(LONG_AFTER, 4) == 4
        await uow.commit()
    assert await raw.fetchval("SELECT count(*) FROM quality_assessments WHERE is_anonymised") == 5
    assert await raw.fetchval("SELECT count(*) FROM quality_assessments WHERE summary IS NULL") == 5
    assert await raw.fetchval("SELECT count(*) FROM fraud_records") == 8


@pytest.mark.parametrize(
    ("statement", "index"),
    [
        ("delete_expired", "call_sessions_expiry"),
        ("anonymise", "quality_assessments_to_anonymise"),
        ("fraud", "fraud_records_created"),
        ("metrics", "call_quality_metrics_recorded"),
    ],
)
async def test_each_retention_batch_is_chosen_through_its_index(
    raw: PoolConnectionProxy, statement: str, index: str
) -> None:
    sql = {
        "delete_expired": DELETE_EXPIRED,
        "anonymise": ANONYMISE,
        "fraud": DELETE_FRAUD,
        "metrics": DELETE_METRICS,
    }[statement]
    async with raw.transaction():
        await raw.execute("SET LOCAL enable_seqscan = off")
        plan = await raw.fetch(f"EXPLAIN {sql}", LONG_AFTER, 1000)
    assert index in "\n".join(row[0] for row in plan)


async def test_two_cleanups_at_once_delete_different_rows_without_waiting(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    await seed_ended_sessions(database, 10)
    async with database.unit_of_work() as first:
        assert await first.sessions.delete_expired(LONG_AFTER, 6) == 6
        async with database.unit_of_work() as second:
            deleted = await asyncio.wait_for(second.sessions.delete_expired(LONG_AFTER, 6), 2)
            assert deleted == 4
            await second.commit()
        await first.commit()
    assert await raw.fetchval("SELECT count(*) FROM call_sessions") == 0
