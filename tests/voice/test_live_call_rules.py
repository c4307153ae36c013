"""Our rules on a live call, end to end over both fakes: consent, barge-in, the clock,
voicemail and the language barrier."""

from __future__ import annotations

import pytest

from kundrost.domain.call_script import (
    DECLINED_GOODBYE,
    LANGUAGE_GOODBYE,
    SILENCE_GOODBYE,
    WRAP_UP,
)
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.errors import NotRetryable
from kundrost.domain.transcript import Speaker
from tests.adapters.elks.fake_elks_socket import AgentQuiet, AgentSpeaks, Pause, Say, Step
from tests.adapters.openai.fake_realtime import Reply
from tests.voice.harness import FAST, VoiceService

QUESTION = "Vad bra att du har tid. Jag undrar hur du upplevde kön i kassan i dag, var den lång?"


def said_lines(voice: VoiceService) -> list[str]:
    """What kundrost told the model to say word for word, in order."""
    created = [e for e in voice.model.sessions[0].received if e["type"] == "response.create"]
    return [e["response"]["instructions"].split(': "', 1)[1][:-1] for e in created if e["response"]]


async def test_a_no_to_the_request_for_a_minute_ends_politely_with_no_feedback_and_no_retry(
    voice: VoiceService,
) -> None:
    voice.model.shopper_words = ["Nej tack, jag har inte tid just nu."]
    session = await voice.place_call()
    call = await voice.answer(session, [AgentQuiet(), Say(700)]).run(timeout=10)
    ended = await voice.settled(session.id)

    assert said_lines(voice)[-1] == DECLINED_GOODBYE
    assert call.bye_at is not None
    assert (ended.status, ended.end_reason) == (CallStatus.ABANDONED, EndReason.DECLINED)
    assert await voice.transcript(session.id) is None
    with pytest.raises(NotRetryable):
        await voice.container.retry_call()(session.id)


async def test_speech_over_the_agent_interrupts_it_and_truncates_what_was_heard(
    voice: VoiceService,
) -> None:
    voice.model.shopper_words = ["Ja.", "Förlåt, jag hörde inte frågan."]
    voice.model.replies = [Reply(QUESTION, ms_per_char=40)]
    session = await voice.place_call()
    script: list[Step] = [AgentQuiet(), Say(500), AgentSpeaks(after_ms=900), Say(900), AgentQuiet()]
    call = await voice.answer(session, script).run(timeout=12)
    await voice.settled(session.id)

    assert call.interrupts == 1
    kinds = call.kinds()
    interrupt = kinds.index("interrupt")
    assert "sending" in kinds[interrupt:]
    assert kinds[interrupt:].index("sending") < kinds[interrupt:].index("audio")
    ((item, heard_ms),) = voice.model.sessions[0].truncations
    assert item.startswith("item_")
    assert 700 <= heard_ms <= 1700
    transcript = await voice.transcript(session.id)
    assert transcript is not None
    cut = [m for m in transcript.messages if m.interrupted]
    assert len(cut) == 1
    assert cut[0].speaker is Speaker.AI
    heard = cut[0].content
    assert QUESTION.startswith(heard)
    assert 2 <= len(heard.split()) <= len(QUESTION.split()) // 2
    assert (await voice.quality(session.id)).barge_ins == 1  # type: ignore[union-attr]


async def test_near_the_limit_the_agent_is_told_to_wrap_up(voice: VoiceService) -> None:
    voice.model.shopper_words = ["Ja.", "Kön var kort och personalen var trevlig i kassan."]
    voice.model.replies = [Reply("Härligt. Hur lång var kön i kassan?", ms_per_char=40)]
    session = await voice.place_call()
    script: list[Step] = [AgentQuiet(), Say(500), AgentQuiet(), Say(2500), AgentQuiet()]
    await voice.answer(session, script).run(timeout=14)
    await voice.settled(session.id)

    assert voice.model.sessions[0].instructions == [WRAP_UP]


async def test_at_the_limit_the_call_ends_and_the_network_hangs_up_if_46elks_does_not(
    voice: VoiceService,
) -> None:
    voice.model.shopper_words = ["Ja."]
    long = "Vad bra. " + "Berätta gärna om allt du såg i butiken i dag. " * 4
    voice.model.replies = [Reply(long, ms_per_char=60)]
    session = await voice.place_call()
    call = voice.answer(session, [AgentQuiet(), Say(500)], answers_bye=False)
    await call.run(timeout=FAST.max_seconds + 4)
    ended = await voice.settled(session.id)

    assert call.bye_at is not None
    assert FAST.max_seconds - 0.5 <= call.bye_at - call.hello_at <= FAST.max_seconds + 1.0
    assert voice.elks.hangups == [session.provider_call_id]
    assert ended.duration_seconds == FAST.max_seconds
    assert ended.end_reason is EndReason.TIMEOUT


async def test_silence_ends_the_call_politely(voice: VoiceService) -> None:
    voice.model.shopper_words = ["Ja, visst."]
    voice.model.replies = ["Fint. Hur lång var kön i kassan?"]
    session = await voice.place_call()
    call = await voice.answer(session, [AgentQuiet(), Say(600)]).run(timeout=12)
    ended = await voice.settled(session.id)

    assert said_lines(voice)[-1] == SILENCE_GOODBYE
    assert call.bye_at is not None
    assert call.bye_at - call.hello_at < FAST.max_seconds
    assert ended.end_reason is EndReason.TIMEOUT


async def test_a_voicemail_greeting_ends_the_call_as_no_answer_so_it_is_retried(
    voice: VoiceService,
) -> None:
    voice.model.shopper_words = [
        "Hej, du har kommit till Annas röstbrevlåda. Lämna ett meddelande efter tonen."
    ]
    session = await voice.place_call()
    call = await voice.answer(session, [Pause(200), Say(1500)]).run(timeout=10)
    ended = await voice.settled(session.id)

    assert call.bye_at is not None
    assert (ended.status, ended.failure_reason) == (CallStatus.FAILED, FailureReason.NO_ANSWER)
    assert await voice.transcript(session.id) is None
    retried = await voice.container.retry_call()(session.id)
    assert (retried.status, retried.attempt) == (CallStatus.PENDING, 2)


async def test_a_shopper_who_does_not_speak_swedish_gets_one_short_goodbye(
    voice: VoiceService,
) -> None:
    voice.model.shopper_words = [
        "Sorry, I don't speak Swedish.",
        "I am sorry, can we do this in English please?",
    ]
    voice.model.replies = ["Samtalet hålls på svenska. Hur lång var kön i kassan?"]
    session = await voice.place_call()
    script: list[Step] = [AgentQuiet(), Say(800), AgentQuiet(), Say(800)]
    await voice.answer(session, script).run(timeout=12)
    ended = await voice.settled(session.id)

    lines = said_lines(voice)
    assert lines[-1] == LANGUAGE_GOODBYE
    assert lines.count(LANGUAGE_GOODBYE) == 1
    assert (ended.status, ended.end_reason) == (CallStatus.ABANDONED, EndReason.LANGUAGE_BARRIER)
    assert await voice.transcript(session.id) is None
