"""A live call end to end: 46elks' socket → kundrost → the realtime model and back, with
both sides faked at their protocols, and the outcome recorded as a posted transcript."""

from __future__ import annotations

import logging

import pytest

from kundrost.domain.call_script import CONSENT_QUESTION, END_CALL_TOOL
from kundrost.domain.call_status import CallStatus, EndReason
from kundrost.domain.transcript import Speaker
from tests.adapters.elks.fake_elks_socket import AgentQuiet, Say, Step
from tests.adapters.openai.fake_realtime import Reply
from tests.unit.context_builders import STORE_NAME
from tests.voice.harness import SHOPPER, VoiceService

ANSWERS = [
    "Ja, det går bra.",
    "Surdegsbrödet var nybakat och fortfarande varmt, jättegott.",
]


async def test_the_greeting_discloses_the_ai_and_starts_within_a_second_of_hello(
    voice: VoiceService,
) -> None:
    session = await voice.place_call()
    call = await voice.answer(session, [AgentQuiet()]).run(timeout=3)

    assert call.first_sound_at is not None
    assert call.first_sound_at - call.hello_at <= 1.0
    assert call.kinds()[:2] == ["listening", "sending"]
    assert call.received[0] == {"t": "listening", "format": "ulaw"}
    assert call.received[1] == {"t": "sending", "format": "ulaw"}
    model = voice.model.sessions[0]
    opening = next(e for e in model.received if e["type"] == "response.create")
    said = opening["response"]["instructions"]
    assert "AI-assistent" in said
    assert STORE_NAME in said
    assert "i dag" in said
    assert said.rstrip('"').endswith(CONSENT_QUESTION)


async def test_the_session_asks_for_mu_law_both_ways_swedish_transcription_and_server_vad(
    voice: VoiceService,
) -> None:
    session = await voice.place_call()
    await voice.answer(session, [AgentQuiet()]).run(timeout=3)

    model = voice.model.sessions[0]
    assert model.model == "gpt-realtime-mini"
    config = model.config()
    audio = config["audio"]
    assert audio["input"]["format"] == {"type": "audio/pcmu"}
    assert audio["output"]["format"] == {"type": "audio/pcmu"}
    assert audio["input"]["transcription"]["language"] == "sv"
    detection = audio["input"]["turn_detection"]
    assert detection["type"] == "server_vad"
    assert (detection["create_response"], detection["interrupt_response"]) == (False, False)
    assert [tool["name"] for tool in config["tools"]] == [END_CALL_TOOL]
    assert "1. Hur lång var kön i kassan? (avdelning: Kassan)" in config["instructions"]
    assert model.kinds()[:2] == ["session.update", "response.create"]


async def test_a_conversation_is_recorded_like_a_posted_transcript_with_its_quality(
    voice: VoiceService, caplog: pytest.LogCaptureFixture
) -> None:
    voice.model.shopper_words = ANSWERS
    voice.model.replies = [
        "Vad roligt! Hur upplevde du bageriet?",
        Reply("Tack så mycket för dina svar, ha en fin dag!", ends_call=True),
    ]
    session = await voice.place_call()
    script: list[Step] = [AgentQuiet(), Say(600), AgentQuiet(), Say(1200), AgentQuiet()]
    with caplog.at_level(logging.INFO), caplog.at_level(logging.DEBUG, logger="kundrost"):
        call = await voice.answer(session, script).run(timeout=12)
        ended = await voice.settled(session.id)

    assert (ended.status, ended.end_reason) == (CallStatus.COMPLETED, EndReason.COMPLETED)
    assert call.bye_at is not None
    transcript = await voice.transcript(session.id)
    assert transcript is not None
    said = [(m.speaker, m.content) for m in transcript.messages]
    assert [speaker for speaker, _ in said] == [Speaker.AI, Speaker.CUSTOMER] * 2 + [Speaker.AI]
    assert said[1][1] == ANSWERS[0]
    assert said[3][1] == ANSWERS[1]
    assert said[4][1] == "Tack så mycket för dina svar, ha en fin dag!"
    times = [m.timestamp_ms for m in transcript.messages]
    assert times == sorted(times)
    assert [m.message_order for m in transcript.messages] == list(range(5))
    assert not any(m.interrupted for m in transcript.messages)
    assert transcript.total_duration_seconds == ended.duration_seconds
    assert ended.duration_seconds is not None
    assert 3 <= ended.duration_seconds <= 10

    quality = await voice.quality(session.id)
    assert quality is not None
    assert quality.first_audio_ms is not None
    assert quality.first_audio_ms <= 1000
    assert quality.response_latency_p50_ms is not None
    assert quality.response_latency_max_ms is not None
    assert 500 <= quality.response_latency_p50_ms <= quality.response_latency_max_ms <= 2500
    assert quality.barge_ins == 0

    lines = [r for r in caplog.records if r.name == "kundrost.voice" and "ended" in r.message]
    assert len(lines) == 1
    assert str(session.id) in lines[0].message
    assert "completed" in lines[0].message
    assert session.provider_call_id is not None
    assert session.provider_call_id in lines[0].message
    everything = caplog.text + "".join(str(r.__dict__) for r in caplog.records)
    for secret in (SHOPPER, SHOPPER[3:], *ANSWERS, "Surdegsbrödet"):
        assert secret not in everything
