"""Traffic for the fault suite: shoppers' calls recorded through the API as a voice bridge
records them, and reads of their status, from two threads, every answer noted."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from attrs import frozen

from tests.api.calls_builders import CALLS, a_transcript_body, an_initiate_body

ANALYSIS = "/api/ai/analysis"


@frozen
class Answer:
    at: float
    route: str
    status: int | None
    """None when no HTTP answer came at all (the server was not reachable)."""


class Traffic:
    """Drives `base_url` with `headers` (a service token) and notes every answer."""

    def __init__(self, base_url: str, headers: dict[str, str]) -> None:
        self.base_url = base_url
        self.headers = headers
        self.answers: list[Answer] = []
        self.sessions: list[str] = []
        self.analyses: dict[str, float] = {}
        """Analysis id → when its transcript was accepted."""
        self.completed: dict[str, float] = {}
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        for target in (self._flows, self._reads):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=30)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, headers=self.headers, timeout=30)

    def call(self, client: httpx.Client, method: str, route: str, path: str, **kw: Any) -> Any:
        """The JSON answer of a request, or None when it was not a success."""
        try:
            response = client.request(method, path, **kw)
        except httpx.HTTPError:
            self.answers.append(Answer(time.monotonic(), route, None))
            return None
        self.answers.append(Answer(time.monotonic(), route, response.status_code))
        return response.json() if response.is_success else None

    def in_progress(self, client: httpx.Client) -> str | None:
        """A call initiated and answered, ready for its transcript; None if refused."""
        bought = (datetime.now(UTC) - timedelta(minutes=20)).isoformat()
        body = an_initiate_body(transaction_time=bought)
        started = self.call(client, "POST", "initiate", f"{CALLS}/initiate", json=body)
        if started is None:
            return None
        session_id: str = started["call_session_id"]
        self.sessions.append(session_id)
        answered = self.call(
            client, "PATCH", "connect", f"{CALLS}/{session_id}", json={"status": "in_progress"}
        )
        return None if answered is None else session_id

    def record(self, client: httpx.Client, session_id: str) -> str | None:
        recorded = self.call(
            client,
            "POST",
            "transcript",
            f"{CALLS}/{session_id}/transcript",
            json=a_transcript_body(),
        )
        if recorded is None or recorded.get("analysis_id") is None:
            return None
        analysis_id: str = recorded["analysis_id"]
        self.analyses[analysis_id] = time.monotonic()
        return analysis_id

    def unfinished(self) -> list[str]:
        return [key for key in list(self.analyses) if key not in self.completed]

    def wait_until_finished(self, seconds: float) -> list[str]:
        """Polls every analysis accepted so far until all have completed or `seconds`
        passed; the ones not completed (empty when none was lost, stranded or failed)."""
        deadline = time.monotonic() + seconds
        waiting = self.unfinished()
        with self.client() as client:
            while waiting and time.monotonic() < deadline:
                for analysis_id in waiting:
                    found = self.call(client, "GET", "analysis", f"{ANALYSIS}/{analysis_id}")
                    if found is not None and found["status"] == "completed":
                        self.completed[analysis_id] = time.monotonic()
                waiting = [key for key in waiting if key not in self.completed]
                if waiting:
                    time.sleep(0.5)
        return waiting

    def statuses(self, since: float = 0.0, until: float = float("inf")) -> Counter[tuple[str, Any]]:
        return Counter(
            (answer.route, answer.status) for answer in self.answers if since <= answer.at <= until
        )

    def _flows(self) -> None:
        with self.client() as client:
            while not self._stop.is_set():
                session_id = self.in_progress(client)
                if session_id is not None:
                    self.record(client, session_id)
                self._stop.wait(0.1)

    def _reads(self) -> None:
        with self.client() as client:
            turn = 0
            while not self._stop.is_set():
                turn += 1
                if self.sessions:
                    session_id = random.choice(self.sessions)
                    self.call(client, "GET", "status", f"{CALLS}/{session_id}/status")
                if turn % 10 == 0:
                    self.call(client, "GET", "ready", "/health/ready")
                self._stop.wait(0.05)
