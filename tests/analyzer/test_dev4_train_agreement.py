"""The fourth development set, through the API on the embedded defaults, held at what
`offline-6` reaches on it.

tests/data/feedback_dev4_train.json (83 calls, a large supermarket) was written without
reading the analyzer; `offline-5` agreed on 76 of its calls before any rule was generalised
from its misses. These figures say the set is handled, not how new calls will fare (the
blind sets say that): they are gates against sliding back, and a change that loses a call
here must say why. `pytest -s` prints the figures.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.analyzer.blind import evaluate_in_process, load
from tests.analyzer.blind_figures import Figures

pytestmark = pytest.mark.slow

TRAIN = Path(__file__).resolve().parents[1] / "data" / "feedback_dev4_train.json"


@cache
def measured() -> Figures:
    result, _ = evaluate_in_process(load(TRAIN))
    print("\n" + "\n".join(result.lines()))
    return result


def test_no_honest_call_is_flagged_as_fraud() -> None:
    assert measured().honest_flagged.hits == 0, str(measured().honest_flagged)


def test_the_grader_agrees_with_the_manager_on_nineteen_calls_in_twenty() -> None:
    agreement = measured().qualify_agreement
    assert agreement.hits >= 82, str(agreement)


def test_no_call_a_manager_would_not_pay_is_paid() -> None:
    assert measured().false_rewards.hits == 0, str(measured().false_rewards)
    assert measured().refused_payables.hits <= 1, str(measured().refused_payables)


def test_every_content_fraud_is_caught() -> None:
    recall = measured().content_fraud_recall
    assert recall.hits == recall.of, str(recall)


def test_the_overall_score_ranks_honest_calls_as_the_manager_values_them() -> None:
    rank = measured().rank_honest
    assert rank is not None
    assert rank >= 0.8, f"{rank:.2f}"
