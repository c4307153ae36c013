"""PhoneLeg: the shopper's end of a live call, and the sound both legs carry."""

from __future__ import annotations

from collections.abc import AsyncIterator
from enum import StrEnum
from typing import Protocol

from attrs import field, frozen


@frozen
class Audio:
    """A piece of sound in the legs' shared encoding, opaque to the conversation (base64
    µ-law for 46elks and OpenAI, which pass it through untouched); `ms` is how long it
    plays."""

    payload: str = field(repr=False)
    ms: int


@frozen
class Hello:
    """The phone network's first message on an answered call: its call id and the two
    numbers, exactly as sent (they are personal data: never printed, never logged)."""

    call_id: str
    caller: str = field(repr=False)
    callee: str = field(repr=False)


class PhoneClose(StrEnum):
    DONE = "done"
    HANGUP = "hangup"
    ERROR = "error"
    LOST = "lost"
    """The connection dropped without a goodbye."""


@frozen
class ShopperAudio:
    audio: Audio


@frozen
class Played:
    """A `mark` came back: everything played before it has been heard, in order."""


@frozen
class PhoneClosed:
    reason: PhoneClose


PhoneEvent = ShopperAudio | Played | PhoneClosed


class PhoneRefused(Exception):
    """The far end did not open with a proper `hello` in time; nothing was answered."""


class PhoneLeg(Protocol):
    """The shopper's end of a live call.

    Contract: `answer` returns the call's `Hello`, the first thing the far end says, or
    raises `PhoneRefused`. `events` then yields what the far end sends, in order, and ends
    with exactly one `PhoneClosed` — also when the connection drops (`lost`). `play` queues
    sound for the shopper, played in order and in real time however fast it is sent; `mark`
    asks for a `Played` once everything queued before it has been played; `interrupt` drops
    what is queued and not yet played; `hang_up` ends the call. Once the leg has closed,
    every command is a harmless no-op. `close` releases the connection.
    """

    async def answer(self) -> Hello: ...

    def events(self) -> AsyncIterator[PhoneEvent]: ...

    async def play(self, audio: Audio) -> None: ...

    async def mark(self) -> None: ...

    async def interrupt(self) -> None: ...

    async def hang_up(self) -> None: ...

    async def close(self) -> None: ...
