"""Analysability: whether a recorded call can be graded at all — its length and its language."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from typing import Any

from attrs import field, frozen

from kundrost.domain.call_status import CallStatus, EndReason
from kundrost.domain.errors import InvalidValue, NotAnalysable
from kundrost.domain.language import is_swedish
from kundrost.domain.transcript import Message, Transcript
from kundrost.domain.validation import at_least, unit_interval

SHARE_PLACES = Decimal("0.0001")


def _not_below_min(instance: Any, attribute: Any, value: int) -> None:
    if value < instance.min_seconds:
        raise InvalidValue(attribute.name, f"must be at least min_seconds, got {value}")


def is_swedish_turn(message: Message) -> bool:
    """A turn is Swedish when the agent detected "sv"; any other detected language is not
    Swedish. Without a detected language, the text test of `language.is_swedish` decides."""
    if message.language_detected is not None:
        return message.language_detected == "sv"
    return is_swedish(message.content)


@frozen
class Analysability:
    """The verdict on a transcript: analysable, or the end reason that stops it.

    `swedish_share` is rounded down to 4 places, so a share shown as at least the policy's
    minimum really is at least that minimum.
    """

    analysable: bool
    reason: EndReason | None
    swedish_share: Decimal

    def __attrs_post_init__(self) -> None:
        if self.analysable is not (self.reason is None):
            raise InvalidValue("reason", "an analysable call has no reason, any other has one")


@frozen
class AnalysabilityPolicy:
    """A call can be analysed when it lasted `min_seconds`–`max_seconds` inclusive and at least
    `min_swedish_share` of the customer's characters were said in Swedish turns.

    The length bounds keep calls that are long enough to hold real feedback and short enough
    to stay within what the customer was promised. The share is counted in characters, so
    fillers like "mm" or "ok" weigh little against real answers, and a Swedish answer with an
    English word in it counts as Swedish. When both apply, `language_barrier` wins over
    `too_short` and `too_long`: the language is why the call went wrong. A call in which the
    customer said nothing at all is `too_short`, whatever its duration: it holds no feedback,
    and the customer's language is unknown rather than wrong.
    """

    min_seconds: int = field(default=60, validator=at_least(0))
    max_seconds: int = field(default=120, validator=_not_below_min)
    min_swedish_share: Decimal = field(default=Decimal("0.5"), validator=unit_interval)

    def evaluate(self, transcript: Transcript) -> Analysability:
        swedish = total = 0
        for message in transcript.customer_messages():
            characters = len(message.content.strip())
            total += characters
            if is_swedish_turn(message):
                swedish += characters
        reason = self._reason(transcript.total_duration_seconds, swedish, total)
        share = Decimal(swedish) / total if total else Decimal(0)
        return Analysability(reason is None, reason, share.quantize(SHARE_PLACES, ROUND_DOWN))

    def duration_reason(self, seconds: int) -> EndReason | None:
        """`too_short` below `min_seconds`, `too_long` above `max_seconds`, else None."""
        if seconds < self.min_seconds:
            return EndReason.TOO_SHORT
        if seconds > self.max_seconds:
            return EndReason.TOO_LONG
        return None

    def _reason(self, seconds: int, swedish: int, total: int) -> EndReason | None:
        if total == 0:
            return EndReason.TOO_SHORT
        if swedish < self.min_swedish_share * total:
            return EndReason.LANGUAGE_BARRIER
        return self.duration_reason(seconds)


CANCELLED = "it was cancelled, and what the customer said was erased"


def _why_not(status: CallStatus, transcript: Transcript | None, reason: str | None) -> str:
    if transcript is None:
        return (
            f"it has no transcript (none was recorded, or it was deleted as unanalysable); "
            f"status {str(status)!r}"
        )
    if reason is not None:
        return f"status {str(status)!r}, reason {reason!r}"
    return f"status {str(status)!r}: only a completed call is analysed"


def require_analysable(
    status: CallStatus,
    transcript: Transcript | None,
    policy: AnalysabilityPolicy | None = None,
    *,
    erased: bool = False,
) -> Analysability:
    """Only a completed call whose transcript is analysable may be analysed.

    A missing transcript (never recorded, or deleted because the call was unanalysable) is
    not analysable, nor is a call whose words were `erased` by a cancel: it says so, with
    the reason `cancelled`, since "no transcript" would read as if it never had one. Raises
    `NotAnalysable` with the session `status`, the transcript's `reason` (None when there is
    no transcript or it is fine but the call is not completed) and its `duration_seconds`.
    """
    if erased:
        raise NotAnalysable(
            f"the call cannot be analysed: {CANCELLED}",
            status=str(status),
            reason=EndReason.CANCELLED.value,
            duration_seconds=None,
        )
    result = None if transcript is None else (policy or AnalysabilityPolicy()).evaluate(transcript)
    if status != CallStatus.COMPLETED or result is None or not result.analysable:
        reason = None if result is None or result.reason is None else result.reason.value
        raise NotAnalysable(
            f"the call cannot be analysed: {_why_not(status, transcript, reason)}",
            status=str(status),
            reason=reason,
            duration_seconds=None if transcript is None else transcript.total_duration_seconds,
        )
    return result
