"""PostgreSQL away is the port's `Unavailable("storage")`, whichever asyncpg error says so;
a statement that is wrong stays the error it is."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import pytest
from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.postgres import PostgresDatabase
from kundrost.adapters.postgres.availability import pooled, unavailable
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.ports.availability import Contended, Unavailable
from tests.adapters.postgres.test_reliability import BROKEN_CONNECTION
from tests.adapters.storage_builders import a_session
from tests.adapters.storage_steps import stored
from tests.services import free_port


async def test_a_session_whose_connection_the_server_ended_raises_unavailable_rolled_back(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    session = a_session(CallStatus.PENDING)

    async def read_on_an_ended_connection() -> None:
        async with database.unit_of_work() as uow:
            await uow.sessions.add(session)
            connection = await uow.connection()
            await raw.execute("SELECT pg_terminate_backend($1)", connection.get_server_pid())
            await uow.sessions.get(session.id)

    with pytest.raises(Unavailable) as raised:
        await read_on_an_ended_connection()
    assert raised.value.service == "storage"
    assert isinstance(raised.value.__cause__, BROKEN_CONNECTION)
    assert await raw.fetchval("SELECT count(*) FROM call_sessions") == 0
    async with database.unit_of_work() as after:
        await after.sessions.add(session)
        await after.commit()
    assert await raw.fetchval("SELECT count(*) FROM call_sessions") == 1


STUCK = "cannot switch to state 12; another operation (2) is in progress"
"""What asyncpg raises on a connection a shutting-down server left in mid-reply."""


async def test_a_unit_of_work_whose_connection_was_left_mid_reply_is_an_outage_ended(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    stuck, backends = asyncpg.InternalClientError(STUCK), []

    async def write_then_get_stuck() -> None:
        async with database.unit_of_work() as uow:
            await uow.sessions.add(a_session(CallStatus.PENDING))
            backends.append((await uow.connection()).get_server_pid())
            raise stuck

    with pytest.raises(Unavailable) as raised:
        await write_then_get_stuck()
    assert raised.value.__cause__ is stuck
    assert await ended(raw, backends[0])
    assert await raw.fetchval("SELECT count(*) FROM call_sessions") == 0


async def test_a_statement_outside_a_unit_of_work_left_mid_reply_is_an_outage_ended(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    stuck, backends = asyncpg.InternalClientError(STUCK), []

    async def get_stuck() -> None:
        async with pooled(database.pool) as connection:
            backends.append(connection.get_server_pid())
            raise stuck

    with pytest.raises(Unavailable) as raised:
        await get_stuck()
    assert (raised.value.service, raised.value.__cause__) == ("storage", stuck)
    assert await ended(raw, backends[0])


async def test_a_statement_outside_a_unit_of_work_whose_connection_the_server_ended_is_an_outage(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    async def read_on_an_ended_connection() -> None:
        async with pooled(database.pool) as connection:
            await raw.execute("SELECT pg_terminate_backend($1)", connection.get_server_pid())
            await connection.fetchval("SELECT 1")

    with pytest.raises(Unavailable) as raised:
        await read_on_an_ended_connection()
    assert isinstance(raised.value.__cause__, BROKEN_CONNECTION)
    async with pooled(database.pool) as connection:  # the pool lends a fresh one
        assert await connection.fetchval("SELECT 1") == 1


async def test_a_wrong_statement_outside_a_unit_of_work_stays_itself_its_connection_kept(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    backends = []

    async def read_no_table() -> None:
        async with pooled(database.pool) as connection:
            backends.append(connection.get_server_pid())
            await connection.execute("SELECT * FROM no_such_table")

    with pytest.raises(asyncpg.UndefinedTableError):
        await read_no_table()
    assert not await ended(raw, backends[0])


async def ended(raw: PoolConnectionProxy, backend: int) -> bool:
    """Whether PostgreSQL's backend `backend` is gone within two seconds."""
    for _ in range(40):
        if not await raw.fetchval("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", backend):
            return True
        await asyncio.sleep(0.05)
    return False


@pytest.fixture
async def gone(cipher: AesGcmCipher) -> AsyncIterator[PostgresDatabase]:
    """A database whose pool connects to a port where nothing listens."""
    pool = await asyncpg.create_pool(
        f"postgresql://postgres@127.0.0.1:{free_port()}/test", min_size=0, max_size=1
    )
    database = PostgresDatabase("unused", cipher)
    database._pool = pool
    try:
        yield database
    finally:
        await pool.close()


async def test_a_database_that_does_not_answer_raises_unavailable_on_entry(
    gone: PostgresDatabase,
) -> None:
    with pytest.raises(Unavailable) as raised:
        await gone.unit_of_work().__aenter__()
    assert raised.value.reason == "ConnectionRefusedError"
    assert "127.0.0.1" not in str(raised.value)


async def test_a_status_read_of_a_database_that_does_not_answer_raises_unavailable(
    gone: PostgresDatabase,
) -> None:
    with pytest.raises(Unavailable) as raised:
        await gone.status_reads.with_quality(a_session().id)
    with pytest.raises(Unavailable):  # and the next read asks again
        await gone.status_reads.outline_with_quality(a_session().id)
    assert (raised.value.service, raised.value.reason) == ("storage", "ConnectionRefusedError")


async def test_writes_outside_a_unit_of_work_to_a_database_that_does_not_answer_raise_unavailable(
    gone: PostgresDatabase,
) -> None:
    session = a_session()
    with pytest.raises(Unavailable) as refused:
        await gone.new_sessions.add(session)
    with pytest.raises(Unavailable) as unkept:
        await gone.placed_calls.keep(session.id, session.attempt, "call-1")
    for raised in (refused, unkept):
        assert (raised.value.service, raised.value.reason) == ("storage", "ConnectionRefusedError")


async def test_a_wrong_statement_is_not_an_outage(database: PostgresDatabase) -> None:
    with pytest.raises(asyncpg.UndefinedTableError):
        async with database.unit_of_work() as uow:
            await (await uow.connection()).execute("SELECT * FROM no_such_table")


async def test_the_unit_of_work_a_deadlock_rolled_back_raises_contended(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    """Two units of work lock two calls in opposite orders: the server ends one of them."""
    calls = [a_session(CallStatus.COMPLETED) for _ in range(2)]
    await stored(database.unit_of_work, *calls)
    both_locked = asyncio.Barrier(2)

    async def lock_both(order: list[CallSession]) -> None:
        async with database.unit_of_work() as uow:
            await uow.sessions.get(order[0].id, for_update=True)
            await both_locked.wait()
            await uow.sessions.get(order[1].id, for_update=True)
            await uow.sessions.save(order[1].erased())
            await uow.commit()

    outcomes = await asyncio.gather(
        lock_both(calls), lock_both(calls[::-1]), return_exceptions=True
    )

    [refused] = [o for o in outcomes if o is not None]
    assert isinstance(refused, Contended)
    assert (refused.service, refused.reason) == ("storage", "DeadlockDetectedError")
    assert await raw.fetchval("SELECT count(*) FROM call_sessions WHERE phone IS NULL") == 1


@pytest.mark.parametrize(
    ("error", "away"),
    [
        (ConnectionResetError(), True),
        (TimeoutError(), True),
        (asyncpg.ConnectionDoesNotExistError("connection was closed in the middle"), True),
        (asyncpg.CannotConnectNowError("the database system is starting up"), True),
        (asyncpg.AdminShutdownError("terminating connection"), True),
        (asyncpg.TooManyConnectionsError("too many clients"), True),
        (asyncpg.InterfaceError("cannot call Connection.fetch(): connection is closed"), True),
        (asyncpg.DeadlockDetectedError("deadlock detected"), True),
        (asyncpg.SerializationError("could not serialize access"), True),
        (asyncpg.QueryCanceledError("canceling statement due to statement timeout"), False),
        (asyncpg.UniqueViolationError("duplicate key"), False),
        (asyncpg.InterfaceError("another operation is in progress"), False),
    ],
)
def test_which_errors_mean_the_database_is_away(error: BaseException, away: bool) -> None:
    assert (unavailable(error) is not None) is away
