"""Analyses gathered into one queue job: two commits for all, each failing item alone, and
every check as if the jobs had run one after another."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kundrost.adapters.memory import InProcessJobQueue, MemoryStore, MemoryUnitOfWork
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.analysis_queue import queue_job_for
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analyses import RunAnalyses
from kundrost.application.run_analysis import UNEXPECTED_FAILURE, RunAnalysis
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.analysis_job import AnalysisJob, JobStatus
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.fraud import Indicator
from kundrost.domain.ids import CallSessionId
from kundrost.ports.analyzer import FeedbackInput
from kundrost.ports.job_queue import JobKind
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from tests.application.analysis.builders import ANSWER_SETS, STARTED_AT, Calls, stored
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.application.analysis.test_run_analysis import CountingUnitsOfWork
from tests.unit.grading_builders import an_analysis


class PickyAnalyzer(ScriptedAnalyzer):
    """Raises `error` for the feedback whose words contain `marker`; answers the rest."""

    def __init__(self, analysis: FeedbackAnalysis, marker: str, error: Exception) -> None:
        super().__init__(analysis)
        self.marker, self.failure = marker, error

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        answer = await super().analyse(feedback)
        if self.marker in feedback.transcript.customer_text():
            raise self.failure
        return answer


def breaking_assessments_of(
    new_uow: UnitOfWorkFactory, session_id: CallSessionId
) -> Callable[[], UnitOfWork]:
    """Units of work whose storing of `session_id`'s assessment raises, as a bug would."""

    def new() -> UnitOfWork:
        uow = new_uow()
        put = uow.assessments.put

        async def breaking(assessment: QualityAssessment) -> None:
            if assessment.call_session_id == session_id:
                raise RuntimeError("a bug in storing one assessment")
            await put(assessment)

        uow.assessments.put = breaking  # type: ignore[method-assign]
        return uow

    return new


async def requested(
    calls: Calls, request_analysis: RequestAnalysis, answers: list[tuple[str, ...]]
) -> list[AnalysisJob]:
    await calls.store_context()
    jobs = []
    for given in answers:
        jobs.append(await request_analysis((await calls.recorded(answers=given)).id))
    return jobs


async def test_a_queue_job_takes_the_analyses_requested_meanwhile_in_two_commits(
    calls: Calls,
    request_analysis: RequestAnalysis,
    analyzer: ScriptedAnalyzer,
    clock: ManualClock,
    ids: SeededIds,
    new_uow: UnitOfWorkFactory,
) -> None:
    jobs = await requested(calls, request_analysis, list(ANSWER_SETS))
    counting = CountingUnitsOfWork(new_uow)
    graded: list[QualityAssessment] = []
    queue = InProcessJobQueue(clock, autostart=False)
    run = RunAnalyses(RunAnalysis(counting, analyzer, clock, ids, on_graded=graded.append))
    queue.register(JobKind.ANALYSE_FEEDBACK, run.handle)
    for job in jobs:
        await queue.enqueue(queue_job_for(job))

    await queue.drain()

    assert (counting.opened, counting.commits) == (2, 2)
    assert len(analyzer.read) == len(jobs)
    assert queue.failures == []
    for job in jobs:
        assert (await stored(new_uow, job.call_session_id)).assessment is not None
        async with new_uow() as uow:
            finished = await uow.analysis_jobs.get(job.id)
        assert finished is not None
        assert finished.status is JobStatus.COMPLETED
    assert sorted(a.call_session_id for a in graded) == sorted(j.call_session_id for j in jobs)


@pytest.mark.parametrize("error", [RuntimeError("a bug"), ValueError("unparseable")])
async def test_an_analysis_that_fails_unexpectedly_fails_alone(
    calls: Calls,
    request_analysis: RequestAnalysis,
    clock: ManualClock,
    ids: SeededIds,
    new_uow: UnitOfWorkFactory,
    error: Exception,
) -> None:
    jobs = await requested(calls, request_analysis, list(ANSWER_SETS[:3]))
    analyzer = PickyAnalyzer(an_analysis(), "havregrynen", error)  # ANSWER_SETS[2]
    run = RunAnalyses(RunAnalysis(new_uow, analyzer, clock, ids))

    outcome = await run([job.id for job in jobs])

    assert [job.status for job in outcome.jobs] == [
        JobStatus.COMPLETED,
        JobStatus.COMPLETED,
        JobStatus.FAILED,
    ]
    assert outcome.jobs[2].error_message == UNEXPECTED_FAILURE.format(error=type(error).__name__)
    assert outcome.errors == (error,)
    with pytest.raises(type(error)):
        outcome.raise_first()
    failing = await stored(new_uow, jobs[2].call_session_id)
    assert failing.assessment is None
    assert failing.transcript is not None, "kept for a re-run"


async def test_a_grade_that_cannot_be_stored_fails_alone_and_the_others_are_kept(
    calls: Calls,
    request_analysis: RequestAnalysis,
    analyzer: ScriptedAnalyzer,
    clock: ManualClock,
    ids: SeededIds,
    new_uow: UnitOfWorkFactory,
) -> None:
    jobs = await requested(calls, request_analysis, list(ANSWER_SETS[:4]))
    broken = jobs[1].call_session_id
    graded: list[QualityAssessment] = []
    run = RunAnalyses(
        RunAnalysis(
            breaking_assessments_of(new_uow, broken), analyzer, clock, ids, on_graded=graded.append
        )
    )

    outcome = await run([job.id for job in jobs])

    assert [job.status for job in outcome.jobs] == [
        JobStatus.COMPLETED,
        JobStatus.FAILED,
        JobStatus.COMPLETED,
        JobStatus.COMPLETED,
    ]
    assert [type(error) for error in outcome.errors] == [RuntimeError]
    for job in jobs:
        left = await stored(new_uow, job.call_session_id)
        assert (left.assessment is None) is (job.call_session_id == broken)
    assert len(graded) == 3, "each stored grade counted once, none for the rolled-back batch"


async def test_a_batch_delivered_twice_runs_each_analysis_once(
    calls: Calls,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    analyzer: ScriptedAnalyzer,
    new_uow: UnitOfWorkFactory,
) -> None:
    jobs = await requested(calls, request_analysis, list(ANSWER_SETS[:3]))
    ids = [job.id for job in jobs]

    first = await RunAnalyses(run_analysis)(ids)
    again = await RunAnalyses(run_analysis)([*ids, ids[0]])

    assert len(analyzer.read) == 3
    assert [job.assessment_id for job in again.jobs] == [job.assessment_id for job in first.jobs]


def fresh(
    clock_at: ManualClock,
) -> tuple[UnitOfWorkFactory, Calls, RequestAnalysis, RunAnalysis]:
    """A store of its own, with ids seeded alike, so two runs can be compared."""
    store = MemoryStore()

    def new_uow() -> UnitOfWork:
        return MemoryUnitOfWork(store)

    ids = SeededIds(7)
    calls = Calls(new_uow, clock_at, ids)
    queue = InProcessJobQueue(clock_at, autostart=False)
    request = RequestAnalysis(new_uow, queue, clock_at, ids)
    run = RunAnalysis(new_uow, ScriptedAnalyzer(an_analysis()), clock_at, ids)
    return new_uow, calls, request, run


async def test_near_duplicates_in_one_batch_are_caught_as_one_after_another_catches_them() -> None:
    answers = [ANSWER_SETS[0], ANSWER_SETS[1], ANSWER_SETS[2], ANSWER_SETS[1]]
    verdicts = []
    for batched in (False, True):
        new_uow, calls, request, run = fresh(ManualClock(STARTED_AT))
        jobs = await requested(calls, request, answers)
        if batched:
            await RunAnalyses(run)([job.id for job in jobs])
        else:
            for job in jobs:
                await run(job.id)
        found = [(await stored(new_uow, job.call_session_id)).assessment for job in jobs]
        verdicts.append([assessment and assessment.fraud_reasons for assessment in found])
    one_by_one, batch = verdicts
    assert batch == one_by_one
    assert any(Indicator.DUPLICATE_FEEDBACK in (reasons or ()) for reasons in batch), batch
