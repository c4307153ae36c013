"""Fluent, polite talk with nothing in it never qualifies; the same talk carrying one concrete
thing and what was the matter with it does (`empty_talk_shapes`, written before the analyzer
ran on it). Graded the way a call goes: the analyzer, the fraud policy, the grading policy."""

from __future__ import annotations

import pytest

from tests.analyzer.empty_talk_shapes import CONCRETE, EMPTY, Call, calls
from tests.analyzer.shaped_grading import cases, graded

EMPTY_MISSED = {
    "poetic-1": "a shelf in a simile ('som om varje hylla hade sin egen berättelse') and state "
    "words said of the days ('när dagarna blir korta och mörka') read as specific observations",
}
CONCRETE_MISSED: dict[str, str] = {}


def test_the_material_is_as_large_as_the_brief_asks() -> None:
    assert len(calls(EMPTY)) >= 40
    assert len(calls(CONCRETE)) >= 40


@pytest.mark.parametrize("call", cases(EMPTY, EMPTY_MISSED))
def test_fluent_talk_with_nothing_concrete_does_not_qualify(call: Call) -> None:
    grade = graded(call)
    assert not grade.qualifies
    assert grade.reward_percentage is None


@pytest.mark.parametrize("call", cases(CONCRETE, CONCRETE_MISSED))
def test_the_same_talk_with_one_concrete_thing_qualifies(call: Call) -> None:
    assert graded(call).qualifies
