"""Minimal, repetitive honest talk says nothing: it does not qualify and is never nonsense or
fraud; word salad, keyboard mash and surreal claims stay nonsense (`minimal_talk_shapes`,
written before the analyzer ran on it). Graded the way a call goes: the analyzer, the fraud
policy, the grading policy."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain import FraudEvidence, FraudPolicy, GradingPolicy
from kundrost.domain.analysis import FeedbackAnalysis, FlagKind
from kundrost.domain.grading import Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.empty_talk_shapes import STORE
from tests.analyzer.minimal_talk_shapes import MINIMAL, NONSENSE, QUESTIONS, Call, calls
from tests.unit.context_builders import at
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
BOUGHT = at("2026-03-03 14:05")


def analysed(call: Call) -> tuple[FeedbackAnalysis, Grade]:
    turns: list[Turn] = [(AI, "Hej! Har du tid att svara på några frågor?"), (CUSTOMER, "Ja.")]
    for number, answer in enumerate(call):
        turns += [(AI, QUESTIONS[number % len(QUESTIONS)]), (CUSTOMER, answer)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORE, BOUGHT))
    verdict = FraudPolicy().evaluate(
        FraudEvidence(transaction_time=BOUGHT, analysis=analysis, context=STORE)
    )
    return analysis, GradingPolicy().grade(analysis, verdict)


def test_the_material_is_as_large_as_the_brief_asks() -> None:
    assert len(calls(MINIMAL)) >= 40
    assert len(calls(NONSENSE)) >= 15


@pytest.mark.parametrize("call", [pytest.param(c, id=n) for n, c in calls(MINIMAL)])
def test_minimal_honest_talk_does_not_qualify_and_is_no_fraud(call: Call) -> None:
    analysis, grade = analysed(call)
    assert not analysis.flags(FlagKind.NONSENSICAL)
    assert not grade.qualifies
    assert grade.codes[0].value != "FRAUDULENT"


@pytest.mark.parametrize("call", [pytest.param(c, id=n) for n, c in calls(NONSENSE)])
def test_real_nonsense_is_still_flagged(call: Call) -> None:
    analysis, grade = analysed(call)
    assert analysis.flags(FlagKind.NONSENSICAL)
    assert not grade.qualifies
