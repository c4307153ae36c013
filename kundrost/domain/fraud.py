"""Fraud: the evidence the checks read, what each check found, and the combined verdict."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from attrs import field, frozen

from kundrost.domain.analysis import FeedbackAnalysis, FlagKind
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.errors import InvalidValue
from kundrost.domain.validation import (
    at_least,
    aware,
    each,
    frozen_tuple,
    text_length,
    unit_interval,
)


class CheckType(StrEnum):
    TIMING = "timing"
    CONTENT = "content"
    CONTEXT = "context"
    PATTERN = "pattern"


ALL_CHECKS: tuple[CheckType, ...] = tuple(CheckType)


def selection(check_types: Iterable[CheckType | str]) -> tuple[CheckType, ...]:
    """The check types asked for, each once, in the order they always run; an empty
    selection or an unknown name is refused."""
    wanted: set[CheckType] = set()
    for value in check_types:
        try:
            wanted.add(CheckType(value))
        except ValueError as exc:
            raise InvalidValue("check_types", "unknown check type") from exc
    if not wanted:
        raise InvalidValue("check_types", "select at least one check")
    return tuple(check_type for check_type in CheckType if check_type in wanted)


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Indicator(StrEnum):
    """The stable names of what a check can find; analyzer flags keep their own names."""

    BUSINESS_HOURS_VIOLATION = "business_hours_violation"
    NONSENSICAL_CONTENT = FlagKind.NONSENSICAL.value
    IMPOSSIBLE_CLAIM = FlagKind.IMPOSSIBLE_CLAIM.value
    UNKNOWN_DEPARTMENT = FlagKind.UNKNOWN_DEPARTMENT.value
    CONTRADICTS_BASELINE_FACT = FlagKind.CONTRADICTS_FACT.value
    PHONE_VELOCITY = "phone_velocity"
    DUPLICATE_FEEDBACK = "duplicate_feedback"


@frozen(kw_only=True)
class FraudEvidence:
    """What the fraud checks look at for one feedback.

    `transcript_text` is what the customer said, without the agent's lines: the agent asks
    every caller of a store the same questions, which would make honest calls look alike.
    `calls_from_phone_last_window` counts the other feedback calls made from the same phone
    number within the policy's `velocity_window` before this one, excluding this call.
    `transcript_signature` is the signature (`similarity.signature`) of `transcript_text`
    and `other_signatures` those of recent customer texts of other sessions of the same
    store, made with the same digest, to compare with.
    """

    transaction_time: datetime = field(validator=aware)
    analysis: FeedbackAnalysis
    context: BusinessContext | None = None
    transcript_text: str = ""
    transcript_signature: frozenset[int] = frozenset()
    other_signatures: tuple[frozenset[int], ...] = field(
        default=(), converter=frozen_tuple, validator=each(frozenset)
    )
    calls_from_phone_last_window: int = field(default=0, validator=at_least(0))


@frozen
class Violation:
    """One finding: a stable indicator, how grave it is, and what exactly was seen.

    The detail never quotes the customer, because fraud records are kept for a year while
    personal data goes after 90 days.
    """

    indicator: str = field(validator=text_length(1, 100))
    severity: Severity
    detail: str = field(validator=text_length(1, 500))


@frozen
class FraudCheck:
    """One check's conclusion, suspicious when it found at least one violation.

    `confidence` is how sure the check is of its conclusion either way: a check that could
    not look (no opening hours on record) is not suspicious, with low confidence.
    """

    check_type: CheckType
    confidence: Decimal = field(validator=unit_interval)
    reasoning: str = field(validator=text_length(1, 500))
    violations: tuple[Violation, ...] = field(
        default=(), converter=frozen_tuple, validator=each(Violation)
    )

    @property
    def is_suspicious(self) -> bool:
        return bool(self.violations)

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(violation.indicator for violation in self.violations))

    @property
    def is_critical(self) -> bool:
        return any(violation.severity is Severity.CRITICAL for violation in self.violations)

    def is_decisive(self, suspicious_at_confidence: Decimal) -> bool:
        """Whether this check alone makes the feedback fraudulent."""
        return self.is_suspicious and (
            self.confidence >= suspicious_at_confidence or self.is_critical
        )


@frozen
class FraudVerdict:
    """The checks combined: fraudulent feedback is excluded from rewards.

    Use `combine` to reach a verdict; the constructor is for restoring a stored one.
    """

    checks: tuple[FraudCheck, ...] = field(converter=frozen_tuple, validator=each(FraudCheck))
    is_fraudulent: bool
    confidence: Decimal = field(validator=unit_interval)

    @classmethod
    def combine(
        cls, checks: Iterable[FraudCheck], suspicious_at_confidence: Decimal
    ) -> FraudVerdict:
        """Fraudulent iff a check is suspicious with confidence ≥ `suspicious_at_confidence`
        (0.7 by policy), or found a critical violation whatever its confidence.

        The verdict's confidence is that of the surest deciding check when fraudulent;
        otherwise that of the least sure check, a suspicious check counting with its doubt
        (1 − confidence), so a clean verdict is only as sure as its weakest check.
        """
        checks = tuple(checks)
        deciding = [check for check in checks if check.is_decisive(suspicious_at_confidence)]
        if deciding:
            return cls(checks, True, max(check.confidence for check in deciding))
        certainties = [
            1 - check.confidence if check.is_suspicious else check.confidence for check in checks
        ]
        return cls(checks, False, min(certainties, default=Decimal(0)))

    @property
    def should_exclude_from_rewards(self) -> bool:
        return self.is_fraudulent

    @property
    def indicators(self) -> tuple[str, ...]:
        """Every indicator any check found, deciding or not, each once, in check order."""
        return tuple(dict.fromkeys(i for check in self.checks for i in check.indicators))

    @property
    def reasons(self) -> tuple[str, ...]:
        """The reasoning of each suspicious check."""
        return tuple(check.reasoning for check in self.checks if check.is_suspicious)

    def check(self, check_type: CheckType) -> FraudCheck | None:
        return next((check for check in self.checks if check.check_type is check_type), None)
