"""Batches of analyses on the production path: two SAQ workers on one Redis queue and
PostgreSQL, every analysis enqueued twice while batches run, overlapping batches at once;
each analysis graded exactly once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

import pytest

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.redis import RedisConnection, RedisJobQueue
from kundrost.adapters.system import ManualClock, SeededIds, SystemClock
from kundrost.application.analysis_queue import queue_job_for
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analyses import BatchOutcome, RunAnalyses
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.analysis_job import AnalysisJob, JobStatus
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.ids import AnalysisJobId
from kundrost.ports.analyzer import FeedbackInput
from kundrost.ports.job_queue import JobKind
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.postgres_fixtures import postgres_storage
from tests.adapters.redis_fixtures import FAST
from tests.application.analysis.builders import STARTED_AT, Calls
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.unit.grading_builders import an_analysis

ANALYSES = 24
BATCH = 5


class SlowAnalyzer(ScriptedAnalyzer):
    """Takes a tenth of a second a feedback once `gate` is open, so batches overlap."""

    def __init__(self, analysis: FeedbackAnalysis) -> None:
        super().__init__(analysis)
        self.gate = asyncio.Event()
        self.gate.set()

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        await self.gate.wait()
        await asyncio.sleep(0.1)
        return await super().analyse(feedback)


@pytest.fixture
async def new_uow() -> AsyncIterator[Callable[[], UnitOfWork]]:
    async with postgres_storage() as factory:
        yield factory


async def workers(connection: RedisConnection, run: RunAnalysis, count: int) -> list[RedisJobQueue]:
    queues = []
    for _ in range(count):
        queue = RedisJobQueue(connection, SystemClock(), worker=True, policy=FAST, batch=BATCH)
        queue.register(JobKind.ANALYSE_FEEDBACK, RunAnalyses(run).handle)
        await queue.start()
        queues.append(queue)
    return queues


async def finished_all(new_uow: Callable[[], UnitOfWork], jobs: list[AnalysisJob]) -> None:
    deadline = time.monotonic() + 30
    while True:
        async with new_uow() as uow:
            found = await uow.analysis_jobs.get_many([job.id for job in jobs])
        if all(job.is_finished for job in found.values()):
            return
        assert time.monotonic() < deadline, "the analyses did not finish in time"
        await asyncio.sleep(0.1)


async def graded_once_each(new_uow: Callable[[], UnitOfWork], jobs: list[AnalysisJob]) -> None:
    async with new_uow() as uow:
        found = await uow.analysis_jobs.get_many([job.id for job in jobs])
        records = [await uow.fraud_records.for_session(job.call_session_id) for job in jobs]
        assessments = await uow.assessments.for_sessions([job.call_session_id for job in jobs])
    assert all(job.status is JobStatus.COMPLETED for job in found.values())
    assert [len(found) for found in records] == [1] * len(jobs)
    assert len(assessments) == len(jobs)


async def test_two_workers_run_each_analysis_once_when_every_one_is_enqueued_twice(
    connection: RedisConnection, new_uow: Callable[[], UnitOfWork]
) -> None:
    clock, ids = ManualClock(STARTED_AT), SeededIds(11)
    calls = Calls(new_uow, clock, ids)
    await calls.store_context()
    analyzer = SlowAnalyzer(an_analysis())
    analyzer.gate.clear()
    graded: list[QualityAssessment] = []
    run = RunAnalysis(new_uow, analyzer, clock, ids, on_graded=graded.append)
    first, second = await workers(connection, run, 2)
    try:
        request = RequestAnalysis(new_uow, first, clock, ids)
        jobs = [await request((await calls.recorded()).id) for _ in range(ANALYSES)]
        again = [await second.enqueue(queue_job_for(job)) for job in jobs]
        analyzer.gate.set()
        await finished_all(new_uow, jobs)
        await first.drain()
        await second.drain()
    finally:
        await first.close()
        await second.close()

    await graded_once_each(new_uow, jobs)
    assert not any(again), "an analysis waiting or running is held by its queue job"
    assert len(analyzer.read) == ANALYSES
    assert sorted(a.call_session_id for a in graded) == sorted(j.call_session_id for j in jobs)


async def test_overlapping_batches_running_at_once_grade_each_analysis_once(
    new_uow: Callable[[], UnitOfWork],
) -> None:
    clock, ids = ManualClock(STARTED_AT), SeededIds(12)
    calls = Calls(new_uow, clock, ids)
    await calls.store_context()
    analyzer = SlowAnalyzer(an_analysis())
    graded: list[QualityAssessment] = []
    run = RunAnalysis(new_uow, analyzer, clock, ids, on_graded=graded.append)
    request = RequestAnalysis(new_uow, InProcessJobQueue(clock, autostart=False), clock, ids)
    jobs = [await request((await calls.recorded()).id) for _ in range(ANALYSES)]
    wanted = [job.id for job in jobs]

    async def after(seconds: float, batch: list[AnalysisJobId]) -> BatchOutcome:
        await asyncio.sleep(seconds)
        return await RunAnalyses(run)(batch)

    # started a little apart, so one batch starts while another ends the same analyses
    outcomes = await asyncio.gather(
        *(after(n * 0.03, wanted[n % 3 * 6 : n % 3 * 6 + 12]) for n in range(8))
    )

    assert all(outcome.errors == () for outcome in outcomes)
    await graded_once_each(new_uow, jobs)
    assert sorted(a.call_session_id for a in graded) == sorted(j.call_session_id for j in jobs)
