"""Context fraud read from the store's own context: baseline facts as claims, and services no
department gives.

Every sentence here was written for this file, after the rules, as a customer would say it;
none comes from a labelled set. Facts of every kind are broken by what a customer says they
experienced, and each has its honest near misses: agreeing with the fact, restating it,
wishing for what is missing, or telling of a day or an hour when it holds.
"""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.fact_claims import (
    ABSENT,
    ACCEPTS,
    FREE,
    PRICE,
    SCHEDULE,
    claims_of,
)
from kundrost.domain.business_context import BaselineFact
from tests.analyzer.offline_calls import analyse, fraud_flags

SUNDAY = "2026-11-15T12:00:00+01:00"
FRIDAY = "2026-11-20T12:00:00+01:00"
WEDNESDAY_EVENING = "2026-11-18T18:50:00+01:00"


def claims(statement: str) -> list[tuple[str, str]]:
    return [(claim.kind, claim.subject) for claim in claims_of(BaselineFact(statement, "x"))]


def test_a_fact_is_read_into_claims_of_every_kind_it_holds() -> None:
    assert claims("Hemkörning kostar 79 kronor och körs bara tisdagar och fredagar.") == [
        (PRICE, "hemkörning"),
        (SCHEDULE, "hemkörning"),
    ]
    assert claims("Självscanningen tar bara kort; kontanter tas emot i kassorna.") == [
        (ACCEPTS, "självscanningen")
    ]
    assert claims("Parkeringen är gratis i två timmar med p-skiva.") == [(FREE, "parkeringen")]
    assert claims("Butiken har ingen kundtoalett.") == [(ABSENT, "kundtoalett")]


def test_a_schedule_told_in_parts_is_one_schedule() -> None:
    (claim,) = claims_of(
        BaselineFact(
            "Postombudet har öppet 10–18 på vardagar och 10–14 på lördagar; på söndagar är "
            "det stängt.",
            "post",
        )
    )
    schedule = claim.schedule
    assert schedule is not None
    assert schedule.open_at(1, 16.0, None)
    assert not schedule.open_at(5, 15.0, None)
    assert not schedule.open_on(6)


BROKEN: dict[str, tuple[str, ...]] = {
    "snus bought, named by its kind": ("lanthandel", "Jag köpte ett paket cigaretter i kassan."),
    "a parcel collected at the closed parcel desk": (
        "lanthandel",
        "Jag hämtade ut mitt paket på postombudet, killen där var snabb.",
        SUNDAY,
    ),
    "delivery on a day it does not run": (
        "lanthandel",
        "Hemkörningen kom i dag, chauffören var trevlig och bar in kassarna.",
        "2026-11-18T11:30:00+01:00",
    ),
    "a toilet the shop does not have": (
        "lanthandel",
        "Jag fick låna toaletten längst in, den var ren och fin.",
    ),
    "cash in a card-only self-scan": (
        "stormarknad",
        "Självscanningen tog mina kontanter utan problem, jag stoppade in en hundralapp.",
    ),
    "glass bottles in a machine for cans and PET": (
        "stormarknad",
        "Jag lämnade glasflaskor i pantautomaten och fick en pantlapp.",
    ),
    "a cake order where none are taken": (
        "stormarknad",
        "Jag hämtade ut min beställda födelsedagstårta i brödhörnan.",
    ),
    "medicine the store does not sell": (
        "stormarknad",
        "Jag köpte huvudvärkstabletter och nässpray i kassan.",
    ),
    "paid delivery said to be free": (
        "stormarknad",
        "Hemleveransen var gratis den här gången, ingen avgift alls.",
    ),
    "a fee for free parking, within the free time": (
        "grocery",
        "Jag betalade trettio kronor i parkeringsautomaten för en timme.",
    ),
    "cash where none is taken": (
        "cafe",
        "Vi betalade med en femhundralapp i kassan och fick växel tillbaka.",
    ),
    "a fee for free oat milk": ("cafe", "Jag fick betala tio kronor extra för havremjölken."),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_fact_broken_by_what_the_customer_experienced_is_a_contradiction(case: str) -> None:
    store, said, *when = BROKEN[case]
    at = when[0] if when else FRIDAY
    assert "contradicts_baseline_fact" in fraud_flags(analyse(store, said, at=at))


def test_the_timber_yard_after_it_closes_is_a_contradiction() -> None:
    said = "Jag lastade virke i brädgården, killen där hjälpte mig."
    assert fraud_flags(analyse("hardware", said, at=WEDNESDAY_EVENING)) == [
        "contradicts_baseline_fact"
    ]
    assert fraud_flags(analyse("hardware", said, at="2026-11-18T18:10:00+01:00")) == []


KEPT = {
    "the parcel desk found shut on a Sunday": (
        "lanthandel",
        "Postombudet var stängt eftersom det var söndag, så jag kommer tillbaka i morgon.",
        SUNDAY,
    ),
    "a parcel on another day": (
        "lanthandel",
        "Jag hämtade ett paket på postombudet i tisdags, det gick snabbt.",
        SUNDAY,
    ),
    "the bread's days restated": (
        "lanthandel",
        "Vedugnsbrödet var slut, det bakas ju bara på fredagar.",
        FRIDAY,
    ),
    "the baking days told on a Wednesday": (
        "lanthandel",
        "Jag frågade efter vedugnsbrödet, de bakar det bara på fredagar och lördagar.",
        "2026-11-18T12:00:00+01:00",
    ),
    "fresh wood-fired bread on a Friday": (
        "lanthandel",
        "Det var fredag, och vedugnsbrödet var nybakat och varmt, underbart.",
        FRIDAY,
    ),
    "a toilet missed": ("lanthandel", "Synd att det inte finns någon toalett för kunder.", FRIDAY),
    "the delivery price agreed with": (
        "lanthandel",
        "Hemkörningen kostar 79 kronor, det är värt det.",
        FRIDAY,
    ),
    "cash at a staffed till, the self-scan's rule restated": (
        "stormarknad",
        "Jag betalade kontant i den bemannade kassan, självscanningen tar ju bara kort.",
        FRIDAY,
    ),
    "glass bottles at customer service": (
        "stormarknad",
        "Jag pantade glasflaskorna i kundtjänst, automaterna tar ju bara burkar.",
        FRIDAY,
    ),
    "the fish counter unstaffed on a Sunday": (
        "stormarknad",
        "Fiskdisken var obemannad så jag tog förpackad lax från kylen.",
        SUNDAY,
    ),
    "a parking fee for shopping under the limit": (
        "stormarknad",
        "Jag betalade tjugo kronor för parkeringen eftersom jag bara handlade för hundra.",
        FRIDAY,
    ),
    "a parking fine for a forgotten disc": (
        "grocery",
        "Jag hade glömt p-skivan så jag fick en parkeringsbot på sexhundra kronor.",
        FRIDAY,
    ),
    "a fee after the free hours": (
        "grocery",
        "Det kostade tjugo kronor att parkera efter tre timmar, det är rimligt.",
        FRIDAY,
    ),
    "packed fish where there is no counter": (
        "grocery",
        "Jag köpte lax i kylen, ni har ju ingen fiskdisk.",
        FRIDAY,
    ),
}


@pytest.mark.parametrize("case", KEPT)
def test_agreeing_restating_or_missing_is_no_contradiction(case: str) -> None:
    store, said, at = KEPT[case]
    assert fraud_flags(analyse(store, said, at=at)) == []


SERVICES = {
    "coffee and sandwiches made to order in a shop without a café": (
        "lanthandel",
        "Vi satte oss vid kassan och drack kaffe, tjejen gjorde mackor åt oss.",
    ),
    "a machine rented where nothing is rented out": (
        "hardware",
        "Jag hyrde en minigrävare över helgen, killen visade hur den fungerade.",
    ),
    "shirts left at a dry cleaner's": (
        "grocery",
        "Jag lämnade in mina skjortor på kemtvätten vid entrén, de var klara när jag handlat.",
    ),
}


@pytest.mark.parametrize("case", SERVICES)
def test_a_service_no_department_gives_is_an_unknown_department(case: str) -> None:
    store, said = SERVICES[case]
    assert fraud_flags(analyse(store, said)) == ["unknown_department"]


@pytest.mark.parametrize(
    ("store", "said"),
    [
        ("cafe", "Vi satte oss vid fönstret och drack kaffe och åt var sin bulle."),
        ("stormarknad", "Salladsbaren var fräsch, jag tog en sallad och satte mig i bilen och åt."),
        ("hardware", "De kapade mina reglar gratis medan jag väntade, bra service."),
        ("grocery", "Skomakeriet i gallerian lagade mina klackar medan jag handlade."),
        ("grocery", "Jag satte mig på bänken vid entrén och åt en banan."),
        ("lanthandel", "Vi hyrde en stuga i närheten över helgen."),
        ("grocery", "Killen fixade min påse som hade gått sönder."),
    ],
)
def test_a_service_the_store_gives_or_one_elsewhere_is_no_unknown_department(
    store: str, said: str
) -> None:
    assert fraud_flags(analyse(store, said)) == []
