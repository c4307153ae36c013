"""A JSON body must say so: sent as `text/plain`, as a form or with no Content-Type at all,
it is a 415 `UNSUPPORTED_MEDIA_TYPE` naming `application/json`, and nothing is done."""

from __future__ import annotations

import json
from typing import Any
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from tests.api.calls_builders import CALLS, STORE, an_initiate_body
from tests.api.conftest import TokenMaker
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]

SESSION = str(uuid4())
JSON_BODIES: list[tuple[str, str, Any]] = [
    ("POST", f"{CALLS}/initiate", an_initiate_body()),
    ("PATCH", f"{CALLS}/{SESSION}", {"status": "in_progress"}),
    ("POST", f"{CALLS}/{SESSION}/transcript", {"messages": [], "total_duration_seconds": 90}),
    ("POST", "/api/ai/analysis/quality", {"call_session_id": SESSION}),
    ("POST", "/api/ai/analysis/fraud-detection", {"call_session_id": SESSION}),
    ("POST", "/api/ai/analysis/summarize", {"call_session_id": SESSION}),
    ("POST", "/api/ai/business/reports/generate", {"store_id": str(STORE)}),
    ("PUT", f"/api/ai/business/context/{STORE}", {"store_name": "ICA Nära Årsta"}),
]


@pytest.fixture
def admin(token: TokenMaker) -> dict[str, str]:
    return token("admin")


@pytest.mark.parametrize(("method", "path", "body"), JSON_BODIES)
@pytest.mark.parametrize(
    "content_type",
    [None, "text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded"],
)
def test_a_json_body_sent_as_another_media_type_is_a_415_naming_json(
    api: Client,
    admin: dict[str, str],
    method: str,
    path: str,
    body: Any,
    content_type: str | None,
) -> None:
    headers = dict(admin) if content_type is None else {**admin, "Content-Type": content_type}

    response = api.request(method, path, content=json.dumps(body).encode(), headers=headers)

    assert response.status_code == 415, response.text
    answer = response.json()
    assert_envelope(answer, "UNSUPPORTED_MEDIA_TYPE")
    assert "application/json" in answer["message"]
    assert answer["details"] == {"expected": "application/json"}


@pytest.mark.parametrize(
    "content_type",
    ["application/json", "application/json; charset=utf-8", "Application/JSON"],
)
def test_json_in_any_spelling_of_its_media_type_is_read(
    api: Client, admin: dict[str, str], content_type: str
) -> None:
    response = api.put(
        f"/api/ai/business/context/{STORE}",
        content=json.dumps({"store_name": "ICA Nära Årsta"}).encode(),
        headers={**admin, "Content-Type": content_type},
    )

    assert response.status_code == 200, response.text


def test_the_document_lists_the_415_of_every_json_body(api: Client) -> None:
    document = api.get("/schema/openapi.json").json()
    with_bodies = [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if "application/json" in operation.get("requestBody", {}).get("content", {})
    ]

    assert len(with_bodies) == len(JSON_BODIES)
    for path, method, operation in with_bodies:
        assert "415" in operation["responses"], (method, path)
        assert (
            "UNSUPPORTED_MEDIA_TYPE"
            in operation["responses"]["415"]["content"]["application/json"]["examples"]
        ), (method, path)
