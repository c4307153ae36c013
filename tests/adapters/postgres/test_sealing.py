"""Rows of the first release are handled by migration 0002 and the sealing that follows it:
clear actionable items sealed, transcripts signed, report quotes that name no call dropped,
worded recommendations made neutral; without the key `kundrost migrate` says so and fails."""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from uuid import uuid4

import asyncpg
import pytest
from attrs import evolve

from kundrost.adapters.crypto import AesGcmCipher, generate_key_text, key_from_text
from kundrost.adapters.postgres import PostgresDatabase, migration_status
from kundrost.adapters.postgres.converter import CONVERTER
from kundrost.adapters.postgres.migrations import available
from kundrost.adapters.postgres.transcript_repository import (
    TRANSCRIPT,
    keyed_signature,
    unpacked,
)
from kundrost.domain.call_status import CallStatus
from kundrost.domain.fraud import (
    CheckType,
    FraudCheck,
    FraudVerdict,
    Indicator,
    Severity,
    Violation,
)
from kundrost.domain.fraud_check_rules import UNKNOWN_DEPARTMENT
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.ids import CallSessionId, FraudCheckId
from kundrost.entrypoints.cli import migrate as command
from tests.adapters.postgres.test_encryption_at_rest import dump, in_clear
from tests.adapters.postgres_fixtures import drop_schema
from tests.adapters.storage_builders import START, a_session
from tests.services import database_url, schema_name

WISH = 'Önskemål om kö: "Kassören Pelle borde öppna en kassa till."'
QUOTE = "Kön i kassan var alldeles för lång i lördags."
FIRST_RELEASE = [name for name, _ in available() if name < "0002"]


async def first_release_schema(url: str, schema: str) -> None:
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(
            f"CREATE SCHEMA {schema}; SET search_path TO {schema};"
            "CREATE TABLE schema_migrations (name text PRIMARY KEY, "
            "applied_at timestamptz NOT NULL DEFAULT now())"
        )
        for name, sql in available():
            if name in FIRST_RELEASE:
                await connection.execute(sql)
                await connection.execute("INSERT INTO schema_migrations VALUES ($1)", name)
    finally:
        await connection.close()


async def legacy_rows(url: str, schema: str, cipher: AesGcmCipher) -> CallSessionId:
    """A completed call of the first release: its transcript unsigned, its assessment's
    items in clear, a report quoting it with an encrypted blob and a worded recommendation."""
    session = a_session(CallStatus.COMPLETED)
    connection = await asyncpg.connect(url, server_settings={"search_path": schema})
    try:
        await connection.execute(
            "INSERT INTO call_sessions (id, verification_id, store_id, phone, phone_fingerprint, "
            "transaction_time, priority, status, attempt, created_at, updated_at, connected_at, "
            "ended_at, duration_seconds, end_reason, expires_at) VALUES ($1, $2, $3, $4, $5, $6, "
            "'medium', 'completed', 1, $7, $8, $9, $10, 90, 'completed', $11)",
            session.id,
            session.verification_id,
            session.store_id,
            cipher.encrypt("+46701234567", "phone"),
            cipher.fingerprint("+46701234567", "phone"),
            session.transaction_time,
            session.created_at,
            session.updated_at,
            session.connected_at,
            session.ended_at,
            session.expires_at,
        )
        await connection.execute(
            "INSERT INTO transcripts VALUES ($1, $2, 90, $3)", session.id, uuid4(), START
        )
        await connection.execute(
            "INSERT INTO transcript_messages (call_session_id, message_order, speaker, content, "
            "timestamp_ms) VALUES ($1, 1, 'customer', $2, 0)",
            session.id,
            cipher.encrypt(QUOTE, TRANSCRIPT),
        )
        items = [{"category": "service", "description": WISH, "priority": "high"}]
        await connection.execute(
            "INSERT INTO quality_assessments (id, call_session_id, store_id, legitimacy, depth, "
            "usefulness, overall, qualifies, reward_percentage, is_fraudulent, "
            "actionable_items, analysis_metadata, created_at, content_deleted, is_anonymised) "
            "VALUES ($1, $2, $3, 0.9, 0.7, 0.6, 0.75, true, 10.36, false, $4::jsonb, "
            '\'{"analyzer": "offline", "model_version": "offline-2", '
            '"analysis_duration_ms": 3}\'::jsonb, $5, false, false)',
            uuid4(),
            session.id,
            session.store_id,
            json.dumps(items),
            START,
        )
        body = {
            "actionable_recommendations": [
                {
                    "category": "staff",
                    "description": WISH,
                    "priority": "high",
                    "department": "Kassa",
                    "frequency": 1,
                    "last_seen": START.isoformat(),
                    "score": "0.9",
                }
            ],
        }
        await connection.execute(
            "INSERT INTO weekly_reports (id, store_id, iso_year, iso_week, generated_at, status, "
            "total_feedback_count, qualifying_feedback_count, body, quotes) "
            "VALUES ($1, $2, 2026, 10, $3, 'completed', 1, 0, $4::jsonb, $5)",
            uuid4(),
            session.store_id,
            START,
            json.dumps(body),
            cipher.encrypt(json.dumps({"negative_issues": [[QUOTE]]}), "report_quotes"),
        )
    finally:
        await connection.close()
    return session.id


@pytest.fixture
async def first_release() -> AsyncIterator[tuple[str, str]]:
    url, schema = database_url(), schema_name("sealing")
    await first_release_schema(url, schema)
    try:
        yield url, schema
    finally:
        await drop_schema(url, schema)


def migrate(url: str, schema: str, monkeypatch: pytest.MonkeyPatch, key: str | None) -> int:
    if key is None:
        monkeypatch.delenv("KUNDROST_ENCRYPTION_KEY", raising=False)
    else:
        monkeypatch.setenv("KUNDROST_ENCRYPTION_KEY", key)
    parser = argparse.ArgumentParser(prog="kundrost")
    command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["migrate", "--database-url", url, "--schema", schema])
    status: int = args.run(args)
    return status


def test_the_rows_of_the_first_release_are_sealed_with_the_key(
    first_release: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, schema = first_release
    key = generate_key_text()
    cipher = AesGcmCipher(key_from_text(key))
    session_id = asyncio.run(legacy_rows(url, schema, cipher))

    assert migrate(url, schema, monkeypatch, None) == 1
    assert "2 rows of earlier releases" in capsys.readouterr().err
    assert migrate(url, schema, monkeypatch, key) == 0
    assert "sealed 1 assessments' actionable items and signed 1 transcripts" in (
        capsys.readouterr().out
    )
    assert migrate(url, schema, monkeypatch, key) == 0
    assert capsys.readouterr().out.strip() == f"schema {schema} is up to date"

    asyncio.run(check_sealed(url, schema, cipher, session_id))


async def check_sealed(
    url: str, schema: str, cipher: AesGcmCipher, session_id: CallSessionId
) -> None:
    database = PostgresDatabase(url, cipher, schema=schema, max_size=2)
    await database.start()
    try:
        async with database.pool.acquire() as raw:
            stored = await dump(raw)
        assert not in_clear(WISH, stored)
        assert not in_clear("Pelle", stored)
        async with database.unit_of_work() as uow:
            session = await uow.sessions.get(session_id)
            assert session is not None
            assessment = await uow.assessments.for_session(session_id)
            transcript = await uow.transcripts.for_session(session_id)
            signature = await uow.transcripts.signature(session_id)
            [report] = await uow.reports.for_store(session.store_id)
        assert assessment is not None
        assert [item.description for item in assessment.actionable_items] == [WISH]
        assert transcript is not None
        assert signature == unpacked(keyed_signature(cipher, transcript))
        [recommendation] = report.actionable_recommendations
        assert recommendation.description == "Åtgärd inom personal, Kassa"
        assert recommendation.source is None
    finally:
        await database.close()


def test_a_database_with_nothing_to_seal_needs_no_key(
    first_release: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, schema = first_release
    assert migrate(url, schema, monkeypatch, None) == 0
    status = asyncio.run(migration_status(url, schema=schema))
    assert all(applied for _, applied in status)


async def fraud_record_of_the_first_release(url: str, schema: str) -> FraudRecord:
    """A fraud record that named an unknown department as the shopper said it."""
    session = a_session(CallStatus.COMPLETED)
    quoted = "'Fiskdisken vid entrén' is not a department of this store."
    checks = [
        FraudCheck(
            CheckType.CONTEXT,
            Decimal("0.6"),
            "The feedback describes departments or facts that do not match this store.",
            [Violation(Indicator.UNKNOWN_DEPARTMENT, Severity.MEDIUM, quoted)],
        ),
        FraudCheck(CheckType.TIMING, Decimal("0.9"), "The purchase falls within opening hours."),
    ]
    record = FraudRecord(
        id=FraudCheckId(uuid4()),
        call_session_id=session.id,
        store_id=session.store_id,
        verdict=FraudVerdict.combine(checks, Decimal("0.7")),
        created_at=START,
    )
    connection = await asyncpg.connect(url, server_settings={"search_path": schema})
    try:
        await connection.execute(
            "INSERT INTO fraud_records (id, call_session_id, store_id, is_fraudulent, "
            "confidence, verdict, created_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)",
            record.id,
            record.call_session_id,
            record.store_id,
            record.verdict.is_fraudulent,
            record.verdict.confidence,
            json.dumps(CONVERTER.unstructure(record.verdict)),
            record.created_at,
        )
    finally:
        await connection.close()
    return record


def test_a_fraud_record_of_an_earlier_release_loses_the_department_it_quoted(
    first_release: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, schema = first_release
    key = generate_key_text()
    cipher = AesGcmCipher(key_from_text(key))
    record = asyncio.run(fraud_record_of_the_first_release(url, schema))

    assert migrate(url, schema, monkeypatch, key) == 0

    async def stored() -> list[FraudRecord]:
        database = PostgresDatabase(url, cipher, schema=schema, max_size=2)
        await database.start()
        try:
            async with database.pool.acquire() as raw:
                assert not in_clear("Fiskdisken", await dump(raw))
            async with database.unit_of_work() as uow:
                return await uow.fraud_records.for_session(record.call_session_id)
        finally:
            await database.close()

    [after] = asyncio.run(stored())
    context, timing = after.verdict.checks
    [violation] = context.violations
    assert violation.detail == UNKNOWN_DEPARTMENT
    assert evolve(context, violations=()) == evolve(record.verdict.checks[0], violations=())
    assert timing == record.verdict.checks[1]
    assert (after.verdict.is_fraudulent, after.verdict.confidence) == (
        record.verdict.is_fraudulent,
        record.verdict.confidence,
    )
