"""ElksTelephony: the Telephony port on the 46elks REST API (api.46elks.com/a1).

A call is one form-encoded `POST /calls` with basic auth. When the shopper answers, 46elks
runs `voice_start`: a `connect` action to the 46elks websocket number (`ELKS_WEBSOCKET_NUMBER`),
whose own `voice_start` is kundrost's voice WebSocket, or without one straight to the
session's voice WebSocket URL; either streams the call's audio to the voice bridge. When
the call ends, answered or not, 46elks posts the outcome to `whenhangup`, kundrost's
hang-up webhook, with the session's token.
"""

from __future__ import annotations

import json
import logging
import re
from urllib.parse import quote

import httpx

from kundrost.adapters.elks.callbacks import hangup_token, hangup_url, voice_token, voice_url
from kundrost.domain.ids import CallSessionId
from kundrost.domain.phone import PhoneNumber
from kundrost.ports.cipher import Cipher
from kundrost.ports.telephony import TelephonyError

log = logging.getLogger("kundrost.telephony.elks")

RING_SECONDS = 40
"""How long 46elks lets the phone ring before it gives up and reports the call `failed`."""
_NUMBER = re.compile(r"\+?\d[\d \-]{6,}\d")
"""Anything that looks like a phone number in a provider's message is masked before it is
raised or logged: 46elks error texts may quote the number they refused."""
_ALREADY_ENDED = {400, 404, 409, 410}
"""Answers to a hang-up that mean the call is unknown or no longer ongoing."""


class ElksTelephony:
    """Places and ends calls through 46elks. The HTTP client is opened by `start` (or on
    first use) and closed by `close`; `transport` replaces the network in tests."""

    def __init__(
        self,
        *,
        username: str,
        password: str,
        from_number: str,
        api_url: str,
        public_url: str,
        cipher: Cipher,
        websocket_number: str | None = None,
        timeout: float = 10.0,
        ring_seconds: int = RING_SECONDS,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._auth = httpx.BasicAuth(username, password)
        self._from = from_number
        self._api_url = api_url.rstrip("/")
        self._public_url = public_url.rstrip("/")
        self._cipher = cipher
        self._websocket_number = websocket_number
        self._timeout = timeout
        self._ring_seconds = ring_seconds
        self._transport = transport
        self._client: httpx.AsyncClient | None = None

    def hangup_token(self, session_id: CallSessionId) -> str:
        return hangup_token(self._cipher, session_id)

    async def start(self) -> None:
        self._http()

    async def close(self) -> None:
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    async def place_call(self, to: PhoneNumber, session_id: CallSessionId) -> str:
        form = {
            "from": self._from,
            "to": to.e164,
            "voice_start": json.dumps({"connect": self._voice_target(session_id)}),
            "whenhangup": hangup_url(self._public_url, session_id, self.hangup_token(session_id)),
            "timeout": str(self._ring_seconds),
        }
        response = await self._send("POST", "/calls", form, f"call {session_id}")
        if response.status_code >= 400:
            refusal = _refusal("refused the call", response)
            log.warning("call %s: %s", session_id, refusal)
            raise TelephonyError(refusal)
        try:
            call_id = response.json()["id"]
        except (ValueError, KeyError, TypeError):
            raise TelephonyError("46elks accepted the call but named no call id") from None
        if not isinstance(call_id, str) or not call_id:
            raise TelephonyError("46elks accepted the call but named no call id")
        log.info("call %s placed through 46elks as %s to %s", session_id, call_id, to.masked())
        return call_id

    def _voice_target(self, session_id: CallSessionId) -> str:
        """The websocket number when there is one (its own `voice_start` is this service's
        socket); otherwise the session's own socket URL."""
        if self._websocket_number:
            return self._websocket_number
        token = voice_token(self._cipher, session_id)
        return voice_url(self._public_url, token, session_id)

    async def hang_up(self, provider_call_id: str) -> None:
        """Ends a live call with the `hangup` action on the call's resource. An unknown or
        ended call is not an error (46elks answers it with a 4xx); wrong credentials, a
        provider fault or no answer at all are."""
        path = f"/calls/{quote(provider_call_id, safe='')}"
        response = await self._send("POST", path, {"hangup": "reject"}, provider_call_id)
        if response.status_code in _ALREADY_ENDED:
            log.info("46elks call %s was not ongoing (%d)", provider_call_id, response.status_code)
            return
        if response.status_code >= 400:
            refusal = _refusal("refused the hang-up", response)
            log.warning("46elks call %s: %s", provider_call_id, refusal)
            raise TelephonyError(refusal)
        log.info("46elks call %s hung up", provider_call_id)

    async def _send(
        self, method: str, path: str, form: dict[str, str], subject: str
    ) -> httpx.Response:
        try:
            return await self._http().request(method, f"{self._api_url}{path}", data=form)
        except httpx.TimeoutException:
            log.warning("46elks did not answer in time (%s)", subject)
            raise TelephonyError(f"46elks did not answer within {self._timeout:g} s") from None
        except httpx.HTTPError as error:
            log.warning("46elks could not be reached (%s): %s", subject, type(error).__name__)
            raise TelephonyError(f"46elks could not be reached ({type(error).__name__})") from None

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(
                auth=self._auth, timeout=self._timeout, transport=self._transport
            )
        return self._client


def _refusal(what: str, response: httpx.Response) -> str:
    """46elks answers errors in plain text ("Invalid 'to' number"); its words, masked and
    shortened, are the error's message."""
    text = " ".join(response.text.split())[:200] or response.reason_phrase
    return f"46elks {what} ({response.status_code}): {_NUMBER.sub('[number]', text)}"
