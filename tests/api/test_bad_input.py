"""Values out of range are a 400 naming the field, on every backend, never a 500.

Each case is a request a client could send by mistake (or a fuzzer on purpose) that once
reached a calendar, a time-zone lookup, an integer parser or a PostgreSQL column unchecked.
With `KUNDROST_TEST_BACKEND=postgres` the same requests run against PostgreSQL and Redis,
whose columns (int32, text without NUL, timestamps) are stricter than Python's memory.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.routes import HTTPRoute
from litestar.testing import TestClient

from kundrost.adapters.elks.callbacks import hangup_token
from kundrost.container import Container
from kundrost.domain.ids import CallSessionId
from tests.api.calls_builders import CALLS, STORE, a_transcript_body, an_initiate_body, connect
from tests.api.conftest import NOW, TokenMaker

Client = TestClient[Litestar]

BUSINESS = "/api/ai/business"
NUL = "\x00"


def fields_of(response: Any) -> list[str]:
    """The fields a 400 names: `details.fields[].field`, or `details.field`."""
    assert response.status_code == 400, response.text
    details = response.json()["details"]
    if "fields" in details:
        return [item["field"] for item in details["fields"]]
    return [details["field"]]


@pytest.mark.parametrize(
    ("transaction_time", "why"),
    [
        ("0001-01-01T00:00:00+01:00", "year 1"),
        ("9999-12-31T23:59:59-01:00", "year 9999"),
        ("2100-01-01T12:00:00+01:00", "the next century"),
        ((NOW + timedelta(hours=1)).isoformat(), "an hour ahead"),
        ((NOW - timedelta(days=31)).isoformat(), "a month ago"),
        (12345, "a number"),
        (True, "a boolean"),
    ],
)
def test_a_purchase_time_outside_the_window_is_refused(
    api: Client, service: dict[str, str], transaction_time: Any, why: str
) -> None:
    response = api.post(
        f"{CALLS}/initiate",
        json=an_initiate_body(transaction_time=transaction_time),
        headers=service,
    )

    assert fields_of(response) == ["transaction_time"], why


def test_a_purchase_a_few_seconds_ahead_of_the_clock_is_accepted(
    api: Client, service: dict[str, str]
) -> None:
    ahead = (NOW + timedelta(seconds=30)).isoformat()
    response = api.post(
        f"{CALLS}/initiate", json=an_initiate_body(transaction_time=ahead), headers=service
    )

    assert response.status_code == 202, response.text


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"transaction_value": "349.50"}, "transaction_value"),
        ({"priority": 2}, "priority"),
        ({"store_id": 12345}, "store_id"),
    ],
)
def test_a_value_of_the_wrong_json_type_is_refused_not_converted(
    api: Client, service: dict[str, str], change: dict[str, Any], field: str
) -> None:
    response = api.post(f"{CALLS}/initiate", json=an_initiate_body(**change), headers=service)

    assert fields_of(response) == [field]


@pytest.mark.quiet_phone
@pytest.mark.parametrize(
    ("message", "field"),
    [
        ({"message_order": 2_147_483_648}, "messages[0].message_order"),
        ({"content": f"Köttdisken{NUL}var bra"}, "messages[0].content"),
        ({"timestamp_ms": "0"}, "messages[0].timestamp_ms"),
    ],
)
def test_a_transcript_value_the_database_cannot_hold_is_refused(
    api: Client, service: dict[str, str], message: dict[str, Any], field: str
) -> None:
    session_id = api.post(f"{CALLS}/initiate", json=an_initiate_body(), headers=service).json()[
        "call_session_id"
    ]
    connect(api, service, session_id)
    body = a_transcript_body()
    body["messages"][0].update(message)

    response = api.post(f"{CALLS}/{session_id}/transcript", json=body, headers=service)

    assert fields_of(response) == [field]
    assert api.get(f"{CALLS}/{session_id}/status", headers=service).json()["status"] == (
        "in_progress"
    )


@pytest.mark.parametrize(
    ("week", "field"),
    [("0001-01-01", "analysis_week"), ("9999-12-27", "analysis_week"), (20261116, "analysis_week")],
)
def test_a_report_week_outside_the_calendar_is_refused(
    api: Client, token: TokenMaker, week: Any, field: str
) -> None:
    response = api.post(
        f"{BUSINESS}/reports/generate",
        json={"store_id": str(STORE), "analysis_week": week},
        headers=token("admin"),
    )

    assert fields_of(response) == [field]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"start_date": "0001-01-01"}, "start_date"),
        ({"end_date": "9999-12-31"}, "end_date"),
        ({"q": f"kassa{NUL}"}, "q"),
    ],
)
def test_search_dates_outside_the_calendar_are_refused(
    api: Client, token: TokenMaker, query: dict[str, str], field: str
) -> None:
    params = {"store_id": str(STORE), "q": "kassa", **query}
    response = api.get(f"{BUSINESS}/search", params=params, headers=token("admin"))

    assert fields_of(response) == [field]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"timezone": "Europe"}, "timezone"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"store_name": f"ICA{NUL}Nära"}, "store_name"),
        ({"store_name": "   "}, "store_name"),
        ({"store_name": ""}, "store_name"),
        (
            {"departments": [{"name": "Kött", "aliases": [f"chark{NUL}"]}]},
            "departments[0].aliases[0]",
        ),
        ({"closed_dates": ["0001-01-01"]}, "closed_dates[0]"),
    ],
)
def test_a_context_value_out_of_range_is_refused(
    api: Client, token: TokenMaker, change: dict[str, Any], field: str
) -> None:
    response = api.put(f"{BUSINESS}/context/{STORE}", json=change, headers=token("admin"))

    assert fields_of(response) == [field]


@pytest.mark.parametrize(
    ("form", "field"),
    [
        ({"id": "c1", "state": "success", "duration": "9" * 5000}, "duration"),
        ({"id": f"c1{NUL}", "state": "failed"}, "id"),
    ],
)
def test_a_hang_up_callback_out_of_range_is_refused(
    api: Client, container: Container, form: dict[str, str], field: str
) -> None:
    session_id = CallSessionId(uuid4())
    token = hangup_token(container.cipher(), session_id)

    response = api.post(f"/webhooks/46elks/hangup/{session_id}?token={token}", data=form)

    assert fields_of(response) == [field]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"strat_date": "2026-11-01"}, "strat_date"),
        ({"start_date": "null"}, "start_date"),
        ({"": "1"}, "query"),
    ],
)
def test_an_unknown_query_parameter_or_null_for_an_optional_one_is_refused(
    api: Client, token: TokenMaker, query: dict[str, str], field: str
) -> None:
    params = {"store_id": str(STORE), "q": "kassa", **query}
    response = api.get(f"{BUSINESS}/search", params=params, headers=token("admin"))

    assert fields_of(response) == [field]


def one_value_parameters(app: Litestar) -> list[tuple[str, str, str]]:
    """(method, path with its parameters filled in, name) of every documented operation's
    query parameter that holds one value."""
    found: list[tuple[str, str, str]] = []
    for route in app.routes:
        if not isinstance(route, HTTPRoute):
            continue
        path = re.sub(r"\{[^}]+\}", str(uuid4()), route.path)
        for method, (handler, kwargs) in route.route_handler_map.items():
            if handler.resolve_include_in_schema():
                found += [
                    (method, path, param.field_alias)
                    for param in kwargs.expected_query_params
                    if not param.is_sequence
                ]
    return found


def test_a_query_parameter_of_one_value_given_twice_is_refused_by_name_on_every_operation(
    api: Client, token: TokenMaker
) -> None:
    phone = "0701234567"
    cases = one_value_parameters(api.app)
    answers = {
        (method, path, name): api.request(
            method, path, params=[(name, phone), (name, "1")], headers=token("admin")
        )
        for method, path, name in cases
    }

    assert {name for _, _, name in cases} >= {"q", "store_id", "start_date", "limit", "token"}
    for case, response in answers.items():
        assert response.status_code == 400, (case, response.text)
        assert response.json()["details"]["fields"] == [
            {
                "field": case[2],
                "message": "given more than once; it takes one value",
                "source": "query",
            }
        ], case
        assert phone not in response.text, case
