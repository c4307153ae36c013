"""Language barrier: when a live call stops because the shopper does not speak Swedish."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from attrs import field, frozen

from kundrost.domain.analysability import AnalysabilityPolicy, is_swedish_turn
from kundrost.domain.transcript import Message
from kundrost.domain.validation import at_least, unit_interval


@frozen
class LanguageBarrierRule:
    """A call ends for a language barrier once `strikes` of the shopper's turns were not
    Swedish (`is_swedish_turn`) and their speech so far is mostly not Swedish: less than
    `min_swedish_share` of its characters in Swedish turns, the share the analysability rule
    asks of a whole call. One English sentence in a Swedish call is not a barrier; a shopper
    who cannot follow is not kept on the line for a call that could never be graded."""

    strikes: int = field(default=2, validator=at_least(1))
    min_swedish_share: Decimal = field(default=Decimal("0.5"), validator=unit_interval)

    @classmethod
    def matching(cls, analysability: AnalysabilityPolicy, strikes: int = 2) -> LanguageBarrierRule:
        return cls(strikes, analysability.min_swedish_share)

    def reached(self, customer_turns: Iterable[Message]) -> bool:
        swedish = total = missed = 0
        for turn in customer_turns:
            characters = len(turn.content.strip())
            total += characters
            if is_swedish_turn(turn):
                swedish += characters
            else:
                missed += 1
        return missed >= self.strikes and swedish < self.min_swedish_share * total
