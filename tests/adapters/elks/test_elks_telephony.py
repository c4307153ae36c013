"""The 46elks telephony adapter against the documented calls API, answered by respx."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterator
from urllib.parse import parse_qs, parse_qsl, urlsplit
from uuid import UUID

import httpx
import pytest
import respx

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.elks.callbacks import voice_token
from kundrost.domain.ids import CallSessionId
from kundrost.domain.phone import PhoneNumber
from kundrost.ports.telephony import TelephonyError
from tests.adapters.elks.fake_elks import (
    API_URL,
    FROM_NUMBER,
    PASSWORD,
    USERNAME,
    a_cipher,
    an_elks_telephony,
    call_object,
)

NUMBER = "+46701234567"
PHONE = PhoneNumber(NUMBER)
SESSION = CallSessionId(UUID("0b6f3c2e-1d4a-4e5b-9c8d-7a6b5c4d3e2f"))
CALL_ID = "c3f1a1b2c3d4e5f60718293a4b5c6d7e8"


@pytest.fixture
def elks_api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=API_URL, assert_all_called=False) as router:
        yield router


def form_of(route: respx.Route) -> dict[str, str]:
    return dict(parse_qsl(route.calls.last.request.content.decode()))


async def test_a_call_is_placed_with_the_documented_form_fields(
    elks_api: respx.MockRouter,
) -> None:
    route = elks_api.post("/calls").mock(
        return_value=httpx.Response(200, json=call_object(CALL_ID, NUMBER))
    )
    telephony = an_elks_telephony()
    assert await telephony.place_call(PHONE, SESSION) == CALL_ID
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    credentials = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    assert request.headers["authorization"] == f"Basic {credentials}"
    form = form_of(route)
    assert form["from"] == FROM_NUMBER
    assert form["to"] == NUMBER
    assert form["timeout"] == "40"
    token = voice_token(a_cipher(), SESSION)
    assert json.loads(form["voice_start"]) == {
        "connect": f"wss://kundrost.example.se/voice/46elks/{SESSION}?token={token}"
    }
    hangup = urlsplit(form["whenhangup"])
    assert (hangup.scheme, hangup.netloc) == ("https", "kundrost.example.se")
    assert hangup.path == f"/webhooks/46elks/hangup/{SESSION}"
    assert parse_qs(hangup.query) == {"token": [telephony.hangup_token(SESSION)]}


async def test_with_a_websocket_number_an_answered_call_connects_to_it(
    elks_api: respx.MockRouter,
) -> None:
    route = elks_api.post("/calls").mock(
        return_value=httpx.Response(200, json=call_object(CALL_ID, NUMBER))
    )
    await an_elks_telephony(websocket_number="+46766861999").place_call(PHONE, SESSION)
    assert json.loads(form_of(route)["voice_start"]) == {"connect": "+46766861999"}


def test_the_hangup_token_is_a_keyed_digest_of_the_session() -> None:
    other_session = CallSessionId(UUID(int=7))
    one, same_key = an_elks_telephony(), an_elks_telephony(cipher=a_cipher())
    other_key = an_elks_telephony(cipher=AesGcmCipher(bytes(32)))
    token = one.hangup_token(SESSION)
    assert token == same_key.hangup_token(SESSION)
    assert token == a_cipher().fingerprint(str(SESSION), "46elks-hangup")
    assert token != one.hangup_token(other_session)
    assert token != other_key.hangup_token(SESSION)
    assert len(token) >= 32


async def test_a_plain_http_public_url_streams_voice_over_ws(elks_api: respx.MockRouter) -> None:
    route = elks_api.post("/calls").mock(
        return_value=httpx.Response(200, json=call_object(CALL_ID, NUMBER))
    )
    await an_elks_telephony(public_url="http://localhost:8000/", ring_seconds=25).place_call(
        PHONE, SESSION
    )
    form = form_of(route)
    assert json.loads(form["voice_start"])["connect"] == (
        f"ws://localhost:8000/voice/46elks/{SESSION}?token={voice_token(a_cipher(), SESSION)}"
    )
    assert form["whenhangup"].startswith(f"http://localhost:8000/webhooks/46elks/hangup/{SESSION}?")
    assert form["timeout"] == "25"


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (401, "API access denied. Check your credentials."),
        (403, "Not enough credits to make this call."),
        (400, f"Invalid 'to' phone number: {NUMBER}"),
        (500, "Internal Server Error"),
        (503, "Service temporarily unavailable"),
    ],
)
async def test_a_refused_call_raises_with_46elks_words_and_no_number(
    elks_api: respx.MockRouter, status: int, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    elks_api.post("/calls").mock(return_value=httpx.Response(status, text=text))
    with caplog.at_level(logging.DEBUG), pytest.raises(TelephonyError) as refused:
        await an_elks_telephony().place_call(PHONE, SESSION)
    message = str(refused.value)
    assert f"({status})" in message
    assert text.split(":")[0] in message
    assert NUMBER not in message + caplog.text
    assert "701234567" not in message + caplog.text


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("connection refused"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("x"),
    ],
    ids=["unreachable", "connect timeout", "read timeout"],
)
async def test_a_network_failure_raises_telephony_error(
    elks_api: respx.MockRouter, failure: Exception
) -> None:
    elks_api.post("/calls").mock(side_effect=failure)
    with pytest.raises(TelephonyError, match="46elks"):
        await an_elks_telephony().place_call(PHONE, SESSION)


async def test_an_answer_without_a_call_id_is_an_error(elks_api: respx.MockRouter) -> None:
    elks_api.post("/calls").mock(return_value=httpx.Response(200, text="OK"))
    with pytest.raises(TelephonyError, match="no call id"):
        await an_elks_telephony().place_call(PHONE, SESSION)


async def test_placing_a_call_logs_only_the_masked_number(
    elks_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    elks_api.post("/calls").mock(
        return_value=httpx.Response(200, json=call_object(CALL_ID, NUMBER))
    )
    with caplog.at_level(logging.DEBUG):
        await an_elks_telephony().place_call(PHONE, SESSION)
    assert "+46*******67" in caplog.text
    assert NUMBER not in caplog.text


async def test_hanging_up_posts_the_hangup_action_to_the_call(elks_api: respx.MockRouter) -> None:
    route = elks_api.post(f"/calls/{CALL_ID}").mock(
        return_value=httpx.Response(200, json=call_object(CALL_ID, NUMBER, state="success"))
    )
    await an_elks_telephony().hang_up(CALL_ID)
    assert route.call_count == 1
    assert form_of(route) == {"hangup": "reject"}


async def test_hanging_up_an_ended_call_twice_is_not_an_error(elks_api: respx.MockRouter) -> None:
    route = elks_api.post(f"/calls/{CALL_ID}").mock(
        side_effect=[
            httpx.Response(200, json=call_object(CALL_ID, NUMBER, state="success")),
            httpx.Response(404, text="Call not found or not ongoing"),
        ]
    )
    telephony = an_elks_telephony()
    await telephony.hang_up(CALL_ID)
    await telephony.hang_up(CALL_ID)
    assert route.call_count == 2


@pytest.mark.parametrize("status", [401, 403, 500, 502])
async def test_a_hang_up_46elks_refuses_or_fails_raises(
    elks_api: respx.MockRouter, status: int
) -> None:
    elks_api.post(f"/calls/{CALL_ID}").mock(return_value=httpx.Response(status, text="Nope"))
    with pytest.raises(TelephonyError, match=rf"hang-up \({status}\): Nope"):
        await an_elks_telephony().hang_up(CALL_ID)


async def test_a_hang_up_that_cannot_reach_46elks_raises(elks_api: respx.MockRouter) -> None:
    elks_api.post(f"/calls/{CALL_ID}").mock(side_effect=httpx.ConnectError("down"))
    with pytest.raises(TelephonyError, match="could not be reached"):
        await an_elks_telephony().hang_up(CALL_ID)


async def test_the_client_is_opened_by_start_and_closed_by_close(
    elks_api: respx.MockRouter,
) -> None:
    route = elks_api.post("/calls").mock(
        return_value=httpx.Response(200, json=call_object(CALL_ID, NUMBER))
    )
    telephony = an_elks_telephony()
    await telephony.start()
    await telephony.place_call(PHONE, SESSION)
    await telephony.close()
    await telephony.close()
    await telephony.place_call(PHONE, SESSION)
    await telephony.close()
    assert route.call_count == 2
