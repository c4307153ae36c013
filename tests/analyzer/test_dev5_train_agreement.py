"""The fifth development set, through the API on the embedded defaults, held at what
`offline-7` reaches on it.

tests/data/feedback_dev5_train.json (72 calls, a village grocery with a smokehouse, 27
content frauds) was written without reading the analyzer; `offline-6` agreed on 47 of its
calls, caught 8 of its content frauds and flagged 2 honest calls before any rule was
generalised from its misses. These figures say the set is handled, not how new calls will
fare (the blind sets say that, and they did not move): they are gates against sliding back,
and a change that loses a call here must say why. `pytest -s` prints the figures.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.analyzer.blind import evaluate_in_process, load
from tests.analyzer.blind_figures import Figures

pytestmark = pytest.mark.slow

TRAIN = Path(__file__).resolve().parents[1] / "data" / "feedback_dev5_train.json"


@cache
def measured() -> Figures:
    result, _ = evaluate_in_process(load(TRAIN))
    print("\n" + "\n".join(result.lines()))
    return result


def test_no_honest_call_is_flagged_as_fraud() -> None:
    assert measured().honest_flagged.hits == 0, str(measured().honest_flagged)


def test_the_grader_agrees_with_the_manager_on_nine_calls_in_ten() -> None:
    agreement = measured().qualify_agreement
    assert agreement.hits >= 65, str(agreement)


def test_few_calls_a_manager_would_not_pay_are_paid() -> None:
    assert measured().false_rewards.hits <= 6, str(measured().false_rewards)
    assert measured().refused_payables.hits <= 1, str(measured().refused_payables)


def test_content_fraud_is_caught_but_for_three_kinds_no_rule_reads() -> None:
    recall = measured().content_fraud_recall
    assert recall.hits >= 24, str(recall)
