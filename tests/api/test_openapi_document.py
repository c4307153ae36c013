"""The OpenAPI document and its UI: what the service as a whole answers is documented on every
operation, error examples are real bodies, and `/schema` needs nothing from the internet."""

from __future__ import annotations

import re
from typing import Any
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.entrypoints.http.errors_doc import ERROR_EXAMPLES
from tests.api.conftest import TokenMaker

Client = TestClient[Litestar]
METHODS = {"get", "put", "post", "delete", "patch"}


@pytest.fixture
def document(api: Client) -> dict[str, Any]:
    response = api.get("/schema/openapi.json")
    assert response.status_code == 200
    found: dict[str, Any] = response.json()
    return found


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_every_operation_documents_500_and_every_answer_its_request_id(
    document: dict[str, Any],
) -> None:
    for path, method, operation in operations(document):
        assert "500" in operation["responses"], (method, path)
        for status, response in operation["responses"].items():
            assert "X-Request-ID" in response.get("headers", {}), (method, path, status)


def test_operations_that_use_storage_document_503_with_retry_after(
    document: dict[str, Any],
) -> None:
    calls = document["paths"]["/api/ai/calls/{call_session_id}/status"]["get"]["responses"]
    assert "SERVICE_UNAVAILABLE" in calls["503"]["description"]
    assert "Retry-After" in calls["503"]["headers"]
    assert "RateLimit-Remaining" in calls["200"]["headers"]
    assert "Retry-After" in calls["429"]["headers"]


def test_error_examples_are_real_bodies_of_the_codes_each_response_names(
    document: dict[str, Any],
) -> None:
    seen = 0
    for path, method, operation in operations(document):
        for status, response in operation["responses"].items():
            examples = response.get("content", {}).get("application/json", {}).get("examples")
            if int(status) < 400 or examples is None:
                continue
            for code, example in examples.items():
                assert code in ERROR_EXAMPLES, (method, path, status)
                assert example["value"]["error"] == code
                assert set(example["value"]) == {"error", "message", "details", "timestamp"}
                seen += 1
    assert seen > 100


def test_bodies_refuse_unknown_fields_in_the_document_too(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    assert schemas["InitiateRequest"]["additionalProperties"] is False
    aliases = schemas["DepartmentBody"]["properties"]["aliases"]["items"]
    assert aliases["minLength"] == 1
    assert "\x00" in aliases["pattern"]


def test_options_lists_every_method_of_a_path(api: Client, token: TokenMaker) -> None:
    allowed = api.options(f"/api/ai/calls/{uuid4()}", headers=token("admin")).headers["allow"]
    assert allowed == "DELETE, OPTIONS, PATCH"


def test_the_ui_is_served_from_files_in_the_package(api: Client) -> None:
    page = api.get("/schema")
    assert page.status_code == 200
    assets = re.findall(r"(?:src|href)=['\"]([^'\"]+)['\"]", page.text)
    assert assets
    assert all(asset.startswith("/schema/assets/swagger-ui-") for asset in assets), assets
    for asset in assets:
        served = api.get(asset)
        assert served.status_code == 200, asset
        assert served.content
    assert "cdn" not in page.text.lower()


@pytest.mark.parametrize(
    ("path", "method", "code"),
    [
        ("/api/ai/calls/{call_session_id}", "delete", "TELEPHONY_UNAVAILABLE"),
        ("/api/ai/analysis/fraud-detection", "post", "ANALYZER_UNAVAILABLE"),
    ],
)
def test_a_provider_that_fails_is_a_documented_502(
    document: dict[str, Any], path: str, method: str, code: str
) -> None:
    response = document["paths"][path][method]["responses"]["502"]
    assert list(response["content"]["application/json"]["examples"]) == [code]
