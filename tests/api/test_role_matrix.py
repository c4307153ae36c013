"""The role × endpoint matrix of API.md, for every guarded endpoint of the API.

Each endpoint answers 401 without a token and with an expired one; 403 to each role it does
not allow; 403 to a business user asking about another store, where business users are
allowed for their own; and its success status to each role it allows. Each row builds the
data it needs through the API (calls) or the container's use cases (a graded analysis), so
the allowed request is one that succeeds, not one that merely passes the guard.

The public paths (`/health`, `/health/ready`, `/metrics`, `/schema`) need no token; the
46elks webhook checks its own per-call token and is tested with it, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from kundrost.settings import Settings
from tests.api.conftest import NOW, TokenMaker
from tests.api.test_analysis import (
    DETAILED,
    FULL_CONTEXT_JSON,
    OTHER_STORE,
    STORE,
    FeedbackCalls,
    full_context,
    quiet_container,
    transcript_json,
)
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]
Request = tuple[str, dict[str, Any] | None]
"""A path and its JSON body."""

ADMIN, SERVICE, BUSINESS = "admin", "service", "business"
ROLES = (ADMIN, SERVICE, BUSINESS)
CALLS = "/api/ai/calls"
ANALYSIS = "/api/ai/analysis"
REPORTS = "/api/ai/business"


class World:
    """What a row needs, made on demand: calls through the API as the service role would
    drive them, analyses and reports through the container's use cases."""

    def __init__(self, api: Client, calls: FeedbackCalls, token: TokenMaker) -> None:
        self.api = api
        self.calls = calls
        self.service = token(SERVICE)

    def pending(self) -> str:
        body = {
            "customer_verification_id": str(uuid4()),
            "store_id": str(STORE),
            "phone_number": "+46701234567",
            "transaction_time": (NOW - timedelta(minutes=5)).isoformat(),
            "transaction_value": 249.0,
        }
        response = self.api.post(f"{CALLS}/initiate", json=body, headers=self.service)
        assert response.status_code == 202, response.text
        return str(response.json()["call_session_id"])

    def _patched(self, body: dict[str, Any]) -> str:
        session_id = self.pending()
        response = self.api.patch(f"{CALLS}/{session_id}", json=body, headers=self.service)
        assert response.status_code == 200, response.text
        return session_id

    def in_progress(self) -> str:
        return self._patched({"status": "in_progress"})

    def failed(self) -> str:
        return self._patched({"status": "failed", "failure_reason": "no_answer"})

    def recorded(self) -> str:
        session_id = self.in_progress()
        response = self.api.post(
            f"{CALLS}/{session_id}/transcript",
            json=transcript_json(DETAILED, 90),
            headers=self.service,
        )
        assert response.status_code == 201, response.text
        return session_id

    def graded(self) -> str:
        session_id = self.recorded()
        self.calls.drain()
        return session_id

    def analysis(self) -> str:
        _, job_id = self.calls.graded()
        return str(job_id)

    def report(self) -> str:
        body = {"store_id": str(STORE), "analysis_week": "2026-11-23"}
        response = self.api.post(f"{REPORTS}/reports/generate", json=body, headers={**self.service})
        assert response.status_code == 202, response.text
        return str(response.json()["report_id"])

    def context(self) -> None:
        self.calls.put_context(full_context())


@dataclass(frozen=True)
class Endpoint:
    """One row: who may call it, whether business users may (for their own store), the
    status it answers them, and how to make a request that succeeds."""

    method: str
    route: str
    roles: frozenset[str]
    success: int
    prepare: Callable[[World], Request]

    @property
    def scoped(self) -> bool:
        return BUSINESS in self.roles

    def __str__(self) -> str:
        return f"{self.method} {self.route}"


def row(
    method: str,
    route: str,
    roles: tuple[str, ...],
    success: int,
    prepare: Callable[[World], Request],
) -> Endpoint:
    return Endpoint(method, route, frozenset(roles), success, prepare)


def _initiate(_world: World) -> Request:
    body = {
        "customer_verification_id": str(uuid4()),
        "store_id": str(STORE),
        "phone_number": "+46701234567",
        "transaction_time": (NOW - timedelta(minutes=5)).isoformat(),
    }
    return f"{CALLS}/initiate", body


def _generate(_world: World) -> Request:
    return f"{REPORTS}/reports/generate", {"store_id": str(STORE), "analysis_week": "2026-11-23"}


def _get_context(world: World) -> Request:
    world.context()
    return f"{REPORTS}/context/{STORE}", None


ENDPOINTS: tuple[Endpoint, ...] = (
    row("POST", "/api/ai/calls/initiate", (SERVICE, ADMIN), 202, _initiate),
    row(
        "GET",
        "/api/ai/calls/{id}/status",
        (SERVICE, ADMIN, BUSINESS),
        200,
        lambda w: (f"{CALLS}/{w.pending()}/status", None),
    ),
    row(
        "PATCH",
        "/api/ai/calls/{id}",
        (SERVICE, ADMIN),
        200,
        lambda w: (f"{CALLS}/{w.pending()}", {"status": "in_progress"}),
    ),
    row(
        "POST",
        "/api/ai/calls/{id}/transcript",
        (SERVICE, ADMIN),
        201,
        lambda w: (f"{CALLS}/{w.in_progress()}/transcript", transcript_json(DETAILED, 90)),
    ),
    row(
        "GET",
        "/api/ai/calls/{id}/transcript",
        (ADMIN,),
        200,
        lambda w: (f"{CALLS}/{w.recorded()}/transcript", None),
    ),
    row(
        "PUT",
        "/api/ai/calls/{id}/retry",
        (SERVICE, ADMIN),
        202,
        lambda w: (f"{CALLS}/{w.failed()}/retry", None),
    ),
    row(
        "DELETE",
        "/api/ai/calls/{id}",
        (SERVICE, ADMIN),
        200,
        lambda w: (f"{CALLS}/{w.pending()}", None),
    ),
    row(
        "POST",
        "/api/ai/analysis/quality",
        (SERVICE, ADMIN),
        202,
        lambda w: (f"{ANALYSIS}/quality", {"call_session_id": w.recorded()}),
    ),
    row(
        "GET",
        "/api/ai/analysis/{analysis_id}",
        (SERVICE, ADMIN),
        200,
        lambda w: (f"{ANALYSIS}/{w.analysis()}", None),
    ),
    row(
        "POST",
        "/api/ai/analysis/fraud-detection",
        (SERVICE, ADMIN),
        200,
        lambda w: (
            f"{ANALYSIS}/fraud-detection",
            {"call_session_id": w.recorded(), "check_types": ["timing", "content"]},
        ),
    ),
    row(
        "POST",
        "/api/ai/analysis/summarize",
        (SERVICE, ADMIN),
        200,
        lambda w: (f"{ANALYSIS}/summarize", {"call_session_id": w.graded()}),
    ),
    row(
        "DELETE",
        "/api/ai/analysis/cleanup-low-grade",
        (ADMIN,),
        200,
        lambda _w: (f"{ANALYSIS}/cleanup-low-grade?dry_run=true", None),
    ),
    row(
        "GET",
        "/api/ai/analysis/metrics",
        (ADMIN, BUSINESS),
        200,
        lambda _w: (f"{ANALYSIS}/metrics?store_id={STORE}", None),
    ),
    row("POST", "/api/ai/business/reports/generate", (ADMIN, SERVICE, BUSINESS), 202, _generate),
    row(
        "GET",
        "/api/ai/business/reports/{report_id}",
        (ADMIN, BUSINESS),
        200,
        lambda w: (f"{REPORTS}/reports/{w.report()}", None),
    ),
    row(
        "GET",
        "/api/ai/business/reports",
        (ADMIN, BUSINESS),
        200,
        lambda _w: (f"{REPORTS}/reports?store_id={STORE}&weeks_back=12", None),
    ),
    row(
        "GET",
        "/api/ai/business/search",
        (ADMIN, BUSINESS),
        200,
        lambda _w: (f"{REPORTS}/search?store_id={STORE}&q=köttdisken", None),
    ),
    row(
        "GET",
        "/api/ai/business/trends",
        (ADMIN, BUSINESS),
        200,
        lambda _w: (f"{REPORTS}/trends?store_id={STORE}&period=8_weeks", None),
    ),
    row(
        "GET",
        "/api/ai/business/recommendations",
        (ADMIN, BUSINESS),
        200,
        lambda _w: (f"{REPORTS}/recommendations?store_id={STORE}&priority=high", None),
    ),
    row(
        "PUT",
        "/api/ai/business/context/{store_id}",
        (ADMIN, BUSINESS),
        200,
        lambda _w: (f"{REPORTS}/context/{STORE}", FULL_CONTEXT_JSON),
    ),
    row(
        "GET",
        "/api/ai/business/context/{store_id}",
        (ADMIN, BUSINESS, SERVICE),
        200,
        _get_context,
    ),
)


def cases(kind: str) -> list[Any]:
    found: list[Any] = []
    for endpoint in ENDPOINTS:
        if kind == "any" or (kind == "scoped" and endpoint.scoped):
            found.append(pytest.param(endpoint, id=str(endpoint)))
        for role in ROLES:
            allowed = role in endpoint.roles
            if (kind == "allowed" and allowed) or (kind == "refused" and not allowed):
                found.append(pytest.param(endpoint, role, id=f"{endpoint} as {role}"))
    return found


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    return quiet_container(settings, clock)


@pytest.fixture
def world(api: Client, container: Container, clock: ManualClock, token: TokenMaker) -> World:
    return World(api, FeedbackCalls(api, container, clock), token)


def send(api: Client, endpoint: Endpoint, request: Request, headers: dict[str, str] | None) -> Any:
    path, body = request
    extra: dict[str, Any] = {} if body is None else {"json": body}
    return api.request(endpoint.method, path, headers=headers or {}, **extra)


def as_role(token: TokenMaker, role: str, store: UUID = STORE) -> dict[str, str]:
    return token(role, stores=[store]) if role == BUSINESS else token(role)


def test_the_table_lists_every_guarded_route_of_the_app(api: Client) -> None:
    document = api.get("/schema/openapi.json").json()
    served = {
        f"{method.upper()} {path}"
        for path, operations in document["paths"].items()
        if path.startswith("/api/")
        for method in operations
    }
    listed = {f"{e.method} {e.route.replace('{id}', '{call_session_id}')}" for e in ENDPOINTS}
    assert served == listed


@pytest.mark.parametrize("endpoint", cases("any"))
def test_without_a_token_it_is_401(api: Client, world: World, endpoint: Endpoint) -> None:
    response = send(api, endpoint, endpoint.prepare(world), None)
    assert response.status_code == 401
    assert_envelope(response.json(), "UNAUTHORIZED")


@pytest.mark.parametrize("endpoint", cases("any"))
def test_with_an_expired_token_it_is_401(
    api: Client, world: World, token: TokenMaker, endpoint: Endpoint
) -> None:
    two_hours_ago = datetime.now(UTC) - timedelta(hours=2)
    role = sorted(endpoint.roles)[0]
    headers = (
        token(role, stores=[STORE], now=two_hours_ago)
        if role == BUSINESS
        else token(role, now=two_hours_ago)
    )
    response = send(api, endpoint, endpoint.prepare(world), headers)
    assert response.status_code == 401
    assert_envelope(response.json(), "UNAUTHORIZED")


@pytest.mark.parametrize(("endpoint", "role"), cases("refused"))
def test_a_role_it_does_not_allow_is_403(
    api: Client, world: World, token: TokenMaker, endpoint: Endpoint, role: str
) -> None:
    response = send(api, endpoint, endpoint.prepare(world), as_role(token, role))
    assert response.status_code == 403
    assert_envelope(response.json(), "FORBIDDEN")


@pytest.mark.parametrize("endpoint", cases("scoped"))
def test_a_business_user_of_another_store_is_403(
    api: Client, world: World, token: TokenMaker, endpoint: Endpoint
) -> None:
    response = send(api, endpoint, endpoint.prepare(world), as_role(token, BUSINESS, OTHER_STORE))
    assert response.status_code == 403
    assert_envelope(response.json(), "FORBIDDEN")


@pytest.mark.parametrize(("endpoint", "role"), cases("allowed"))
def test_a_role_it_allows_succeeds(
    api: Client, world: World, token: TokenMaker, endpoint: Endpoint, role: str
) -> None:
    response = send(api, endpoint, endpoint.prepare(world), as_role(token, role))
    assert response.status_code == endpoint.success, response.text


@pytest.mark.parametrize("path", ["/health", "/health/ready", "/metrics", "/schema/openapi.json"])
def test_the_public_paths_need_no_token(api: Client, path: str) -> None:
    assert api.get(path).status_code == 200
