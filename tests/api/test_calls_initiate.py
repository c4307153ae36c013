"""POST /api/ai/calls/initiate and GET /api/ai/calls/{id}/status."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import uuid4

import pytest
from dependency_injector import providers
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.postgres.session_repository import PHONE
from kundrost.adapters.simulated import CallOutcome, SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from kundrost.entrypoints.http.calls_models import kronor
from kundrost.settings import Settings
from tests.api.calls_builders import (
    CALLS,
    OTHER_STORE,
    STORE,
    a_transcript_body,
    an_initiate_body,
    connect,
    initiate,
    quiet_phone,
    record,
    serve,
    status_of,
)
from tests.api.conftest import BACKEND, NOW, TokenMaker
from tests.api.test_app_basics import assert_envelope
from tests.counting_cipher import CountingCipher

Client = TestClient[Litestar]
pytestmark = pytest.mark.quiet_phone


def test_a_verified_purchase_gets_a_pending_first_call(
    api: Client, service: dict[str, str], telephony: SimulatedTelephony
) -> None:
    response = api.post(f"{CALLS}/initiate", json=an_initiate_body(), headers=service)

    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "pending"
    assert (body["attempt"], body["retry_count"]) == (1, 0)
    assert datetime.fromisoformat(body["estimated_call_time"]) == NOW
    assert [str(call.session_id) for call in telephony.placed] == [body["call_session_id"]]


def test_a_second_call_for_the_same_verification_is_refused_naming_the_first(
    api: Client, service: dict[str, str]
) -> None:
    body = an_initiate_body()
    first = api.post(f"{CALLS}/initiate", json=body, headers=service).json()

    again = api.post(f"{CALLS}/initiate", json=body, headers=service)

    assert again.status_code == 409
    assert_envelope(again.json(), "CALL_ALREADY_EXISTS")
    assert again.json()["details"]["call_session_id"] == first["call_session_id"]


def test_calls_of_one_store_are_not_limited(api: Client, service: dict[str, str]) -> None:
    statuses = [
        api.post(f"{CALLS}/initiate", json=an_initiate_body(), headers=service).status_code
        for _ in range(12)
    ]
    assert statuses == [202] * 12


@pytest.mark.parametrize(
    "phone", ["+4570123456", "0701234567", "+46 70 123 45 67", "+4670123", "+467012345678"]
)
def test_a_number_that_is_not_swedish_is_a_400_naming_the_phone(
    api: Client, service: dict[str, str], phone: str
) -> None:
    response = api.post(
        f"{CALLS}/initiate", json=an_initiate_body(phone_number=phone), headers=service
    )

    assert response.status_code == 400
    assert_envelope(response.json(), "VALIDATION_ERROR")
    assert [f["field"] for f in response.json()["details"]["fields"]] == ["phone_number"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"customer_verification_id": "köp-42"}, "customer_verification_id"),
        ({"store_id": 17}, "store_id"),
        ({"transaction_time": "2026-11-24T10:12:00"}, "transaction_time"),
        ({"transaction_time": "i tisdags"}, "transaction_time"),
        ({"transaction_value": -10}, "transaction_value"),
        ({"transaction_value": "trehundra"}, "transaction_value"),
        ({"priority": "asap"}, "priority"),
        ({"favourite_colour": "blå"}, "favourite_colour"),
    ],
)
def test_a_malformed_field_is_a_400_naming_it(
    api: Client, service: dict[str, str], change: dict[str, Any], field: str
) -> None:
    response = api.post(f"{CALLS}/initiate", json=an_initiate_body(**change), headers=service)

    assert response.status_code == 400
    assert_envelope(response.json(), "VALIDATION_ERROR")
    assert field in str(response.json()["details"])


@pytest.mark.parametrize("value", [349.555, 0.001, 12.3456])
def test_an_amount_in_parts_of_an_ore_is_a_400_naming_it(
    api: Client, service: dict[str, str], value: float
) -> None:
    body = an_initiate_body(transaction_value=value)

    response = api.post(f"{CALLS}/initiate", json=body, headers=service)

    assert response.status_code == 400
    assert_envelope(response.json(), "INVALID_VALUE")
    assert response.json()["details"]["field"] == "transaction_value"
    again = api.post(
        f"{CALLS}/initiate", json={**body, "transaction_value": 349.5}, headers=service
    )
    assert again.status_code == 202  # nothing of the refused request was kept


@pytest.mark.parametrize(
    ("value", "amount"),
    [(0.5700000000000001, "0.57"), (0.01 * 57, "0.57"), (349.5, "349.50"), (1e7, "10000000.00")],
)
def test_an_amount_within_a_floats_error_of_whole_ore_is_those_ore(
    value: float, amount: str
) -> None:
    assert kronor(value) == Decimal(amount)


def test_a_missing_field_is_a_400_naming_it(api: Client, service: dict[str, str]) -> None:
    body = an_initiate_body()
    del body["store_id"]

    response = api.post(f"{CALLS}/initiate", json=body, headers=service)

    assert response.status_code == 400
    assert "store_id" in str(response.json()["details"])


def test_a_body_that_is_not_json_is_a_400(api: Client, service: dict[str, str]) -> None:
    response = api.post(
        f"{CALLS}/initiate",
        content=b"{not json",
        headers={**service, "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert_envelope(response.json(), "VALIDATION_ERROR")


def test_a_call_the_network_refuses_is_answered_failed_so_it_can_be_retried(
    container: Container, settings: Settings, token: TokenMaker
) -> None:
    quiet_phone(container, CallOutcome.UNREACHABLE)
    for api in serve(container, settings):
        response = api.post(f"{CALLS}/initiate", json=an_initiate_body(), headers=token("service"))
        assert response.status_code == 202
        assert response.json()["status"] == "failed"
        status = status_of(api, token("service"), response.json()["call_session_id"])
        assert status["failure_reason"] == "technical_failure"


def test_the_status_shows_the_session_with_its_number_masked(
    api: Client, service: dict[str, str]
) -> None:
    session_id = initiate(api, service)

    status = status_of(api, service, session_id)

    assert status["call_session_id"] == session_id
    assert status["store_id"] == str(STORE)
    assert status["status"] == "pending"
    assert (status["attempt"], status["retry_count"]) == (1, 0)
    assert status["phone_number_masked"] == "+46*******67"
    assert status["duration_seconds"] is None
    assert status["quality_metrics"] is None
    assert datetime.fromisoformat(status["created_at"]) == NOW
    assert datetime.fromisoformat(status["expires_at"]) == NOW + timedelta(days=90)


def test_the_status_of_a_recorded_call_has_its_audio_quality(
    api: Client, service: dict[str, str]
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    record(api, service, session_id, a_transcript_body(seconds=90))

    status = status_of(api, service, session_id)

    assert (status["status"], status["end_reason"], status["duration_seconds"]) == (
        "completed",
        "completed",
        90,
    )
    assert status["quality_metrics"]["connection_quality"] == "good"
    assert status["quality_metrics"]["audio_clarity_score"] == 0.91
    assert status["quality_metrics"]["latency_ms"] == 180
    assert status["quality_metrics"]["openai_api_latency"] == 320


def test_a_business_user_sees_its_own_stores_calls_without_the_phone_field(
    api: Client, service: dict[str, str], token: TokenMaker
) -> None:
    session_id = initiate(api, service)

    status = status_of(api, token("business", stores=[STORE]), session_id)

    assert status["status"] == "pending"
    assert "phone_number_masked" not in status
    assert "+46" not in str(status)


@pytest.fixture
def decryptions(container: Container, settings: Settings) -> CountingCipher:
    """The app's cipher, counting what it opens; asked for before `api`, which starts it."""
    cipher = CountingCipher(settings.encryption_key)
    container.cipher.override(providers.Object(cipher))
    return cipher


def test_a_business_users_status_is_the_services_without_the_number_which_stays_sealed(
    decryptions: CountingCipher, api: Client, service: dict[str, str], token: TokenMaker
) -> None:
    session_id = initiate(api, service)
    decryptions.decrypted.clear()

    business = status_of(api, token("business", stores=[STORE]), session_id)
    opened_for_business = decryptions.decrypted[PHONE]
    served = status_of(api, service, session_id)

    assert "phone_number_masked" not in business
    assert served.pop("phone_number_masked") == "+46*******67"
    assert business == served
    assert opened_for_business == 0
    # the embedded store keeps sessions as objects; PostgreSQL keeps the number sealed
    assert decryptions.decrypted[PHONE] == (1 if BACKEND == "postgres" else 0)


def test_a_business_user_may_not_see_another_stores_call(
    api: Client, service: dict[str, str], token: TokenMaker
) -> None:
    session_id = initiate(api, service)

    response = api.get(
        f"{CALLS}/{session_id}/status", headers=token("business", stores=[OTHER_STORE])
    )

    assert response.status_code == 403
    assert_envelope(response.json(), "FORBIDDEN")


def test_an_unknown_session_is_a_404(api: Client, service: dict[str, str]) -> None:
    response = api.get(f"{CALLS}/{uuid4()}/status", headers=service)

    assert response.status_code == 404
    assert_envelope(response.json(), "NOT_FOUND")


def test_a_session_id_that_is_not_a_uuid_is_a_400_naming_it(
    api: Client, service: dict[str, str]
) -> None:
    response = api.get(f"{CALLS}/samtal-1/status", headers=service)

    assert response.status_code == 400
    assert response.json()["details"]["fields"][0]["field"] == "call_session_id"


def test_an_expired_session_is_a_404_for_everyone(
    api: Client, service: dict[str, str], token: TokenMaker, clock: ManualClock
) -> None:
    session_id = initiate(api, service)
    clock.advance(timedelta(days=90))

    for headers in (service, token("admin"), token("business", stores=[STORE])):
        response = api.get(f"{CALLS}/{session_id}/status", headers=headers)
        assert response.status_code == 404
