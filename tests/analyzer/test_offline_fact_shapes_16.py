"""Baseline facts at ten new kinds of business (`fact_shapes_16`), read in whole calls: a call
that tells as this visit what a fact rules out raises a decisive fraud flag, and a call that
touches the same fact while agreeing with it raises none.

Every store, fact and call was written for `fact_shapes_16` before the analyzer ran on it.
"""

from __future__ import annotations

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.fact_shapes import moment
from tests.analyzer.fact_shapes_16 import FRAUD, HONEST, STORES, Visit
from tests.analyzer.offline_calls import DECISIVE, FRAUD_KINDS
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()


def _each(reason: str, *texts: str) -> dict[str, str]:
    return dict.fromkeys(texts, reason)


MISSED: dict[str, str] = {
    **_each(
        "not yet read",
        "Vi var åtta kompisar i bankvalvet och det blev trångt men kul.",
        "Vi köpte varsin läsk och en påse chips i lobbyn innan vi gick in.",
        "Jag stoppade in en hundralapp i bollautomaten och fick en stor hink.",
        "Jag hade med hunden runt hela banan, han älskar att springa där.",
        "Greenfeen för mig som gäst var bara 300 kronor, billigt.",
        "Vi var sex stycken på samma bana och roterade in, det funkade bra.",
        "Killen i receptionen bokade en bana åt oss när vi stod vid disken.",
        "Jag köpte två lösa bollar i receptionen eftersom mina var slut.",
        "Jag avbokade två timmar innan och behövde inte betala någonting.",
        "Vi fick hem kopparna med posten en vecka senare, fint paketerade.",
        "Jag hämtade min färdigbrända skål redan dagen efter att jag hade målat den.",
        "Jag tog med en vas jag hade drejat hemma och de brände den åt mig.",
        "Jag belånade min gamla laptop och fick tretusen kronor direkt.",
        "Jag hade glömt legitimationen hemma men de belånade ringen ändå.",
        "De värderade min mammas gamla brosch gratis fast jag inte skulle låna något.",
        "Teknikern bytte en trasig bromslampa åt mig på en gång så att jag klarade besiktningen.",
        "Jag fick stå nere i gropen bredvid teknikern och följa hela besiktningen.",
        "Jag besiktade min motorcykel där, smidigt och snabbt.",
        "Min lillebror som är sjutton fick följa med in och sjöng hela kvällen.",
        "Vi åt varsin hamburgare med pommes vid bardisken innan vi började sjunga.",
        "Vi var femton stycken i ett privatrum på svensexan.",
        "Jag var först upp på scenen vid halv sex och sjöng Dancing Queen.",
        "Vi hade med oss en flaska vin och drack den i privatrummet.",
        "Vi spelade båda banorna, och djungelbanan var roligast med vattenfallet.",
        "Rundan kostade bara sextio kronor för mig som vuxen.",
        "Vi köpte korv med bröd i kiosken efter rundan.",
        "Hunden följde med in i kiosken när vi köpte glass.",
        "Vi bokade ett bord för sex på förmiddagen och det stod dukat när vi kom.",
        "Jag hämtade en andra portion av kycklinggrytan utan att betala något extra.",
        "Lunchen kostade 95 kronor med sallad och kaffe.",
        "Vi parkerade på restaurangens egen parkering precis utanför dörren.",
        "Jag fick också föreningens logga tryckt på tio t-shirts.",
        "Jag skrev ut tågbiljetterna direkt från mobilen vid disken.",
        "De körde hem affischerna till kontoret åt mig.",
        "Färgkopiorna kostade en krona styck i självbetjäningen.",
    ),
}
"""Contradictions not yet caught, each with the reason (strict xfails)."""

FLAGGED: dict[str, str] = {
    **_each(
        "not yet read",
        "Jag kom förbi utan bokning och fick en tid till eftermiddagen i stället.",
    ),
}
"""Honest calls still flagged, each with the reason (strict xfails)."""


def fraud_flags(visit: Visit) -> list[str]:
    turns: list[Turn] = [(AI, "Hur var ditt besök idag?"), (CUSTOMER, "Ja, det går bra.")]
    for answer in visit.answers:
        turns += [(AI, "Berätta gärna mer."), (CUSTOMER, answer)]
    context = STORES[visit.store]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context, moment(visit.at)))
    return [
        flag.kind.value
        for flag in analysis.content_flags
        if flag.kind in FRAUD_KINDS and flag.confidence >= DECISIVE
    ]


def _cases(visits: tuple[Visit, ...], known: dict[str, str]) -> list[object]:
    cases: list[object] = []
    for visit in visits:
        said = visit.answers[-1]
        reason = known.get(said)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(visit, id=f"{visit.store}: {said[:50]}", marks=marks))
    return cases


@pytest.mark.parametrize("visit", _cases(FRAUD, MISSED))
def test_a_visit_that_breaks_a_fact_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit)


@pytest.mark.parametrize("visit", _cases(HONEST, FLAGGED))
def test_a_visit_that_agrees_with_a_fact_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit) == []


def test_the_material_holds_enough_of_each() -> None:
    assert len(STORES) == 10
    assert len(FRAUD) >= 45
    assert len(HONEST) >= 75
