"""Honest answers at ten more trades, written by someone who had not read the analyzer
(`honest_speech_18`: 200 answers of everyday talk at an ice-cream parlour, a swimming hall, a
sushi restaurant, a car workshop, a fishing-tackle shop, a cobbler, a driving range, a yarn
shop, a farm park and a butcher): no answer raises a decisive fraud flag.

Run on `offline-17` before any reading, the set flagged 5 of 200 answers, now none: a joke
about eating all forty flavours "en dag" (a meal intended, `claims`), the price of two lunches
and the balls of two buckets (`fact_prices`, a count of a container in `fact_claims`), clubs
hired where the store's own fact rents them out and a meal the customer cooked at home from the
store's mince (`facilities`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.business_context import BusinessContext
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer import honest_speech_18
from tests.analyzer.offline_calls import DECISIVE, FRAUD_KINDS
from tests.unit.transcript_builders import AI, CUSTOMER, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
TUESDAY = "2026-11-17T{}:00+01:00"
AT_TIME = {
    "Vi var där typ vid sju på kvällen efter att ha badat vid Långholmen hela dagen.": "19:05",
    "Jag simmade mina vanliga tusen meter på motionsbanorna klockan sju i morse.": "07:40",
    "Vi var på bio innan och gick dit efteråt, ungefär halv sju.": "18:35",
    "Jag lämnade bilen klockan sju och den var klar vid lunch, snabbare än jag trodde.": "12:05",
    "Jag åkte buss hem och hämtade bilen dagen efter vid fyra.": "16:05",
    "Jag var där vid nio när de öppnade, för att hinna ut på sjön innan lunch.": "09:05",
    "Jag var där på lunchen, vid tolv ungefär, och det var ingen kö.": "12:05",
    "Vi var där från sex på kvällen tills det blev för mörkt att se bollen.": "19:30",
    "Jag kom lite efter fem och hann ändå handla innan de stängde.": "17:10",
    "Vi kom vid tio när de öppnade och var där tills de stängde vid fyra.": "15:55",
    "Jag kom vid halv sex och de hade fortfarande kvar det mesta.": "17:35",
}
"""Answers that place the visit at a time of day are bought then; the rest at 14:05."""
MISSED: dict[str, str] = {}
"""Answers still flagged, with why (strict xfails)."""


def flagged(context: BusinessContext, said: str) -> list[str]:
    turns = [(AI, "Hur var ditt besök idag?"), (CUSTOMER, "Ja, det går bra.")]
    turns += [(AI, "Berätta gärna."), (CUSTOMER, said)]
    at = datetime.fromisoformat(TUESDAY.format(AT_TIME.get(said, "14:05")))
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context, at))
    return [
        flag.kind.value
        for flag in analysis.content_flags
        if flag.kind in FRAUD_KINDS and flag.confidence >= DECISIVE
    ]


def _cases() -> list[Any]:
    cases = []
    for store, answers in honest_speech_18.HONEST.items():
        for said in answers:
            reason = MISSED.get(said)
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            context = honest_speech_18.STORES[store]
            cases.append(pytest.param(context, said, id=f"{store}: {said[:40]}", marks=marks))
    return cases


@pytest.mark.parametrize(("context", "said"), _cases())
def test_an_honest_answer_raises_no_fraud_flag(context: BusinessContext, said: str) -> None:
    assert flagged(context, said) == []


def test_the_material_is_whole() -> None:
    assert sum(map(len, honest_speech_18.HONEST.values())) == 200
    assert len(honest_speech_18.STORES) == 10
    assert set(AT_TIME) <= {
        said for answers in honest_speech_18.HONEST.values() for said in answers
    }
    assert set(MISSED) <= {said for answers in honest_speech_18.HONEST.values() for said in answers}


NEAR_MISSES = [
    # A meal intended is no meal eaten; a meal told eaten stays impossible.
    ("glassbar", "Jag vill dricka tjugo milkshakes nån gång, ha ha.", []),
    ("glassbar", "Jag åt alla fyrtio sorterna på en gång.", ["impossible_claim"]),
    ("glassbar", "Jag drack tjugo milkshakes.", ["impossible_claim"]),
    # A sum for a count of the thing is kept by that many times the price; no other sum is.
    ("sushi", "Jag betalade trehundraåttiosju kronor för tre luncher.", []),
    (
        "sushi",
        "Jag betalade tvåhundrafemtioåtta kronor för lunchen.",
        ["contradicts_baseline_fact"],
    ),
    ("sushi", "Jag betalade trehundra kronor för två luncher.", ["contradicts_baseline_fact"]),
    ("sushi", "Tre luncher kostade fyrahundra kronor.", ["contradicts_baseline_fact"]),
    # A count of what one container holds is kept by as many containers as are told.
    ("golf", "Vi tog tre hinkar, hundratjugo bollar totalt.", []),
    ("golf", "Jag fick åttio bollar i hinken.", ["contradicts_baseline_fact"]),
    ("golf", "Jag köpte en hink med åttio bollar.", ["contradicts_baseline_fact"]),
    ("golf", "Jag slog två hinkar, hundrafemtio bollar.", ["contradicts_baseline_fact"]),
    # A rental the store's own facts offer is its; another thing rented is not.
    ("golf", "Vi hyrde klubbor av killen i shopen.", []),
    ("golf", "Jag hyrde en golfbil av killen i shopen.", ["unknown_department"]),
    # The customer's own cooking is no serving; staff cooking for the customer is.
    ("slakteri", "Vi lagade köttbullar på färsen och barnen åt allt.", []),
    ("slakteri", "Killen i disken lagade en lunch åt oss.", ["unknown_department"]),
    ("slakteri", "De lagade mat åt oss och vi satt vid ett bord.", ["unknown_department"]),
]
"""Sentences of the same shape as the answers the readings freed: honest ones stay clean,
frauds stay caught."""


@pytest.mark.parametrize(("store", "said", "kinds"), NEAR_MISSES)
def test_a_near_miss_keeps_its_reading(store: str, said: str, kinds: list[str]) -> None:
    assert flagged(honest_speech_18.STORES[store], said) == kinds
