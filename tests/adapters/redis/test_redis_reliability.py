"""A worker killed mid-analysis: Redis hears nothing more from it, the job is swept back into
the queue once its heartbeat stops, another worker runs it, and exactly one assessment (and
one fraud record) exists. Storage is the embedded store here; swap `new_uow` for another."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest

from kundrost.adapters.memory import MemoryStore, MemoryUnitOfWork
from kundrost.adapters.redis import RedisConnection, RedisJobQueue
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analyses import RunAnalyses
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage, JobStatus
from kundrost.domain.ids import AnalysisJobId
from kundrost.ports.job_queue import Job, JobKind
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from tests.adapters.redis.severable import SeverableRelay
from tests.adapters.redis_fixtures import FAST, started_queue
from tests.application.analysis.builders import STARTED_AT, Calls
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.unit.grading_builders import an_analysis

ANALYSE = JobKind.ANALYSE_FEEDBACK
DAY = timedelta(days=1)


async def analysis_job(new_uow: UnitOfWorkFactory, job_id: AnalysisJobId) -> AnalysisJob:
    async with new_uow() as uow:
        job = await uow.analysis_jobs.get(job_id)
    assert job is not None
    return job


async def eventually(check: Callable[[], Awaitable[bool]], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not await check():
        assert time.monotonic() < deadline, "the condition did not hold in time"
        await asyncio.sleep(0.1)


async def test_a_worker_killed_mid_analysis_leaves_the_job_to_another_and_one_assessment_exists(
    connection: RedisConnection, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemoryStore()

    def new_uow() -> UnitOfWork:
        return MemoryUnitOfWork(store)

    clock, ids = ManualClock(STARTED_AT), SeededIds(5)
    calls = Calls(new_uow, clock, ids)
    await calls.store_context()
    session = await calls.recorded()

    reading = asyncio.Event()

    async def hangs_while_reading() -> None:
        reading.set()
        await asyncio.Event().wait()

    doomed_analyzer = ScriptedAnalyzer(an_analysis())
    doomed_analyzer.while_reading = hangs_while_reading
    healthy_analyzer = ScriptedAnalyzer(an_analysis())

    relay = SeverableRelay(connection.url)
    doomed_connection = RedisConnection(await relay.start(), prefix=connection.prefix)
    await doomed_connection.start()
    doomed = RedisJobQueue(doomed_connection, clock, policy=FAST)
    doomed.register(ANALYSE, RunAnalyses(RunAnalysis(new_uow, doomed_analyzer, clock, ids)).handle)
    await doomed.start()
    survivor = RedisJobQueue(connection, clock, policy=FAST)
    survivor_run = RunAnalyses(RunAnalysis(new_uow, healthy_analyzer, clock, ids))
    survivor.register(ANALYSE, survivor_run.handle)
    try:
        requested = await RequestAnalysis(new_uow, doomed, clock, ids)(session.id)
        await asyncio.wait_for(reading.wait(), 5)
        midway = await analysis_job(new_uow, requested.id)
        assert (midway.status, midway.stage) == (JobStatus.PROCESSING, AnalysisStage.ANALYSING)

        await relay.sever()
        await survivor.start()

        async def completed() -> bool:
            return (await analysis_job(new_uow, requested.id)).status is JobStatus.COMPLETED

        await eventually(completed)
        await survivor.drain()
    finally:
        await survivor.close()
        await doomed.close()
        await doomed_connection.close()

    async with new_uow() as uow:
        assessments = await uow.assessments.between(STARTED_AT - DAY, STARTED_AT + DAY)
        fraud_records = await uow.fraud_records.for_session(session.id)
    finished = await analysis_job(new_uow, requested.id)
    assert [a.call_session_id for a in assessments] == [session.id]
    assert finished.assessment_id == assessments[0].id
    assert len(fraud_records) == 1
    assert len(doomed_analyzer.read) == len(healthy_analyzer.read) == 1
    # the queue job that carried the analysis (a batch of one here) is the one swept
    assert re.search(
        r"job gather:analyse_feedback:[0-9a-f]{32} \(analyse_feedback, attempt 1 of 3\) "
        r"lost its worker",
        caplog.text,
    )
    ours = [key async for key in connection.client.scan_iter(match=f"{connection.prefix}*")]
    saq_default = [key async for key in connection.client.scan_iter(match="saq:*")]
    record = connection.key("jobs:job:gather:analyse_feedback:").encode()
    assert [key for key in ours if key.startswith(record)], "the job's record, under the prefix"
    assert saq_default == []


async def test_jobs_dequeued_while_a_sweep_looks_run_once(connection: RedisConnection) -> None:
    """A starting worker sweeps at once, while it dequeues the first jobs: they are in the
    running list and not yet marked active. SAQ's own sweep takes such a job for lost and
    runs it a second time."""
    runs: list[str] = []

    async def note(job: Job) -> None:
        runs.append(job.payload["analysis_id"])

    async with started_queue(connection, ManualClock(STARTED_AT), worker=True) as worker:
        worker.register(ANALYSE, note)
        for n in range(5):
            await worker.enqueue(Job(ANALYSE, {"analysis_id": f"a-{n}"}, key=f"analysis:a-{n}"))
        await asyncio.sleep(FAST.heartbeat + FAST.sweep_every + FAST.abort_wait + 0.5)
        counts = await worker.counts()
    assert sorted(runs) == [f"a-{n}" for n in range(5)]
    assert (counts.completed, counts.requeued) == (5, 0)


async def test_a_job_a_worker_took_and_died_before_marking_runs_after_a_heartbeat(
    connection: RedisConnection,
) -> None:
    runs: list[str] = []

    async def note(job: Job) -> None:
        runs.append(job.payload["analysis_id"])

    clock = ManualClock(STARTED_AT)
    async with started_queue(connection, clock, worker=False) as producer:
        await producer.enqueue(Job(ANALYSE, {"analysis_id": "a-2"}, key="analysis:a-2"))
    taken = await connection.client.lmove(
        connection.key("jobs:queued"), connection.key("jobs:active"), "LEFT", "RIGHT"
    )
    assert taken == connection.key("jobs:job:analysis:a-2").encode()

    async def ran() -> bool:
        return bool(runs)

    async with started_queue(connection, clock, worker=True) as worker:
        worker.register(ANALYSE, note)
        await eventually(ran, seconds=10)
        await asyncio.sleep(FAST.sweep_every + FAST.abort_wait)
    assert runs == ["a-2"]
