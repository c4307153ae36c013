"""RecordTranscript: recording the conversation ends the call; analysable calls get analysed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundrost.adapters.memory import InProcessJobQueue, MemoryStore
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.analysis_queue import analysis_ids_of
from kundrost.application.record_transcript import AudioQuality, RecordTranscript
from kundrost.domain.analysis_job import JobStatus
from kundrost.domain.call_quality import ConnectionQuality
from kundrost.domain.call_status import CallStatus, EndReason
from kundrost.domain.errors import InvalidTransition, InvalidValue
from kundrost.domain.transcript import Message
from kundrost.ports.availability import Unavailable
from kundrost.ports.errors import TranscriptAlreadyRecorded
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.calls.doubles import BrokenQueue, StorageDown, breaking
from tests.application.calls.records import (
    NOW,
    job_of,
    metrics_of,
    put,
    queued_jobs,
    session_of,
    transcript_of,
)
from tests.unit.call_builders import SESSION_ID, a_call_session
from tests.unit.transcript_builders import SWEDISH_TALK, an_english_transcript, messages_of

SWEDISH = messages_of(SWEDISH_TALK, 95)
QUALITY = AudioQuality(
    connection_quality="good",
    audio_clarity_score=Decimal("0.87"),
    latency_ms=210,
    packet_loss_percentage=Decimal("1.5"),
    openai_api_latency_ms=320,
)


@pytest.fixture
async def in_progress(new_uow: UnitOfWorkFactory) -> None:
    await put(new_uow, a_call_session(CallStatus.IN_PROGRESS))


@pytest.mark.usefixtures("in_progress")
async def test_an_analysable_transcript_completes_the_call_and_queues_its_analysis(
    record_transcript: RecordTranscript, new_uow: UnitOfWorkFactory, queue: InProcessJobQueue
) -> None:
    recorded = await record_transcript(SESSION_ID, SWEDISH, 95, QUALITY)

    session = recorded.session
    assert (session.status, session.end_reason, session.duration_seconds) == (
        CallStatus.COMPLETED,
        EndReason.COMPLETED,
        95,
    )
    assert await session_of(new_uow, SESSION_ID) == session
    stored = await transcript_of(new_uow, SESSION_ID)
    assert stored is not None
    assert (stored.id, stored.messages, stored.recorded_at) == (
        recorded.transcript_id,
        SWEDISH,
        NOW,
    )
    job = recorded.analysis_job
    assert job is not None
    assert (job.status, job.call_session_id, job.created_at) == (JobStatus.QUEUED, SESSION_ID, NOW)
    assert await job_of(new_uow, SESSION_ID) == job
    assert [found for queued in await queued_jobs(queue) for found in analysis_ids_of(queued)] == [
        job.id
    ]


@pytest.mark.usefixtures("in_progress")
async def test_the_call_quality_is_kept_as_measured_when_the_transcript_is_recorded(
    record_transcript: RecordTranscript, new_uow: UnitOfWorkFactory
) -> None:
    await record_transcript(SESSION_ID, SWEDISH, 95, QUALITY)

    metrics = await metrics_of(new_uow, SESSION_ID)
    assert metrics is not None
    assert metrics.connection_quality is ConnectionQuality.GOOD
    assert (metrics.latency_ms, metrics.openai_api_latency_ms) == (210, 320)
    assert (metrics.audio_clarity_score, metrics.packet_loss_percentage) == (
        Decimal("0.87"),
        Decimal("1.5"),
    )
    assert metrics.recorded_at == NOW


@pytest.mark.usefixtures("in_progress")
@pytest.mark.parametrize(
    ("messages", "seconds", "reason"),
    [
        (messages_of(SWEDISH_TALK, 45), 45, EndReason.TOO_SHORT),
        (messages_of(SWEDISH_TALK, 130), 130, EndReason.TOO_LONG),
        (an_english_transcript(95).messages, 95, EndReason.LANGUAGE_BARRIER),
        (an_english_transcript(30).messages, 30, EndReason.LANGUAGE_BARRIER),
    ],
    ids=["too-short", "too-long", "english", "english-and-too-short"],
)
async def test_an_unanalysable_transcript_abandons_the_call_and_is_not_kept(
    record_transcript: RecordTranscript,
    new_uow: UnitOfWorkFactory,
    queue: InProcessJobQueue,
    messages: tuple[Message, ...],
    seconds: int,
    reason: EndReason,
) -> None:
    recorded = await record_transcript(SESSION_ID, messages, seconds, QUALITY)

    assert (recorded.session.status, recorded.session.end_reason) == (CallStatus.ABANDONED, reason)
    assert recorded.session.duration_seconds == seconds
    assert recorded.analysis_job is None
    assert await session_of(new_uow, SESSION_ID) == recorded.session
    assert await transcript_of(new_uow, SESSION_ID) is None
    assert await job_of(new_uow, SESSION_ID) is None
    assert await metrics_of(new_uow, SESSION_ID) is not None
    assert await queued_jobs(queue) == []


@pytest.mark.usefixtures("in_progress")
async def test_a_language_barrier_the_agent_heard_abandons_even_a_mostly_swedish_call(
    record_transcript: RecordTranscript, new_uow: UnitOfWorkFactory
) -> None:
    recorded = await record_transcript(
        SESSION_ID, SWEDISH, 95, end_reason=EndReason.LANGUAGE_BARRIER
    )

    assert recorded.session.end_reason is EndReason.LANGUAGE_BARRIER
    assert recorded.session.status is CallStatus.ABANDONED
    assert await transcript_of(new_uow, SESSION_ID) is None


@pytest.mark.usefixtures("in_progress")
async def test_an_analysable_call_the_customer_hung_up_is_completed_with_that_reason(
    record_transcript: RecordTranscript,
) -> None:
    recorded = await record_transcript(
        SESSION_ID, SWEDISH, 95, end_reason=EndReason.CUSTOMER_HANGUP
    )

    assert (recorded.session.status, recorded.session.end_reason) == (
        CallStatus.COMPLETED,
        EndReason.CUSTOMER_HANGUP,
    )
    assert recorded.analysis_job is not None


@pytest.mark.parametrize(
    "status", [CallStatus.PENDING, CallStatus.FAILED, CallStatus.ABANDONED], ids=str
)
async def test_only_a_call_in_progress_takes_a_transcript(
    record_transcript: RecordTranscript, new_uow: UnitOfWorkFactory, status: CallStatus
) -> None:
    session = a_call_session(status)
    await put(new_uow, session)

    with pytest.raises(InvalidTransition) as refused:
        await record_transcript(SESSION_ID, SWEDISH, 95)

    assert refused.value.code == "INVALID_TRANSITION"
    assert refused.value.details["from_state"] == status.value
    assert await session_of(new_uow, SESSION_ID) == session
    assert await transcript_of(new_uow, SESSION_ID) is None


@pytest.mark.usefixtures("in_progress")
async def test_a_second_transcript_of_a_call_is_refused(
    record_transcript: RecordTranscript, new_uow: UnitOfWorkFactory
) -> None:
    first = await record_transcript(SESSION_ID, SWEDISH, 95)

    with pytest.raises(TranscriptAlreadyRecorded) as refused:
        await record_transcript(SESSION_ID, messages_of(SWEDISH_TALK, 100), 100)

    assert refused.value.code == "TRANSCRIPT_ALREADY_RECORDED"
    stored = await transcript_of(new_uow, SESSION_ID)
    assert stored is not None
    assert stored.id == first.transcript_id


@pytest.mark.usefixtures("in_progress")
async def test_messages_out_of_order_are_refused_before_anything_is_written(
    record_transcript: RecordTranscript, new_uow: UnitOfWorkFactory
) -> None:
    backwards = tuple(reversed(SWEDISH))

    with pytest.raises(InvalidValue) as refused:
        await record_transcript(SESSION_ID, backwards, 95)

    assert refused.value.field == "messages[1].message_order"
    assert (await session_of(new_uow, SESSION_ID)).status is CallStatus.IN_PROGRESS  # type: ignore[union-attr]


@pytest.mark.usefixtures("in_progress")
async def test_a_bad_quality_measurement_is_refused_before_anything_is_written(
    record_transcript: RecordTranscript, new_uow: UnitOfWorkFactory
) -> None:
    crackling = AudioQuality(
        connection_quality="crackling",
        audio_clarity_score=Decimal("0.5"),
        latency_ms=100,
        packet_loss_percentage=Decimal(0),
    )

    with pytest.raises(InvalidValue) as refused:
        await record_transcript(SESSION_ID, SWEDISH, 95, crackling)

    assert refused.value.field == "connection_quality"
    assert await transcript_of(new_uow, SESSION_ID) is None


@pytest.mark.usefixtures("in_progress")
async def test_a_storage_error_before_the_commit_leaves_nothing_behind(
    store: MemoryStore, new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    queue = InProcessJobQueue(clock, autostart=False)
    record = RecordTranscript(breaking(store, "quality_metrics.put"), queue, clock, SeededIds(3))

    with pytest.raises(StorageDown):
        await record(SESSION_ID, SWEDISH, 95, QUALITY)

    assert (await session_of(new_uow, SESSION_ID)).status is CallStatus.IN_PROGRESS  # type: ignore[union-attr]
    assert await transcript_of(new_uow, SESSION_ID) is None
    assert await job_of(new_uow, SESSION_ID) is None
    assert await metrics_of(new_uow, SESSION_ID) is None
    assert queue.pending() == 0


@pytest.mark.usefixtures("in_progress")
async def test_a_queue_that_fails_after_the_commit_leaves_the_job_stored_as_queued(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    queue = BrokenQueue()
    record = RecordTranscript(new_uow, queue, clock, SeededIds(3))

    with pytest.raises(StorageDown):
        await record(SESSION_ID, SWEDISH, 95)

    job = await job_of(new_uow, SESSION_ID)
    assert job is not None
    assert job.status is JobStatus.QUEUED
    assert [found for attempt in queue.attempts for found in analysis_ids_of(attempt)] == [job.id]
    assert (await session_of(new_uow, SESSION_ID)).status is CallStatus.COMPLETED  # type: ignore[union-attr]


@pytest.mark.usefixtures("in_progress")
async def test_a_queue_that_is_away_after_the_commit_leaves_the_job_queued_and_the_call_recorded(
    new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    queue = BrokenQueue(Unavailable("queue", ConnectionRefusedError()))
    record = RecordTranscript(new_uow, queue, clock, SeededIds(3))

    recorded = await record(SESSION_ID, SWEDISH, 95)

    job = await job_of(new_uow, SESSION_ID)
    assert job is not None
    assert recorded.analysis_job == job
    assert job.status is JobStatus.QUEUED
    assert [found for attempt in queue.attempts for found in analysis_ids_of(attempt)] == [job.id]
    assert recorded.session.status is CallStatus.COMPLETED
