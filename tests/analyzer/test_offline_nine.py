"""`offline-9`: what the customer says about the feedback call — being phoned, the voice
agent, the survey, how concrete their own feedback is — says nothing about the visit; and
three readings fixed on the way (a direction before "på" names a place, not a shop; a
heated counter is a fixture, not a department).

Every call was written for this file, in the second development set's stores
(`offline_calls`), not taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kundrost.adapters.offline.analyzer import MODEL_VERSION
from kundrost.domain import FraudEvidence, FraudPolicy, GradingPolicy
from kundrost.domain.analysis import FeedbackAnalysis
from tests.analyzer.corpus import business_context
from tests.analyzer.offline_calls import WEDNESDAY_NOON, _stores, analyse, fraud_flags


def _qualifies(store: str, analysis: FeedbackAnalysis) -> bool:
    verdict = FraudPolicy().evaluate(
        FraudEvidence(
            transaction_time=datetime.fromisoformat(WEDNESDAY_NOON),
            analysis=analysis,
            context=business_context(store, _stores()),
        )
    )
    return GradingPolicy().grade(analysis, verdict).qualifies


def test_the_analysis_names_its_version() -> None:
    assert analyse("grocery", "Bananerna var gröna.").model_version == MODEL_VERSION == "offline-28"


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Skitsamma. Ni ringer och stör mitt i dagen.",
            "Jag hittar det jag ska ha, det är inte det som är grejen.",
            "Grejen är att ni ringer folk.",
            "Sluta ringa. Och sluta med de här robotarna.",
        ),
        (
            "Vad vill ni nu då? Era samtal är det enda som är dåligt med er.",
            "Ta bort enkäten, det är mitt förslag.",
        ),
    ],
    ids=["stop calling", "the survey"],
)
def test_talk_about_the_call_is_neither_an_observation_nor_a_suggestion(
    answers: tuple[str, ...],
) -> None:
    analysis = analyse("grocery", *answers)
    assert analysis.rubric.specific_observations == 0
    assert analysis.rubric.suggestions == 0
    assert not _qualifies("grocery", analysis)


def test_grading_words_describe_nothing_in_the_store() -> None:
    analysis = analyse(
        "grocery",
        "Detaljerad och konstruktiv feedback: charken var konkret bra.",
        "Personalen var konstruktiv och konkret.",
    )
    assert analysis.rubric.specific_observations == 0
    assert not _qualifies("grocery", analysis)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Bra att ni ringer faktiskt.",
            "Kön i kassan var tjugo minuter vid fem, bara en kassa var öppen.",
            "Öppna en kassa till på eftermiddagen.",
        ),
        (
            "Kassören ringde efter någon som skulle kolla priset, det tog tio minuter.",
            "Kycklingfilén stod för 89 kronor på skylten men kostade 129 i kassan.",
        ),
        ("Jag ringde kundtjänst om tårtan och de hade den klar till fyra, precis som lovat.",),
    ],
    ids=["a greeting about the call", "staff phoning", "the customer phoning"],
)
def test_an_honest_account_beside_the_call_keeps_what_it_observes(
    answers: tuple[str, ...],
) -> None:
    analysis = analyse("grocery", *answers)
    assert analysis.rubric.specific_observations >= 1
    assert _qualifies("grocery", analysis)


def test_a_direction_before_a_name_places_the_customer_not_another_shop() -> None:
    slope = analyse(
        "grocery",
        "Uppe på Gustavsberg gick påsen sönder, kassörskan hade packat mjölken överst.",
    )
    assert slope.rubric.off_store_observations == 0
    assert slope.rubric.observations >= 1
    cafe = analyse("grocery", "Först satt jag på Espresso House och där var kaffet kallt.")
    assert cafe.rubric.off_store_observations == 1
    assert cafe.rubric.observations == 0


def test_a_heated_counter_is_a_fixture_not_an_unknown_department() -> None:
    for said in (
        "Jag köpte en grillad kyckling i värmedisken, den var varm och god.",
        "Varmdisken var tom vid sex, inga grillade kycklingar kvar.",
    ):
        assert "unknown_department" not in fraud_flags(analyse("grocery", said))
    assert "unknown_department" in fraud_flags(
        analyse("grocery", "Jag köpte lax i sushibaren, killen där var snabb.")
    )
