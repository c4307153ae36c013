"""Which asyncpg errors mean "PostgreSQL is away" rather than "this statement is wrong"."""

from __future__ import annotations

import asyncpg

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
