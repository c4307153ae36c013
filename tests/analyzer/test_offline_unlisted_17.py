"""Unlisted departments at eight new kinds of store (`unlisted_shapes_17`): each fraud raises a
decisive fraud flag, or is listed in `MISSED` with why; no honest near miss raises one.

Every call was written for `unlisted_shapes_17`, not taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.offline_calls import ANALYZER, WEDNESDAY_NOON, call_cases, fraud_flags
from tests.analyzer.unlisted_shapes_17 import CALLS, FRAUDS, HONEST, STORES
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

MISSED: dict[str, str] = {}
"""Frauds the analyzer does not yet catch, with why (strict xfails)."""
FLAGGED: dict[str, str] = {}
"""Honest calls the analyzer still flags, with why (strict xfails)."""


def flagged(call: Call) -> list[str]:
    """The decisive fraud flags of the call, its answers after the caller's questions."""
    turns: list[Turn] = [(AI, "Hur var ditt besök idag?"), (CUSTOMER, "Ja, det var bra.")]
    for answer in call.answers:
        turns += [(AI, "Berätta gärna mer."), (CUSTOMER, answer)]
    moment = datetime.fromisoformat(WEDNESDAY_NOON)
    return fraud_flags(
        ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORES[call.store], moment))
    )


@pytest.mark.parametrize("call", call_cases(FRAUDS, MISSED))
def test_an_unlisted_department_told_as_this_visit_is_fraud(call: Call) -> None:
    assert flagged(call)


@pytest.mark.parametrize("call", call_cases(HONEST, FLAGGED))
def test_an_honest_near_miss_is_clean(call: Call) -> None:
    assert flagged(call) == []


def test_the_material_holds_enough_of_each_at_eight_kinds_of_store() -> None:
    assert len(FRAUDS) >= 40
    assert len(HONEST) >= 48
    assert len({c.store for c in CALLS}) == len(STORES) == 8
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in FRAUDS}
    assert set(FLAGGED) <= {c.shape for c in HONEST}
