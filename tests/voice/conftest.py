"""Fixtures of the live-call journeys: the two fakes and a served kundrost between them."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.adapters.elks.fake_elks import FakeElks
from tests.adapters.openai.fake_realtime import FakeRealtime
from tests.voice.harness import VoiceService, voice_container, voice_settings


@pytest.fixture
async def model() -> AsyncIterator[FakeRealtime]:
    fake = FakeRealtime()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def elks() -> FakeElks:
    return FakeElks()


@pytest.fixture
async def voice(model: FakeRealtime, elks: FakeElks) -> AsyncIterator[VoiceService]:
    settings = voice_settings(model)
    service = VoiceService(voice_container(settings, elks), settings, elks, model)
    await service.start()
    yield service
    await service.stop()
