"""Request and response bodies of `/api/ai/calls`, and their conversion to and from the domain.

msgspec checks shapes, types and ranges at the edge (a 400 naming the field); the domain
checks its own rules (message order, a reason that fits the status) and names the field too.
Money and scores travel as JSON numbers; the domain gets them as `Decimal`.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Literal
from uuid import UUID

import msgspec

from kundrost.application.record_transcript import AudioQuality
from kundrost.domain.call_events import Abandoned, Connected, Failed
from kundrost.domain.call_quality import CallQualityMetrics, ConnectionQuality
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.priority import Priority
from kundrost.domain.session_outline import SessionOutline
from kundrost.domain.transcript import Message, MessageType, Speaker, Transcript, message_at
from kundrost.domain.transcript_limits import MAX_MESSAGES
from kundrost.entrypoints.http.limits import INT32_MAX, text_rules

SESSION_EXAMPLE = "6f1c2a4e-8d3b-4f5a-9c7e-2b1d0a9e8f71"
STORE_EXAMPLE = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"
PHONE_PATTERN = r"^\+46[0-9]{8,9}$(?!\n)"

Milliseconds = Annotated[int, msgspec.Meta(ge=0, le=86_400_000)]
Content = Annotated[
    str,
    text_rules(
        1, 2000, examples=["Köttdisken hade fantastisk service, de skar upp entrecôten åt mig."]
    ),
]
SessionName = Annotated[str, text_rules(0, 200)]
Unit = Annotated[float, msgspec.Meta(ge=0, le=1)]


def decimal(value: float | None) -> Decimal | None:
    """A JSON number as the domain's Decimal, digit for digit as the client wrote it."""
    return None if value is None else Decimal(repr(value))


ORE = Decimal("0.01")


def kronor(value: float | None) -> Decimal | None:
    """A JSON number of kronor as the domain's Decimal. Within a float's own error of whole
    öre it is those öre (a client's 0.57 computed as 0.01 × 57 arrives as
    0.5700000000000001); anything else stays digit for digit as written, and a part of an öre
    is then refused by the command."""
    exact = decimal(value)
    if exact is None:
        return None
    whole = exact.quantize(ORE)
    return whole if abs(exact - whole) <= abs(whole) * Decimal("1e-15") else exact


def number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


class InitiateRequest(msgspec.Struct, forbid_unknown_fields=True):
    """A verified purchase to call the shopper about."""

    customer_verification_id: Annotated[
        UUID, msgspec.Meta(description="The verified purchase; one call session each.")
    ]
    store_id: Annotated[UUID, msgspec.Meta(examples=[STORE_EXAMPLE])]
    phone_number: Annotated[
        str,
        msgspec.Meta(
            pattern=PHONE_PATTERN,
            description="The shopper's Swedish number in E.164 form.",
            examples=["+46701234567"],
        ),
    ]
    transaction_time: Annotated[
        datetime,
        msgspec.Meta(
            tz=True,
            description="When the purchase was made, with its offset: from 7 days before the "
            "service's clock up to 5 minutes after it (a verification system's clock may run "
            "a little ahead).",
        ),
    ]
    transaction_value: (
        Annotated[
            float,
            msgspec.Meta(
                ge=0,
                le=10_000_000,
                description="Kronor, in whole öre.",
                examples=[349.5],
                extra_json_schema={"multipleOf": 0.01},
            ),
        ]
        | None
    ) = None
    priority: Priority = Priority.MEDIUM


class InitiateAccepted(msgspec.Struct):
    call_session_id: UUID
    status: CallStatus
    attempt: int
    retry_count: int
    estimated_call_time: datetime


EventId = Annotated[
    str, text_rules(1, 200, description="The reporter's id of this event; a repeat is ignored.")
]
if TYPE_CHECKING:
    AbandonReason = str  # mypy reads no Literal built at run time; msgspec reads the ones below
    ReportedEndReason = str
else:
    AbandonReason = Literal[
        tuple(r.value for r in EndReason if r not in (EndReason.COMPLETED, EndReason.CANCELLED))
    ]
    ReportedEndReason = Literal[tuple(r.value for r in EndReason if r is not EndReason.CANCELLED)]
"""An abandoned call ended early: any end reason but `completed`, which completes a call, and
`cancelled`, which only `DELETE /calls/{id}` gives, as it erases the call's personal data:
a call reported cancelled would read as erased while it kept them. A transcript's end
reason may be any but `cancelled`."""


class ConnectedOutcome(
    msgspec.Struct, tag="in_progress", tag_field="status", forbid_unknown_fields=True
):
    """The shopper answered: the call is in progress and has no outcome yet."""

    failure_reason: None = None
    end_reason: None = None
    duration_seconds: None = None
    event_id: EventId | None = None


class FailedOutcome(msgspec.Struct, tag="failed", tag_field="status", forbid_unknown_fields=True):
    """The call never became a conversation; the retry policy applies."""

    failure_reason: FailureReason
    end_reason: None = None
    duration_seconds: None = None
    event_id: EventId | None = None


class AbandonedOutcome(
    msgspec.Struct, tag="abandoned", tag_field="status", forbid_unknown_fields=True
):
    """The conversation ended early; `duration_seconds` only for a call that connected."""

    end_reason: AbandonReason
    failure_reason: None = None
    duration_seconds: Annotated[int, msgspec.Meta(ge=0, le=86_400)] | None = None
    event_id: EventId | None = None


OutcomeRequest = ConnectedOutcome | FailedOutcome | AbandonedOutcome
"""What happened to the call, told apart by `status`: it connected (`in_progress`), failed
(with a `failure_reason`) or was abandoned (with an `end_reason`)."""


class QualityMetricsBody(msgspec.Struct):
    connection_quality: ConnectionQuality
    audio_clarity_score: float
    latency_ms: int
    packet_loss_percentage: float
    openai_api_latency: int | None
    recorded_at: datetime
    first_audio_ms: int | None = None
    response_latency_p50_ms: int | None = None
    response_latency_max_ms: int | None = None
    barge_ins: int | None = None


class CallStatusBody(msgspec.Struct):
    """Where a call session stands. `phone_number_masked` is left out for business users."""

    call_session_id: UUID
    store_id: UUID
    status: CallStatus
    attempt: int
    retry_count: int
    duration_seconds: int | None
    failure_reason: FailureReason | None
    end_reason: EndReason | None
    quality_metrics: QualityMetricsBody | None
    created_at: datetime
    expires_at: datetime
    phone_number_masked: str | msgspec.UnsetType | None = msgspec.UNSET


class MessageBody(msgspec.Struct, forbid_unknown_fields=True):
    speaker: Speaker
    content: Content
    timestamp_ms: Milliseconds
    message_order: Annotated[int, msgspec.Meta(ge=0, le=INT32_MAX)]
    message_type: MessageType | None = None
    confidence_score: Unit | None = None
    language_detected: Annotated[str, msgspec.Meta(pattern=r"^[a-z]{2}$(?!\n)")] | None = None
    interrupted: bool = False
    """The turn was cut off by the other speaker; `content` is what was said until then."""


class AudioQualityBody(msgspec.Struct, forbid_unknown_fields=True):
    """How the call sounded; `response_latency_max_ms` is at least `response_latency_p50_ms`
    when both are given (a maximum below its median is a reporting bug)."""

    connection_quality: ConnectionQuality
    audio_clarity_score: Unit
    latency_ms: Milliseconds
    packet_loss_percentage: Annotated[float, msgspec.Meta(ge=0, le=100)]
    openai_api_latency: Milliseconds | None = None
    first_audio_ms: Milliseconds | None = None
    response_latency_p50_ms: Milliseconds | None = None
    response_latency_max_ms: Milliseconds | None = None
    barge_ins: Annotated[int, msgspec.Meta(ge=0)] | None = None


class TranscriptRequest(msgspec.Struct, forbid_unknown_fields=True):
    """The recorded conversation: `message_order` strictly increasing, `timestamp_ms` never
    decreasing, at most 200 messages and 12,000 characters in all (what a 120-second call
    can hold, with a wide margin). `end_reason` is why the agent ended the call (`completed`
    by default)."""

    messages: Annotated[list[MessageBody], msgspec.Meta(min_length=1, max_length=MAX_MESSAGES)]
    total_duration_seconds: Annotated[int, msgspec.Meta(ge=0, le=86_400)]
    openai_session_id: SessionName | None = None
    final_audio_quality: AudioQualityBody | None = None
    end_reason: ReportedEndReason = EndReason.COMPLETED.value


class TranscriptRecordedBody(msgspec.Struct):
    transcript_id: UUID
    session_status: CallStatus
    end_reason: EndReason | None
    analysis_queued: bool
    analysis_id: UUID | None


class TranscriptBody(msgspec.Struct):
    call_session_id: UUID
    transcript_id: UUID
    total_duration_seconds: int
    recorded_at: datetime
    messages: list[MessageBody]


class RetryAccepted(msgspec.Struct):
    call_session_id: UUID
    retry_number: int
    attempt: int
    status: CallStatus
    estimated_call_time: datetime


class CancelledBody(msgspec.Struct):
    call_session_id: UUID
    status: CallStatus
    cancelled_at: datetime


def reported_event(body: OutcomeRequest) -> Connected | Failed | Abandoned:
    """The call event a PATCH reports."""
    if isinstance(body, FailedOutcome):
        return Failed(body.failure_reason)
    if isinstance(body, AbandonedOutcome):
        return Abandoned(EndReason(body.end_reason), body.duration_seconds)
    return Connected()


def domain_messages(bodies: list[MessageBody]) -> list[Message]:
    return [
        message_at(
            index,
            speaker=body.speaker,
            content=body.content,
            timestamp_ms=body.timestamp_ms,
            message_order=body.message_order,
            message_type=body.message_type,
            confidence_score=decimal(body.confidence_score),
            language_detected=body.language_detected,
            interrupted=body.interrupted,
        )
        for index, body in enumerate(bodies)
    ]


def audio_quality(body: AudioQualityBody | None) -> AudioQuality | None:
    if body is None:
        return None
    return AudioQuality(
        connection_quality=body.connection_quality,
        audio_clarity_score=Decimal(repr(body.audio_clarity_score)),
        latency_ms=body.latency_ms,
        packet_loss_percentage=Decimal(repr(body.packet_loss_percentage)),
        openai_api_latency_ms=body.openai_api_latency,
        first_audio_ms=body.first_audio_ms,
        response_latency_p50_ms=body.response_latency_p50_ms,
        response_latency_max_ms=body.response_latency_max_ms,
        barge_ins=body.barge_ins,
    )


def quality_body(metrics: CallQualityMetrics | None) -> QualityMetricsBody | None:
    if metrics is None:
        return None
    return QualityMetricsBody(
        connection_quality=metrics.connection_quality,
        audio_clarity_score=float(metrics.audio_clarity_score),
        latency_ms=metrics.latency_ms,
        packet_loss_percentage=float(metrics.packet_loss_percentage),
        openai_api_latency=metrics.openai_api_latency_ms,
        recorded_at=metrics.recorded_at,
        first_audio_ms=metrics.first_audio_ms,
        response_latency_p50_ms=metrics.response_latency_p50_ms,
        response_latency_max_ms=metrics.response_latency_max_ms,
        barge_ins=metrics.barge_ins,
    )


def status_body(
    session: CallSession | SessionOutline, metrics: CallQualityMetrics | None
) -> CallStatusBody:
    """The masked number shows for a whole session, None once erased; an outline, read for
    a reader who may not see the number, leaves the field out."""
    body = CallStatusBody(
        call_session_id=session.id,
        store_id=session.store_id,
        status=session.status,
        attempt=session.attempt,
        retry_count=session.retry_count,
        duration_seconds=session.duration_seconds,
        failure_reason=session.failure_reason,
        end_reason=session.end_reason,
        quality_metrics=quality_body(metrics),
        created_at=session.created_at,
        expires_at=session.expires_at,
    )
    if isinstance(session, CallSession):
        body.phone_number_masked = None if session.phone is None else session.phone.masked()
    return body


def transcript_body(transcript: Transcript) -> TranscriptBody:
    return TranscriptBody(
        call_session_id=transcript.call_session_id,
        transcript_id=transcript.id,
        total_duration_seconds=transcript.total_duration_seconds,
        recorded_at=transcript.recorded_at,
        messages=[
            MessageBody(
                speaker=message.speaker,
                content=message.content,
                timestamp_ms=message.timestamp_ms,
                message_order=message.message_order,
                message_type=message.message_type,
                confidence_score=number(message.confidence_score),
                language_detected=message.language_detected,
                interrupted=message.interrupted,
            )
            for message in transcript.messages
        ],
    )
