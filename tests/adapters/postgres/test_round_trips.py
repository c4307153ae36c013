"""What the request path sends to PostgreSQL: each statement is a round trip, and the
database answers faster than the Python around it, so the count is the cost."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator
from datetime import timedelta
from decimal import Decimal
from uuid import uuid4

import pytest

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.postgres import PostgresDatabase
from kundrost.adapters.postgres.session_repository import COLUMNS, PHONE
from kundrost.adapters.postgres.tick_claims import PostgresTickClaims
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock, UuidGenerator
from kundrost.application.call_status import GetCallStatus
from kundrost.application.initiate_call import InitiateCall, InitiateCallCommand
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.session_outline import SessionOutline
from kundrost.ports.errors import CallAlreadyExists
from tests.adapters.postgres_fixtures import postgres_database
from tests.adapters.storage_builders import START, a_session
from tests.counting_cipher import CountingCipher


@pytest.fixture
async def one_connection() -> AsyncIterator[tuple[PostgresDatabase, list[str]]]:
    """A database whose pool holds one connection, and every statement sent on it."""
    async with postgres_database(
        "round_trips", cipher=AesGcmCipher(secrets.token_bytes(32)), max_size=1
    ) as database:
        sent: list[str] = []
        async with database.pool.acquire() as connection:
            connection.add_query_logger(lambda record: sent.append(record.query))
        sent.clear()
        yield database, sent


def verbs(sent: list[str]) -> list[str]:
    return [statement.split()[0].upper() for statement in sent]


async def test_a_status_read_is_one_select_without_a_transaction_or_a_reset(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    database, sent = one_connection
    session = a_session()
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.commit()
    await database.status_reads.with_quality(session.id)  # asyncpg prepares it once
    sent.clear()
    view = await GetCallStatus(database.status_reads, ManualClock(START))(session.id)
    assert view.session.id == session.id
    assert verbs(sent) == ["SELECT"]
    assert not any("pg_advisory_unlock_all" in statement for statement in sent)


async def test_status_reads_asked_while_one_is_on_its_way_share_one_select(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    """Twenty status requests at once: the first is read alone, the nineteen that came
    while it was on its way in one round trip (a pipeline of the read by key), each
    answered its own session."""
    database, sent = one_connection
    sessions = [a_session() for _ in range(20)]
    async with database.unit_of_work() as uow:
        for session in sessions:
            await uow.sessions.add(session)
        await uow.commit()
    await database.status_reads.with_quality(sessions[0].id)  # asyncpg prepares it once
    sent.clear()
    get_call_status = GetCallStatus(database.status_reads, ManualClock(START))

    views = await asyncio.gather(*(get_call_status(session.id) for session in sessions))

    assert [view.session for view in views] == sessions
    assert verbs(sent) == ["SELECT", "SELECT"]


async def test_a_status_read_without_the_number_decrypts_nothing() -> None:
    cipher = CountingCipher(secrets.token_bytes(32))
    session = a_session()
    async with postgres_database("round_trips", cipher=cipher) as database:
        async with database.unit_of_work() as uow:
            await uow.sessions.add(session)
            await uow.commit()
        get_call_status = GetCallStatus(database.status_reads, ManualClock(START))

        outline = await get_call_status.outline(session.id)
        assert outline.session == SessionOutline.of(session)
        assert cipher.decrypted[PHONE] == 0

        whole = await get_call_status(session.id)
        assert whole.session == session
        assert cipher.decrypted[PHONE] == 1


def initiating(database: PostgresDatabase) -> InitiateCall:
    return InitiateCall(
        database.unit_of_work,
        SimulatedTelephony(),
        ManualClock(START),
        UuidGenerator(),
        database.new_sessions,
        database.placed_calls,
    )


def a_purchase() -> InitiateCallCommand:
    return InitiateCallCommand(
        verification_id=VerificationId(uuid4()),
        store_id=StoreId(uuid4()),
        phone=PhoneNumber("+46701234567"),
        transaction_time=START - timedelta(hours=1),
        transaction_value=Decimal("349.50"),
    )


async def test_initiating_a_call_is_two_statements_without_a_transaction(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    database, sent = one_connection
    initiate, command = initiating(database), a_purchase()
    session = await initiate(command)
    assert session.status is CallStatus.PENDING
    assert session.provider_call_id is not None
    # the session, its insert committed by itself (uniqueness kept by the insert's conflict)
    # before the call is placed (its events must find it); then the provider's call id
    assert verbs(sent) == ["INSERT", "UPDATE"]
    sent.clear()
    with pytest.raises(CallAlreadyExists) as refused:
        await initiate(command)
    assert refused.value.details["call_session_id"] == str(session.id)
    assert verbs(sent) == ["INSERT", "SELECT"]


async def test_calls_initiated_together_share_their_insert_and_their_update(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    """Twenty calls initiated at once: each session is committed before its call is placed,
    but the sessions and the calls' ids that wait for one on its way go together."""
    database, sent = one_connection
    initiate, commands = initiating(database), [a_purchase() for _ in range(20)]
    # two of each while one is on its way: asyncpg learns the arrays' types
    await asyncio.gather(*(database.new_sessions.add(a_session()) for _ in range(3)))
    unknown = a_session()
    await asyncio.gather(*(database.placed_calls.keep(unknown.id, 1, "none") for _ in range(3)))
    sent.clear()

    sessions = await asyncio.gather(*(initiate(command) for command in commands))

    # the first alone; the nineteen that came while it was on its way in one INSERT, their
    # ids in at most two UPDATEs (one placed while the first id was on its way)
    assert verbs(sent).count("INSERT") == 2
    assert verbs(sent).count("UPDATE") in (2, 3)
    assert len(sent) <= 5
    async with database.unit_of_work() as uow:
        stored = await uow.sessions.get_many([session.id for session in sessions])
    assert {s.id: s.provider_call_id for s in stored.values()} == {
        s.id: s.provider_call_id for s in sessions
    }
    assert len({session.provider_call_id for session in sessions}) == 20


async def test_call_ids_kept_together_find_their_sessions_by_key_however_the_table_grew(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    """A connection plans a prepared statement once, from the table's size then. The ids
    kept together were one UPDATE joining an array of them to the table: planned on a new
    and small table as a scan of it, it went on scanning as the table grew (initiate's
    PostgreSQL CPU a call rose from 150 to 590 µs over 100,000 sessions in one served
    process). By primary key, the table's size does not matter."""
    database, _ = one_connection
    sessions = [a_session() for _ in range(6)]
    for session in sessions:
        await database.new_sessions.add(session)

    async def keep_together(call_id: str) -> None:
        await asyncio.gather(
            *(database.placed_calls.keep(s.id, s.attempt, call_id) for s in sessions)
        )

    for round_ in range(PLANS_BEFORE_GENERIC + 2):
        await keep_together(f"early-{round_}")
    await _grow(database, sessions[0].id, 20_000)
    scanned = await _sequential_scans(database)
    await keep_together("late")
    assert await _sequential_scans(database) == scanned
    async with database.unit_of_work() as uow:
        stored = await uow.sessions.get_many([session.id for session in sessions])
    assert {s.provider_call_id for s in stored.values()} == {"late"}


async def test_status_reads_asked_together_find_their_sessions_by_key_however_the_table_grew(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    """As the call ids kept together: reads by an array of ids, planned on a small table,
    scanned it on every read of the status endpoint."""
    database, _ = one_connection
    sessions = [a_session() for _ in range(6)]
    for session in sessions:
        await database.new_sessions.add(session)
    get_call_status = GetCallStatus(database.status_reads, ManualClock(START))

    async def read_together() -> None:
        views = await asyncio.gather(*(get_call_status(s.id) for s in sessions))
        assert [view.session for view in views] == sessions

    for _ in range(PLANS_BEFORE_GENERIC + 2):
        await read_together()
    await _grow(database, sessions[0].id, 20_000)
    scanned = await _sequential_scans(database)
    await read_together()
    assert await _sequential_scans(database) == scanned


PLANS_BEFORE_GENERIC = 5
"""PostgreSQL plans a prepared statement for its values five times before it may keep a
generic plan, made once, for good."""


async def _grow(database: PostgresDatabase, like: object, rows: int) -> None:
    """`rows` more sessions, copies of session `like` under new ids."""
    rest = COLUMNS.split(", ")[2:]
    async with database.pool.acquire() as connection:
        await connection.execute(
            f"INSERT INTO call_sessions ({COLUMNS}) SELECT gen_random_uuid(), "
            f"gen_random_uuid(), {', '.join('t.' + c for c in rest)} "
            "FROM call_sessions t, generate_series(1, $2) WHERE t.id = $1",
            like,
            rows,
        )


async def _sequential_scans(database: PostgresDatabase) -> int:
    """Sequential scans of call_sessions so far, the pool's one connection's included."""
    async with database.pool.acquire() as connection:
        await connection.execute("SELECT pg_stat_force_next_flush()")
    async with database.pool.acquire() as connection:
        scans = await connection.fetchval(
            "SELECT seq_scan FROM pg_stat_user_tables "
            "WHERE schemaname = current_schema() AND relname = 'call_sessions'"
        )
    return int(scans)


async def test_a_unit_of_work_with_two_writes_commits_them_in_one_transaction(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    database, sent = one_connection
    first, second = a_session(), a_session()
    async with database.unit_of_work() as uow:
        await uow.sessions.add(first)
        await uow.sessions.add(second)
        await uow.commit()
    assert verbs(sent) == ["SELECT", "BEGIN", "INSERT", "SELECT", "INSERT", "COMMIT"]


async def test_a_unit_of_work_left_uncommitted_after_a_write_rolls_it_back(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    database, sent = one_connection
    session = a_session()
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.sessions.get(session.id)  # the insert is written before this read
    async with database.unit_of_work() as uow:
        assert await uow.sessions.get(session.id) is None
    assert verbs(sent) == ["SELECT", "BEGIN", "INSERT", "SELECT", "ROLLBACK", "SELECT"]


class BrokenConnection:
    def __init__(self) -> None:
        self.terminated = False

    async def fetchval(self, *_arguments: object) -> object:
        raise ConnectionResetError("gone")

    def terminate(self) -> None:
        self.terminated = True


async def test_a_scheduler_lock_whose_release_fails_ends_its_connection() -> None:
    """The pool lends connections again without asyncpg's reset, so a session lock must
    never come back to it held."""
    from kundrost.adapters.postgres.tick_claims import _unlocked

    connection = BrokenConnection()
    with pytest.raises(ConnectionResetError):
        await _unlocked(connection, "weekly")
    assert connection.terminated


async def test_a_scheduler_lock_is_free_once_its_run_ends(
    one_connection: tuple[PostgresDatabase, list[str]],
) -> None:
    database, _sent = one_connection
    claims = PostgresTickClaims(database)
    async with claims.running("weekly") as locked:
        assert locked
    async with claims.running("weekly") as locked_again:
        assert locked_again
