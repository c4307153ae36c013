"""Transcript: the messages of one call, in the order they were said, as the agent recorded them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId, TranscriptId
from kundrost.domain.similarity import words
from kundrost.domain.validation import (
    at_least,
    aware,
    each,
    frozen_tuple,
    instance_of,
    text_length,
    unit_interval,
)

_LANGUAGE_CODE = re.compile(r"[a-z]{2}")
MAX_MESSAGE_CHARS = 2000


class Speaker(StrEnum):
    AI = "ai"
    CUSTOMER = "customer"


class MessageType(StrEnum):
    """`system` and `error` messages are notes by the recording, not words anybody said."""

    QUESTION = "question"
    RESPONSE = "response"
    SYSTEM = "system"
    ERROR = "error"


def _language_code(_instance: object, attribute: Any, value: str | None) -> None:
    """A lower-case ISO 639-1 code ("sv", "en"): one spelling, so "sv" means Swedish everywhere."""
    if value is not None and not (isinstance(value, str) and _LANGUAGE_CODE.fullmatch(value)):
        raise InvalidValue(attribute.name, "must be a lower-case ISO 639-1 code like 'sv'")


@frozen
class Message:
    """One turn of the conversation. Content is 1–2000 characters (surrounding whitespace
    not counted); `timestamp_ms` counts from the start of the call."""

    speaker: Speaker = field(validator=instance_of(Speaker))
    content: str = field(validator=[instance_of(str), text_length(1, 2000)])
    timestamp_ms: int = field(validator=[instance_of(int), at_least(0)])
    message_order: int = field(validator=[instance_of(int), at_least(0)])
    message_type: MessageType | None = field(
        default=None, validator=instance_of(MessageType, optional=True)
    )
    confidence_score: Decimal | None = field(default=None, validator=unit_interval)
    language_detected: str | None = field(default=None, validator=_language_code)
    interrupted: bool = field(default=False, validator=instance_of(bool))
    """The turn was cut off by the other speaker: `content` holds what was said up to then."""

    @property
    def is_speech(self) -> bool:
        """Whether somebody said this, rather than the recording noting a system event or error."""
        return self.message_type not in (MessageType.SYSTEM, MessageType.ERROR)


def message_at(index: int, **fields: Any) -> Message:
    """The `index`-th message of a transcript body; a refused value is reported as
    `messages[index].<field>`, the way the API names the offending field."""
    try:
        return Message(**fields)
    except InvalidValue as error:
        details = {key: value for key, value in error.details.items() if key != "field"}
        raise InvalidValue(f"messages[{index}].{error.field}", error.reason, **details) from error


def message_parts(text: str) -> Iterator[str]:
    """A long turn as messages of at most `MAX_MESSAGE_CHARS` characters, cut between words."""
    text = text.strip()
    while len(text) > MAX_MESSAGE_CHARS:
        cut = text.rfind(" ", 0, MAX_MESSAGE_CHARS + 1)
        cut = cut if cut > 0 else MAX_MESSAGE_CHARS
        yield text[:cut].strip()
        text = text[cut:].strip()
    yield text


def _not_empty(_instance: object, attribute: Any, value: tuple[Message, ...]) -> None:
    if not value:
        raise InvalidValue(attribute.name, "a transcript has at least one message")


def _in_order(_instance: object, attribute: Any, value: tuple[Message, ...]) -> None:
    """Message order strictly increases and time never runs backwards, so the turns can be
    replayed as they happened; the error names the first message out of line."""
    for index in range(1, len(value)):
        before, message = value[index - 1], value[index]
        if message.message_order <= before.message_order:
            raise InvalidValue(
                f"{attribute.name}[{index}].message_order",
                f"must be greater than the previous message's {before.message_order}, "
                f"got {message.message_order}",
            )
        if message.timestamp_ms < before.timestamp_ms:
            raise InvalidValue(
                f"{attribute.name}[{index}].timestamp_ms",
                f"must not be before the previous message's {before.timestamp_ms}, "
                f"got {message.timestamp_ms}",
            )


@frozen
class Transcript:
    """The recorded conversation of one call session: at least one message, in order."""

    id: TranscriptId
    call_session_id: CallSessionId
    messages: tuple[Message, ...] = field(
        converter=frozen_tuple, validator=[each(Message), _not_empty, _in_order]
    )
    total_duration_seconds: int = field(validator=[instance_of(int), at_least(0)])
    recorded_at: datetime = field(validator=[instance_of(datetime), aware])

    def customer_messages(self) -> tuple[Message, ...]:
        """What the customer said: their turns, without system or error notes."""
        return tuple(m for m in self.messages if m.speaker is Speaker.CUSTOMER and m.is_speech)

    def ai_messages(self) -> tuple[Message, ...]:
        """What the agent said: its turns, without system or error notes."""
        return tuple(m for m in self.messages if m.speaker is Speaker.AI and m.is_speech)

    def customer_text(self) -> str:
        """The customer's turns joined by single spaces: the feedback that gets analysed."""
        return " ".join(m.content.strip() for m in self.customer_messages())

    def comparable_text(self) -> str:
        """The customer's words case-folded, without punctuation, single-spaced.

        Near-duplicate detection compares this text. It leaves out the agent's turns because
        the agent asks much the same questions in every call, which would make any two calls
        look alike.
        """
        return " ".join(words(self.customer_text()))
