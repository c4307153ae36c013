"""Issue 17's goals on the blind holdout, through the API on the embedded defaults.

The blind set was written and labelled without reading the analyzer and is never used to
tune it; only these aggregate figures are read (`python -m tests.analyzer.blind` prints the
same ones over HTTP). Each goal is its own test, so a miss names the figure that fell short.
Goals `offline-6` does not reach are strict expected failures, each naming the figure it was
measured at: they fail the suite the day they are met, so the marker is then taken off (as
it was for "no honest call is taken for fraud", met at `offline-4`).
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.analyzer.blind import evaluate_in_process, load
from tests.analyzer.blind_figures import Figures

pytestmark = pytest.mark.slow


@cache
def measured() -> Figures:
    result, _ = evaluate_in_process(load())
    print("\n" + "\n".join(result.lines()))
    return result


@pytest.mark.xfail(strict=True, reason="offline-6: 70/82 (85 %)")
def test_the_grader_agrees_with_the_manager_on_nine_calls_in_ten() -> None:
    agreement = measured().qualify_agreement
    assert agreement.rate is not None
    assert agreement.rate >= 0.9, str(agreement)


@pytest.mark.xfail(strict=True, reason="offline-6: 12 of 42 paid")
def test_at_most_one_call_in_twenty_that_should_earn_nothing_is_paid() -> None:
    false_rewards = measured().false_rewards
    assert false_rewards.hits * 20 <= false_rewards.of, str(false_rewards)


@pytest.mark.xfail(strict=True, reason="offline-6: 6 of 15 caught")
def test_every_content_fraud_is_caught() -> None:
    recall = measured().content_fraud_recall
    assert recall.hits == recall.of, str(recall)


def test_no_honest_call_is_taken_for_fraud() -> None:
    assert measured().honest_flagged.hits == 0, str(measured().honest_flagged)


def test_the_overall_score_ranks_honest_calls_as_the_manager_values_them() -> None:
    rank = measured().rank_honest
    assert rank is not None
    assert rank >= 0.8, f"{rank:.2f}"
