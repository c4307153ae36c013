"""Requesting an analysis: one job per call at a time, only for analysable calls."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

import pytest

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.system import ManualClock
from kundrost.application.get_analysis import GetAnalysis
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.domain.analysis_job import AnalysisStage, JobStatus
from kundrost.domain.call_status import CallStatus
from kundrost.domain.errors import NotAnalysable
from kundrost.domain.ids import CallSessionId
from kundrost.ports.analyzer import AnalyzerError
from kundrost.ports.errors import NotFound
from tests.application.analysis.builders import Calls
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.unit.grading_builders import a_low_grade_analysis


async def test_a_completed_call_gets_a_queued_job_that_the_queue_runs_to_completion(
    calls: Calls,
    request_analysis: RequestAnalysis,
    queue: InProcessJobQueue,
    get_analysis: GetAnalysis,
) -> None:
    session = await calls.recorded()

    job = await request_analysis(session.id)

    assert (job.status, job.stage, job.call_session_id) == (
        JobStatus.QUEUED,
        AnalysisStage.QUEUED,
        session.id,
    )
    assert queue.pending() == 1
    await queue.drain()
    view = await get_analysis(job.id)
    assert view.job.status is JobStatus.COMPLETED
    assert view.assessment is not None
    assert view.assessment.call_session_id == session.id


async def test_asking_twice_returns_the_same_queued_job_and_queues_it_once(
    calls: Calls, request_analysis: RequestAnalysis, queue: InProcessJobQueue
) -> None:
    session = await calls.recorded()

    first = await request_analysis(session.id)
    second = await request_analysis(session.id)

    assert second == first
    assert queue.pending() == 1


async def test_asking_again_after_completion_returns_the_completed_job_unchanged(
    calls: Calls,
    request_analysis: RequestAnalysis,
    queue: InProcessJobQueue,
    analyzer: ScriptedAnalyzer,
) -> None:
    session = await calls.recorded()
    first = await request_analysis(session.id)
    await queue.drain()

    again = await request_analysis(session.id)

    assert again.id == first.id
    assert again.status is JobStatus.COMPLETED
    assert queue.pending() == 0
    assert len(analyzer.read) == 1


async def test_asking_again_for_low_grade_feedback_returns_its_job_though_the_words_are_gone(
    calls: Calls,
    request_analysis: RequestAnalysis,
    queue: InProcessJobQueue,
    analyzer: ScriptedAnalyzer,
) -> None:
    analyzer.answers(a_low_grade_analysis())
    session = await calls.recorded()
    first = await request_analysis(session.id)
    await queue.drain()

    again = await request_analysis(session.id)

    assert (again.id, again.status) == (first.id, JobStatus.COMPLETED)
    with pytest.raises(NotAnalysable) as refused:
        await request_analysis(session.id, force=True)
    assert refused.value.code == "NOT_ANALYSABLE"


async def test_a_forced_request_queues_a_new_job_that_replaces_the_assessment(
    calls: Calls,
    request_analysis: RequestAnalysis,
    queue: InProcessJobQueue,
    get_analysis: GetAnalysis,
    analyzer: ScriptedAnalyzer,
) -> None:
    session = await calls.recorded()
    first = await request_analysis(session.id)
    await queue.drain()

    forced = await request_analysis(session.id, force=True)
    await queue.drain()

    assert forced.id != first.id
    assert forced.status is JobStatus.QUEUED
    view = await get_analysis(forced.id)
    assert view.job.status is JobStatus.COMPLETED
    assert len(analyzer.read) == 2
    assert (await get_analysis(first.id)).assessment is None


async def test_after_a_failed_job_a_plain_request_queues_a_new_one(
    calls: Calls,
    request_analysis: RequestAnalysis,
    queue: InProcessJobQueue,
    analyzer: ScriptedAnalyzer,
) -> None:
    session = await calls.recorded()
    analyzer.fails_with(AnalyzerError("timed out"))
    failed = await request_analysis(session.id)
    await queue.drain()

    retried = await request_analysis(session.id)

    assert retried.id != failed.id
    assert retried.status is JobStatus.QUEUED


async def test_an_unknown_call_is_not_found(request_analysis: RequestAnalysis) -> None:
    with pytest.raises(NotFound) as refused:
        await request_analysis(CallSessionId(UUID("00000000-0000-4000-8000-000000000001")))
    assert refused.value.code == "NOT_FOUND"


async def test_an_expired_call_is_not_found(
    calls: Calls, request_analysis: RequestAnalysis, clock: ManualClock
) -> None:
    session = await calls.recorded()
    clock.advance(timedelta(days=90))

    with pytest.raises(NotFound) as refused:
        await request_analysis(session.id)
    assert refused.value.code == "NOT_FOUND"


@pytest.mark.parametrize(
    ("status", "duration", "with_transcript"),
    [
        (CallStatus.ABANDONED, 95, True),
        (CallStatus.FAILED, 95, True),
        (CallStatus.COMPLETED, 45, True),
        (CallStatus.COMPLETED, 121, True),
        (CallStatus.COMPLETED, 95, False),
    ],
    ids=["abandoned", "failed", "too short", "too long", "transcript gone"],
)
async def test_a_call_that_cannot_be_analysed_is_refused_and_nothing_is_queued(
    calls: Calls,
    request_analysis: RequestAnalysis,
    queue: InProcessJobQueue,
    status: CallStatus,
    duration: int,
    with_transcript: bool,
) -> None:
    session = await calls.recorded(
        status=status, duration=duration, with_transcript=with_transcript
    )

    with pytest.raises(NotAnalysable) as refused:
        await request_analysis(session.id)
    assert refused.value.code == "NOT_ANALYSABLE"
    assert queue.pending() == 0
