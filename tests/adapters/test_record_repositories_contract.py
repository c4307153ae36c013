"""FraudRecord, CallQuality and AnalysisJob repository contracts."""

from __future__ import annotations

import pytest
from attrs import evolve

from kundrost.domain.analysis_job import AnalysisStage
from kundrost.domain.ids import AssessmentId
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import (
    MINUTE,
    START,
    a_fraud_record,
    a_job,
    a_session,
    a_session_id,
    metrics_of,
)
from tests.adapters.storage_steps import UowFactory, committed, read


async def test_a_sessions_fraud_records_are_listed_oldest_first(new_uow: UowFactory) -> None:
    session, other = a_session(), a_session()
    later = a_fraud_record(session, START + MINUTE)
    earlier = a_fraud_record(session, START)

    async def add_all(uow: UnitOfWork) -> None:
        for record in (later, earlier, a_fraud_record(other)):
            await uow.fraud_records.add(record)

    await committed(new_uow, add_all)
    assert await read(new_uow, lambda uow: uow.fraud_records.for_session(session.id)) == [
        earlier,
        later,
    ]


async def test_fraud_records_added_at_once_read_back_as_added_one_by_one(
    new_uow: UowFactory,
) -> None:
    session, other = a_session(), a_session()
    batch = [
        a_fraud_record(session, START + MINUTE),
        a_fraud_record(other),
        a_fraud_record(session),
    ]
    await committed(new_uow, lambda uow: uow.fraud_records.add_many(batch))
    assert await read(new_uow, lambda uow: uow.fraud_records.for_session(session.id)) == [
        batch[2],
        batch[0],
    ]
    assert await read(new_uow, lambda uow: uow.fraud_records.for_session(other.id)) == [batch[1]]


async def test_a_later_call_quality_measurement_replaces_the_earlier_one(
    new_uow: UowFactory,
) -> None:
    session_id = a_session_id()
    second = metrics_of(session_id, START + MINUTE, latency_ms=95)
    await committed(new_uow, lambda uow: uow.quality_metrics.put(metrics_of(session_id)))
    await committed(new_uow, lambda uow: uow.quality_metrics.put(second))
    assert await read(new_uow, lambda uow: uow.quality_metrics.for_session(session_id)) == second


async def test_an_analysis_job_reads_back_and_saves_its_progress(new_uow: UowFactory) -> None:
    job = a_job(a_session_id())
    await committed(new_uow, lambda uow: uow.analysis_jobs.add(job))
    running = job.at_stage(AnalysisStage.ANALYSING, START + MINUTE)
    await committed(new_uow, lambda uow: uow.analysis_jobs.save(running))
    assert await read(new_uow, lambda uow: uow.analysis_jobs.get(job.id)) == running
    done = running.completed(AssessmentId(a_session_id()), START + MINUTE * 2)
    await committed(new_uow, lambda uow: uow.analysis_jobs.save(done))
    assert await read(new_uow, lambda uow: uow.analysis_jobs.get(job.id)) == done


async def test_analysis_jobs_are_read_several_at_once(new_uow: UowFactory) -> None:
    queued, running, unknown = (a_job(a_session_id()) for _ in range(3))
    running = running.at_stage(AnalysisStage.ANALYSING, START + MINUTE)

    async def add(uow: UnitOfWork) -> None:
        await uow.analysis_jobs.add(queued)
        await uow.analysis_jobs.add(running)

    await committed(new_uow, add)
    found = await read(
        new_uow, lambda uow: uow.analysis_jobs.get_many([running.id, unknown.id, queued.id])
    )
    assert found == {queued.id: queued, running.id: running}


async def test_analysis_jobs_saved_at_once_read_back_saved(new_uow: UowFactory) -> None:
    jobs = [a_job(a_session_id()) for _ in range(3)]

    async def add(uow: UnitOfWork) -> None:
        for job in jobs:
            await uow.analysis_jobs.add(job)

    await committed(new_uow, add)
    running = jobs[0].at_stage(AnalysisStage.ANALYSING, START + MINUTE)
    done = (
        jobs[1]
        .at_stage(AnalysisStage.ANALYSING, START + MINUTE)
        .completed(AssessmentId(a_session_id()), START + MINUTE * 2)
    )
    failed = jobs[2].failed("The analysis stopped on an unexpected error.", START + MINUTE)
    await committed(new_uow, lambda uow: uow.analysis_jobs.save_many([running, done, failed]))
    found = await read(new_uow, lambda uow: uow.analysis_jobs.get_many([j.id for j in jobs]))
    assert found == {job.id: job for job in (running, done, failed)}


async def test_saving_jobs_at_once_with_an_unknown_one_saves_none(new_uow: UowFactory) -> None:
    known = a_job(a_session_id())
    await committed(new_uow, lambda uow: uow.analysis_jobs.add(known))
    running = known.at_stage(AnalysisStage.ANALYSING, START + MINUTE)
    async with new_uow() as uow:
        with pytest.raises(NotFound):
            await uow.analysis_jobs.save_many([running, a_job(a_session_id())])
    assert await read(new_uow, lambda uow: uow.analysis_jobs.get(known.id)) == known


async def test_saving_an_unknown_analysis_job_is_refused_as_not_found(new_uow: UowFactory) -> None:
    async with new_uow() as uow:
        with pytest.raises(NotFound):
            await uow.analysis_jobs.save(a_job(a_session_id()))


async def test_the_latest_analysis_job_of_a_session_is_the_last_created(
    new_uow: UowFactory,
) -> None:
    session_id = a_session_id()
    older = a_job(session_id, START)
    newer = a_job(session_id, START + MINUTE)

    async def add_all(uow: UnitOfWork) -> None:
        for job in (newer, older, a_job(a_session_id(), START + MINUTE * 2)):
            await uow.analysis_jobs.add(job)

    await committed(new_uow, add_all)
    latest = await read(new_uow, lambda uow: uow.analysis_jobs.latest_for_session(session_id))
    assert latest == newer
    nobody = a_session_id()
    assert await read(new_uow, lambda uow: uow.analysis_jobs.latest_for_session(nobody)) is None


async def test_of_jobs_created_at_one_instant_the_last_added_is_the_latest(
    new_uow: UowFactory,
) -> None:
    session_id = a_session_id()
    jobs = [a_job(session_id, START) for _ in range(5)]
    for job in jobs:
        async with new_uow() as uow:
            await uow.analysis_jobs.add(job)
            await uow.commit()
    latest = await read(new_uow, lambda uow: uow.analysis_jobs.latest_for_session(session_id))
    assert latest == jobs[-1]


async def test_stalled_jobs_are_the_unfinished_ones_not_updated_since_oldest_first(
    new_uow: UowFactory,
) -> None:
    old_queued = a_job(a_session_id(), START)
    old_running = a_job(a_session_id(), START - MINUTE).at_stage(
        AnalysisStage.ANALYSING, START - MINUTE
    )
    recent = a_job(a_session_id(), START + 10 * MINUTE)
    finished = (
        a_job(a_session_id(), START - MINUTE)
        .at_stage(AnalysisStage.ANALYSING, START - MINUTE)
        .failed("the analyzer gave up", START)
    )

    async def add_all(uow: UnitOfWork) -> None:
        for job in (old_queued, old_running, recent, finished):
            await uow.analysis_jobs.add(job)

    await committed(new_uow, add_all)
    cutoff = START + 5 * MINUTE
    stalled = await read(new_uow, lambda uow: uow.analysis_jobs.stalled(cutoff, 10))
    assert stalled == [old_running, old_queued]
    first = await read(new_uow, lambda uow: uow.analysis_jobs.stalled(cutoff, 1))
    assert first == [old_running]


async def test_stalled_refuses_a_limit_below_one(new_uow: UowFactory) -> None:
    async with new_uow() as uow:
        with pytest.raises(ValueError, match="limit"):
            await uow.analysis_jobs.stalled(START, 0)


async def test_a_live_calls_timings_read_back_with_its_quality(new_uow: UowFactory) -> None:
    session_id = a_session_id()
    metrics = evolve(
        metrics_of(session_id),
        first_audio_ms=640,
        response_latency_p50_ms=980,
        response_latency_max_ms=1840,
        barge_ins=2,
    )
    await committed(new_uow, lambda uow: uow.quality_metrics.put(metrics))
    assert await read(new_uow, lambda uow: uow.quality_metrics.for_session(session_id)) == metrics
