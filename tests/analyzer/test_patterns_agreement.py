"""The offline analyzer on the development set of issue 17's patterns.

tests/data/feedback_patterns.json holds 71 calls written for issue 17 (fluent emptiness,
gaming, other stores, deadpan impossibilities, agreement with facts, repetition, polarity,
the scale of value), with the corpus's stores and one more grocery store, and a manager's
value 0–10 per honest call. It was used to develop the rubric, so its figures say the
patterns are handled, not how new calls will fare (the blind set says that). `pytest -s`
prints them.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain import AnalysabilityPolicy, Indicator
from tests.analyzer.agreement import Outcome, graded, report, share
from tests.analyzer.blind_figures import spearman
from tests.analyzer.corpus import pattern_items, pattern_stores, transcript_of

CONTENT = {Indicator.NONSENSICAL_CONTENT, Indicator.IMPOSSIBLE_CLAIM}
KNOWN_MISSES = frozenset({"hardware-impossible-deadpan-06"})
"""A forty-metre ladder carried to the car and a deck built in five minutes: no rule reads
the size of a ladder, and a whole deck in five minutes is under the two-minute bar. (Snow
inside the store, one impossible event, is caught since `offline-4`: an impossible event
alone is nonsense.)"""


@cache
def outcomes() -> tuple[Outcome, ...]:
    return tuple(graded(entry, pattern_stores()) for entry in pattern_items())


def test_every_label_agrees_with_the_analysability_rule_and_with_itself() -> None:
    for entry in pattern_items():
        label = entry["label"]
        assert AnalysabilityPolicy().evaluate(transcript_of(entry)).analysable, entry["id"]
        assert (label["reward_band"] is None) is (not label["qualifies"]), entry["id"]
        assert not (label["fraud_indicators"] and label["qualifies"]), entry["id"]
        assert (label["value"] is None) is bool(label["fraud_indicators"]), entry["id"]


def test_the_grader_agrees_on_nine_calls_in_ten_and_pays_no_pattern_it_should_not() -> None:
    results = outcomes()
    print("\n" + report(results, "patterns"))
    agreed = sum(r.agrees for r in results)
    assert share(agreed, len(results)) >= share(9, 10)
    paid = {r.id for r in results if r.qualifies and not r.label["qualifies"]}
    assert paid <= KNOWN_MISSES


def test_content_fraud_is_caught_and_no_honest_call_is_taken_for_fraud() -> None:
    results = outcomes()
    missed = {r.id for r in results if CONTENT & set(r.label["fraud_indicators"])} - {
        r.id for r in results if r.fraudulent
    }
    assert missed <= KNOWN_MISSES
    assert [r.id for r in results if r.fraudulent and not r.label["fraud_indicators"]] == []


def test_the_overall_score_ranks_honest_calls_as_the_manager_values_them() -> None:
    honest = [r for r in outcomes() if not r.label["fraud_indicators"]]
    rank = spearman([float(r.overall) for r in honest], [r.label["value"] for r in honest])
    print(f"\nSpearman overall vs value, honest: {rank:.2f}")
    assert rank is not None
    assert rank >= 0.8
