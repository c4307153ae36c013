"""The error envelope: every error the API answers is `{error, message, details, timestamp}`.

Domain refusals keep their stable codes; Litestar's own errors (validation, unknown route,
wrong method, auth, rate limit) are given codes of the same kind, so a client handles every
error one way. An unexpected exception is a 500 `INTERNAL_ERROR` that names nothing inside.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from litestar import MediaType, Request, Response
from litestar.exceptions import (
    HTTPException,
    NotAuthorizedException,
    NotFoundException,
    PermissionDeniedException,
    ValidationException,
)
from litestar.status_codes import (
    HTTP_400_BAD_REQUEST,
    HTTP_404_NOT_FOUND,
    HTTP_409_CONFLICT,
    HTTP_429_TOO_MANY_REQUESTS,
    HTTP_500_INTERNAL_SERVER_ERROR,
    HTTP_502_BAD_GATEWAY,
    HTTP_503_SERVICE_UNAVAILABLE,
)

from kundrost.domain.errors import DomainError
from kundrost.entrypoints.http.field_errors import allowed_values, name_or, said
from kundrost.ports.analyzer import AnalyzerError
from kundrost.ports.telephony import TelephonyError

log = logging.getLogger("kundrost.http")

DOMAIN_STATUS: dict[str, int] = {
    "INVALID_VALUE": HTTP_400_BAD_REQUEST,
    "NOT_FOUND": HTTP_404_NOT_FOUND,
    "CALL_ALREADY_EXISTS": HTTP_409_CONFLICT,
    "INVALID_TRANSITION": HTTP_409_CONFLICT,
    "NOT_RETRYABLE": HTTP_409_CONFLICT,
    "MAX_ATTEMPTS_EXCEEDED": HTTP_409_CONFLICT,
    "NOT_ANALYSABLE": HTTP_409_CONFLICT,
    "NOT_QUALIFYING": HTTP_409_CONFLICT,
    "REPORT_EXISTS": HTTP_409_CONFLICT,
    "TRANSCRIPT_ALREADY_RECORDED": HTTP_409_CONFLICT,
    "CONTEXT_CONFLICT": HTTP_409_CONFLICT,
    "CONVERSATION_RUNNING": HTTP_409_CONFLICT,
}
"""The HTTP status of each domain refusal; a code not listed is a 400."""

CLIENT_GONE = "client disconnected prematurely"
"""Litestar's detail when a client hangs up before its body was read: not a fault of ours."""
CLIENT_CLOSED_REQUEST = 499
"""The status logged for such a request (nginx's convention); the client never receives it."""

HTTP_CODES: dict[int, str] = {
    400: "VALIDATION_ERROR",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    429: "RATE_LIMITED",
    500: "INTERNAL_ERROR",
    503: "SERVICE_UNAVAILABLE",
}


def envelope(
    request: Request[Any, Any, Any],
    status: int,
    code: str,
    message: str,
    details: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response[dict[str, Any]]:
    return Response(
        content={
            "error": code,
            "message": message,
            "details": dict(details or {}),
            "timestamp": request.app.state.container.clock().now().isoformat(),
        },
        status_code=status,
        media_type=MediaType.JSON,
        headers=dict(headers or {}),
    )


class FeatureDisabled(HTTPException):
    """An operator switched an area of the API off: 503 `FEATURE_DISABLED`."""

    status_code = HTTP_503_SERVICE_UNAVAILABLE
    extra: dict[str, Any]  # always {"feature": area}

    def __init__(self, area: str) -> None:
        variable = f"KUNDROST_{area.upper()}_ENABLED"
        super().__init__(
            detail=f"{area.replace('_', ' ')} is switched off on this service ({variable}=0)",
            extra={"feature": area},
        )


_MISSING_PARAMETER = re.compile(r"Missing required (\w+) parameter '([^']+)'")


def _field(item: Mapping[str, Any], request: Request[Any, Any, Any]) -> dict[str, str]:
    """One offending field, as `strict_body` or Litestar's parameter parsing names it; the
    body as a whole (Litestar's `data`) is `body`, and a nameless one (`?=1`) is named by
    where it came from. A parameter's message names its rule, never its value
    (`field_errors`), and a made-up parameter name is repeated only when it looks like one."""
    source = str(getattr(item.get("source"), "value", item.get("source") or "body"))
    key = str(item.get("key") or source)
    message = str(item.get("message", ""))
    if key == "data":
        key, message = "body", "a JSON body is required" if message == "'data'" else message
    elif source != "body":
        message = said(message, _parameter_values(request, key))
        key = _public_name(request, name_or(key, source))
    return {"field": key, "message": message, "source": source}


def _public_name(request: Request[Any, Any, Any], key: str) -> str:
    """A parameter by the name a client sends: `format`, which Python calls `format_`."""
    if key.endswith("_") and key[:-1] in request.query_params:
        return key[:-1]
    return key


def _parameter_values(request: Request[Any, Any, Any], name: str) -> list[str] | None:
    """The values a parameter of the request's handler allows, when it is a choice."""
    handler = request.scope.get("route_handler")
    parameter = handler.parsed_fn_signature.parameters.get(name) if handler else None
    return allowed_values(parameter.annotation) if parameter is not None else None


def _validation_details(
    exc: ValidationException, request: Request[Any, Any, Any]
) -> dict[str, Any]:
    """Litestar lists the offending fields as `extra`: `[{key, message, source}]`; a missing
    required parameter comes only as the exception's detail, which names it."""
    items = exc.extra if isinstance(exc.extra, list) else []
    fields = [_field(item, request) for item in items if isinstance(item, Mapping)]
    missing = _MISSING_PARAMETER.search(exc.detail or "")
    if not fields and missing:
        fields = [{"field": missing[2], "message": exc.detail, "source": missing[1]}]
    return {"fields": fields} if fields else {}


def http_exception(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    status = exc.status_code
    if isinstance(exc, FeatureDisabled):
        return envelope(request, status, "FEATURE_DISABLED", exc.detail, exc.extra or {})
    if isinstance(exc, ValidationException):
        return envelope(
            request,
            status,
            "VALIDATION_ERROR",
            "the request is invalid",
            _validation_details(exc, request),
        )
    if isinstance(exc, NotAuthorizedException):
        return envelope(
            request,
            status,
            "UNAUTHORIZED",
            exc.detail or "a valid bearer token is required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if isinstance(exc, PermissionDeniedException):
        return envelope(request, status, "FORBIDDEN", exc.detail or "this token may not do that")
    if isinstance(exc, NotFoundException) and exc.detail == "Not Found":
        return envelope(request, status, "NOT_FOUND", "no such resource")
    if status >= HTTP_500_INTERNAL_SERVER_ERROR and exc.detail == CLIENT_GONE:
        log.info("client disconnected before its request was read")
        return envelope(
            request, CLIENT_CLOSED_REQUEST, "CLIENT_CLOSED_REQUEST", "the client went away"
        )
    if status >= HTTP_500_INTERNAL_SERVER_ERROR:
        return unexpected(request, exc)
    details = exc.extra if isinstance(exc.extra, Mapping) else {}
    code = HTTP_CODES.get(status, "HTTP_ERROR")
    headers = dict(exc.headers or {})
    if status == HTTP_429_TOO_MANY_REQUESTS:
        headers.setdefault("Retry-After", headers.get("RateLimit-Reset", "60"))
    return envelope(request, status, code, exc.detail, details, headers=headers)


def domain_error(request: Request[Any, Any, Any], exc: DomainError) -> Response[Any]:
    if exc.code == "DECRYPTION_FAILED":
        return unexpected(request, exc)
    status = DOMAIN_STATUS.get(exc.code, HTTP_400_BAD_REQUEST)
    return envelope(request, status, exc.code, exc.message, _jsonable(exc.details))


def telephony_error(request: Request[Any, Any, Any], exc: TelephonyError) -> Response[Any]:
    return envelope(request, HTTP_502_BAD_GATEWAY, "TELEPHONY_UNAVAILABLE", str(exc))


def analyzer_error(request: Request[Any, Any, Any], exc: AnalyzerError) -> Response[Any]:
    return envelope(request, HTTP_502_BAD_GATEWAY, "ANALYZER_UNAVAILABLE", str(exc))


def unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    log.error(
        "unhandled %s on %s %s",
        type(exc).__name__,
        request.method,
        request.scope.get("path_template") or request.url.path,
        exc_info=exc,
    )
    return envelope(
        request, HTTP_500_INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "the service failed unexpectedly"
    )


def _jsonable(details: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: value
        if isinstance(value, int | float | bool | type(None) | list | dict)
        else str(value)
        for key, value in details.items()
    }


EXCEPTION_HANDLERS: dict[type[Exception] | int, Any] = {
    HTTPException: http_exception,
    DomainError: domain_error,
    TelephonyError: telephony_error,
    AnalyzerError: analyzer_error,
    Exception: unexpected,
}
