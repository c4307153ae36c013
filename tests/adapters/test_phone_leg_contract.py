"""PhoneLeg contract: every phone leg (46elks' realtime socket, a terminal) alike."""

from __future__ import annotations

import asyncio
import base64
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
import uvicorn
from attrs import define, field
from litestar import Litestar, WebSocket, websocket

from kundrost.adapters.elks.phone_leg import ElksPhoneLeg
from kundrost.adapters.offline.speech_time import SpeechTime
from kundrost.adapters.terminal import TerminalPhoneLeg
from kundrost.ports.live_call import (
    Audio,
    Hello,
    PhoneClose,
    PhoneClosed,
    PhoneEvent,
    PhoneLeg,
    PhoneRefused,
    Played,
    ShopperAudio,
)
from tests.adapters.elks.fake_elks_socket import ElksCall

ELKS_HELLO = ("call-1", "+46766861004", "+46701234567")
HELLO = Hello(*ELKS_HELLO)
SOUND = Audio(base64.b64encode(b"\x2a" * 1600).decode(), 200)


@define
class Setup:
    """An answered leg, and its far end: `speak()` the shopper says something,
    `hang_up()` the shopper hangs up, `heard()` how many pieces of sound were played to
    them, `ended()` whether they were told the call is over."""

    leg: PhoneLeg
    hello: Hello
    speak: Callable[[], Awaitable[None]]
    hang_up: Callable[[], Awaitable[None]]
    heard: Callable[[], int]
    ended: Callable[[], bool]


@define
class LegServer:
    """A served Litestar socket that hands each accepted 46elks leg to the test."""

    legs: asyncio.Queue[ElksPhoneLeg] = field(factory=asyncio.Queue)
    released: asyncio.Event = field(factory=asyncio.Event)
    port: int = 0
    server: uvicorn.Server | None = None

    async def start(self) -> asyncio.Task[None]:
        @websocket("/voice")
        async def handler(socket: WebSocket[Any, Any, Any]) -> None:
            await socket.accept()
            leg = ElksPhoneLeg(socket, hello_seconds=1.0)
            await self.legs.put(leg)
            await self.released.wait()
            await leg.close()

        app = Litestar([handler])
        self.server = uvicorn.Server(uvicorn.Config(app, port=0, log_config=None))
        task = asyncio.create_task(self.server.serve())
        while not self.server.started:
            await asyncio.sleep(0.01)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return task


@contextlib.asynccontextmanager
async def served() -> AsyncIterator[LegServer]:
    server = LegServer()
    task = await server.start()
    try:
        yield server
    finally:
        server.released.set()
        assert server.server is not None
        server.server.should_exit = True
        await task


async def elks() -> AsyncIterator[Setup]:
    async with served() as server:
        call = ElksCall(f"ws://127.0.0.1:{server.port}/voice", *ELKS_HELLO)
        far = asyncio.create_task(call.run(timeout=10))
        leg = await server.legs.get()
        hello = await leg.answer()

        async def speak() -> None:
            call.speak(300)

        try:
            yield Setup(
                leg,
                hello,
                speak,
                call.hang_up,
                lambda: call.kinds().count("audio"),
                lambda: call.bye_at is not None,
            )
        finally:
            server.released.set()
            await far


async def terminal() -> AsyncIterator[Setup]:
    lines: asyncio.Queue[str | None] = asyncio.Queue()
    shown: list[str] = []
    leg = TerminalPhoneLeg(HELLO, lines.get, shown.append, SpeechTime(), quiet_seconds=0.02)
    hello = await leg.answer()

    async def speak() -> None:
        await lines.put("Det var bra.")

    async def hang_up() -> None:
        await lines.put(None)

    try:
        yield Setup(
            leg,
            hello,
            speak,
            hang_up,
            lambda: sum(1 for line in shown if line.startswith("Agent:")),
            lambda: any("avslutat" in line for line in shown),
        )
    finally:
        await leg.close()


SETUPS = {"46elks": elks, "terminal": terminal}


@pytest.fixture(params=sorted(SETUPS))
async def setup(request: pytest.FixtureRequest) -> AsyncIterator[Setup]:
    async for made in SETUPS[request.param]():
        yield made


async def next_of(leg: PhoneLeg, kind: type, limit: float = 3.0) -> list[PhoneEvent]:
    seen: list[PhoneEvent] = []

    async def read() -> None:
        async for event in leg.events():
            seen.append(event)
            if isinstance(event, kind):
                return

    await asyncio.wait_for(read(), limit)
    return seen


async def test_answer_returns_the_calls_hello(setup: Setup) -> None:
    assert setup.hello == HELLO


async def test_the_shoppers_speech_arrives_as_sound(setup: Setup) -> None:
    await setup.leg.play(SOUND)
    await setup.speak()
    events = await next_of(setup.leg, ShopperAudio)

    assert isinstance(events[-1], ShopperAudio)
    assert events[-1].audio.ms > 0


async def test_a_mark_comes_back_once_what_was_played_before_it_was_heard(
    setup: Setup,
) -> None:
    await setup.leg.play(SOUND)
    await setup.leg.mark()
    await next_of(setup.leg, Played)

    assert setup.heard() == 1


async def test_hanging_up_tells_the_far_end_and_the_events_end(setup: Setup) -> None:
    await setup.leg.hang_up()
    events = await next_of(setup.leg, PhoneClosed)

    assert isinstance(events[-1], PhoneClosed)
    assert setup.ended()


async def test_the_shopper_hanging_up_ends_the_events(setup: Setup) -> None:
    await setup.leg.play(SOUND)
    await setup.hang_up()
    events = await next_of(setup.leg, PhoneClosed)

    assert events[-1] == PhoneClosed(PhoneClose.HANGUP)


async def test_after_the_leg_closed_every_command_is_a_no_op(setup: Setup) -> None:
    await setup.leg.play(SOUND)
    await setup.hang_up()
    await next_of(setup.leg, PhoneClosed)
    await setup.leg.play(SOUND)
    await setup.leg.mark()
    await setup.leg.interrupt()
    await setup.leg.hang_up()
    await setup.leg.close()


async def test_46elks_hears_sending_before_sound_and_again_after_an_interrupt() -> None:
    async with served() as server:
        call = ElksCall(f"ws://127.0.0.1:{server.port}/voice", *ELKS_HELLO)
        far = asyncio.create_task(call.run(timeout=5))
        leg = await server.legs.get()
        await leg.answer()
        await leg.play(SOUND)
        await leg.interrupt()
        await leg.play(SOUND)
        await leg.mark()
        await next_of(leg, Played)
        await leg.hang_up()
        await far
        assert call.kinds() == [
            "listening",
            "sending",
            "audio",
            "interrupt",
            "sending",
            "audio",
            "sync",
            "bye",
        ]
        assert call.dropped_ms == 0


async def test_a_46elks_socket_that_drops_is_closed_as_lost() -> None:
    async with served() as server:
        call = ElksCall(f"ws://127.0.0.1:{server.port}/voice", "c", "a", "b", [])
        far = asyncio.create_task(call.run(timeout=5))
        leg = await server.legs.get()
        await leg.answer()
        assert call._socket is not None
        call._socket.transport.abort()
        events = await next_of(leg, PhoneClosed)
        assert events[-1] == PhoneClosed(PhoneClose.LOST)
        await far


async def test_a_46elks_socket_that_does_not_start_with_hello_is_refused() -> None:
    async with served() as server:
        from websockets.asyncio.client import connect

        async with connect(f"ws://127.0.0.1:{server.port}/voice") as socket:
            await socket.send('{"t": "audio", "data": ""}')
            leg = await server.legs.get()
            with pytest.raises(PhoneRefused):
                await leg.answer()
