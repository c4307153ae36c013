"""The app's frame: health without a token, the error envelope for Litestar's own errors."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest
from dependency_injector import providers
from litestar.testing import TestClient

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.container import Container, build_container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.api.conftest import TokenMaker


def assert_envelope(body: dict[str, object], code: str) -> None:
    assert set(body) == {"error", "message", "details", "timestamp"}
    assert body["error"] == code
    assert isinstance(body["message"], str)
    assert body["message"]
    assert datetime.fromisoformat(str(body["timestamp"])).tzinfo is not None


def test_health_answers_without_a_token(api: TestClient) -> None:  # type: ignore[type-arg]
    response = api.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_readiness_checks_storage_and_cache(api: TestClient) -> None:  # type: ignore[type-arg]
    response = api.get("/health/ready")
    assert response.status_code == 200
    assert response.json()["checks"] == {"storage": "ok", "cache": "ok"}


def test_an_unknown_route_is_a_404_envelope(api: TestClient, token: TokenMaker) -> None:  # type: ignore[type-arg]
    response = api.get("/api/ai/nothing-here", headers=token("admin"))
    assert response.status_code == 404
    assert_envelope(response.json(), "NOT_FOUND")


def test_a_wrong_method_is_a_405_envelope(api: TestClient) -> None:  # type: ignore[type-arg]
    response = api.delete("/health")
    assert response.status_code == 405
    assert_envelope(response.json(), "METHOD_NOT_ALLOWED")


def test_the_openapi_document_declares_the_bearer_scheme(api: TestClient) -> None:  # type: ignore[type-arg]
    document = api.get("/schema/openapi.json").json()
    assert document["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"


def test_readiness_checks_a_redis_queue_when_the_cache_is_in_memory() -> None:
    settings = Settings.embedded(queue="redis", redis_url="redis://127.0.0.1:1/0")
    container = build_container(settings)

    class Unreachable:
        async def ping(self) -> None:
            raise ConnectionError("no Redis here")

    container.redis.override(providers.Object(Unreachable()))
    container.job_queue.override(providers.Object(InProcessJobQueue(container.clock())))
    with TestClient(create_app(container, settings)) as client:
        response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["checks"] == {
        "storage": "ok",
        "cache": "ok",
        "queue": "unavailable",
    }


async def test_a_client_that_hangs_up_mid_request_is_no_server_error(
    container: Container, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app(container, settings)
    headers = [(b"authorization", token_header(settings)), (b"content-type", b"application/json")]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/api/ai/calls/initiate",
        "raw_path": b"/api/ai/calls/initiate",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    statuses: list[int] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(int(str(message["status"])))

    with caplog.at_level(logging.INFO, logger="kundrost.http"):
        await app(scope, receive, send)  # type: ignore[arg-type]

    assert statuses == [499]
    assert "unhandled" not in caplog.text
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


def token_header(settings: Settings) -> bytes:
    return f"Bearer {issue_token(settings.jwt_secret, 'service')}".encode()
