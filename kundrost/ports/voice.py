"""VoiceAgent: holds the Swedish conversation of a connected call, following its plan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

from attrs import field, frozen

from kundrost.domain.call_status import EndReason
from kundrost.domain.conversation import ConversationPlan
from kundrost.domain.ids import CallSessionId
from kundrost.domain.transcript import Message
from kundrost.domain.validation import at_least


@frozen
class ConversationEnded:
    """The last thing a conversation yields: why it ended and how long it lasted."""

    end_reason: EndReason
    duration_seconds: int = field(validator=at_least(0))


class VoiceAgent(Protocol):
    """Contract: `converse` yields the transcript's messages as they are said — message
    order strictly increasing, timestamps never decreasing, the agent speaking first —
    and then exactly one `ConversationEnded`, whose duration covers the last message. A
    customer who mostly does not speak Swedish ends it with `language_barrier`; a plan
    finished ends it with `completed`; a hang-up with `customer_hangup`."""

    def converse(
        self, plan: ConversationPlan, session_id: CallSessionId
    ) -> AsyncIterator[Message | ConversationEnded]: ...
