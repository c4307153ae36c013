"""Transcripts: messages are validated one by one, and in order as a whole."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest

from kundrost.domain.errors import InvalidValue
from kundrost.domain.transcript import Message, MessageType, Speaker, Transcript, message_at
from tests.unit.transcript_builders import (
    AI,
    CUSTOMER,
    a_message,
    a_swedish_transcript,
    a_transcript,
    messages_of,
)


def refused(field: str, **fields: Any) -> None:
    with pytest.raises(InvalidValue) as caught:
        a_message(**fields)
    assert caught.value.field == field


@pytest.mark.parametrize("length", [1, 2000])
def test_a_message_of_1_to_2000_characters_is_accepted(length: int) -> None:
    assert len(a_message("å" * length).content) == length


@pytest.mark.parametrize("content", ["", "   ", "å" * 2001])
def test_an_empty_blank_or_too_long_message_is_refused(content: str) -> None:
    refused("content", content=content)


def test_a_message_body_names_the_offending_message() -> None:
    fields = {"speaker": CUSTOMER, "content": "", "timestamp_ms": 0, "message_order": 3}
    with pytest.raises(InvalidValue) as caught:
        message_at(3, **fields)
    assert caught.value.field == "messages[3].content"
    assert caught.value.message == "messages[3].content: must be 1–2000 characters, got 0"


@pytest.mark.parametrize(
    ("field", "fields"),
    [
        ("speaker", {"speaker": "customer"}),
        ("content", {"content": 42}),
        ("timestamp_ms", {"timestamp_ms": -1}),
        ("timestamp_ms", {"timestamp_ms": 1.5}),
        ("message_order", {"message_order": -1}),
        ("message_order", {"message_order": True}),
        ("message_type", {"message_type": "question"}),
        ("confidence_score", {"confidence_score": Decimal("1.01")}),
        ("confidence_score", {"confidence_score": 0.9}),
        ("language_detected", {"language_detected": "SV"}),
        ("language_detected", {"language_detected": "sv-SE"}),
        ("language_detected", {"language_detected": "swe"}),
    ],
)
def test_a_message_refuses_a_value_outside_its_rule(field: str, fields: dict[str, Any]) -> None:
    refused(field, **fields)


def test_a_message_keeps_its_optional_fields() -> None:
    message = a_message(
        message_type=MessageType.RESPONSE, confidence_score=Decimal("0.93"), language_detected="sv"
    )
    assert (message.message_type, message.confidence_score, message.language_detected) == (
        MessageType.RESPONSE,
        Decimal("0.93"),
        "sv",
    )


def test_a_transcript_keeps_its_messages_as_a_tuple() -> None:
    transcript = a_transcript(messages=list(messages_of([(AI, "Hej!"), (CUSTOMER, "Hej hej.")])))
    assert isinstance(transcript.messages, tuple)
    assert len(transcript.messages) == 2


def test_a_transcript_without_messages_is_refused() -> None:
    with pytest.raises(InvalidValue) as caught:
        a_transcript(messages=[])
    assert caught.value.field == "messages"


@pytest.mark.parametrize("order", [2, 1])
def test_message_order_must_strictly_increase(order: int) -> None:
    messages = [
        a_message(message_order=1),
        a_message(message_order=2),
        a_message(message_order=order),
    ]
    with pytest.raises(InvalidValue) as caught:
        a_transcript(messages=messages)
    assert caught.value.field == "messages[2].message_order"


def test_timestamps_must_not_decrease() -> None:
    messages = [
        a_message(timestamp_ms=5000, message_order=1),
        a_message(timestamp_ms=4999, message_order=2),
    ]
    with pytest.raises(InvalidValue) as caught:
        a_transcript(messages=messages)
    assert caught.value.field == "messages[1].timestamp_ms"


def test_two_messages_may_share_a_timestamp() -> None:
    messages = [
        a_message(timestamp_ms=5000, message_order=1),
        a_message(timestamp_ms=5000, message_order=2),
    ]
    assert len(a_transcript(messages=messages).messages) == 2


def test_message_orders_need_not_be_consecutive() -> None:
    messages = [a_message(message_order=0), a_message(message_order=7)]
    assert [m.message_order for m in a_transcript(messages=messages).messages] == [0, 7]


def test_a_naive_recording_time_is_refused() -> None:
    with pytest.raises(InvalidValue) as caught:
        a_transcript(recorded_at=datetime(2026, 3, 3, 14, 12))
    assert caught.value.field == "recorded_at"


def test_a_negative_duration_is_refused() -> None:
    with pytest.raises(InvalidValue) as caught:
        a_transcript(messages=[a_message()], duration=-1)
    assert caught.value.field == "total_duration_seconds"


def test_a_transcript_tells_the_customers_words_from_the_agents() -> None:
    transcript = a_swedish_transcript()
    assert all(m.speaker is Speaker.CUSTOMER for m in transcript.customer_messages())
    assert all(m.speaker is Speaker.AI for m in transcript.ai_messages())
    assert len(transcript.customer_messages()) + len(transcript.ai_messages()) == len(
        transcript.messages
    )


def test_system_and_error_notes_are_not_anybodys_words() -> None:
    messages = [
        a_message("Ja, det går bra.", message_order=1),
        a_message("[ohörbart]", message_order=2, message_type=MessageType.ERROR),
        a_message("Samtalet kopplades.", AI, message_order=3, message_type=MessageType.SYSTEM),
    ]
    transcript = a_transcript(messages=messages)
    assert transcript.customer_text() == "Ja, det går bra."
    assert transcript.ai_messages() == ()


def test_the_customer_text_joins_the_customers_turns() -> None:
    transcript = a_transcript([(AI, "Vad tyckte du?"), (CUSTOMER, " Bra! "), (CUSTOMER, "Tack.")])
    assert transcript.customer_text() == "Bra! Tack."


def test_the_comparable_text_is_the_customers_words_without_case_or_punctuation() -> None:
    transcript = a_transcript(
        [(AI, "Vad tyckte du?"), (CUSTOMER, "Köttdisken var BRA, tack!"), (CUSTOMER, "Hejdå…")]
    )
    assert transcript.comparable_text() == "köttdisken var bra tack hejdå"


def test_a_message_is_a_value() -> None:
    assert a_message() == a_message()
    assert isinstance(a_message(), Message)
    assert a_swedish_transcript() == a_swedish_transcript()
    assert isinstance(a_swedish_transcript(), Transcript)
