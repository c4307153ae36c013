"""Context completeness: how much of what kundrost can use a store has told it.

A weak context still works (generic questions, no fraud checks it cannot support), but the
store is warned, naming each gap, so it knows what to add.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.validation import at_least, decimal_between

_WEIGHT = decimal_between(Decimal(0), Decimal(1))


class Gap(StrEnum):
    NO_OPENING_HOURS = "no_opening_hours"
    NO_DEPARTMENTS = "no_departments"
    FEW_QUESTIONS = "fewer_than_3_questions"
    NO_BASELINE_FACTS = "no_baseline_facts"


_GAP_WARNINGS = {
    Gap.NO_OPENING_HOURS: "No opening hours: purchases outside them cannot be caught as fraud.",
    Gap.NO_DEPARTMENTS: "No departments: feedback cannot be sorted by department, and claims "
    "about departments the store lacks cannot be caught.",
    Gap.FEW_QUESTIONS: "Fewer than 3 questions: the call falls back on generic questions.",
    Gap.NO_BASELINE_FACTS: "No baseline facts: claims that contradict the store cannot be caught.",
}


@frozen
class CompletenessPolicy:
    """Weights of each part of a context (they sum to 1) and the score below which we warn."""

    opening_hours: Decimal = field(default=Decimal("0.30"), validator=_WEIGHT)
    departments: Decimal = field(default=Decimal("0.30"), validator=_WEIGHT)
    questions: Decimal = field(default=Decimal("0.20"), validator=_WEIGHT)
    baseline_facts: Decimal = field(default=Decimal("0.20"), validator=_WEIGHT)
    questions_wanted: int = field(default=3, validator=at_least(1))
    warn_below: Decimal = field(
        default=Decimal("0.6"), validator=decimal_between(Decimal(0), Decimal(1))
    )

    def __attrs_post_init__(self) -> None:
        total = self.opening_hours + self.departments + self.questions + self.baseline_facts
        if total != 1:
            raise InvalidValue("completeness_weights", f"must sum to 1, got {total}")


@frozen
class Completeness:
    """A 0–1 score, the named gaps, and a warning per gap once the score is below threshold."""

    score: Decimal
    gaps: tuple[Gap, ...]
    warnings: tuple[str, ...]

    @property
    def is_weak(self) -> bool:
        return bool(self.warnings)


def assess_completeness(
    *,
    has_opening_hours: bool,
    departments: int,
    questions: int,
    baseline_facts: int,
    policy: CompletenessPolicy,
) -> Completeness:
    """Each present part adds its weight; questions count pro rata up to `questions_wanted`.

    The warning compares the exact score, and only the reported score is rounded.
    """
    gaps: list[Gap] = []
    score = Decimal(0)
    if has_opening_hours:
        score += policy.opening_hours
    else:
        gaps.append(Gap.NO_OPENING_HOURS)
    if departments:
        score += policy.departments
    else:
        gaps.append(Gap.NO_DEPARTMENTS)
    asked = min(questions, policy.questions_wanted)
    score += policy.questions * asked / policy.questions_wanted
    if asked < policy.questions_wanted:
        gaps.append(Gap.FEW_QUESTIONS)
    if baseline_facts:
        score += policy.baseline_facts
    else:
        gaps.append(Gap.NO_BASELINE_FACTS)
    warnings = tuple(_GAP_WARNINGS[gap] for gap in gaps) if score < policy.warn_below else ()
    return Completeness(score.quantize(Decimal("0.01")), tuple(gaps), warnings)
