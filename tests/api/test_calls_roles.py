"""Who may call which calls endpoint: the role × endpoint matrix of API.md.

Every endpoint answers 401 without a token, with an expired one and with a forged one; 403
for a role it does not allow; and its success status for each role it allows, a business
user only for its own store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.settings import Settings
from tests.api.calls_builders import (
    CALLS,
    OTHER_STORE,
    STORE,
    a_transcript_body,
    an_initiate_body,
    connect,
    initiate,
    record,
)
from tests.api.conftest import TokenMaker
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]
pytestmark = pytest.mark.quiet_phone
Request = tuple[str, str, dict[str, Any] | None]
"""method, path, JSON body."""


def _pending(api: Client, service: dict[str, str]) -> str:
    return initiate(api, service)


def _in_progress(api: Client, service: dict[str, str]) -> str:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    return session_id


def _recorded(api: Client, service: dict[str, str]) -> str:
    session_id = _in_progress(api, service)
    record(api, service, session_id)
    return session_id


def _failed(api: Client, service: dict[str, str]) -> str:
    session_id = initiate(api, service)
    body = {"status": "failed", "failure_reason": "no_answer"}
    assert api.patch(f"{CALLS}/{session_id}", json=body, headers=service).status_code == 200
    return session_id


Prepare = Callable[[Client, dict[str, str]], Request]

ENDPOINTS: dict[str, tuple[Prepare, set[str], int]] = {
    "initiate": (
        lambda api, s: ("POST", f"{CALLS}/initiate", an_initiate_body()),
        {"service", "admin"},
        202,
    ),
    "status": (
        lambda api, s: ("GET", f"{CALLS}/{_pending(api, s)}/status", None),
        {"service", "admin", "business"},
        200,
    ),
    "report outcome": (
        lambda api, s: ("PATCH", f"{CALLS}/{_pending(api, s)}", {"status": "in_progress"}),
        {"service", "admin"},
        200,
    ),
    "record transcript": (
        lambda api, s: ("POST", f"{CALLS}/{_in_progress(api, s)}/transcript", a_transcript_body()),
        {"service", "admin"},
        201,
    ),
    "read transcript": (
        lambda api, s: ("GET", f"{CALLS}/{_recorded(api, s)}/transcript", None),
        {"admin"},
        200,
    ),
    "retry": (
        lambda api, s: ("PUT", f"{CALLS}/{_failed(api, s)}/retry", None),
        {"service", "admin"},
        202,
    ),
    "cancel": (
        lambda api, s: ("DELETE", f"{CALLS}/{_pending(api, s)}", None),
        {"service", "admin"},
        200,
    ),
}
ROLES = ("admin", "service", "business")


def call(api: Client, request: Request, headers: dict[str, str]) -> Any:
    method, path, body = request
    return api.request(method, path, json=body, headers=headers)


def headers_for(role: str, token: TokenMaker, stores: list[Any] | None = None) -> dict[str, str]:
    return token(role, stores=(stores or [STORE]) if role == "business" else [])


@pytest.mark.parametrize(
    ("endpoint", "role"),
    [(endpoint, role) for endpoint, (_, allowed, _) in ENDPOINTS.items() for role in allowed],
)
def test_an_allowed_role_succeeds(api: Client, token: TokenMaker, endpoint: str, role: str) -> None:
    prepare, _, success = ENDPOINTS[endpoint]
    request = prepare(api, token("service"))

    response = call(api, request, headers_for(role, token))

    assert response.status_code == success, response.text


@pytest.mark.parametrize(
    ("endpoint", "role"),
    [
        (endpoint, role)
        for endpoint, (_, allowed, _) in ENDPOINTS.items()
        for role in ROLES
        if role not in allowed
    ],
)
def test_a_role_that_is_not_allowed_is_a_403(
    api: Client, token: TokenMaker, endpoint: str, role: str
) -> None:
    prepare, _, _ = ENDPOINTS[endpoint]
    request = prepare(api, token("service"))

    response = call(api, request, headers_for(role, token))

    assert response.status_code == 403
    assert_envelope(response.json(), "FORBIDDEN")


def test_a_business_user_of_another_store_is_a_403(api: Client, token: TokenMaker) -> None:
    prepare, _, _ = ENDPOINTS["status"]
    request = prepare(api, token("service"))

    response = call(api, request, headers_for("business", token, stores=[OTHER_STORE]))

    assert response.status_code == 403
    assert_envelope(response.json(), "FORBIDDEN")


def _expired(settings: Settings, token: TokenMaker) -> dict[str, str]:
    return token("admin", now=datetime.now(UTC) - timedelta(hours=2))


def _forged(settings: Settings, token: TokenMaker) -> dict[str, str]:
    claims = {"sub": "mallory", "role": "admin", "exp": datetime.now(UTC) + timedelta(hours=1)}
    forged = jwt.encode(claims, "an-entirely-different-secret-of-32-bytes!", algorithm="HS256")
    return {"Authorization": f"Bearer {forged}"}


def _unknown_role(settings: Settings, token: TokenMaker) -> dict[str, str]:
    claims = {"sub": "x", "role": "owner", "exp": datetime.now(UTC) + timedelta(hours=1)}
    return {"Authorization": f"Bearer {jwt.encode(claims, settings.jwt_secret, algorithm='HS256')}"}


BAD_TOKENS: dict[str, Callable[[Settings, TokenMaker], dict[str, str]]] = {
    "no token": lambda settings, token: {},
    "not a JWT": lambda settings, token: {"Authorization": "Bearer kundrost.samtal.1"},
    "expired": _expired,
    "signed with another secret": _forged,
    "unknown role": _unknown_role,
}


@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
@pytest.mark.parametrize("bad", list(BAD_TOKENS))
def test_without_a_valid_token_every_calls_endpoint_is_a_401(
    api: Client, settings: Settings, token: TokenMaker, endpoint: str, bad: str
) -> None:
    prepare, _, _ = ENDPOINTS[endpoint]
    request = prepare(api, token("service"))

    response = call(api, request, BAD_TOKENS[bad](settings, token))

    assert response.status_code == 401
    assert_envelope(response.json(), "UNAUTHORIZED")
    assert response.headers["WWW-Authenticate"] == "Bearer"
