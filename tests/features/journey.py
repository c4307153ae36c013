"""One scenario's journey: the stores it set up, the purchase and call it follows, and the
service's last answer, which the steps read and check.

Each scenario makes stores and shoppers of its own (fresh store ids and phone numbers), so
scenarios never meet, not even when they run again against the same deployment.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

import attrs
import httpx

from kundrost.entrypoints.http.security import Role
from tests.features.service import Service

API = "/api/ai"
CALLS = f"{API}/calls"
ANALYSIS = f"{API}/analysis"
BUSINESS = f"{API}/business"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
ANALYSIS_WAIT = timedelta(seconds=60)
"""How long an analysis may take before the scenario fails: the OpenAI analyzer of a
deployment takes seconds; the offline one milliseconds."""

SPEAKERS = {"agent": "ai", "shopper": "customer"}
"""The feature's words for who speaks, and the API's."""

Turn = tuple[str, str]


def a_swedish_mobile() -> str:
    """A phone number of its own, so no scenario's calls count toward another's velocity."""
    return f"+4670{secrets.randbelow(10**7):07d}"


def messages(turns: Sequence[Turn], seconds: int) -> list[dict[str, Any]]:
    """The conversation as the voice bridge posts it: numbered from 1, spread over `seconds`."""
    step = seconds * 1000 // len(turns)
    return [
        {
            "speaker": SPEAKERS.get(speaker, speaker),
            "content": says,
            "timestamp_ms": index * step,
            "message_order": index + 1,
        }
        for index, (speaker, says) in enumerate(turns)
    ]


def turns_of(datatable: list[list[str]]) -> list[Turn]:
    """A `| speaker | says |` table (with its header row) as turns."""
    header, *rows = datatable
    if [cell.strip() for cell in header] != ["speaker", "says"]:
        raise ValueError(f"a conversation table has the columns speaker and says, not {header}")
    return [(speaker.strip(), says.strip()) for speaker, says in rows]


@attrs.define
class Purchase:
    verification_id: UUID
    phone_number: str
    transaction_time: datetime
    value: str

    def initiate_body(self, store_id: UUID) -> dict[str, Any]:
        return {
            "customer_verification_id": str(self.verification_id),
            "store_id": str(store_id),
            "phone_number": self.phone_number,
            "transaction_time": self.transaction_time.isoformat(),
            "transaction_value": float(self.value),
        }


@attrs.define
class Journey:
    """What a scenario has done so far, and the service's answers to it."""

    service: Service
    stores: dict[str, UUID] = attrs.field(factory=dict)
    store_name: str | None = None
    purchase: Purchase | None = None
    call_id: str | None = None
    recorded: dict[str, Any] | None = None
    analysis: dict[str, Any] | None = None
    reports: dict[str, str] = attrs.field(factory=dict)
    answer: httpx.Response | None = None
    answers: list[httpx.Response] = attrs.field(factory=list)
    week: date | None = None
    report_body: dict[str, Any] | None = None

    @property
    def http(self) -> httpx.Client:
        return self.service.http

    # Who asks

    def as_service(self) -> dict[str, str]:
        return self.service.token(Role.SERVICE)

    def as_admin(self) -> dict[str, str]:
        return self.service.token(Role.ADMIN)

    def as_owner(self, store_name: str | None = None) -> dict[str, str]:
        """A token of the store's staff: a business user of that store only."""
        return self.service.token(Role.BUSINESS, [self.store_id(store_name)])

    # What the scenario follows

    def store_id(self, name: str | None = None) -> UUID:
        name = name or self.store_name
        if name is None:
            raise AssertionError("the scenario has no store yet: start with a store step")
        if name not in self.stores:
            self.stores[name] = uuid4()
        return self.stores[name]

    def use_store(self, name: str) -> UUID:
        self.store_name = name
        return self.store_id(name)

    def the_purchase(self) -> Purchase:
        if self.purchase is None:
            raise AssertionError("the scenario has no purchase: add 'a shopper verified ...'")
        return self.purchase

    def the_call(self) -> str:
        if self.call_id is None:
            raise AssertionError("the scenario has placed no call yet")
        return self.call_id

    def verified(self, transaction_time: datetime, value: str) -> Purchase:
        self.purchase = Purchase(uuid4(), a_swedish_mobile(), transaction_time, value)
        return self.purchase

    # Requests

    def keep(self, answer: httpx.Response) -> httpx.Response:
        self.answer = answer
        return answer

    def expect(self, answer: httpx.Response, status: int) -> dict[str, Any]:
        self.keep(answer)
        assert answer.status_code == status, (
            f"{answer.request.method} {answer.request.url.path} answered "
            f"{answer.status_code}, expected {status}: {answer.text}"
        )
        body: dict[str, Any] = answer.json() if answer.content else {}
        return body

    def initiate(self) -> httpx.Response:
        """The verification system asks for a call for the purchase; an accepted call is
        followed from here on."""
        body = self.the_purchase().initiate_body(self.store_id())
        answer = self.keep(
            self.http.post(f"{CALLS}/initiate", json=body, headers=self.as_service())
        )
        if answer.status_code == 202:
            self.accepted(answer)
        return answer

    def accepted(self, answer: httpx.Response) -> str:
        call_id = str(answer.json()["call_session_id"])
        self.service.made_call(call_id)
        self.call_id = call_id
        return call_id

    def status(self) -> dict[str, Any]:
        answer = self.http.get(f"{CALLS}/{self.the_call()}/status", headers=self.as_service())
        return self.expect(answer, 200)

    def report_outcome(self, **outcome: Any) -> dict[str, Any]:
        answer = self.http.patch(
            f"{CALLS}/{self.the_call()}", json=outcome, headers=self.as_service()
        )
        return self.expect(answer, 200)

    def record(self, turns: Sequence[Turn], seconds: int) -> dict[str, Any]:
        body = {"messages": messages(turns, seconds), "total_duration_seconds": seconds}
        answer = self.http.post(
            f"{CALLS}/{self.the_call()}/transcript", json=body, headers=self.as_service()
        )
        self.recorded = self.expect(answer, 201)
        return self.recorded

    def wait_for_analysis(self) -> dict[str, Any]:
        """Polls the analysis the recorded transcript queued until it completes or fails."""
        assert self.recorded is not None, "no transcript was recorded"
        analysis_id = self.recorded["analysis_id"]
        assert analysis_id is not None, f"the call was not analysed: {self.recorded}"
        deadline = time.monotonic() + ANALYSIS_WAIT.total_seconds()
        while True:
            body = self.expect(
                self.http.get(f"{ANALYSIS}/{analysis_id}", headers=self.as_service()), 200
            )
            if body["status"] in ("completed", "failed"):
                self.analysis = body
                return body
            assert time.monotonic() < deadline, f"analysis {analysis_id} did not finish: {body}"
            time.sleep(0.02)

    def assessment(self) -> dict[str, Any]:
        analysis = self.analysis or self.wait_for_analysis()
        assert analysis["status"] == "completed", f"the analysis failed: {analysis}"
        assessment: dict[str, Any] = analysis["assessment"]
        return assessment

    def the_week(self) -> date:
        """Monday of the week the scenario is about."""
        if self.week is None:
            raise AssertionError("the scenario has no week yet: add 'during a week, ...'")
        return self.week

    def this_week(self) -> date:
        """Monday of the service's current week, in Stockholm."""
        today = self.service.now().astimezone(STOCKHOLM).date()
        return today - timedelta(days=today.weekday())

    def generate_report(self, week: date) -> str:
        body = {"store_id": str(self.store_id()), "analysis_week": week.isoformat()}
        answer = self.http.post(f"{BUSINESS}/reports/generate", json=body, headers=self.as_admin())
        report_id = str(self.expect(answer, 202)["report_id"])
        self.reports[self.store_name or ""] = report_id
        return report_id

    def report(self, store_name: str | None = None) -> str:
        name = store_name or self.store_name or ""
        if name not in self.reports:
            raise AssertionError(f"no weekly report was generated for {name!r}")
        return self.reports[name]
