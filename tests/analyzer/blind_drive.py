"""Driving one blind call through the HTTP API, as the verification system and voice bridge do.

Only the public API is used: `PUT /api/ai/business/context/{store}`, `POST /api/ai/calls/initiate`,
`PATCH /api/ai/calls/{id}`, `POST /api/ai/calls/{id}/transcript` and `GET /api/ai/analysis/{id}`.
The client is any `httpx.Client` (Litestar's `TestClient` is one), so the served and the
in-process runs share every step.
"""

from __future__ import annotations

import random
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

TRANSACTION_VALUE = 250.0
"""Kronor; the labels judge the words, not the basket."""
POLL_SECONDS = 60.0


@dataclass(frozen=True)
class Outcome:
    """What the API made of one call."""

    item_id: str
    analysed: bool
    end_reason: str | None = None
    qualifies: bool = False
    reward: float | None = None
    is_fraudulent: bool = False
    fraud_reasons: tuple[str, ...] = ()
    overall: float | None = None


def recent(moment: datetime, now: datetime, zone: str, closed: frozenset[str]) -> datetime:
    """The latest instant before `now` on the same Stockholm weekday and wall-clock time as
    `moment`, stepping back whole weeks past the store's closed dates and past a wall-clock time
    that a daylight-saving change skips, so a purchase is open or closed exactly as labelled."""
    tz = ZoneInfo(zone)
    local = moment.astimezone(tz)
    today = now.astimezone(tz).date()
    day = today - timedelta(days=(today.weekday() - local.weekday()) % 7)
    while True:
        candidate = datetime.combine(day, local.time(), tzinfo=tz)
        exists = candidate.astimezone(UTC).astimezone(tz).time() == local.time()
        if candidate < now and exists and not _closed(day, closed):
            return candidate
        day -= timedelta(weeks=1)


def _closed(day: date, closed: frozenset[str]) -> bool:
    return day.isoformat() in closed


@dataclass(frozen=True)
class Purchase:
    """Where a run puts one purchase; `closes` is the date standing in for its closed date."""

    when: datetime
    closes: str | None = None


def schedule(data: dict[str, Any], now: datetime) -> dict[str, Purchase]:
    """Each purchase moved by `recent`. The API calls about purchases of the last seven days
    only, so a purchase on one of its store's closed dates (Christmas Day, a stocktaking day)
    moves to the latest same weekday and time before now, and its call goes to a copy of the
    store's context that names that date closed: it stays a purchase on a closed date without
    closing the day for the other calls."""
    purchases: dict[str, Purchase] = {}
    for item in data["items"]:
        context = data["stores"][item["store"]]
        zone = context.get("timezone", "Europe/Stockholm")
        moment = datetime.fromisoformat(item["transaction_time"])
        closed = frozenset(context.get("closed_dates", []))
        if _closed(moment.astimezone(ZoneInfo(zone)).date(), closed):
            moved = recent(moment, now, zone, frozenset())
            purchases[item["id"]] = Purchase(
                moved, moved.astimezone(ZoneInfo(zone)).date().isoformat()
            )
        else:
            purchases[item["id"]] = Purchase(recent(moment, now, zone, closed))
    return purchases


def closed_also(context: dict[str, Any], day: str | None) -> dict[str, Any]:
    """The store's context for one call of the run: closed on `day` as well, if one is given."""
    if day is None:
        return context
    return {**context, "closed_dates": [*context.get("closed_dates", []), day]}


class Driver:
    """Runs calls against one API with one bearer token; phone numbers are unique in a run."""

    def __init__(self, client: httpx.Client, token: str, now: datetime) -> None:
        self.client = client
        self.headers = {"Authorization": f"Bearer {token}"}
        self.now = now
        self._phones = random.Random().randrange(10**7)
        self.sessions: list[str] = []

    def put_context(self, context: dict[str, Any]) -> str:
        store_id = str(uuid.uuid4())
        self._call("PUT", f"/api/ai/business/context/{store_id}", 200, context)
        return store_id

    def run(self, item: dict[str, Any], store_id: str, when: datetime) -> Outcome:
        session = self._call(
            "POST",
            "/api/ai/calls/initiate",
            202,
            {
                "customer_verification_id": str(uuid.uuid4()),
                "store_id": store_id,
                "phone_number": self._next_phone(),
                "transaction_time": when.isoformat(),
                "transaction_value": TRANSACTION_VALUE,
            },
        )["call_session_id"]
        self.sessions.append(session)
        self._call("PATCH", f"/api/ai/calls/{session}", 200, {"status": "in_progress"})
        recorded = self._call(
            "POST",
            f"/api/ai/calls/{session}/transcript",
            201,
            {
                "total_duration_seconds": item["total_duration_seconds"],
                "messages": [
                    {
                        "speaker": message["speaker"],
                        "content": message["content"],
                        "timestamp_ms": message["timestamp_ms"],
                        "message_order": order,
                    }
                    for order, message in enumerate(item["messages"], start=1)
                ],
            },
        )
        if not recorded["analysis_queued"]:
            return Outcome(item["id"], analysed=False, end_reason=recorded["end_reason"])
        assessment = self._assessment(item["id"], recorded["analysis_id"])
        return Outcome(
            item["id"],
            analysed=True,
            qualifies=assessment["qualifies"],
            reward=assessment["reward_percentage"],
            is_fraudulent=assessment["is_fraudulent"],
            fraud_reasons=tuple(assessment["fraud_reasons"]),
            overall=assessment["scores"]["overall_quality_score"],
        )

    def cancel_all(self) -> None:
        """Cancel every call of the run: the server erases their numbers and words, so a later
        run against the same server is not taken for a copy of this one."""
        for session in self.sessions:
            self._call("DELETE", f"/api/ai/calls/{session}", 200)
        self.sessions.clear()

    def _assessment(self, item_id: str, analysis_id: str) -> dict[str, Any]:
        deadline, pause = time.monotonic() + POLL_SECONDS, 0.02
        while time.monotonic() < deadline:
            job = self._call("GET", f"/api/ai/analysis/{analysis_id}", 200)
            if job["status"] == "completed":
                assessment: dict[str, Any] = job["assessment"]
                return assessment
            if job["status"] == "failed":
                raise RuntimeError(f"{item_id}: the analysis failed: {job['error_message']}")
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
        raise RuntimeError(f"{item_id}: no assessment within {POLL_SECONDS:.0f} s")

    def _next_phone(self) -> str:
        self._phones = (self._phones + 1) % 10**7
        return f"+4670{self._phones:07d}"

    def _call(self, method: str, path: str, expected: int, body: Any = None) -> Any:
        """One request; a 429 waits for its `Retry-After`, any other surprise is an error."""
        while True:
            response = self.client.request(method, path, json=body, headers=self.headers)
            if response.status_code != 429:
                break
            time.sleep(float(response.headers.get("Retry-After", "1")))
        if response.status_code != expected:
            raise RuntimeError(
                f"{method} {path}: expected {expected}, got {response.status_code}: "
                f"{response.text[:300]}"
            )
        return response.json()
