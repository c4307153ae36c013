"""JobQueue contract: an accepted job runs once, by its kind's handler, not before its time."""

from __future__ import annotations

from datetime import timedelta

from kundrost.adapters.system import ManualClock
from kundrost.ports.availability import Unavailable
from kundrost.ports.job_queue import BATCH, Job, JobKind
from tests.adapters.conftest import RunnableQueue

ANALYSE, RETRY = JobKind.ANALYSE_FEEDBACK, JobKind.RETRY_CALL
HOUR = timedelta(hours=1)


def recorder(queue: RunnableQueue, kind: JobKind = ANALYSE) -> list[Job]:
    ran: list[Job] = []

    async def handle(job: Job) -> None:
        ran.append(job)

    queue.register(kind, handle)
    return ran


def a_job(n: int = 1, *, key: str | None = None, kind: JobKind = ANALYSE) -> Job:
    return Job(kind, {"analysis_id": f"job-{n}"}, key=key)


async def test_an_accepted_job_runs_once_by_the_handler_of_its_kind(
    job_queue: RunnableQueue,
) -> None:
    analysed, retried = recorder(job_queue, ANALYSE), recorder(job_queue, RETRY)
    job = a_job(key="analysis:1")
    assert await job_queue.enqueue(job) is True
    await job_queue.drain()
    await job_queue.drain()
    assert analysed == [job]
    assert retried == []


async def test_a_job_with_the_key_of_a_pending_one_is_refused(job_queue: RunnableQueue) -> None:
    ran = recorder(job_queue)
    first, duplicate = a_job(1, key="analysis:1"), a_job(2, key="analysis:1")
    assert await job_queue.enqueue(first) is True
    assert await job_queue.enqueue(duplicate) is False
    await job_queue.drain()
    assert ran == [first]


async def test_a_key_is_free_again_once_its_job_has_run(job_queue: RunnableQueue) -> None:
    ran = recorder(job_queue)
    await job_queue.enqueue(a_job(1, key="analysis:1"))
    await job_queue.drain()
    assert await job_queue.enqueue(a_job(2, key="analysis:1")) is True
    await job_queue.drain()
    assert [job.payload["analysis_id"] for job in ran] == ["job-1", "job-2"]


async def test_jobs_without_a_key_are_never_taken_for_duplicates(job_queue: RunnableQueue) -> None:
    ran = recorder(job_queue)
    assert [await job_queue.enqueue(a_job(1)) for _ in range(3)] == [True, True, True]
    await job_queue.drain()
    assert len(ran) == 3


async def test_a_handler_that_raises_does_not_stop_the_other_jobs(
    job_queue: RunnableQueue,
) -> None:
    ran = recorder(job_queue, RETRY)

    async def broken(job: Job) -> None:
        raise RuntimeError("analyzer unreachable")

    job_queue.register(ANALYSE, broken)
    await job_queue.enqueue(a_job(1, key="analysis:1"))
    await job_queue.enqueue(a_job(2, kind=RETRY))
    await job_queue.drain()
    assert len(ran) == 1
    assert await job_queue.enqueue(a_job(3, key="analysis:1")) is True


async def test_a_job_does_not_run_before_its_not_before(
    job_queue: RunnableQueue, clock: ManualClock
) -> None:
    ran = recorder(job_queue)
    later = Job(ANALYSE, {"analysis_id": "later"}, key="later", not_before=clock.now() + HOUR)
    assert await job_queue.enqueue(later) is True
    await job_queue.drain()
    assert ran == []
    assert await job_queue.enqueue(later) is False
    clock.advance(HOUR)
    await job_queue.drain()
    assert ran == [later]


async def test_draining_until_a_time_runs_the_jobs_due_by_then(
    job_queue: RunnableQueue, clock: ManualClock
) -> None:
    ran = recorder(job_queue)
    start = clock.now()
    due = [Job(ANALYSE, {"at": str(n)}, not_before=start + HOUR * n) for n in (3, 1, 2)]
    for job in due:
        await job_queue.enqueue(job)
    await job_queue.drain(until=start + HOUR * 2)
    assert [job.payload["at"] for job in ran] == ["1", "2"]
    await job_queue.drain(until=start + HOUR * 3)
    assert [job.payload["at"] for job in ran] == ["1", "2", "3"]


async def test_drain_also_runs_the_jobs_that_running_jobs_enqueue(
    job_queue: RunnableQueue,
) -> None:
    ran = recorder(job_queue, RETRY)

    async def analyse_then_retry(job: Job) -> None:
        await job_queue.enqueue(Job(RETRY, {"after": job.payload["analysis_id"]}))

    job_queue.register(ANALYSE, analyse_then_retry)
    await job_queue.enqueue(a_job(1))
    await job_queue.drain()
    assert [job.payload for job in ran] == [{"after": "job-1"}]


async def test_a_handler_that_meets_an_unavailable_service_runs_again_until_it_gets_through(
    job_queue: RunnableQueue,
) -> None:
    attempts: list[str] = []

    async def storage_back_on_the_third_try(job: Job) -> None:
        attempts.append(job.payload["analysis_id"])
        if len(attempts) < 3:
            raise Unavailable("storage", ConnectionRefusedError())

    job_queue.register(ANALYSE, storage_back_on_the_third_try)
    await job_queue.enqueue(a_job(1, key="analysis:1"))
    await job_queue.drain()
    assert attempts == ["job-1"] * 3
    assert await job_queue.enqueue(a_job(2, key="analysis:1")) is True


async def test_gathering_jobs_enqueued_before_a_run_reach_one_run_of_the_handler(
    job_queue: RunnableQueue,
) -> None:
    ran = recorder(job_queue)
    accepted = [await job_queue.enqueue(Job.gathering(ANALYSE, f"a{n}")) for n in range(3)]
    await job_queue.drain()
    assert accepted == [True, True, True]
    assert [job.items for job in ran] == [("a0", "a1", "a2")]
    assert all(job.gathers for job in ran)


async def test_an_item_waiting_already_is_refused_and_runs_once(job_queue: RunnableQueue) -> None:
    ran = recorder(job_queue)
    assert await job_queue.enqueue(Job.gathering(ANALYSE, "a1")) is True
    assert await job_queue.enqueue(Job.gathering(ANALYSE, "a2")) is True
    assert await job_queue.enqueue(Job.gathering(ANALYSE, "a1")) is False
    await job_queue.drain()
    assert [job.items for job in ran] == [("a1", "a2")]


async def test_an_item_is_refused_while_its_job_runs_and_accepted_again_after(
    job_queue: RunnableQueue,
) -> None:
    again: list[bool] = []
    ran: list[tuple[str, ...]] = []

    async def handle(job: Job) -> None:
        ran.append(job.items)
        if len(ran) == 1:
            again.append(await job_queue.enqueue(Job.gathering(ANALYSE, "a1")))

    job_queue.register(ANALYSE, handle)
    await job_queue.enqueue(Job.gathering(ANALYSE, "a1"))
    await job_queue.drain()
    assert again == [False]
    assert await job_queue.enqueue(Job.gathering(ANALYSE, "a1")) is True
    await job_queue.drain()
    assert ran == [("a1",), ("a1",)]


async def test_a_gathering_job_holds_at_most_the_batch_size(job_queue: RunnableQueue) -> None:
    ran = recorder(job_queue)
    for n in range(BATCH + 3):
        await job_queue.enqueue(Job.gathering(ANALYSE, f"a{n}"))
    await job_queue.drain()
    assert sorted(len(job.items) for job in ran) == [3, BATCH]
    assert sorted(item for job in ran for item in job.items) == sorted(
        f"a{n}" for n in range(BATCH + 3)
    )


async def test_an_item_enqueued_while_its_kind_runs_goes_to_a_new_run(
    job_queue: RunnableQueue,
) -> None:
    ran: list[tuple[str, ...]] = []

    async def handle(job: Job) -> None:
        ran.append(job.items)
        if len(ran) == 1:
            assert await job_queue.enqueue(Job.gathering(ANALYSE, "late")) is True

    job_queue.register(ANALYSE, handle)
    await job_queue.enqueue(Job.gathering(ANALYSE, "first"))
    await job_queue.drain()
    await job_queue.drain()
    assert ran == [("first",), ("late",)]


async def test_gathering_keeps_kinds_apart(job_queue: RunnableQueue) -> None:
    analysed, retried = recorder(job_queue, ANALYSE), recorder(job_queue, RETRY)
    await job_queue.enqueue(Job.gathering(ANALYSE, "a"))
    await job_queue.enqueue(Job.gathering(RETRY, "r"))
    await job_queue.enqueue(Job.gathering(ANALYSE, "b"))
    await job_queue.drain()
    assert [job.items for job in analysed] == [("a", "b")]
    assert [job.items for job in retried] == [("r",)]
