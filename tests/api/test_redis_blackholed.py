"""Redis behind a link that swallows every packet (the outside tester's proxy that accepts
and never answers): the first request that needs it waits the client's 5-second timeout,
the next ones are answered at once until the probe sees Redis back, and Redis is asked
about once a probe meanwhile, not once a request. Needs Redis (KUNDROST_TEST_REDIS_URL)."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.container import build_container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.health import READY_TIMEOUT
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests import services
from tests.api.calls_builders import CALLS, a_transcript_body, quiet_phone
from tests.api.test_unavailable import a_call_in_progress, eventually, outage_lines
from tests.blackhole import Blackhole

Client = TestClient[Litestar]
TIMEOUT = 5.0
"""The Redis client's timeout, connect and command (`KUNDROST_REDIS_TIMEOUT_SECONDS`' default):
what the first request to meet the outage waits."""


@pytest.fixture
def hole() -> Iterator[Blackhole]:
    hole = Blackhole(services.redis_url())
    yield hole
    hole.stop()


@pytest.fixture
def api(hole: Blackhole) -> Iterator[Client]:
    url, prefix = hole.start(), services.key_prefix("blackholed")
    settings = Settings.embedded(
        seed=7, cache="redis", queue="redis", redis_url=url, redis_prefix=prefix
    )
    container = build_container(settings)
    quiet_phone(container)
    with TestClient(create_app(container, settings)) as client:
        client.headers["Authorization"] = f"Bearer {issue_token(settings.jwt_secret, 'service')}"
        yield client


def timed(request: Any) -> tuple[Any, float]:
    started = time.monotonic()
    response = request()
    return response, time.monotonic() - started


def test_requests_that_need_a_blackholed_redis_wait_once_then_are_answered_at_once(
    api: Client, hole: Blackhole, caplog: pytest.LogCaptureFixture
) -> None:
    calls = [a_call_in_progress(api, {}) for _ in range(6)]
    busy = {"status": "failed", "failure_reason": "busy"}

    def event(call: str, name: str) -> Any:
        return api.patch(f"{CALLS}/{call}", json={**busy, "event_id": name})

    def transcript(call: str) -> Any:
        return api.post(f"{CALLS}/{call}/transcript", json=a_transcript_body())

    with caplog.at_level(logging.INFO, logger="kundrost"):
        hole.swallow()
        started, asked_before = time.monotonic(), hole.connections
        first, first_wait = timed(lambda: event(calls[0], "e-0"))
        later = [timed(lambda n=n: event(calls[0], f"e-{n}")) for n in range(1, 11)]
        recorded = [timed(lambda call=call: transcript(call)) for call in calls[1:5]]
        asked, probes = hole.connections - asked_before, int(time.monotonic() - started) + 1
        hole.relay()
        eventually(lambda: len(outage_lines(caplog, "cache")) == 2, seconds=10)
        after = event(calls[5], "e-back")

    waits = [wait for _, wait in later + recorded]
    print(f"first wait {first_wait:.2f} s; the next {len(waits)}: at most {max(waits):.3f} s")
    assert first.status_code == 503
    assert first_wait < TIMEOUT + 1
    assert {response.status_code for response, _ in later} == {503}
    assert {response.headers["Retry-After"] for response, _ in later} == {"5"}
    assert {response.json()["details"]["service"] for response, _ in later} == {"cache"}
    assert [response.status_code for response, _ in recorded] == [201] * 4
    assert all(response.json()["analysis_queued"] for response, _ in recorded)
    assert max(waits) < 0.5, waits
    assert asked <= 2 + probes, "each request asked Redis"
    went, back = outage_lines(caplog, "cache")
    assert went.startswith("cache is unavailable (TimeoutError): answering 503")
    assert back.startswith("cache is back after")
    assert after.status_code == 200, after.text


def test_readiness_on_a_blackholed_redis_asks_once_then_answers_from_the_outage_log(
    api: Client, hole: Blackhole, caplog: pytest.LogCaptureFixture
) -> None:
    assert api.get("/health/ready").status_code == 200
    with caplog.at_level(logging.INFO, logger="kundrost"):
        hole.swallow()
        first, first_wait = timed(lambda: api.get("/health/ready"))
        later = [timed(lambda: api.get("/health/ready")) for _ in range(10)]
        hole.relay()
        _, back_after = timed(
            lambda: eventually(lambda: api.get("/health/ready").status_code == 200, seconds=10)
        )

    waits = [wait for _, wait in later]
    print(
        f"first check {first_wait:.2f} s; the next 10: {sum(waits):.3f} s in all, at most "
        f"{max(waits):.3f} s; ready {back_after:.2f} s after Redis answered again"
    )
    assert first.status_code == 503
    assert first.json()["checks"] == {"storage": "ok", "cache": "unavailable"}
    assert first_wait < READY_TIMEOUT + 1
    assert {response.status_code for response, _ in later} == {503}
    assert {response.json()["checks"]["cache"] for response, _ in later} == {"unavailable"}
    assert max(waits) < 0.2, waits
    assert len(outage_lines(caplog, "cache")) == 2
