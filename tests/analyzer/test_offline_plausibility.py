"""Content fraud read from physical and temporal plausibility, and talk that is not about
this store.

Every call here was written for this file, after the rules; none comes from a labelled set.
A single impossible event in an otherwise ordinary call is caught; idioms, exaggeration and
feelings are not; a call mostly about something else, or about another store, earns nothing.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.when import said_day, stated_hours
from kundrost.domain.fraud import FraudEvidence
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.grading import GradingPolicy
from tests.analyzer.offline_calls import analyse, fraud_flags

MIDDAY = datetime.fromisoformat("2026-11-18T12:00:00+01:00")
ORDINARY = "Mjölken var kall och kassörskan var trevlig."


@pytest.mark.parametrize(
    ("said", "day", "hours"),
    [
        ("jag kom dit tio i sju på onsdagskvällen", 2, (18 + 50 / 60,)),
        ("i dag, söndag, vid tolv", 6, (12.0,)),
        ("klockan var halv ett, mitt på dagen", None, (12.5,)),
        ("en tisdag vid fyra", 1, (4.0, 16.0)),
        ("tio minuter i sju", None, (6 + 50 / 60, 18 + 50 / 60)),
        ("vi handlar på fredagar", None, None),
    ],
)
def test_days_and_hours_are_read_as_people_say_them(
    said: str, day: int | None, hours: tuple[float, ...] | None
) -> None:
    days = said_day(tokens_of(said))
    assert (min(days) if days else None) == day
    assert stated_hours(tokens_of(said)) == hours


IMPOSSIBLE = {
    "a rate no cashier keeps": "Kassörskan scannade mina sextio varor på tre sekunder.",
    "a load no car holds": "Jag lastade fem kubikmeter grus i bagageluckan på min Volvo.",
    "a burden no one carries": "Jag bar ut tvåhundra kilo potatis på axeln själv.",
    "a bag no bag holds": "Jag bar hem fyrtio kilo potatis i en tygpåse.",
    "servings no one drinks": "Jag drack trettio koppar kaffe på en timme.",
    "a cooler boiling": "Mjölken i kylen kokade när jag öppnade dörren.",
    "coffee falling upwards": "Kaffet i koppen föll uppåt mot taket.",
    "two ways at once": "Skidorna glider så bra nu, åt båda hållen samtidigt.",
    "fittings no one keeps up": "Jag provade fyrtio par skor, hon justerade alla på tio minuter.",
    "customers no till serves": "Hon i kassan tog hundra kunder på de fem minuter jag stod där.",
}


@pytest.mark.parametrize("case", IMPOSSIBLE)
def test_one_impossible_event_in_an_ordinary_call_is_content_fraud(case: str) -> None:
    flags = fraud_flags(analyse("grocery", ORDINARY, IMPOSSIBLE[case]))
    assert flags
    assert set(flags) <= {"impossible_claim", "nonsensical_content"}


INCONSISTENT = {
    "two weekdays for one visit": ("Jag kom dit på en tisdag förmiddag.", "Det var ju söndag."),
    "no car, yet driving home": (
        "Jag har ingen bil, så jag går alltid dit.",
        "Sen körde jag hem och lastade ur kassarna.",
    ),
    "one thing bought, many bags carried": (
        "Jag köpte bara en banan, inget annat.",
        "Sen fick jag hjälp att bära ut alla åtta kassarna.",
    ),
    "a first visit by a regular": (
        "Det var första gången jag var där, allt var nytt för mig.",
        "Hon som alltid hjälper mig visste precis vilken storlek jag har.",
    ),
    "the last customer at ten in the morning": (
        "Hon i kassan släckte lamporna och låste dörren efter mig, jag var sista kunden.",
    ),
}


@pytest.mark.parametrize("case", INCONSISTENT)
def test_an_account_that_contradicts_itself_or_the_hours_is_an_impossible_claim(case: str) -> None:
    flags = fraud_flags(analyse("grocery", *INCONSISTENT[case], at="2026-11-18T10:00:00+01:00"))
    assert flags == ["impossible_claim"]


HONEST = {
    "an eternity in the queue": (
        "Det tog en evighet i kassan, kön var typ en kilometer lång.",
        "Men tjejen var snabb när det väl var min tur.",
    ),
    "dying of laughter": ("Jag dog nästan av skratt när killen i charken skämtade om skinkan.",),
    "a big shop in two trips": (
        "Vi storhandlade, sju kassar, och bar ut allt till bilen på två vändor.",
    ),
    "cycling there, fetched by car": ("Jag cyklade dit, men min man hämtade mig med bilen sen.",),
    "a quick cashier": ("Kassörskan scannade mina tjugo varor på en minut, snabbt jobbat.",),
    "three refills": ("Jag tog tre påtårar, det är ju gratis.",),
    "a load delivered by truck": (
        "Jag köpte två kubikmeter bark och de levererade det hem med lastbil.",
    ),
    "a warm cooler": ("Kylen i mejeriet visade tolv grader, mjölken var ljummen.",),
    "closing time on another day": (
        "Förra veckan var jag där precis innan de stängde, då var det lugnt.",
    ),
    "the last customer at closing": (
        "Jag var sista kunden innan de stängde, men kassörskan var ändå trevlig.",
    ),
    "a thousand times": ("Jag har sagt det tusen gånger, ni måste ha fler kassor öppna.",),
    "an ordinary wait for an order": ("Jag fick vänta två dagar på min beställning.",),
    "cycling today, driving another day": (
        "Jag cyklade dit i dag.",
        "I lördags körde jag dit med bilen och då var det fullt.",
    ),
    "thirty tins carried at once": (
        "Jag köpte trettio burkar kattmat och bar ut allt själv på en gång.",
    ),
    "cups for the office": ("Vi tog femton koppar kaffe till kontoret.",),
    "the first visit this year": (
        "Det var första gången jag var där i år.",
        "Kassan var snabb som vanligt.",
    ),
    "a door both ways": ("Dörren vid kassan går att öppna åt båda hållen, det är smidigt.",),
    "a busy till": ("Kassörskan tog tjugo kunder på tjugo minuter, hon var snabb.",),
    "an hour of fittings": ("Vi provade tjugo par skor under en timme, hon var tålmodig.",),
    "goods fronted before the one who judged or paid for them": (
        "Brödet tyckte jag var torrt, och osten tyckte min man var för salt.",
        "Mjölken betalade jag med kort, och bananerna betalade jag med Swish.",
    ),
    "a parcel abroad, in its time": (
        "Jag skickade ett paket till Australien i förra månaden.",
        "Det kom fram efter två veckor, bra service.",
    ),
}


@pytest.mark.parametrize("case", HONEST)
def test_idioms_exaggeration_and_plausible_amounts_are_no_fraud(case: str) -> None:
    store = "cafe" if "refills" in case else "hardware" if "truck" in case else "grocery"
    assert fraud_flags(analyse(store, *HONEST[case], at="2026-11-18T20:40:00+01:00")) == []


GRADING = GradingPolicy()


def qualifies(store: str, *answers: str) -> bool:
    analysis = analyse(store, *answers)
    verdict = FraudPolicy().evaluate(
        FraudEvidence(transaction_time=MIDDAY, analysis=analysis, context=None)
    )
    return GRADING.grade(analysis, verdict).qualifies


def test_a_call_about_something_else_earns_nothing_for_one_remark_about_the_store() -> None:
    assert not qualifies(
        "cafe",
        "Jag sitter på läktaren och väntar på att min dotter ska spela match i kväll.",
        "Hon spelar mittfält, och tränaren har äntligen börjat låta henne spela hela matcherna.",
        "Jag köpte en kanelbulle med mig, den var god. Nu kommer lagen ut på planen.",
        "Domaren ser ung ut i år, och motståndarna har nya tröjor. Nu måste jag titta.",
    )


def test_a_talkative_call_with_a_concrete_remark_still_pays() -> None:
    assert qualifies(
        "grocery",
        "Ja, det gick bra, jag var där i förmiddags med min mamma.",
        "Bananerna vid frukten var alldeles för gröna, och avokadorna var hårda som stenar.",
        "Ni kanske kan ta in mognare bananer till helgerna, det vore bra.",
    )


def test_another_store_named_in_passing_keeps_its_talk_out_of_this_store() -> None:
    analysis = analyse(
        "cafe",
        "Jag tog en kopp på Espresso House på centralen i morse, och den var bränd.",
        "Baristan där himlade med ögonen när jag bad om en ny.",
        "Det var mest det där med Espresso House som irriterade mig. Tio minuter i kö.",
    )
    assert analysis.rubric.off_store_observations >= 1
    assert not analysis.rubric.specific_observations
