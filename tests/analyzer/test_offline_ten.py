"""`offline-10`: a service a fact says takes days, told as handed in and got back within the
visit — read from the store's own words, beside the honest speech it must leave alone.

Every call and fact was written for this file, in the second development set's stores
(`offline_calls`), not taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from attrs import evolve

from kundrost.adapters.offline.fact_claims import LEAD, claims_of
from kundrost.adapters.offline.lead_times import lead_days
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.business_context import BaselineFact
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import business_context
from tests.analyzer.offline_calls import ANALYZER, WEDNESDAY_NOON, _stores, fraud_flags
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

SEWING = BaselineFact(
    "Sömnaden lämnar tillbaka uppsydda gardiner efter fem arbetsdagar.", topic="sömnad"
)
CAKES = BaselineFact(
    "Brödhörnan säljer bröd; smörgåstårtor beställs senast två dagar i förväg.", topic="tårta"
)


def in_hardware(*answers: str) -> FeedbackAnalysis:
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Hur var ditt besök?"), (CUSTOMER, answer)]
    context = evolve(business_context("hardware", _stores()), baseline_facts=[SEWING, CAKES])
    at = datetime.fromisoformat(WEDNESDAY_NOON)
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context, at))


@pytest.mark.parametrize(
    ("statement", "days"),
    [
        ("Skidservicen lämnar tillbaka inlämnade skidor efter två arbetsdagar.", 2),
        ("Tårtor beställs senast två dagar före hämtning.", 2),
        ("Smörgåstårtor beställs tre dagar i förväg.", 3),
        ("Nycklar kopieras till dagen efter; beställ dagen innan.", 1),
        ("Ramar beställs minst en vecka före.", 7),
    ],
)
def test_a_fact_sets_the_least_days_its_service_takes(statement: str, days: int) -> None:
    assert lead_days(statement.casefold()) == days


@pytest.mark.parametrize(
    "statement",
    [
        "Oanvända varor kan lämnas tillbaka inom 30 dagar mot kvitto.",
        "Färgbrytning görs medan kunden väntar, normalt inom 15 minuter.",
        "Pantkvittot löses in i kassan inom 30 dagar.",
    ],
)
def test_a_limit_within_days_is_no_lead_time(statement: str) -> None:
    claims = claims_of(BaselineFact(statement, topic="x"))
    assert LEAD not in {claim.kind for claim in claims}


@pytest.mark.parametrize(
    "answers",
    [
        ("Jag lämnade in gardinerna klockan tio och kunde hämta dem klockan ett, fint uppsydda.",),
        ("Jag lämnade gardinerna på sömnaden och de var klara på en timme, snyggt gjort.",),
        ("Vi beställde en smörgåstårta och hämtade den samma eftermiddag.", "Den var god."),
        ("Smörgåstårtan jag beställde var färdig medan jag handlade, perfekt.",),
    ],
)
def test_a_service_of_days_done_within_the_visit_contradicts_the_fact(
    answers: tuple[str, ...],
) -> None:
    assert "contradicts_baseline_fact" in fraud_flags(in_hardware(*answers))


@pytest.mark.parametrize(
    "answers",
    [
        ("Jag lämnade in gardinerna i måndags och hämtade dem i dag, fint uppsydda.",),
        ("Jag lämnade in gardinerna klockan tio och hämtade dem klockan ett, jag betalade "
         "för expressen.",),
        ("Gardinerna var klara på en timme eftersom jag betalade tvåhundra kronor extra.",),
        ("Jag kunde inte hämta gardinerna samma dag, men det visste jag.",),
        ("Vi beställde smörgåstårtan i fredags och hämtade den i dag.",),
        ("Jag köpte skruv klockan tio och hämtade släpet klockan elva.",),
    ],
)  # fmt: skip
def test_a_service_told_within_its_lead_time_is_honest(answers: tuple[str, ...]) -> None:
    assert fraud_flags(in_hardware(*answers)) == []
