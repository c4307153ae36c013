"""A local stand-in for the 46elks calls API, speaking its documented protocol.

`FakeElks` answers `POST /a1/calls` (form-encoded, basic auth) with the call object 46elks
returns, and `POST /a1/calls/{id}` hang-ups; `answer_all()` plays what 46elks does when
the shopper picks up (it opens the `connect` WebSocket of `voice_start`), and
`hangup_callback(...)` builds the form 46elks posts to `whenhangup`.
"""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from uuid import UUID

import httpx
from attrs import define, field

from kundrost.adapters.crypto import AesGcmCipher
from kundrost.adapters.elks import ElksTelephony
from kundrost.domain.call_events import CallEvent, Connected
from kundrost.domain.ids import CallSessionId
from kundrost.settings import Settings

API_URL = "https://api.46elks.com/a1"
PUBLIC_URL = "https://kundrost.example.se"
USERNAME = "u1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d"
PASSWORD = "E7C2A0F1B3D4E5F6A7B8C9D0E1F2A3B4"
FROM_NUMBER = "+46766861004"
KEY = bytes(range(32))


def a_cipher() -> AesGcmCipher:
    return AesGcmCipher(KEY)


def elks_settings(**changes: Any) -> Settings:
    """Embedded settings with 46elks telephony chosen, as the ELKS_* variables choose it."""
    return Settings.embedded(
        seed=46,
        **{
            "telephony": "elks",
            "elks_username": USERNAME,
            "elks_password": PASSWORD,
            "elks_from_number": FROM_NUMBER,
            "elks_api_url": API_URL,
            "public_url": PUBLIC_URL,
            **changes,
        },
    )


def an_elks_telephony(**changes: Any) -> ElksTelephony:
    settings: dict[str, Any] = {
        "username": USERNAME,
        "password": PASSWORD,
        "from_number": FROM_NUMBER,
        "api_url": API_URL,
        "public_url": PUBLIC_URL,
        "cipher": a_cipher(),
    }
    settings.update(changes)
    return ElksTelephony(**settings)


def call_object(call_id: str, to: str, *, state: str = "ongoing") -> dict[str, Any]:
    """The call object 46elks answers a new call with."""
    return {
        "id": call_id,
        "direction": "outgoing",
        "from": FROM_NUMBER,
        "to": to,
        "state": state,
        "created": "2026-11-24T10:00:00.512000",
        "timeout": 40,
    }


def hangup_callback(
    call_id: str,
    to: str,
    *,
    state: str,
    answered: bool,
    duration: int = 0,
) -> dict[str, str]:
    """The form 46elks posts to `whenhangup` when a call ends."""
    form = {
        "direction": "outgoing",
        "id": call_id,
        "from": FROM_NUMBER,
        "to": to,
        "created": "2026-11-24T10:00:00.512000",
        "state": state,
        "duration": str(duration),
        "cost": str(1500 if answered else 0),
        "actions": json.dumps([{"connect": f"wss://kundrost.example.se/voice/46elks/{call_id}"}]),
    }
    if answered:
        form["start"] = "2026-11-24T10:00:07.118000"
    return form


def basic_auth_ok(request: httpx.Request) -> bool:
    expected = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
    return request.headers.get("authorization") == f"Basic {expected}"


@define
class PlacedCall:
    call_id: str
    form: dict[str, str]
    ongoing: bool = True
    answered: bool = False

    @property
    def session_id(self) -> CallSessionId:
        """The session whose voice WebSocket `voice_start` connects to."""
        url = json.loads(self.form["voice_start"])["connect"]
        return CallSessionId(UUID(urlsplit(url).path.rsplit("/", 1)[-1]))


@define
class FakeElks:
    """Places calls while `refusing` is None; otherwise answers every new call with that
    status and 46elks' plain-text error."""

    refusing: tuple[int, str] | None = None
    calls: list[PlacedCall] = field(factory=list)
    hangups: list[str] = field(factory=list)
    events: list[tuple[CallSessionId, CallEvent]] = field(factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if not basic_auth_ok(request):
            return httpx.Response(401, text="API access denied. Check your credentials.")
        path = request.url.path.removeprefix("/a1")
        form = dict(parse_qsl(request.content.decode()))
        if request.method == "POST" and path == "/calls":
            if self.refusing is not None:
                status, text = self.refusing
                return httpx.Response(status, text=text)
            call = PlacedCall(f"c{len(self.calls) + 1:032x}", form)
            self.calls.append(call)
            return httpx.Response(200, json=call_object(call.call_id, form["to"]))
        if request.method == "POST" and path.startswith("/calls/"):
            call_id = path.removeprefix("/calls/")
            self.hangups.append(call_id)
            known = next((c for c in self.calls if c.call_id == call_id), None)
            if known is None or not known.ongoing:
                return httpx.Response(404, text="Call not found or not ongoing")
            known.ongoing = False
            return httpx.Response(200, json=call_object(call_id, known.form["to"], state="success"))
        return httpx.Response(404, text="Not found")

    def placed_ids(self) -> list[str]:
        return [call.call_id for call in self.calls]

    async def answer_all(self) -> None:
        """Every ringing call is picked up: 46elks connects it to its `voice_start` URL,
        the session's voice WebSocket, which kundrost records as the session `Connected`."""
        for call in self.calls:
            if call.ongoing and not call.answered:
                call.answered = True
                self.events.append((call.session_id, Connected()))
