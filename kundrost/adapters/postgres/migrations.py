"""Migrations: the numbered SQL files shipped in `migrations/`, applied in order, once."""

from __future__ import annotations

import re
from importlib import resources

import asyncpg

_NAME = re.compile(r"\d{4}_[a-z0-9_]+\.sql")
_SCHEMA = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_LOCK_KEY = 0x6B756E64  # "kund": one key for every kundrost schema in a database


def available() -> list[tuple[str, str]]:
    """Every shipped migration as (name, SQL), in the order its number gives."""
    folder = resources.files("kundrost.adapters.postgres").joinpath("migrations")
    found = [
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if _NAME.fullmatch(entry.name)
    ]
    return sorted(found)


def checked_schema(schema: str) -> str:
    """A schema name safe to write into SQL: lower case, letters, digits and underscores."""
    if not _SCHEMA.fullmatch(schema):
        raise ValueError(f"schema must be a lower-case SQL name, got {schema!r}")
    return schema


async def applied(connection: asyncpg.Connection, schema: str) -> list[str]:
    """Names of the migrations recorded in `schema`, oldest first (none when it is new)."""
    exists = await connection.fetchval(
        "SELECT to_regclass($1) IS NOT NULL", f"{checked_schema(schema)}.schema_migrations"
    )
    if not exists:
        return []
    rows = await connection.fetch(f"SELECT name FROM {schema}.schema_migrations ORDER BY name")
    return [row["name"] for row in rows]


async def migrate(dsn: str, *, schema: str = "kundrost") -> list[str]:
    """Applies the pending migrations to `schema` and returns their names.

    The schema and the `schema_migrations` table are made when missing. A session-level
    advisory lock makes a second process that migrates at the same time wait and then find
    nothing left to do. Each migration runs in its own transaction together with its record,
    so a failing file leaves the schema as the previous one left it. Applying twice is a
    no-op.
    """
    schema = checked_schema(schema)
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute("SELECT pg_advisory_lock($1)", _LOCK_KEY)
        try:
            return await _apply_pending(connection, schema)
        finally:
            await connection.execute("SELECT pg_advisory_unlock($1)", _LOCK_KEY)
    finally:
        await connection.close()


async def _apply_pending(connection: asyncpg.Connection, schema: str) -> list[str]:
    await connection.execute(
        f"CREATE SCHEMA IF NOT EXISTS {schema};"
        f"CREATE TABLE IF NOT EXISTS {schema}.schema_migrations ("
        " name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
    )
    await connection.execute(f"SET search_path TO {schema}")
    done = set(await applied(connection, schema))
    names: list[str] = []
    for name, sql in available():
        if name in done:
            continue
        async with connection.transaction():
            await connection.execute(sql)
            await connection.execute("INSERT INTO schema_migrations (name) VALUES ($1)", name)
        names.append(name)
    return names


async def migration_status(dsn: str, *, schema: str = "kundrost") -> list[tuple[str, bool]]:
    """Every shipped migration with whether `schema` has it applied; changes nothing."""
    connection = await asyncpg.connect(dsn)
    try:
        done = set(await applied(connection, checked_schema(schema)))
    finally:
        await connection.close()
    return [(name, name in done) for name, _ in available()]
