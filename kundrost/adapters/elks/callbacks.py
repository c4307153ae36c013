"""What 46elks sends back: the URLs a placed call carries, and the hang-up callback.

46elks calls `voice_start` when the shopper answers and `whenhangup` when the call ends,
answered or not. The hang-up and voice URLs carry a token: 46elks signs nothing, so the
token is what tells a real callback or socket from a forged one. It is a keyed digest (of
the session id, or of the deployment for the websocket number's URL), so every process
with the encryption key can check it without storing it.

This module imports no HTTP client, so the webhook can read callbacks without loading one.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from attrs import frozen

from kundrost.domain.call_events import Failed
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus, FailureReason
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.ports.cipher import Cipher

HANGUP_PURPOSE = "46elks-hangup"
HANGUP_PATH = "/webhooks/46elks/hangup"
VOICE_PURPOSE = "46elks-voice"
VOICE_PATH = "/voice/46elks"
MAX_DURATION_DIGITS = 5
"""A call lasts less than a day (86,400 s): a number of more digits is no real callback."""
WEBSOCKET_NUMBER_SUBJECT = "websocket-number"


def hangup_token(cipher: Cipher, session_id: CallSessionId) -> str:
    """The token in a session's hang-up URL: unguessable without the key, the same in every
    process, different for every session."""
    return cipher.fingerprint(str(session_id), HANGUP_PURPOSE)


def hangup_url(public_url: str, session_id: CallSessionId, token: str) -> str:
    return f"{public_url.rstrip('/')}{HANGUP_PATH}/{session_id}?token={quote(token)}"


def voice_token(cipher: Cipher, session_id: CallSessionId | None = None) -> str:
    """The token of a voice WebSocket URL: the session's own for a call connected straight
    to its URL, one for the whole deployment for the websocket number's URL. Like the
    hang-up token, a keyed digest: every process with the key checks it, none stores it."""
    subject = WEBSOCKET_NUMBER_SUBJECT if session_id is None else str(session_id)
    return cipher.fingerprint(subject, VOICE_PURPOSE)


def voice_url(public_url: str, token: str, session_id: CallSessionId | None = None) -> str:
    """The WebSocket 46elks streams an answered call's audio to: the public URL with
    `ws`/`wss` for `http`/`https`, the session's id in the path when there is one."""
    parts = urlsplit(public_url.rstrip("/"))
    scheme = "wss" if parts.scheme == "https" else "ws"
    path = f"{parts.path}{VOICE_PATH}" + ("" if session_id is None else f"/{session_id}")
    return urlunsplit((scheme, parts.netloc, path, f"token={quote(token)}", ""))


class ElksCallState(StrEnum):
    """A 46elks call's `state`; a hang-up callback carries one of the final three."""

    ONGOING = "ongoing"
    SUCCESS = "success"
    BUSY = "busy"
    FAILED = "failed"


@frozen
class HangUp:
    """The hang-up callback as far as kundrost reads it. `answered` is whether the shopper
    picked up (46elks then sends `start`, the time of the answer, and reports `success`);
    `duration_seconds` is how
    long the call lasted. The numbers (`from`, `to`) are not read, so they are never kept."""

    call_id: str
    state: ElksCallState
    answered: bool
    duration_seconds: int | None

    @classmethod
    def from_form(cls, form: Mapping[str, Any]) -> HangUp:
        """Raises `InvalidValue` naming the field when the callback is not one 46elks sends."""
        call_id = str(form.get("id") or "").strip()
        if not call_id or len(call_id) > 200 or "\x00" in call_id:
            raise InvalidValue("id", "the 46elks call id is missing, too long or not text")
        try:
            state = ElksCallState(str(form.get("state") or "").strip())
        except ValueError:
            raise InvalidValue("state", "must be success, busy or failed") from None
        if state is ElksCallState.ONGOING:
            raise InvalidValue("state", "a hang-up callback reports a call that has ended")
        duration_text = str(form.get("duration") or "").strip()
        if duration_text and not (duration_text.isascii() and duration_text.isdigit()):
            raise InvalidValue("duration", "must be a whole number of seconds")
        if len(duration_text) > MAX_DURATION_DIGITS:
            raise InvalidValue("duration", "must be at most 99999 seconds")
        return cls(
            call_id=call_id,
            state=state,
            answered=state is ElksCallState.SUCCESS or bool(str(form.get("start") or "").strip()),
            duration_seconds=int(duration_text) if duration_text else None,
        )

    @property
    def event_id(self) -> str:
        """One id per call and final state, so a second delivery is recognised."""
        return f"46elks:{self.call_id}:{self.state}"


def event_for(hangup: HangUp, session: CallSession) -> Failed | None:
    """The call event a hang-up means for `session`, or None when it changes nothing.

    - A callback for another attempt's call (the session has been retried since) or for a
      session that has already ended changes nothing: late and repeated deliveries are safe.
    - A call that was never answered fails: `busy`, or `no_answer` (46elks reports a call
      nobody picked up before the ring timeout as `failed`).
    - A call that was answered while the session is still pending never reached the voice
      bridge (46elks could not open the WebSocket, or the shopper hung up at once): it fails
      as `technical_failure`, so the retry policy gives the shopper another call.
    - A session in progress is the voice bridge's to end: only a recorded transcript
      completes a call, and the transcript of a call that ended normally arrives at about
      the same moment as this callback. Ending the session here would race it and could
      throw the feedback away, so the transcript (or the bridge's own failure report) ends
      the call and records its duration.
    """
    if session.provider_call_id is not None and session.provider_call_id != hangup.call_id:
        return None
    if session.status is not CallStatus.PENDING:
        return None
    if hangup.answered:
        return Failed(FailureReason.TECHNICAL_FAILURE)
    if hangup.state is ElksCallState.BUSY:
        return Failed(FailureReason.BUSY)
    return Failed(FailureReason.NO_ANSWER)


__all__ = [
    "HANGUP_PATH",
    "HANGUP_PURPOSE",
    "VOICE_PATH",
    "VOICE_PURPOSE",
    "ElksCallState",
    "HangUp",
    "event_for",
    "hangup_token",
    "hangup_url",
    "voice_token",
    "voice_url",
]
