"""What reading feedback costs: token prices, and usage summed per store and week."""

from __future__ import annotations

from decimal import Decimal

import pytest
from attrs import evolve

from kundrost.domain.analysis_cost import AnalysisUsage, TokenPrices
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.errors import InvalidValue
from kundrost.domain.weekly_feedback import WeeklyFeedback
from tests.unit.grading_builders import a_fraudulent_verdict, an_assessment, metadata
from tests.unit.report_builders import a_feedback, build


def test_tokens_cost_their_price_per_million_to_the_millionth_of_a_dollar() -> None:
    prices = TokenPrices(Decimal("0.15"), Decimal("0.60"))
    assert prices.cost(1200, 300) == Decimal("0.000360")
    assert prices.cost(1, 0) == Decimal("0.000000")
    assert prices.cost(5, None) == Decimal("0.000001")


def test_an_analysis_without_a_model_has_no_cost_rather_than_a_free_one() -> None:
    assert TokenPrices().cost(None, None) is None


def test_a_negative_price_is_refused() -> None:
    with pytest.raises(InvalidValue, match="prompt_per_million"):
        TokenPrices(Decimal("-0.15"))


def test_usage_sums_tokens_and_cost_and_counts_what_is_unknown_as_nothing() -> None:
    usage = AnalysisUsage.of([(1200, 300, Decimal("0.000360")), (None, None, None), (10, 0, None)])
    assert usage == AnalysisUsage(1210, 300, Decimal("0.000360"))
    assert AnalysisUsage.total([usage, usage]) == AnalysisUsage(2420, 600, Decimal("0.000720"))


def test_the_weekly_view_of_an_assessment_keeps_its_tokens_and_cost() -> None:
    feedback = WeeklyFeedback.from_assessment(an_assessment())
    assert feedback.usage == AnalysisUsage(1200, 300, Decimal("0.000360"))


def in_the_week(assessment: QualityAssessment) -> WeeklyFeedback:
    """The assessment as feedback of the report builders' week, under an id of its own."""
    placed = a_feedback()
    return evolve(
        WeeklyFeedback.from_assessment(assessment),
        assessment_id=placed.assessment_id,
        created_at=placed.created_at,
    )


def test_a_week_costs_every_feedback_read_fraud_included() -> None:
    read = evolve(metadata(), prompt_tokens=2000, cost_usd=Decimal("0.000480"))
    week = [
        in_the_week(an_assessment()),
        in_the_week(evolve(an_assessment(), analysis_metadata=read)),
        in_the_week(an_assessment(verdict=a_fraudulent_verdict())),
        a_feedback(),
    ]
    assert build(week).analysis_usage == AnalysisUsage(4400, 900, Decimal("0.001200"))
