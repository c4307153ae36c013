"""Reliability on a real database: a dropped connection commits nothing, and races of
duplicate requests end in exactly one change."""

from __future__ import annotations

import asyncio
from contextlib import nullcontext
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count
from uuid import uuid4

import asyncpg
import pytest
from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.memory import MemorySessionStore
from kundrost.adapters.postgres import PostgresDatabase
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import UuidGenerator
from kundrost.application.initiate_call import InitiateCall, InitiateCallCommand
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.domain.call_events import Connected
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.ports.errors import CallAlreadyExists
from tests.adapters.storage_builders import START, a_session, a_transcript_of

BROKEN_CONNECTION = (
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
    OSError,
)
"""What asyncpg raises on a connection the server ended, depending on when it notices."""


class TickingClock:
    """A clock that moves one millisecond each time it is read, so two changes made by
    two deliveries could never carry the same time."""

    def __init__(self, start: datetime) -> None:
        self._ticks = count()
        self._start = start

    def now(self) -> datetime:
        return self._start + timedelta(milliseconds=next(self._ticks))


async def test_a_connection_dropped_mid_transaction_leaves_no_partial_rows(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    session = a_session(CallStatus.COMPLETED)
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.transcripts.add(a_transcript_of(session.id))
        connection = await uow.connection()  # the two inserts are written now
        assert await connection.fetchval("SELECT count(*) FROM transcript_messages") > 0
        await raw.execute("SELECT pg_terminate_backend($1)", connection.get_server_pid())
        with pytest.raises(BROKEN_CONNECTION):
            await uow.commit()
    for table in ("call_sessions", "transcripts", "transcript_messages"):
        assert await raw.fetchval(f"SELECT count(*) FROM {table}") == 0, table
    async with database.unit_of_work() as after:
        await after.sessions.add(session)
        await after.commit()
    assert await raw.fetchval("SELECT count(*) FROM call_sessions") == 1


async def test_a_hundred_concurrent_duplicate_initiates_store_one_session(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    initiate = InitiateCall(
        database.unit_of_work,
        SimulatedTelephony(),
        TickingClock(START),
        UuidGenerator(),
        database.new_sessions,
        database.placed_calls,
    )
    command = InitiateCallCommand(
        verification_id=VerificationId(uuid4()),
        store_id=StoreId(uuid4()),
        phone=PhoneNumber("+46701234567"),
        transaction_time=START - timedelta(hours=1),
        transaction_value=Decimal("249.50"),
    )

    outcomes = await asyncio.gather(
        *(initiate(command) for _ in range(100)), return_exceptions=True
    )

    [winner] = [o for o in outcomes if isinstance(o, CallSession)]
    refusals = [o for o in outcomes if isinstance(o, CallAlreadyExists)]
    assert len(refusals) == 99
    assert {refusal.call_session_id for refusal in refusals} == {winner.id}
    rows = await raw.fetch(
        "SELECT id FROM call_sessions WHERE verification_id = $1", command.verification_id
    )
    assert [row["id"] for row in rows] == [winner.id]


@pytest.mark.parametrize("with_event_id", [False, True])
async def test_an_event_delivered_five_times_at_once_changes_the_session_once(
    database: PostgresDatabase, with_event_id: bool
) -> None:
    session = a_session(CallStatus.PENDING)
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.commit()
    clock = TickingClock(START + timedelta(minutes=1))
    record = RecordCallEvent(database.unit_of_work, clock, MemorySessionStore())

    outcomes = await asyncio.gather(
        *(
            record(session.id, Connected(), event_id="elks-17" if with_event_id else None)
            for _ in range(5)
        )
    )

    assert all(outcome.status is CallStatus.IN_PROGRESS for outcome in outcomes)
    assert len({outcome.updated_at for outcome in outcomes}) == 1
    async with database.unit_of_work() as uow:
        assert await uow.sessions.get(session.id) == outcomes[0]


class _HeldAfterClaiming(MemorySessionStore):
    """A session store whose first `add` claims its key and then waits to be let go, as a
    delivery held up between claiming its event's id and applying the event."""

    def __init__(self) -> None:
        super().__init__()
        self.claimed = asyncio.Event()
        self.let_go = asyncio.Event()

    async def add(self, key: str, value: str, ttl: timedelta) -> bool:
        added = await super().add(key, value, ttl)
        if added:
            self.claimed.set()
            await self.let_go.wait()
        return added


async def test_a_second_delivery_while_the_first_is_held_returns_the_session_the_first_left(
    database: PostgresDatabase,
) -> None:
    session = a_session(CallStatus.PENDING)
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.commit()
    store = _HeldAfterClaiming()
    record = RecordCallEvent(
        database.unit_of_work, TickingClock(START + timedelta(minutes=1)), store
    )

    first = asyncio.ensure_future(record(session.id, Connected(), event_id="elks-18"))
    await store.claimed.wait()
    second = asyncio.ensure_future(record(session.id, Connected(), event_id="elks-18"))
    await asyncio.sleep(0.2)
    assert not second.done()  # it waits for the first delivery's session
    store.let_go.set()

    applied, repeated = await asyncio.gather(first, second)
    assert applied.status is CallStatus.IN_PROGRESS
    assert repeated == applied


async def test_a_unit_of_work_returns_its_connection_to_the_pool_however_it_ends(
    database: PostgresDatabase,
) -> None:
    for ending in ("commit", "rollback", "raise"):
        uow = database.unit_of_work()
        with pytest.raises(KeyError) if ending == "raise" else nullcontext():
            async with uow:
                await uow.sessions.get(a_session().id)
                if ending == "commit":
                    await uow.commit()
                elif ending == "rollback":
                    await uow.rollback()
                else:
                    raise KeyError(ending)
        assert database.pool.get_idle_size() == database.pool.get_size(), ending


async def test_a_transcript_deleted_between_its_two_reads_is_read_as_deleted(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    """Under READ COMMITTED the transcript's row and its messages are read by two
    statements; a deletion committed between them (the analysis deleting fraudulent
    content while a fraud check reads it) leaves the row without messages for the second
    statement to find. The repository then answers as after the deletion, not with a
    transcript the domain refuses."""
    session = a_session(CallStatus.COMPLETED)
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.transcripts.add(a_transcript_of(session.id))
        await uow.commit()
    await raw.execute("DELETE FROM transcript_messages WHERE call_session_id = $1", session.id)

    async with database.unit_of_work() as uow:
        assert await uow.transcripts.for_session(session.id) is None
