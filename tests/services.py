"""Real services for the tests that need them: PostgreSQL and Redis.

A test that needs a service asks for its URL here. When `KUNDROST_TEST_DATABASE_URL` or
`KUNDROST_TEST_REDIS_URL` is unset, or the service does not answer, the test skips with a
line that says how to enable it; with `KUNDROST_REQUIRE_SERVICES=1` (set by `.ci/run`) it
fails instead, so CI never passes by skipping. Every run gets names of its own (a schema,
a key prefix) so parallel runs and reruns do not collide.
"""

from __future__ import annotations

import os
import secrets
import socket
from urllib.parse import urlsplit

import pytest

RUN_ID = f"{os.getpid()}_{secrets.token_hex(3)}"
"""Distinguishes this test run's schemas and keys from every other run's."""


def required() -> bool:
    return os.environ.get("KUNDROST_REQUIRE_SERVICES", "").strip() in {"1", "true", "yes"}


def _unavailable(message: str) -> None:
    if required():
        pytest.fail(f"{message} (KUNDROST_REQUIRE_SERVICES=1)", pytrace=False)
    pytest.skip(message)


def _reachable(url: str, default_port: int) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection(
            (parts.hostname or "127.0.0.1", parts.port or default_port), 2
        ):
            return True
    except OSError:
        return False


def database_url() -> str:
    """The PostgreSQL URL to test against, or a skip (a failure when services are required)."""
    url = os.environ.get("KUNDROST_TEST_DATABASE_URL", "").strip()
    if not url:
        _unavailable(
            "PostgreSQL tests: set KUNDROST_TEST_DATABASE_URL "
            "(e.g. postgresql://postgres@127.0.0.1:5432/test) to run them"
        )
    elif not _reachable(url, 5432):
        _unavailable(f"PostgreSQL at KUNDROST_TEST_DATABASE_URL does not answer: {_safe(url)}")
    return url


def redis_url() -> str:
    """The Redis URL to test against, or a skip (a failure when services are required)."""
    url = os.environ.get("KUNDROST_TEST_REDIS_URL", "").strip()
    if not url:
        _unavailable(
            "Redis tests: set KUNDROST_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0) to run them"
        )
    elif not _reachable(url, 6379):
        _unavailable(f"Redis at KUNDROST_TEST_REDIS_URL does not answer: {_safe(url)}")
    return url


def schema_name(purpose: str) -> str:
    """A PostgreSQL schema name of this run's own."""
    return f"test_{purpose}_{RUN_ID}_{secrets.token_hex(2)}".lower()


def key_prefix(purpose: str) -> str:
    """A Redis key prefix of this run's own."""
    return f"kundrost-test:{RUN_ID}:{purpose}:{secrets.token_hex(2)}:"


def _safe(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}:{parts.port or ''}{parts.path}"


async def delete_keys(url: str, prefix: str) -> None:
    """Removes every Redis key under `prefix`: a test's own keys, once it is done."""
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    try:
        keys = [key async for key in client.scan_iter(match=f"{prefix}*", count=1000)]
        if keys:
            await client.delete(*keys)
    finally:
        await client.aclose()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now, for a server a test starts."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def remove_schema_and_keys(database: str, schema: str, redis: str, prefix: str) -> None:
    """Drops a test's PostgreSQL schema and deletes its Redis keys."""
    import asyncpg

    connection = await asyncpg.connect(database)
    try:
        await connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await connection.close()
    await delete_keys(redis, prefix)
