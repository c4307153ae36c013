"""The Prometheus middleware: Litestar's metrics and labels, each label set's children found
once, not four times per request."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar, get
from litestar.exceptions import InternalServerException
from litestar.plugins.prometheus import PrometheusConfig
from litestar.testing import TestClient
from litestar.types import Receive, Scope, Send
from prometheus_client import REGISTRY
from prometheus_client.metrics import MetricWrapperBase

from kundrost.entrypoints.http.observability import prometheus_config
from kundrost.entrypoints.http.request_metrics import ScopeLabelledPrometheusMiddleware


@get("/probe/{number:int}", sync_to_thread=False)
def probe(number: int) -> dict[str, int]:
    if number < 0:
        raise InternalServerException()
    return {"number": number}


def sample(name: str, **labels: str) -> float:
    value = REGISTRY.get_sample_value(name, {"app_name": "kundrost", **labels})
    return value or 0.0


def test_requests_are_counted_by_route_template_and_labelled_children_are_found_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lookups: list[tuple[Any, ...]] = []
    original = MetricWrapperBase.labels

    def counting(self: MetricWrapperBase, *values: Any, **named: Any) -> Any:
        lookups.append(values)
        return original(self, *values, **named)

    monkeypatch.setattr(MetricWrapperBase, "labels", counting)
    app = Litestar([probe], middleware=[prometheus_config().middleware])
    route = {"method": "GET", "path": "/probe/{number}", "status_code": "200"}
    before = sample("kundrost_http_requests_total", **route)
    failed = {**route, "status_code": "500"}
    errors_before = sample("kundrost_http_requests_error_total", **failed)
    with TestClient(app) as client:
        client.get("/probe/1")
        found = len(lookups)
        for number in range(2, 6):
            assert client.get(f"/probe/{number}").status_code == 200
        assert len(lookups) == found
        assert client.get("/probe/-1").status_code == 500
    assert sample("kundrost_http_requests_total", **route) == before + 5
    assert sample("kundrost_http_request_duration_seconds_count", **route) >= 5
    assert sample("kundrost_http_requests_error_total", **failed) == errors_before + 1


async def never_called(_scope: Scope, _receive: Receive, _send: Send) -> None:
    """An ASGI app the refused middleware never reaches."""
    raise AssertionError("the middleware was refused before any request")


def test_a_configuration_it_cannot_label_from_the_scope_is_refused() -> None:
    config = PrometheusConfig(app_name="x", prefix="x", group_path=False)
    with pytest.raises(ValueError, match="group_path"):
        ScopeLabelledPrometheusMiddleware(never_called, config)
