"""What the live conversation does with each event of its two legs (see live_conversation)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from kundrost.application.live_ending import Ending
from kundrost.application.live_playback import Playback
from kundrost.application.live_stats import CallStats
from kundrost.application.live_turns import TurnLog
from kundrost.domain.call_script import DECLINED_GOODBYE, LANGUAGE_GOODBYE, SILENCE_GOODBYE
from kundrost.domain.consent import Consent, consent_of
from kundrost.domain.language_barrier import LanguageBarrierRule
from kundrost.domain.live_call_policy import LiveCallPolicy
from kundrost.domain.transcript import Speaker
from kundrost.domain.voicemail import sounds_like_voicemail
from kundrost.ports.live_call import (
    AgentAudio,
    AgentDone,
    AgentText,
    EndCallRequested,
    ModelEvent,
    ModelLeg,
    ModelLost,
    PhoneClose,
    PhoneClosed,
    PhoneEvent,
    PhoneLeg,
    Played,
    ShopperAudio,
    ShopperSaid,
    SpeechStarted,
    SpeechStopped,
)

CONSENT_OVERLAP_MS = 1500
"""An answer to the request for a minute may start while its last words still play."""


_GOODBYES = {
    Ending.DECLINED: DECLINED_GOODBYE,
    Ending.LANGUAGE_BARRIER: LANGUAGE_GOODBYE,
    Ending.SILENCE: SILENCE_GOODBYE,
}


class EventHandlers:
    """The handlers of `LiveConversation`, which holds the state they read and change."""

    phone: PhoneLeg
    model: ModelLeg
    policy: LiveCallPolicy
    language: LanguageBarrierRule
    turns: TurnLog
    playback: Playback
    stats: CallStats
    talking: bool
    opening_done_at: int | None
    ending: Ending | None
    goodbye: str | None
    finished: asyncio.Event
    phone_closed: asyncio.Event
    shopper_speaking: bool
    responding: bool
    respond_when_done: bool
    closing_asked: bool
    speaking_item: str | None
    discarding: bool
    stopped_items: set[str]
    last_activity: int
    on_transcribed: Callable[[], None]

    def now(self) -> int:
        raise NotImplementedError

    async def ask(self, request: Awaitable[None]) -> None:
        raise NotImplementedError

    async def end(
        self, ending: Ending, goodbye: str | None = None, *, when_quiet: bool = False
    ) -> None:
        raise NotImplementedError

    def finish(self, ending: Ending) -> None:
        raise NotImplementedError

    def opening_over(self, at_ms: int) -> bool:
        """Whether the opening had been played out by `at_ms`: until then it cannot be
        talked over, and nothing said counts as an answer to it."""
        return self.opening_done_at is not None and at_ms >= self.opening_done_at

    @staticmethod
    def script_goodbye(ending: Ending) -> str | None:
        return _GOODBYES.get(ending)

    async def on_phone(self, event: PhoneEvent) -> None:
        if isinstance(event, ShopperAudio):
            if not self.finished.is_set():
                self.stats.inbound_ms += event.audio.ms
                await self.model.hear(event.audio)
        elif isinstance(event, Played):
            self.playback.played(self.now())
        elif isinstance(event, PhoneClosed):
            self.phone_closed.set()
            hung_up = event.reason in (PhoneClose.HANGUP, PhoneClose.DONE)
            self.finish(Ending.SHOPPER_HUNG_UP if hung_up else Ending.PHONE_LOST)

    async def on_model(self, event: ModelEvent) -> None:
        if isinstance(event, ModelLost):
            return self.finish(Ending.MODEL_LOST)
        if isinstance(event, ShopperSaid):
            return await self._shopper_said(event)
        if self.finished.is_set():
            return None
        if isinstance(event, AgentAudio):
            await self._agent_audio(event)
        elif isinstance(event, AgentText):
            self.turns.agent_text(event.item_id, event.text, final=event.final)
        elif isinstance(event, SpeechStarted):
            await self._speech_started(event)
        elif isinstance(event, SpeechStopped):
            await self._speech_stopped(event)
        elif isinstance(event, AgentDone):
            await self._agent_done(event)
        elif isinstance(event, EndCallRequested):
            self.closing_asked = True
        return None

    async def _speech_started(self, event: SpeechStarted) -> None:
        self.shopper_speaking = True
        self.last_activity = max(self.last_activity, self.now())
        self.turns.shopper_started(event.item_id, event.at_ms)
        if self.ending is None and self.opening_over(self.now()):
            await self.silence_agent(count=True)

    async def _speech_stopped(self, event: SpeechStopped) -> None:
        self.shopper_speaking = False
        self.last_activity = max(self.last_activity, self.now(), event.at_ms)
        self.turns.shopper_started(event.item_id, event.at_ms)
        if self.ending is not None or not self.opening_over(event.at_ms):
            return
        self.stats.shopper_stopped(event.at_ms)
        if not self.talking:
            return
        if self.responding:
            self.respond_when_done = True
        else:
            await self.ask(self.model.respond())

    async def _shopper_said(self, event: ShopperSaid) -> None:
        started = self.turns.shopper.get(event.item_id)
        turn = self.turns.shopper_said(event.item_id, event.text, self.now(), event.clarity)
        if not self.turns.untranscribed():
            self.on_transcribed()
        if self.finished.is_set() or self.ending is not None or not event.text.strip():
            return
        self.last_activity = max(self.last_activity, self.now())
        if turn.at_ms < self.policy.voicemail_seconds * 1000 and sounds_like_voicemail(event.text):
            return await self.end(Ending.VOICEMAIL)
        customer = [m for m in self.turns.messages() if m.speaker is Speaker.CUSTOMER]
        if self.language.reached(customer):
            return await self.end(Ending.LANGUAGE_BARRIER, LANGUAGE_GOODBYE)
        start = turn.at_ms if started is None else started.at_ms
        if self.talking or not self.opening_over(start + CONSENT_OVERLAP_MS):
            return None
        if consent_of(event.text) is Consent.NO:
            return await self.end(Ending.DECLINED, DECLINED_GOODBYE)
        self.talking = True
        if not self.responding and not self.shopper_speaking:
            await self.ask(self.model.respond())
        return None

    async def _agent_audio(self, event: AgentAudio) -> None:
        if self.discarding or event.item_id in self.stopped_items:
            return
        now = self.now()
        plays_at = max(self.playback.start_of_next(now), self.last_activity)
        if self.turns.agent_audio(event.item_id, event.audio.ms, plays_at):
            self.stats.agent_sound(plays_at, now)
        self.speaking_item = event.item_id
        await self.phone.play(event.audio)
        if self.playback.sent(event.audio.ms, now):
            await self._mark()

    async def _agent_done(self, event: AgentDone) -> None:
        self.responding = self.discarding = False
        self.stats.answered()
        self.stats.tokens(event.input_tokens, event.output_tokens)
        await self._mark()
        if self.opening_done_at is None:
            self.opening_done_at = self.playback.ends_at()
        if self.ending is not None:
            if self.goodbye is not None:
                goodbye, self.goodbye = self.goodbye, None
                await self.ask(self.model.say(goodbye))
            return
        if self.closing_asked:
            return await self.end(Ending.COMPLETED, when_quiet=True)
        if self.respond_when_done and not self.shopper_speaking:
            self.respond_when_done = False
            await self.ask(self.model.respond())

    async def _mark(self) -> None:
        if self.playback.sent_ms and self.playback.playing(self.now()):
            await self.phone.mark()
            self.playback.marked()

    def heard_of(self, item_id: str, now: int) -> int:
        """How much of the agent's turn `item_id` the shopper has heard by `now`."""
        turn = self.turns.agent[item_id]
        start_in_stream = self.playback.sent_ms - turn.received_ms
        return max(0, self.playback.position(now) - max(0, start_in_stream))

    async def silence_agent(self, *, count: bool) -> None:
        """Stop the agent's turn: the phone drops its queued sound, the model keeps only
        what was heard. `count` a barge-in when sound was playing."""
        now = self.now()
        item = self.speaking_item
        playing = self.playback.playing(now)
        if not playing and not self.responding:
            return
        if playing:
            self.stats.barge_ins += count
            await self.phone.interrupt()
        if item is not None and playing:
            heard = self.heard_of(item, now)
            self.turns.cut(item, heard)
            self.stopped_items.add(item)
            await self.model.stop(item, heard)
        elif self.responding:
            await self.model.stop("", 0)
        self.discarding = self.responding
        self.playback.interrupted(now)
        self.speaking_item = None
