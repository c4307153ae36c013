"""Baseline facts at eight new kinds of business (`fact_shapes_17`), read in whole calls: a call
that tells as this visit what a fact rules out raises a decisive fraud flag, and a call that
touches the same fact while agreeing with it raises none.

Every store, fact and call was written for `fact_shapes_17` before the analyzer ran on it.
"""

from __future__ import annotations

import pytest

from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.fact_shapes_17 import FRAUD, HONEST, STORES
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

MISSED: dict[str, str] = {}
"""Contradictions not yet caught, each with the reason (strict xfails)."""

FLAGGED: dict[str, str] = {}
"""Honest calls still flagged, each with the reason (strict xfails)."""


@pytest.mark.parametrize("visit", visit_cases(FRAUD, MISSED))
def test_a_visit_that_breaks_a_fact_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit)


@pytest.mark.parametrize("visit", visit_cases(HONEST, FLAGGED))
def test_a_visit_that_agrees_with_a_fact_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit) == []


def test_the_material_holds_enough_of_each() -> None:
    assert len(STORES) == 8
    assert len(FRAUD) >= 40
    assert len(HONEST) >= 48
