"""PATCH /api/ai/calls/{id} (an outcome) and the transcript: POST records it, GET reads it."""

from __future__ import annotations

import time
from typing import Any
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from tests.api.calls_builders import (
    CALLS,
    ENGLISH_ANSWERS,
    STORE,
    a_transcript_body,
    connect,
    initiate,
    record,
    status_of,
)
from tests.api.conftest import TokenMaker
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]
pytestmark = pytest.mark.quiet_phone


@pytest.fixture
def admin(token: TokenMaker) -> dict[str, str]:
    return token("admin")


def patch(api: Client, headers: dict[str, str], session_id: str, **body: Any) -> Any:
    return api.patch(f"{CALLS}/{session_id}", json=body, headers=headers)


def test_a_connected_call_is_in_progress(api: Client, service: dict[str, str]) -> None:
    session_id = initiate(api, service)

    response = patch(api, service, session_id, status="in_progress")

    assert response.status_code == 200
    assert response.json()["status"] == "in_progress"
    assert status_of(api, service, session_id)["status"] == "in_progress"


def test_an_unanswered_call_fails_with_its_reason(api: Client, service: dict[str, str]) -> None:
    session_id = initiate(api, service)

    response = patch(api, service, session_id, status="failed", failure_reason="no_answer")

    assert response.status_code == 200
    assert (response.json()["status"], response.json()["failure_reason"]) == (
        "failed",
        "no_answer",
    )


def test_a_shopper_who_hangs_up_abandons_the_call(api: Client, service: dict[str, str]) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)

    response = patch(
        api,
        service,
        session_id,
        status="abandoned",
        end_reason="customer_hangup",
        duration_seconds=12,
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["end_reason"], body["duration_seconds"]) == (
        "abandoned",
        "customer_hangup",
        12,
    )


def test_reporting_the_same_outcome_twice_changes_nothing(
    api: Client, service: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    first = patch(api, service, session_id, status="failed", failure_reason="busy", event_id="e-1")

    again = patch(api, service, session_id, status="failed", failure_reason="busy", event_id="e-1")

    assert again.status_code == 200
    assert again.json() == first.json()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"status": "failed"}, "failure_reason"),
        ({"status": "failed", "failure_reason": "busy", "end_reason": "timeout"}, "end_reason"),
        ({"status": "abandoned"}, "end_reason"),
        ({"status": "abandoned", "end_reason": "completed"}, "end_reason"),
        ({"status": "abandoned", "end_reason": "cancelled"}, "end_reason"),
        ({"status": "in_progress", "end_reason": "timeout"}, "end_reason"),
    ],
)
def test_a_reason_that_does_not_fit_the_status_is_a_400_naming_it(
    api: Client, service: dict[str, str], body: dict[str, Any], field: str
) -> None:
    session_id = initiate(api, service)

    response = patch(api, service, session_id, **body)

    assert response.status_code == 400
    assert_envelope(response.json(), "VALIDATION_ERROR")
    assert [item["field"] for item in response.json()["details"]["fields"]] == [field]


def test_a_transcript_cannot_say_the_call_was_cancelled(
    api: Client, service: dict[str, str], admin: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)

    response = api.post(
        f"{CALLS}/{session_id}/transcript",
        json=a_transcript_body(end_reason="cancelled"),
        headers=service,
    )

    assert response.status_code == 400
    assert [item["field"] for item in response.json()["details"]["fields"]] == ["end_reason"]
    assert status_of(api, admin, session_id)["status"] == "in_progress"


@pytest.mark.parametrize(
    "body",
    [
        {"status": "completed"},
        {"status": "failed", "failure_reason": "bored"},
        {"status": "in_progress", "colour": "grön"},
        {},
    ],
)
def test_an_unknown_status_or_field_is_a_400(
    api: Client, service: dict[str, str], body: dict[str, Any]
) -> None:
    session_id = initiate(api, service)

    response = patch(api, service, session_id, **body)

    assert response.status_code == 400
    assert_envelope(response.json(), "VALIDATION_ERROR")


def test_a_move_the_state_machine_refuses_is_a_409(api: Client, service: dict[str, str]) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    record(api, service, session_id)

    response = patch(api, service, session_id, status="failed", failure_reason="timeout")

    assert response.status_code == 409
    assert_envelope(response.json(), "INVALID_TRANSITION")
    assert response.json()["details"]["from_state"] == "completed"


def test_an_outcome_for_an_unknown_session_is_a_404(api: Client, service: dict[str, str]) -> None:
    response = patch(api, service, str(uuid4()), status="in_progress")
    assert response.status_code == 404
    assert_envelope(response.json(), "NOT_FOUND")


def analysis_of(api: Client, headers: dict[str, str], analysis_id: str) -> dict[str, Any]:
    """Polls the analysis until it has finished (it runs in the app's background)."""
    for _ in range(100):
        body: dict[str, Any] = api.get(f"/api/ai/analysis/{analysis_id}", headers=headers).json()
        if body["status"] in ("completed", "failed"):
            return body
        time.sleep(0.02)
    raise AssertionError(f"analysis {analysis_id} did not finish: {body}")


def test_a_detailed_swedish_conversation_completes_the_call_and_earns_a_reward(
    api: Client, service: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)

    response = api.post(
        f"{CALLS}/{session_id}/transcript", json=a_transcript_body(seconds=90), headers=service
    )

    assert response.status_code == 201
    recorded = response.json()
    assert recorded["session_status"] == "completed"
    assert recorded["end_reason"] == "completed"
    assert recorded["analysis_queued"] is True
    analysis = analysis_of(api, service, recorded["analysis_id"])
    assessment = analysis["assessment"]
    assert assessment["qualifies"] is True
    assert assessment["is_fraudulent"] is False
    assert 10 <= assessment["reward_percentage"] <= 15  # recurring, explained, with a fix


def test_an_english_speaker_abandons_the_call_and_nothing_is_kept(
    api: Client, service: dict[str, str], admin: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)

    recorded = record(api, service, session_id, a_transcript_body(ENGLISH_ANSWERS, seconds=15))

    assert (recorded["session_status"], recorded["end_reason"]) == (
        "abandoned",
        "language_barrier",
    )
    assert (recorded["analysis_queued"], recorded["analysis_id"]) == (False, None)
    assert api.get(f"{CALLS}/{session_id}/transcript", headers=admin).status_code == 404


@pytest.mark.parametrize(("seconds", "reason"), [(45, "too_short"), (150, "too_long")])
def test_a_swedish_call_outside_60_to_120_seconds_is_abandoned(
    api: Client, service: dict[str, str], seconds: int, reason: str
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)

    recorded = record(api, service, session_id, a_transcript_body(seconds=seconds))

    assert (recorded["session_status"], recorded["end_reason"]) == ("abandoned", reason)


def test_a_second_transcript_is_a_409(api: Client, service: dict[str, str]) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    record(api, service, session_id)

    again = api.post(f"{CALLS}/{session_id}/transcript", json=a_transcript_body(), headers=service)

    assert again.status_code == 409
    assert_envelope(again.json(), "TRANSCRIPT_ALREADY_RECORDED")


def test_a_transcript_of_a_call_that_never_connected_is_a_409(
    api: Client, service: dict[str, str]
) -> None:
    session_id = initiate(api, service)

    response = api.post(
        f"{CALLS}/{session_id}/transcript", json=a_transcript_body(), headers=service
    )

    assert response.status_code == 409
    assert_envelope(response.json(), "INVALID_TRANSITION")


def test_a_transcript_for_an_unknown_session_is_a_404(api: Client, service: dict[str, str]) -> None:
    response = api.post(f"{CALLS}/{uuid4()}/transcript", json=a_transcript_body(), headers=service)
    assert response.status_code == 404


def test_messages_out_of_order_are_a_400_naming_the_message(
    api: Client, service: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    body = a_transcript_body()
    body["messages"][2]["message_order"] = 1

    response = api.post(f"{CALLS}/{session_id}/transcript", json=body, headers=service)

    assert response.status_code == 400
    assert response.json()["details"]["field"] == "messages[2].message_order"
    assert status_of(api, service, session_id)["status"] == "in_progress"


def test_time_running_backwards_is_a_400_naming_the_message(
    api: Client, service: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    body = a_transcript_body()
    body["messages"][3]["timestamp_ms"] = 0

    response = api.post(f"{CALLS}/{session_id}/transcript", json=body, headers=service)

    assert response.status_code == 400
    assert response.json()["details"]["field"] == "messages[3].timestamp_ms"


def padded(count: int, length: int) -> list[dict[str, Any]]:
    text = "å" * length
    return [
        {"speaker": "customer", "content": text, "timestamp_ms": n * 400, "message_order": n}
        for n in range(count)
    ]


@pytest.mark.parametrize(
    ("messages", "says"),
    [
        (padded(201, 10), "length <= 200"),
        (padded(7, 2000), "at most 12000 characters of text in all, got 14000"),
    ],
    ids=["messages", "characters"],
)
def test_more_than_a_two_minute_call_can_hold_is_a_400_naming_the_limit(
    api: Client, service: dict[str, str], messages: list[dict[str, Any]], says: str
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)

    response = api.post(
        f"{CALLS}/{session_id}/transcript",
        json=a_transcript_body(messages=messages),
        headers=service,
    )

    assert response.status_code == 400
    assert says in response.text
    assert "messages" in response.text
    assert status_of(api, service, session_id)["status"] == "in_progress"


@pytest.mark.parametrize(
    "change",
    [
        {"messages": []},
        {
            "messages": [
                {"speaker": "robot", "content": "Hej", "timestamp_ms": 0, "message_order": 1}
            ]
        },
        {"messages": [{"speaker": "ai", "content": "", "timestamp_ms": 0, "message_order": 1}]},
        {
            "messages": [
                {"speaker": "ai", "content": "å" * 2001, "timestamp_ms": 0, "message_order": 1}
            ]
        },
        {"messages": [{"speaker": "ai", "content": "Hej", "timestamp_ms": -5, "message_order": 1}]},
        {"total_duration_seconds": -1},
        {"final_audio_quality": {"connection_quality": "crystal"}},
        {"end_reason": "bored"},
    ],
)
def test_an_invalid_transcript_body_is_a_400(
    api: Client, service: dict[str, str], change: dict[str, Any]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)

    response = api.post(
        f"{CALLS}/{session_id}/transcript", json=a_transcript_body(**change), headers=service
    )

    assert response.status_code == 400
    assert_envelope(response.json(), "VALIDATION_ERROR")
    assert response.json()["details"]["fields"]


def test_an_admin_reads_the_transcript_as_it_was_recorded(
    api: Client, service: dict[str, str], admin: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    recorded = record(api, service, session_id)

    response = api.get(f"{CALLS}/{session_id}/transcript", headers=admin)

    assert response.status_code == 200
    body = response.json()
    assert body["transcript_id"] == recorded["transcript_id"]
    assert body["total_duration_seconds"] == 90
    sent = a_transcript_body()["messages"]
    assert [(m["speaker"], m["content"], m["message_order"]) for m in body["messages"]] == [
        (m["speaker"], m["content"], m["message_order"]) for m in sent
    ]


@pytest.mark.parametrize("role", ["service", "business"])
def test_only_admins_read_transcripts(
    api: Client, service: dict[str, str], token: TokenMaker, role: str
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    record(api, service, session_id)
    stores = [STORE] if role == "business" else []

    response = api.get(f"{CALLS}/{session_id}/transcript", headers=token(role, stores=stores))

    assert response.status_code == 403
    assert_envelope(response.json(), "FORBIDDEN")


def test_a_call_without_a_transcript_yet_has_none_to_read(
    api: Client, service: dict[str, str], admin: dict[str, str]
) -> None:
    session_id = initiate(api, service)

    response = api.get(f"{CALLS}/{session_id}/transcript", headers=admin)

    assert response.status_code == 404
    assert_envelope(response.json(), "NOT_FOUND")


def test_a_posted_transcript_may_mark_cut_off_turns_and_carry_the_calls_timings(
    api: Client, service: dict[str, str], admin: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    body = a_transcript_body()
    body["messages"][0]["interrupted"] = True
    body["final_audio_quality"].update(
        first_audio_ms=620, response_latency_p50_ms=950, response_latency_max_ms=1700, barge_ins=1
    )
    record(api, service, session_id, body)

    read = api.get(f"{CALLS}/{session_id}/transcript", headers=admin).json()
    assert [m["interrupted"] for m in read["messages"]] == [True] + [False] * (
        len(read["messages"]) - 1
    )
    quality = status_of(api, admin, session_id)["quality_metrics"]
    assert (
        quality["first_audio_ms"],
        quality["response_latency_p50_ms"],
        quality["response_latency_max_ms"],
        quality["barge_ins"],
    ) == (620, 950, 1700, 1)
