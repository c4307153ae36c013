"""A live call held on the offline legs: the offline model asks, a scripted person at a
terminal answers, on speaking time — the rules at their real numbers, in milliseconds."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from attrs import define, field
from dependency_injector import providers

from kundrost.adapters.offline.realtime_model import OfflineRealtimeModel
from kundrost.adapters.offline.speech_time import SpeechTime
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.terminal import TerminalPhoneLeg
from kundrost.application.live_ending import LiveOutcome
from kundrost.container import Container, build_container, connect
from kundrost.domain.call_session import CallSession
from kundrost.domain.transcript import Transcript
from kundrost.ports.live_call import Hello
from kundrost.settings import Settings
from tests.unit.context_builders import a_business_context
from tests.voice.harness import SHOPPER, place_call


@define
class Typed:
    """A call answered at a terminal by someone who types `lines` (None hangs up)."""

    container: Container
    telephony: SimulatedTelephony
    shown: list[str] = field(factory=list)

    async def call(self, lines: Sequence[str | None]) -> tuple[LiveOutcome, CallSession]:
        session = await place_call(self.container)
        typed: asyncio.Queue[str | None] = asyncio.Queue()
        for line in lines:
            typed.put_nowait(line)
        typed.put_nowait(None)
        speech = SpeechTime()
        assert session.provider_call_id is not None
        hello = Hello(session.provider_call_id, "+46766860000", SHOPPER)
        phone = TerminalPhoneLeg(hello, typed.get, self.shown.append, speech, quiet_seconds=0.01)
        take_call = self.container.take_call(
            realtime=OfflineRealtimeModel(speech), call_time=speech
        )
        try:
            outcome = await asyncio.wait_for(take_call(phone), 10)
        finally:
            await phone.close()
        await self.container.job_queue().drain()
        return outcome, (await self.container.call_status()(session.id)).session

    async def transcript(self, session: CallSession) -> Transcript | None:
        async with self.container.new_uow()() as uow:
            return await uow.transcripts.for_session(session.id)

    def agent_lines(self) -> list[str]:
        return [line.removeprefix("Agent: ") for line in self.shown if line.startswith("Agent:")]


@pytest.fixture
async def typed() -> Typed:
    container = build_container(Settings.embedded(seed=7))
    telephony = SimulatedTelephony()
    container.telephony.override(providers.Object(telephony))
    connect(container)
    await container.put_context()(a_business_context())
    return Typed(container, telephony)
