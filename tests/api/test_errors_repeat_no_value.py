"""A 400 names the field and the rule it broke, never the value: a value may be a phone
number or a customer's words pasted into the wrong place, and an error body travels on to
logs, dashboards and support tickets. Each case puts a phone number where the request is
refused; the answer names the field and does not repeat the number."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from tests.api.calls_builders import CALLS, STORE, a_transcript_body, an_initiate_body, messages_of
from tests.api.conftest import TokenMaker

Client = TestClient[Litestar]

PHONE = "0701234567"
BUSINESS = "/api/ai/business"
ANALYSIS = "/api/ai/analysis"
SESSION = str(uuid4())
LEVELS = "must be one of low, medium, high, urgent"
WORDED_QUERY = "must hold at least one letter or digit, and no NUL character (U+0000)"
ONE_MESSAGE = messages_of([("ai", "Hej!")], 60)


def in_message(**change: Any) -> dict[str, Any]:
    return a_transcript_body(messages=[{**ONE_MESSAGE[0], **change}])


Case = tuple[str, str, dict[str, Any] | None, Any, str, str]
CASES: list[Case] = [
    ("GET", f"{BUSINESS}/search", {"q": f"{PHONE}\x00"}, None, "q", WORDED_QUERY),
    ("GET", f"{BUSINESS}/search", {"q": f"!!! {'.' * 20}"}, None, "q", WORDED_QUERY),
    ("GET", f"{BUSINESS}/search", {"q": PHONE * 21}, None, "q", "Expected `str` of length <= 200"),
    ("GET", f"{BUSINESS}/recommendations", {"priority": PHONE}, None, "priority", LEVELS),
    (
        "GET",
        f"{BUSINESS}/trends",
        {"period": PHONE},
        None,
        "period",
        "must be one of 12_weeks, 26_weeks, 4_weeks, 8_weeks",
    ),
    (
        "GET",
        f"{BUSINESS}/reports/{uuid4()}",
        {"format": PHONE},
        None,
        "format",
        "must be one of csv, html, json",
    ),
    ("GET", f"{BUSINESS}/trends", {PHONE: "1"}, None, "query", "unknown query parameter"),
    ("POST", f"{CALLS}/initiate", None, an_initiate_body(priority=PHONE), "priority", LEVELS),
    (
        "POST",
        f"{CALLS}/initiate",
        None,
        {**an_initiate_body(), PHONE: "ring me"},
        "body",
        "an unknown field (its name is not repeated)",
    ),
    (
        "PATCH",
        f"{CALLS}/{SESSION}",
        None,
        {"status": PHONE},
        "status",
        "must be one of in_progress, failed, abandoned",
    ),
    (
        "PATCH",
        f"{CALLS}/{SESSION}",
        None,
        {"status": "failed", "failure_reason": PHONE},
        "failure_reason",
        "must be one of no_answer, busy, technical_failure, timeout",
    ),
    (
        "POST",
        f"{CALLS}/{SESSION}/transcript",
        None,
        in_message(speaker=PHONE),
        "messages[0].speaker",
        "must be one of ai, customer",
    ),
    (
        "POST",
        f"{CALLS}/{SESSION}/transcript",
        None,
        a_transcript_body(final_audio_quality={"connection_quality": PHONE}),
        "final_audio_quality.connection_quality",
        "must be one of excellent, good, fair, poor",
    ),
    (
        "PUT",
        f"{BUSINESS}/context/{STORE}",
        None,
        {"timezone": PHONE},
        "timezone",
        "must be one of the 597 values the document lists",
    ),
    (
        "PUT",
        f"{BUSINESS}/context/{STORE}",
        None,
        {"question_configuration": [{"question": "Hur?", "priority": PHONE}]},
        "question_configuration[0].priority",
        LEVELS,
    ),
    (
        "PUT",
        f"{BUSINESS}/context/{STORE}",
        None,
        {"report_recipients": [PHONE]},
        "report_recipients[0]",
        "must be an e-mail address",
    ),
    (
        "POST",
        f"{ANALYSIS}/fraud-detection",
        None,
        {"call_session_id": SESSION, "check_types": [PHONE]},
        "check_types[0]",
        "must be one of timing, content, context, pattern",
    ),
    (
        "POST",
        f"{ANALYSIS}/summarize",
        None,
        {"call_session_id": SESSION, "target_length": PHONE},
        "target_length",
        "must be one of brief, standard, detailed",
    ),
]


@pytest.fixture
def admin(token: TokenMaker) -> dict[str, str]:
    return token("admin")


@pytest.mark.parametrize(("method", "path", "params", "body", "field", "rule"), CASES)
def test_a_refused_value_is_named_by_its_field_and_rule_and_never_repeated(
    api: Client,
    admin: dict[str, str],
    method: str,
    path: str,
    params: dict[str, Any] | None,
    body: Any,
    field: str,
    rule: str,
) -> None:
    if path.endswith(("/search", "/recommendations", "/trends")):
        params = {"store_id": str(STORE), **(params or {})}

    response = api.request(method, path, params=params, json=body, headers=admin)

    assert response.status_code == 400, response.text
    assert response.json()["details"]["fields"] == [
        {"field": field, "message": rule, "source": "body" if body is not None else "query"}
    ]
    assert PHONE not in response.text
