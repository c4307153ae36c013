"""Grading: who qualifies, the cashback they earn, and the reasons a grade gives."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.domain.errors import InvalidValue
from kundrost.domain.grading import Grade, GradingPolicy, QualityScores, ReasonCode
from kundrost.domain.rubric_scoring import RubricScores
from tests.unit.grading_builders import (
    a_clean_verdict,
    a_fraudulent_verdict,
    an_analysis,
    scored,
)

POLICY = GradingPolicy()
CLEAN = a_clean_verdict()
FRAUD = a_fraudulent_verdict()

scores = st.decimals(min_value=0, max_value=1, places=4)
honest_legitimacy = st.decimals(min_value=Decimal("0.5"), max_value=1, places=4)


def test_overall_quality_weighs_legitimacy_four_tenths_and_depth_and_usefulness_three() -> None:
    grade = POLICY.judge(scored("0.9", "0.7", "0.6"), CLEAN)
    assert grade.scores == QualityScores(
        Decimal("0.9"), Decimal("0.7"), Decimal("0.6"), Decimal("0.7500")
    )


def test_the_stored_overall_is_rounded_half_up_to_four_places() -> None:
    grade = POLICY.judge(scored("0.55555", "0.5", "0.5"), CLEAN)
    assert grade.scores.overall == Decimal("0.5222")


def test_a_legitimacy_of_exactly_one_half_qualifies() -> None:
    grade = POLICY.judge(scored("0.5", "0.5", "0.5"), CLEAN)
    assert grade.qualifies
    assert grade.codes == (ReasonCode.QUALIFIES,)


def test_a_legitimacy_just_below_one_half_does_not_qualify_whatever_the_quality() -> None:
    grade = POLICY.judge(scored("0.49", "1", "1"), CLEAN)
    assert not grade.qualifies
    assert grade.reward_percentage is None
    assert grade.codes == (ReasonCode.LEGITIMACY_BELOW_MINIMUM,)
    assert grade.reasons[0].message == "Legitimacy 0.49 is below the minimum 0.5."


def test_an_overall_of_exactly_three_tenths_earns_two_percent() -> None:
    grade = POLICY.judge(scored("0.6", "0.2", "0"), CLEAN)
    assert grade.scores.overall == Decimal("0.3000")
    assert grade.reward_percentage == Decimal("2.00")


def test_a_perfect_feedback_earns_fifteen_percent() -> None:
    assert POLICY.judge(scored("1", "1", "1"), CLEAN).reward_percentage == Decimal("15.00")


def test_the_reward_is_rounded_half_up_at_half_a_cent() -> None:
    grade = POLICY.judge(scored("0.5", "0.345", "0"), CLEAN)  # overall 0.3035: 2.065 %
    assert grade.reward_percentage == Decimal("2.07")


def test_the_reward_is_linear_between_floor_and_ceiling() -> None:
    assert POLICY.reward_for(Decimal("0.65")) == Decimal("8.50")
    assert POLICY.reward_for(Decimal("0.2999")) is None


def test_an_overall_just_below_three_tenths_fails_and_says_its_exact_value() -> None:
    grade = POLICY.judge(scored("0.6", "0.19999", "0"), CLEAN)
    assert grade.scores.overall == Decimal("0.3000")
    assert grade.codes == (ReasonCode.OVERALL_BELOW_MINIMUM,)
    assert "0.299997 is below the minimum 0.30" in grade.reasons[0].message


def test_a_purchase_outside_opening_hours_is_fraud_and_earns_nothing() -> None:
    grade = POLICY.grade(an_analysis(), FRAUD)
    assert not grade.qualifies
    assert grade.reward_percentage is None
    assert grade.codes == (ReasonCode.FRAUDULENT,)
    assert grade.reasons[0].indicators == ("business_hours_violation",)
    assert "business_hours_violation" in grade.reasons[0].message


def test_a_grade_names_every_rule_it_failed() -> None:
    grade = POLICY.judge(scored("0.1", "0.2", "0.1"), FRAUD)
    assert grade.codes == (
        ReasonCode.FRAUDULENT,
        ReasonCode.LEGITIMACY_BELOW_MINIMUM,
        ReasonCode.OVERALL_BELOW_MINIMUM,
    )


def test_a_qualifying_grade_says_what_it_earns() -> None:
    grade = POLICY.judge(scored("0.9", "0.7", "0.6"), CLEAN)
    assert grade.reasons[0].message == "Overall quality 0.7500 earns 10.36 % cashback."


def test_weights_that_do_not_sum_to_one_are_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        GradingPolicy(legitimacy_weight=Decimal("0.5"))
    assert refused.value.field == "weights"


def test_a_threshold_of_one_is_refused_because_no_reward_could_rise_from_it() -> None:
    with pytest.raises(InvalidValue, match="min_overall"):
        GradingPolicy(min_overall=Decimal(1))


def test_a_grade_without_reasons_is_refused() -> None:
    with pytest.raises(InvalidValue, match="reasons"):
        Grade(QualityScores(*[Decimal("0.5")] * 4), Decimal("7.57"), ())


@given(scores, scores, scores, st.booleans())
def test_a_reward_within_two_and_fifteen_percent_exactly_when_the_grade_qualifies(
    legitimacy: Decimal, depth: Decimal, usefulness: Decimal, fraudulent: bool
) -> None:
    three = RubricScores(legitimacy, depth, usefulness)
    grade = POLICY.judge(three, FRAUD if fraudulent else CLEAN)
    overall = POLICY.overall(three)
    assert grade.qualifies is (
        not fraudulent and legitimacy >= Decimal("0.5") and overall >= Decimal("0.3")
    )
    if grade.reward_percentage is None:
        assert not grade.qualifies
    else:
        assert grade.qualifies
        assert Decimal("2.00") <= grade.reward_percentage <= Decimal("15.00")
        assert grade.reward_percentage == grade.reward_percentage.quantize(Decimal("0.01"))


@given(honest_legitimacy, scores, scores, scores, scores)
def test_better_feedback_never_earns_less(
    legitimacy: Decimal, depth: Decimal, usefulness: Decimal, depth_2: Decimal, useful_2: Decimal
) -> None:
    first = RubricScores(legitimacy, depth, usefulness)
    second = RubricScores(legitimacy, depth_2, useful_2)
    lower, higher = sorted([first, second], key=POLICY.overall)
    assert _earned(lower) <= _earned(higher)


def _earned(three: RubricScores) -> Decimal:
    """The reward, with no reward counted as less than any."""
    reward = POLICY.judge(three, CLEAN).reward_percentage
    return Decimal(-1) if reward is None else reward
