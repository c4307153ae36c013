"""A store's report recipients in its business context: stored and read back, and a bad
address is a 400 that names the offending item."""

from __future__ import annotations

from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from tests.api.conftest import TokenMaker
from tests.api.test_analysis import FULL_CONTEXT_JSON, STORE

Client = TestClient[Litestar]
CONTEXT = f"/api/ai/business/context/{STORE}"


@pytest.fixture
def owner(token: TokenMaker) -> dict[str, str]:
    return token("business", stores=[STORE])


def test_recipients_are_stored_and_read_back(api: Client, owner: dict[str, str]) -> None:
    recipients = ["ägare@example.se", "Butikschef@Årsta.example.se"]

    saved = api.put(
        CONTEXT, json=FULL_CONTEXT_JSON | {"report_recipients": recipients}, headers=owner
    )

    assert saved.status_code == 200
    assert api.get(CONTEXT, headers=owner).json()["report_recipients"] == recipients


def test_a_context_without_recipients_has_none(api: Client, owner: dict[str, str]) -> None:
    api.put(CONTEXT, json=FULL_CONTEXT_JSON, headers=owner)

    assert api.get(CONTEXT, headers=owner).json()["report_recipients"] == []


@pytest.mark.parametrize(
    ("recipients", "field"),
    [
        (["ägare@example.se", "inte en adress"], "report_recipients[1]"),
        (["ägare@example"], "report_recipients[0]"),
        (["a@example.se", "A@EXAMPLE.SE"], "report_recipients[1]"),
        ([f"butik{n}@example.se" for n in range(21)], "report_recipients"),
    ],
)
def test_a_bad_recipient_is_400_naming_the_field(
    api: Client, owner: dict[str, str], recipients: list[str], field: str
) -> None:
    response = api.put(
        CONTEXT, json=FULL_CONTEXT_JSON | {"report_recipients": recipients}, headers=owner
    )

    assert response.status_code == 400
    body: dict[str, Any] = response.json()
    named = [body["details"].get("field")] + [
        item["field"] for item in body["details"].get("fields", [])
    ]
    assert field in named, body
    assert "inte en adress" not in response.text
