"""The offline analyzer grades the hand-labelled corpus as its human grader did.

Each item goes the way a real call goes: the analysability rule first (a call that cannot be
analysed does not qualify), then the offline analyzer, the fraud policy and the grading
policy. The verdicts are compared with the labels; `pytest -s` prints the report. The
test fails below 90 % agreement on whether an item qualifies, when an item labelled
nonsensical, impossible, unknown-department or contradicting a fact is not flagged with one
of its labelled indicators, or when a purchase outside opening hours is not caught.
Agreement on the reward band is reported, not required: the analyzer's reward often lands
one band off a human's.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from kundrost.domain import Indicator
from tests.analyzer.agreement import Outcome, graded, missed_content_fraud, report, share
from tests.analyzer.corpus import items

REQUIRED_AGREEMENT = Decimal("0.90")


@cache
def outcomes() -> tuple[Outcome, ...]:
    return tuple(graded(entry) for entry in items())


def test_the_analyzer_agrees_with_the_graders_on_what_qualifies() -> None:
    results = outcomes()
    print("\n" + report(results))
    agreed = sum(r.agrees for r in results)
    assert share(agreed, len(results)) >= REQUIRED_AGREEMENT, report(results)


def test_every_labelled_content_fraud_is_flagged_with_its_indicator() -> None:
    assert missed_content_fraud(outcomes()) == []


def test_every_purchase_outside_opening_hours_is_caught() -> None:
    missed = [
        r.id
        for r in outcomes()
        if Indicator.BUSINESS_HOURS_VIOLATION in r.label["fraud_indicators"]
        and (Indicator.BUSINESS_HOURS_VIOLATION not in r.indicators or r.qualifies)
    ]
    assert missed == []


def test_no_item_labelled_fraud_or_unanalysable_is_rewarded() -> None:
    rewarded = [
        r.id
        for r in outcomes()
        if r.qualifies and (r.label["fraud_indicators"] or not r.label["analysable"])
    ]
    assert rewarded == []
