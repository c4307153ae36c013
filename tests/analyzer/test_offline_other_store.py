"""A call told mostly about another store is not paid, whatever it adds about this one in
passing; an honest call that names another store only as the idea to copy, the comparison or
the reason for coming here is (`other_store_shapes`, written before the analyzer ran on it).
Graded the way a call goes: the analyzer, the fraud policy, the grading policy."""

from __future__ import annotations

import pytest

from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.empty_talk_shapes import calls
from tests.analyzer.other_store_shapes import ELSEWHERE, HERE, QUESTIONS, STORE, Call
from tests.analyzer.shaped_grading import ANALYZER, BOUGHT, cases, graded
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ELSEWHERE_MISSED = {
    "english-1": "unpaid, but English answers are flagged nonsensical_content: the offline "
    "analyzer reads Swedish",
}
HERE_MISSED = {
    "comparison-3": "bananas 'bruna och mjuka' are read as no problem and 'beställ färre åt "
    "gången' as no concrete wish: a reading of goods, not of another store",
    "english-1": "English answers are read as padding: the offline analyzer reads Swedish",
}
HERE_MISSED = {
    "comparison-3": "bananas 'bruna och mjuka' are read as no problem and 'beställ färre åt "
    "gången' as no concrete wish: a reading of goods, not of another store",
    "english-1": "English answers are read as padding: the offline analyzer reads Swedish",
}


def test_the_material_is_as_large_as_the_brief_asks() -> None:
    assert len(calls(ELSEWHERE)) >= 30
    assert len(calls(HERE)) >= 30


@pytest.mark.parametrize("call", cases(ELSEWHERE, ELSEWHERE_MISSED))
def test_a_call_mostly_about_another_store_is_not_paid(call: Call) -> None:
    grade = graded(call)
    assert not grade.qualifies
    assert not any(reason.indicators for reason in grade.reasons)


@pytest.mark.parametrize("call", cases(HERE, HERE_MISSED))
def test_an_honest_call_that_only_names_another_store_is_paid(call: Call) -> None:
    assert graded(call).qualifies


def test_nothing_for_this_store_to_do_is_no_suggestion() -> None:
    turns: list[Turn] = [(AI, QUESTIONS[0]), (CUSTOMER, "Hemköp i centrum piper i kassan.")]
    turns += [(AI, QUESTIONS[2]), (CUSTOMER, "Det är inget ni behöver göra, det var ju hos dem.")]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORE, BOUGHT))
    assert analysis.rubric.suggestions == 0


def test_what_to_copy_from_another_store_is_still_a_suggestion() -> None:
    turns: list[Turn] = [(AI, QUESTIONS[2]), (CUSTOMER, "Påsarna ligger på golvet vid kassan.")]
    turns += [(CUSTOMER, "På Ica har de krokar för påsarna, det borde ni också ha.")]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORE, BOUGHT))
    assert analysis.rubric.suggestions == 1
