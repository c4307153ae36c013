"""RequeueStalledAnalyses: analysis jobs a lost worker left behind go back to the queue."""

from __future__ import annotations

from datetime import timedelta
from uuid import uuid4

import pytest

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.system import ManualClock
from kundrost.application.analysis_queue import analysis_ids_of
from kundrost.application.requeue_stalled_analyses import GAVE_UP, RequeueStalledAnalyses
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage, JobStatus
from kundrost.domain.ids import AnalysisJobId, AssessmentId
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.adapters.storage_builders import START, a_job, a_session_id
from tests.application.calls.records import queued_jobs

MINUTE = timedelta(minutes=1)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def queue(clock: ManualClock) -> InProcessJobQueue:
    return InProcessJobQueue(clock, autostart=False)


async def stored(new_uow: UnitOfWorkFactory, *jobs: AnalysisJob) -> None:
    async with new_uow() as uow:
        for job in jobs:
            await uow.analysis_jobs.add(job)
        await uow.commit()


async def job_of(new_uow: UnitOfWorkFactory, job: AnalysisJob) -> AnalysisJob | None:
    async with new_uow() as uow:
        return await uow.analysis_jobs.get(job.id)


async def test_jobs_standing_still_for_fifteen_minutes_are_queued_again_as_requested(
    new_uow: UnitOfWorkFactory, clock: ManualClock, queue: InProcessJobQueue
) -> None:
    queued = a_job(a_session_id(), START)
    processing = a_job(a_session_id(), START).at_stage(AnalysisStage.ANALYSING, START + MINUTE)
    fresh = a_job(a_session_id(), START + 10 * MINUTE)
    done = (
        a_job(a_session_id(), START)
        .at_stage(AnalysisStage.GRADING, START)
        .completed(AssessmentId(uuid4()), START + MINUTE)
    )
    await stored(new_uow, queued, processing, fresh, done)
    clock.set(START + 17 * MINUTE)

    sweep = await RequeueStalledAnalyses(new_uow, queue, clock)()

    assert (sweep.found, sweep.requeued, sweep.still_queued, sweep.given_up) == (2, 2, 0, 0)
    assert not sweep.more
    assert await queued_ids(queue) == [queued.id, processing.id]


async def test_a_job_the_queue_still_holds_is_not_queued_twice(
    new_uow: UnitOfWorkFactory, clock: ManualClock, queue: InProcessJobQueue
) -> None:
    job = a_job(a_session_id(), START)
    await stored(new_uow, job)
    clock.set(START + 20 * MINUTE)
    sweeper = RequeueStalledAnalyses(new_uow, queue, clock)

    first = await sweeper()
    clock.advance(5 * MINUTE)
    second = await sweeper()

    assert (first.requeued, second.requeued, second.still_queued) == (1, 0, 1)
    assert await queued_ids(queue) == [job.id]


async def test_a_job_older_than_a_day_is_given_up_with_a_message_to_request_it_again(
    new_uow: UnitOfWorkFactory, clock: ManualClock, queue: InProcessJobQueue
) -> None:
    job = a_job(a_session_id(), START)
    await stored(new_uow, job)
    clock.set(START + timedelta(days=1))

    sweep = await RequeueStalledAnalyses(new_uow, queue, clock)()

    assert (sweep.requeued, sweep.given_up) == (0, 1)
    failed = await job_of(new_uow, job)
    assert failed is not None
    assert (failed.status, failed.error_message) == (JobStatus.FAILED, GAVE_UP)
    assert await queued_jobs(queue) == []


async def test_at_most_a_batch_is_taken_per_run_oldest_first(
    new_uow: UnitOfWorkFactory, clock: ManualClock, queue: InProcessJobQueue
) -> None:
    jobs = [a_job(a_session_id(), START + n * MINUTE) for n in range(3)]
    await stored(new_uow, *jobs)
    clock.set(START + 30 * MINUTE)

    sweep = await RequeueStalledAnalyses(new_uow, queue, clock, limit=2)()

    assert (sweep.found, sweep.requeued, sweep.more) == (2, 2, True)
    assert await queued_ids(queue) == [job.id for job in jobs[:2]]


def test_a_timeout_must_be_positive(
    new_uow: UnitOfWorkFactory, clock: ManualClock, queue: InProcessJobQueue
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        RequeueStalledAnalyses(new_uow, queue, clock, timeout=timedelta(0))


async def queued_ids(queue: InProcessJobQueue) -> list[AnalysisJobId]:
    """The analyses the queue's waiting jobs carry, in order."""
    return [found for queued in await queued_jobs(queue) for found in analysis_ids_of(queued)]
