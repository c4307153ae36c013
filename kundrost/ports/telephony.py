"""Telephony: placing and ending the feedback call on the phone network."""

from __future__ import annotations

from typing import Protocol

from kundrost.domain.ids import CallSessionId
from kundrost.domain.phone import PhoneNumber


class Telephony(Protocol):
    """Contract: `place_call` returns the provider's id for the call, distinct for every
    call placed; the call's outcome arrives later as call events (connected, failed,
    hung up) for `session_id`. `hang_up` is safe to call twice and on an ended or unknown
    call. A call the network refuses raises `TelephonyError`; nothing is placed then."""

    async def place_call(self, to: PhoneNumber, session_id: CallSessionId) -> str: ...

    async def hang_up(self, provider_call_id: str) -> None: ...


class TelephonyError(Exception):
    """The provider refused or could not be reached; the call was not placed."""
