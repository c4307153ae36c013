"""Calls for the offline analyzer's rule tests: a customer's answers in one of the labelled
sets' stores, at a purchase time of the test's choosing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.analysis import FeedbackAnalysis, FlagKind
from kundrost.domain.business_context import BusinessContext
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import business_context
from tests.analyzer.fact_shapes import Said, moment
from tests.analyzer.inconsistency_shapes import Call
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
DECISIVE = Decimal("0.7")
FRAUD_KINDS = frozenset(
    {FlagKind.NONSENSICAL, FlagKind.IMPOSSIBLE_CLAIM, FlagKind.CONTRADICTS_FACT,
     FlagKind.UNKNOWN_DEPARTMENT}
)  # fmt: skip
WEDNESDAY_NOON = "2026-11-18T12:00:00+01:00"
_VISIT = datetime.fromisoformat(WEDNESDAY_NOON)


@cache
def _stores() -> dict[str, Any]:
    path = Path(__file__).resolve().parents[1] / "data" / "feedback_dev2.json"
    stores: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["stores"]
    return stores


def analyse(store: str, *answers: str, at: str = WEDNESDAY_NOON) -> FeedbackAnalysis:
    """The answers, each after the agent's question, in a store of the second development
    set ("grocery", "cafe", "hardware", "lanthandel", "stormarknad") bought at `at`."""
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Hur var ditt besök?"), (CUSTOMER, answer)]
    context = business_context(store, _stores())
    return ANALYZER.analyse_now(
        FeedbackInput(a_transcript(turns), context, datetime.fromisoformat(at))
    )


def fraud_flags(analysis: FeedbackAnalysis) -> list[str]:
    """The kinds of the decisive flags the fraud checks act on."""
    return [
        flag.kind.value
        for flag in analysis.content_flags
        if flag.kind in FRAUD_KINDS and flag.confidence >= DECISIVE
    ]


def _second_answer(said: str, context: BusinessContext, at: datetime) -> FeedbackAnalysis:
    turns: list[Turn] = [
        (AI, "Hur var ditt besök?"),
        (CUSTOMER, "Ja, det går bra."),
        (AI, "Hur var ditt besök?"),
        (CUSTOMER, said),
    ]
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context, at))


def contradicted_facts(said: str, context: BusinessContext, at: datetime) -> list[str]:
    """The evidence of every baseline fact the analyzer finds `said` contradicting, said as
    the second answer of a call in `context` bought at `at` (the fact-shape tests)."""
    analysis = _second_answer(said, context, at)
    return [f.evidence for f in analysis.content_flags if f.kind is FlagKind.CONTRADICTS_FACT]


def said_contradicts(said: Said, context: Callable[[str], BusinessContext]) -> list[str]:
    """`contradicted_facts` of one fact-shape sentence, in its store's context (`context` of
    its material) at the moment it names."""
    return contradicted_facts(said.text, context(said.store), moment(said.at))


def department_unknown(said: str, context: BusinessContext, at: datetime) -> bool:
    """Whether the analyzer flags an unknown department in `said`, said as the second answer
    of a call in `context` bought at `at`."""
    return bool(_second_answer(said, context, at).flags(FlagKind.UNKNOWN_DEPARTMENT))


def impossible(call: Call) -> bool:
    """Whether the analyzer reads `call`'s answers, each after the agent's question and with
    no store context, as an impossible claim or nonsense (the inconsistency and impossible
    material's tests)."""
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *call.answers):
        turns += [(AI, "Berätta om ditt besök."), (CUSTOMER, answer)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), None, _VISIT))
    return any(
        flag.kind in (FlagKind.IMPOSSIBLE_CLAIM, FlagKind.NONSENSICAL)
        and flag.confidence >= DECISIVE
        for flag in analysis.content_flags
    )


def said_impossible(*answers: str) -> bool:
    """`impossible` of a call of just these answers (a reading's own near-miss tests)."""
    return impossible(Call("butik", answers, True, "reading"))


class Sentence(Protocol):
    @property
    def store(self) -> str: ...

    @property
    def text(self) -> str: ...


def call_cases(calls: Iterable[Call], known: Mapping[str, str]) -> list[object]:
    """Each call as a pytest case named by its store and shape, a strict expected failure
    where `known` gives the reason its shape is not yet read."""
    cases: list[object] = []
    for call in calls:
        reason = known.get(call.shape)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(call, id=f"{call.store}: {call.shape}", marks=marks))
    return cases


def said_cases(said: Iterable[Sentence], known: Mapping[str, str]) -> list[object]:
    """Each sentence as a pytest case named by its store and first words, a strict expected
    failure where `known` gives the reason it is not yet read."""
    cases: list[object] = []
    for one in said:
        reason = known.get(one.text)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(one, id=f"{one.store}: {one.text[:50]}", marks=marks))
    return cases
