"""How a live call can end besides our rules: the shopper hangs up, a side's connection
breaks; and the legs that are not ours, refused."""

from __future__ import annotations

import asyncio

from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from tests.adapters.elks.fake_elks_socket import AgentQuiet, Drop, HangUp, Say, Step
from tests.voice.harness import VoiceService


async def test_a_shopper_who_hangs_up_has_the_transcript_so_far_recorded(
    voice: VoiceService,
) -> None:
    voice.model.shopper_words = ["Ja.", "Kön i kassan var lång men personalen var snabb."]
    voice.model.replies = ["Bra. Hur lång var kön i kassan?"]
    session = await voice.place_call()
    script: list[Step] = [AgentQuiet(), Say(500), AgentQuiet(), Say(1500), HangUp()]
    await voice.answer(session, script).run(timeout=12)
    ended = await voice.settled(session.id)

    assert (ended.status, ended.end_reason) == (CallStatus.COMPLETED, EndReason.CUSTOMER_HANGUP)
    transcript = await voice.transcript(session.id)
    assert transcript is not None
    assert transcript.messages[-1].content == "Kön i kassan var lång men personalen var snabb."


async def test_a_model_that_refuses_the_connection_fails_the_call_for_a_retry(
    voice: VoiceService,
) -> None:
    voice.model.refuse_status = 401
    session = await voice.place_call()
    call = await voice.answer(session, []).run(timeout=5)
    ended = await voice.settled(session.id)

    assert call.bye_at is not None
    assert (ended.status, ended.failure_reason) == (
        CallStatus.FAILED,
        FailureReason.TECHNICAL_FAILURE,
    )
    assert (await voice.container.retry_call()(session.id)).attempt == 2


async def test_a_model_connection_lost_mid_call_fails_it_as_technical_failure(
    voice: VoiceService,
) -> None:
    voice.model.drop_after_ms = 1500
    session = await voice.place_call()
    call = await voice.answer(session, [AgentQuiet(), Say(3000)]).run(timeout=8)
    ended = await voice.settled(session.id)

    assert call.bye_at is not None
    assert (ended.status, ended.failure_reason) == (
        CallStatus.FAILED,
        FailureReason.TECHNICAL_FAILURE,
    )


async def test_a_model_that_never_speaks_fails_the_call(voice: VoiceService) -> None:
    voice.model.silent = True
    session = await voice.place_call()
    call = await voice.answer(session, []).run(timeout=8)
    ended = await voice.settled(session.id)

    assert call.bye_at is not None
    assert ended.failure_reason is FailureReason.TECHNICAL_FAILURE


async def test_a_lost_46elks_socket_ends_the_session_and_keeps_what_was_said(
    voice: VoiceService,
) -> None:
    voice.model.shopper_words = ["Ja, absolut.", "Frukten var fräsch och kassan gick fort."]
    voice.model.replies = ["Bra. Hur fräsch var frukten?"]
    session = await voice.place_call()
    script: list[Step] = [
        AgentQuiet(),
        Say(500),
        AgentQuiet(),
        Say(1200),
        AgentQuiet(gap_ms=0),
        Drop(),
    ]
    await voice.answer(session, script).run(timeout=12)
    ended = await voice.settled(session.id)

    assert ended.status is CallStatus.COMPLETED
    assert ended.end_reason is EndReason.TECHNICAL_FAILURE
    transcript = await voice.transcript(session.id)
    assert transcript is not None
    assert "Frukten var fräsch och kassan gick fort." in [m.content for m in transcript.messages]
    assert await voice.container.session_store().get(f"conversation:{session.id}") is None


async def test_a_hello_that_matches_no_pending_call_is_refused(voice: VoiceService) -> None:
    session = await voice.place_call()
    stranger = voice.answer(session, [], callid="c-unknown", callee="+46709999999")
    await stranger.run(timeout=5)

    assert stranger.bye_at is not None
    assert "sending" not in stranger.kinds()
    assert (await voice.session(session.id)).status is CallStatus.PENDING
    assert voice.model.sessions == [] or voice.model.sessions[0].received == []


async def test_a_second_hello_for_a_connected_call_is_refused(voice: VoiceService) -> None:
    session = await voice.place_call()
    first = asyncio.create_task(voice.answer(session, [AgentQuiet()]).run(timeout=4))
    await asyncio.sleep(0.5)
    second = await voice.answer(session, []).run(timeout=4)
    await first

    assert second.bye_at is not None
    assert "sending" not in second.kinds()


async def test_a_socket_without_the_token_is_refused_before_it_is_accepted(
    voice: VoiceService,
) -> None:
    session = await voice.place_call()
    forged = voice.answer(session, [], url=voice.voice_url(token="not-the-token"))
    await forged.run(timeout=3)

    assert forged.refused
    assert (await voice.session(session.id)).status is CallStatus.PENDING


async def test_a_hello_with_another_call_id_is_matched_by_the_shoppers_number(
    voice: VoiceService,
) -> None:
    session = await voice.place_call()
    call = voice.answer(session, [AgentQuiet()], callid="leg-of-the-websocket-number")
    await call.run(timeout=4)

    assert call.first_sound_at is not None
    assert (await voice.session(session.id)).connected_at is not None


async def test_a_call_connected_straight_to_its_sessions_url_is_taken(
    voice: VoiceService,
) -> None:
    session = await voice.place_call()
    url = voice.voice_url(session.id)
    call = await voice.answer(session, [AgentQuiet()], url=url, callid="other").run(timeout=4)

    assert call.first_sound_at is not None
    assert (await voice.session(session.id)).connected_at is not None
