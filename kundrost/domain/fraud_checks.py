"""The fraud policy: the numbers the four checks judge by, and running them into one verdict."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import timedelta
from decimal import Decimal
from typing import Any

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.fraud import (
    ALL_CHECKS,
    CheckType,
    FraudCheck,
    FraudEvidence,
    FraudVerdict,
    selection,
)
from kundrost.domain.fraud_check_rules import (
    check_content,
    check_context,
    check_pattern,
    check_timing,
)
from kundrost.domain.validation import at_least, unit_interval

__all__ = ["FraudPolicy", "check_content", "check_context", "check_pattern", "check_timing"]


def _not_negative(_instance: object, attribute: Any, value: timedelta) -> None:
    if value < timedelta(0):
        raise InvalidValue(attribute.name, f"must not be negative, got {value}")


def _positive(_instance: object, attribute: Any, value: timedelta) -> None:
    if value <= timedelta(0):
        raise InvalidValue(attribute.name, f"must be a positive duration, got {value}")


@frozen
class FraudPolicy:
    """How the checks judge, how sure each finding is, and when the feedback is fraud.

    A check suspicious with confidence ≥ `suspicious_at_confidence` (0.7), or with a
    critical violation, makes the feedback fraudulent. A check that looked and found
    nothing is `clear_confidence` sure; one that could not look, for want of store
    context, `unchecked_confidence`. The use case counts a phone's earlier feedback calls
    over `velocity_window` (7 days); more than `max_calls_per_phone` (3) calls in all,
    this one included, is `phone_velocity`. A customer text at least
    `duplicate_similarity` (0.85) alike to another session's is `duplicate_feedback`;
    texts under `duplicate_min_words` words are not compared, short answers coincide.
    Texts are compared as word 3-shingles, the size their stored signatures are made with.
    """

    suspicious_at_confidence: Decimal = field(default=Decimal("0.7"), validator=unit_interval)
    clear_confidence: Decimal = field(default=Decimal("0.9"), validator=unit_interval)
    unchecked_confidence: Decimal = field(default=Decimal("0.2"), validator=unit_interval)
    timing_grace: timedelta = field(default=timedelta(minutes=10), validator=_not_negative)
    timing_confidence: Decimal = field(default=Decimal("0.95"), validator=unit_interval)
    unknown_department_confidence: Decimal = field(default=Decimal("0.6"), validator=unit_interval)
    max_calls_per_phone: int = field(default=3, validator=at_least(1))
    velocity_window: timedelta = field(default=timedelta(days=7), validator=_positive)
    velocity_confidence: Decimal = field(default=Decimal("0.8"), validator=unit_interval)
    duplicate_similarity: Decimal = field(default=Decimal("0.85"), validator=unit_interval)
    duplicate_confidence: Decimal = field(default=Decimal("0.9"), validator=unit_interval)
    duplicate_min_words: int = field(default=12, validator=at_least(1))

    def evaluate(
        self, evidence: FraudEvidence, check_types: Iterable[CheckType | str] = ALL_CHECKS
    ) -> FraudVerdict:
        """Run the selected checks (all four by default, always in the same order) and
        combine them; an empty or unknown selection is refused."""
        checks = [_CHECKS[check_type](evidence, self) for check_type in selection(check_types)]
        return FraudVerdict.combine(checks, self.suspicious_at_confidence)


_CHECKS: dict[CheckType, Callable[[FraudEvidence, FraudPolicy], FraudCheck]] = {
    CheckType.TIMING: check_timing,
    CheckType.CONTENT: check_content,
    CheckType.CONTEXT: check_context,
    CheckType.PATTERN: check_pattern,
}
