"""LiveConversation: one answered call between the shopper's phone and the realtime model.

The legs only speak their protocols; the rules of the call are here:

- The model opens with the script's opening (the AI disclosure, the store and the purchase,
  and whether the shopper has a moment). It cannot be talked over: the disclosure must be
  heard. The first words after it decide consent; a clear no gets one polite goodbye.
- The model answers when the shopper stops speaking, never by itself. Words heard early in
  the call that are a voicemail greeting end it at once; a shopper who does not speak
  Swedish (`LanguageBarrierRule`) gets one short goodbye.
- Barge-in: speech over the agent's playing sound silences the phone (`interrupt`) and
  stops the agent's turn at the milliseconds the shopper heard (the marks are the clock).
- The clock (`LiveCallPolicy`): a wrap-up instruction, a hard end, silence, a model that
  does not start speaking.
- The end: a goodbye is played out first; then the phone is hung up, and the outcome says
  why the call ended. A lost phone or model ends the call at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from kundrost.application.live_ending import Ending, LiveOutcome
from kundrost.application.live_events import EventHandlers
from kundrost.application.live_playback import Playback
from kundrost.application.live_stats import CallStats
from kundrost.application.live_turns import TurnLog
from kundrost.domain.call_script import WRAP_UP, CallScript
from kundrost.domain.language_barrier import LanguageBarrierRule
from kundrost.domain.live_call_policy import LiveCallPolicy
from kundrost.ports.live_call import CallTime, ModelLeg, PhoneLeg

TICK_MS = 250
TRANSCRIPT_GRACE_MS = 2000
"""After the end, the shopper's last words may still be on their way from transcription."""

HangUp = Callable[[], Awaitable[None]]


def _nothing() -> None:
    return None


class LiveConversation(EventHandlers):
    """`run` holds the conversation and returns its outcome; `hang_up_network` ends the call
    on the phone network when the phone does not close after our goodbye. Times count from
    `answered_at` (`time.now_ms()` of the answer; now by default)."""

    def __init__(
        self,
        phone: PhoneLeg,
        model: ModelLeg,
        time: CallTime,
        script: CallScript,
        policy: LiveCallPolicy,
        language: LanguageBarrierRule,
        hang_up_network: HangUp,
        *,
        answered_at: int | None = None,
    ) -> None:
        self.phone, self.model, self.time = phone, model, time
        self.script, self.policy, self.language = script, policy, language
        self.hang_up_network = hang_up_network
        self.started = time.now_ms() if answered_at is None else answered_at
        self.turns, self.playback, self.stats = TurnLog(), Playback(), CallStats()
        self.talking = False
        self.opening_done_at: int | None = None
        self.ending: Ending | None = None
        self.ending_deadline = 0
        self.goodbye: str | None = None
        self.ended_at: int | None = None
        self.finished = asyncio.Event()
        self.phone_closed = asyncio.Event()
        self.shopper_speaking = False
        self.responding = False
        self.respond_when_done = False
        self.closing_asked = False
        self.wrapped = False
        self.speaking_item: str | None = None
        self.stopped_items: set[str] = set()
        self.discarding = False
        self.last_activity = 0
        self.on_transcribed = _nothing

    def now(self) -> int:
        return self.time.now_ms() - self.started

    async def run(self) -> LiveOutcome:
        await self.ask(self.model.say(self.script.opening))
        tasks = [
            asyncio.create_task(self._pump_phone()),
            asyncio.create_task(self._pump_model()),
            asyncio.create_task(self._tick()),
        ]
        finished = asyncio.create_task(self.finished.wait())
        try:
            done, _ = await asyncio.wait([*tasks, finished], return_when=asyncio.FIRST_COMPLETED)
            for task in done - {finished}:
                task.result()
            await self._close(tasks[1])
        finally:
            for task in (*tasks, finished):
                task.cancel()
            await asyncio.gather(*tasks, finished, return_exceptions=True)
            await self.model.close()
        assert self.ending is not None
        assert self.ended_at is not None
        return LiveOutcome.of(self.ending, self.ended_at, self.turns, self.stats)

    async def _pump_phone(self) -> None:
        async for event in self.phone.events():
            await self.on_phone(event)

    async def _pump_model(self) -> None:
        async for event in self.model.events():
            await self.on_model(event)

    async def _tick(self) -> None:
        hard_end = self.policy.max_seconds * 1000
        while not self.finished.is_set():
            now = self.now()
            await self.time.sleep_until(self.started + min(now + TICK_MS, max(hard_end, now)))
            await self.on_tick()

    async def on_tick(self) -> None:
        now = self.now()
        if now >= self.policy.max_seconds * 1000:
            return self.finish(Ending.TIME_LIMIT)
        if self.ending is not None:
            if now >= self.ending_deadline or (self.goodbye is None and self._quiet(now)):
                self.finish(self.ending)
            return None
        asked_at = self.stats.waiting_since()
        if asked_at is not None and now - asked_at >= self.policy.answer_seconds * 1000:
            return self.finish(Ending.MODEL_SILENT)
        if not self.wrapped and now >= self.policy.wrap_up_seconds * 1000:
            self.wrapped = True
            await self.model.instruct(WRAP_UP)
            if self._quiet(now) and not self.shopper_speaking:
                await self.ask(self.model.respond())
        quiet_since = max(self.last_activity, self.playback.ends_at())
        silent = self._quiet(now) and not self.shopper_speaking
        if silent and now - quiet_since >= self.policy.silence_seconds * 1000:
            await self.end(Ending.SILENCE, self.script_goodbye(Ending.SILENCE))
        return None

    def _quiet(self, now: int) -> bool:
        """Nothing is playing and the agent is not preparing a turn."""
        return not self.responding and not self.playback.playing(now)

    async def ask(self, request: Awaitable[None]) -> None:
        self.responding = True
        self.stats.asked(self.now())
        await request

    async def end(
        self, ending: Ending, goodbye: str | None = None, *, when_quiet: bool = False
    ) -> None:
        """End the call for `ending`: at once, once `goodbye` has been played, or (with
        `when_quiet`) once what is playing has been played."""
        if self.ending is not None or self.finished.is_set():
            return None
        self.ending, self.goodbye = ending, goodbye
        self.ending_deadline = self.now() + self.policy.goodbye_seconds * 1000
        if goodbye is None:
            return None if when_quiet else self.finish(ending)
        self.respond_when_done = False
        await self.silence_agent(count=False)
        if not self.responding:
            await self.ask(self.model.say(goodbye))
            self.goodbye = None
        return None

    def finish(self, ending: Ending) -> None:
        """The call is over now; at the time limit, over at the limit even when this
        moment came late (a typed turn may jump speaking time past it)."""
        if self.finished.is_set():
            return
        now = self.now()
        if ending is Ending.TIME_LIMIT:
            now = min(now, self.policy.max_seconds * 1000)
        self.ending, self.ended_at = ending, now
        item = self.speaking_item
        if item is not None and self.playback.playing(self.ended_at):
            self.turns.cut(item, self.heard_of(item, self.ended_at))
        self.finished.set()

    async def _close(self, model_pump: asyncio.Task[None]) -> None:
        """Hang up, then give the shopper's last words time to arrive from transcription."""
        if not self.phone_closed.is_set():
            await self.phone.hang_up()
        await self._wait(self.phone_closed, self.policy.hang_up_seconds * 1000)
        if not self.phone_closed.is_set():
            await self.hang_up_network()
        transcribed = asyncio.Event()
        self.on_transcribed = transcribed.set
        if self.shopper_speaking:
            await self.model.end_turn()
        if self.turns.untranscribed() and not model_pump.done():
            await self._wait(transcribed, TRANSCRIPT_GRACE_MS)

    async def _wait(self, event: asyncio.Event, ms: int) -> None:
        """Until `event` is set or `ms` of call time have passed."""
        waiting = asyncio.create_task(event.wait())
        sleeping = asyncio.create_task(self.time.sleep_until(self.time.now_ms() + ms))
        await asyncio.wait([waiting, sleeping], return_when=asyncio.FIRST_COMPLETED)
        for task in (waiting, sleeping):
            task.cancel()
