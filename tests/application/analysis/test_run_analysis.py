"""Running an analysis: read, check for fraud, grade; keep qualifying words, delete the rest."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from uuid import UUID

import pytest

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.analysis_queue import queue_job_for
from kundrost.application.get_analysis import GetAnalysis
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analyses import RunAnalyses
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage, JobStatus
from kundrost.domain.fraud import Indicator
from kundrost.domain.ids import AnalysisJobId
from kundrost.ports.analyzer import AnalyzerError
from kundrost.ports.availability import Unavailable
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from tests.application.analysis.builders import (
    ANSWER_SETS,
    DAYTIME_PURCHASE,
    NIGHT_PURCHASE,
    Calls,
    stored,
)
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.unit.grading_builders import a_low_grade_analysis, a_store_context, an_analysis


@pytest.fixture
async def queued(calls: Calls, request_analysis: RequestAnalysis) -> AnalysisJob:
    """A job queued for an honest daytime visit to a store with its context on record."""
    await calls.store_context()
    return await request_analysis((await calls.recorded()).id)


async def test_qualifying_feedback_keeps_its_transcript_and_content_and_earns_a_reward(
    queued: AnalysisJob, run_analysis: RunAnalysis, new_uow: UnitOfWorkFactory
) -> None:
    job = await run_analysis(queued.id)

    kept = await stored(new_uow, queued.call_session_id)
    assert (job.status, job.stage) == (JobStatus.COMPLETED, AnalysisStage.DONE)
    assert kept.assessment is not None
    assert job.assessment_id == kept.assessment.id
    assert kept.assessment.qualifies
    assert kept.assessment.reward_percentage is not None
    assert Decimal("2.00") <= kept.assessment.reward_percentage <= Decimal("15.00")
    assert kept.assessment.summary
    assert kept.assessment.themes
    assert kept.assessment.actionable_items
    assert kept.transcript is not None
    assert [record.verdict.is_fraudulent for record in kept.fraud_records] == [False]


async def test_the_analyzer_reads_the_transcript_with_the_stores_context(
    queued: AnalysisJob, run_analysis: RunAnalysis, analyzer: ScriptedAnalyzer
) -> None:
    await run_analysis(queued.id)

    (read,) = analyzer.read
    assert read.transcript.call_session_id == queued.call_session_id
    assert read.context == a_store_context()


async def test_the_assessment_names_the_analyzer_and_how_long_it_took(
    queued: AnalysisJob,
    run_analysis: RunAnalysis,
    analyzer: ScriptedAnalyzer,
    clock: ManualClock,
    new_uow: UnitOfWorkFactory,
) -> None:
    async def takes_two_seconds() -> None:
        clock.advance(timedelta(seconds=2))

    analyzer.while_reading = takes_two_seconds

    await run_analysis(queued.id)

    assessment = (await stored(new_uow, queued.call_session_id)).assessment
    assert assessment is not None
    metadata = assessment.analysis_metadata
    assert (metadata.analyzer, metadata.model_version) == ("offline", "heuristics-1")
    assert metadata.analysis_duration_ms == 2000


async def test_a_poller_sees_the_job_processing_while_the_analyzer_reads(
    queued: AnalysisJob,
    run_analysis: RunAnalysis,
    analyzer: ScriptedAnalyzer,
    get_analysis: GetAnalysis,
) -> None:
    seen: list[tuple[JobStatus, AnalysisStage]] = []

    async def poll() -> None:
        job = (await get_analysis(queued.id)).job
        seen.append((job.status, job.stage))

    analyzer.while_reading = poll

    await run_analysis(queued.id)

    assert seen == [(JobStatus.PROCESSING, AnalysisStage.ANALYSING)]


async def test_a_purchase_at_two_in_the_night_is_fraud_and_its_words_are_deleted(
    calls: Calls,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    new_uow: UnitOfWorkFactory,
) -> None:
    await calls.store_context()
    session = await calls.recorded(transaction_time=NIGHT_PURCHASE)
    queued = await request_analysis(session.id)

    job = await run_analysis(queued.id)

    left = await stored(new_uow, session.id)
    assert job.status is JobStatus.COMPLETED
    assert left.transcript is None
    assert left.assessment is not None
    assert left.assessment.is_fraudulent
    assert left.assessment.reward_percentage is None
    assert left.assessment.fraud_reasons == (Indicator.BUSINESS_HOURS_VIOLATION,)
    assert left.assessment.content_deleted
    assert left.assessment.summary is None
    assert left.assessment.themes == ()
    assert left.assessment.actionable_items == ()
    assert left.fraud_records[0].verdict.is_fraudulent


async def test_low_grade_feedback_earns_nothing_and_its_words_are_deleted(
    queued: AnalysisJob,
    run_analysis: RunAnalysis,
    analyzer: ScriptedAnalyzer,
    new_uow: UnitOfWorkFactory,
) -> None:
    analyzer.answers(a_low_grade_analysis())

    job = await run_analysis(queued.id)

    left = await stored(new_uow, queued.call_session_id)
    assert job.status is JobStatus.COMPLETED
    assert left.transcript is None
    assert left.assessment is not None
    assert not left.assessment.qualifies
    assert not left.assessment.is_fraudulent
    assert left.assessment.reward_percentage is None
    assert left.assessment.content_deleted
    assert left.assessment.summary is None
    assert left.assessment.scores.overall == Decimal("0.1490")


async def test_a_copy_of_another_recent_feedback_is_fraud(
    calls: Calls,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    new_uow: UnitOfWorkFactory,
) -> None:
    await calls.recorded(answers=ANSWER_SETS[1])
    copy = await calls.recorded(answers=ANSWER_SETS[1])

    await run_analysis((await request_analysis(copy.id)).id)

    assessment = (await stored(new_uow, copy.id)).assessment
    assert assessment is not None
    assert assessment.fraud_reasons == (Indicator.DUPLICATE_FEEDBACK,)


async def test_a_fourth_feedback_call_from_one_number_within_a_week_is_fraud(
    calls: Calls,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    clock: ManualClock,
    new_uow: UnitOfWorkFactory,
) -> None:
    number = "+46709999999"
    for _ in range(3):
        await calls.recorded(phone=number)
        clock.advance(timedelta(days=2))
    fourth = await calls.recorded(phone=number)

    await run_analysis((await request_analysis(fourth.id)).id)

    assessment = (await stored(new_uow, fourth.id)).assessment
    assert assessment is not None
    assert assessment.fraud_reasons == (Indicator.PHONE_VELOCITY,)


async def test_calls_from_one_number_more_than_a_week_apart_are_not_counted(
    calls: Calls,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    clock: ManualClock,
    new_uow: UnitOfWorkFactory,
) -> None:
    number = "+46709999999"
    for _ in range(3):
        await calls.recorded(phone=number)
        clock.advance(timedelta(days=4))
    fourth = await calls.recorded(phone=number)

    await run_analysis((await request_analysis(fourth.id)).id)

    assessment = (await stored(new_uow, fourth.id)).assessment
    assert assessment is not None
    assert assessment.qualifies


async def test_running_a_finished_job_again_changes_nothing(
    queued: AnalysisJob,
    run_analysis: RunAnalysis,
    analyzer: ScriptedAnalyzer,
    new_uow: UnitOfWorkFactory,
) -> None:
    first = await run_analysis(queued.id)
    before = await stored(new_uow, queued.call_session_id)

    second = await run_analysis(queued.id)

    assert second == first
    assert await stored(new_uow, queued.call_session_id) == before
    assert len(before.fraud_records) == 1
    assert len(analyzer.read) == 1


async def test_a_queue_delivering_the_job_twice_runs_it_once(
    queued: AnalysisJob,
    queue: InProcessJobQueue,
    run_analysis: RunAnalysis,
    analyzer: ScriptedAnalyzer,
) -> None:
    await queue.drain()
    await RunAnalyses(run_analysis).handle(queue_job_for(queued))

    assert len(analyzer.read) == 1
    assert queue.failures == []


async def test_an_analyzer_failure_fails_the_job_keeps_the_transcript_and_a_re_request_works(
    queued: AnalysisJob,
    run_analysis: RunAnalysis,
    request_analysis: RequestAnalysis,
    queue: InProcessJobQueue,
    analyzer: ScriptedAnalyzer,
    new_uow: UnitOfWorkFactory,
) -> None:
    secret = "Köttdisken var fantastisk"
    analyzer.fails_with(AnalyzerError(f"could not parse: {secret}"))

    failed = await run_analysis(queued.id)

    assert failed.status is JobStatus.FAILED
    assert failed.error_message is not None
    assert secret not in failed.error_message
    assert "Köttdisken" not in failed.error_message
    left = await stored(new_uow, queued.call_session_id)
    assert left.transcript is not None
    assert left.assessment is None

    analyzer.answers(an_analysis())
    again = await request_analysis(queued.call_session_id, force=True)
    await queue.drain()
    assert (await stored(new_uow, queued.call_session_id)).assessment is not None
    assert again.id != failed.id


async def test_the_queue_handler_swallows_an_analyzer_error_and_leaves_the_job_failed(
    queued: AnalysisJob,
    queue: InProcessJobQueue,
    analyzer: ScriptedAnalyzer,
    get_analysis: GetAnalysis,
) -> None:
    analyzer.fails_with(AnalyzerError("unreachable"))

    await queue.drain()

    assert queue.failures == []
    assert (await get_analysis(queued.id)).job.status is JobStatus.FAILED


async def test_an_unexpected_error_fails_the_job_and_is_raised_again(
    queued: AnalysisJob,
    run_analysis: RunAnalysis,
    analyzer: ScriptedAnalyzer,
    get_analysis: GetAnalysis,
    new_uow: UnitOfWorkFactory,
) -> None:
    analyzer.fails_with(RuntimeError("a bug"))

    with pytest.raises(RuntimeError, match="a bug"):
        await run_analysis(queued.id)

    job = (await get_analysis(queued.id)).job
    assert job.status is JobStatus.FAILED
    assert job.error_message == "The analysis stopped on an unexpected error (RuntimeError)."
    assert (await stored(new_uow, queued.call_session_id)).transcript is not None


async def test_a_call_whose_transcript_went_before_the_job_ran_fails_the_job(
    queued: AnalysisJob, run_analysis: RunAnalysis, new_uow: UnitOfWorkFactory
) -> None:
    async with new_uow() as uow:
        await uow.transcripts.delete_for_session(queued.call_session_id)
        await uow.commit()

    job = await run_analysis(queued.id)

    assert job.status is JobStatus.FAILED
    assert job.error_message is not None
    assert "cannot be analysed" in job.error_message


async def test_a_call_that_expired_before_the_job_ran_fails_the_job(
    queued: AnalysisJob, run_analysis: RunAnalysis, clock: ManualClock
) -> None:
    clock.advance(timedelta(days=91))

    job = await run_analysis(queued.id)

    assert job.status is JobStatus.FAILED
    assert job.error_message == "The call session no longer exists or has expired."


async def test_an_unknown_analysis_is_not_found(
    run_analysis: RunAnalysis, get_analysis: GetAnalysis
) -> None:
    unknown = AnalysisJobId(UUID("00000000-0000-4000-8000-000000000002"))

    with pytest.raises(NotFound) as ran:
        await run_analysis(unknown)
    with pytest.raises(NotFound) as got:
        await get_analysis(unknown)
    assert ran.value.code == got.value.code == "NOT_FOUND"


async def test_a_queued_analysis_shows_no_assessment_yet(
    queued: AnalysisJob, get_analysis: GetAnalysis
) -> None:
    view = await get_analysis(queued.id)

    assert view.job == queued
    assert view.assessment is None


async def test_storage_away_mid_run_fails_nothing_and_the_next_run_finishes(
    queued: AnalysisJob,
    new_uow: UnitOfWorkFactory,
    analyzer: ScriptedAnalyzer,
    clock: ManualClock,
    ids: SeededIds,
) -> None:
    refusals = 0

    def blinking_uow() -> UnitOfWork:
        nonlocal refusals
        if refusals:
            refusals -= 1
            raise Unavailable("storage", ConnectionRefusedError())
        return new_uow()

    async def storage_blinks() -> None:
        nonlocal refusals
        refusals = 1  # away for the next unit of work only, back for the one after

    analyzer.while_reading = storage_blinks
    run = RunAnalysis(blinking_uow, analyzer, clock, ids)

    with pytest.raises(Unavailable):
        await run(queued.id)
    analyzer.while_reading = None
    async with new_uow() as uow:
        midway = await uow.analysis_jobs.get(queued.id)
    finished = await run(queued.id)

    assert midway is not None
    assert (midway.status, midway.stage) == (JobStatus.PROCESSING, AnalysisStage.ANALYSING)
    assert finished.status is JobStatus.COMPLETED
    assert (await stored(new_uow, queued.call_session_id)).assessment is not None


class CountingUnitsOfWork:
    """A unit-of-work factory that counts the units opened and the commits made."""

    def __init__(self, new_uow: UnitOfWorkFactory) -> None:
        self._new_uow = new_uow
        self.opened = self.commits = 0

    def __call__(self) -> UnitOfWork:
        self.opened += 1
        uow = self._new_uow()
        commit = uow.commit

        async def counted() -> None:
            self.commits += 1
            await commit()

        uow.commit = counted  # type: ignore[method-assign]
        return uow


@pytest.mark.parametrize("night", [False, True], ids=["qualifying", "fraudulent"])
async def test_a_job_commits_twice_once_as_analysing_and_once_with_its_grade(
    calls: Calls,
    request_analysis: RequestAnalysis,
    analyzer: ScriptedAnalyzer,
    clock: ManualClock,
    ids: SeededIds,
    new_uow: UnitOfWorkFactory,
    night: bool,
) -> None:
    await calls.store_context()
    session = await calls.recorded(transaction_time=NIGHT_PURCHASE if night else DAYTIME_PURCHASE)
    queued = await request_analysis(session.id)
    counting = CountingUnitsOfWork(new_uow)

    job = await RunAnalysis(counting, analyzer, clock, ids)(queued.id)

    assert job.status is JobStatus.COMPLETED
    assert (counting.opened, counting.commits) == (2, 2)
    assert (await stored(new_uow, session.id)).assessment is not None
