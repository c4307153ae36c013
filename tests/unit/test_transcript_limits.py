"""A transcript holds no more than a 120-second call can: 200 messages, 12,000 characters."""

from __future__ import annotations

import pytest

from kundrost.domain.errors import InvalidValue
from kundrost.domain.transcript import Message
from kundrost.domain.transcript_limits import TranscriptLimits
from tests.unit.transcript_builders import a_message

LIMITS = TranscriptLimits()


def messages(count: int, length: int = 20) -> list[Message]:
    return [a_message("å" * length, message_order=n, timestamp_ms=n * 500) for n in range(count)]


def test_a_long_real_conversation_is_well_within_the_limits() -> None:
    LIMITS.check(messages(120, 60))


def test_more_than_two_hundred_messages_are_refused_naming_the_limit() -> None:
    LIMITS.check(messages(200))
    with pytest.raises(InvalidValue) as refused:
        LIMITS.check(messages(201))
    assert refused.value.field == "messages"
    assert "at most 200 messages, got 201" in refused.value.message
    assert refused.value.details["limit"] == 200


def test_more_than_twelve_thousand_characters_in_all_are_refused_naming_the_limit() -> None:
    LIMITS.check(messages(6, 2000))
    with pytest.raises(InvalidValue) as refused:
        LIMITS.check([*messages(6, 2000), a_message("x", message_order=7)])
    assert "at most 12000 characters of text in all, got 12001" in refused.value.message


def test_the_limits_are_a_policy() -> None:
    with pytest.raises(InvalidValue):
        TranscriptLimits(max_messages=2).check(messages(3))
