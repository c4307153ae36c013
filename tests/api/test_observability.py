"""What operators see: a request id on every answer, one structured log line per request
(never a phone number or a word of a call), and Prometheus metrics of requests and business."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient
from prometheus_client.parser import text_string_to_metric_families

from kundrost.container import Container
from kundrost.entrypoints.logs import JsonLinesFormatter
from kundrost.settings import Settings
from tests.api.calls_builders import (
    CALLS,
    DETAILED_FEEDBACK,
    PHONE,
    a_transcript_body,
    an_initiate_body,
    connect,
    initiate,
    record,
    serve,
    status_of,
)
from tests.api.conftest import TokenMaker

Client = TestClient[Litestar]
pytestmark = pytest.mark.quiet_phone


def request_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    """The request lines as the processes write them: JSON by `logs.JsonLinesFormatter`."""
    formatter = JsonLinesFormatter()
    return [
        json.loads(formatter.format(record))
        for record in caplog.records
        if record.name == "kundrost.http.requests"
    ]


def test_a_request_id_from_the_client_is_echoed(api: Client) -> None:
    response = api.get("/health", headers={"X-Request-ID": "verif-2026-11-24-0042"})
    assert response.headers["X-Request-ID"] == "verif-2026-11-24-0042"


@pytest.mark.parametrize("sent", [None, "kort", "två ord", f"call {PHONE}", "x" * 200])
def test_without_a_plain_request_id_one_is_made(api: Client, sent: str | None) -> None:
    headers = {} if sent is None else {b"X-Request-ID": sent.encode()}

    response = api.get("/health", headers=headers)

    made = response.headers["X-Request-ID"]
    assert made != sent
    assert len(made) == 32
    assert int(made, 16) >= 0


def test_each_request_is_one_structured_log_line(
    api: Client, token: TokenMaker, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    headers = {**token("service", subject="verifieringen"), "X-Request-ID": "req-00000001"}

    response = api.post(f"{CALLS}/initiate", json=an_initiate_body(), headers=headers)

    [line] = request_lines(caplog)
    assert line["method"] == "POST"
    assert line["route"] == f"{CALLS}/initiate"
    assert line["status"] == response.status_code == 202
    assert line["request_id"] == "req-00000001"
    assert line["subject"] == "verifieringen"
    assert 0 < line["duration_ms"] < 5000


def test_the_log_names_the_route_template_and_never_the_path_or_query(
    api: Client, token: TokenMaker, caplog: pytest.LogCaptureFixture
) -> None:
    session_id = initiate(api, token("service"))
    caplog.set_level(logging.INFO)
    caplog.clear()

    api.get(f"{CALLS}/{session_id}/status?phone={PHONE}", headers=token("admin"))
    api.get(f"/api/ai/okänd/{PHONE}", headers=token("admin"))

    status_line, unknown_line = request_lines(caplog)
    assert status_line["route"] == f"{CALLS}/{{call_session_id}}/status"
    assert (unknown_line["route"], unknown_line["status"]) == (None, 404)
    assert session_id not in str(status_line)
    assert PHONE not in str(unknown_line)


def test_refusals_are_logged_too(api: Client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)

    api.post(f"{CALLS}/initiate", json=an_initiate_body())

    [line] = request_lines(caplog)
    assert (line["status"], line["subject"]) == (401, None)


def test_no_phone_number_or_word_of_a_call_reaches_any_log(
    api: Client, token: TokenMaker, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    service, admin = token("service"), token("admin")
    session_id = initiate(api, service)
    status_of(api, service, session_id)
    connect(api, service, session_id)
    record(api, service, session_id)
    api.get(f"{CALLS}/{session_id}/transcript", headers=admin)
    api.post(
        f"{CALLS}/initiate", json=an_initiate_body(phone_number="+4570123456"), headers=service
    )
    api.post(f"{CALLS}/initiate", json=an_initiate_body(transaction_time=PHONE), headers=service)
    bad_order = a_transcript_body()
    bad_order["messages"][1]["message_order"] = 0
    api.post(f"{CALLS}/{initiate(api, service)}/transcript", json=bad_order, headers=service)
    api.delete(f"{CALLS}/{session_id}", headers=service)

    logged = caplog.text
    assert request_lines(caplog)
    for secret in (PHONE, PHONE[1:], "+4570123456", "70 123 45 67"):
        assert secret not in logged
    for _, words in DETAILED_FEEDBACK:
        assert words not in logged
        assert words[:30] not in logged


def metrics(api: Client) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    response = api.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def value(samples: dict[Any, float], name: str, **labels: str) -> float:
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def test_metrics_need_no_token_and_count_requests_by_route(api: Client, token: TokenMaker) -> None:
    before = metrics(api)

    initiate(api, token("service"))

    after = metrics(api)
    route = {"path": f"{CALLS}/initiate", "method": "POST", "status_code": "202"}
    assert value(after, "kundrost_http_requests_total", **route) == (
        value(before, "kundrost_http_requests_total", **route) + 1
    )
    assert value(after, "kundrost_http_request_duration_seconds_count", **route) > 0


def test_metrics_count_calls_by_status_analyses_and_rewards(api: Client, token: TokenMaker) -> None:
    service = token("service")
    before = metrics(api)

    session_id = initiate(api, service)
    connect(api, service, session_id)
    record(api, service, session_id)
    after = wait_for(api, "kundrost_analyses_total", above=value(before, "kundrost_analyses_total"))

    for status in ("pending", "in_progress", "completed"):
        assert value(after, "kundrost_calls_total", status=status) == (
            value(before, "kundrost_calls_total", status=status) + 1
        )
    assert value(after, "kundrost_analyses_total", outcome="qualifying") == (
        value(before, "kundrost_analyses_total", outcome="qualifying") + 1
    )
    assert value(after, "kundrost_rewards_granted_total") == (
        value(before, "kundrost_rewards_granted_total") + 1
    )
    granted = value(after, "kundrost_reward_percentage_sum") - value(
        before, "kundrost_reward_percentage_sum"
    )
    assert 2 <= granted <= 15


def test_metrics_count_the_calls_the_simulated_network_moves(
    container: Container, settings: Settings, token: TokenMaker
) -> None:
    for api in serve(container, settings):
        before = metrics(api)

        initiate(api, token("service"))

        after = wait_for(
            api,
            "kundrost_calls_total",
            above=value(before, "kundrost_calls_total", status="completed"),
            status="completed",
        )
        assert value(after, "kundrost_calls_total", status="in_progress") == (
            value(before, "kundrost_calls_total", status="in_progress") + 1
        )


def wait_for(api: Client, name: str, *, above: float, **labels: str) -> dict[Any, float]:
    """The metrics once `name` has grown past `above` (background work counts it)."""
    for _ in range(100):
        samples = metrics(api)
        if value(samples, name, **labels) > above:
            return samples
        time.sleep(0.02)
    raise AssertionError(f"{name} stayed at {above}")
