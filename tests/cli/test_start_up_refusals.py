"""A command that cannot start says so in one line on stderr, naming every variable or option
to fix and how, before any banner; `kundrost --version` says what is installed.

The refusals run the real commands in-process (`serve.main`, `worker.main`, the scheduler's
`main`) against addresses nobody listens on, and against a real PostgreSQL schema that has
not been migrated when `KUNDROST_TEST_DATABASE_URL` is set.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from rich.console import Console

from kundrost.adapters.crypto import generate_key_text
from kundrost.entrypoints.cli import serve, worker
from kundrost.entrypoints.scheduler.run import Options
from kundrost.entrypoints.scheduler.run import main as scheduler_main
from kundrost.version import installed_version
from tests import services

KEY = generate_key_text()


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Only the variables a test sets; the root logger put back as it was."""
    for name in [name for name in os.environ if name.startswith("KUNDROST_")]:
        if not name.startswith("KUNDROST_TEST_"):
            monkeypatch.delenv(name)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def one_line(text: str) -> str:
    assert text.count("\n") == 1, text
    return text


def test_every_invalid_variable_and_option_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KUNDROST_RATE_LIMIT", "fast")
    monkeypatch.setenv("KUNDROST_LOG_LEVEL", "LOUD")
    monkeypatch.setenv("KUNDROST_STORAGE", "sqlite")

    assert serve.main(["--port", "83737"]) == 2

    out, err = capsys.readouterr()
    line = one_line(err)
    for named in ("KUNDROST_RATE_LIMIT", "KUNDROST_LOG_LEVEL", "KUNDROST_STORAGE", "--port"):
        assert named in line
    assert "from 1 to 65535, got '83737'" in line
    assert out == ""


def test_postgresql_storage_without_an_encryption_key_is_refused_with_the_way_to_make_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KUNDROST_DATABASE_URL", "postgresql://kundrost@127.0.0.1:5432/kundrost")

    assert serve.main([]) == 2

    line = one_line(capsys.readouterr().err)
    assert "KUNDROST_ENCRYPTION_KEY is required with PostgreSQL storage" in line
    assert "generate_key_text" in line


def test_services_that_do_not_answer_are_named_before_the_banner(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database, redis = services.free_port(), services.free_port()
    monkeypatch.setenv("KUNDROST_DATABASE_URL", f"postgresql://k:hemligt@127.0.0.1:{database}/k")
    monkeypatch.setenv("KUNDROST_REDIS_URL", f"redis://:hemligt@127.0.0.1:{redis}/0")
    monkeypatch.setenv("KUNDROST_ENCRYPTION_KEY", KEY)

    assert serve.main([]) == 1

    out, err = capsys.readouterr()
    line = one_line(err)
    assert (
        f"KUNDROST_DATABASE_URL: cannot reach PostgreSQL at postgresql://127.0.0.1:{database}/k"
        in line
    )
    assert f"KUNDROST_REDIS_URL: cannot reach Redis at redis://127.0.0.1:{redis}/0" in line
    assert "hemligt" not in line
    assert "API on" not in out


def test_the_worker_refuses_an_invalid_log_level_instead_of_crashing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    env = {"KUNDROST_REDIS_URL": "redis://127.0.0.1:6379/0", "KUNDROST_LOG_LEVEL": "chatty"}

    assert worker.main(env) == 2

    assert "KUNDROST_LOG_LEVEL must be one of DEBUG, INFO" in one_line(capsys.readouterr().err)


def test_the_scheduler_reports_its_own_and_the_settings_problems_together() -> None:
    output = io.StringIO()
    env = {"KUNDROST_SCHEDULE_RETENTION": "hourly", "KUNDROST_RATE_LIMIT": "fast"}

    status = scheduler_main(Options(once="retention"), env, Console(file=output, width=300))

    assert status == 2
    line = one_line(output.getvalue())
    assert "KUNDROST_SCHEDULE_RETENTION" in line
    assert "KUNDROST_RATE_LIMIT" in line


@pytest.fixture
def unmigrated() -> Iterator[tuple[str, str]]:
    url, schema = services.database_url(), services.schema_name("unmigrated")
    yield url, schema

    async def drop() -> None:
        import asyncpg

        connection = await asyncpg.connect(url)
        try:
            await connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await connection.close()

    asyncio.run(drop())


def test_an_unmigrated_schema_points_at_kundrost_migrate(
    unmigrated: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, schema = unmigrated
    monkeypatch.setenv("KUNDROST_DATABASE_URL", url)
    monkeypatch.setenv("KUNDROST_DATABASE_SCHEMA", schema)
    monkeypatch.setenv("KUNDROST_ENCRYPTION_KEY", KEY)

    assert serve.main([]) == 1

    line = one_line(capsys.readouterr().err)
    assert f"KUNDROST_DATABASE_SCHEMA '{schema}' lacks" in line
    assert "run `kundrost migrate` first (or set KUNDROST_AUTO_MIGRATE=1)" in line


def test_the_version_is_the_installed_one() -> None:
    shown = subprocess.run(
        [sys.executable, "-m", "kundrost", "--version"], capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == f"kundrost {installed_version()}"
