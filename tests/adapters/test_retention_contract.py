"""Retention through the repositories: expiry, anonymisation and deletion by age, in batches."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kundrost.domain.call_status import CallStatus
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import (
    DAY,
    MINUTE,
    START,
    a_fraud_record,
    a_session,
    a_store,
    a_transcript_of,
    an_assessment_of,
    metrics_of,
)
from tests.adapters.storage_steps import UowFactory, committed, read, stored

TICK = timedelta(microseconds=1)


async def delete_expired(new_uow: UowFactory, now_offset: timedelta, limit: int = 100) -> int:
    async with new_uow() as uow:
        deleted = await uow.sessions.delete_expired(START + now_offset, limit)
        await uow.commit()
    return deleted


async def test_an_ended_session_is_deleted_from_its_expiry_on_with_its_transcript(
    new_uow: UowFactory,
) -> None:
    ended = a_session(CallStatus.COMPLETED)
    await stored(new_uow, ended)
    await committed(new_uow, lambda uow: uow.transcripts.add(a_transcript_of(ended.id)))
    expiry = ended.expires_at - START

    assert await delete_expired(new_uow, expiry - TICK) == 0
    assert await delete_expired(new_uow, expiry) == 1
    assert await read(new_uow, lambda uow: uow.sessions.get(ended.id)) is None
    assert await read(new_uow, lambda uow: uow.transcripts.for_session(ended.id)) is None


async def test_deleting_an_expired_session_keeps_its_assessment_metrics_and_fraud_records(
    new_uow: UowFactory,
) -> None:
    ended = a_session(CallStatus.COMPLETED)
    await stored(new_uow, ended)

    async def record(uow: UnitOfWork) -> None:
        await uow.assessments.put(an_assessment_of(ended))
        await uow.quality_metrics.put(metrics_of(ended.id))
        await uow.fraud_records.add(a_fraud_record(ended))

    await committed(new_uow, record)
    assert await delete_expired(new_uow, ended.expires_at - START) == 1
    assert await read(new_uow, lambda uow: uow.assessments.for_session(ended.id)) is not None
    assert await read(new_uow, lambda uow: uow.quality_metrics.for_session(ended.id)) is not None
    assert len(await read(new_uow, lambda uow: uow.fraud_records.for_session(ended.id))) == 1


async def test_a_live_session_is_never_deleted_as_expired(new_uow: UowFactory) -> None:
    pending = a_session(CallStatus.PENDING)
    talking = a_session(CallStatus.IN_PROGRESS)
    await stored(new_uow, pending, talking)
    assert await delete_expired(new_uow, timedelta(days=3650)) == 0
    found = await read(new_uow, lambda uow: uow.sessions.get_many([pending.id, talking.id]))
    assert len(found) == 2


async def test_expired_sessions_are_deleted_at_most_limit_at_a_time(new_uow: UowFactory) -> None:
    await stored(new_uow, *(a_session(CallStatus.FAILED) for _ in range(5)))
    long_after = timedelta(days=365)
    assert await delete_expired(new_uow, long_after, limit=2) == 2
    assert await delete_expired(new_uow, long_after, limit=2) == 2
    assert await delete_expired(new_uow, long_after, limit=2) == 1
    assert await delete_expired(new_uow, long_after, limit=2) == 0


async def test_a_unit_of_work_sees_its_own_deletions_batch_after_batch(new_uow: UowFactory) -> None:
    await stored(new_uow, *(a_session(CallStatus.FAILED) for _ in range(3)))
    async with new_uow() as uow:
        counts = [await uow.sessions.delete_expired(START + DAY * 365, 2) for _ in range(3)]
    assert counts == [2, 1, 0]
    assert await delete_expired(new_uow, DAY * 365) == 3


async def test_assessments_created_before_the_cutoff_are_anonymised_in_batches(
    new_uow: UowFactory,
) -> None:
    sessions = [a_session() for _ in range(3)]
    old = [an_assessment_of(s, START - DAY * (i + 1)) for i, s in enumerate(sessions[:2])]
    recent = an_assessment_of(sessions[2], START)

    async def record(uow: UnitOfWork) -> None:
        for assessment in [*old, recent]:
            await uow.assessments.put(assessment)

    await committed(new_uow, record)
    async with new_uow() as uow:
        counts = [await uow.assessments.anonymise_created_before(START, 1) for _ in range(3)]
        await uow.commit()

    assert counts == [1, 1, 0]
    async with new_uow() as uow:
        for assessment in old:
            assert await uow.assessments.get(assessment.id) == assessment.anonymised()
    assert await read(new_uow, lambda uow: uow.assessments.get(recent.id)) == recent


async def test_fraud_records_created_before_the_cutoff_are_deleted(new_uow: UowFactory) -> None:
    session = a_session()
    old = [a_fraud_record(session, START - MINUTE * n) for n in (1, 2, 3)]
    fresh = a_fraud_record(session, START)

    async def record(uow: UnitOfWork) -> None:
        for item in [*old, fresh]:
            await uow.fraud_records.add(item)

    await committed(new_uow, record)
    async with new_uow() as uow:
        counts = [await uow.fraud_records.delete_created_before(START, 2) for _ in range(2)]
        await uow.commit()
    assert counts == [2, 1]
    assert await read(new_uow, lambda uow: uow.fraud_records.for_session(session.id)) == [fresh]


async def test_call_quality_metrics_recorded_before_the_cutoff_are_deleted(
    new_uow: UowFactory,
) -> None:
    old, fresh = a_session(), a_session()

    async def record(uow: UnitOfWork) -> None:
        await uow.quality_metrics.put(metrics_of(old.id, START - MINUTE))
        await uow.quality_metrics.put(metrics_of(fresh.id, START))

    await committed(new_uow, record)
    async with new_uow() as uow:
        deleted = await uow.quality_metrics.delete_recorded_before(START, 10)
        await uow.commit()
    assert deleted == 1
    assert await read(new_uow, lambda uow: uow.quality_metrics.for_session(old.id)) is None
    assert await read(new_uow, lambda uow: uow.quality_metrics.for_session(fresh.id)) is not None


@pytest.mark.parametrize("limit", [0, -1])
async def test_a_batch_limit_below_one_is_refused(new_uow: UowFactory, limit: int) -> None:
    async with new_uow() as uow:
        with pytest.raises(ValueError, match=r"(?i)limit"):
            await uow.sessions.delete_expired(START, limit)
        with pytest.raises(ValueError, match=r"(?i)limit"):
            await uow.assessments.anonymise_created_before(START, limit)
        with pytest.raises(ValueError, match=r"(?i)limit"):
            await uow.fraud_records.delete_created_before(START, limit)
        with pytest.raises(ValueError, match=r"(?i)limit"):
            await uow.quality_metrics.delete_recorded_before(START, limit)
        with pytest.raises(ValueError, match=r"(?i)limit"):
            await uow.transcripts.signatures_since(a_store(), START, limit=limit)
        with pytest.raises(ValueError, match=r"(?i)limit"):
            await uow.sessions.live_before(START, limit=limit)
