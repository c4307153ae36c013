"""Analysis cost: what a language model's tokens cost, so spending can be summed per store."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from attrs import field, frozen

from kundrost.domain.validation import at_least, decimal_between

MICRO = Decimal("0.000001")
"""Costs are kept to a millionth of a dollar: one analysis costs a fraction of a cent."""
_PRICE = decimal_between(Decimal(0), Decimal(1000))
_SUM = decimal_between(Decimal(0), Decimal(10) ** 12)


@frozen
class TokenPrices:
    """US dollars per million tokens read (`prompt`) and written (`completion`).

    The defaults are gpt-4o-mini's list prices (0.15 and 0.60). A model that reports no
    tokens, like the offline analyzer, costs nothing to count: its cost is None, not 0.
    """

    prompt_per_million: Decimal = field(default=Decimal("0.15"), validator=_PRICE)
    completion_per_million: Decimal = field(default=Decimal("0.60"), validator=_PRICE)

    def cost(self, prompt_tokens: int | None, completion_tokens: int | None) -> Decimal | None:
        """The dollars of one analysis, to the millionth, rounded half-up."""
        if prompt_tokens is None and completion_tokens is None:
            return None
        spent = (
            Decimal(prompt_tokens or 0) * self.prompt_per_million
            + Decimal(completion_tokens or 0) * self.completion_per_million
        ) / 1_000_000
        return spent.quantize(MICRO, rounding=ROUND_HALF_UP)


@frozen
class AnalysisUsage:
    """A language model's tokens and their cost in US dollars, summed over many analyses;
    analyses without a model (the offline analyzer) add nothing."""

    prompt_tokens: int = field(default=0, validator=at_least(0))
    completion_tokens: int = field(default=0, validator=at_least(0))
    cost_usd: Decimal = field(default=Decimal(0), validator=_SUM)

    @classmethod
    def of(cls, spent: Iterable[tuple[int | None, int | None, Decimal | None]]) -> AnalysisUsage:
        """The sum of (prompt tokens, completion tokens, cost) triples, None counting 0."""
        prompt = completion = 0
        cost = Decimal(0)
        for read, written, dollars in spent:
            prompt += read or 0
            completion += written or 0
            cost += dollars or 0
        return cls(prompt, completion, cost)

    @classmethod
    def total(cls, usages: Iterable[AnalysisUsage]) -> AnalysisUsage:
        return cls.of((u.prompt_tokens, u.completion_tokens, u.cost_usd) for u in usages)
