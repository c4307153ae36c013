"""Calls inconsistent with themselves at eight more kinds of business (`inconsistency_shapes_17`):
each contradiction is an impossible claim, each honest near miss beside it is not, or it is
listed in `MISSED` with why.
"""

from __future__ import annotations

import pytest

from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.inconsistency_shapes_17 import CALLS
from tests.analyzer.offline_calls import call_cases
from tests.analyzer.test_offline_inconsistency_shapes import impossible

MISSED: dict[str, str] = {}
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
    assert len(CALLS) - len(fraud) >= 48
    assert set(MISSED) <= {c.shape for c in CALLS}
