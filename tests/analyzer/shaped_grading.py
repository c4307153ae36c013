"""Grading the three-answer calls of `empty_talk_shapes` and `other_store_shapes` the way a
call goes (the analyzer, the fraud policy, the grading policy), and their pytest cases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain import BusinessContext, FraudEvidence, FraudPolicy, Grade, GradingPolicy
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.empty_talk_shapes import QUESTIONS, STORE, Call, calls
from tests.analyzer.fact_shapes import STORES, store_context
from tests.analyzer.offline_calls import fraud_flags
from tests.unit.context_builders import at
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
BOUGHT = at("2026-03-03 14:05")


def analysed(
    call: Sequence[str], store: BusinessContext = STORE, questions: Sequence[str] = QUESTIONS
) -> FeedbackAnalysis:
    """The analysis of `call`'s answers, each after its question, bought at `BOUGHT`."""
    turns: list[Turn] = [(AI, "Hej! Har du tid att svara på några frågor?"), (CUSTOMER, "Ja.")]
    for question, answer in zip(questions, call, strict=True):
        turns += [(AI, question), (CUSTOMER, answer)]
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), store, BOUGHT))


def flagged(
    call: Sequence[str], store: BusinessContext = STORE, questions: Sequence[str] = QUESTIONS
) -> list[str]:
    """The decisive fraud flags of `call` (`offline_calls.fraud_flags`)."""
    return fraud_flags(analysed(call, store, questions))


def graded(
    call: Sequence[str], store: BusinessContext = STORE, questions: Sequence[str] = QUESTIONS
) -> Grade:
    analysis = analysed(call, store, questions)
    verdict = FraudPolicy().evaluate(
        FraudEvidence(transaction_time=BOUGHT, analysis=analysis, context=store)
    )
    return GradingPolicy().grade(analysis, verdict)


def cases(shapes: dict[str, tuple[Call, ...]], missed: dict[str, str]) -> list[object]:
    """Every call of `shapes`, those in `missed` strict expected failures with its reason."""
    return named_cases(calls(shapes), missed)


def named_cases(named: Iterable[tuple[str, object]], missed: dict[str, str]) -> list[object]:
    """Each named value as a pytest case, those in `missed` strict expected failures."""
    return [
        pytest.param(
            value,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=missed[name])] if name in missed else [],
        )
        for name, value in named
    ]


TRADE_QUESTIONS = (
    "Hur var ditt besök hos oss?",
    "Hur blev du bemött?",
    "Var det något mer du vill berätta?",
)
"""Three open questions, one before each answer of a call at a `fact_shapes` store."""


def flagged_at(key: str, answers: Sequence[str]) -> list[str]:
    """The decisive fraud flags of a three-answer call at the `fact_shapes` store `key`."""
    return fraud_flags(analysed(answers, store_context(key, STORES[key]), TRADE_QUESTIONS))
