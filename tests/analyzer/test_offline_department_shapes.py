"""Departments a store lacks and other stores, in shapes no labelled set's store had
(`department_shapes`): a lacking department's trade told by its staff, tools, goods and acts
is an unknown department; what the store has, told in words a lacking trade shares, is not;
another store told as the place of the visit is no observation of this one.

Every store and sentence was written for `department_shapes`, not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from kundrost.domain.analysis import FeedbackAnalysis, FlagKind
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.department_shapes import (
    ABSENT,
    HERE,
    HONEST,
    IDEA,
    OTHER,
    SAID,
    VISIT,
    Said,
    context,
)
from tests.analyzer.offline_calls import ANALYZER, fraud_flags
from tests.unit.transcript_builders import AI, CUSTOMER, a_transcript

MISSED = {
    "Bagaren drog ut plåtar med kanelbullar ur ugnen bakom glasrutan och gav barnen var sin.": (
        "a store that lists bread or meat is taken to have its trade, staffed or not"
    ),
    "Styckaren malde en ny sats färs åt mig och vägde upp den på vågen bakom disken.": (
        "a store that lists bread or meat is taken to have its trade, staffed or not"
    ),
    "Hos Bygglagret i Eksjö lånar man ut en släpkärra gratis, det borde ni också göra.": (
        "a loan told with no product or topic word is read as nothing concrete"
    ),
}
"""Shapes the analyzer does not yet read, and why."""


def analysis_of(said: Said) -> FeedbackAnalysis:
    turns = [
        (AI, "Hur var ditt besök?"),
        (CUSTOMER, "Ja, det går bra."),
        (AI, "Berätta gärna mer om ditt besök."),
        (CUSTOMER, said.text),
    ]
    feedback = FeedbackInput(a_transcript(turns), context(said.store), VISIT)
    return ANALYZER.analyse_now(feedback)


def _cases(kind: str) -> list[object]:
    cases: list[object] = []
    for said in SAID:
        if said.kind != kind:
            continue
        reason = MISSED.get(said.text)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(said, id=f"{said.store}: {said.text[:50]}", marks=marks))
    return cases


@pytest.mark.parametrize("said", _cases(HONEST))
def test_what_the_store_has_is_no_fraud(said: Said) -> None:
    assert fraud_flags(analysis_of(said)) == []


@pytest.mark.parametrize("said", _cases(IDEA) + _cases(HERE))
def test_another_store_as_the_idea_or_this_store_in_its_words_is_about_this_one(
    said: Said,
) -> None:
    analysis = analysis_of(said)
    assert fraud_flags(analysis) == []
    assert analysis.themes != ()


@pytest.mark.parametrize("said", _cases(ABSENT))
def test_a_lacking_department_told_by_its_trade_is_unknown(said: Said) -> None:
    assert fraud_flags(analysis_of(said)) == [FlagKind.UNKNOWN_DEPARTMENT.value]


@pytest.mark.parametrize("said", _cases(OTHER))
def test_another_store_as_the_place_of_the_visit_is_no_observation_of_this_one(
    said: Said,
) -> None:
    analysis = analysis_of(said)
    assert fraud_flags(analysis) == []
    assert analysis.rubric.observations == 0


def test_the_training_material_holds_enough_of_each() -> None:
    kinds = [s.kind for s in SAID]
    assert len({s.store for s in SAID}) >= 12
    assert kinds.count(HONEST) >= 35
    assert kinds.count(ABSENT) >= 25
    assert kinds.count(OTHER) >= 15
    assert kinds.count(IDEA) + kinds.count(HERE) >= 10
