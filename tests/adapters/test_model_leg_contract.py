"""ModelLeg contract: every realtime model leg (offline, OpenAI over its fake) alike."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from attrs import define

from kundrost.adapters.offline.realtime_model import OfflineRealtimeModel
from kundrost.adapters.offline.speech_time import SpeechTime
from kundrost.adapters.openai.realtime import OpenAIRealtime
from kundrost.domain.call_script import WRAP_UP, CallScript
from kundrost.domain.conversation import plan_conversation
from kundrost.ports.live_call import (
    AgentAudio,
    AgentDone,
    AgentText,
    Audio,
    EndCallRequested,
    ModelEvent,
    ModelLeg,
    ModelLost,
    ModelUnavailable,
    ShopperSaid,
    SpeechStarted,
    SpeechStopped,
)
from tests.adapters.openai.fake_realtime import API_KEY, FakeRealtime, Reply
from tests.unit.context_builders import a_business_context, a_visit

SCRIPT = CallScript.for_plan(plan_conversation(a_business_context(), a_visit(), 0))
WORDS = "Kön i kassan var kort i dag."


@define
class Setup:
    """A connected, started leg and how its far end speaks: `sound(words)` is the shopper
    saying `words` followed by enough silence to end the turn."""

    leg: ModelLeg
    sound: Callable[[str], list[Audio]]
    fake: FakeRealtime | None = None


def ulaw(byte: int, ms: int) -> Audio:
    return Audio(base64.b64encode(bytes([byte]) * (8 * ms)).decode(), ms)


async def offline() -> AsyncIterator[Setup]:
    time = SpeechTime()
    leg = OfflineRealtimeModel(time).leg()
    await leg.connect()
    await leg.start(SCRIPT)
    yield Setup(leg, lambda words: [Audio(words, 1500)])


async def openai() -> AsyncIterator[Setup]:
    fake = FakeRealtime(shopper_words=[WORDS], replies=[Reply("Hur lång var kön?")])
    await fake.start()
    leg = OpenAIRealtime(api_key=API_KEY, websocket_url=fake.url).leg()
    await leg.connect()
    await leg.start(SCRIPT)

    def sound(words: str) -> list[Audio]:
        return [ulaw(0x30, 20) for _ in range(50)] + [ulaw(0xFF, 20) for _ in range(40)]

    try:
        yield Setup(leg, sound, fake)
    finally:
        await leg.close()
        await fake.stop()


SETUPS: dict[str, Callable[[], AsyncIterator[Setup]]] = {"offline": offline, "openai": openai}


@pytest.fixture(params=sorted(SETUPS))
async def setup(request: pytest.FixtureRequest) -> AsyncIterator[Setup]:
    async for made in SETUPS[request.param]():
        yield made


async def until(leg: ModelLeg, last: type, limit: float = 5.0) -> list[ModelEvent]:
    """The leg's events up to and including the first of type `last`."""
    seen: list[ModelEvent] = []

    async def read() -> None:
        async for event in leg.events():
            seen.append(event)
            if isinstance(event, last):
                return

    await asyncio.wait_for(read(), limit)
    return seen


def spoken(events: list[ModelEvent]) -> str:
    final = [e.text for e in events if isinstance(e, AgentText) and e.final]
    return final[-1] if final else "".join(e.text for e in events if isinstance(e, AgentText))


async def test_say_speaks_the_line_word_for_word_then_ends_the_turn(setup: Setup) -> None:
    await setup.leg.say("Har du tid en stund nu?")
    events = await until(setup.leg, AgentDone)

    sounds = [e for e in events if isinstance(e, AgentAudio)]
    assert sounds
    assert sum(e.audio.ms for e in sounds) > 0
    assert len({e.item_id for e in sounds}) == 1
    assert spoken(events).strip() == "Har du tid en stund nu?"
    assert isinstance(events[-1], AgentDone)


async def test_the_shoppers_speech_is_reported_started_stopped_then_in_words(
    setup: Setup,
) -> None:
    for audio in setup.sound(WORDS):
        await setup.leg.hear(audio)
    events = await until(setup.leg, ShopperSaid)

    kinds = [type(e) for e in events]
    assert kinds == [SpeechStarted, SpeechStopped, ShopperSaid]
    started, stopped, said = events
    assert isinstance(started, SpeechStarted)
    assert isinstance(stopped, SpeechStopped)
    assert isinstance(said, ShopperSaid)
    assert started.item_id == stopped.item_id == said.item_id
    assert 0 <= started.at_ms < stopped.at_ms
    assert said.text == WORDS
    assert said.clarity is not None
    assert 0 < said.clarity <= 1


async def test_hearing_never_makes_the_agent_answer_by_itself(setup: Setup) -> None:
    for audio in setup.sound(WORDS):
        await setup.leg.hear(audio)
    await until(setup.leg, ShopperSaid)
    await setup.leg.say("Tack.")
    events = await until(setup.leg, AgentDone)

    assert spoken(events).strip() == "Tack."


async def test_respond_takes_a_turn_of_the_agents_own(setup: Setup) -> None:
    await setup.leg.respond()
    events = await until(setup.leg, AgentDone)

    assert any(isinstance(e, AgentAudio) for e in events)
    assert spoken(events).strip()


async def test_after_the_wrap_up_instruction_the_agent_closes_and_asks_to_hang_up(
    setup: Setup,
) -> None:
    if setup.fake is not None:
        setup.fake.replies = [Reply(SCRIPT.closing, ends_call=True)]
    await setup.leg.instruct(WRAP_UP)
    await setup.leg.respond()
    events = await until(setup.leg, AgentDone)

    assert spoken(events).strip() == SCRIPT.closing
    assert any(isinstance(e, EndCallRequested) for e in events)


async def test_after_close_the_events_end_without_a_loss(setup: Setup) -> None:
    await setup.leg.close()
    events = [event async for event in setup.leg.events()]

    assert not any(isinstance(e, ModelLost) for e in events)
    await setup.leg.say("ignored")


async def test_an_openai_connection_that_is_refused_is_unavailable() -> None:
    fake = FakeRealtime(refuse_status=401)
    await fake.start()
    try:
        with pytest.raises(ModelUnavailable):
            await OpenAIRealtime(api_key=API_KEY, websocket_url=fake.url).leg().connect()
    finally:
        await fake.stop()


async def test_an_openai_connection_that_drops_is_reported_lost() -> None:
    fake = FakeRealtime(drop_after_ms=50)
    await fake.start()
    leg = OpenAIRealtime(api_key=API_KEY, websocket_url=fake.url).leg()
    try:
        await leg.connect()
        await leg.start(SCRIPT)
        events = await until(leg, ModelLost)
        assert isinstance(events[-1], ModelLost)
        await leg.say("Hallå?")
    finally:
        await leg.close()
        await fake.stop()


async def test_openai_stop_cancels_the_turn_and_truncates_it_at_what_was_heard() -> None:
    fake = FakeRealtime(replies=[Reply("En lång fråga " * 20, ms_per_char=40)], speed=1.0)
    await fake.start()
    leg: Any = OpenAIRealtime(api_key=API_KEY, websocket_url=fake.url).leg()
    try:
        await leg.connect()
        await leg.start(SCRIPT)
        await leg.respond()
        first = await until(leg, AgentAudio)
        assert isinstance(first[-1], AgentAudio)
        item = first[-1].item_id
        await leg.stop(item, 120)
        events = await until(leg, AgentDone)
        assert isinstance(events[-1], AgentDone)
        assert fake.sessions[0].truncations == [(item, 120)]
        assert "response.cancel" in fake.sessions[0].kinds()
    finally:
        await leg.close()
        await fake.stop()
