"""Impossible claims and surreal accounts at ten more kinds of business
(`impossible_shapes_17`): each is impossible or nonsensical content, or listed in `MISSED`
with why; every honest near miss is neither, or listed in `MISSED` while it is still flagged.

Every call was written for `impossible_shapes_17`, not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.impossible_shapes_17 import CALLS, HONEST, IMPOSSIBLE, NONSENSE
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.offline_calls import call_cases
from tests.analyzer.test_offline_inconsistency_shapes import impossible

MISSED: dict[str, str] = {}
"""Shapes the analyzer does not yet read, or honest calls it still flags, with why (strict
xfails)."""


@pytest.mark.parametrize("call", call_cases(IMPOSSIBLE + NONSENSE, MISSED))
def test_an_impossible_or_surreal_claim_is_caught(call: Call) -> None:
    assert impossible(call)


@pytest.mark.parametrize("call", call_cases(HONEST, MISSED))
def test_an_honest_near_miss_is_clean(call: Call) -> None:
    assert not impossible(call)


def test_the_material_holds_sixty_frauds_and_sixty_honest_calls_at_ten_kinds() -> None:
    assert len(IMPOSSIBLE) >= 40
    assert len(NONSENSE) >= 20
    assert len(HONEST) >= 60
    assert len({c.store for c in CALLS}) == 10
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in CALLS}
