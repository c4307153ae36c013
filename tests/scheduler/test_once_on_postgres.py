"""`kundrost scheduler --once` on PostgreSQL storage, composed by the container as in production."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import asyncpg
import pytest
from rich.console import Console

from kundrost.adapters.crypto.aesgcm import generate_key_text
from kundrost.adapters.postgres import migrate
from kundrost.adapters.system import ManualClock
from kundrost.container import build_container, close_resources, open_resources
from kundrost.domain.analysis_job import JobStatus
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import StoreId
from kundrost.domain.week import IsoWeek
from kundrost.entrypoints.scheduler.config import SchedulerConfig
from kundrost.entrypoints.scheduler.run import run_once, scheduler_settings
from kundrost.settings import Settings
from tests.adapters.storage_builders import a_context, a_session, a_store
from tests.services import database_url, schema_name

NOW = datetime(2026, 11, 26, 9, 31, tzinfo=UTC)
"""Thursday 26 November 2026: the last ended week is 2026-W47."""


@pytest.fixture
async def env() -> AsyncIterator[dict[str, str]]:
    """The environment of a deployment on a fresh, migrated schema of the test database."""
    url, schema = database_url(), schema_name("scheduler_once")
    await migrate(url, schema=schema)
    yield {
        "KUNDROST_DATABASE_URL": url,
        "KUNDROST_DATABASE_SCHEMA": schema,
        "KUNDROST_ENCRYPTION_KEY": generate_key_text(),
    }
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    finally:
        await connection.close()


async def with_contexts(settings: Settings, stores: list[StoreId]) -> None:
    container = build_container(settings)
    await open_resources(container)
    try:
        async with container.new_uow()() as uow:
            for store in stores:
                await uow.contexts.put(a_context(store))
            await uow.commit()
    finally:
        await close_resources(container)


async def once(settings: Settings, job: str) -> tuple[int, str]:
    output = io.StringIO()
    console = Console(file=output, width=300, soft_wrap=True)
    status = await run_once(
        settings, SchedulerConfig.defaults(), job, None, console, ManualClock(NOW)
    )
    return status, output.getvalue()


async def test_weekly_reports_once_on_postgres_generates_each_store_and_then_finds_them_done(
    env: dict[str, str],
) -> None:
    settings = scheduler_settings(Settings.from_env(env))
    stores = [a_store() for _ in range(3)]
    await with_contexts(settings, stores)
    week = IsoWeek.parse("2026-W47")

    first = await once(settings, "weekly-reports")
    again = await once(settings, "weekly-reports")

    assert first == (
        0,
        f"weekly-reports: week {week}: 3 stores, 3 generated, 0 already done; "
        f"catch-up of {week.previous()}: no store had feedback that week\n",
    )
    assert f"week {week}: 3 stores, 0 generated, 3 already done" in again[1]


@pytest.mark.parametrize("job", ["retention", "retries", "analysis-sweeper"])
async def test_every_other_job_runs_once_on_postgres(env: dict[str, str], job: str) -> None:
    status, output = await once(scheduler_settings(Settings.from_env(env)), job)

    assert status == 0
    assert output.startswith(f"{job}: ")


async def test_retries_once_on_simulated_calls_finishes_the_conversations_it_started(
    env: dict[str, str],
) -> None:
    settings = scheduler_settings(Settings.from_env(env))
    store = a_store()
    await with_contexts(settings, [store])
    failed = a_session(CallStatus.FAILED, created_at=NOW - timedelta(hours=1), store_id=store)
    container = build_container(settings)
    await open_resources(container)
    try:
        async with container.new_uow()() as uow:
            await uow.sessions.add(failed)
            await uow.commit()

        status, output = await once(settings, "retries")

        async with container.new_uow()() as uow:
            retried = await uow.sessions.get(failed.id)
            job = await uow.analysis_jobs.latest_for_session(failed.id)
    finally:
        await close_resources(container)
    assert status == 0
    assert "1 due: 1 placed, 0 failed" in output
    assert retried is not None
    assert (retried.attempt, retried.status) == (2, CallStatus.COMPLETED)
    assert job is not None
    assert job.status is JobStatus.COMPLETED
