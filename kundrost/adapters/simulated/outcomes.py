"""What a simulated call does when it rings: answered, not answered, busy, dropped, refused."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from enum import StrEnum

from attrs import field, frozen

from kundrost.domain.call_events import CallEvent, Connected, Failed
from kundrost.domain.call_status import FailureReason
from kundrost.domain.ids import CallSessionId
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.validation import frozen_tuple


class CallOutcome(StrEnum):
    """`unreachable` is refused by the network at once (`TelephonyError`, nothing placed);
    the others are placed and report their event later."""

    ANSWER = "answer"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    DROPPED = "dropped"
    UNREACHABLE = "unreachable"

    def event(self) -> CallEvent:
        """The call event the network reports for a placed call with this outcome."""
        match self:
            case CallOutcome.ANSWER:
                return Connected()
            case CallOutcome.NO_ANSWER:
                return Failed(FailureReason.NO_ANSWER)
            case CallOutcome.BUSY:
                return Failed(FailureReason.BUSY)
            case CallOutcome.DROPPED:
                return Failed(FailureReason.TECHNICAL_FAILURE)
        raise ValueError(f"an {self} call is never placed, so it reports no event")


OutcomeRule = Callable[[PhoneNumber, CallSessionId, int], CallOutcome]
"""Decides a call from (number, session, attempt index): the attempt index counts the calls
already asked for this session, refused ones included, so 0 is the first."""


def everyone_answers(_phone: PhoneNumber, _session_id: CallSessionId, _attempt: int) -> CallOutcome:
    return CallOutcome.ANSWER


@frozen
class CallScript:
    """The same attempts for every session: `attempts[i]` for attempt i, then `then`.

    `CallScript((CallOutcome.NO_ANSWER,))` makes every first call go unanswered and every
    retry connect.
    """

    attempts: tuple[CallOutcome, ...] = field(converter=frozen_tuple)
    then: CallOutcome = CallOutcome.ANSWER

    def __call__(
        self, _phone: PhoneNumber, _session_id: CallSessionId, attempt: int
    ) -> CallOutcome:
        return self.attempts[attempt] if attempt < len(self.attempts) else self.then


@frozen
class SeededOutcomes:
    """Random outcomes, reproducible: each call's outcome depends only on the seed, the
    session and the attempt, never on the order in which calls are placed.

    Shares are in percent; what they leave over is answered.
    """

    seed: int = 0
    no_answer_percent: int = 10
    busy_percent: int = 5
    dropped_percent: int = 0
    unreachable_percent: int = 0

    def __attrs_post_init__(self) -> None:
        shares = self._shares()
        if any(share < 0 for share in shares) or sum(shares) > 100:
            raise ValueError("outcome shares are percentages adding up to at most 100")

    def __call__(self, _phone: PhoneNumber, session_id: CallSessionId, attempt: int) -> CallOutcome:
        roll = random.Random(f"{self.seed}:{session_id}:{attempt}").randrange(100)
        for outcome, share in zip(_UNHAPPY, self._shares(), strict=True):
            if roll < share:
                return outcome
            roll -= share
        return CallOutcome.ANSWER

    def _shares(self) -> tuple[int, ...]:
        return (
            self.no_answer_percent,
            self.busy_percent,
            self.dropped_percent,
            self.unreachable_percent,
        )


_UNHAPPY: Sequence[CallOutcome] = (
    CallOutcome.NO_ANSWER,
    CallOutcome.BUSY,
    CallOutcome.DROPPED,
    CallOutcome.UNREACHABLE,
)
