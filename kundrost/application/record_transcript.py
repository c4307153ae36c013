"""RecordTranscript: the conversation is recorded, which ends the call and queues its analysis."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from attrs import asdict, field, frozen

from kundrost.application.analysis_queue import enqueue_stored
from kundrost.application.calls_common import log, visible_session
from kundrost.domain.analysability import AnalysabilityPolicy
from kundrost.domain.analysis_job import AnalysisJob
from kundrost.domain.call_quality import CallQualityMetrics, ConnectionQuality
from kundrost.domain.call_session import ABANDON_ONLY_REASONS, CallSession
from kundrost.domain.call_status import CallStatus, EndReason
from kundrost.domain.errors import InvalidTransition
from kundrost.domain.ids import AnalysisJobId, CallSessionId, TranscriptId
from kundrost.domain.retention import RetentionPolicy
from kundrost.domain.transcript import Message, Transcript
from kundrost.domain.transcript_limits import TranscriptLimits
from kundrost.ports.errors import TranscriptAlreadyRecorded
from kundrost.ports.job_queue import JobQueue
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.unit_of_work import UnitOfWorkFactory

_LENGTH_REASONS = frozenset({None, EndReason.TOO_SHORT, EndReason.TOO_LONG})
"""Verdicts that the agent's own unanalysable end reason overrides: why the call went wrong
(the shopper declined, spoke another language) says more than how long it lasted."""


@frozen(kw_only=True)
class AudioQuality:
    """The transcript's `final_audio_quality`, as the voice bridge measured it."""

    connection_quality: ConnectionQuality | str
    audio_clarity_score: Decimal
    latency_ms: int
    packet_loss_percentage: Decimal
    openai_api_latency_ms: int | None = None
    first_audio_ms: int | None = None
    response_latency_p50_ms: int | None = None
    response_latency_max_ms: int | None = None
    barge_ins: int | None = None

    def metrics(self, session_id: CallSessionId, now: datetime) -> CallQualityMetrics:
        return CallQualityMetrics(
            call_session_id=session_id, recorded_at=now, **asdict(self, recurse=False)
        )


@frozen
class TranscriptRecorded:
    """`transcript_id` names what was received, also when it was deleted at once."""

    transcript_id: TranscriptId
    session: CallSession
    analysis_job: AnalysisJob | None


@frozen
class RecordTranscript:
    """Record the conversation of a call in progress; this is what ends the call.

    An analysable transcript (`AnalysabilityPolicy`) completes the call, is kept, and its
    analysis job is stored and then queued. Any other ends the call `abandoned` with the
    policy's reason and is not kept: the words of a call that cannot be graded are personal
    data with no use. `end_reason` is why the conversation ended, as the agent saw it: an
    analysable call keeps it as its end reason, unless it is one that makes a call
    unanalysable (a `language_barrier` the agent heard, a shopper who `declined`), which
    abandons the call with that reason, also when the call was too short or too long. The audio
    quality is kept either way. One unit of work: a refusal or a storage error leaves nothing.
    A session that is not in progress is refused (`InvalidTransition`); a second transcript
    of one call, `TranscriptAlreadyRecorded`; more text than a 120-second call can hold
    (`TranscriptLimits`), `InvalidValue` before anything is read or stored.

    If the queue is unavailable after the commit, the job stays stored `queued` and the
    call is recorded all the same (`enqueue_stored`); queueing it again later is harmless
    (its queue key makes a duplicate a no-op). Any other queueing error propagates.
    """

    new_uow: UnitOfWorkFactory
    queue: JobQueue
    clock: Clock
    ids: IdGenerator
    analysability: AnalysabilityPolicy = field(factory=AnalysabilityPolicy)
    retention: RetentionPolicy = field(factory=RetentionPolicy)
    limits: TranscriptLimits = field(factory=TranscriptLimits)

    async def __call__(
        self,
        session_id: CallSessionId,
        messages: Sequence[Message],
        total_duration_seconds: int,
        quality: AudioQuality | None = None,
        *,
        end_reason: EndReason = EndReason.COMPLETED,
    ) -> TranscriptRecorded:
        self.limits.check(messages)
        transcript = Transcript(
            id=TranscriptId(self.ids.new()),
            call_session_id=session_id,
            messages=messages,
            total_duration_seconds=total_duration_seconds,
            recorded_at=self.clock.now(),
        )
        metrics = None if quality is None else quality.metrics(session_id, transcript.recorded_at)
        verdict = self.analysability.evaluate(transcript)
        abandon_for = verdict.reason
        if end_reason in ABANDON_ONLY_REASONS and abandon_for in _LENGTH_REASONS:
            abandon_for = end_reason
        job = None
        async with self.new_uow() as uow:
            session = await visible_session(uow, session_id, self.clock, for_update=True)
            if session.status is CallStatus.COMPLETED:
                raise TranscriptAlreadyRecorded(session_id)
            if await uow.transcripts.for_session(session_id) is not None:
                raise TranscriptAlreadyRecorded(session_id)
            ending = CallStatus.COMPLETED if abandon_for is None else CallStatus.ABANDONED
            if session.status is not CallStatus.IN_PROGRESS:
                raise InvalidTransition(
                    session.status.value, ending.value, call_session_id=str(session_id)
                )
            now = self.clock.now()
            if abandon_for is None:
                ended = session.completed(
                    total_duration_seconds, now, end_reason, retention=self.retention
                )
                job = AnalysisJob.queued(AnalysisJobId(self.ids.new()), session_id, now)
                await uow.transcripts.add(transcript)
                await uow.analysis_jobs.add(job)
            else:
                ended = session.abandoned(
                    abandon_for, now, total_duration_seconds, retention=self.retention
                )
            await uow.sessions.save(ended)
            if metrics is not None:
                await uow.quality_metrics.put(metrics)
            await uow.commit()
        log.info("call %s transcript recorded: %s (%s)", session_id, ended.status, ended.end_reason)
        if job is not None:
            await enqueue_stored(self.queue, job)
        return TranscriptRecorded(transcript.id, ended, job)
