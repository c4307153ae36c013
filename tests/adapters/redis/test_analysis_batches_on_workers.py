"""Batches of analyses on the production path: two SAQ workers on one Redis queue, PostgreSQL
storage, every analysis enqueued twice while batches run, and each graded exactly once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable

import pytest

from kundrost.adapters.redis import RedisConnection, RedisJobQueue
from kundrost.adapters.system import ManualClock, SeededIds, SystemClock
from kundrost.application.analysis_queue import queue_job_for
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.analysis_job import JobStatus
from kundrost.domain.assessment import QualityAssessment
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
    """Takes a tenth of a second a feedback, so batches overlap; tells when it first reads."""

    def __init__(self, analysis: FeedbackAnalysis) -> None:
        super().__init__(analysis)
        self.reading = asyncio.Event()

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        self.reading.set()
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
        queue.register(JobKind.ANALYSE_FEEDBACK, run.handle)
        await queue.start()
        queues.append(queue)
    return queues


async def test_two_workers_grade_each_analysis_once_when_every_one_is_enqueued_twice(
    connection: RedisConnection, new_uow: Callable[[], UnitOfWork]
) -> None:
    clock, ids = ManualClock(STARTED_AT), SeededIds(11)
    calls = Calls(new_uow, clock, ids)
    await calls.store_context()
    analyzer = SlowAnalyzer(an_analysis())
    graded: list[QualityAssessment] = []
    run = RunAnalysis(new_uow, analyzer, clock, ids, on_graded=graded.append)
    first, second = await workers(connection, run, 2)
    try:
        request = RequestAnalysis(new_uow, first, clock, ids)
        jobs = [await request((await calls.recorded()).id) for _ in range(ANALYSES)]
        await asyncio.wait_for(analyzer.reading.wait(), 10)
        again = [await second.enqueue(queue_job_for(job)) for job in jobs]
        deadline = time.monotonic() + 30
        while True:
            async with new_uow() as uow:
                finished = [await uow.analysis_jobs.get(job.id) for job in jobs]
            if all(job is not None and job.is_finished for job in finished):
                break
            assert time.monotonic() < deadline, "the analyses did not finish in time"
            await asyncio.sleep(0.1)
        await first.drain()
        await second.drain()
    finally:
        await first.close()
        await second.close()

    assert any(again), "some analyses were delivered a second time"
    assert all(job is not None and job.status is JobStatus.COMPLETED for job in finished)
    async with new_uow() as uow:
        records = [await uow.fraud_records.for_session(job.call_session_id) for job in jobs]
        assessments = [await uow.assessments.for_session(job.call_session_id) for job in jobs]
    assert [len(found) for found in records] == [1] * ANALYSES
    assert all(assessment is not None for assessment in assessments)
    assert sorted(a.call_session_id for a in graded) == sorted(j.call_session_id for j in jobs)
    assert len(analyzer.read) < 2 * ANALYSES, "batches gathered; finished ones were not re-read"
