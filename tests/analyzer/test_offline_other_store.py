"""A call told mostly about another store is not paid, whatever it adds about this one in
passing; an honest call that names another store only as the idea to copy, the comparison or
the reason for coming here is (`other_store_shapes`, written before the analyzer ran on it).
Graded the way a call goes: the analyzer, the fraud policy, the grading policy."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain import FraudEvidence, FraudPolicy, Grade, GradingPolicy
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.other_store_shapes import ELSEWHERE, HERE, QUESTIONS, STORE, Call, calls
from tests.unit.context_builders import at
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
BOUGHT = at("2026-03-03 14:05")
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


def graded(call: Call) -> Grade:
    turns: list[Turn] = [(AI, "Hej! Har du tid att svara på några frågor?"), (CUSTOMER, "Ja.")]
    for question, answer in zip(QUESTIONS, call, strict=True):
        turns += [(AI, question), (CUSTOMER, answer)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORE, BOUGHT))
    verdict = FraudPolicy().evaluate(
        FraudEvidence(transaction_time=BOUGHT, analysis=analysis, context=STORE)
    )
    return GradingPolicy().grade(analysis, verdict)


def _cases(shapes: dict[str, tuple[Call, ...]], missed: dict[str, str]) -> list[object]:
    return [
        pytest.param(
            call,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=missed[name])] if name in missed else [],
        )
        for name, call in calls(shapes)
    ]


def test_the_material_is_as_large_as_the_brief_asks() -> None:
    assert len(calls(ELSEWHERE)) >= 30
    assert len(calls(HERE)) >= 30


@pytest.mark.parametrize("call", _cases(ELSEWHERE, ELSEWHERE_MISSED))
def test_a_call_mostly_about_another_store_is_not_paid(call: Call) -> None:
    grade = graded(call)
    assert not grade.qualifies
    assert not any(reason.indicators for reason in grade.reasons)


@pytest.mark.parametrize("call", _cases(HERE, HERE_MISSED))
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
