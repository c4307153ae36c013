"""Honest calls at clinics, workshops, transport and leisure are paid and never flagged, near
misses are not paid (`payable_shapes_17`, written before the analyzer ran on it). Graded the
way a call goes: the analyzer, the fraud policy, the grading policy."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kundrost.domain import FraudEvidence, FraudPolicy, Grade, GradingPolicy
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.payable_shapes_17 import (
    PAYABLE,
    QUESTIONS,
    UNPAYABLE,
    Banded,
    Shaped,
    context,
    shaped_calls,
)
from tests.analyzer.shaped_grading import ANALYZER, BOUGHT, named_cases
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

PAYABLE_MISSED: dict[str, str] = {}
UNPAYABLE_MISSED: dict[str, str] = {}


def judged(key: str, call: Sequence[str]) -> tuple[bool, Grade]:
    """(flagged as fraud, grade) of a call to business `key`."""
    store = context(key)
    turns: list[Turn] = [(AI, "Hej! Har du tid att svara på några frågor?"), (CUSTOMER, "Ja.")]
    for question, answer in zip(QUESTIONS, call, strict=False):
        turns += [(AI, question), (CUSTOMER, answer)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), store, BOUGHT))
    verdict = FraudPolicy().evaluate(
        FraudEvidence(transaction_time=BOUGHT, analysis=analysis, context=store)
    )
    return verdict.is_fraudulent, GradingPolicy().grade(analysis, verdict)


def test_the_material_holds_sixty_four_payable_and_twenty_four_unpayable_calls() -> None:
    assert sum(map(len, PAYABLE.values())) >= 64
    assert sum(map(len, UNPAYABLE.values())) >= 24
    assert len({key for group in PAYABLE.values() for _, key, _ in group}) == 8
    assert set(PAYABLE_MISSED) <= {name for name, _ in shaped_calls(PAYABLE)}
    assert set(UNPAYABLE_MISSED) <= {name for name, _ in shaped_calls(UNPAYABLE)}


@pytest.mark.parametrize("banded", named_cases(shaped_calls(PAYABLE), PAYABLE_MISSED))
def test_an_honest_call_far_from_a_grocery_store_is_paid_and_not_flagged(
    banded: Banded,
) -> None:
    _, key, call = banded
    flagged, grade = judged(key, call)
    assert not flagged
    assert grade.qualifies


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(UNPAYABLE), UNPAYABLE_MISSED))
def test_a_call_that_tells_the_business_nothing_is_not_paid(shaped: Shaped) -> None:
    assert not judged(*shaped)[1].qualifies
