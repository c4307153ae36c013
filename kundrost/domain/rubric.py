"""Rubric: what a store manager looks for in a feedback call, as features an analyzer counts.

Every analyzer reports the same features of the customer's own words; the domain turns them
into scores (`rubric_scoring`), so a grade can be explained feature by feature and two
analyzers that read a call alike grade it alike.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from attrs import field, frozen

from kundrost.domain.validation import at_least, instance_of, unit_interval

_COUNT = at_least(0)


class Reach(StrEnum):
    """How far the widest problem the customer reported reaches."""

    NONE = "none"
    """No problem reported."""
    ONE_OFF = "one_off"
    """It happened once, to this customer ("kassörskan glömde larmbrickan")."""
    RECURRING = "recurring"
    """It happens again and again ("slut varje fredag", "likadant förra veckan")."""
    SYSTEMIC = "systemic"
    """It sits in a price, a process or a fixture and reaches every customer ("kampanjpriset
    är inte inlagt i kassan", "kylen håller elva grader")."""


class Stakes(StrEnum):
    """What the widest problem costs customers or the store."""

    LOW = "low"
    """A comfort or a wish: a pack size, a bench, music."""
    MEDIUM = "medium"
    """Time, service or quality: a queue, a rude answer, a stale loaf, a missing product."""
    HIGH = "high"
    """Money, health or lost custom: an overcharge, spoiled food, a slippery floor, a
    customer who now shops elsewhere."""


@frozen(kw_only=True)
class Rubric:
    """The features of one call, counted from the customer's words only.

    An *observation* is something the customer noticed about this store on this visit: a
    thing (a product, a department, a fixture, a person, a price, the queue) and what was the
    matter with it, good or bad. It is *specific* when it holds a detail that survives
    paraphrase — a named product, a number, an amount, a time, a person, a concrete state or
    event ("kycklingfilén kostade 129 i kassan") — and not only a verdict on an aspect
    ("kassan var smidig"). Counts of a kind within observations (specific, located, timed,
    problems) are read as at most `observations`.

    Penalties: *generic statements* would fit any store ("allt var bra", "trevlig
    personal"); *padding* is the share of the customer's words that say nothing about this
    visit (small talk, politeness, corporate phrases, filler); a *reward request* asks for
    cashback, a percentage or a top grade; *off-store observations* are about another store
    or place; *empty mentions* are departments, topics or grading words ("konkret",
    "förslag") named with nothing said about them.
    """

    observations: int = field(validator=_COUNT)
    specific_observations: int = field(validator=_COUNT)
    located_observations: int = field(validator=_COUNT)
    """Observations that say where in the store (a department, a shelf, a counter)."""
    timed_observations: int = field(validator=_COUNT)
    """Observations that say when (a time, a day, "vid lunch", "hela veckan")."""
    causes: int = field(validator=_COUNT)
    """Causes or consequences explained ("eftersom bara en kassa var öppen")."""
    suggestions: int = field(validator=_COUNT)
    """Suggestions or wishes that say what to do about what ("öppna en kassa till vid fem")."""
    problems: int = field(validator=_COUNT)
    """Observations that report a problem."""
    reach: Reach = field(default=Reach.NONE, validator=instance_of(Reach))
    stakes: Stakes = field(default=Stakes.LOW, validator=instance_of(Stakes))
    generic_statements: int = field(default=0, validator=_COUNT)
    padding_share: Decimal = field(default=Decimal(0), validator=unit_interval)
    reward_request: bool = field(default=False, validator=instance_of(bool))
    off_store_observations: int = field(default=0, validator=_COUNT)
    empty_mentions: int = field(default=0, validator=_COUNT)

    @property
    def says_nothing(self) -> bool:
        """Nothing observed, judged or asked for: every word was padding, or none was said."""
        return not (self.observations or self.generic_statements or self.suggestions) and (
            self.padding_share == 1
        )

    def within(self, count: int) -> int:
        """A count of a kind of observation, read as at most the observations."""
        return min(count, self.observations)

    def describe(self) -> str:
        """The features in one line, for a grade's reasons."""
        parts = [
            f"{self.observations} observation(s): {self.within(self.specific_observations)} "
            f"specific, {self.within(self.located_observations)} placed, "
            f"{self.within(self.timed_observations)} timed, "
            f"{self.within(self.problems)} problem(s)",
            f"{self.causes} cause(s)",
            f"{self.suggestions} suggestion(s)",
        ]
        if self.within(self.problems):
            parts.append(f"{self.reach.value.replace('_', '-')} reach, {self.stakes.value} stakes")
        penalties = [
            f"{count} {name}"
            for count, name in (
                (self.generic_statements, "generic statement(s)"),
                (self.off_store_observations, "about another store"),
                (self.empty_mentions, "empty mention(s)"),
            )
            if count
        ]
        if self.padding_share >= Decimal("0.5"):
            penalties.append(f"{self.padding_share:.0%} padding")
        if self.reward_request:
            penalties.append("asks for a reward")
        text = "; ".join(parts)
        return f"{text}; penalties: {', '.join(penalties)}" if penalties else text


NOTHING_SAID = Rubric(
    observations=0,
    specific_observations=0,
    located_observations=0,
    timed_observations=0,
    causes=0,
    suggestions=0,
    problems=0,
    padding_share=Decimal(1),
)
"""The rubric of a call in which the customer said nothing about the visit."""
