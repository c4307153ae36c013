"""Any API process can take any call: the match and the claim go through the shared storage
and cache, so two kundrost processes (here two served apps with containers of their own,
on one PostgreSQL and one Redis) need nothing from each other."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import asyncpg
import pytest

from kundrost.domain.call_status import CallStatus
from tests import services
from tests.adapters.elks.fake_elks import FakeElks
from tests.adapters.elks.fake_elks_socket import AgentQuiet, Say, Step
from tests.adapters.openai.fake_realtime import FakeRealtime, Reply
from tests.voice.harness import VoiceService, voice_container, voice_settings


@pytest.fixture
async def two_processes(
    model: FakeRealtime, elks: FakeElks
) -> AsyncIterator[tuple[VoiceService, VoiceService]]:
    database, redis = services.database_url(), services.redis_url()
    schema, prefix = services.schema_name("voice"), services.key_prefix("voice")
    shared = {
        "storage": "postgres",
        "database_url": database,
        "database_schema": schema,
        "auto_migrate": True,
        "cache": "redis",
        "queue": "redis",
        "redis_url": redis,
        "redis_prefix": prefix,
    }
    settings = voice_settings(model, **shared)
    first = VoiceService(voice_container(settings, elks), settings, elks, model)
    second = VoiceService(voice_container(settings, elks), settings, elks, model)
    await first.start()
    await second.start()
    try:
        yield first, second
    finally:
        await second.stop()
        await first.stop()
        connection = await asyncpg.connect(database)
        try:
            await connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await connection.close()
        await services.delete_keys(redis, prefix)


async def test_a_call_placed_by_one_process_is_taken_by_another(
    two_processes: tuple[VoiceService, VoiceService], model: FakeRealtime
) -> None:
    placing, answering = two_processes
    model.shopper_words = ["Ja.", "Kassan gick fort och personalen var glad."]
    model.replies = ["Bra. Hur lång var kön?", Reply("Tack, hej då!", ends_call=True)]
    session = await placing.place_call()
    script: list[Step] = [AgentQuiet(), Say(500), AgentQuiet(), Say(1000), AgentQuiet()]
    await answering.answer(session, script).run(timeout=12)
    ended = await placing.settled(session.id)

    assert ended.status is CallStatus.COMPLETED
    assert await placing.transcript(session.id) is not None


async def test_of_two_hellos_for_one_call_in_two_processes_exactly_one_is_taken(
    two_processes: tuple[VoiceService, VoiceService],
) -> None:
    first, second = two_processes
    session = await first.place_call()
    calls = [first.answer(session, [AgentQuiet()]), second.answer(session, [AgentQuiet()])]
    await asyncio.gather(*(call.run(timeout=5) for call in calls))

    heard = [call.first_sound_at is not None for call in calls]
    assert sorted(heard) == [False, True]
    refused = calls[heard.index(False)]
    assert refused.bye_at is not None
