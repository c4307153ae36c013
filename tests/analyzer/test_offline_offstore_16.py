"""Another store's feedback and fluent empty talk are not paid; the honest calls beside them
are (`offstore_shapes_16`, written before the analyzer ran on it). Graded the way a call goes:
the analyzer, the fraud policy, the grading policy.

Before (main at `caa48f4`): other-store calls paid 18 of 30, fluent empty calls paid 2 of
30, payable calls refused 10 of 60 (one of them, polite_praise-7, also flagged an unknown
department)."""

from __future__ import annotations

import pytest

from kundrost.domain import Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.offline_calls import fraud_flags
from tests.analyzer.offstore_shapes_16 import (
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

_ABOUT_ELSEWHERE = "the other store's observation is read as this store's"
OTHER_STORE_MISSED = {
    name: _ABOUT_ELSEWHERE
    for name in (
        "competitor-1", "competitor-4", "branch-1", "branch-2", "branch-3", "branch-5",
        "in_town-1", "in_town-2", "in_town-3", "in_town-4", "in_town-5", "other_chain-2",
        "other_chain-4", "online-3", "online-4", "online-5", "used_to-2", "used_to-5",
    )
}  # fmt: skip
FLUENT_EMPTY_MISSED = {
    "retail_advice-1": "advice for shops in general is read as a suggestion to this one",
    "retail_advice-2": "advice for shops in general is read as a suggestion to this one",
}
PAYABLE_MISSED = {
    name: "refused before this round"
    for name in (
        "plain-3", "plain-4", "plain-7", "plain-8", "plain-9", "plain-14", "plain-15",
        "polite_praise-7", "regular-2", "regular-4",
    )
}  # fmt: skip


def graded(key: str, call: tuple[str, ...]) -> Grade:
    return shaped_graded(call, context(key), QUESTIONS[: len(call)])


def _flags(key: str, call: tuple[str, ...]) -> list[str]:
    turns: list[Turn] = [(AI, "Hej! Har du tid att svara på några frågor?"), (CUSTOMER, "Ja.")]
    for question, answer in zip(QUESTIONS, call, strict=False):
        turns += [(AI, question), (CUSTOMER, answer)]
    return fraud_flags(
        ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context(key), BOUGHT))
    )


def test_the_material_holds_thirty_of_each_unpayable_and_sixty_payable_calls() -> None:
    assert sum(map(len, OTHER_STORE.values())) == 30
    assert sum(map(len, FLUENT_EMPTY.values())) == 30
    assert sum(map(len, PAYABLE.values())) == 60
    assert len({key for group in PAYABLE.values() for key, _ in group}) == 10
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
