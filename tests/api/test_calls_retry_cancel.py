"""PUT /api/ai/calls/{id}/retry and DELETE /api/ai/calls/{id}."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import uuid4

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.simulated import CallOutcome, SimulatedTelephony
from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from tests.api.calls_builders import CALLS, connect, initiate, quiet_phone, record, status_of
from tests.api.conftest import NOW, TokenMaker
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]
pytestmark = pytest.mark.quiet_phone
NO_ANSWER = CallOutcome.NO_ANSWER


@pytest.fixture
def telephony(container: Container) -> SimulatedTelephony:
    """Nobody answers the first three calls."""
    return quiet_phone(container, NO_ANSWER, NO_ANSWER, NO_ANSWER)


def ring(api: Client, telephony: SimulatedTelephony) -> None:
    """The network reports what happened to every call placed so far."""
    api.blocking_portal.call(telephony.deliver)


def test_a_failed_call_is_tried_again(
    api: Client, service: dict[str, str], telephony: SimulatedTelephony, clock: ManualClock
) -> None:
    session_id = initiate(api, service)
    ring(api, telephony)
    assert status_of(api, service, session_id)["failure_reason"] == "no_answer"
    clock.advance(timedelta(minutes=30))

    response = api.put(f"{CALLS}/{session_id}/retry", headers=service)

    assert response.status_code == 202
    body = response.json()
    assert body == {
        "call_session_id": session_id,
        "retry_number": 1,
        "attempt": 2,
        "status": "pending",
        "estimated_call_time": body["estimated_call_time"],
    }
    assert datetime.fromisoformat(body["estimated_call_time"]) == NOW + timedelta(minutes=30)
    assert len(telephony.placed) == 2


def test_after_three_attempts_there_is_no_fourth(
    api: Client, service: dict[str, str], telephony: SimulatedTelephony
) -> None:
    session_id = initiate(api, service)
    ring(api, telephony)
    attempts = []
    for _ in range(2):
        retried = api.put(f"{CALLS}/{session_id}/retry", headers=service)
        attempts.append((retried.json()["retry_number"], retried.json()["attempt"]))
        ring(api, telephony)

    fourth = api.put(f"{CALLS}/{session_id}/retry", headers=service)

    assert attempts == [(1, 2), (2, 3)]
    assert fourth.status_code == 409
    assert_envelope(fourth.json(), "MAX_ATTEMPTS_EXCEEDED")
    assert status_of(api, service, session_id)["attempt"] == 3


def test_a_call_that_has_not_failed_is_not_retried(api: Client, service: dict[str, str]) -> None:
    session_id = initiate(api, service)

    response = api.put(f"{CALLS}/{session_id}/retry", headers=service)

    assert response.status_code == 409
    assert_envelope(response.json(), "NOT_RETRYABLE")


def test_retrying_an_unknown_session_is_a_404(api: Client, service: dict[str, str]) -> None:
    response = api.put(f"{CALLS}/{uuid4()}/retry", headers=service)
    assert response.status_code == 404
    assert_envelope(response.json(), "NOT_FOUND")


def test_cancelling_a_ringing_call_hangs_up_and_erases_the_number(
    api: Client, service: dict[str, str], telephony: SimulatedTelephony
) -> None:
    session_id = initiate(api, service)

    response = api.delete(f"{CALLS}/{session_id}", headers=service)

    assert response.status_code == 200
    body = response.json()
    assert (body["call_session_id"], body["status"]) == (session_id, "abandoned")
    assert datetime.fromisoformat(body["cancelled_at"]) == NOW
    assert telephony.hung_up == [telephony.placed[0].provider_call_id]
    status = status_of(api, service, session_id)
    assert (status["end_reason"], status["phone_number_masked"]) == ("cancelled", None)


def test_cancelling_twice_gives_the_same_answer(api: Client, service: dict[str, str]) -> None:
    session_id = initiate(api, service)
    first = api.delete(f"{CALLS}/{session_id}", headers=service)

    again = api.delete(f"{CALLS}/{session_id}", headers=service)

    assert again.status_code == 200
    assert again.json() == first.json()


def test_cancelling_a_finished_call_keeps_its_status_and_deletes_its_words(
    api: Client, service: dict[str, str], token: TokenMaker
) -> None:
    session_id = initiate(api, service)
    connect(api, service, session_id)
    record(api, service, session_id)

    response = api.delete(f"{CALLS}/{session_id}", headers=service)

    assert response.status_code == 200
    assert response.json()["status"] == "completed"
    transcript = api.get(f"{CALLS}/{session_id}/transcript", headers=token("admin"))
    assert transcript.status_code == 404
    assert status_of(api, service, session_id)["phone_number_masked"] is None


def test_cancelling_an_unknown_session_is_a_404(api: Client, service: dict[str, str]) -> None:
    response = api.delete(f"{CALLS}/{uuid4()}", headers=service)
    assert response.status_code == 404
    assert_envelope(response.json(), "NOT_FOUND")


def test_an_expired_session_cannot_be_retried_or_cancelled(
    api: Client, service: dict[str, str], telephony: SimulatedTelephony, clock: ManualClock
) -> None:
    session_id = initiate(api, service)
    ring(api, telephony)
    clock.advance(timedelta(days=91))

    assert api.put(f"{CALLS}/{session_id}/retry", headers=service).status_code == 404
    assert api.delete(f"{CALLS}/{session_id}", headers=service).status_code == 404
