"""`/api/ai/analysis`: grading as a polled job, fraud checks, summaries, cleanup and metrics.

Calls are placed and recorded through the container's use cases on the app's own event
loop (the telephony does not deliver by itself, so each test decides what the customer
said); the analysis then runs on the in-process queue, and the tests poll it as a client.
The helpers here (`FeedbackCalls`, `quiet_container`, `poll_analysis`) also serve the
business, role-matrix and journey tests.
"""

from __future__ import annotations

import time as wall
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from functools import partial
from itertools import count
from typing import Any, TypeVar
from uuid import UUID, uuid4

import pytest
from dependency_injector import providers
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.application import InitiateCallCommand
from kundrost.container import Container, build_container, connect
from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Department,
    OpeningHours,
    Question,
    Weekday,
)
from kundrost.domain.call_events import Connected
from kundrost.domain.ids import (
    AnalysisJobId,
    CallSessionId,
    StoreId,
    TranscriptId,
    VerificationId,
)
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.transcript import Message, Speaker, Transcript
from kundrost.entrypoints.http import create_app
from kundrost.settings import Settings
from tests.api.calls_builders import CALLS
from tests.api.conftest import NOW, TokenMaker
from tests.api.test_app_basics import assert_envelope

T = TypeVar("T")
Client = TestClient[Litestar]

STORE = UUID("3d6e1f0a-5b4c-4e2d-9a8b-1c0f7e6d5a43")
"""ICA Nära Årsta, open 08–20 every day."""
OTHER_STORE = UUID("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
UNKNOWN = UUID("00000000-0000-4000-8000-00000000dead")
STOCKHOLM = "Europe/Stockholm"
ANALYSIS = "/api/ai/analysis"

QUESTIONS = (
    "Hej! Jag ringer från ICA Nära Årsta om ditt köp idag. Har du en minut?",
    "Vad tyckte du om köttdisken?",
    "Hur var bemötandet från personalen?",
    "Var det något som kunde ha varit bättre?",
    "Något mer du vill berätta?",
)
DETAILED = (
    "Ja, absolut.",
    "Köttdisken hade fantastisk service, slaktaren hjälpte mig välja en bit entrecote och "
    "förklarade hur jag skulle tillaga den.",
    "Personalen var väldigt hjälpsam, en medarbetare följde med mig till hyllan med kryddorna "
    "när jag inte hittade dem.",
    "Det var lång kö i kassan vid femtiden, bara två kassor var öppna, så fler kassor på "
    "eftermiddagen vore bra.",
    "Nej, annars var det ett bra besök, tack.",
)
"""Detailed Swedish feedback naming the meat counter and helpful staff, a one-off queue with
its cause and a wish for more checkouts: it earns 8 % to `HIGH_BAND_CENTRE`."""
HIGH_BAND_CENTRE = 12.5
"""The most a call with a one-off problem may earn: the centre of the high band (10–15 %), which
systemic, costly problems are to reach. (The bound was 12 until `offline-14` read the call's
wish, "fler kassor på eftermiddagen vore bra", as the suggestion it is: 11.2 → 12.21 %.)"""
BAKERY = (
    "Ja, visst.",
    "Köttdisken var bra, men jag köpte mest bröd från bageriet som var nybakat och doftade "
    "underbart.",
    "Kassörskan var vänlig och snabb trots att det var fullt i butiken vid lunch.",
    "Frukten var lite dålig, bananerna var gröna och avokadon var hårda, det har varit så "
    "flera veckor.",
    "Det vore bra med fler skyltar vid torrvarorna, jag hittade inte havregrynen.",
)
"""Another customer's detailed feedback, so two calls are not taken for a copied one."""
ENGLISH = (
    "Sorry, I don't speak Swedish.",
    "The meat counter was great and the staff were helpful.",
    "There was a queue at the checkout.",
)


def swedish_messages(answers: tuple[str, ...], duration: int) -> list[Message]:
    """The agent's questions, each answered in turn, spread evenly over `duration` seconds."""
    turns: list[tuple[Speaker, str]] = []
    for question, answer in zip(QUESTIONS, answers, strict=False):
        turns += [(Speaker.AI, question), (Speaker.CUSTOMER, answer)]
    step = duration * 1000 // len(turns)
    return [
        Message(speaker, text, index * step, index + 1)
        for index, (speaker, text) in enumerate(turns)
    ]


def transcript_json(answers: tuple[str, ...], duration: int) -> dict[str, Any]:
    """The same conversation as the body of `POST /api/ai/calls/{id}/transcript`."""
    return {
        "messages": [
            {
                "speaker": message.speaker.value,
                "content": message.content,
                "timestamp_ms": message.timestamp_ms,
                "message_order": message.message_order,
            }
            for message in swedish_messages(answers, duration)
        ],
        "total_duration_seconds": duration,
    }


def full_context(store: UUID = STORE) -> BusinessContext:
    """Open 08:00–20:00 every day, departments with aliases, three questions, a fact."""
    return BusinessContext(
        store_id=StoreId(store),
        timezone=STOCKHOLM,
        operating_hours={day: OpeningHours(clock_time(8), clock_time(20)) for day in Weekday},
        departments=(
            Department("Kött", ("köttdisken", "chark")),
            Department("Kassan", ("kassa", "kassorna")),
            Department("Bageriet", ("bröd",)),
        ),
        question_configuration=(
            Question("Vad tyckte du om köttdisken?"),
            Question("Hur var bemötandet från personalen?"),
            Question("Hur lång var kön i kassan?"),
        ),
        baseline_facts=(BaselineFact("Butiken har ingen fiskdisk.", "fisk"),),
        store_name="ICA Nära Årsta",
    )


FULL_CONTEXT_JSON: dict[str, Any] = {
    "timezone": STOCKHOLM,
    "operating_hours": {day.value: {"open": "08:00", "close": "20:00"} for day in Weekday},
    "closed_dates": ["2026-12-25"],
    "departments": [
        {"name": "Kött", "aliases": ["köttdisken", "chark"]},
        {"name": "Kassan", "aliases": ["kassa", "kassorna"]},
        {"name": "Bageriet", "aliases": ["bröd"]},
    ],
    "current_campaigns": [{"name": "Julskinka -20 %", "starts_on": "2026-12-01"}],
    "question_configuration": [
        {"question": "Vad tyckte du om köttdisken?", "priority": "high", "department": "Kött"},
        {"question": "Hur var bemötandet från personalen?"},
        {"question": "Hur lång var kön i kassan?", "frequency": 2},
    ],
    "baseline_facts": [{"statement": "Butiken har ingen fiskdisk.", "topic": "fisk"}],
    "store_name": "ICA Nära Årsta",
}
"""The same context as `PUT /api/ai/business/context/{store_id}` takes it."""


def night_purchase() -> datetime:
    """02:00 in Stockholm on the test's day, when the store has been closed for hours."""
    return datetime(2026, 11, 24, 1, 0, tzinfo=UTC)


def quiet_container(settings: Settings, clock: ManualClock) -> Container:
    """The embedded container on the manual clock, with a telephony that never reports by
    itself: the test reports the answer and records what the customer said."""
    container = build_container(settings)
    container.clock.override(providers.Object(clock))
    container.telephony.override(providers.Object(SimulatedTelephony()))
    return container


class FeedbackCalls:
    """Feedback calls driven through the container on the app's event loop."""

    def __init__(self, api: Client, container: Container, clock: ManualClock) -> None:
        self.api = api
        self.container = container
        self.clock = clock
        self._phones = count(1000)

    def run(self, function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.api.blocking_portal.call(partial(function, *args, **kwargs))

    def put_context(self, context: BusinessContext) -> None:
        self.run(self.container.put_context(), context)

    def answered(
        self, *, store: UUID = STORE, transaction_time: datetime | None = None
    ) -> CallSessionId:
        """A call placed and answered (in progress), from a phone of its own."""
        command = InitiateCallCommand(
            verification_id=VerificationId(uuid4()),
            store_id=StoreId(store),
            phone=PhoneNumber(f"+46701{next(self._phones):06d}"),
            transaction_time=transaction_time or self.clock.now() - timedelta(minutes=5),
            transaction_value=Decimal("249.00"),
        )
        session = self.run(self.container.initiate_call(), command)
        self.run(self.container.record_call_event(), session.id, Connected())
        return CallSessionId(session.id)

    def recorded(
        self,
        *,
        store: UUID = STORE,
        answers: tuple[str, ...] = DETAILED,
        duration: int = 90,
        transaction_time: datetime | None = None,
    ) -> tuple[CallSessionId, AnalysisJobId | None]:
        """A call whose transcript is recorded; the analysis job it queued, if analysable."""
        session_id = self.answered(store=store, transaction_time=transaction_time)
        recorded = self.run(
            self.container.record_transcript(),
            session_id,
            swedish_messages(answers, duration),
            duration,
        )
        job = recorded.analysis_job
        return session_id, None if job is None else AnalysisJobId(job.id)

    def graded(self, **recorded: Any) -> tuple[CallSessionId, AnalysisJobId]:
        """A recorded call whose analysis has run to its end."""
        session_id, job_id = self.recorded(**recorded)
        assert job_id is not None, "the call was not analysable"
        self.drain()
        return session_id, job_id

    def drain(self) -> None:
        self.run(self.container.job_queue().drain)


def poll_analysis(
    api: Client, headers: dict[str, str], analysis_id: object, attempts: int = 200
) -> dict[str, Any]:
    """GET the analysis until it is completed or failed, as a client would."""
    for _ in range(attempts):
        response = api.get(f"{ANALYSIS}/{analysis_id}", headers=headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if body["status"] in ("completed", "failed"):
            return body
        wall.sleep(0.01)
    raise AssertionError(f"analysis {analysis_id} did not finish")


def names_field(body: dict[str, Any], field: str) -> bool:
    """Whether a 400 names `field`: as an offending field, or in the message about the body
    (Litestar reports a missing field of the body as `data`, naming it in the message)."""
    details = body["details"]
    if details.get("field") == field:
        return True
    return any(
        item["field"] == field or (item["field"] == "data" and f"`{field}`" in item["message"])
        for item in details.get("fields", [])
    )


def has_at_most_two_decimals(value: float) -> bool:
    return Decimal(str(value)) == Decimal(str(value)).quantize(Decimal("0.01"))


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    return quiet_container(settings, clock)


@pytest.fixture
def calls(api: Client, container: Container, clock: ManualClock) -> FeedbackCalls:
    calls = FeedbackCalls(api, container, clock)
    calls.put_context(full_context())
    return calls


@pytest.fixture
def admin(token: TokenMaker) -> dict[str, str]:
    return token("admin")


ASSESSMENT_FIELDS = {
    "assessment_id",
    "call_session_id",
    "scores",
    "qualifies",
    "reward_percentage",
    "is_fraudulent",
    "fraud_reasons",
    "analysis_summary",
    "business_actionable_items",
    "analysis_metadata",
    "created_at",
}


class TestRequestQuality:
    def test_a_recorded_call_answers_202_with_the_job_its_recording_queued(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, job_id = calls.recorded()
        response = api.post(
            f"{ANALYSIS}/quality", json={"call_session_id": str(session_id)}, headers=service
        )
        assert response.status_code == 202
        body = response.json()
        assert body["analysis_id"] == str(job_id)
        assert body["call_session_id"] == str(session_id)
        assert body["status"] in ("queued", "processing", "completed")

    def test_asking_again_returns_the_same_job_and_force_grades_anew(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, job_id = calls.graded()
        again = api.post(
            f"{ANALYSIS}/quality", json={"call_session_id": str(session_id)}, headers=service
        )
        assert again.json() == {
            "analysis_id": str(job_id),
            "call_session_id": str(session_id),
            "status": "completed",
        }
        forced = api.post(
            f"{ANALYSIS}/quality",
            json={"call_session_id": str(session_id), "force": True},
            headers=service,
        )
        assert forced.status_code == 202
        assert forced.json()["analysis_id"] != str(job_id)
        assert poll_analysis(api, service, forced.json()["analysis_id"])["status"] == "completed"

    def test_an_unknown_call_is_404(self, api: Client, service: dict[str, str]) -> None:
        response = api.post(
            f"{ANALYSIS}/quality", json={"call_session_id": str(UNKNOWN)}, headers=service
        )
        assert response.status_code == 404
        assert_envelope(response.json(), "NOT_FOUND")

    def test_an_abandoned_call_is_409_not_analysable(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, job_id = calls.recorded(answers=ENGLISH, duration=15)
        assert job_id is None
        response = api.post(
            f"{ANALYSIS}/quality", json={"call_session_id": str(session_id)}, headers=service
        )
        assert response.status_code == 409
        assert_envelope(response.json(), "NOT_ANALYSABLE")

    @pytest.mark.parametrize("live", [True, False], ids=["cancelled live", "cancelled ended"])
    def test_a_cancelled_call_is_409_not_analysable_saying_it_was_cancelled(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str], live: bool
    ) -> None:
        session_id = calls.answered() if live else calls.graded()[0]
        api.delete(f"{CALLS}/{session_id}", headers=service)

        forced = {"call_session_id": str(session_id), "force": True}
        response = api.post(f"{ANALYSIS}/quality", json=forced, headers=service)

        assert response.status_code == 409
        body = response.json()
        assert_envelope(body, "NOT_ANALYSABLE")
        assert body["message"] == CANCELLED_MESSAGE
        assert body["details"]["reason"] == "cancelled"

    def test_a_call_still_in_progress_is_409_not_analysable(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id = calls.answered()
        response = api.post(
            f"{ANALYSIS}/quality", json={"call_session_id": str(session_id)}, headers=service
        )
        assert response.status_code == 409
        assert_envelope(response.json(), "NOT_ANALYSABLE")

    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"call_session_id": "not-a-uuid"}, "call_session_id"),
            ({}, "call_session_id"),
            ({"call_session_id": str(UNKNOWN), "force": "yes"}, "force"),
            ({"call_session_id": str(UNKNOWN), "priority": "high"}, "priority"),
        ],
    )
    def test_a_bad_body_is_400_naming_the_field(
        self, api: Client, service: dict[str, str], body: dict[str, Any], field: str
    ) -> None:
        response = api.post(f"{ANALYSIS}/quality", json=body, headers=service)
        assert response.status_code == 400
        assert_envelope(response.json(), "VALIDATION_ERROR")
        assert names_field(response.json(), field)


class TestGetAnalysis:
    def test_a_completed_analysis_shows_the_whole_assessment(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, job_id = calls.recorded()
        body = poll_analysis(api, service, job_id)
        assert body["status"] == "completed"
        assert body["current_stage"] == "done"
        assert body["error_message"] is None
        assessment = body["assessment"]
        assert set(assessment) == ASSESSMENT_FIELDS
        assert assessment["call_session_id"] == str(session_id)
        assert assessment["qualifies"] is True
        assert assessment["is_fraudulent"] is False
        assert assessment["fraud_reasons"] == []
        assert 2 <= assessment["reward_percentage"] <= 15
        assert has_at_most_two_decimals(assessment["reward_percentage"])
        scores = assessment["scores"]
        assert set(scores) == {
            "legitimacy_score",
            "depth_score",
            "usefulness_score",
            "overall_quality_score",
        }
        assert all(0 <= value <= 1 for value in scores.values())
        assert "Köttdisken" in assessment["analysis_summary"]
        for item in assessment["business_actionable_items"]:
            assert item["category"] in {
                "product",
                "service",
                "environment",
                "staff",
                "pricing",
                "accessibility",
            }
            assert item["priority"] in {"low", "medium", "high", "urgent"}
        metadata = assessment["analysis_metadata"]
        assert set(metadata) == {
            "analyzer",
            "model_version",
            "analysis_duration_ms",
            "prompt_tokens",
            "completion_tokens",
            "cost_usd",
            "rubric",
        }
        assert (metadata["prompt_tokens"], metadata["cost_usd"]) == (None, None)
        assert metadata["rubric"]["specific_observations"] >= 1
        assert metadata["rubric"]["reach"] in {"none", "one_off", "recurring", "systemic"}
        assert datetime.fromisoformat(assessment["created_at"]) == NOW

    def test_a_purchase_at_night_is_fraudulent_and_keeps_no_words(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        _, job_id = calls.graded(transaction_time=night_purchase())
        assessment = poll_analysis(api, service, job_id)["assessment"]
        assert assessment["is_fraudulent"] is True
        assert "business_hours_violation" in assessment["fraud_reasons"]
        assert assessment["qualifies"] is False
        assert assessment["reward_percentage"] is None
        assert assessment["analysis_summary"] is None
        assert assessment["business_actionable_items"] == []

    def test_a_queued_analysis_has_no_assessment_yet(
        self, api: Client, container: Container, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        container.job_queue.override(providers.Object(_paused_queue()))
        session_id = calls.answered()
        recorded = calls.run(
            container.record_transcript(), session_id, swedish_messages(DETAILED, 90), 90
        )
        body = api.get(f"{ANALYSIS}/{recorded.analysis_job.id}", headers=service).json()
        assert body["status"] == "queued"
        assert body["current_stage"] == "queued"
        assert body["assessment"] is None

    def test_the_analysis_of_a_call_cancelled_while_it_waited_says_so(
        self, api: Client, container: Container, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        container.job_queue.override(providers.Object(_paused_queue()))
        connect(container)
        session_id, job_id = calls.recorded()
        cancelled = api.delete(f"{CALLS}/{session_id}", headers=service)
        calls.drain()

        response = api.get(f"{ANALYSIS}/{job_id}", headers=service)

        assert cancelled.status_code == 200
        assert response.status_code == 200
        body = response.json()
        assert (body["status"], body["assessment"]) == ("failed", None)
        assert body["error_message"] == CANCELLED_MESSAGE

    def test_an_unknown_analysis_is_404(self, api: Client, service: dict[str, str]) -> None:
        response = api.get(f"{ANALYSIS}/{UNKNOWN}", headers=service)
        assert response.status_code == 404
        assert_envelope(response.json(), "NOT_FOUND")

    def test_a_malformed_id_is_400_naming_it(self, api: Client, service: dict[str, str]) -> None:
        response = api.get(f"{ANALYSIS}/not-a-uuid", headers=service)
        assert response.status_code == 400
        assert_envelope(response.json(), "VALIDATION_ERROR")
        assert response.json()["details"]["fields"][0]["field"] == "analysis_id"


CANCELLED_MESSAGE = (
    "the call cannot be analysed: it was cancelled, and what the customer said was erased"
)


def _paused_queue() -> Any:
    from kundrost.adapters.memory import InProcessJobQueue

    return InProcessJobQueue(autostart=False)


ALL_CHECKS = ["timing", "content", "context", "pattern"]


class TestFraudDetection:
    def test_a_daytime_purchase_passes_every_check(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, _ = calls.recorded()
        response = api.post(
            f"{ANALYSIS}/fraud-detection",
            json={"call_session_id": str(session_id), "check_types": ALL_CHECKS},
            headers=service,
        )
        assert response.status_code == 200
        body = response.json()
        assert [result["check_type"] for result in body["fraud_results"]] == ALL_CHECKS
        assert body["overall_is_fraudulent"] is False
        assert body["should_exclude_from_rewards"] is False
        assert 0 <= body["confidence_level"] <= 1
        for result in body["fraud_results"]:
            assert result["is_suspicious"] is False
            assert result["fraud_indicators"] == []
            assert result["context_violations"] == []
            assert result["decision_reasoning"]

    def test_a_night_purchase_fails_the_timing_check(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, _ = calls.recorded(transaction_time=night_purchase())
        response = api.post(
            f"{ANALYSIS}/fraud-detection",
            json={"call_session_id": str(session_id), "check_types": ["timing"]},
            headers=service,
        )
        body = response.json()
        [timing] = body["fraud_results"]
        assert timing["check_type"] == "timing"
        assert timing["is_suspicious"] is True
        assert timing["fraud_indicators"] == ["business_hours_violation"]
        assert timing["context_violations"][0]["indicator"] == "business_hours_violation"
        assert timing["context_violations"][0]["severity"] in {"low", "medium", "high", "critical"}
        assert body["overall_is_fraudulent"] is True
        assert body["should_exclude_from_rewards"] is True

    def test_once_the_transcript_is_gone_the_stored_checks_answer(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, _ = calls.graded(transaction_time=night_purchase())
        response = api.post(
            f"{ANALYSIS}/fraud-detection",
            json={"call_session_id": str(session_id), "check_types": ["timing"]},
            headers=service,
        )
        assert response.status_code == 200
        assert response.json()["fraud_results"][0]["fraud_indicators"] == [
            "business_hours_violation"
        ]

    @pytest.mark.parametrize(
        ("check_types", "field"),
        [
            ([], "check_types"),
            (["timing", "astrology"], "check_types[1]"),
            ("timing", "check_types"),
        ],
    )
    def test_an_empty_or_unknown_check_is_400(
        self, api: Client, service: dict[str, str], check_types: Any, field: str
    ) -> None:
        response = api.post(
            f"{ANALYSIS}/fraud-detection",
            json={"call_session_id": str(UNKNOWN), "check_types": check_types},
            headers=service,
        )
        assert response.status_code == 400
        assert_envelope(response.json(), "VALIDATION_ERROR")
        assert response.json()["details"]["fields"][0]["field"] == field

    def test_an_unknown_call_is_404(self, api: Client, service: dict[str, str]) -> None:
        response = api.post(
            f"{ANALYSIS}/fraud-detection",
            json={"call_session_id": str(UNKNOWN), "check_types": ["timing"]},
            headers=service,
        )
        assert response.status_code == 404
        assert_envelope(response.json(), "NOT_FOUND")


class TestSummarize:
    def test_each_length_is_cut_to_its_size(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, _ = calls.graded()
        bodies = {
            length: api.post(
                f"{ANALYSIS}/summarize",
                json={"call_session_id": str(session_id), "target_length": length},
                headers=service,
            ).json()
            for length in ("brief", "standard", "detailed")
        }
        assert len(bodies["brief"]["summary_text"]) <= 161
        assert len(bodies["brief"]["key_insights"]) <= 2
        assert len(bodies["standard"]["summary_text"]) <= 401
        assert len(bodies["detailed"]["summary_text"]) >= len(bodies["standard"]["summary_text"])
        assert len(bodies["detailed"]["summary_text"]) > 400
        assert bodies["detailed"]["actionable_items"]
        assert set(bodies["detailed"]) == {"summary_text", "key_insights", "actionable_items"}

    def test_the_default_length_is_standard(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, _ = calls.graded()
        plain = api.post(
            f"{ANALYSIS}/summarize", json={"call_session_id": str(session_id)}, headers=service
        )
        standard = api.post(
            f"{ANALYSIS}/summarize",
            json={"call_session_id": str(session_id), "target_length": "standard"},
            headers=service,
        )
        assert plain.status_code == 200
        assert plain.json() == standard.json()

    def test_fraudulent_feedback_is_409_not_qualifying(
        self, api: Client, calls: FeedbackCalls, service: dict[str, str]
    ) -> None:
        session_id, _ = calls.graded(transaction_time=night_purchase())
        response = api.post(
            f"{ANALYSIS}/summarize", json={"call_session_id": str(session_id)}, headers=service
        )
        assert response.status_code == 409
        assert_envelope(response.json(), "NOT_QUALIFYING")

    def test_a_call_without_an_assessment_is_404(
        self, api: Client, service: dict[str, str]
    ) -> None:
        response = api.post(
            f"{ANALYSIS}/summarize", json={"call_session_id": str(UNKNOWN)}, headers=service
        )
        assert response.status_code == 404

    def test_an_unknown_length_is_400(self, api: Client, service: dict[str, str]) -> None:
        response = api.post(
            f"{ANALYSIS}/summarize",
            json={"call_session_id": str(UNKNOWN), "target_length": "epic"},
            headers=service,
        )
        assert response.status_code == 400
        assert response.json()["details"]["fields"][0]["field"] == "target_length"


class TestCleanupLowGrade:
    def _left_behind_transcript(self, calls: FeedbackCalls) -> CallSessionId:
        """A fraudulent call's transcript, stored again as if its deletion had been lost."""
        session_id, _ = calls.graded(transaction_time=night_purchase())
        transcript = Transcript(
            id=TranscriptId(uuid4()),
            call_session_id=session_id,
            messages=swedish_messages(DETAILED, 90),
            total_duration_seconds=90,
            recorded_at=calls.clock.now(),
        )

        async def restore() -> None:
            async with calls.container.new_uow()() as uow:
                await uow.transcripts.add(transcript)
                await uow.commit()

        calls.run(restore)
        return session_id

    def test_a_dry_run_counts_and_the_real_run_deletes(
        self, api: Client, calls: FeedbackCalls, admin: dict[str, str]
    ) -> None:
        calls.graded()
        left_behind = self._left_behind_transcript(calls)
        dry = api.delete(f"{ANALYSIS}/cleanup-low-grade?dry_run=true", headers=admin)
        assert dry.status_code == 200
        assert dry.json() | {"execution_time_ms": 0} == {
            "deleted_count": 1,
            "anonymized_count": 0,
            "preserved_count": 1,
            "execution_time_ms": 0,
            "dry_run": True,
        }
        assert calls.run(_transcript_of, calls.container, left_behind) is not None
        real = api.delete(f"{ANALYSIS}/cleanup-low-grade?batch_size=1", headers=admin)
        assert real.json()["deleted_count"] == 1
        assert real.json()["dry_run"] is False
        assert calls.run(_transcript_of, calls.container, left_behind) is None
        again = api.delete(f"{ANALYSIS}/cleanup-low-grade", headers=admin)
        assert again.json()["deleted_count"] == 0
        assert again.json()["preserved_count"] == 1

    @pytest.mark.parametrize("query", ["batch_size=0", "batch_size=10001", "batch_size=ten"])
    def test_a_bad_batch_size_is_400(self, api: Client, admin: dict[str, str], query: str) -> None:
        response = api.delete(f"{ANALYSIS}/cleanup-low-grade?{query}", headers=admin)
        assert response.status_code == 400
        assert response.json()["details"]["fields"][0]["field"] == "batch_size"

    def test_a_bad_dry_run_flag_is_400(self, api: Client, admin: dict[str, str]) -> None:
        response = api.delete(f"{ANALYSIS}/cleanup-low-grade?dry_run=perhaps", headers=admin)
        assert response.status_code == 400
        assert response.json()["details"]["fields"][0]["field"] == "dry_run"

    def test_only_admins_may_clean_up(self, api: Client, service: dict[str, str]) -> None:
        response = api.delete(f"{ANALYSIS}/cleanup-low-grade", headers=service)
        assert response.status_code == 403
        assert_envelope(response.json(), "FORBIDDEN")


async def _transcript_of(container: Container, session_id: CallSessionId) -> Any:
    async with container.new_uow()() as uow:
        return await uow.transcripts.for_session(session_id)


class TestMetrics:
    @pytest.fixture
    def two_calls(self, calls: FeedbackCalls) -> None:
        """One qualifying and one fraudulent call in the store, one call elsewhere."""
        calls.graded()
        calls.graded(transaction_time=night_purchase())
        calls.graded(store=OTHER_STORE)

    def test_a_store_owner_sees_its_own_store(
        self, api: Client, token: TokenMaker, two_calls: None
    ) -> None:
        response = api.get(
            f"{ANALYSIS}/metrics?store_id={STORE}&start_date=2026-11-24&end_date=2026-11-24",
            headers=token("business", stores=[STORE]),
        )
        assert response.status_code == 200
        body = response.json()
        assert body["total_calls"] == 2
        assert body["completed_calls"] == 2
        assert body["call_success_rate"] == 100
        assert body["average_duration_seconds"] == 90
        assert body["total_assessments"] == 2
        assert body["qualifying_feedback_count"] == 1
        assert body["qualification_rate"] == 50
        assert body["fraud_detected_count"] == 1
        assert body["fraud_rate"] == 50
        assert 2 <= body["average_reward_percentage"] <= 15
        assert sum(body["quality_distribution"].values()) == 2
        assert body["analysis_usage"] == {
            "prompt_tokens": 0,
            "completion_tokens": 0,
            "cost_usd": 0,
        }

    def test_an_admin_sees_every_store_without_a_store_id(
        self, api: Client, admin: dict[str, str], two_calls: None
    ) -> None:
        body = api.get(f"{ANALYSIS}/metrics", headers=admin).json()
        assert body["total_calls"] == 3
        assert body["total_assessments"] == 3

    def test_days_outside_the_period_count_nothing(
        self, api: Client, admin: dict[str, str], two_calls: None
    ) -> None:
        body = api.get(
            f"{ANALYSIS}/metrics?start_date=2026-11-01&end_date=2026-11-23", headers=admin
        ).json()
        assert body["total_calls"] == 0
        assert body["call_success_rate"] is None

    def test_a_business_user_must_name_its_store(self, api: Client, token: TokenMaker) -> None:
        response = api.get(f"{ANALYSIS}/metrics", headers=token("business", stores=[STORE]))
        assert response.status_code == 403
        assert_envelope(response.json(), "FORBIDDEN")

    def test_another_store_is_403(self, api: Client, token: TokenMaker) -> None:
        response = api.get(
            f"{ANALYSIS}/metrics?store_id={OTHER_STORE}", headers=token("business", stores=[STORE])
        )
        assert response.status_code == 403

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("start_date=2026-11-30&end_date=2026-11-01", "start_date"),
            ("start_date=2026-02-30", "start_date"),
            ("end_date=9999-12-31", "end_date"),
            ("store_id=store-1", "store_id"),
        ],
    )
    def test_bad_parameters_are_400(
        self, api: Client, admin: dict[str, str], query: str, field: str
    ) -> None:
        response = api.get(f"{ANALYSIS}/metrics?{query}", headers=admin)
        assert response.status_code == 400
        details = response.json()["details"]
        named = details.get("field") or details["fields"][0]["field"]
        assert named == field


def test_a_switched_off_analysis_api_is_503(clock: ManualClock) -> None:
    settings = Settings.embedded(ai_analysis_enabled=False)
    app = create_app(quiet_container(settings, clock), settings)
    with TestClient(app) as client:
        response = client.get(
            f"{ANALYSIS}/{UNKNOWN}",
            headers={"Authorization": f"Bearer {_admin_token(settings)}"},
        )
    assert response.status_code == 503
    assert_envelope(response.json(), "FEATURE_DISABLED")


def _admin_token(settings: Settings) -> str:
    from kundrost.entrypoints.http.security import issue_token

    return issue_token(settings.jwt_secret, "admin")


__all__ = [
    "ANALYSIS",
    "BAKERY",
    "DETAILED",
    "ENGLISH",
    "FULL_CONTEXT_JSON",
    "OTHER_STORE",
    "STORE",
    "UNKNOWN",
    "FeedbackCalls",
    "full_context",
    "night_purchase",
    "poll_analysis",
    "quiet_container",
    "swedish_messages",
    "transcript_json",
]
