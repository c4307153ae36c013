"""The error envelope as the OpenAPI document shows it, and response specs built from it.

`errors.envelope` writes the body; `ErrorBody` only describes it, so every handler can list
the error codes it answers with one shape: `responses={409: error_spec("...")}`.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar.openapi import ResponseSpec


class ErrorBody(msgspec.Struct):
    """Every error the API answers: a stable code, a message for people, what was refused."""

    error: Annotated[
        str,
        msgspec.Meta(
            description="A stable code: VALIDATION_ERROR, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, "
            "CALL_ALREADY_EXISTS, INVALID_TRANSITION, FEATURE_DISABLED, RATE_LIMITED, ...",
            examples=["CALL_ALREADY_EXISTS"],
        ),
    ]
    message: Annotated[
        str,
        msgspec.Meta(
            description="What went wrong, in English, for a developer reading a log.",
            examples=["a call session already exists for this verification"],
        ),
    ]
    details: Annotated[
        dict[str, Any],
        msgspec.Meta(
            description="What was refused: `fields` for a 400 (`[{field, message, source}]`), "
            "`call_session_id` for CALL_ALREADY_EXISTS, the states of an INVALID_TRANSITION.",
            examples=[{"call_session_id": "6f1c2a4e-8d3b-4f5a-9c7e-2b1d0a9e8f71"}],
        ),
    ]
    timestamp: Annotated[
        str,
        msgspec.Meta(
            description="When the error was answered, ISO 8601 with offset.",
            examples=["2026-11-24T10:00:00.123456+00:00"],
        ),
    ]


def error_spec(description: str) -> ResponseSpec:
    """A documented error response: the envelope, with what this code means here."""
    return ResponseSpec(data_container=ErrorBody, description=description)


AUTH_ERRORS: dict[int, ResponseSpec] = {
    401: error_spec("UNAUTHORIZED: no bearer token, or one that is malformed or expired."),
    403: error_spec("FORBIDDEN: the token's role may not do this, or not for that store."),
    429: error_spec("RATE_LIMITED: too many requests for this token; see `Retry-After`."),
}
"""What every guarded route may answer before its handler runs."""


def feature_errors(area: str) -> dict[int, ResponseSpec]:
    """The guard errors of a route behind the feature flag `area`."""
    variable = f"KUNDROST_{area.upper()}_ENABLED"
    return {
        **AUTH_ERRORS,
        503: error_spec(f"FEATURE_DISABLED: the operator switched this area off ({variable})."),
    }


SESSION = "6f1c2a4e-8d3b-4f5a-9c7e-2b1d0a9e8f71"
EXAMPLE_TIME = "2026-11-24T10:00:00.123456+00:00"

ERROR_EXAMPLES: dict[str, tuple[str, dict[str, Any]]] = {
    "VALIDATION_ERROR": (
        "the request is invalid",
        {
            "fields": [
                {
                    "field": "transaction_time",
                    "message": "Expected `datetime`, got `int`",
                    "source": "body",
                }
            ]
        },
    ),
    "INVALID_VALUE": (
        "analysis_week: must be a Monday, got Tuesday 2026-11-17",
        {"field": "analysis_week"},
    ),
    "UNAUTHORIZED": ("No JWT token found in request header", {}),
    "FORBIDDEN": ("this needs one of the roles: admin", {}),
    "NOT_FOUND": (f"no call session {SESSION}", {"kind": "call session", "id": SESSION}),
    "METHOD_NOT_ALLOWED": ("Method Not Allowed", {}),
    "UNSUPPORTED_MEDIA_TYPE": (
        "the body must be sent with Content-Type: application/json",
        {"expected": "application/json"},
    ),
    "CALL_ALREADY_EXISTS": (
        "a call session already exists for this verification",
        {"call_session_id": SESSION},
    ),
    "INVALID_TRANSITION": (
        "a call session cannot move from 'completed' to 'failed'",
        {"from_state": "completed", "to_state": "failed"},
    ),
    "NOT_RETRYABLE": (
        "only a failed call can be retried; this one is pending",
        {"status": "pending", "call_session_id": SESSION, "attempt": 1},
    ),
    "MAX_ATTEMPTS_EXCEEDED": (
        "all 3 call attempts are used",
        {"max_attempts": 3, "call_session_id": SESSION, "attempt": 3},
    ),
    "TRANSCRIPT_ALREADY_RECORDED": (
        "a transcript is already recorded for this call session",
        {"call_session_id": SESSION},
    ),
    "NOT_ANALYSABLE": (
        "the call cannot be analysed: status 'abandoned', reason 'too_short'",
        {"status": "abandoned", "reason": "too_short", "duration_seconds": 42},
    ),
    "NOT_QUALIFYING": (
        "the feedback did not qualify or its content is gone",
        {"call_session_id": SESSION, "qualifies": False},
    ),
    "REPORT_EXISTS": (
        "a report already exists for this store and week",
        {"report_id": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a", "analysis_week": "2026-11-16"},
    ),
    "CONTEXT_CONFLICT": (
        "the business context was changed since it was read",
        {"store_id": "3d6e1f0a-5b4c-4e2d-9a8b-1c0f7e6d5a43", "stored_version": 4, "version": 3},
    ),
    "RATE_LIMITED": ("Too Many Requests", {}),
    "FEATURE_DISABLED": (
        "ai calls is switched off on this service (KUNDROST_AI_CALLS_ENABLED=0)",
        {"feature": "ai_calls"},
    ),
    "SERVICE_UNAVAILABLE": (
        "storage is unavailable for a moment; try again in 5 s",
        {"service": "storage"},
    ),
    "INTERNAL_ERROR": ("the service failed unexpectedly", {}),
    "TELEPHONY_UNAVAILABLE": ("46elks did not answer: HTTP 503", {}),
    "ANALYZER_UNAVAILABLE": ("the analyzer did not answer: timed out", {}),
}
"""One realistic body per error code, as the server writes it, for the OpenAPI document."""


def error_example(code: str) -> dict[str, Any]:
    """The document's example of an error answered with `code`."""
    message, details = ERROR_EXAMPLES[code]
    return {"error": code, "message": message, "details": details, "timestamp": EXAMPLE_TIME}
