"""Another store's feedback and fluent empty talk are not paid; the honest calls beside them
are (`offstore_shapes_17`, written before the analyzer ran on it). Graded the way a call goes:
the analyzer, the fraud policy, the grading policy.

Figures on the material are filled in below once measured."""

from __future__ import annotations

import pytest

from kundrost.domain import Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.offline_calls import fraud_flags
from tests.analyzer.offstore_shapes_17 import (
    FLUENT_EMPTY,
    OTHER_STORE,
    PAYABLE,
    QUESTIONS,
    Shaped,
    context,
    shaped_calls,
)
from tests.analyzer.shaped_grading import ANALYZER, BOUGHT, named_cases
from tests.analyzer.shaped_grading import graded as shaped_graded
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

OTHER_STORE_MISSED: dict[str, str] = {}
FLUENT_EMPTY_MISSED: dict[str, str] = {}
PAYABLE_MISSED: dict[str, str] = {}


def graded(key: str, call: tuple[str, ...]) -> Grade:
    return shaped_graded(call, context(key), QUESTIONS[: len(call)])


def _flags(key: str, call: tuple[str, ...]) -> list[str]:
    turns: list[Turn] = [(AI, "Hej! Har du tid att svara på några frågor?"), (CUSTOMER, "Ja.")]
    for question, answer in zip(QUESTIONS, call, strict=False):
        turns += [(AI, question), (CUSTOMER, answer)]
    return fraud_flags(
        ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context(key), BOUGHT))
    )


def test_the_material_holds_eight_businesses_of_each_kind() -> None:
    for shapes in (OTHER_STORE, FLUENT_EMPTY, PAYABLE):
        assert len({key for group in shapes.values() for key, _ in group}) == 8
    assert sum(map(len, OTHER_STORE.values())) == 32
    assert sum(map(len, FLUENT_EMPTY.values())) == 24
    assert sum(map(len, PAYABLE.values())) == 48
    assert set(OTHER_STORE_MISSED) <= {name for name, _ in shaped_calls(OTHER_STORE)}
    assert set(FLUENT_EMPTY_MISSED) <= {name for name, _ in shaped_calls(FLUENT_EMPTY)}
    assert set(PAYABLE_MISSED) <= {name for name, _ in shaped_calls(PAYABLE)}


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(OTHER_STORE), OTHER_STORE_MISSED))
def test_feedback_about_another_store_is_not_paid(shaped: Shaped) -> None:
    assert not graded(*shaped).qualifies


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(FLUENT_EMPTY), FLUENT_EMPTY_MISSED))
def test_fluent_talk_that_says_nothing_of_the_visit_is_not_paid(shaped: Shaped) -> None:
    assert not graded(*shaped).qualifies


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(PAYABLE), PAYABLE_MISSED))
def test_an_honest_call_near_them_is_paid_and_clean(shaped: Shaped) -> None:
    assert graded(*shaped).qualifies
    assert not _flags(*shaped)
