"""TurnLog: the transcript of a live call as it happens — who said what, when, and what was cut.

A shopper's turn starts when the model hears speech start (its audio clock starts at the
answer, so that is milliseconds from the answer); its words come later, from the
transcription. An agent's turn starts when its first sound reaches the shopper's ear, after
anything still queued. When the shopper speaks over the agent, the agent's turn keeps the
words the shopper heard: its text cut in proportion to the sound played of what was
received, to the nearest whole word. The model forgets the rest too (it is told to).
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from attrs import define, field

from kundrost.domain.transcript import Message, MessageType, Speaker, message_parts


@define
class Turn:
    speaker: Speaker
    at_ms: int
    sequence: int
    text: str = field(default="", repr=False)
    final: bool = False
    received_ms: int = 0
    heard_ms: int | None = None
    clarity: Decimal | None = None
    transcribed: bool = False

    @property
    def interrupted(self) -> bool:
        return self.heard_ms is not None

    def spoken(self) -> str:
        """What the other side heard of this turn."""
        if self.heard_ms is None or self.received_ms <= 0:
            return self.text.strip()
        words = self.text.split()
        kept = round(len(words) * min(1.0, self.heard_ms / self.received_ms))
        return " ".join(words[:kept])


class TurnLog:
    def __init__(self) -> None:
        self.agent: dict[str, Turn] = {}
        self.shopper: dict[str, Turn] = {}
        self._sequence = itertools.count()

    def shopper_started(self, item_id: str, at_ms: int) -> Turn:
        turn = self.shopper.get(item_id)
        if turn is None:
            turn = self.shopper[item_id] = Turn(Speaker.CUSTOMER, at_ms, next(self._sequence))
        return turn

    def shopper_said(self, item_id: str, text: str, at_ms: int, clarity: Decimal | None) -> Turn:
        turn = self.shopper_started(item_id, at_ms)
        turn.text, turn.clarity, turn.transcribed = text, clarity, True
        return turn

    def untranscribed(self) -> int:
        """Shopper turns still waiting for their words."""
        return sum(1 for turn in self.shopper.values() if not turn.transcribed)

    def agent_audio(self, item_id: str, ms: int, plays_at: int) -> bool:
        """Count sound of the agent's turn; True for the turn's first sound."""
        turn = self.agent.get(item_id)
        first = turn is None
        if turn is None:
            turn = self.agent[item_id] = Turn(Speaker.AI, plays_at, next(self._sequence))
        turn.received_ms += ms
        return first

    def agent_text(self, item_id: str, text: str, *, final: bool) -> None:
        turn = self.agent.get(item_id)
        if turn is None or turn.final or turn.interrupted:
            return
        turn.text = text if final else turn.text + text
        turn.final = final

    def cut(self, item_id: str, heard_ms: int) -> None:
        turn = self.agent.get(item_id)
        if turn is not None and turn.heard_ms is None:
            turn.heard_ms = max(0, heard_ms)

    def messages(self) -> list[Message]:
        """Every turn with words, in the order they started, numbered from 0."""
        turns = sorted(
            (*self.agent.values(), *self.shopper.values()), key=lambda t: (t.at_ms, t.sequence)
        )
        parts = (
            (turn, part) for turn in turns if turn.spoken() for part in message_parts(turn.spoken())
        )
        return [
            Message(
                turn.speaker,
                part,
                turn.at_ms,
                order,
                MessageType.QUESTION if turn.speaker is Speaker.AI else MessageType.RESPONSE,
                confidence_score=turn.clarity,
                interrupted=turn.interrupted,
            )
            for order, (turn, part) in enumerate(parts)
        ]
