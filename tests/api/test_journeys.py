"""The quick-start journeys, as a client of the HTTP API lives them.

A store owner puts the store's context; the service initiates a call for a verified
purchase, reports that the shopper answered, posts the transcript its voice bridge
recorded, and polls the analysis like any client. The telephony is simulated: in most
journeys it never reports by itself (the service reports the answer); in the retry journey
it reports every call unanswered, as a network would.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from uuid import uuid4
from zoneinfo import ZoneInfo

import pytest
from dependency_injector import providers
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.simulated.outcomes import CallOutcome, CallScript
from kundrost.adapters.system import ManualClock
from kundrost.container import Container, connect
from kundrost.settings import Settings
from tests.api.conftest import NOW, TokenMaker
from tests.api.test_analysis import (
    ANALYSIS,
    DETAILED,
    ENGLISH,
    FULL_CONTEXT_JSON,
    HIGH_BAND_CENTRE,
    STORE,
    poll_analysis,
    quiet_container,
    transcript_json,
)
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]

CALLS = "/api/ai/calls"


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    return quiet_container(settings, clock)


@pytest.fixture
def owner(token: TokenMaker) -> dict[str, str]:
    return token("business", stores=[STORE])


@pytest.fixture
def store_with_context(api: Client, owner: dict[str, str]) -> None:
    """ICA Nära Årsta puts a full context: open 08–20 every day, departments, questions."""
    response = api.put(f"/api/ai/business/context/{STORE}", json=FULL_CONTEXT_JSON, headers=owner)
    assert response.status_code == 200
    assert response.json()["completeness_score"] == 1.0


def initiate(api: Client, service: dict[str, str], transaction_time: datetime) -> str:
    body = {
        "customer_verification_id": str(uuid4()),
        "store_id": str(STORE),
        "phone_number": "+46701234567",
        "transaction_time": transaction_time.isoformat(),
        "transaction_value": 249.9,
    }
    response = api.post(f"{CALLS}/initiate", json=body, headers=service)
    assert response.status_code == 202, response.text
    assert response.json()["status"] == "pending"
    return str(response.json()["call_session_id"])


def answered(api: Client, service: dict[str, str], session_id: str) -> None:
    response = api.patch(f"{CALLS}/{session_id}", json={"status": "in_progress"}, headers=service)
    assert response.status_code == 200, response.text


def post_transcript(
    api: Client, service: dict[str, str], session_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    response = api.post(f"{CALLS}/{session_id}/transcript", json=body, headers=service)
    assert response.status_code == 201, response.text
    recorded: dict[str, Any] = response.json()
    return recorded


def status_of(api: Client, headers: dict[str, str], session_id: str) -> Any:
    return api.get(f"{CALLS}/{session_id}/status", headers=headers)


@pytest.mark.usefixtures("store_with_context")
def test_detailed_swedish_feedback_completes_and_earns_8_to_12_and_a_half_percent(
    api: Client, service: dict[str, str], owner: dict[str, str]
) -> None:
    session_id = initiate(api, service, NOW - timedelta(minutes=5))
    answered(api, service, session_id)
    recorded = post_transcript(api, service, session_id, transcript_json(DETAILED, 90))
    assert recorded["session_status"] == "completed"
    assert recorded["analysis_queued"] is True

    analysis = poll_analysis(api, service, recorded["analysis_id"])

    assert analysis["status"] == "completed"
    assessment = analysis["assessment"]
    assert assessment["qualifies"] is True
    assert assessment["is_fraudulent"] is False
    assert 8 <= assessment["reward_percentage"] <= HIGH_BAND_CENTRE
    status = status_of(api, owner, session_id).json()
    assert status["status"] == "completed"
    assert status["duration_seconds"] == 90
    assert "phone_number_masked" not in status


@pytest.mark.usefixtures("store_with_context")
def test_a_purchase_at_two_in_the_night_is_fraudulent_and_earns_nothing(
    api: Client, service: dict[str, str]
) -> None:
    two_at_night = datetime(2026, 11, 24, 2, 0, tzinfo=ZoneInfo("Europe/Stockholm"))
    session_id = initiate(api, service, two_at_night)
    answered(api, service, session_id)
    recorded = post_transcript(api, service, session_id, transcript_json(DETAILED, 90))

    assessment = poll_analysis(api, service, recorded["analysis_id"])["assessment"]

    assert assessment["is_fraudulent"] is True
    assert "business_hours_violation" in assessment["fraud_reasons"]
    assert assessment["qualifies"] is False
    assert assessment["reward_percentage"] is None
    assert assessment["analysis_summary"] is None


def test_an_english_speaker_after_15_seconds_is_abandoned_without_analysis(
    api: Client, service: dict[str, str], token: TokenMaker
) -> None:
    session_id = initiate(api, service, NOW - timedelta(minutes=5))
    answered(api, service, session_id)
    recorded = post_transcript(api, service, session_id, transcript_json(ENGLISH, 15))

    assert recorded["session_status"] == "abandoned"
    assert recorded["end_reason"] == "language_barrier"
    assert recorded["analysis_queued"] is False
    assert recorded["analysis_id"] is None
    refused = api.post(f"{ANALYSIS}/quality", json={"call_session_id": session_id}, headers=service)
    assert refused.status_code == 409
    assert_envelope(refused.json(), "NOT_ANALYSABLE")
    transcript = api.get(f"{CALLS}/{session_id}/transcript", headers=token("admin"))
    assert transcript.status_code == 404


def test_an_unanswered_call_is_retried_twice_and_then_refused(
    api: Client, container: Container, service: dict[str, str]
) -> None:
    network = SimulatedTelephony(CallScript((), then=CallOutcome.NO_ANSWER), autodeliver=True)
    container.telephony.override(providers.Object(network))
    connect(container)

    def failed_attempt(session_id: str, attempt: int) -> None:
        api.blocking_portal.call(network.idle)
        status = status_of(api, service, session_id).json()
        assert (status["status"], status["attempt"]) == ("failed", attempt)
        assert status["failure_reason"] == "no_answer"

    session_id = initiate(api, service, NOW - timedelta(minutes=5))
    failed_attempt(session_id, 1)
    for retry_number in (1, 2):
        retry = api.put(f"{CALLS}/{session_id}/retry", headers=service)
        assert retry.status_code == 202, retry.text
        assert retry.json()["retry_number"] == retry_number
        assert retry.json()["attempt"] == retry_number + 1
        failed_attempt(session_id, retry_number + 1)

    refused = api.put(f"{CALLS}/{session_id}/retry", headers=service)

    assert refused.status_code == 409
    assert_envelope(refused.json(), "MAX_ATTEMPTS_EXCEEDED")
    assert len(network.placed) == 3


@pytest.mark.usefixtures("store_with_context")
def test_an_expired_session_is_gone_after_the_cleanup(
    api: Client, container: Container, clock: ManualClock, service: dict[str, str]
) -> None:
    session_id = initiate(api, service, NOW - timedelta(minutes=5))
    answered(api, service, session_id)
    recorded = post_transcript(api, service, session_id, transcript_json(DETAILED, 90))
    poll_analysis(api, service, recorded["analysis_id"])
    assert status_of(api, service, session_id).status_code == 200

    clock.advance(timedelta(days=91))
    report = api.blocking_portal.call(container.cleanup())

    assert report.sessions_deleted == 1
    gone = status_of(api, service, session_id)
    assert gone.status_code == 404
    assert_envelope(gone.json(), "NOT_FOUND")
