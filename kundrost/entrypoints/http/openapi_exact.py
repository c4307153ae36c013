"""The OpenAPI document made to say exactly what the server does.

Litestar writes the paths, operations and parameters. What it cannot know is added here,
once per app:

- The schemas of bodies are msgspec's own JSON schema of the very types the server decodes
  and encodes them with (`strict_body`), so the document and the decoder cannot disagree:
  nested constraints, `additionalProperties: false` of bodies that refuse unknown fields,
  the `status`-tagged outcomes of a PATCH, the keys of opening hours.
- Every operation lists the answers the service as a whole can give: 500 `INTERNAL_ERROR`,
  503 `SERVICE_UNAVAILABLE` when storage or cache is down (with `Retry-After`), 429 with
  `Retry-After` where the rate limit applies, 415 where it takes a JSON body; every
  response its `X-Request-ID` and, where the rate limit applies, its `RateLimit-*` headers.
- Each error response has one realistic example per error code it names, and the
  responses that create something link to the operations that read it (`openapi_links`).
"""

from __future__ import annotations

import copy
import re
import typing
from typing import Any

import msgspec
from litestar import Litestar
from litestar.handlers import HTTPRouteHandler

from kundrost.domain.characters import END
from kundrost.entrypoints.http.errors import HTTP_CODES
from kundrost.entrypoints.http.errors_doc import ERROR_EXAMPLES, ErrorBody, error_example
from kundrost.entrypoints.http.openapi_links import add_links
from kundrost.entrypoints.http.security import SESSION_COOKIE

METHODS = frozenset({"get", "put", "post", "delete", "patch"})
UNLIMITED = ("/health", "/metrics")
"""Paths the rate limit leaves alone (`app.RATE_LIMIT_EXEMPT`, without the document itself)."""
NO_STORAGE = ("/health", "/metrics")
"""Paths that answer without storage or cache, so never 503 `SERVICE_UNAVAILABLE`."""

_CODE = re.compile(r"\b[A-Z][A-Z_]{4,}\b")
_STATUS_CODES = {**HTTP_CODES, 502: "TELEPHONY_UNAVAILABLE"}
"""The error code an answer of a status has when its description names none."""
STATE_KEY = "exact_openapi_document"

HEADERS: dict[str, dict[str, Any]] = {
    "X-Request-ID": {
        "description": "The request's id: the client's `X-Request-ID` when it is 8–128 "
        "characters of `A-Za-z0-9._:-`, else a new one. Every log line of the request "
        "carries it.",
        "required": True,
        "schema": {"type": "string", "pattern": f"^[A-Za-z0-9._:-]{{8,128}}{END}"},
    },
    "RateLimit-Limit": {
        "description": "Requests a token subject may make per window (`KUNDROST_RATE_LIMIT`).",
        "schema": {"type": "string", "pattern": f"^[0-9]+{END}"},
    },
    "RateLimit-Remaining": {
        "description": "Requests left in the current window.",
        "schema": {"type": "string", "pattern": f"^[0-9]+{END}"},
    },
    "RateLimit-Reset": {
        "description": "Seconds until the window ends.",
        "schema": {"type": "string", "pattern": f"^[0-9]+{END}"},
    },
    "RateLimit-Policy": {
        "description": "The limit and its window in seconds, e.g. `1200; w=60`.",
        "schema": {"type": "string", "pattern": f"^[0-9]+; w=[0-9]+{END}"},
    },
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {"type": "string", "pattern": f"^[0-9]+{END}"},
    },
}
RATE_LIMIT_HEADERS = tuple(name for name in HEADERS if name.startswith("RateLimit-"))

SESSION_SCHEME = {
    "type": "apiKey",
    "in": "cookie",
    "name": SESSION_COOKIE,
    "description": "A signed-in browser's business token (`/sign-in`); counts for GET requests "
    "without an `Authorization` header only.",
}

SERVICE_ERRORS: dict[int, str] = {
    500: "INTERNAL_ERROR: the service failed unexpectedly; the log line of the request's "
    "`X-Request-ID` says why. Nothing was half-written.",
    503: "SERVICE_UNAVAILABLE: storage or cache does not answer; try again after "
    "`Retry-After` seconds.",
}

NOT_JSON = (
    "UNSUPPORTED_MEDIA_TYPE: the body was sent without `Content-Type: application/json` "
    "(as `text/plain`, a form, or with none)."
)


def exact_document(app: Litestar, litestar_document: dict[str, Any]) -> dict[str, Any]:
    """Litestar's document with msgspec's schemas, the service-wide answers, the headers
    and the error examples."""
    document = copy.deepcopy(litestar_document)
    components = document.setdefault("components", {})
    components.setdefault("schemas", {}).update(body_schemas(app))
    components["headers"] = HEADERS
    components.setdefault("securitySchemes", {})["SessionCookie"] = SESSION_SCHEME
    bearer_only = document.get("security", [{"BearerToken": []}])
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method in METHODS:
                _complete(path, operation)
                if method == "get" and operation.get("security", bearer_only) == bearer_only:
                    operation["security"] = [*bearer_only, {"SessionCookie": []}]
    add_links(document)
    return document


def body_schemas(app: Litestar) -> dict[str, Any]:
    """msgspec's JSON schema of every msgspec type a route reads or answers."""
    types: set[type] = {ErrorBody}
    for route in app.routes:
        for handler in getattr(route, "route_handlers", ()):
            if not isinstance(handler, HTTPRouteHandler) or not handler.include_in_schema:
                continue
            if handler.parsed_data_field is not None:
                _collect(handler.parsed_data_field.annotation, types)
            _collect(handler.parsed_fn_signature.return_type.annotation, types)
            for spec in (handler.responses or {}).values():
                _collect(spec.data_container, types)
    _, schemas = msgspec.json.schema_components(
        sorted(types, key=lambda t: t.__name__), ref_template="#/components/schemas/{name}"
    )
    return schemas


def _collect(annotation: Any, into: set[type]) -> None:
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        into.add(annotation)
        return
    for argument in typing.get_args(annotation):
        _collect(argument, into)


def _complete(path: str, operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    limited = not path.startswith(UNLIMITED)
    if limited:
        responses.setdefault(
            "429", _error_response("RATE_LIMITED: too many requests; see `Retry-After`.")
        )
    for code, description in SERVICE_ERRORS.items():
        if code == 503 and path.startswith(NO_STORAGE):
            continue
        _merge(responses, str(code), description)
    if "application/json" in operation.get("requestBody", {}).get("content", {}):
        responses.setdefault("415", _error_response(NOT_JSON))
    for status, response in responses.items():
        headers = response.setdefault("headers", {})
        headers["X-Request-ID"] = {"$ref": "#/components/headers/X-Request-ID"}
        if limited:
            for name in RATE_LIMIT_HEADERS:
                headers[name] = {"$ref": f"#/components/headers/{name}"}
        if status in ("429", "503"):
            headers["Retry-After"] = {"$ref": "#/components/headers/Retry-After"}
        if int(status) >= 400 and _is_error_body(response):
            _examples(int(status), response)


def _merge(responses: dict[str, Any], status: str, description: str) -> None:
    """Add a service-wide answer, or its meaning to the operation's own of that status."""
    if status not in responses:
        responses[status] = _error_response(description)
    elif description not in responses[status].get("description", ""):
        responses[status]["description"] += f" Or {description}"


def _error_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
    }


def _is_error_body(response: dict[str, Any]) -> bool:
    schema = response.get("content", {}).get("application/json", {}).get("schema", {})
    return bool(schema.get("$ref", "").endswith("/ErrorBody"))


def _examples(status: int, response: dict[str, Any]) -> None:
    """One example per error code the response's description names, else the status's."""
    named = [code for code in _CODE.findall(response["description"]) if code in ERROR_EXAMPLES]
    codes = list(dict.fromkeys(named)) or [_STATUS_CODES.get(status, "VALIDATION_ERROR")]
    response["content"]["application/json"]["examples"] = {
        code: {"summary": code, "value": error_example(code)}
        for code in codes
        if code in ERROR_EXAMPLES
    }
