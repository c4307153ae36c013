"""The second development set, through the API on the embedded defaults, held at what
`offline-4` reaches.

tests/data/feedback_dev2.json (104 calls, five stores, two of them grocery stores the rules
were never written for) was written without reading the analyzer, and `offline-4` was then
developed on it: so these figures say the set is handled, not how new calls will fare (the
blind set says that, `test_blind_goals.py`). They are gates against sliding back: a change
that loses a call here must say why. `pytest -s` prints the figures.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.analyzer.blind import evaluate_in_process, load
from tests.analyzer.blind_figures import Figures

pytestmark = pytest.mark.slow

DEV2 = Path(__file__).resolve().parents[1] / "data" / "feedback_dev2.json"


@cache
def measured() -> Figures:
    result, _ = evaluate_in_process(load(DEV2))
    print("\n" + "\n".join(result.lines()))
    return result


def test_the_grader_agrees_with_the_manager_on_every_call() -> None:
    agreement = measured().qualify_agreement
    assert agreement.hits == agreement.of == 104, str(agreement)


def test_every_content_and_context_fraud_is_caught_and_no_honest_call_is_flagged() -> None:
    assert measured().content_fraud_recall.hits == measured().content_fraud_recall.of == 29
    assert measured().honest_flagged.hits == 0, str(measured().honest_flagged)


def test_the_overall_score_ranks_honest_calls_as_the_manager_values_them() -> None:
    rank = measured().rank_honest
    assert rank is not None
    assert rank >= 0.85, f"{rank:.2f}"


def test_rewards_rise_with_the_labelled_band() -> None:
    means = measured().mean_reward
    low, medium, high = means["low"], means["medium"], means["high"]
    assert low is not None
    assert medium is not None
    assert high is not None
    assert low < 6.5 < medium < 10 <= high, means
