"""Unlisted departments, services and facilities at ten new kinds of store
(`unlisted_shapes_16`): each fraud raises a decisive fraud flag, or is listed in `MISSED` with
why; no honest near miss raises one.

Every call was written for `unlisted_shapes_16`, not taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.offline_calls import ANALYZER, WEDNESDAY_NOON, fraud_flags
from tests.analyzer.unlisted_shapes_16 import CALLS, FRAUDS, HONEST, STORES
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

MISSED: dict[str, str] = {
    "unlisted: the store said to have a flower shop inside": "not yet read",
    "unlisted: a bathroom design studio drawing in 3D": "not yet read",
    "unlisted: tiles cut in the tile workshop": "not yet read",
    "unlisted: a demo kitchen with a chef": "not yet read",
    "unlisted: a tea room in the garden": "not yet read",
    "unlisted: an auction room behind the shop": "not yet read",
    "unlisted: a fitting studio with a simulator": "not yet read",
    "unlisted: a naprapath's clinic by the changing room": "not yet read",
    "unlisted: a pharmacy corner by the exit": "not yet read",
    "unlisted: a passport-photo booth staffed inside": "not yet read",
    "unlisted: the tyre hotel": "not yet read",
    "unlisted: a massage studio": "not yet read",
    "unlisted: a racket repair workshop": "not yet read",
    "unlisted: a training pool in the basement": "not yet read",
    "unlisted: a hostel above the shop": "not yet read",
}
"""Frauds the analyzer does not yet catch, with why (strict xfails)."""


def flagged(call: Call) -> list[str]:
    """The decisive fraud flags of the call, its answers after the caller's questions."""
    turns: list[Turn] = [(AI, "Hur var ditt besök idag?"), (CUSTOMER, "Ja, det går bra.")]
    for answer in call.answers:
        turns += [(AI, "Berätta gärna mer."), (CUSTOMER, answer)]
    moment = datetime.fromisoformat(WEDNESDAY_NOON)
    return fraud_flags(
        ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORES[call.store], moment))
    )


FLAGGED: dict[str, str] = {
    "honest: a shower section of the bathroom furniture": "before: flagged",
    "honest: the pick-and-mix counter of the sweets": "before: flagged",
}


def _case(call: Call) -> object:
    reason = MISSED.get(call.shape) or FLAGGED.get(call.shape)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(call, id=f"{call.store}: {call.shape}", marks=marks)


@pytest.mark.parametrize("call", [_case(c) for c in FRAUDS])
def test_an_unlisted_department_told_as_this_visit_is_fraud(call: Call) -> None:
    assert flagged(call)


@pytest.mark.parametrize("call", [_case(c) for c in HONEST])
def test_an_honest_near_miss_is_clean(call: Call) -> None:
    assert flagged(call) == []


def test_the_material_holds_enough_of_each_at_ten_kinds_of_store() -> None:
    assert len(FRAUDS) >= 45
    assert len(HONEST) >= 60
    assert len({c.store for c in CALLS}) == len(STORES) == 10
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in FRAUDS}
