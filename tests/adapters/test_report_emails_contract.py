"""ReportEmails under contract: a report's e-mail is held by one sender at a time, and never
begun again once sent. Runs on memory and on PostgreSQL (three pools: three machines)."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from itertools import count
from uuid import uuid4

import pytest

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.memory.report_emails import MemoryReportEmails
from kundrost.adapters.postgres import PostgresDatabase
from kundrost.adapters.postgres.report_emails import PostgresReportEmails
from kundrost.domain.ids import ReportId, StoreId
from kundrost.domain.report_email import EmailStatus
from kundrost.ports.report_mail import ReportEmails
from tests.adapters.postgres_fixtures import migrated_schema

MONDAY = datetime(2026, 11, 30, 2, 5, tzinfo=UTC)
LEASE = timedelta(minutes=15)
STORE = StoreId(uuid4())

Machines = Callable[[], ReportEmails]


@pytest.fixture(params=["memory", "postgres"])
async def machines(request: pytest.FixtureRequest) -> AsyncIterator[Machines]:
    if request.param == "memory":
        shared = MemoryReportEmails()
        yield lambda: shared
        return
    async with migrated_schema("emails") as (url, schema):
        databases = [
            PostgresDatabase(url, AesGcmCipher(secrets.token_bytes(32)), schema=schema, max_size=4)
            for _ in range(2)
        ]
        for database in databases:
            await database.start()
        try:
            turn = count()
            yield lambda: PostgresReportEmails(databases[next(turn) % 2])
        finally:
            for database in databases:
                await database.close()


def a_report() -> ReportId:
    return ReportId(uuid4())


async def test_the_first_claim_is_attempt_one_and_a_second_is_refused(machines: Machines) -> None:
    report = a_report()

    assert await machines().claim(report, STORE, MONDAY, LEASE) == 1
    assert await machines().claim(report, STORE, MONDAY + timedelta(minutes=1), LEASE) is None


async def test_of_many_concurrent_claims_exactly_one_wins(machines: Machines) -> None:
    report = a_report()

    won = await asyncio.gather(*(machines().claim(report, STORE, MONDAY, LEASE) for _ in range(12)))

    assert sorted(won, key=lambda a: a or 0) == [None] * 11 + [1]


async def test_a_sent_report_is_never_claimed_again(machines: Machines) -> None:
    report = a_report()
    attempt = await machines().claim(report, STORE, MONDAY, LEASE)
    assert attempt == 1
    await machines().sent(report, attempt, MONDAY + timedelta(seconds=2))

    assert await machines().claim(report, STORE, MONDAY + timedelta(days=8), LEASE) is None
    record = await machines().get(report)
    assert record is not None
    assert (record.status, record.attempts, record.sent_at) == (
        EmailStatus.SENT,
        1,
        MONDAY + timedelta(seconds=2),
    )


async def test_a_failed_attempt_may_be_claimed_again_as_the_next(machines: Machines) -> None:
    report = a_report()
    await machines().claim(report, STORE, MONDAY, LEASE)
    await machines().failed(report, 1, MONDAY, "SMTPConnectError")

    record = await machines().get(report)
    assert record is not None
    assert (record.status, record.last_error) == (EmailStatus.FAILED, "SMTPConnectError")
    assert await machines().claim(report, STORE, MONDAY + timedelta(minutes=5), LEASE) == 2


async def test_a_send_begun_longer_ago_than_the_lease_is_taken_for_lost(
    machines: Machines,
) -> None:
    report = a_report()
    await machines().claim(report, STORE, MONDAY, LEASE)

    assert await machines().claim(report, STORE, MONDAY + LEASE, LEASE) is None
    assert await machines().claim(report, STORE, MONDAY + LEASE + timedelta(seconds=1), LEASE) == 2


async def test_the_holder_taken_for_lost_cannot_undo_its_successor(machines: Machines) -> None:
    report = a_report()
    await machines().claim(report, STORE, MONDAY, LEASE)
    later = MONDAY + LEASE * 2
    assert await machines().claim(report, STORE, later, LEASE) == 2

    await machines().failed(report, 1, later, "TimeoutError")
    await machines().sent(report, 1, later)

    record = await machines().get(report)
    assert record is not None
    assert (record.status, record.attempts, record.last_error) == (EmailStatus.SENDING, 2, None)


async def test_an_unknown_report_has_no_record(machines: Machines) -> None:
    assert await machines().get(a_report()) is None
