"""Which asyncpg errors mean "PostgreSQL is away" rather than "this statement is wrong"."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from kundrost.ports.availability import Unavailable

_AWAY = (
    OSError,  # refused, reset, unreachable, name not resolved
    TimeoutError,  # connecting or waiting for a pooled connection
    asyncpg.PostgresConnectionError,  # class 08: the connection failed or does not exist
    asyncpg.CannotConnectNowError,  # 57P03: starting up or shutting down
    asyncpg.AdminShutdownError,  # 57P01
    asyncpg.CrashShutdownError,  # 57P02
    asyncpg.TooManyConnectionsError,  # 53300: full now, free later
)
_CLOSED = ("connection is closed", "connection was closed", "pool is closing")
"""asyncpg's `InterfaceError` texts for a connection or pool that went away under us."""


def unavailable(error: BaseException) -> Unavailable | None:
    """The port's `Unavailable` when `error` says the database cannot be reached, else None
    (a constraint, a syntax error, a cancelled statement are not outages)."""
    if isinstance(error, Unavailable):
        return error
    if isinstance(error, _AWAY) or (
        isinstance(error, asyncpg.InterfaceError) and any(text in str(error) for text in _CLOSED)
    ):
        return Unavailable("storage", error)
    return None


@asynccontextmanager
async def pooled(pool: asyncpg.Pool) -> AsyncIterator[PoolConnectionProxy]:
    """A connection of `pool` for statements outside any unit of work, given back after.

    An error that says the database is away raises `Unavailable`, and so does any error of a
    connection that broke (the server closed it, or it lost the server in mid-reply and was
    left where no statement can start: asyncpg's `InternalClientError`), as a unit of work's
    does. A broken connection is ended rather than lent again, so the next request gets a
    fresh one instead of the same error."""
    connection: PoolConnectionProxy | None = None
    try:
        async with pool.acquire() as connection:
            try:
                yield connection
            except Exception as error:
                if unavailable(error) is not None or _broken(connection, error):
                    connection.terminate()
                raise
    except Exception as error:
        away = unavailable(error)
        if away is None and connection is not None and _broken(connection, error):
            away = Unavailable("storage", error)
        if away is not None:
            raise away from error
        raise


def _broken(connection: PoolConnectionProxy, error: Exception) -> bool:
    return isinstance(error, asyncpg.InternalClientError) or connection.is_closed()
