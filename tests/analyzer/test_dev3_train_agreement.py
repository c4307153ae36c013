"""The third development set's training half, through the API on the embedded defaults,
held at what the rules tuned on it reach.

tests/data/feedback_dev3_train.json (81 calls, a sports shop no other set has) was written
without reading the analyzer, and the rules were then generalised from its misses: so these
figures say the set is handled, not how new calls will fare (its check half and the blind
sets say that, and only the lead runs them). They are gates against sliding back: a change
that loses a call here must say why. `pytest -s` prints the figures.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.analyzer.blind import evaluate_in_process, load
from tests.analyzer.blind_figures import Figures

pytestmark = pytest.mark.slow

TRAIN = Path(__file__).resolve().parents[1] / "data" / "feedback_dev3_train.json"


@cache
def measured() -> Figures:
    result, _ = evaluate_in_process(load(TRAIN))
    print("\n" + "\n".join(result.lines()))
    return result


def test_no_honest_call_is_flagged_as_fraud() -> None:
    assert measured().honest_flagged.hits == 0, str(measured().honest_flagged)


def test_the_grader_agrees_with_the_manager_on_nine_calls_in_ten() -> None:
    agreement = measured().qualify_agreement
    assert agreement.hits >= 75, str(agreement)


def test_few_calls_a_manager_would_not_pay_are_paid() -> None:
    assert measured().false_rewards.hits <= 4, str(measured().false_rewards)
    assert measured().refused_payables.hits <= 2, str(measured().refused_payables)


def test_most_content_fraud_is_caught() -> None:
    assert measured().content_fraud_recall.hits >= 12, str(measured().content_fraud_recall)


def test_the_overall_score_ranks_honest_calls_as_the_manager_values_them() -> None:
    rank = measured().rank_honest
    assert rank is not None
    assert rank >= 0.85, f"{rank:.2f}"
