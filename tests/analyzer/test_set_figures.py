"""Each blind-format set's figures through the API on the embedded defaults, held at its gates.

Each set was written and labelled without reading the analyzer; only aggregate figures are
read (`python -m tests.analyzer.blind` prints the same ones over HTTP), one test a figure, so
a miss names the figure that fell short. `pytest -s` prints them.

- `feedback_blind`, the blind holdout, is never used to tune the analyzer: its gates are
  issue 17's goals. Goals the analyzer does not reach are strict expected failures, each
  naming the figure it was last measured at: they fail the suite the day they are met, so
  the marker is then taken off (as it was for "no honest call is taken for fraud", met at
  `offline-4`, and for 90 % agreement, met at `offline-12` with 74 of 82).
- `feedback_dev2` (104 calls, five stores, two of them grocery stores the rules were never
  written for), on which `offline-4` was developed, is held at what `offline-4` reaches.
- The single-store training sets were each tuned on after they were written, so their figures
  say a set is handled, not how new calls will fare (the check half of the third set and the
  blind sets say that, and only the lead runs them): `feedback_dev3_train` (81 calls, a
  sports shop) is held at `offline-5`'s figures; `feedback_dev4_train` (83 calls, a large
  supermarket), on which `offline-5` agreed on 76 calls before any rule was generalised from
  it, at `offline-6`'s; `feedback_dev5_train` (72 calls, a village grocery with a smokehouse,
  27 content frauds), on which `offline-6` agreed on 47, caught 8 content frauds and flagged
  2 honest calls before any rule was generalised from it, at `offline-9`'s (`offline-7`'s,
  with two false rewards fewer since talk about the call itself says nothing of the visit),
  and, since `offline-11` reads an amount that shrinks within the call and one person
  described as two, at `offline-11`'s (a journey with no distance said is still not read);
  `feedback_dev6_train` (75 calls, a market hall of counters, chosen for false rewards), on
  which `offline-10` agreed on 58, paid 15 of 51 it should not, caught 11 of 24 content
  frauds and flagged 5 of 44 honest calls before any rule was generalised from it, at
  `offline-12`'s (73 agreed, 2 paid it should not, 23 content frauds caught, no honest call
  flagged); `feedback_dev7_train` (78 calls, an inland bakery-grocery, on false rewards), on
  which `offline-17` agreed on 52, paid 21 of 52 it should not, caught 7 of 25 content frauds
  and flagged 4 of 46 honest calls before any rule was generalised from it, at `offline-18`'s
  (64 agreed, 14 paid it should not, 11 content frauds caught, no honest call flagged or
  payable refused, ρ 0.88), and since `offline-19` at its figures (66, 12, 13, none, none);
  `feedback_dev8_train` (80 calls, a bookshop-stationer with a post agent, weighted to
  baseline facts agreed with and content fraud), on which `offline-18` agreed on 53, paid 23
  of 53 it should not, refused 4 of 27 payables, caught 8 of 25 content frauds and flagged 8
  of 48 honest calls before any rule was generalised from it, at `offline-19`'s (70 agreed, 10
  paid it should not, 18 content frauds caught, no honest call flagged or payable refused,
  ρ 0.86).

The development and training gates are against sliding back: a change that loses a call
there must say why.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Protocol

import pytest
from attrs import field, frozen

from tests.analyzer.blind import evaluate_in_process, load
from tests.analyzer.blind_figures import Figures, Share
from tests.analyzer.single_store_set import DATA_DIR

pytestmark = pytest.mark.slow


class Bound(Protocol):
    def holds(self, share: Share) -> bool: ...


@frozen
class AtLeast:
    hits: int

    def holds(self, share: Share) -> bool:
        return share.hits >= self.hits


@frozen
class AtMost:
    hits: int

    def holds(self, share: Share) -> bool:
        return share.hits <= self.hits


@frozen
class Every:
    """Every one of its population, which numbers `of` when given."""

    of: int | None = None

    def holds(self, share: Share) -> bool:
        return share.hits == share.of and self.of in (None, share.of)


@frozen
class RateAtLeast:
    rate: float

    def holds(self, share: Share) -> bool:
        return share.rate is not None and share.rate >= self.rate


@frozen
class AtMostOneIn:
    calls: int

    def holds(self, share: Share) -> bool:
        return share.hits * self.calls <= share.of


@frozen
class Gate:
    """The least a set's figures may be; None: the figure is not held. `rewards` (a, b): the
    mean reward by labelled band rises as low < a < medium < b <= high. `misses`: the figures
    a set does not reach yet, each with what it was measured at (strict expected failures)."""

    agreement: Bound
    content_fraud: Bound
    false_rewards: Bound | None = None
    refused_payables: Bound | None = None
    rank: float | None = None
    rewards: tuple[float, float] | None = None
    misses: dict[str, str] = field(factory=dict)


GATES = {
    "feedback_blind": Gate(
        RateAtLeast(0.9),
        Every(),
        false_rewards=AtMostOneIn(20),
        rank=0.8,
        misses={
            "false_rewards": "offline-17: 7 of 42 paid",
            "content_fraud": "offline-17: 10 of 15 caught",
        },
    ),
    "feedback_dev2": Gate(Every(104), Every(29), rank=0.85, rewards=(6.5, 10)),
    "feedback_dev3_train": Gate(AtLeast(79), Every(17), AtMost(0), AtMost(2), 0.85),
    "feedback_dev4_train": Gate(AtLeast(82), Every(), AtMost(0), AtMost(1), 0.8),
    "feedback_dev5_train": Gate(Every(72), Every(27), AtMost(0), AtMost(0)),
    "feedback_dev6_train": Gate(
        AtLeast(74),
        AtLeast(23),
        AtMost(1),
        AtMost(0),
    ),
    "feedback_dev7_train": Gate(AtLeast(75), AtLeast(22), AtMost(3), AtMost(0), 0.85),
    "feedback_dev8_train": Gate(AtLeast(77), AtLeast(24), AtMost(3), AtMost(0), 0.85),
    "feedback_dev9_train": Gate(AtLeast(72), AtLeast(22), AtMost(4), AtMost(4), 0.7),
    "feedback_dev10_train": Gate(AtLeast(71), AtLeast(21), AtMost(6), AtMost(3), 0.75),
}


def held(figure: str) -> list[Any]:
    """The sets whose gate holds `figure`, a set's known miss a strict expected failure."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=gate.misses[figure]))
        if figure in gate.misses
        else name
        for name, gate in GATES.items()
        if getattr(gate, figure) is not None
    ]


@cache
def measured(name: str) -> Figures:
    result, _ = evaluate_in_process(load(DATA_DIR / f"{name}.json"))
    print(f"\n{name}\n" + "\n".join(result.lines()))
    return result


def assert_held(name: str, figure: str, share: Share) -> None:
    bound: Bound | None = getattr(GATES[name], figure)
    assert bound is not None
    assert bound.holds(share), str(share)


@pytest.mark.parametrize("name", GATES)
def test_no_honest_call_is_flagged_as_fraud(name: str) -> None:
    assert measured(name).honest_flagged.hits == 0, str(measured(name).honest_flagged)


@pytest.mark.parametrize("name", held("agreement"))
def test_the_grader_agrees_with_the_manager(name: str) -> None:
    assert_held(name, "agreement", measured(name).qualify_agreement)


@pytest.mark.parametrize("name", held("false_rewards"))
def test_few_calls_a_manager_would_not_pay_are_paid(name: str) -> None:
    assert_held(name, "false_rewards", measured(name).false_rewards)


@pytest.mark.parametrize("name", held("refused_payables"))
def test_few_calls_a_manager_would_pay_are_refused(name: str) -> None:
    assert_held(name, "refused_payables", measured(name).refused_payables)


@pytest.mark.parametrize("name", held("content_fraud"))
def test_content_fraud_is_caught(name: str) -> None:
    assert_held(name, "content_fraud", measured(name).content_fraud_recall)


@pytest.mark.parametrize("name", held("rank"))
def test_the_overall_score_ranks_honest_calls_as_the_manager_values_them(name: str) -> None:
    rank, least = measured(name).rank_honest, GATES[name].rank
    assert rank is not None
    assert least is not None
    assert rank >= least, f"{rank:.2f}"


@pytest.mark.parametrize("name", held("rewards"))
def test_rewards_rise_with_the_labelled_band(name: str) -> None:
    means, bounds = measured(name).mean_reward, GATES[name].rewards
    low, medium, high = means["low"], means["medium"], means["high"]
    assert bounds is not None
    assert low is not None
    assert medium is not None
    assert high is not None
    assert low < bounds[0] < medium < bounds[1] <= high, means
