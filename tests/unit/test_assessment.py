"""Assessments: qualifying feedback keeps its content, the rest only its numbers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

from kundrost.domain.assessment import AnalysisMetadata, QualityAssessment
from kundrost.domain.errors import InvalidValue
from kundrost.domain.retention import ASSESSMENT_FIELDS_KEPT_ON_ANONYMISATION
from tests.unit.grading_builders import (
    a_fraudulent_verdict,
    a_generic_rubric,
    an_analysis,
    an_assessment,
    at,
)


def test_qualifying_feedback_keeps_its_summary_themes_with_quotes_and_items() -> None:
    assessment = an_assessment()
    assert assessment.qualifies
    assert assessment.reward_percentage == Decimal("10.43")
    assert assessment.summary == an_analysis().summary
    assert assessment.themes == an_analysis().themes
    assert assessment.themes[0].quote == "Köttdisken var fantastisk."
    assert assessment.actionable_items == an_analysis().actionable_items
    assert not assessment.content_deleted
    assert not assessment.is_anonymised
    assert assessment.created_at == at("2026-05-12 15:00")


def test_fraudulent_feedback_is_recorded_without_content_but_with_its_scores_and_reasons() -> None:
    assessment = an_assessment(verdict=a_fraudulent_verdict())
    assert assessment.is_fraudulent
    assert not assessment.qualifies
    assert assessment.reward_percentage is None
    assert assessment.fraud_reasons == ("business_hours_violation",)
    assert assessment.scores.overall == Decimal("0.7540")
    assert (assessment.summary, assessment.themes, assessment.actionable_items) == (None, (), ())
    assert assessment.content_deleted
    assert assessment.is_anonymised


def test_low_grade_feedback_is_recorded_without_content_and_without_fraud_reasons() -> None:
    assessment = an_assessment(analysis=an_analysis(rubric=a_generic_rubric()))
    assert not assessment.qualifies
    assert not assessment.is_fraudulent
    assert assessment.fraud_reasons == ()
    assert assessment.content_deleted
    assert assessment.themes == ()


def test_an_empty_summary_is_recorded_as_none() -> None:
    assert an_assessment(analysis=an_analysis(summary="  ")).summary is None


def test_deleting_the_content_keeps_the_grade() -> None:
    emptied = an_assessment().without_content()
    assert (emptied.summary, emptied.themes, emptied.actionable_items) == (None, (), ())
    assert emptied.content_deleted
    assert emptied.qualifies
    assert emptied.reward_percentage == Decimal("10.43")


def test_anonymising_drops_the_summary_quotes_and_items_but_keeps_the_themes() -> None:
    anonymised = an_assessment().anonymised()
    assert anonymised.summary is None
    assert anonymised.actionable_items == ()
    assert [theme.label for theme in anonymised.themes] == ["Köttdisken", "Kö i kassan"]
    assert all(theme.quote is None for theme in anonymised.themes)
    assert anonymised.is_anonymised
    assert not anonymised.content_deleted
    assert anonymised.anonymised() == anonymised


def test_anonymising_keeps_every_field_retention_says_it_keeps() -> None:
    original = an_assessment()
    anonymised = original.anonymised()
    grade = {"qualifies", "reward_percentage"}
    flags = {"content_deleted", "is_anonymised"}
    for name in attrs.fields_dict(QualityAssessment):
        kept_as = "grade" if name in grade else name
        if kept_as in ASSESSMENT_FIELDS_KEPT_ON_ANONYMISATION:
            assert getattr(anonymised, name) == getattr(original, name), name
        elif name not in flags | {"themes"}:
            assert not getattr(anonymised, name), name
    assert "themes_without_quotes" in ASSESSMENT_FIELDS_KEPT_ON_ANONYMISATION


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reward_percentage": None}, "reward_percentage"),
        ({"is_fraudulent": True}, "qualifies"),
        ({"fraud_reasons": ("phone_velocity",)}, "fraud_reasons"),
        ({"qualifies": False, "reward_percentage": None}, "content_deleted"),
        ({"content_deleted": True}, "content_deleted"),
        ({"is_anonymised": True}, "is_anonymised"),
        ({"created_at": at("2026-05-12 15:00").replace(tzinfo=None)}, "created_at"),
    ],
)
def test_an_assessment_that_breaks_a_rule_is_refused(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        attrs.evolve(an_assessment(), **changes)
    assert refused.value.field == field


def test_analysis_metadata_refuses_a_negative_duration_or_token_count() -> None:
    with pytest.raises(InvalidValue, match="analysis_duration_ms"):
        AnalysisMetadata("openai", "gpt-4o-mini", -1)
    with pytest.raises(InvalidValue, match="completion_tokens"):
        AnalysisMetadata("openai", "gpt-4o-mini", 900, 1200, -5)
