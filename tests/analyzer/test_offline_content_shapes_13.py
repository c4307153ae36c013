"""Content fraud at twelve stores no earlier material had (`content_shapes_13`): an impossible
claim, an account that contradicts itself, or nonsense told deadpan is impossible or
nonsensical content; the honest near misses beside them are neither.

Every call was written for `content_shapes_13`, not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.content_shapes_13 import CALLS, SECOND_BATCH
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.offline_calls import call_cases, impossible

MISSED = {
    "impossible: a pizza four metres across": "no size of a dish is weighed against the oven",
    "impossible: waited in the shop for years": "a wait in the store is read in hours only",
    "impossible: curtains for twelve windows from two metres": (
        "cloth bought is not weighed against what was sewn of it"
    ),
    "impossible: a hundred scoops in one cone": "no capacity of a cone or a cup is known",
    "impossible: a game longer than a life": (
        "an act of years is not read: 'det tog hundra år' is how people complain"
    ),
    "inconsistent: done before arriving": (
        "staff being done ('hon var klar … halv två') is not the customer leaving"
    ),
    "inconsistent: lunch at noon, late dark evening": (
        "a meal's hour and the darkness outside are not compared"
    ),
    "nonsense: the pins apologised": "an apology is not read as speech of a thing",
    "nonsense: a boat made of cheese": (
        "a solid thing made of food is not read: butter sculptures and candy houses are real"
    ),
    "nonsense: a guitar with views on tax": "an opinion held is no act of a thing",
    "nonsense: the frame ate the painting": (
        "a thing eating is not read: 'automaten åt upp kortet' is idiom"
    ),
    "honest: a son's trip to the moon reported": (
        "a rocket going to the moon is read as surreal before the report is (agency, main)"
    ),
    "honest: a giraffe at the zoo": "two giraffes said are two exotic animals (surreal, main)",
}
"""Shapes the analyzer does not yet read, or misreads, with why (strict xfails)."""


@pytest.mark.parametrize("call", call_cases((c for c in CALLS if c.fraud), MISSED))
def test_content_fraud_is_impossible_or_nonsensical(call: Call) -> None:
    assert impossible(call)


@pytest.mark.parametrize("call", call_cases((c for c in CALLS if not c.fraud), MISSED))
def test_an_honest_near_miss_is_neither(call: Call) -> None:
    assert not impossible(call)


def test_the_material_holds_each_kind_and_more_honest_calls_than_frauds() -> None:
    honest = [c for c in CALLS if not c.fraud]
    kinds = {c.shape.split(":")[0] for c in CALLS if c.fraud}
    assert kinds == {"impossible", "inconsistent", "nonsense"}
    assert len({c.store for c in CALLS}) >= 12
    assert len(honest) >= len(CALLS) - len(honest) >= 36
    assert sum(not c.fraud for c in SECOND_BATCH) >= sum(c.fraud for c in SECOND_BATCH)


def test_the_material_shapes_are_distinct() -> None:
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in CALLS}
