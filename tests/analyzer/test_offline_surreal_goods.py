"""Goods named by the store's own words in the plural, acting as people, also when "de"
points back at them; written for this file for a shoe shop, a kind no labelled set holds."""

from __future__ import annotations

from decimal import Decimal

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.analysis import FeedbackAnalysis, FlagKind
from kundrost.domain.business_context import Department
from kundrost.ports.analyzer import FeedbackInput
from tests.unit.context_builders import a_business_context
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
SHOES = a_business_context(
    departments=(
        Department("Skor", ("skoavdelningen", "sandalerna", "stövlarna")),
        Department("Kassa", ("kassan",)),
    ),
    baseline_facts=(),
)


def analyse(*answers: str) -> FeedbackAnalysis:
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Hur var ditt besök idag?"), (CUSTOMER, answer)]
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), SHOES))


def nonsense(analysis: FeedbackAnalysis) -> bool:
    return any(f.confidence >= Decimal("0.7") for f in analysis.flags(FlagKind.NONSENSICAL))


def test_goods_pointed_back_at_that_hum_and_sing_are_surreal() -> None:
    assert nonsense(
        analyse(
            "Jag provade ett par stövlar i storlek fyrtio. De nynnade lite när jag gick. "
            "De står i hallen nu och sjunger på kvällarna."
        )
    )


def test_they_who_sing_after_a_person_is_named_are_people() -> None:
    assert not nonsense(
        analyse(
            "Vi köpte stövlar i storlek trettio till barnen. De sjöng hela vägen hem.",
            "Sandalerna var slut, men stövlarna satt bra.",
        )
    )
