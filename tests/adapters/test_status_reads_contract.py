"""StatusReads contract: a session as its status shows it, whole or as its outline, with its
call quality; None for a session not stored; reads asked together each get their own."""

from __future__ import annotations

import asyncio

from kundrost.domain.call_status import CallStatus
from kundrost.domain.session_outline import SessionOutline
from kundrost.ports.status_reads import StatusReads
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import MINUTE, START, a_session, metrics_of
from tests.adapters.storage_steps import UowFactory, committed

Stored = tuple[UowFactory, StatusReads]


async def test_a_session_reads_back_with_its_call_quality(status_reads: Stored) -> None:
    new_uow, reads = status_reads
    measured, unmeasured, missing = a_session(), a_session(), a_session()
    metrics = metrics_of(measured.id, START + MINUTE, latency_ms=95)

    async def add_all(uow: UnitOfWork) -> None:
        await uow.sessions.add(measured)
        await uow.sessions.add(unmeasured)
        await uow.quality_metrics.put(metrics)
        await uow.quality_metrics.put(metrics_of(missing.id))

    await committed(new_uow, add_all)
    assert await reads.with_quality(measured.id) == (measured, metrics)
    assert await reads.with_quality(unmeasured.id) == (unmeasured, None)
    assert await reads.with_quality(missing.id) is None


async def test_a_sessions_outline_reads_back_as_the_stored_session_shows_it(
    status_reads: Stored,
) -> None:
    new_uow, reads = status_reads
    live, missing = a_session(), a_session()
    ended = a_session(CallStatus.COMPLETED)
    metrics = metrics_of(ended.id, START + MINUTE, latency_ms=95)

    async def add_all(uow: UnitOfWork) -> None:
        await uow.sessions.add(live)
        await uow.sessions.add(ended)
        await uow.quality_metrics.put(metrics)

    await committed(new_uow, add_all)
    await committed(new_uow, lambda uow: uow.sessions.save(ended.erased()))
    assert await reads.outline_with_quality(live.id) == (SessionOutline.of(live), None)
    assert await reads.outline_with_quality(ended.id) == (SessionOutline.of(ended), metrics)
    assert await reads.outline_with_quality(missing.id) is None


async def test_reads_asked_together_each_get_their_own_session(status_reads: Stored) -> None:
    new_uow, reads = status_reads
    sessions = [a_session() for _ in range(12)]
    missing = a_session()
    metrics = metrics_of(sessions[3].id, START + MINUTE, latency_ms=40)

    async def add_all(uow: UnitOfWork) -> None:
        for session in sessions:
            await uow.sessions.add(session)
        await uow.quality_metrics.put(metrics)

    await committed(new_uow, add_all)
    asked = [*sessions, missing, *sessions[:4]]  # some twice, one unknown
    wholes, outlines = await asyncio.gather(
        asyncio.gather(*(reads.with_quality(session.id) for session in asked)),
        asyncio.gather(*(reads.outline_with_quality(session.id) for session in asked)),
    )
    quality = {sessions[3].id: metrics}
    assert wholes == [
        None if session is missing else (session, quality.get(session.id)) for session in asked
    ]
    assert outlines == [
        None if session is missing else (SessionOutline.of(session), quality.get(session.id))
        for session in asked
    ]


async def test_a_read_sees_what_was_committed_before_it(status_reads: Stored) -> None:
    new_uow, reads = status_reads
    session = a_session()
    assert await reads.with_quality(session.id) is None
    await committed(new_uow, lambda uow: uow.sessions.add(session))
    assert await reads.with_quality(session.id) == (session, None)
    connected = session.connected(START + MINUTE)
    await committed(new_uow, lambda uow: uow.sessions.save(connected))
    assert await reads.with_quality(session.id) == (connected, None)
