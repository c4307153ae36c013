"""Statements outside a unit of work: a broken connection is an outage, ended, not lent again;
a wrong statement is not an outage."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, cast

import asyncpg
import pytest

from kundrost.adapters.postgres.availability import pooled
from kundrost.ports.availability import Unavailable


class Connection:
    def __init__(self) -> None:
        self.terminated = False

    def terminate(self) -> None:
        self.terminated = True

    def is_closed(self) -> bool:
        return self.terminated


class Pool:
    def __init__(self) -> None:
        self.connection = Connection()

    @asynccontextmanager
    async def acquire(self) -> AsyncIterator[Connection]:
        yield self.connection


def a_pool() -> tuple[Pool, Any]:
    pool = Pool()
    return pool, cast(Any, pool)


async def test_a_connection_left_mid_reply_is_an_outage_and_is_not_lent_again() -> None:
    pool, as_asyncpg = a_pool()
    left = asyncpg.InternalClientError(
        "cannot switch to state 12; another operation (2) is in progress"
    )
    with pytest.raises(Unavailable) as raised:
        async with pooled(as_asyncpg):
            raise left
    assert raised.value.service == "storage"
    assert raised.value.__cause__ is left
    assert pool.connection.terminated


async def test_a_server_shutting_down_is_an_outage_and_its_connection_is_ended() -> None:
    pool, as_asyncpg = a_pool()
    with pytest.raises(Unavailable):
        async with pooled(as_asyncpg):
            raise asyncpg.AdminShutdownError("terminating connection due to administrator command")
    assert pool.connection.terminated


async def test_a_wrong_statement_is_not_an_outage_and_keeps_its_connection() -> None:
    pool, as_asyncpg = a_pool()
    with pytest.raises(asyncpg.UndefinedTableError):
        async with pooled(as_asyncpg):
            raise asyncpg.UndefinedTableError('relation "nothing" does not exist')
    assert not pool.connection.terminated
