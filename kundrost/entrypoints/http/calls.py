"""`/api/ai/calls`: initiate a feedback call, follow it, report its outcome and transcript,
retry or cancel it. Each handler turns HTTP into one use case and its result back into JSON.

The service (the verification system and the voice bridge) and admins drive calls; a
business user may only read the status of its own stores' calls, without the phone number.
Raw transcripts are for admins only.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from uuid import UUID

from litestar import Controller, Request
from litestar.connection import ASGIConnection
from litestar.exceptions import NotFoundException
from litestar.openapi import ResponseSpec
from litestar.openapi.spec import SecurityRequirement
from litestar.params import FromPath, JSONBody
from litestar.status_codes import HTTP_201_CREATED, HTTP_202_ACCEPTED

from kundrost.application.initiate_call import InitiateCallCommand
from kundrost.application.recorded_feedback import recorded_feedback
from kundrost.domain.call_status import EndReason
from kundrost.domain.ids import CallSessionId, StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.entrypoints.http.calls_models import (
    CallStatusBody,
    CancelledBody,
    InitiateAccepted,
    InitiateRequest,
    OutcomeRequest,
    RetryAccepted,
    TranscriptBody,
    TranscriptRecordedBody,
    TranscriptRequest,
    audio_quality,
    domain_messages,
    kronor,
    reported_event,
    status_body,
    transcript_body,
)
from kundrost.entrypoints.http.dependencies import ContainerDep
from kundrost.entrypoints.http.errors_doc import error_spec, feature_errors
from kundrost.entrypoints.http.features import feature
from kundrost.entrypoints.http.handlers import delete, get, patch, post, put
from kundrost.entrypoints.http.security import Principal, Role, allow, require_store
from kundrost.entrypoints.metrics import count_call


def calls_guard(
    *roles: Role,
) -> Callable[[ASGIConnection[Any, Any, Any, Any], Any], Awaitable[None]]:
    """The feature flag and the roles, checked in one coroutine: one guard to run instead of
    two, and never a plain-function guard, which Litestar runs in a worker thread (see
    docs/performance.md)."""
    checks = (feature("ai_calls"), allow(*roles))

    async def guard(connection: ASGIConnection[Any, Any, Any, Any], handler: Any) -> None:
        for check in checks:
            outcome = check(connection, handler)
            if inspect.isawaitable(outcome):
                await outcome

    return guard


DRIVERS = calls_guard(Role.SERVICE, Role.ADMIN)
UNKNOWN = error_spec("NOT_FOUND: no such call session, or it has expired (90 days after the call).")
BAD_ID = error_spec("VALIDATION_ERROR: `call_session_id` is not a UUID.")
BAD_BODY = error_spec(
    "VALIDATION_ERROR or INVALID_VALUE: the body or `call_session_id` is invalid; "
    "`details` names the field."
)


def _responses(**specs: ResponseSpec) -> dict[int, ResponseSpec]:
    """The guards' errors, a 400 for a malformed session id, and the handler's own."""
    own = {int(code[1:]): spec for code, spec in specs.items()}
    return {**feature_errors("ai_calls"), 400: BAD_ID, **own}


class CallsController(Controller):
    path = "/api/ai/calls"
    tags: Sequence[str] = ["Calls"]
    security: Sequence[SecurityRequirement] = [{"BearerToken": []}]

    @post(
        "/initiate",
        status_code=HTTP_202_ACCEPTED,
        guards=[DRIVERS],
        operation_id="InitiateCall",
        summary="Call a shopper about a verified purchase",
        description=(
            "Creates the call session of a verified purchase and places the call at once "
            "(there is no limit of concurrent calls per store). One session per verification: "
            "a second request, also in a race, is a 409 `CALL_ALREADY_EXISTS` naming the first "
            "in `details.call_session_id`. A call the network refuses at once answers status "
            "`failed` (`technical_failure`), which may be retried."
        ),
        responses=_responses(
            _400=error_spec(
                "VALIDATION_ERROR: a field is missing or malformed, e.g. a phone number that "
                "is not Swedish (`^\\+46[0-9]{8,9}$`); `details.fields` names it."
            ),
            _409=error_spec("CALL_ALREADY_EXISTS: this verification already has its call."),
        ),
    )
    async def initiate(
        self, data: JSONBody[InitiateRequest], container: ContainerDep
    ) -> InitiateAccepted:
        command = InitiateCallCommand(
            verification_id=VerificationId(data.customer_verification_id),
            store_id=StoreId(data.store_id),
            phone=PhoneNumber(data.phone_number),
            transaction_time=data.transaction_time,
            transaction_value=kronor(data.transaction_value),
            priority=data.priority,
        )
        session = await container.initiate_call()(command)
        count_call(session.status)
        return InitiateAccepted(
            call_session_id=session.id,
            status=session.status,
            attempt=session.attempt,
            retry_count=session.retry_count,
            estimated_call_time=session.updated_at,
        )

    @get(
        "/{call_session_id:str}/status",
        guards=[calls_guard(Role.SERVICE, Role.ADMIN, Role.BUSINESS)],
        operation_id="GetCallStatus",
        summary="Where a call session stands",
        description=(
            "Status, attempt, outcome and the call's measured audio quality. Business users "
            "see only their own stores' calls, and never the phone number "
            "(`phone_number_masked` is left out for them)."
        ),
        responses=_responses(_404=UNKNOWN),
    )
    async def status(
        self,
        call_session_id: FromPath[UUID],
        container: ContainerDep,
        request: Request[Principal, Any, Any],
    ) -> CallStatusBody:
        # The caller comes from the request, not the `principal` dependency: two dependencies
        # are resolved in an anyio task group per request, which costs more than this handler.
        principal = request.user
        status = container.call_status()
        session_id = CallSessionId(call_session_id)
        if principal.role is Role.BUSINESS:
            outline = await status.outline(session_id)
            require_store(principal, outline.session.store_id)
            return status_body(outline.session, outline.quality_metrics)
        view = await status(session_id)
        require_store(principal, view.session.store_id)
        return status_body(view.session, view.quality_metrics)

    @patch(
        "/{call_session_id:str}",
        guards=[DRIVERS],
        operation_id="ReportCallOutcome",
        summary="Report what happened to a call",
        description=(
            "The call connected (`in_progress`), failed (`failure_reason`: no_answer, busy, "
            "technical_failure, timeout) or was abandoned (`end_reason`). Only a recorded "
            "transcript completes a call. Reporting the state a call is already in, for the "
            "same reason, changes nothing, and an `event_id` seen before is recorded once."
        ),
        responses=_responses(
            _400=BAD_BODY,
            _404=UNKNOWN,
            _409=error_spec("INVALID_TRANSITION: the call cannot move there from its status."),
        ),
    )
    async def report_outcome(
        self,
        call_session_id: FromPath[UUID],
        data: JSONBody[OutcomeRequest],
        container: ContainerDep,
    ) -> CallStatusBody:
        event = reported_event(data)
        before = await container.call_status().outline(CallSessionId(call_session_id))
        session = await container.record_call_event()(
            CallSessionId(call_session_id), event, event_id=data.event_id
        )
        if session.status is not before.session.status:
            count_call(session.status)
        return status_body(session, before.quality_metrics)

    @post(
        "/{call_session_id:str}/transcript",
        status_code=HTTP_201_CREATED,
        guards=[DRIVERS],
        operation_id="RecordTranscript",
        summary="Record the conversation of a call in progress",
        description=(
            "Recording the transcript ends the call. An analysable one (60–120 s, Swedish) "
            "completes it and queues its analysis (`analysis_id`, poll "
            "`GET /api/ai/analysis/{analysis_id}`); any other abandons it with `end_reason` "
            "too_short, too_long or language_barrier and the words are deleted at once."
        ),
        responses=_responses(
            _400=BAD_BODY,
            _404=UNKNOWN,
            _409=error_spec(
                "TRANSCRIPT_ALREADY_RECORDED, or INVALID_TRANSITION when the call is not in "
                "progress."
            ),
        ),
    )
    async def record_transcript(
        self,
        call_session_id: FromPath[UUID],
        data: JSONBody[TranscriptRequest],
        container: ContainerDep,
    ) -> TranscriptRecordedBody:
        recorded = await container.record_transcript()(
            CallSessionId(call_session_id),
            domain_messages(data.messages),
            data.total_duration_seconds,
            audio_quality(data.final_audio_quality),
            end_reason=EndReason(data.end_reason),
        )
        count_call(recorded.session.status)
        job = recorded.analysis_job
        return TranscriptRecordedBody(
            transcript_id=recorded.transcript_id,
            session_status=recorded.session.status,
            end_reason=recorded.session.end_reason,
            analysis_queued=job is not None,
            analysis_id=None if job is None else job.id,
        )

    @get(
        "/{call_session_id:str}/transcript",
        guards=[calls_guard(Role.ADMIN)],
        operation_id="GetTranscript",
        summary="Read a call's transcript (admins only)",
        description=(
            "The recorded messages. Transcripts of calls that did not qualify, were cancelled "
            "or have expired are deleted, and answer 404."
        ),
        responses=_responses(
            _404=error_spec("NOT_FOUND: no such session, or its transcript is deleted.")
        ),
    )
    async def transcript(
        self, call_session_id: FromPath[UUID], container: ContainerDep
    ) -> TranscriptBody:
        async with container.new_uow()() as uow:
            feedback = await recorded_feedback(
                uow, CallSessionId(call_session_id), container.clock()
            )
        if feedback.transcript is None:
            raise NotFoundException("this call has no transcript: never recorded, or deleted")
        return transcript_body(feedback.transcript)

    @put(
        "/{call_session_id:str}/retry",
        status_code=HTTP_202_ACCEPTED,
        guards=[DRIVERS],
        operation_id="RetryCall",
        summary="Call a failed session again",
        description=(
            "Only a failed session is retried, and a verification gets 3 attempts in all "
            "(the first call and 2 retries). The new attempt is placed at once."
        ),
        responses=_responses(
            _404=UNKNOWN,
            _409=error_spec(
                "NOT_RETRYABLE (the session is not failed) or MAX_ATTEMPTS_EXCEEDED (3 "
                "attempts made)."
            ),
        ),
    )
    async def retry(
        self, call_session_id: FromPath[UUID], container: ContainerDep
    ) -> RetryAccepted:
        session = await container.retry_call()(CallSessionId(call_session_id))
        count_call(session.status)
        return RetryAccepted(
            call_session_id=session.id,
            retry_number=session.retry_count,
            attempt=session.attempt,
            status=session.status,
            estimated_call_time=session.updated_at,
        )

    @delete(
        "/{call_session_id:str}",
        status_code=200,
        guards=[DRIVERS],
        operation_id="CancelCall",
        summary="Cancel a call and erase the shopper's personal data",
        description=(
            "A live call is hung up and ends `abandoned` (`cancelled`); an ended call keeps "
            "its status. Either way the phone number and transcript are erased at once and "
            "the assessment is anonymised. Cancelling twice gives the same status; "
            "`cancelled_at` is when the cancel ended a live call, or for a call already "
            "ended the time of the request."
        ),
        responses=_responses(
            _404=UNKNOWN,
            _502=error_spec(
                "TELEPHONY_UNAVAILABLE: the phone network did not take the hang-up; the session "
                "is cancelled and its personal data erased all the same."
            ),
        ),
    )
    async def cancel(
        self, call_session_id: FromPath[UUID], container: ContainerDep
    ) -> CancelledBody:
        asked_at = container.clock().now()
        session = await container.cancel_call()(CallSessionId(call_session_id))
        cancelled_at = container.clock().now()
        if session.end_reason is EndReason.CANCELLED and session.ended_at is not None:
            if session.ended_at >= asked_at:
                count_call(session.status)
            cancelled_at = session.ended_at
        return CancelledBody(
            call_session_id=session.id, status=session.status, cancelled_at=cancelled_at
        )
