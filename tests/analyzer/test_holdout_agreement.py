"""The offline analyzer on calls it was never tuned on.

tests/data/feedback_holdout.json holds 30 calls written blind — by someone who had not
read the analyzer — after the analyzer was tuned on the corpus, with the corpus's stores
and label rules. Its figures say how the rules carry over to new speech; `pytest -s`
prints them. The gates: agreement on what qualifies stays at or above 85 %, closed-hours
purchases are caught, unanalysable calls earn nothing, and no call labelled fraud is
rewarded. The set was measured blind at `offline-1` and `offline-2`; issue 17's work
(`offline-3`) was allowed to learn from its two misses, so it is no longer blind — the blind
set (`test_set_figures.py`) is.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache

from kundrost.domain import AnalysabilityPolicy, Indicator
from tests.analyzer.agreement import Outcome, graded, missed_content_fraud, report, share
from tests.analyzer.corpus import CORPUS_PATH, HOLDOUT_PATH, holdout_items, items, transcript_of

REQUIRED_AGREEMENT = Decimal("0.85")
KNOWN_MISSES: frozenset[str] = frozenset()
"""None since `offline-3`: the bicycle workshop "den där inne vid trädgården" of a hardware
store that has none is placed in the store by its sentence, not only by its clause."""


@cache
def outcomes() -> tuple[Outcome, ...]:
    return tuple(graded(entry) for entry in holdout_items())


def test_the_holdout_shares_the_corpus_stores_and_none_of_its_items() -> None:
    stores = json.loads(HOLDOUT_PATH.read_text(encoding="utf-8"))["stores"]
    ids = [entry["id"] for entry in holdout_items()]

    assert stores == json.loads(CORPUS_PATH.read_text(encoding="utf-8"))["stores"]
    assert len(ids) == len(set(ids)) >= 30
    assert not set(ids) & {entry["id"] for entry in items()}


def test_every_holdout_label_agrees_with_the_analysability_rule() -> None:
    for entry in holdout_items():
        analysable = AnalysabilityPolicy().evaluate(transcript_of(entry)).analysable
        assert analysable is entry["label"]["analysable"], entry["id"]


def test_the_analyzer_agrees_with_the_graders_on_new_calls() -> None:
    results = outcomes()
    print("\n" + report(results, "holdout"))
    print("content fraud not flagged with its indicator: ", missed_content_fraud(results))
    agreed = sum(r.agrees for r in results)
    assert share(agreed, len(results)) >= REQUIRED_AGREEMENT, report(results, "holdout")


def test_no_new_unanalysable_call_is_rewarded() -> None:
    assert [r.id for r in outcomes() if r.qualifies and not r.label["analysable"]] == []


def test_no_new_call_labelled_fraud_is_rewarded_beyond_the_known_misses() -> None:
    rewarded = {r.id for r in outcomes() if r.qualifies and r.label["fraud_indicators"]}
    print("\nlabelled fraud rewarded:", sorted(rewarded))
    assert rewarded <= KNOWN_MISSES


def test_every_new_purchase_outside_opening_hours_is_caught() -> None:
    missed = [
        r.id
        for r in outcomes()
        if Indicator.BUSINESS_HOURS_VIOLATION in r.label["fraud_indicators"]
        and Indicator.BUSINESS_HOURS_VIOLATION not in r.indicators
    ]
    assert missed == []
