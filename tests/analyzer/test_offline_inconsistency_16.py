"""Calls inconsistent with themselves at ten more kinds of business (`inconsistency_shapes_16`):
each contradiction is an impossible claim, each honest near miss beside it is not.

Before this round's readings: 3 of 50 caught (a baby running, a deserted hall crowded, nothing
bought yet a bookcase), 1 of 60 honest calls flagged (a twenty paid after cash was taken out,
read as unreal by the surreal reading).
"""

from __future__ import annotations

import pytest

from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.inconsistency_shapes_16 import CALLS
from tests.analyzer.test_offline_inconsistency_shapes import impossible

_NOT_YET = "not read before this round"
MISSED = {
    "no cash at first, took some out": _NOT_YET,
    "took it home, ate it at a table there": _NOT_YET,
    "no meal in the restaurant, meatballs eaten there": _NOT_YET,
    "never sat in the restaurant, ate at its table": _NOT_YET,
    "lunch outside on a bench, at the window table inside": _NOT_YET,
    "sun all round, soaked by rain": _NOT_YET,
    "not a flake all day, snow at midday": _NOT_YET,
    "rain from arrival to leaving, sunbathing": _NOT_YET,
    "no sauna, a dip after the sauna": _NOT_YET,
    "no showers, a warm shower after": _NOT_YET,
    "never been to a cobbler, a regular's discount": _NOT_YET,
    "played on a Sunday, Wednesday purchase": _NOT_YET,
    "late supper at nine, noon purchase": _NOT_YET,
}
"""Shapes the analyzer does not read, with why (strict xfails)."""


def _case(call: Call) -> object:
    reason = MISSED.get(call.shape)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(call, id=f"{call.store}: {call.shape}", marks=marks)


@pytest.mark.parametrize("call", [_case(c) for c in CALLS if c.fraud])
def test_a_call_inconsistent_with_itself_is_an_impossible_claim(call: Call) -> None:
    assert impossible(call)


@pytest.mark.parametrize("call", [_case(c) for c in CALLS if not c.fraud])
def test_an_honest_near_miss_is_no_impossible_claim(call: Call) -> None:
    assert not impossible(call)


def test_the_material_holds_enough_of_each() -> None:
    fraud = [c for c in CALLS if c.fraud]
    assert len({c.store for c in CALLS}) >= 10
    assert len(fraud) >= 45
    assert len(CALLS) - len(fraud) >= 55
    assert set(MISSED) <= {c.shape for c in CALLS}
