"""OfflineRealtimeModel: the realtime model leg in text, asking the plan's Swedish questions.

Its "sound" is text: what the phone leg sends is the shopper's words (a `kundrost talk`
terminal types them), and what it says comes back as its own words, each `Audio` lasting
as long as `SpeakingPace` says the words take. It hears one whole turn per piece of sound
and answers only when asked, like the realtime model with server turn detection and no
automatic response; its sound clock runs from the connection, sound with no words is
silence, and a turn may end ahead of the call's time, as a typed turn arrives whole before
the time of saying it has passed; every turn is said in full at once, as a realtime model sends its
sound faster than it plays.

What it says: the script's lines word for word when told (`say`); on its turn (`respond`)
the plan's next question the shopper has not already told of (`covered_subjects`; one
told of gives its place to the next of the plan's spare questions, as the live model's
instructions ask), a follow-up after each of the first answers in Swedish while the
plan's follow-up slots last, a short note first when an answer was not Swedish; after the
wrap-up instruction, or when the questions are out, the closing, and then it asks to end
the call.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from decimal import Decimal

from kundrost.adapters.offline.speaking_pace import SpeakingPace
from kundrost.adapters.offline.voice_agent import FOLLOW_UPS, SWEDISH_ONLY
from kundrost.domain.call_script import WRAP_UP, CallScript
from kundrost.domain.covered_subjects import is_covered
from kundrost.domain.language import is_swedish
from kundrost.ports.live_call import (
    AgentAudio,
    AgentDone,
    AgentText,
    Audio,
    CallTime,
    EndCallRequested,
    ModelEvent,
    ShopperSaid,
    SpeechStarted,
    SpeechStopped,
)

THANKS = "Tack!"


class OfflineRealtimeModel:
    """`ports.RealtimeModel` without a network: one `OfflineModelLeg` per call."""

    def __init__(self, time: CallTime, pace: SpeakingPace | None = None) -> None:
        self.time = time
        self.pace = pace or SpeakingPace()

    def leg(self) -> OfflineModelLeg:
        return OfflineModelLeg(self.time, self.pace)


class OfflineModelLeg:
    def __init__(self, time: CallTime, pace: SpeakingPace) -> None:
        self.time, self.pace = time, pace
        self._events: asyncio.Queue[ModelEvent | None] = asyncio.Queue()
        self._ids = itertools.count(1)
        self._script: CallScript | None = None
        self._connected_at = 0
        self._heard_to = 0
        self._next_question = 0
        self._asked = 0
        self._follow_ups_used = 0
        self._last_answer: str | None = None
        self._said: list[str] = []
        self._asked_question = False
        self._wrapping = False
        self._closed = False

    async def connect(self) -> None:
        self._connected_at = self.time.now_ms()

    async def start(self, script: CallScript) -> None:
        self._script = script

    async def hear(self, audio: Audio) -> None:
        start = max(self.time.now_ms() - self._connected_at, self._heard_to)
        self._heard_to = start + audio.ms
        words = audio.payload.strip()
        if self._closed or not words:
            return
        item = f"shopper-{next(self._ids)}"
        self._put(SpeechStarted(item, start), SpeechStopped(item, self._heard_to))
        self._put(ShopperSaid(item, words, Decimal(1)))
        self._last_answer = words
        self._said.append(words)

    async def say(self, line: str) -> None:
        self._speak(line)

    async def respond(self) -> None:
        script = self._script
        if script is None or self._closed:
            return
        answer, self._last_answer = self._last_answer, None
        swedish = answer is not None and is_swedish(answer)
        if self._wrapping:
            return self._speak(script.closing, ends_call=True)
        if swedish and self._asked_question and self._follow_ups_used < script.follow_up_slots:
            self._follow_ups_used += 1
            self._asked_question = False
            return self._speak(FOLLOW_UPS[(self._follow_ups_used - 1) % len(FOLLOW_UPS)])
        prefix = SWEDISH_ONLY if answer is not None and not swedish else ""
        lines = (*script.questions, *script.spares)
        while self._next_question < len(lines) and self._told(self._next_question):
            self._next_question += 1
        if self._asked >= len(script.questions) or self._next_question >= len(lines):
            return self._speak(f"{prefix} {script.closing}".strip(), ends_call=True)
        if self._asked == 0 and not prefix:
            prefix = THANKS
        self._asked_question = True
        self._asked += 1
        self._next_question += 1
        return self._speak(f"{prefix} {lines[self._next_question - 1]}".strip())

    def _told(self, question: int) -> bool:
        """Whether the shopper already told of the question's subject."""
        subjects = self._script.subjects if self._script else ()
        return question < len(subjects) and is_covered(subjects[question], self._said)

    async def instruct(self, text: str) -> None:
        self._wrapping = self._wrapping or text == WRAP_UP

    async def stop(self, item_id: str, heard_ms: int) -> None:
        """Every turn has been said in full by the time anyone could stop it."""

    async def end_turn(self) -> None:
        """Every turn is heard whole: none is ever in progress."""

    async def events(self) -> AsyncIterator[ModelEvent]:
        while (event := await self._events.get()) is not None:
            yield event

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._events.put_nowait(None)

    def _speak(self, line: str, *, ends_call: bool = False) -> None:
        if self._closed:
            return
        item = f"agent-{next(self._ids)}"
        self._put(
            AgentAudio(item, Audio(line, self.pace.speaking_ms(line))),
            AgentText(item, line, final=True),
        )
        if ends_call:
            self._put(EndCallRequested())
        self._put(AgentDone())

    def _put(self, *events: ModelEvent) -> None:
        for event in events:
            self._events.put_nowait(event)
