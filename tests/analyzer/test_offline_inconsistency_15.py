"""Calls inconsistent with themselves at ten new kinds of store (`inconsistency_shapes_15`):
each contradiction is an impossible claim, each honest near miss beside it is not.

Before this round's readings (`visit_accounts`, `visit_people`, `usual_goods`, and wider
`told_counts` and `presence_states`): 4 of 48 caught (one by the surreal reading's chance),
1 of 48 honest calls flagged ("tog tre till" read as a count grown). After: 43 of 48 caught,
0 of 61 honest flagged (the 48, and 13 written with the readings).
"""

from __future__ import annotations

import pytest

from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.inconsistency_shapes_15 import CALLS
from tests.analyzer.offline_calls import call_cases, impossible

_KIND = "a kind and its members (spirits and whisky, spare parts and inner tubes) are not known"
MISSED = {
    "early morning, evening at the counter": (
        "no contradiction on reflection: a morning appointment and an evening pickup told with "
        '"sen" are two visits, which the reading rightly leaves'
    ),
    "never buys spirits, the usual whisky": _KIND,
    "never buys spare parts, the usual inner tube": _KIND,
    "a twelve-year-old bought the wine": "an age the law sets for a purchase is not read",
    "went without buying, paid for lenses": (
        "paying for goods is not told from paying for a service (an eye test)"
    ),
}
"""Shapes the analyzer does not read, with why (strict xfails)."""


@pytest.mark.parametrize("call", call_cases((c for c in CALLS if c.fraud), MISSED))
def test_a_call_inconsistent_with_itself_is_an_impossible_claim(call: Call) -> None:
    assert impossible(call)


@pytest.mark.parametrize("call", call_cases((c for c in CALLS if not c.fraud), MISSED))
def test_an_honest_near_miss_is_no_impossible_claim(call: Call) -> None:
    assert not impossible(call)


def test_the_material_holds_enough_of_each() -> None:
    fraud = [c for c in CALLS if c.fraud]
    assert len({c.store for c in CALLS}) >= 8
    assert len(fraud) >= 40
    assert len(CALLS) - len(fraud) >= 40
    assert set(MISSED) <= {c.shape for c in fraud}
