"""The two legs of a live call — the shopper's phone and the realtime model — and its time.

The live conversation (`application.live_conversation`) stands between the legs: it passes
the shopper's sound to the model and the model's to the phone, and applies our rules to
what each side reports. A leg speaks its own protocol (the 46elks realtime socket, the
OpenAI Realtime API, a terminal, the offline agent) and reports in these events.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from attrs import field, frozen

from kundrost.domain.call_script import CallScript


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


@frozen
class SpeechStarted:
    """The shopper started speaking, `at_ms` into the sound the model has heard."""

    item_id: str
    at_ms: int


@frozen
class SpeechStopped:
    item_id: str
    at_ms: int


@frozen
class ShopperSaid:
    """The words of one shopper turn, as transcribed; `clarity` (0–1) is how sure the
    transcription was, when the model says."""

    item_id: str
    text: str = field(repr=False)
    clarity: Decimal | None = None


@frozen
class AgentAudio:
    item_id: str
    audio: Audio


@frozen
class AgentText:
    """Words of the agent's turn `item_id`: a piece to append, or (`final`) the whole turn."""

    item_id: str
    text: str = field(repr=False)
    final: bool = False


@frozen
class AgentDone:
    """The agent's turn is over (finished or stopped), with the tokens it cost."""

    input_tokens: int = 0
    output_tokens: int = 0


@frozen
class EndCallRequested:
    """The agent said its closing and asks to hang up."""


@frozen
class ModelLost:
    """The connection to the model broke; `reason` is a short code, never words."""

    reason: str


ModelEvent = (
    SpeechStarted
    | SpeechStopped
    | ShopperSaid
    | AgentAudio
    | AgentText
    | AgentDone
    | EndCallRequested
    | ModelLost
)


class ModelUnavailable(Exception):
    """The model could not be reached or refused the session."""


class ModelLeg(Protocol):
    """The agent's end of a live call: a realtime model that hears and speaks.

    Contract: `connect` opens the connection (`ModelUnavailable` when refused or
    unreachable) and may run while the phone is answered; `start` gives the call's script
    (standing instructions in Swedish) and must come before the rest. `hear` passes the
    shopper's sound, from which the model reports `SpeechStarted`, `SpeechStopped` and
    then `ShopperSaid`; it never answers by itself. `say` makes the agent speak one line
    word for word, `respond` lets it take its turn as the script says, each reported as
    `AgentAudio` and `AgentText` and ended by one `AgentDone`; `instruct` adds an
    instruction for the turns that follow. `stop` ends the agent's turn `item_id` and keeps
    only its first `heard_ms` in the model's memory. `end_turn` ends the shopper's turn in
    progress (the call is over), so its words are still transcribed. `events` ends with
    `ModelLost` when
    the connection breaks, and simply ends after `close`. Commands after a loss are no-ops.
    """

    async def connect(self) -> None: ...

    async def start(self, script: CallScript) -> None: ...

    async def hear(self, audio: Audio) -> None: ...

    async def say(self, line: str) -> None: ...

    async def respond(self) -> None: ...

    async def instruct(self, text: str) -> None: ...

    async def stop(self, item_id: str, heard_ms: int) -> None: ...

    async def end_turn(self) -> None: ...

    def events(self) -> AsyncIterator[ModelEvent]: ...

    async def close(self) -> None: ...


class RealtimeModel(Protocol):
    """Makes one model leg per call."""

    def leg(self) -> ModelLeg: ...


class CallTime(Protocol):
    """The time a live call runs on, in milliseconds: real time on a phone, speaking time in
    a typed conversation. Contract: `now_ms` never decreases; `sleep_until` returns once
    `now_ms()` has reached `ms` (at once when it has)."""

    def now_ms(self) -> int: ...

    async def sleep_until(self, ms: int) -> None: ...
