"""Transcript limits: how much text a call of at most 120 seconds can hold.

A conversation is budgeted to 120 seconds. A fast Swedish talker says about 250 words a
minute, some 27 characters a second with spaces, so a call with one person talking all the
time holds about 3,200 characters; turns take a second or more, so about 120 turns at the
very most. The limits are several times that, so no real call comes near them, while a
transcript beyond them (a bug, or someone padding text to slow the analysis down) is
refused before anything is stored or analysed.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.transcript import Message
from kundrost.domain.validation import at_least

MAX_MESSAGES = 200
MAX_CHARACTERS = 12_000


@frozen
class TranscriptLimits:
    """At most `max_messages` (200) messages and `max_characters` (12,000) characters of
    content in all; each message is 1–2,000 characters (`Message`)."""

    max_messages: int = field(default=MAX_MESSAGES, validator=at_least(1))
    max_characters: int = field(default=MAX_CHARACTERS, validator=at_least(1))

    def check(self, messages: Sequence[Message]) -> None:
        """Raises `InvalidValue` on `messages`, naming the limit that was passed."""
        if len(messages) > self.max_messages:
            raise InvalidValue(
                "messages",
                f"a call of at most 120 seconds holds at most {self.max_messages} messages, "
                f"got {len(messages)}",
                limit=self.max_messages,
            )
        characters = sum(len(message.content) for message in messages)
        if characters > self.max_characters:
            raise InvalidValue(
                "messages",
                f"a call of at most 120 seconds holds at most {self.max_characters} characters "
                f"of text in all, got {characters}",
                limit=self.max_characters,
            )
