"""Tallies: the counts and exact sums metrics need, added up by the store, so no session or
assessment is loaded (nor its personal data decrypted) only to be counted."""

from __future__ import annotations

from decimal import Decimal

from attrs import field, frozen

from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.errors import InvalidValue
from kundrost.domain.validation import at_least, decimal, instance_of

QUALITY_BANDS: tuple[str, ...] = ("0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0")
"""Bands of the overall quality score, each including its lower bound; the last includes 1.0."""


def quality_band_index(overall: Decimal) -> int:
    """The position in `QUALITY_BANDS` of an overall score in [0, 1]: its fifth, 1.0 in the
    last band rather than a sixth of its own."""
    return min(int(overall * len(QUALITY_BANDS)), len(QUALITY_BANDS) - 1)


def _one_count_per_band(_instance: object, _attribute: object, value: tuple[int, ...]) -> None:
    if len(value) != len(QUALITY_BANDS) or any(count < 0 for count in value):
        raise InvalidValue("quality_bands", "must hold one count per band, none negative")


_COUNT = at_least(0)


@frozen(kw_only=True)
class SessionTally:
    """Sessions created in a period that had not expired: how many, how many completed, and
    the sum and number of the durations of the completed ones that have one."""

    total: int = field(validator=_COUNT)
    completed: int = field(validator=_COUNT)
    duration_seconds_sum: int = field(validator=_COUNT)
    durations: int = field(validator=_COUNT)


@frozen(kw_only=True)
class AssessmentTally:
    """Assessments created in a period: how many, how many qualified or were fraudulent, the
    exact sums of every overall score and of the qualifying ones' reward percentages, how
    many fall in each of `QUALITY_BANDS`, in that order, and the language model's tokens
    and their cost in US dollars, summed over the assessments that report them."""

    total: int = field(validator=_COUNT)
    qualifying: int = field(validator=_COUNT)
    fraudulent: int = field(validator=_COUNT)
    overall_sum: Decimal = field(validator=decimal)
    reward_percentage_sum: Decimal = field(validator=decimal)
    quality_bands: tuple[int, ...] = field(validator=_one_count_per_band)
    usage: AnalysisUsage = field(factory=AnalysisUsage, validator=instance_of(AnalysisUsage))
