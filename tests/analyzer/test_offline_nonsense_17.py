"""Fluent nonsense and odd but meaningful honest speech at eight new trades
(`nonsense_shapes_17`), read in whole calls: each nonsense call raises a decisive fraud flag,
or is listed in `MISSED` with why; no honest call raises one, or it is listed in `MISSED`
while it still does.

Every call was written for `nonsense_shapes_17` before the analyzer ran on it.
"""

from __future__ import annotations

import pytest

from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.fact_shapes import moment
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.nonsense_shapes_17 import CALLS, HONEST, NONSENSE, QUESTIONS, STORES, context
from tests.analyzer.offline_calls import ANALYZER, call_cases, fraud_flags
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

MISSED: dict[str, str] = {}
"""Shapes the analyzer does not yet read, or honest calls it still flags, with why (strict
xfails)."""


def flagged(call: Call) -> list[str]:
    """The decisive fraud flags of a call, each answer said to its store's question."""
    turns: list[Turn] = [(AI, "Hej! Har du tid för några frågor?"), (CUSTOMER, "Ja, det går bra.")]
    for question, answer in zip(QUESTIONS[call.store], call.answers, strict=True):
        turns += [(AI, question), (CUSTOMER, answer)]
    feedback = FeedbackInput(a_transcript(turns), context(call.store), moment("wed 12:00"))
    return fraud_flags(ANALYZER.analyse_now(feedback))


@pytest.mark.parametrize("call", call_cases(NONSENSE, MISSED))
def test_fluent_nonsense_is_flagged(call: Call) -> None:
    assert flagged(call)


@pytest.mark.parametrize("call", call_cases(HONEST, MISSED))
def test_odd_but_meaningful_speech_is_clean(call: Call) -> None:
    assert flagged(call) == []


def test_the_material_holds_eight_trades() -> None:
    assert len(STORES) == len(QUESTIONS) == 8
    assert len(NONSENSE) >= 40
    assert len(HONEST) >= 48
    assert {c.store for c in CALLS} == set(STORES)
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in CALLS}
