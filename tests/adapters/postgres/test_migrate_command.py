"""`kundrost migrate`: applies, lists, says when it is up to date, refuses without a URL.

The tests are synchronous: the command runs its own event loop, as it does from a shell."""

from __future__ import annotations

import argparse
import asyncio

import asyncpg
import pytest

from kundrost.adapters.postgres.migrations import available
from kundrost.entrypoints.cli import migrate as command
from tests.services import database_url, schema_name


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="kundrost")
    command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["migrate", *argv])
    result: int = args.run(args)
    return result


async def drop(url: str, schema: str) -> None:
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    finally:
        await connection.close()


def test_without_a_database_url_it_explains_and_exits_with_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KUNDROST_DATABASE_URL", raising=False)
    assert run() == 2
    assert "KUNDROST_DATABASE_URL" in capsys.readouterr().err


def test_it_applies_each_migration_once_and_then_reports_up_to_date(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url, schema = database_url(), schema_name("cli")
    monkeypatch.setenv("KUNDROST_DATABASE_URL", url)
    monkeypatch.setenv("KUNDROST_DATABASE_SCHEMA", schema)
    names = [name for name, _ in available()]
    try:
        assert run("--list") == 0
        assert capsys.readouterr().out.split() == [w for n in names for w in ("pending", n)]
        assert run() == 0
        assert capsys.readouterr().out.splitlines() == [
            f"applied {name} to schema {schema}" for name in names
        ]
        assert run() == 0
        assert capsys.readouterr().out.strip() == f"schema {schema} is up to date"
    finally:
        asyncio.run(drop(url, schema))


def test_an_unreachable_database_exits_with_1_without_printing_the_url(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql://kundrost:hemligt@127.0.0.1:1/kundrost"
    assert run("--database-url", url, "--schema", "kundrost") == 1
    assert "hemligt" not in capsys.readouterr().err
