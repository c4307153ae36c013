"""Grading the three-answer calls of `empty_talk_shapes` and `other_store_shapes` the way a
call goes (the analyzer, the fraud policy, the grading policy), and their pytest cases."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain import FraudEvidence, FraudPolicy, Grade, GradingPolicy
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.empty_talk_shapes import QUESTIONS, STORE, Call, calls
from tests.unit.context_builders import at
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
BOUGHT = at("2026-03-03 14:05")


def graded(call: Call) -> Grade:
    turns: list[Turn] = [(AI, "Hej! Har du tid att svara på några frågor?"), (CUSTOMER, "Ja.")]
    for question, answer in zip(QUESTIONS, call, strict=True):
        turns += [(AI, question), (CUSTOMER, answer)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORE, BOUGHT))
    verdict = FraudPolicy().evaluate(
        FraudEvidence(transaction_time=BOUGHT, analysis=analysis, context=STORE)
    )
    return GradingPolicy().grade(analysis, verdict)


def cases(shapes: dict[str, tuple[Call, ...]], missed: dict[str, str]) -> list[object]:
    """Every call of `shapes`, those in `missed` strict expected failures with its reason."""
    return [
        pytest.param(
            call,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=missed[name])] if name in missed else [],
        )
        for name, call in calls(shapes)
    ]
