"""Feature flags: an area an operator switched off answers 503 `FEATURE_DISABLED`, the rest
of the API goes on working."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.container import build_container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.api.calls_builders import CALLS, STORE, a_transcript_body, an_initiate_body
from tests.api.conftest import NOW
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]
SESSION = uuid4()

CALLS_ENDPOINTS: list[tuple[str, str, dict[str, Any] | None]] = [
    ("POST", f"{CALLS}/initiate", an_initiate_body()),
    ("GET", f"{CALLS}/{SESSION}/status", None),
    ("PATCH", f"{CALLS}/{SESSION}", {"status": "in_progress"}),
    ("POST", f"{CALLS}/{SESSION}/transcript", a_transcript_body()),
    ("GET", f"{CALLS}/{SESSION}/transcript", None),
    ("PUT", f"{CALLS}/{SESSION}/retry", None),
    ("DELETE", f"{CALLS}/{SESSION}", None),
]


def app_with(**flags: bool) -> Iterator[tuple[Client, dict[str, str]]]:
    settings = Settings.embedded(seed=48, **flags)
    admin = {"Authorization": f"Bearer {issue_token(settings.jwt_secret, 'admin')}"}
    container = build_container(settings, ManualClock(NOW))
    with TestClient(create_app(container, settings)) as client:
        yield client, admin


@pytest.fixture
def calls_off() -> Iterator[tuple[Client, dict[str, str]]]:
    yield from app_with(ai_calls_enabled=False)


@pytest.mark.parametrize(("method", "path", "body"), CALLS_ENDPOINTS)
def test_every_calls_endpoint_answers_503_while_calls_are_off(
    calls_off: tuple[Client, dict[str, str]], method: str, path: str, body: Any
) -> None:
    api, admin = calls_off

    response = api.request(method, path, json=body, headers=admin)

    assert response.status_code == 503
    assert_envelope(response.json(), "FEATURE_DISABLED")
    assert response.json()["details"] == {"feature": "ai_calls"}
    assert "KUNDROST_AI_CALLS_ENABLED" in response.json()["message"]


def test_the_flag_is_checked_after_the_token(calls_off: tuple[Client, dict[str, str]]) -> None:
    api, _ = calls_off
    assert api.post(f"{CALLS}/initiate", json=an_initiate_body()).status_code == 401


def test_other_areas_work_while_calls_are_off(calls_off: tuple[Client, dict[str, str]]) -> None:
    api, admin = calls_off

    response = api.get(f"/api/ai/analysis/{uuid4()}", headers=admin)

    assert response.status_code == 404
    assert api.get("/health").status_code == 200


@pytest.mark.parametrize(
    ("flag", "area", "path"),
    [
        ("ai_analysis_enabled", "ai_analysis", f"/api/ai/analysis/{uuid4()}"),
        ("business_analysis_enabled", "business_analysis", f"/api/ai/business/context/{STORE}"),
    ],
)
def test_the_analysis_areas_have_their_own_flags(flag: str, area: str, path: str) -> None:
    for api, admin in app_with(**{flag: False}):
        switched_off = api.get(path, headers=admin)
        calls = api.post(f"{CALLS}/initiate", json=an_initiate_body(), headers=admin)

        assert switched_off.status_code == 503
        assert switched_off.json()["details"] == {"feature": area}
        assert calls.status_code == 202
