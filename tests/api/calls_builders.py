"""Bodies and steps for the calls API tests: a shopper at ICA Nära Årsta, a phone that rings
only when the test says so, and Swedish (or English) conversations of a chosen length."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any
from uuid import UUID, uuid4

from dependency_injector import providers
from litestar.testing import TestClient

from kundrost.adapters.simulated import CallOutcome, CallScript, SimulatedTelephony
from kundrost.container import Container
from kundrost.entrypoints.http import create_app
from kundrost.settings import Settings

CALLS = "/api/ai/calls"
STORE = UUID("3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a")
"""ICA Nära Årsta."""
OTHER_STORE = UUID("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
PHONE = "+46701234567"

Turn = tuple[str, str]

DETAILED_FEEDBACK: tuple[Turn, ...] = (
    ("ai", "Hej! Jag ringer från ICA Nära Årsta om ditt köp i dag. Har du en minut?"),
    ("customer", "Ja, absolut, det går bra."),
    ("ai", "Vad tyckte du om köttdisken?"),
    (
        "customer",
        "Köttdisken hade fantastisk service i dag. Slaktaren skar upp en entrecôte åt mig "
        "och berättade hur länge den skulle vila efter stekningen.",
    ),
    ("ai", "Var det något som kunde ha varit bättre?"),
    (
        "customer",
        "Kön i kassan var lång vid lunch, bara två kassor var öppna och självscanningen "
        "krånglade med kvittot. En kassa till vid lunchtid skulle hjälpa mycket.",
    ),
    ("ai", "Hittade du allt du letade efter?"),
    (
        "customer",
        "Nästan, de glutenfria frallorna var slut på hyllan vid brödet, det har hänt "
        "flera gånger den här månaden.",
    ),
    ("ai", "Tack så mycket för dina svar! Ha en fin dag."),
)

ENGLISH_ANSWERS: tuple[Turn, ...] = (
    ("ai", "Hej! Jag ringer från ICA Nära Årsta om ditt köp i dag. Har du en minut?"),
    ("customer", "Sorry, I don't speak Swedish, only English."),
    ("ai", "Ursäkta, samtalet hålls på svenska."),
    ("customer", "I am sorry, I really do not understand what you are saying."),
)


def an_initiate_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "customer_verification_id": str(uuid4()),
        "store_id": str(STORE),
        "phone_number": PHONE,
        "transaction_time": "2026-11-24T10:12:00+01:00",
        "transaction_value": 349.5,
    }
    body.update(changes)
    return {key: value for key, value in body.items() if value is not None}


def messages_of(turns: Sequence[Turn], seconds: int) -> list[dict[str, Any]]:
    """The turns numbered from 1 and spread over `seconds`."""
    step = seconds * 1000 // len(turns)
    return [
        {"speaker": speaker, "content": content, "timestamp_ms": i * step, "message_order": i + 1}
        for i, (speaker, content) in enumerate(turns)
    ]


def a_transcript_body(
    turns: Sequence[Turn] = DETAILED_FEEDBACK, seconds: int = 90, **changes: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "messages": messages_of(turns, seconds),
        "total_duration_seconds": seconds,
        "openai_session_id": "sess_offline_1",
        "final_audio_quality": {
            "connection_quality": "good",
            "audio_clarity_score": 0.91,
            "latency_ms": 180,
            "packet_loss_percentage": 0.4,
            "openai_api_latency": 320,
        },
    }
    body.update(changes)
    return body


def initiate(api: TestClient, headers: dict[str, str], **changes: Any) -> str:  # type: ignore[type-arg]
    response = api.post(f"{CALLS}/initiate", json=an_initiate_body(**changes), headers=headers)
    assert response.status_code == 202, response.text
    session_id: str = response.json()["call_session_id"]
    return session_id


def connect(api: TestClient, headers: dict[str, str], session_id: str) -> None:  # type: ignore[type-arg]
    """The voice bridge reports that the shopper answered."""
    response = api.patch(f"{CALLS}/{session_id}", json={"status": "in_progress"}, headers=headers)
    assert response.status_code == 200, response.text


def record(
    api: TestClient,  # type: ignore[type-arg]
    headers: dict[str, str],
    session_id: str,
    body: dict[str, Any] | None = None,
) -> dict[str, Any]:
    response = api.post(
        f"{CALLS}/{session_id}/transcript", json=body or a_transcript_body(), headers=headers
    )
    assert response.status_code == 201, response.text
    recorded: dict[str, Any] = response.json()
    return recorded


def status_of(api: TestClient, headers: dict[str, str], session_id: str) -> dict[str, Any]:  # type: ignore[type-arg]
    response = api.get(f"{CALLS}/{session_id}/status", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def quiet_phone(container: Container, *outcomes: CallOutcome) -> SimulatedTelephony:
    """A simulated network whose calls report nothing until `deliver()` is awaited, with the
    given outcomes for the first attempts (answered after them)."""
    telephony = SimulatedTelephony(CallScript(outcomes))
    container.telephony.override(providers.Object(telephony))
    return telephony


def serve(container: Container, settings: Settings) -> Iterator[TestClient]:  # type: ignore[type-arg]
    with TestClient(create_app(container, settings)) as client:
        yield client
