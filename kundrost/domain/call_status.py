"""The states a call session passes through, and the reasons a call fails or ends."""

from __future__ import annotations

from enum import StrEnum


class CallStatus(StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FAILED = "failed"
    ABANDONED = "abandoned"


class FailureReason(StrEnum):
    """Why a call attempt never became a conversation; a failed session may be retried."""

    NO_ANSWER = "no_answer"
    BUSY = "busy"
    TECHNICAL_FAILURE = "technical_failure"
    TIMEOUT = "timeout"


class EndReason(StrEnum):
    """Why a conversation ended. `completed` means the plan ran to its closing words."""

    COMPLETED = "completed"
    CUSTOMER_HANGUP = "customer_hangup"
    LANGUAGE_BARRIER = "language_barrier"
    TIMEOUT = "timeout"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    CANCELLED = "cancelled"
    TECHNICAL_FAILURE = "technical_failure"
    DECLINED = "declined"
    """The shopper said no when asked for a minute: no feedback, and no new call."""
