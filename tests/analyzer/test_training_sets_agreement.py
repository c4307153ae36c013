"""The single-store training sets, through the API on the embedded defaults, each held at
what the rules tuned on it reach.

Each set was written without reading the analyzer, and rules were then generalised from its
misses: so these figures say a set is handled, not how new calls will fare (the check half
of the third set and the blind sets say that, and only the lead runs them). They are gates
against sliding back: a change that loses a call here must say why. `pytest -s` prints the
figures.

- `feedback_dev3_train` (81 calls, a sports shop), held at `offline-5`'s figures;
- `feedback_dev4_train` (83 calls, a large supermarket): `offline-5` agreed on 76 of its
  calls before any rule was generalised from it; held at `offline-6`'s figures;
- `feedback_dev5_train` (72 calls, a village grocery with a smokehouse, 27 content frauds):
  `offline-6` agreed on 47, caught 8 of its content frauds and flagged 2 honest calls before
  any rule was generalised from it; held at `offline-9`'s figures (`offline-7`'s, with two
  false rewards fewer since talk about the call itself says nothing of the visit), with
  three kinds of content fraud no rule reads (a journey with no distance said, an amount
  that changes within the call, one person described as two).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from attrs import frozen

from tests.analyzer.blind import evaluate_in_process, load
from tests.analyzer.blind_figures import Figures

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parents[1] / "data"


@frozen
class Gate:
    """The least a set's figures may be: `content_fraud` None means every one is caught,
    `rank` None that no rank is held (the fifth set's honest calls rank at 0.73: it was
    written for fraud, and no rule was tuned to its rewards)."""

    agreement: int
    false_rewards: int
    refused_payables: int
    content_fraud: int | None
    rank: float | None


GATES = {
    "feedback_dev3_train": Gate(75, 4, 2, 12, 0.85),
    "feedback_dev4_train": Gate(82, 0, 1, None, 0.8),
    "feedback_dev5_train": Gate(67, 4, 1, 24, None),
}
NAMES = tuple(GATES)


@cache
def measured(name: str) -> Figures:
    result, _ = evaluate_in_process(load(DATA / f"{name}.json"))
    print(f"\n{name}\n" + "\n".join(result.lines()))
    return result


@pytest.mark.parametrize("name", NAMES)
def test_no_honest_call_is_flagged_as_fraud(name: str) -> None:
    assert measured(name).honest_flagged.hits == 0, str(measured(name).honest_flagged)


@pytest.mark.parametrize("name", NAMES)
def test_the_grader_agrees_with_the_manager_as_it_did(name: str) -> None:
    agreement = measured(name).qualify_agreement
    assert agreement.hits >= GATES[name].agreement, str(agreement)


@pytest.mark.parametrize("name", NAMES)
def test_few_calls_a_manager_would_not_pay_are_paid(name: str) -> None:
    figures, gate = measured(name), GATES[name]
    assert figures.false_rewards.hits <= gate.false_rewards, str(figures.false_rewards)
    assert figures.refused_payables.hits <= gate.refused_payables, str(figures.refused_payables)


@pytest.mark.parametrize("name", NAMES)
def test_content_fraud_is_caught_as_it_was(name: str) -> None:
    recall, least = measured(name).content_fraud_recall, GATES[name].content_fraud
    assert recall.hits >= (recall.of if least is None else least), str(recall)


@pytest.mark.parametrize("name", [name for name in NAMES if GATES[name].rank is not None])
def test_the_overall_score_ranks_honest_calls_as_the_manager_values_them(name: str) -> None:
    rank, least = measured(name).rank_honest, GATES[name].rank
    assert rank is not None
    assert least is not None
    assert rank >= least, f"{rank:.2f}"
