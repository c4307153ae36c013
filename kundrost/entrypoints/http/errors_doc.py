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
