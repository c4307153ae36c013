"""Self-contradicting and physically impossible accounts in shapes no labelled set had
(`inconsistency_shapes`): each contradiction or impossible magnitude is an impossible claim;
the honest near misses beside them are not.

Every call was written for `inconsistency_shapes`, not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.inconsistency_shapes import CALLS, Call
from tests.analyzer.offline_calls import call_cases, impossible

MISSED = {
    "closed all day, staff served": "a store named by its kind is not known as the store itself",
    "first time ever on skis, a veteran": "a first time in life is not set against a count",
    "a machine too fast": "no machine has a least time of its own",
}
"""Shapes the analyzer does not yet read, with why (strict xfails)."""


@pytest.mark.parametrize("call", call_cases((c for c in CALLS if c.fraud), MISSED))
def test_a_call_that_cannot_hold_together_is_an_impossible_claim(call: Call) -> None:
    assert impossible(call)


@pytest.mark.parametrize("call", call_cases((c for c in CALLS if not c.fraud), MISSED))
def test_an_honest_near_miss_is_no_impossible_claim(call: Call) -> None:
    assert not impossible(call)


def test_the_training_material_holds_enough_of_each() -> None:
    honest = [c for c in CALLS if not c.fraud]
    assert len({c.store for c in CALLS}) >= 12
    assert len(honest) >= len(CALLS) - len(honest) >= 30


@pytest.mark.parametrize(
    ("when", "today"),
    [("i förmiddags", True), ("i eftermiddags", True), ("i måndags", False)],
)
def test_a_state_told_of_earlier_today_is_held_against_the_visit(when: str, today: bool) -> None:
    """Earlier today ("i förmiddags", "i eftermiddags") is the visit itself; "i måndags" is
    another day, whose state the visit's acts do not contradict."""
    call = Call(
        "livs",
        (
            f"Jag handlade helt ensam {when}, ingen var med mig.",
            "Min fru valde ut tomaterna medan jag betalade i kassan.",
        ),
        today,
        "shopped alone earlier today, companion acted",
    )
    assert impossible(call) is today


@pytest.mark.parametrize(
    ("when", "today"),
    [("i förmiddags", True), ("i eftermiddags", True), ("i måndags", False)],
)
def test_hours_told_of_earlier_today_are_held_against_each_other(when: str, today: bool) -> None:
    """An arrival and a leaving earlier today are this visit's, so leaving at nine after
    coming at eleven is a visit of ten hours; "i måndags" is another visit, whose hours the
    analyzer does not weigh."""
    call = Call(
        "livs",
        (
            f"Jag kom dit klockan elva {when} och gick därifrån klockan nio.",
            "Kassan gick snabbt och personalen var trevlig.",
        ),
        today,
        "a ten-hour grocery visit told earlier today",
    )
    assert impossible(call) is today
