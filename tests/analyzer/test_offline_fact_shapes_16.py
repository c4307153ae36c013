"""Baseline facts at ten new kinds of business (`fact_shapes_16`), read in whole calls: a call
that tells as this visit what a fact rules out raises a decisive fraud flag, and a call that
touches the same fact while agreeing with it raises none.

Every store, fact and call was written for `fact_shapes_16` before the analyzer ran on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.adapters.offline.fact_bookings import (
    booking_made,
    refused_bookings,
    unbooked_service,
)
from kundrost.adapters.offline.fact_capacities import capacity_of, over_capacity
from kundrost.adapters.offline.fact_claims import ABSENT, PRICE, claims_of
from kundrost.adapters.offline.fact_ids import unshown_id
from kundrost.adapters.offline.fact_prices import other_sum
from kundrost.adapters.offline.fact_prohibitions import brought, prohibition_of
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.schedules import schedule_of
from kundrost.domain.business_context import BaselineFact, BusinessContext
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
        'a lead time (three working days) against a service told done "på en timme" is not '
        'read; the call was caught only while "åt mig" was read as eating two hundred '
        'business cards, which offline-16 no longer does ("femtio mattor åt oss")',
        "De tryckte tvåhundra visitkort åt mig på en timme medan jag fikade.",
    ),
    **_each(
        'a means refused by a machine ("tar inte sedlar") told by a member of it ("en '
        "hundralapp\") is not read: only the means' own words are",
        "Jag stoppade in en hundralapp i bollautomaten och fick en stor hink.",
    ),
    **_each(
        'a sum more than five words from the thing priced ("greenfeen för mig som gäst var '
        'bara 300"), or in a unit the fact does not use ("en krona" of a compound '
        '"färgkopiorna" against "kopiering … i färg"), is not read as its price',
        "Greenfeen för mig som gäst var bara 300 kronor, billigt.",
        "Färgkopiorna kostade en krona styck i självbetjäningen.",
    ),
    **_each(
        'a thing sold only in a pack ("bollar säljs bara i rör om tre") is not read as a '
        "least count",
        "Jag köpte två lösa bollar i receptionen eftersom mina var slut.",
    ),
    **_each(
        'a charge for a late cancellation ("avbokning senare än 24 timmar innan debiteras '
        'fullt pris") is not read, nor a fee left out of what "ingår inte"',
        "Jag avbokade två timmar innan och behövde inte betala någonting.",
        "Jag hämtade en andra portion av kycklinggrytan utan att betala något extra.",
    ),
    **_each(
        "a service the store does not do told by another verb than the fact's (\"skickar "
        'inte … med post": "fick hem … med posten"; "levererar inte": "körde hem"; '
        '"reparerar inga fel": "bytte en trasig bromslampa") is not read: acts are matched '
        "by their own stem",
        "Vi fick hem kopparna med posten en vecka senare, fint paketerade.",
        "De körde hem affischerna till kontoret åt mig.",
        "Teknikern bytte en trasig bromslampa åt mig på en gång så att jag klarade besiktningen.",
    ),
    **_each(
        'a lead time of a general word ("föremålen … tidigast efter sju dagar") is not '
        'touched by the thing itself ("skålen")',
        "Jag hämtade min färdigbrända skål redan dagen efter att jag hade målat den.",
    ),
    **_each(
        'the customer\'s own thing met by a denied act or a refused kind ("egen keramik", '
        '"min gamla laptop" of "elektronik", "min motorcykel" after "jag besiktade") is '
        "read as their own, which a lack of the store's never rules out; a customer as the "
        "agent of the store's act (\"jag besiktade\") is not read as the store's",
        "Jag tog med en vas jag hade drejat hemma och de brände den åt mig.",
        "Jag belånade min gamla laptop och fick tretusen kronor direkt.",
        "Jag besiktade min motorcykel där, smidigt och snabbt.",
    ),
    **_each(
        'a service for none but borrowers ("värderar inte … åt andra än låntagare") is not read',
        "De värderade min mammas gamla brosch gratis fast jag inte skulle låna något.",
    ),
    **_each(
        'a place the customer may not be at ("får inte vara i hallen") is read as a '
        'forbidden act of "kunden" only with the act\'s own verb ("stå … i gropen" is not '
        '"vara")',
        "Jag fick stå nere i gropen bredvid teknikern och följa hela besiktningen.",
    ),
    **_each(
        'an age limit said as "åldersgränsen är 20 år" is not read as a least age, and a '
        "relative's age (\"min lillebror som är sjutton\") is not the speaker's",
        "Min lillebror som är sjutton fick följa med in och sjöng hela kvällen.",
    ),
    **_each(
        'a kind named by an adjective and a noun ("inga varma rätter") is read by the '
        'adjective alone, and no member of it ("hamburgare", "korv med bröd") is known',
        "Vi åt varsin hamburgare med pommes vid bardisken innan vi började sjunga.",
        "Vi köpte korv med bröd i kiosken efter rundan.",
    ),
    **_each(
        'a season by months ("stängd från oktober till april") is not read as a schedule',
        "Vi spelade båda banorna, och djungelbanan var roligast med vattenfallet.",
    ),
    **_each(
        'a prohibition carried to a second part ("välkomna på banorna men inte i kiosken") '
        "has no subject of its own, so it is not read",
        "Hunden följde med in i kiosken när vi köpte glass.",
    ),
    **_each(
        'a lacking facility told in a genitive ("restaurangens egen parkering") is not read as met',
        "Vi parkerade på restaurangens egen parkering precis utanför dörren.",
    ),
    **_each(
        'a thing not printed on ("trycker inte på textil") loses its first item after "på", '
        'and "t-shirts" is no known member of "textil"; printing "från mobilen" is an act '
        "of the customer's (\"jag skrev ut\"), not the store's",
        "Jag fick också föreningens logga tryckt på tio t-shirts.",
        "Jag skrev ut tågbiljetterna direkt från mobilen vid disken.",
    ),
}
"""Contradictions not yet caught, each with the reason (strict xfails)."""

FLAGGED: dict[str, str] = {}
"""Honest calls still flagged, each with the reason (strict xfails)."""


def fraud_flags(visit: Visit, stores: Mapping[str, BusinessContext] = STORES) -> list[str]:
    """The kinds of the decisive fraud flags of a visit, in its store of `stores`."""
    turns: list[Turn] = [(AI, "Hur var ditt besök idag?"), (CUSTOMER, "Ja, det går bra.")]
    for answer in visit.answers:
        turns += [(AI, "Berätta gärna mer."), (CUSTOMER, answer)]
    context = stores[visit.store]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context, moment(visit.at)))
    return [
        flag.kind.value
        for flag in analysis.content_flags
        if flag.kind in FRAUD_KINDS and flag.confidence >= DECISIVE
    ]


def visit_cases(visits: tuple[Visit, ...], known: dict[str, str]) -> list[object]:
    """Each visit as a pytest case named by its store and last answer, a strict expected
    failure where `known` gives the reason it is not yet read."""
    cases: list[object] = []
    for visit in visits:
        said = visit.answers[-1]
        reason = known.get(said)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(visit, id=f"{visit.store}: {said[:50]}", marks=marks))
    return cases


@pytest.mark.parametrize("visit", visit_cases(FRAUD, MISSED))
def test_a_visit_that_breaks_a_fact_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit)


@pytest.mark.parametrize("visit", visit_cases(HONEST, FLAGGED))
def test_a_visit_that_agrees_with_a_fact_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit) == []


def test_the_material_holds_enough_of_each() -> None:
    assert len(STORES) == 10
    assert len(FRAUD) >= 45
    assert len(HONEST) >= 75


_ROOMS = ("rum",)


def _named(token: str) -> str | None:
    return "Rummen" if token in ("bankvalvet", "rummet", "rummen") else None


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("vi var åtta kompisar i bankvalvet och det blev trångt", True),
        ("vi var femton stycken i ett privatrum på svensexan", True),
        ("vi var sex stycken i rummet, precis så många som får plats", False),
        ("vi var femton på svensexan och satt i baren", False),
        ("vi var tio minuter sena till rummet", False),
        ("vi var åtta men delade upp oss på två rum", False),
        ("vi var tolv och hyrde två rum bredvid varandra", False),
        ("vi hade velat vara åtta i rummet men det gick inte", False),
        ("vi skulle vara åtta personer i rummet", False),
    ],
)
def test_a_capacity_is_broken_by_a_larger_party_told_in_the_place(said: str, broken: bool) -> None:
    tokens = tuple(tokens_of(said))
    assert (over_capacity(6.0, _ROOMS, tokens, _named) is not None) is broken


@pytest.mark.parametrize(
    ("part", "read"),
    [
        ("varje rum tar högst sex spelare.", (6.0, ("rum",))),
        ("högst fyra personer spelar på en bana.", (4.0, ("bana",))),
        ("kampanjen gäller högst två påsar per kund.", None),
        ("barn under 6 år får vara i lekrummet högst 45 minuter.", None),
    ],
)
def test_a_capacity_is_a_most_of_people_not_a_quota_nor_a_time(
    part: str, read: tuple[float, tuple[str, ...]] | None
) -> None:
    assert capacity_of(part, tuple(tokens_of(part))) == read


@pytest.mark.parametrize(
    ("fact", "priced"),
    [
        ("En runda kostar 120 kronor för vuxna.", "runda"),
        ("Dagens lunch kostar 125 kronor.", "lunch"),
        ("Greenfee är 550 kronor för gäster.", "greenfee"),
        ("Hemleverans kostar 49 kronor.", "hemleverans"),
    ],
)
def test_a_price_is_of_the_head_of_its_noun_phrase(fact: str, priced: str) -> None:
    prices = [c for c in claims_of(BaselineFact(fact)) if c.kind == PRICE]
    assert [c.subject for c in prices] == [priced]


def test_a_longer_phrase_before_the_price_is_no_head() -> None:
    fact = BaselineFact("En timme hopp kostar 189 kronor.")
    assert [c for c in claims_of(fact) if c.kind == PRICE] == []


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("lunchen kostade 95 kronor med kaffe", True),
        ("sen jag var liten har det ändrats, då kostade lunchen 95 kronor", False),
        ("för tio år sedan kostade lunchen 95 kronor", False),
        ("förr kostade lunchen 95 kronor", False),
    ],
)
def test_a_sum_of_long_ago_is_no_price_of_this_visit(said: str, broken: bool) -> None:
    tokens = tuple(tokens_of(said))
    named = tokens.index("lunchen")
    assert (other_sum(tokens, named, 125.0, False, tokens) is not None) is broken


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("jag svängde in utan bokning och de tog bilen direkt", True),
        ("jag kom förbi utan bokning och fick en tid till eftermiddagen i stället", False),
        ("vi kom utan bokning och fick en ny tid på fredag", False),
        ("vi kom utan bokning och fick spela minigolf istället", False),
    ],
)
def test_a_time_given_for_later_is_no_service_unbooked(said: str, broken: bool) -> None:
    assert (unbooked_service(tuple(tokens_of(said))) is not None) is broken


def test_a_facility_that_opens_at_an_hour_is_open_from_then() -> None:
    part = "scenen öppnar klockan 19"
    schedule = schedule_of(part, tuple(tokens_of(part)))
    assert schedule is not None
    assert schedule.open_at(2, 20.0, None)
    assert not schedule.open_at(2, 17.5, None)


def test_an_act_with_an_exception_after_a_comma_is_denied_on_the_exception() -> None:
    fact = BaselineFact("Vi besiktar personbilar och lätta släp, inte tunga lastbilar.")
    acts = {c.activity for c in claims_of(fact) if c.kind == ABSENT}
    assert acts == {"besikt"}
    plain = BaselineFact("Vi säljer kaffe, inte te.")
    assert all(c.activity == "" for c in claims_of(plain) if c.kind == ABSENT)


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("jag hade med hunden runt hela banan", True),
        ("vi tog med hunden och gick nio hål på banan", True),
        ("hunden fick stanna hemma, de tillåter inte hundar på banan", False),
        ("vi fick inte ta med hunden in på banan", False),
        ("min granne hade med hunden på banan förra året", False),
        ("hon hade med hunden på banan", False),
        ("vi tog med hunden till parkeringen, banan är ju förbjuden för hundar", False),
        ("vi tog med hunden på promenad i skogen efteråt", False),
        ("skulle man kunna ta med hunden på banan", False),
    ],
)
def test_a_thing_not_allowed_is_broken_by_the_customers_party_bringing_it(
    said: str, broken: bool
) -> None:
    assert prohibition_of("hundar är inte tillåtna på banan.") == ("hundar", "banan")
    found = brought("hundar", "banan", tuple(tokens_of(said)), lambda _: None)
    assert (found is not None) is broken


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("vi hade med oss en flaska vin och drack den i privatrummet", True),
        ("vi drack vin i baren med min syster", False),
        ("vi tog med oss vin hem från baren", False),
    ],
)
def test_a_kind_not_allowed_brought_is_broken_by_a_member_of_it(said: str, broken: bool) -> None:
    assert prohibition_of("det är inte tillåtet att ta med egen dryck.") == ("dryck", "")
    found = brought("dryck", "", tuple(tokens_of(said)), lambda _: None)
    assert (found is not None) is broken


@pytest.mark.parametrize(
    ("said", "broken"),
    [
        ("jag hade glömt legitimationen hemma men de belånade ringen ändå", True),
        ("jag hade glömt legget men de släppte in mig i alla fall", True),
        ("jag hade glömt legget hemma så jag fick åka hem och hämta det", False),
        ("jag hade glömt legitimationen men fick ändå inte belåna något", False),
        ("min kompis hade glömt sitt leg men de släppte in henne ändå", False),
        ("jag hade glömt legitimationen men kom tillbaka med den och de belånade ringen", False),
    ],
)
def test_an_id_forgotten_is_none_shown_when_the_act_is_done_all_the_same(
    said: str, broken: bool
) -> None:
    clauses = [tuple(tokens_of(part)) for part in re.split(r" men | så ", said)]
    assert (unshown_id(clauses) is not None) is broken


@pytest.mark.parametrize(
    ("place", "said", "broken"),
    [
        ("", "vi bokade ett bord för sex på förmiddagen", True),
        ("", "jag ringde och bokade bord till fyra personer", True),
        ("", "vi hade bokat bord till klockan tolv och det stod klart", True),
        ("", "vi hade bokat bord om det hade gått", False),
        ("", "vi hade tänkt boka bord men det går inte vid lunch", False),
        ("", "vi bokade bord på en annan restaurang i stället", False),
        ("", "vi bokade inget bord, vi bara kom", False),
        ("", "vi bokade en tid för barnkalaset", False),
        ("receptionen", "killen i receptionen bokade en bana åt oss", True),
        ("receptionen", "vi bokade banan i appen på morgonen", False),
    ],
)
def test_a_place_that_takes_no_bookings_is_broken_by_one_made_there(
    place: str, said: str, broken: bool
) -> None:
    head = refused_bookings(
        "vi tar inte emot bordsbokningar under lunchen."
        if not place
        else "receptionen tar inga bokningar."
    )
    assert head == ("" if place else "bord")
    found = booking_made(head, place, tuple(tokens_of(said)), lambda t: t.startswith("recep"))
    assert (found is not None) is broken


def test_a_refusal_of_bookings_with_a_condition_refuses_only_some() -> None:
    assert refused_bookings("vi tar inte bordsbokningar för färre än sex personer.") is None
