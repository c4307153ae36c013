"""The four fraud checks (timing, content, context, pattern): evidence in, one FraudCheck out."""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.business_context import Weekday
from kundrost.domain.fraud import (
    CheckType,
    FraudCheck,
    FraudEvidence,
    Indicator,
    Severity,
    Violation,
)
from kundrost.domain.similarity import jaccard_at_least, words

if TYPE_CHECKING:
    from kundrost.domain.fraud_checks import FraudPolicy

_Finding = tuple[Violation, Decimal]


def _span(period: timedelta) -> str:
    days, rest = divmod(period, timedelta(days=1))
    if rest:
        return str(period)
    return "1 day" if days == 1 else f"{days} days"


def _conclude(
    check_type: CheckType, findings: list[_Finding], suspicious: str, clean: str, sure: Decimal
) -> FraudCheck:
    if not findings:
        return FraudCheck(check_type, sure, clean)
    violations = tuple(violation for violation, _ in findings)
    return FraudCheck(check_type, max(c for _, c in findings), suspicious, violations)


def _flagged(flag: ContentFlag) -> _Finding:
    what = flag.kind.value.replace("_", " ")
    detail = f"The analyzer flagged {what} with confidence {flag.confidence}."
    return Violation(flag.kind.value, Severity.HIGH, detail), flag.confidence


def check_timing(evidence: FraudEvidence, policy: FraudPolicy) -> FraudCheck:
    """A purchase outside the store's opening hours, or on a closed date, cannot have
    happened: critical `business_hours_violation`. Hours are read in the store's own time
    zone, daylight saving included, widened by `timing_grace` (10 min) either side for
    clocks that disagree. Without opening hours on record there is nothing to check."""
    context = evidence.context
    if context is None or not context.operating_hours:
        why = "no business context" if context is None else "no opening hours on record"
        return FraudCheck(
            CheckType.TIMING,
            policy.unchecked_confidence,
            f"The store has {why}, so the purchase time could not be checked.",
        )
    local = context.local(evidence.transaction_time)
    day = Weekday.of(local.date()).value.capitalize()
    when = f"{local:%H:%M} on {day} {local:%Y-%m-%d} ({context.timezone})"
    if context.is_open_at(evidence.transaction_time, policy.timing_grace):
        reasoning = f"The purchase at {when} falls within the store's opening hours."
        return FraudCheck(CheckType.TIMING, policy.clear_confidence, reasoning)
    hours = context.hours_on(local.date())
    closed = (
        "the store is closed all day"
        if hours is None
        else f"outside opening hours {hours.open:%H:%M}–{hours.close:%H:%M}"
    )
    violation = Violation(
        Indicator.BUSINESS_HOURS_VIOLATION, Severity.CRITICAL, f"Purchase at {when}: {closed}."
    )
    return FraudCheck(
        CheckType.TIMING,
        policy.timing_confidence,
        "The purchase was made while the store was closed.",
        (violation,),
    )


def check_content(evidence: FraudEvidence, policy: FraudPolicy) -> FraudCheck:
    """Each nonsensical or impossible claim the analyzer flagged ("butiken borde köpa
    flygande elefanter") is a high-severity `nonsensical_content` / `impossible_claim`,
    as sure as the analyzer was."""
    kinds = {FlagKind.NONSENSICAL, FlagKind.IMPOSSIBLE_CLAIM}
    findings = [_flagged(f) for f in evidence.analysis.content_flags if f.kind in kinds]
    return _conclude(
        CheckType.CONTENT,
        findings,
        "The customer's account contains nonsensical or impossible claims.",
        "The analyzer found nothing nonsensical or impossible in the account.",
        policy.clear_confidence,
    )


UNKNOWN_DEPARTMENT = "The feedback names a department this store does not list."
"""An unknown department's detail names no department: the name is the shopper's word, and a
fraud record outlives the call (`Violation`)."""


def check_context(evidence: FraudEvidence, policy: FraudPolicy) -> FraudCheck:
    """A theme or item in a department the store does not have, by name or alias, is a
    medium-severity `unknown_department` (`unknown_department_confidence`, 0.6: suspicious,
    but alone below the fraud threshold, because a label may just be a name the store did
    not list, like "kassan"); the analyzer's own flags of an unknown department or a
    contradicted baseline fact count with their confidence. Departments are compared only
    when the store lists some."""
    context = evidence.context
    findings: list[_Finding] = []
    if context is not None and context.departments:
        names = evidence.analysis.departments()
        unknown = [name for name in names if context.department_named(name) is None]
        violation = Violation(Indicator.UNKNOWN_DEPARTMENT, Severity.MEDIUM, UNKNOWN_DEPARTMENT)
        findings += [(violation, policy.unknown_department_confidence) for _ in unknown]
    kinds = {FlagKind.UNKNOWN_DEPARTMENT, FlagKind.CONTRADICTS_FACT}
    findings += [_flagged(f) for f in evidence.analysis.content_flags if f.kind in kinds]
    if context is None or not (context.departments or context.baseline_facts):
        why = "no business context" if context is None else "no departments or baseline facts"
        clean = f"The store has {why}, so claims about it could not be checked."
        sure = policy.unchecked_confidence
    else:
        clean = "Nothing said contradicts the store's departments or baseline facts."
        sure = policy.clear_confidence
    suspicious = "The feedback describes departments or facts that do not match this store."
    return _conclude(CheckType.CONTEXT, findings, suspicious, clean, sure)


def check_pattern(evidence: FraudEvidence, policy: FraudPolicy) -> FraudCheck:
    """More than `max_calls_per_phone` (3) feedback calls from one number within
    `velocity_window` (7 days) is a medium-severity `phone_velocity`; a customer text at
    least `duplicate_similarity` (0.85) alike to another session's of the store, measured by
    `jaccard` of their signatures (`jaccard_at_least`), is a high-severity `duplicate_feedback`."""
    findings: list[_Finding] = []
    calls = evidence.calls_from_phone_last_window + 1
    if calls > policy.max_calls_per_phone:
        detail = (
            f"{calls} feedback calls from this number within {_span(policy.velocity_window)}, "
            f"more than the {policy.max_calls_per_phone} allowed."
        )
        violation = Violation(Indicator.PHONE_VELOCITY, Severity.MEDIUM, detail)
        findings.append((violation, policy.velocity_confidence))
    if len(words(evidence.transcript_text)) >= policy.duplicate_min_words:
        own = evidence.transcript_signature
        minimum = policy.duplicate_similarity
        scores = [jaccard_at_least(own, other, minimum) for other in evidence.other_signatures]
        close = [score for score in scores if score is not None]
        if close:
            shown = max(close).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
            detail = (
                f"{len(close)} recent feedback(s) of other sessions at least "
                f"{policy.duplicate_similarity} alike; the closest {shown}."
            )
            violation = Violation(Indicator.DUPLICATE_FEEDBACK, Severity.HIGH, detail)
            findings.append((violation, policy.duplicate_confidence))
    return _conclude(
        CheckType.PATTERN,
        findings,
        "The call repeats other feedback: the same phone too often or the same words.",
        "The phone number is within its call limit and the words match no recent feedback.",
        policy.clear_confidence,
    )
