"""The app's frame: health without a token, the error envelope for Litestar's own errors."""

from __future__ import annotations

from datetime import datetime

from dependency_injector import providers
from litestar.testing import TestClient

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.container import build_container
from kundrost.entrypoints.http import create_app
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
