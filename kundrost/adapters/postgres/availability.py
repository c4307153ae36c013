"""Which asyncpg errors mean "PostgreSQL is away", or "try again", rather than "this
statement is wrong"."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from kundrost.ports.availability import Contended, Unavailable

_AWAY = (
    OSError,  # refused, reset, unreachable, name not resolved
    TimeoutError,  # connecting or waiting for a pooled connection
    asyncpg.PostgresConnectionError,  # class 08: the connection failed or does not exist
    asyncpg.CannotConnectNowError,  # 57P03: starting up or shutting down
    asyncpg.AdminShutdownError,  # 57P01
    asyncpg.CrashShutdownError,  # 57P02
    asyncpg.TooManyConnectionsError,  # 53300: full now, free later
)
_GAVE_UP = (
    asyncpg.DeadlockDetectedError,  # 40P01: this transaction was the one rolled back
    asyncpg.SerializationError,  # 40001
)
"""A transaction the server ended in a lock conflict: the request was fine and the same one
succeeds again. The lock orders in the adapter avoid every deadlock known; this keeps one
met elsewhere a 503 with Retry-After (and a retry of a queued job), not a 500, without
taking the database for away."""
_CLOSED = ("connection is closed", "connection was closed", "pool is closing")
"""asyncpg's `InterfaceError` texts for a connection or pool that went away under us."""


def unavailable(error: BaseException) -> Unavailable | None:
    """The port's `Unavailable` when `error` says the database cannot be reached, its
    `Contended` when the server gave up the transaction in a lock conflict (`_GAVE_UP`), else
    None (a constraint, a syntax error, a cancelled statement are neither)."""
    if isinstance(error, Unavailable):
        return error
    if isinstance(error, _GAVE_UP):
        return Contended("storage", error)
    if isinstance(error, _AWAY) or (
        isinstance(error, asyncpg.InterfaceError) and any(text in str(error) for text in _CLOSED)
    ):
        return Unavailable("storage", error)
    return None


def broken(connection: PoolConnectionProxy, error: BaseException | None) -> bool:
    """Whether `error` left the held `connection` where no statement can run: the server
    closed it, or it lost the server in mid-reply and is stuck in a state no query can start
    from (asyncpg's `InternalClientError`). Such a connection is ended, not lent again, and
    the error is an outage of the database, not a wrong statement."""
    if isinstance(error, asyncpg.InternalClientError):
        return True
    try:
        return connection.is_closed()
    except asyncpg.InterfaceError:  # the pool took back a connection the server ended
        return True


def end(connection: PoolConnectionProxy) -> None:
    """Closes `connection` at once rather than giving it back, unless the pool already took
    it back (it does when the server ends a connection)."""
    with contextlib.suppress(asyncpg.InterfaceError):
        connection.terminate()


@asynccontextmanager
async def pooled(pool: asyncpg.Pool) -> AsyncIterator[PoolConnectionProxy]:
    """A connection of `pool` for statements outside any unit of work, given back after.

    An error that says the database is away raises `Unavailable`, and so does any error that
    left the connection `broken`, as in a unit of work; a broken connection is ended rather
    than lent again, so the next request gets a fresh one instead of the same error. Any
    other error (a wrong statement) stays what it is, its connection kept."""
    lost: Exception | None = None
    try:
        async with pool.acquire() as connection:
            try:
                yield connection
            except Exception as error:
                if unavailable(error) is not None or broken(connection, error):
                    lost = error
                    end(connection)
                raise
    except Exception as error:
        away = unavailable(error)
        if away is None and error is lost:
            away = Unavailable("storage", error)
        if away is not None and away is not error:
            raise away from error
        raise
