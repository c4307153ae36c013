"""Ending: why a live call ended, and what that means for its session."""

from __future__ import annotations

from enum import StrEnum

from attrs import frozen

from kundrost.application.live_stats import CallStats
from kundrost.application.live_turns import TurnLog
from kundrost.application.record_transcript import AudioQuality
from kundrost.domain.call_status import EndReason, FailureReason
from kundrost.domain.transcript import Message


class Ending(StrEnum):
    COMPLETED = "completed"
    """The agent said its closing and hung up."""
    DECLINED = "declined"
    LANGUAGE_BARRIER = "language_barrier"
    SILENCE = "silence"
    TIME_LIMIT = "time_limit"
    SHOPPER_HUNG_UP = "shopper_hung_up"
    PHONE_LOST = "phone_lost"
    """The phone's connection dropped, or the phone network reported an error."""
    VOICEMAIL = "voicemail"
    MODEL_LOST = "model_lost"
    MODEL_SILENT = "model_silent"
    """The model did not start speaking in time."""

    @property
    def failure(self) -> FailureReason | None:
        """The failure this ending is, when the call never became a conversation worth
        keeping: a voicemail was never the shopper (`no_answer`); a model that broke or
        stayed silent is ours to fix (`technical_failure`). Both may be retried."""
        if self is Ending.VOICEMAIL:
            return FailureReason.NO_ANSWER
        if self in (Ending.MODEL_LOST, Ending.MODEL_SILENT):
            return FailureReason.TECHNICAL_FAILURE
        return None

    @property
    def end_reason(self) -> EndReason:
        return _END_REASONS.get(self, EndReason.TECHNICAL_FAILURE)


_END_REASONS = {
    Ending.COMPLETED: EndReason.COMPLETED,
    Ending.DECLINED: EndReason.DECLINED,
    Ending.LANGUAGE_BARRIER: EndReason.LANGUAGE_BARRIER,
    Ending.SILENCE: EndReason.TIMEOUT,
    Ending.TIME_LIMIT: EndReason.TIMEOUT,
    Ending.SHOPPER_HUNG_UP: EndReason.CUSTOMER_HANGUP,
}


@frozen
class LiveOutcome:
    """How a live call ended, how long it lasted from the answer, what was said, how it
    sounded."""

    ending: Ending
    duration_ms: int
    messages: tuple[Message, ...]
    quality: AudioQuality
    stats: CallStats

    @classmethod
    def of(cls, ending: Ending, duration_ms: int, turns: TurnLog, stats: CallStats) -> LiveOutcome:
        return cls(
            ending, duration_ms, tuple(turns.messages()), stats.quality(duration_ms, turns), stats
        )

    @property
    def duration_seconds(self) -> int:
        """Whole seconds from the answer to the end, rounded down: a call cut at the time
        limit lasted exactly the limit."""
        return self.duration_ms // 1000
