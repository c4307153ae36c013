"""One feedback call through the API with the production adapters chosen (46elks telephony,
OpenAI analyzer) and both services faked at the HTTP level by respx.

initiate → 46elks call created with the right form → the voice bridge reports the answer →
46elks' hang-up callback → transcript → analysis by the faked model → assessment stored
with the tokens the model used.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import partial
from typing import Any
from urllib.parse import parse_qs, urlsplit
from uuid import UUID

import httpx
import pytest
import respx
from dependency_injector import providers
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.elks import ElksTelephony
from kundrost.adapters.openai import OpenAIFeedbackAnalyzer
from kundrost.adapters.system import ManualClock
from kundrost.container import Container, build_container, close_resources, open_resources
from kundrost.domain.analysis_cost import TokenPrices
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.ids import CallSessionId, StoreId
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.adapters.elks.fake_elks import (
    API_URL,
    FROM_NUMBER,
    FakeElks,
    elks_settings,
    hangup_callback,
)
from tests.adapters.openai.fake_openai import BASE_URL, MODEL, an_analysis, chat_completion
from tests.api.conftest import NOW
from tests.unit.context_builders import a_business_context

STORE = UUID("3d6e1f0a-5b4c-4e2d-9a8b-1c0f7e6d5a43")
NUMBER = "+46701234567"
HANGUP_ROUTE = "/webhooks/46elks/hangup/{call_session_id:uuid}"
PROMPT_TOKENS, COMPLETION_TOKENS = 1234, 210

CONVERSATION = (
    ("ai", "Hej! Jag ringer från Lindqvists Livs om ditt köp idag. Har du en minut?"),
    ("customer", "Ja, absolut."),
    ("ai", "Vad tyckte du om bageriet?"),
    ("customer", "Surdegsbrödet var nybakat och fortfarande varmt vid niotiden, jättegott."),
    ("ai", "Var det något som kunde ha varit bättre?"),
    ("customer", "Kön i kassan var lång, bara en kassa var öppen fast det var lunch."),
    ("ai", "Tack för att du tog dig tid, ha en fin dag!"),
)


Client = TestClient[Litestar]


def transcript_body(duration: int = 92) -> dict[str, Any]:
    step = duration * 1000 // len(CONVERSATION)
    return {
        "messages": [
            {
                "speaker": speaker,
                "content": text,
                "timestamp_ms": index * step,
                "message_order": index + 1,
                "language_detected": "sv",
            }
            for index, (speaker, text) in enumerate(CONVERSATION)
        ],
        "total_duration_seconds": duration,
        "openai_session_id": "sess_e2e",
    }


@pytest.fixture
def elks() -> Iterator[FakeElks]:
    fake = FakeElks()
    with respx.mock(base_url=API_URL, assert_all_called=False) as router:
        router.route().mock(side_effect=fake)
        yield fake


@pytest.fixture
def model() -> Iterator[respx.Route]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router.post("/chat/completions").mock(
            return_value=httpx.Response(
                200,
                json=chat_completion(
                    json.dumps(an_analysis()),
                    prompt_tokens=PROMPT_TOKENS,
                    completion_tokens=COMPLETION_TOKENS,
                ),
            )
        )


@pytest.fixture
def production_settings() -> Settings:
    return elks_settings(analyzer="openai", openai_api_key="sk-test")


@pytest.fixture
def production_container(production_settings: Settings) -> Container:
    container = build_container(production_settings)
    container.clock.override(providers.Object(ManualClock(NOW)))
    return container


@pytest.fixture
def api(
    elks: FakeElks,
    model: respx.Route,
    production_container: Container,
    production_settings: Settings,
) -> Iterator[Client]:
    app = create_app(production_container, production_settings)
    with TestClient(app) as client:
        yield client


def service(settings: Settings) -> dict[str, str]:
    return {"Authorization": f"Bearer {issue_token(settings.jwt_secret, 'service')}"}


def on_app_loop(api: Client) -> Callable[..., Any]:
    def run(function: Callable[..., Any], *args: Any) -> Any:
        return api.blocking_portal.call(partial(function, *args))

    return run


def stored_assessment(api: Client, container: Container, session_id: UUID) -> QualityAssessment:
    async def read() -> QualityAssessment | None:
        async with container.new_uow()() as uow:
            return await uow.assessments.for_session(CallSessionId(session_id))

    assessment = on_app_loop(api)(read)
    assert assessment is not None
    return assessment


def initiate(api: Client, settings: Settings, verification: int = 1) -> dict[str, Any]:
    response = api.post(
        "/api/ai/calls/initiate",
        json={
            "customer_verification_id": str(UUID(int=verification)),
            "store_id": str(STORE),
            "phone_number": NUMBER,
            "transaction_time": (NOW - timedelta(minutes=20)).isoformat(),
            "transaction_value": 249.9,
        },
        headers=service(settings),
    )
    assert response.status_code == 202, response.text
    body: dict[str, Any] = response.json()
    return body


def test_a_feedback_call_runs_end_to_end_on_46elks_and_openai(
    api: Client,
    elks: FakeElks,
    model: respx.Route,
    production_container: Container,
    production_settings: Settings,
) -> None:
    run = on_app_loop(api)
    run(production_container.put_context(), a_business_context(store_id=StoreId(STORE)))
    headers = service(production_settings)

    accepted = initiate(api, production_settings)
    session_id = accepted["call_session_id"]
    assert accepted["status"] == "pending"

    (placed,) = elks.calls
    assert placed.form["from"] == FROM_NUMBER
    assert placed.form["to"] == NUMBER
    assert placed.form["timeout"] == "40"
    voice = urlsplit(json.loads(placed.form["voice_start"])["connect"])
    assert (voice.scheme, voice.netloc) == ("wss", "kundrost.example.se")
    assert voice.path == f"/voice/46elks/{session_id}"
    assert parse_qs(voice.query)["token"][0]
    whenhangup = urlsplit(placed.form["whenhangup"])
    assert whenhangup.path == f"/webhooks/46elks/hangup/{session_id}"
    token = parse_qs(whenhangup.query)["token"][0]

    answered = api.patch(
        f"/api/ai/calls/{session_id}",
        json={"status": "in_progress", "event_id": f"46elks-voice:{placed.call_id}:hello"},
        headers=headers,
    )
    assert answered.status_code == 200, answered.text

    hung_up = api.post(
        whenhangup.path,
        params={"token": token},
        data=hangup_callback(placed.call_id, NUMBER, state="success", answered=True, duration=94),
    )
    assert hung_up.status_code == 204
    status = api.get(f"/api/ai/calls/{session_id}/status", headers=headers).json()
    assert status["status"] == "in_progress"

    recorded = api.post(
        f"/api/ai/calls/{session_id}/transcript", json=transcript_body(), headers=headers
    )
    assert recorded.status_code == 201, recorded.text
    assert recorded.json()["analysis_queued"] is True
    analysis_id = recorded.json()["analysis_id"]

    run(production_container.job_queue().drain)
    analysis = api.get(f"/api/ai/analysis/{analysis_id}", headers=headers).json()
    assert analysis["status"] == "completed", analysis
    assessment = analysis["assessment"]
    assert assessment["qualifies"] is True
    assert assessment["scores"]["legitimacy_score"] == pytest.approx(0.87)  # the rubric, scored
    assert assessment["analysis_metadata"]["analyzer"] == "openai"
    assert assessment["analysis_metadata"]["model_version"].startswith(MODEL)

    assert model.call_count == 1
    prompt = json.loads(model.calls.last.request.content)["messages"][-1]["content"]
    assert "Kund: Kön i kassan var lång" in prompt
    assert "Lindqvists Livs" in prompt
    assert NUMBER not in prompt

    completed = api.get(f"/api/ai/calls/{session_id}/status", headers=headers).json()
    assert (completed["status"], completed["duration_seconds"]) == ("completed", 92)


def test_the_assessment_keeps_the_tokens_the_model_used(
    api: Client, production_container: Container, production_settings: Settings
) -> None:
    run = on_app_loop(api)
    run(production_container.put_context(), a_business_context(store_id=StoreId(STORE)))
    headers = service(production_settings)
    session_id = initiate(api, production_settings)["call_session_id"]
    api.patch(f"/api/ai/calls/{session_id}", json={"status": "in_progress"}, headers=headers)
    recorded = api.post(
        f"/api/ai/calls/{session_id}/transcript", json=transcript_body(), headers=headers
    ).json()
    analysis_id = recorded["analysis_id"]
    run(production_container.job_queue().drain)
    metadata = stored_assessment(api, production_container, UUID(session_id)).analysis_metadata
    assert (metadata.prompt_tokens, metadata.completion_tokens) == (
        PROMPT_TOKENS,
        COMPLETION_TOKENS,
    )
    shown = api.get(f"/api/ai/analysis/{analysis_id}", headers=headers).json()
    usage = shown["assessment"]["analysis_metadata"]
    assert (usage["prompt_tokens"], usage["completion_tokens"]) == (
        PROMPT_TOKENS,
        COMPLETION_TOKENS,
    )
    assert usage["cost_usd"] == pytest.approx(float(TokenPrices().cost(1234, 210) or 0))
    assert usage["rubric"]["observations"] == 2


def test_a_call_nobody_answers_fails_and_can_be_retried_through_46elks(
    api: Client, elks: FakeElks, production_container: Container, production_settings: Settings
) -> None:
    headers = service(production_settings)
    session_id = initiate(api, production_settings)["call_session_id"]
    (first,) = elks.calls
    token = parse_qs(urlsplit(first.form["whenhangup"]).query)["token"][0]
    callback = hangup_callback(first.call_id, NUMBER, state="failed", answered=False)
    for _delivery in range(2):
        response = api.post(
            f"/webhooks/46elks/hangup/{session_id}", params={"token": token}, data=callback
        )
        assert response.status_code == 204
    status = api.get(f"/api/ai/calls/{session_id}/status", headers=headers).json()
    assert (status["status"], status["failure_reason"]) == ("failed", "no_answer")

    retried = api.put(f"/api/ai/calls/{session_id}/retry", headers=headers)
    assert retried.status_code == 202, retried.text
    assert len(elks.calls) == 2
    assert elks.calls[1].form["whenhangup"] == first.form["whenhangup"]


def test_a_call_46elks_refuses_is_failed_as_a_technical_failure(
    api: Client, elks: FakeElks, production_settings: Settings
) -> None:
    elks.refusing = (401, "API access denied. Check your credentials.")
    accepted = initiate(api, production_settings)
    assert accepted["status"] == CallStatus.FAILED.value
    status = api.get(
        f"/api/ai/calls/{accepted['call_session_id']}/status", headers=service(production_settings)
    ).json()
    assert status["failure_reason"] == FailureReason.TECHNICAL_FAILURE.value
    assert elks.calls == []


def test_the_app_serves_the_46elks_webhook(
    production_container: Container, production_settings: Settings
) -> None:
    app = create_app(production_container, production_settings)
    assert HANGUP_ROUTE in {route.path for route in app.routes}


def test_cancelling_a_live_call_hangs_it_up_at_46elks(
    api: Client, elks: FakeElks, production_settings: Settings
) -> None:
    session_id = initiate(api, production_settings)["call_session_id"]
    response = api.delete(f"/api/ai/calls/{session_id}", headers=service(production_settings))
    assert response.status_code == 200, response.text
    assert elks.hangups == [elks.calls[0].call_id]


async def test_the_variables_choose_the_production_adapters() -> None:
    settings = Settings.from_env(
        {
            "OPENAI_API_KEY": "sk-test",
            "ELKS_USERNAME": "u0123456789abcdef",
            "ELKS_PASSWORD": "secret",
            "ELKS_FROM_NUMBER": FROM_NUMBER,
            "KUNDROST_PUBLIC_URL": "https://kundrost.example.se/",
            "KUNDROST_ENCRYPTION_KEY": base64.urlsafe_b64encode(bytes(range(32))).decode(),
            "KUNDROST_JWT_SECRET": "a-long-enough-secret-for-the-test-tokens",
        }
    )
    container = build_container(settings)
    analyzer, telephony = container.analyzer(), container.telephony()
    assert isinstance(analyzer, OpenAIFeedbackAnalyzer)
    assert isinstance(telephony, ElksTelephony)
    await open_resources(container)
    await close_resources(container)
