"""The live call's rules at their real numbers, on the offline legs and speaking time."""

from __future__ import annotations

from typing import Any

from dependency_injector import providers

from kundrost.application.live_ending import Ending
from kundrost.domain.call_script import (
    CONSENT_QUESTION,
    DECLINED_GOODBYE,
    LANGUAGE_GOODBYE,
    SILENCE_GOODBYE,
)
from kundrost.domain.call_status import CallStatus, EndReason, FailureReason
from kundrost.domain.transcript import Speaker
from kundrost.ports.availability import Unavailable
from tests.application.live.conftest import Typed
from tests.unit.context_builders import STORE_NAME

ANSWER = (
    "Kön i kassan var ganska lång i dag men personalen var snabb och trevlig, "
    "och jag hittade allt jag behövde på hyllorna utan att behöva fråga någon om hjälp."
)


async def test_the_opening_discloses_the_ai_names_the_store_and_asks_for_a_minute(
    typed: Typed,
) -> None:
    await typed.call(["Ja."])

    opening = typed.agent_lines()[0]
    assert opening.startswith("Hej! Jag är en AI-assistent")
    assert STORE_NAME in opening
    assert "i dag" in opening
    assert opening.endswith(CONSENT_QUESTION)


async def test_a_no_ends_the_call_with_one_goodbye_and_no_feedback(typed: Typed) -> None:
    outcome, session = await typed.call(["Nej tack, jag kör bil."])

    assert outcome.ending is Ending.DECLINED
    assert typed.agent_lines()[1:] == [DECLINED_GOODBYE]
    assert (session.status, session.end_reason) == (CallStatus.ABANDONED, EndReason.DECLINED)
    assert await typed.transcript(session) is None


async def test_a_full_conversation_completes_within_the_budget_and_is_graded(
    typed: Typed,
) -> None:
    outcome, session = await typed.call(["Ja, det går bra."] + [ANSWER] * 8)

    assert outcome.ending is Ending.COMPLETED
    assert session.status is CallStatus.COMPLETED
    assert session.duration_seconds is not None
    assert 60 <= session.duration_seconds <= 120
    assert outcome.messages[0].speaker is Speaker.AI
    assert outcome.messages[-1].content == typed.agent_lines()[-1]
    assert [m.content for m in outcome.messages if m.speaker is Speaker.CUSTOMER][1] == ANSWER
    async with typed.container.new_uow()() as uow:
        assert await uow.assessments.for_session(session.id) is not None


async def test_at_105_seconds_the_agent_wraps_up_and_at_120_the_call_is_over(
    typed: Typed,
) -> None:
    long_answer = " ".join([ANSWER] * 3)
    outcome, session = await typed.call(["Ja."] + [long_answer] * 6)

    assert outcome.duration_ms <= 120_000
    assert session.duration_seconds is not None
    assert session.duration_seconds <= 120
    closing_or_cut = outcome.ending in (Ending.COMPLETED, Ending.TIME_LIMIT)
    assert closing_or_cut
    if outcome.ending is Ending.COMPLETED:
        assert outcome.duration_ms > 105_000


async def test_an_answer_that_runs_past_120_seconds_is_cut_at_the_limit(typed: Typed) -> None:
    outcome, session = await typed.call(["Ja.", ANSWER, " ".join([ANSWER] * 12)])

    assert outcome.ending is Ending.TIME_LIMIT
    assert outcome.duration_ms == 120_000
    assert session.duration_seconds == 120
    assert session.end_reason is EndReason.TIMEOUT


async def test_ten_seconds_of_silence_end_the_call_politely(typed: Typed) -> None:
    outcome, session = await typed.call(["Ja.", "", ""])

    assert outcome.ending is Ending.SILENCE
    assert typed.agent_lines()[-1] == SILENCE_GOODBYE
    assert session.end_reason in (EndReason.TIMEOUT, EndReason.TOO_SHORT)


async def test_five_seconds_of_silence_are_not_enough(typed: Typed) -> None:
    outcome, _ = await typed.call(["Ja.", "", ANSWER, None])

    assert SILENCE_GOODBYE not in typed.agent_lines()
    assert outcome.ending is Ending.SHOPPER_HUNG_UP


async def test_a_shopper_who_does_not_speak_swedish_gets_one_goodbye(typed: Typed) -> None:
    outcome, session = await typed.call(
        ["Sorry, I don't speak Swedish.", "No, I really don't understand, sorry."]
    )

    assert outcome.ending is Ending.LANGUAGE_BARRIER
    assert typed.agent_lines().count(LANGUAGE_GOODBYE) == 1
    assert typed.agent_lines()[-1] == LANGUAGE_GOODBYE
    assert session.end_reason is EndReason.LANGUAGE_BARRIER


async def test_one_english_sentence_in_a_swedish_call_is_not_a_barrier(typed: Typed) -> None:
    outcome, _ = await typed.call(["Ja.", "Sorry, what?", ANSWER, ANSWER])

    assert LANGUAGE_GOODBYE not in typed.agent_lines()
    assert outcome.ending is not Ending.LANGUAGE_BARRIER


async def test_a_voicemail_greeting_fails_the_call_as_no_answer(typed: Typed) -> None:
    greeting = "Du har kommit till Annas mobilsvar. Lämna ett meddelande efter tonen."
    outcome, session = await typed.call([greeting])

    assert outcome.ending is Ending.VOICEMAIL
    assert (session.status, session.failure_reason) == (
        CallStatus.FAILED,
        FailureReason.NO_ANSWER,
    )
    assert typed.agent_lines() == typed.agent_lines()[:1]


async def test_a_hang_up_records_what_was_said_and_analysability_decides(typed: Typed) -> None:
    outcome, session = await typed.call(["Ja.", ANSWER, None])

    assert outcome.ending is Ending.SHOPPER_HUNG_UP
    assert (session.status, session.end_reason) == (CallStatus.ABANDONED, EndReason.TOO_SHORT)
    assert [m.content for m in outcome.messages if m.speaker is Speaker.CUSTOMER] == ["Ja.", ANSWER]
    assert outcome.messages[-1].speaker is Speaker.AI


async def test_storage_away_at_the_end_is_waited_out_and_the_call_recorded(typed: Typed) -> None:
    recorder = typed.container.record_transcript()
    failures = [Unavailable("storage"), Unavailable("storage")]

    async def flaky(*args: Any, **kwargs: Any) -> Any:
        if failures:
            raise failures.pop()
        return await recorder(*args, **kwargs)

    typed.container.record_transcript.override(providers.Object(flaky))
    outcome, session = await typed.call(["Ja.", ANSWER, None])

    assert failures == []
    assert outcome.ending is Ending.SHOPPER_HUNG_UP
    assert session.status is CallStatus.ABANDONED
