"""Fraud checks: timing, content, context and pattern, and how their findings combine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

import pytest

from kundrost.domain.analysis import ActionableItem, Category, FlagKind
from kundrost.domain.errors import InvalidValue
from kundrost.domain.fraud import CheckType, FraudEvidence, FraudVerdict, Indicator, Severity
from kundrost.domain.fraud_checks import (
    FraudPolicy,
    check_content,
    check_context,
    check_pattern,
    check_timing,
)
from tests.unit.grading_builders import (
    CUSTOMER_TEXT,
    UTC,
    a_check,
    a_flag,
    a_store_context,
    a_theme,
    an_analysis,
    at,
    evidence,
)

POLICY = FraudPolicy()

# --- timing -----------------------------------------------------------------------------


def test_a_purchase_at_two_in_the_night_utc_is_a_critical_business_hours_violation() -> None:
    verdict = POLICY.evaluate(evidence(transaction_time=at("2026-05-12 02:00", UTC)))
    timing = verdict.check(CheckType.TIMING)
    assert timing is not None
    assert timing.is_suspicious
    assert timing.indicators == ("business_hours_violation",)
    assert timing.violations[0].severity is Severity.CRITICAL
    assert "04:00 on Tuesday 2026-05-12" in timing.violations[0].detail
    assert "08:00–20:00" in timing.violations[0].detail
    assert verdict.is_fraudulent
    assert verdict.should_exclude_from_rewards


def test_a_purchase_in_opening_hours_is_not_suspicious() -> None:
    timing = check_timing(evidence(), POLICY)
    assert not timing.is_suspicious
    assert timing.confidence == POLICY.clear_confidence
    assert "14:30" in timing.reasoning


def test_a_purchase_on_a_closed_date_is_a_violation_even_at_noon() -> None:
    timing = check_timing(evidence(transaction_time=at("2026-12-25 12:00")), POLICY)
    assert timing.indicators == (Indicator.BUSINESS_HOURS_VIOLATION,)
    assert "closed all day" in timing.violations[0].detail


@pytest.mark.parametrize(
    ("local", "suspicious"),
    [
        ("2026-05-12 07:51", False),
        ("2026-05-12 07:49", True),
        ("2026-05-12 20:09", False),
        ("2026-05-12 20:11", True),
    ],
)
def test_ten_minutes_of_grace_forgive_a_till_clock_that_runs_off(
    local: str, suspicious: bool
) -> None:
    assert check_timing(evidence(transaction_time=at(local)), POLICY).is_suspicious is suspicious


@pytest.mark.parametrize(
    ("utc", "suspicious"),
    [
        ("2026-03-29 06:30", False),  # 08:30 summer time; 07:30 if read as winter time
        ("2026-03-29 05:30", True),
        ("2026-03-29 18:30", True),  # 20:30 summer time
        ("2026-10-25 06:30", True),  # 07:30 winter time; 08:30 if read as summer time
        ("2026-10-25 07:30", False),
        ("2026-10-25 18:30", False),  # 19:30 winter time
    ],
)
def test_opening_hours_follow_stockholm_across_the_daylight_saving_sundays(
    utc: str, suspicious: bool
) -> None:
    timing = check_timing(evidence(transaction_time=at(utc, UTC)), POLICY)
    assert timing.is_suspicious is suspicious


@pytest.mark.parametrize(
    ("context", "why"),
    [(None, "no business context"), (a_store_context(operating_hours={}), "no opening hours")],
)
def test_without_opening_hours_timing_is_unchecked_and_not_suspicious(
    context: object, why: str
) -> None:
    timing = check_timing(
        evidence(context=context, transaction_time=at("2026-05-12 03:00")), POLICY
    )
    assert not timing.is_suspicious
    assert timing.confidence == POLICY.unchecked_confidence
    assert why in timing.reasoning


# --- content ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "indicator"),
    [
        (FlagKind.NONSENSICAL, "nonsensical_content"),
        (FlagKind.IMPOSSIBLE_CLAIM, "impossible_claim"),
    ],
)
def test_an_analyzer_flag_of_nonsense_is_a_high_content_violation_as_sure_as_the_flag(
    kind: FlagKind, indicator: str
) -> None:
    analysis = an_analysis(content_flags=(a_flag(kind, "0.83"),))
    content = check_content(evidence(analysis=analysis), POLICY)
    assert content.indicators == (indicator,)
    assert content.violations[0].severity is Severity.HIGH
    assert content.confidence == Decimal("0.83")


def test_a_violation_never_quotes_the_customer_whose_words_must_go_first() -> None:
    analysis = an_analysis(content_flags=(a_flag(FlagKind.IMPOSSIBLE_CLAIM),))
    content = check_content(evidence(analysis=analysis), POLICY)
    assert "elefanter" not in content.violations[0].detail


def test_offensive_or_generic_content_is_not_a_fraud_finding() -> None:
    flags = (a_flag(FlagKind.OFFENSIVE), a_flag(FlagKind.GENERIC))
    assert not check_content(evidence(analysis=an_analysis(content_flags=flags)), POLICY).violations


# --- context ----------------------------------------------------------------------------


def test_praise_for_a_fish_counter_the_store_lacks_is_an_unknown_department() -> None:
    analysis = an_analysis(themes=(a_theme("Fiskdisken", label="Färsk lax"),))
    context = check_context(evidence(analysis=analysis), POLICY)
    assert context.indicators == ("unknown_department",)
    assert context.violations[0].severity is Severity.MEDIUM
    assert "fiskdisk" not in context.violations[0].detail.lower(), "the shopper's word"
    assert context.confidence == POLICY.unknown_department_confidence


def test_a_department_label_the_store_did_not_list_alone_does_not_void_the_reward() -> None:
    analysis = an_analysis(themes=(a_theme("Pantautomaten", label="Trasig pantautomat"),))
    verdict = POLICY.evaluate(evidence(analysis=analysis))
    assert "unknown_department" in verdict.indicators
    assert not verdict.is_fraudulent


def test_an_analyzer_claim_of_a_department_the_store_lacks_is_fraud() -> None:
    analysis = an_analysis(content_flags=(a_flag(FlagKind.UNKNOWN_DEPARTMENT, "0.85"),))
    assert POLICY.evaluate(evidence(analysis=analysis)).is_fraudulent


def test_an_actionable_item_in_an_unknown_department_counts_too() -> None:
    item = ActionableItem(Category.PRODUCT, "Sänk priset på läkemedel.", department="Apoteket")
    analysis = an_analysis(actionable_items=(item,))
    assert check_context(evidence(analysis=analysis), POLICY).indicators == ("unknown_department",)


def test_a_department_named_by_an_alias_in_any_case_is_known() -> None:
    analysis = an_analysis(themes=(a_theme("KÖTTDISKEN"), a_theme("kassorna")))
    context = check_context(evidence(analysis=analysis), POLICY)
    assert not context.is_suspicious
    assert context.confidence == POLICY.clear_confidence


@pytest.mark.parametrize(
    ("kind", "indicator"),
    [
        (FlagKind.CONTRADICTS_FACT, "contradicts_baseline_fact"),
        (FlagKind.UNKNOWN_DEPARTMENT, "unknown_department"),
    ],
)
def test_an_analyzer_flag_against_the_store_context_is_a_context_violation(
    kind: FlagKind, indicator: str
) -> None:
    analysis = an_analysis(content_flags=(a_flag(kind, "0.72"),))
    context = check_context(evidence(analysis=analysis), POLICY)
    assert context.indicators == (indicator,)
    assert context.confidence == Decimal("0.72")


def test_a_store_without_departments_cannot_have_its_departments_contradicted() -> None:
    analysis = an_analysis(themes=(a_theme("Fiskdisken"),))
    bare = a_store_context(departments=(), baseline_facts=())
    context = check_context(evidence(analysis=analysis, context=bare), POLICY)
    assert not context.is_suspicious
    assert context.confidence == POLICY.unchecked_confidence


# --- pattern ----------------------------------------------------------------------------


@pytest.mark.parametrize(("earlier_calls", "suspicious"), [(2, False), (3, True)])
def test_a_fourth_feedback_call_from_one_number_within_seven_days_is_phone_velocity(
    earlier_calls: int, suspicious: bool
) -> None:
    pattern = check_pattern(evidence(calls_from_phone_last_window=earlier_calls), POLICY)
    assert ("phone_velocity" in pattern.indicators) is suspicious
    if suspicious:
        assert pattern.violations[0].detail.startswith("4 feedback calls")
        assert "7 days" in pattern.violations[0].detail


def test_the_same_words_with_other_case_and_punctuation_are_duplicate_feedback() -> None:
    copy = CUSTOMER_TEXT.upper().replace(",", "").replace(".", "!")
    pattern = check_pattern(evidence(other_transcript_texts=("Hej.", copy)), POLICY)
    assert pattern.indicators == ("duplicate_feedback",)
    assert pattern.violations[0].severity is Severity.HIGH
    assert "1 recent feedback(s)" in pattern.violations[0].detail
    assert "the closest 1.00" in pattern.violations[0].detail


def test_a_copy_with_its_last_word_changed_is_still_a_duplicate_and_says_how_alike() -> None:
    copy = CUSTOMER_TEXT.replace("minuter.", "sekunder.")
    pattern = check_pattern(evidence(other_transcript_texts=(copy,)), POLICY)
    assert pattern.indicators == ("duplicate_feedback",)
    assert "the closest 0.94" in pattern.violations[0].detail


def test_another_customers_own_words_are_not_a_duplicate() -> None:
    pattern = check_pattern(evidence(), POLICY)
    assert not pattern.is_suspicious
    assert pattern.confidence == POLICY.clear_confidence


def test_a_few_words_are_not_compared_because_short_answers_coincide() -> None:
    short = "Bra, tack. Hej då."
    pattern = check_pattern(
        evidence(transcript_text=short, other_transcript_texts=(short,)), POLICY
    )
    assert not pattern.is_suspicious


# --- combination ------------------------------------------------------------------------


@pytest.mark.parametrize(("confidence", "fraudulent"), [("0.7", True), ("0.69", False)])
def test_a_suspicious_check_is_fraud_from_a_confidence_of_exactly_seven_tenths(
    confidence: str, fraudulent: bool
) -> None:
    verdict = FraudVerdict.combine(
        [a_check(CheckType.CONTENT, confidence, Severity.HIGH)], POLICY.suspicious_at_confidence
    )
    assert verdict.is_fraudulent is fraudulent
    assert verdict.should_exclude_from_rewards is fraudulent


def test_a_critical_violation_is_fraud_however_unsure_its_check_is() -> None:
    verdict = FraudVerdict.combine(
        [a_check(CheckType.TIMING, "0.3", Severity.CRITICAL)], Decimal("0.7")
    )
    assert verdict.is_fraudulent
    assert verdict.confidence == Decimal("0.3")


def test_a_clean_verdict_is_only_as_sure_as_its_least_sure_check() -> None:
    checks = [a_check(CheckType.TIMING, "0.2"), a_check(CheckType.CONTENT, "0.4", Severity.LOW)]
    verdict = FraudVerdict.combine(checks, Decimal("0.7"))
    assert not verdict.is_fraudulent
    assert verdict.confidence == Decimal("0.2")
    assert verdict.indicators == ("impossible_claim",)
    assert verdict.reasons == ("Granskat.",)


def test_a_verdict_names_the_indicators_of_every_suspicious_check() -> None:
    flags = (a_flag(FlagKind.IMPOSSIBLE_CLAIM),)
    verdict = POLICY.evaluate(
        evidence(transaction_time=at("2026-05-12 23:00"), analysis=an_analysis(content_flags=flags))
    )
    assert verdict.indicators == ("business_hours_violation", "impossible_claim")
    assert len(verdict.reasons) == 2
    assert verdict.confidence == POLICY.timing_confidence


def test_selected_check_types_run_alone_and_in_their_usual_order() -> None:
    at_four = evidence(transaction_time=at("2026-05-12 04:00"))
    verdict = POLICY.evaluate(at_four, check_types=["pattern", CheckType.CONTENT, "pattern"])
    assert [check.check_type for check in verdict.checks] == [CheckType.CONTENT, CheckType.PATTERN]
    assert not verdict.is_fraudulent
    assert verdict.check(CheckType.TIMING) is None


@pytest.mark.parametrize("check_types", [[], ["timing", "horoscope"]])
def test_an_empty_or_unknown_selection_of_checks_is_refused(check_types: list[str]) -> None:
    with pytest.raises(InvalidValue) as refused:
        POLICY.evaluate(evidence(), check_types=check_types)
    assert refused.value.field == "check_types"


@pytest.mark.parametrize(
    ("field", "make"),
    [
        ("timing_grace", lambda: FraudPolicy(timing_grace=timedelta(minutes=-1))),
        ("velocity_window", lambda: FraudPolicy(velocity_window=timedelta(0))),
        ("suspicious_at_confidence", lambda: FraudPolicy(suspicious_at_confidence=Decimal("1.1"))),
        ("max_calls_per_phone", lambda: FraudPolicy(max_calls_per_phone=0)),
    ],
)
def test_a_fraud_policy_refuses_parameters_that_make_no_sense(
    field: str, make: Callable[[], FraudPolicy]
) -> None:
    with pytest.raises(InvalidValue) as refused:
        make()
    assert refused.value.field == field


def test_evidence_refuses_a_naive_purchase_time_and_a_negative_call_count() -> None:
    with pytest.raises(InvalidValue, match="transaction_time"):
        FraudEvidence(
            transaction_time=at("2026-05-12 14:30").replace(tzinfo=None), analysis=an_analysis()
        )
    with pytest.raises(InvalidValue, match="calls_from_phone_last_window"):
        evidence(calls_from_phone_last_window=-1)
