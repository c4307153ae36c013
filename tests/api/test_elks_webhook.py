"""The 46elks hang-up webhook: 46elks reports how a call it placed ended."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

import pytest
import respx
from litestar import Litestar
from litestar.datastructures import State
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.application.initiate_call import InitiateCallCommand
from kundrost.container import Container, build_container
from kundrost.domain.call_events import Connected
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.ids import CallSessionId, StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.entrypoints.http.dependencies import dependencies
from kundrost.entrypoints.http.webhooks import ElksWebhookController
from tests.adapters.elks.fake_elks import API_URL, FakeElks, elks_settings, hangup_callback

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
NUMBER = "+46701234567"
STORE = StoreId(UUID("5e0d1c1a-7f3b-4c2e-9a51-2f6b8d4c3a10"))

Client = TestClient[Litestar]


@pytest.fixture
def elks() -> Iterator[FakeElks]:
    fake = FakeElks()
    with respx.mock(base_url=API_URL, assert_all_called=False) as router:
        router.route().mock(side_effect=fake)
        yield fake


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(NOW)


@pytest.fixture
def elks_container(clock: ManualClock) -> Container:
    return build_container(elks_settings(), clock)


@pytest.fixture
def client(elks_container: Container) -> Iterator[Client]:
    app = Litestar(
        route_handlers=[ElksWebhookController],
        dependencies=dependencies(elks_container),
        state=State({"container": elks_container}),
    )
    with TestClient(app) as test_client:
        yield test_client


def initiate(container: Container, number: int = 1) -> CallSession:
    command = InitiateCallCommand(
        verification_id=VerificationId(UUID(int=number)),
        store_id=STORE,
        phone=PhoneNumber(NUMBER),
        transaction_time=NOW - timedelta(minutes=20),
        transaction_value=Decimal("249.90"),
    )
    return run(container.initiate_call()(command))


def run(awaitable: Any) -> Any:
    import asyncio

    return asyncio.run(awaitable)


def status_of(container: Container, session: CallSession) -> CallSession:
    view = run(container.call_status()(session.id))
    found: CallSession = view.session
    return found


def token_for(container: Container, session_id: CallSessionId) -> str:
    return str(container.telephony().hangup_token(session_id))


def deliver(
    client: Client,
    container: Container,
    session: CallSession,
    *,
    state: str,
    answered: bool = False,
    duration: int = 0,
    token: str | None = "right",
    call_id: str | None = None,
) -> Any:
    form = hangup_callback(
        call_id or str(session.provider_call_id),
        NUMBER,
        state=state,
        answered=answered,
        duration=duration,
    )
    query = (
        {}
        if token is None
        else {"token": token_for(container, session.id) if token == "right" else token}
    )
    return client.post(f"/webhooks/46elks/hangup/{session.id}", data=form, params=query)


def test_a_call_nobody_answered_fails_with_no_answer(
    client: Client, elks_container: Container, elks: FakeElks
) -> None:
    session = initiate(elks_container)
    assert session.provider_call_id == elks.calls[0].call_id
    response = deliver(client, elks_container, session, state="failed")
    assert response.status_code == 204
    assert response.content == b""
    failed = status_of(elks_container, session)
    assert (failed.status, failed.failure_reason) == (CallStatus.FAILED, FailureReason.NO_ANSWER)


def test_a_busy_line_fails_with_busy(
    client: Client, elks_container: Container, elks: FakeElks
) -> None:
    session = initiate(elks_container)
    assert deliver(client, elks_container, session, state="busy").status_code == 204
    assert status_of(elks_container, session).failure_reason is FailureReason.BUSY


def test_a_callback_delivered_twice_is_recorded_once(
    client: Client, elks_container: Container, elks: FakeElks, clock: ManualClock
) -> None:
    session = initiate(elks_container)
    assert deliver(client, elks_container, session, state="busy").status_code == 204
    first = status_of(elks_container, session)
    clock.advance(timedelta(seconds=5))
    assert deliver(client, elks_container, session, state="busy").status_code == 204
    assert status_of(elks_container, session) == first


@pytest.mark.parametrize("token", ["not-the-token", "", None], ids=["wrong", "empty", "missing"])
def test_a_callback_without_the_right_token_is_forbidden(
    client: Client, elks_container: Container, elks: FakeElks, token: str | None
) -> None:
    session = initiate(elks_container)
    response = deliver(client, elks_container, session, state="failed", token=token)
    assert response.status_code == 403
    body = response.json()
    assert body["error"] == "FORBIDDEN"
    assert set(body) == {"error", "message", "details", "timestamp"}
    assert status_of(elks_container, session).status is CallStatus.PENDING


def test_the_token_of_another_session_is_forbidden(
    client: Client, elks_container: Container, elks: FakeElks
) -> None:
    session, other = initiate(elks_container, 1), initiate(elks_container, 2)
    stolen = token_for(elks_container, other.id)
    response = deliver(client, elks_container, session, state="failed", token=stolen)
    assert response.status_code == 403


def test_an_unknown_session_is_not_found(
    client: Client, elks_container: Container, elks: FakeElks
) -> None:
    unknown = CallSessionId(UUID(int=404))
    response = client.post(
        f"/webhooks/46elks/hangup/{unknown}",
        data=hangup_callback("c404", NUMBER, state="failed", answered=False),
        params={"token": token_for(elks_container, unknown)},
    )
    assert response.status_code == 404
    assert response.json()["error"] == "NOT_FOUND"


def test_a_malformed_callback_is_a_bad_request(
    client: Client, elks_container: Container, elks: FakeElks
) -> None:
    session = initiate(elks_container)
    response = client.post(
        f"/webhooks/46elks/hangup/{session.id}",
        data={"id": "c1"},
        params={"token": token_for(elks_container, session.id)},
    )
    assert response.status_code == 400
    assert response.json()["details"]["field"] == "state"


def test_an_answered_call_in_progress_is_left_for_its_transcript(
    client: Client, elks_container: Container, elks: FakeElks
) -> None:
    session = initiate(elks_container)
    run(elks_container.record_call_event()(session.id, Connected()))
    response = deliver(client, elks_container, session, state="success", answered=True, duration=94)
    assert response.status_code == 204
    assert status_of(elks_container, session).status is CallStatus.IN_PROGRESS


def test_an_answered_call_that_never_reached_the_voice_bridge_fails_technically(
    client: Client, elks_container: Container, elks: FakeElks
) -> None:
    session = initiate(elks_container)
    response = deliver(client, elks_container, session, state="success", answered=True, duration=3)
    assert response.status_code == 204
    assert status_of(elks_container, session).failure_reason is FailureReason.TECHNICAL_FAILURE


def test_the_hang_up_of_an_earlier_attempt_leaves_the_retry_alone(
    client: Client, elks_container: Container, elks: FakeElks, clock: ManualClock
) -> None:
    session = initiate(elks_container)
    assert deliver(client, elks_container, session, state="failed").status_code == 204
    clock.advance(timedelta(minutes=5))
    retried = run(elks_container.retry_call()(session.id))
    current = status_of(elks_container, session)
    assert current.attempt == 2
    assert current.status is CallStatus.PENDING
    assert current.provider_call_id == elks.calls[1].call_id
    late = deliver(client, elks_container, session, state="busy", call_id=elks.calls[0].call_id)
    assert late.status_code == 204
    assert status_of(elks_container, session) == current
    assert retried is not None


def test_the_webhook_never_logs_the_phone_number(
    client: Client, elks_container: Container, elks: FakeElks, caplog: pytest.LogCaptureFixture
) -> None:
    session = initiate(elks_container)
    with caplog.at_level(logging.DEBUG):
        deliver(client, elks_container, session, state="failed")
        deliver(client, elks_container, session, state="failed", token="forged")
    assert "hang-up" in caplog.text or "46elks call" in caplog.text
    assert NUMBER not in caplog.text
    assert "701234567" not in caplog.text
