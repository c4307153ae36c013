"""ModelLeg: the agent's end of a live call, a realtime model that hears and speaks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Protocol

from attrs import field, frozen

from kundrost.domain.call_script import CallScript
from kundrost.ports.phone_leg import Audio


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
