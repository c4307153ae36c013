"""Builders for messages and transcripts: a short Swedish talk about a visit to Lindqvists Livs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from kundrost.domain.ids import CallSessionId, TranscriptId
from kundrost.domain.transcript import Message, Speaker, Transcript

TRANSCRIPT_ID = TranscriptId(UUID("3c1f0e2d-4b5a-4c6d-8e7f-0a1b2c3d4e5f"))
CALL_SESSION_ID = CallSessionId(UUID("7d2e1f3a-5b6c-4d7e-9f80-1a2b3c4d5e6f"))
RECORDED_AT = datetime(2026, 3, 3, 14, 12, tzinfo=ZoneInfo("Europe/Stockholm"))

AI, CUSTOMER = Speaker.AI, Speaker.CUSTOMER
Turn = tuple[Speaker, str]

SWEDISH_TALK: tuple[Turn, ...] = (
    (AI, "Hej! Jag ringer från Lindqvists Livs. Har du tid att svara på några frågor?"),
    (CUSTOMER, "Ja, det går bra."),
    (AI, "Vad tyckte du om köttdisken idag?"),
    (CUSTOMER, "Köttdisken var fantastisk och personalen var hjälpsam."),
    (AI, "Var det något som kunde ha varit bättre?"),
    (CUSTOMER, "Det var lite kö i kassan, men annars var allt bra."),
    (AI, "Något mer du vill säga?"),
    (CUSTOMER, "Nej, allt var bra, inget mer att säga."),
    (AI, "Tack för din tid, ha en fin dag!"),
)

ENGLISH_ANSWERS = (
    "Sorry, I don't speak Swedish.",
    "The meat counter was great and the staff were helpful.",
    "There was a queue at the checkout, but otherwise it was fine.",
    "No, that's all, thank you.",
)


def a_message(
    content: str = "Köttdisken var fantastisk och personalen var hjälpsam.",
    speaker: Speaker = CUSTOMER,
    timestamp_ms: int = 0,
    message_order: int = 0,
    **more: Any,
) -> Message:
    return Message(speaker, content, timestamp_ms, message_order, **more)


def messages_of(turns: Sequence[Turn], duration: int = 95) -> tuple[Message, ...]:
    """The turns as messages, numbered from 1 and spread evenly over `duration` seconds."""
    step = duration * 1000 // max(len(turns), 1)
    return tuple(
        Message(speaker, content, index * step, index + 1)
        for index, (speaker, content) in enumerate(turns)
    )


def a_transcript(
    turns: Sequence[Turn] = SWEDISH_TALK,
    duration: int = 95,
    messages: Sequence[Message] | None = None,
    recorded_at: datetime = RECORDED_AT,
) -> Transcript:
    return Transcript(
        id=TRANSCRIPT_ID,
        call_session_id=CALL_SESSION_ID,
        messages=messages_of(turns, duration) if messages is None else messages,
        total_duration_seconds=duration,
        recorded_at=recorded_at,
    )


def a_swedish_transcript(duration: int = 95) -> Transcript:
    return a_transcript(SWEDISH_TALK, duration)


def an_english_transcript(duration: int = 95) -> Transcript:
    """The agent asks in Swedish; the customer answers every question in English."""
    answers = iter(ENGLISH_ANSWERS)
    turns = [(s, next(answers) if s is CUSTOMER else text) for s, text in SWEDISH_TALK]
    return a_transcript(turns, duration)


def with_customer_answers(*answers: str, duration: int = 95) -> Transcript:
    """The agent's Swedish questions, each followed by one of `answers`."""
    questions = [text for speaker, text in SWEDISH_TALK if speaker is AI]
    turns: list[Turn] = []
    for question, answer in zip(questions, answers, strict=False):
        turns += [(AI, question), (CUSTOMER, answer)]
    return a_transcript(turns or [(AI, questions[0])], duration)
