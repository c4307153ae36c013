"""The Monday e-mail end to end: the weekly job of the composed service (memory or PostgreSQL
storage, the in-process queue) sends each store's report through a real local SMTP server,
once, and a failed send is retried by the queue and logged without an address."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest

from kundrost.adapters.system import ManualClock
from kundrost.container import Container, build_container, close_resources, connect, open_resources
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.ids import StoreId
from kundrost.domain.report_email import EmailStatus, ReportEmailRecord
from kundrost.domain.week import IsoWeek
from kundrost.settings import Settings
from tests import services
from tests.mail_server import MailServer, mail_server

STOCKHOLM = ZoneInfo("Europe/Stockholm")
TICK = datetime(2026, 11, 30, 3, 0, tzinfo=STOCKHOLM)
"""Monday 03:00 after week 48 of 2026, when the scheduler's weekly job runs."""
WEEK = IsoWeek(2026, 48)
PUBLIC = "https://kundrost.example.se"
ARSTA, SOLNA, QUIET = StoreId(uuid4()), StoreId(uuid4()), StoreId(uuid4())
RECIPIENTS = {ARSTA: ["ägare@example.se", "chef@arsta.example.se"], SOLNA: ["solna@example.se"]}


@pytest.fixture
def server() -> Iterator[MailServer]:
    with mail_server() as started:
        yield started


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(TICK)


@pytest.fixture(params=["memory", "postgres"])
async def service(
    request: pytest.FixtureRequest, server: MailServer, clock: ManualClock
) -> AsyncIterator[Container]:
    mail = {"smtp_url": server.url, "smtp_from": "rapporter@example.se", "public_url": PUBLIC}
    if request.param == "memory":
        settings = Settings.embedded(seed=7, **mail)
    else:
        settings = Settings.embedded(
            seed=7,
            storage="postgres",
            database_url=services.database_url(),
            database_schema=services.schema_name("email"),
            **mail,
        )
    container = build_container(settings, clock)
    connect(container)
    await open_resources(container, migrate=True)
    try:
        for store, name in ((ARSTA, "ICA Nära Årsta"), (SOLNA, "Coop Solna"), (QUIET, None)):
            recipients = tuple(RECIPIENTS.get(store, ()))
            await container.put_context()(
                BusinessContext(store, store_name=name, report_recipients=recipients)
            )
        yield container
    finally:
        await close_resources(container)
        if request.param == "postgres":
            await _drop(settings)


async def _drop(settings: Settings) -> None:
    import asyncpg

    connection = await asyncpg.connect(settings.database_url)
    try:
        await connection.execute(f"DROP SCHEMA IF EXISTS {settings.database_schema} CASCADE")
    finally:
        await connection.close()


async def monday_run(container: Container) -> int:
    summaries = await container.run_weekly_reports().scheduled(container.clock().now())
    await container.job_queue().drain()
    return summaries[0].emails_queued


async def record_of(container: Container, store: StoreId) -> ReportEmailRecord | None:
    async with container.new_uow()() as uow:
        report = await uow.reports.for_week(store, WEEK)
    assert report is not None
    return await container.report_emails().get(report.id)


async def test_each_store_with_recipients_gets_its_report_once(
    service: Container, server: MailServer
) -> None:
    assert await monday_run(service) == 3
    assert await monday_run(service) == 3

    by_recipients = {tuple(mail.recipients): mail for mail in server.arrived}
    assert sorted(by_recipients) == sorted(tuple(r) for r in RECIPIENTS.values())
    arsta = by_recipients[tuple(RECIPIENTS[ARSTA])]
    assert arsta.message["Subject"] == "Veckorapport vecka 48 2026 – ICA Nära Årsta"
    record = await record_of(service, ARSTA)
    assert record is not None
    assert f"{PUBLIC}/api/ai/business/reports/{record.report_id}" in arsta.part("plain")
    assert (record.status, record.attempts) == (EmailStatus.SENT, 1)
    assert await record_of(service, QUIET) is None


async def test_a_failed_send_is_retried_by_the_queue_and_logged_without_addresses(
    service: Container, server: MailServer, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="kundrost")
    server.refuse_next(1)

    await monday_run(service)

    assert len(server.arrived) == 1
    records = {store: await record_of(service, store) for store in (ARSTA, SOLNA)}
    failed = [store for store, record in records.items() if record.status is EmailStatus.FAILED]  # type: ignore[union-attr]
    assert len(failed) == 1
    assert f"store {failed[0]}, 2026-W48: attempt 1 failed (MailUnavailable)" in caplog.text

    clock.advance(timedelta(minutes=4))
    await service.job_queue().drain()
    assert len(server.arrived) == 1
    clock.advance(timedelta(minutes=1))
    await service.job_queue().drain()

    assert sorted(mail.recipients for mail in server.arrived) == sorted(RECIPIENTS.values())
    retried = await record_of(service, failed[0])
    assert retried is not None
    assert (retried.status, retried.attempts) == (EmailStatus.SENT, 2)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("kundrost")]
    assert ours
    assert all("@" not in message for message in ours)
    await monday_run(service)
    assert len(server.arrived) == 2


async def test_after_the_last_attempt_it_waits_for_the_next_weekly_run(
    service: Container, server: MailServer, clock: ManualClock, caplog: pytest.LogCaptureFixture
) -> None:
    policy = service.send_report_email().policy
    server.refuse_next(2 * policy.max_attempts)

    await monday_run(service)
    for delay in policy.backoff:
        clock.advance(delay)
        await service.job_queue().drain()

    assert server.arrived == []
    record = await record_of(service, ARSTA)
    assert record is not None
    assert (record.status, record.attempts) == (EmailStatus.FAILED, policy.max_attempts)
    assert "given up until the weekly job runs again" in caplog.text

    await monday_run(service)

    assert len(server.arrived) == 2
