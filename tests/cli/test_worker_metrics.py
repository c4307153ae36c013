"""The documented production layout — an API that only enqueues and a `kundrost worker` —
counts analyses and rewards where they happen: on the worker's own metrics endpoint."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from litestar.testing import TestClient

from kundrost.entrypoints.cli.serve import build_app
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.api.calls_builders import connect, initiate, record
from tests.cli.test_serve_and_token import ROOT, SECRET
from tests.services import free_port


def sample(metrics: str, name: str) -> float:
    """The value of one sample line (`name` with its labels) in Prometheus text, or 0."""
    found = re.search(rf"^{re.escape(name)} (\S+)$", metrics, re.MULTILINE)
    return float(found[1]) if found else 0.0


def test_the_worker_counts_the_analyses_and_rewards_on_its_own_metrics_port(
    production_env: dict[str, str],
) -> None:
    production_env = {**production_env, "KUNDROST_QUEUE_WORKER": "0"}
    settings = Settings.from_env(production_env)
    headers = {"Authorization": f"Bearer {issue_token(SECRET, 'service')}"}
    port = free_port()
    worker = subprocess.Popen(
        [sys.executable, "-m", "kundrost", "worker"],
        cwd=ROOT,
        env={**os.environ, **production_env, "KUNDROST_WORKER_METRICS_PORT": str(port)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    metrics_url = f"http://127.0.0.1:{port}/metrics"
    try:
        with TestClient(build_app(settings, "ring")) as api:  # calls wait for the test
            rewards_before = sample(api.get("/metrics").text, "kundrost_rewards_granted_total")
            bought = (datetime.now(UTC) - timedelta(minutes=20)).isoformat()
            session_id = initiate(api, headers, transaction_time=bought)
            connect(api, headers, session_id)
            analysis_id = record(api, headers, session_id)["analysis_id"]
            deadline, analysis = time.monotonic() + 60, dict[str, Any]()
            while time.monotonic() < deadline and analysis.get("status") != "completed":
                time.sleep(0.2)
                analysis = api.get(f"/api/ai/analysis/{analysis_id}", headers=headers).json()
            rewards_here = sample(api.get("/metrics").text, "kundrost_rewards_granted_total")
        deadline, counted = time.monotonic() + 10, ""
        while time.monotonic() < deadline and not sample(counted, "kundrost_rewards_granted_total"):
            try:
                counted = httpx.get(metrics_url, timeout=2).text
            except httpx.HTTPError:
                time.sleep(0.2)
    finally:
        worker.send_signal(signal.SIGTERM)
        _out, err = worker.communicate(timeout=30)

    assert analysis["status"] == "completed", err[-2000:]
    assert analysis["assessment"]["reward_percentage"] is not None
    assert sample(counted, 'kundrost_analyses_total{outcome="qualifying"}') == 1.0
    assert sample(counted, "kundrost_rewards_granted_total") == 1.0
    assert rewards_here == rewards_before, "the API, which only enqueues, counted a reward"
    assert worker.returncode == 0
    assert f"metrics on http://0.0.0.0:{port}/metrics" in err
