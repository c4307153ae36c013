"""PostgresDatabase: the asyncpg pool kundrost's tables are reached through."""

from __future__ import annotations

import json
from functools import cached_property

import asyncpg
import msgspec

from kundrost.adapters.postgres.migrations import checked_schema
from kundrost.adapters.postgres.new_sessions import PostgresNewSessions
from kundrost.adapters.postgres.placed_calls import PostgresPlacedCalls
from kundrost.adapters.postgres.status_reads import PostgresStatusReads
from kundrost.adapters.postgres.unit_of_work import PostgresUnitOfWork
from kundrost.ports.cipher import Cipher

_PING_SECONDS = 5.0
CONNECT_TIMEOUT_SECONDS = 5.0
"""A database that does not answer a new connection in this time counts as away."""


def _json_text(value: object) -> str:
    """JSON text of a plain value (what `json.dumps` writes, as jsonb reads it), by msgspec:
    a weekly report's body is written several times faster."""
    return _ENCODER.encode(value).decode()


_ENCODER = msgspec.json.Encoder()


async def _prepare(connection: asyncpg.Connection) -> None:
    """JSONB comes and goes as Python values, decoded once by the driver."""
    await connection.set_type_codec(
        "jsonb", encoder=_json_text, decoder=json.loads, schema="pg_catalog"
    )


async def _lend_again(_connection: asyncpg.Connection) -> None:
    """Nothing to undo when a connection comes back to the pool, beyond what asyncpg always
    does (roll back a transaction left open): kundrost sets no session state, and the one
    session lock it takes (the scheduler's `running`) is released, or its connection ended,
    before the connection returns. asyncpg's default reset (advisory unlock, CLOSE ALL,
    UNLISTEN, RESET ALL) is one more round trip on every release, as many as a status
    request's own query."""


class PostgresDatabase:
    """One pool per process, every connection with `search_path` set to kundrost's schema.

    Constructing it connects to nothing: `start` opens the pool and checks that the
    database answers (the container does it when the postgres storage is chosen), `close`
    ends it. Each `unit_of_work()` is a new transaction on a connection of the pool.

    The pool keeps no floor of open connections (`min_size` 0): it connects on demand, so
    while the database is away no background task of asyncpg retries (and logs a
    traceback for) every connection it lost; the first request after the outage connects.
    """

    def __init__(
        self,
        dsn: str,
        cipher: Cipher,
        *,
        schema: str = "kundrost",
        min_size: int = 0,
        max_size: int = 10,
    ) -> None:
        self._dsn = dsn
        self._cipher = cipher
        self._schema = checked_schema(schema)
        self._min_size = min_size
        self._max_size = max_size
        self._pool: asyncpg.Pool | None = None

    @property
    def schema(self) -> str:
        return self._schema

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise RuntimeError("the database is not started: call `await database.start()`")
        return self._pool

    async def start(self) -> None:
        """Opens the pool; starting a started database does nothing."""
        if self._pool is not None:
            return
        self._pool = await asyncpg.create_pool(
            self._dsn,
            min_size=min(self._min_size, self._max_size),
            max_size=self._max_size,
            init=_prepare,
            reset=_lend_again,
            server_settings={"search_path": self._schema, "application_name": "kundrost"},
            timeout=CONNECT_TIMEOUT_SECONDS,
        )
        try:
            await self.ping()
        except BaseException:
            pool, self._pool = self._pool, None
            pool.terminate()
            raise

    async def close(self) -> None:
        """Closes the pool once every connection is back; closing twice does nothing."""
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()

    async def ping(self) -> None:
        """Raises when the database cannot be reached (or the pool is not started)."""
        async with self.pool.acquire(timeout=_PING_SECONDS) as connection:
            await connection.fetchval("SELECT 1", timeout=_PING_SECONDS)

    def unit_of_work(self) -> PostgresUnitOfWork:
        return PostgresUnitOfWork(self.pool, self._cipher)

    @cached_property
    def status_reads(self) -> PostgresStatusReads:
        """The process's status reads: one, so that reads asked together share a query."""
        return PostgresStatusReads(lambda: self.pool, self._cipher)

    @cached_property
    def new_sessions(self) -> PostgresNewSessions:
        """The process's new sessions: one, so that sessions added together share an INSERT."""
        return PostgresNewSessions(lambda: self.pool, self._cipher)

    @cached_property
    def placed_calls(self) -> PostgresPlacedCalls:
        """The process's placed calls: one, so that ids kept together share a statement."""
        return PostgresPlacedCalls(lambda: self.pool)
