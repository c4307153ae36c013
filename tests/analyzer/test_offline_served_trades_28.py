"""A department the store lacks, told only by what it served or sold (`offline-28`): staff
who made something to order ("gjorde den medan jag väntade", "filéade en gös åt mig"), a
prescription taken in and medicine handed out over two sentences, a drink at the tables, a
climbing wall with its instructor. Each is an unknown department at a store whose own words
(name, departments and aliases, campaigns, what its facts affirm) hold no such trade; a
fact that denies the trade ("Butiken har ingen manuell fiskdisk", "har ingen cykelverkstad")
outweighs goods its facts otherwise name ("fisk finns bara fryst").

Honest near misses that must stay unflagged: the goods bought from the store's own shelves,
freezer or till (flowers, frozen fish, headache tablets), a listed department of the right
kind, a fact that gives the service, a wish, a question, a regret ("synd att ni inte har"),
the service had elsewhere, the customer's own work.

All stores and calls were written for this file, before the analyzer ran on them, at kinds of
business other than the training sets' (a hardware store, a bookshop, a sports shop, an
electronics shop, a village grocery, an interior shop, a petrol station).
"""

from __future__ import annotations

from datetime import time

import pytest

from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
)
from kundrost.domain.opening_hours import OpeningHours
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import store_id_of
from tests.analyzer.department_shapes import DAYS, VISIT
from tests.analyzer.offline_calls import ANALYZER, fraud_flags
from tests.unit.transcript_builders import AI, CUSTOMER, a_transcript

_STORES: dict[str, tuple[str, tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]] = {
    "järn": (
        "Järnhandeln i Tranås",
        (
            ("Verktyg", ("verktygsväggen", "skruvhyllan")),
            ("Färg", ("färgdisken", "färgblandningen")),
            ("Trädgård", ("trädgårdsavdelningen", "fröhyllan")),
            ("Bygg", ("virkeslagret",)),
            ("Kassa", ("kassan",)),
        ),
        ("Vi har ingen verkstad och byter inga däck.",),
    ),
    "järn2": (
        "Bygg och Järn i Eksjö",
        (("Verktyg", ("verktygsväggen",)), ("Färg", ("färgdisken",)), ("Kassa", ("kassan",))),
        ("Vi kopierar nycklar i kassan medan du väntar.",),
    ),
    "bok": (
        "Bokhandeln i Nora",
        (
            ("Skönlitteratur", ("romanerna", "deckarhyllan")),
            ("Barnböcker", ("barnhörnan", "läshörnan")),
            ("Kontor och papper", ("pennhyllan", "kalendrarna")),
            ("Spel", ("spelhyllan",)),
            ("Kassa", ("kassan",)),
        ),
        (),
    ),
    "sport": (
        "Sporthuset i Skövde",
        (
            ("Skor", ("skoväggen", "löparskorna")),
            ("Kläder", ("jackorna", "träningskläderna")),
            ("Bollsport", ("bollhyllan",)),
            ("Friluftsliv", ("tältavdelningen", "klätterhyllan")),
            ("Kassa", ("kassan",)),
        ),
        (
            "Butiken har två våningar; skorna finns på övervåningen.",
            "Butiken säljer inga cyklar och har ingen cykelverkstad.",
        ),
    ),
    "el": (
        "Elbutiken i Falun",
        (
            ("Mobiler", ("mobilväggen", "skalen")),
            ("Datorer", ("datoravdelningen",)),
            ("TV och ljud", ("tv-väggen", "högtalarna", "skivspelarna")),
            ("Vitvaror", ("kylskåpen", "tvättmaskinerna")),
            ("Kassa", ("kassan",)),
        ),
        ("Butiken lagar inga telefoner själv; de skickas till en verkstad i Borlänge.",),
    ),
    "mat": (
        "Lanthandeln i Ör",
        (
            ("Frukt och grönt", ("grönsakerna", "fruktdisken")),
            ("Mejeri", ("mjölkkylen",)),
            ("Kolonial", ("hyllorna", "torrvarorna")),
            ("Frys", ("frysdisken", "frysboxen")),
            ("Kassa", ("kassan", "tobaksdisken")),
        ),
        (
            "Fisk finns bara fryst; butiken har ingen manuell disk.",
            "Receptfria läkemedel säljs i kassan.",
        ),
    ),
    "inred": (
        "Inredningsboden i Sala",
        (
            ("Textil", ("gardinerna", "mattorna", "kuddarna")),
            ("Belysning", ("lamporna",)),
            ("Kök", ("porslinet", "glasen")),
            ("Kassa", ("kassan",)),
        ),
        (),
    ),
    "mack": (
        "Macken i Hova",
        (
            ("Drivmedel", ("pumparna",)),
            ("Butik", ("hyllorna",)),
            ("Korvgrill", ("grillen", "korvkiosken")),
            ("Kassa", ("kassan",)),
        ),
        (),
    ),
}


def context(key: str) -> BusinessContext:
    name, departments, facts = _STORES[key]
    return BusinessContext(
        store_id=store_id_of(f"served-trades-28-{key}"),
        timezone="Europe/Stockholm",
        operating_hours={day: OpeningHours(time(8), time(21)) for day in DAYS},
        departments=[Department(d, aliases) for d, aliases in departments],
        baseline_facts=[BaselineFact(statement) for statement in facts],
        current_campaigns=[Campaign("Veckans erbjudande")],
        store_name=name,
    )


ABSENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "mat",
        (
            "Mannen bakom glasdisken med krossad is filéade en lax åt mig och drog av skinnet.",
            "Han tipsade om att ugnsbaka den med dill.",
        ),
    ),
    (
        "mat",
        (
            "Längst in tog en kvinna i vit rock emot mitt recept och kollade legitimationen.",
            "Hon gav mig min astmamedicin och förklarade hur jag skulle ta den.",
        ),
    ),
    (
        "mat",
        (
            "Vid utgången stod en kille vid en stekplatta och gjorde hamburgare åt oss.",
            "Han frågade om vi ville ha ost på, och det tog fem minuter.",
        ),
    ),
    (
        "mat",
        (
            "Jag köpte en tunnbrödsrulle med mos och räksallad av honom vid plattan.",
            "Han gjorde den medan jag väntade och frågade om jag ville ha rostad lök.",
        ),
    ),
    (
        "bok",
        (
            "Efter handlingen satte vi oss vid fönsterborden och drack en cortado.",
            "Det var mysigt, vi satt kvar en timme.",
        ),
    ),
    (
        "bok",
        (
            "Ja, jag hittade en deckare.",
            "Killen gjorde kaffet på den stora maskinen och ritade ett hjärta i mjölkskummet.",
        ),
    ),
    (
        "bok",
        (
            "Han ramade in min gamla karta och skar till ett passepartout medan jag väntade.",
            "Ramen blev jättefin.",
        ),
    ),
    (
        "inred",
        (
            "Vi åt varsin räksmörgås vid borden vid fönstret och fick påtår.",
            "Sedan köpte vi två kuddar.",
        ),
    ),
    (
        "inred",
        (
            "Tjejen lät mig lyssna på tre vinylskivor vid skivspelaren innan jag valde en.",
            "Hon kunde mycket om sjuttiotalsrock.",
        ),
    ),
    (
        "sport",
        (
            "Tjejen tog med mig till klätterväggen och säkrade mig medan jag klättrade två leder.",
            "Skorna satt bra på de små greppen.",
        ),
    ),
    (
        "sport",
        (
            "En kille i blåställ bytte kedjan och justerade växlarna på min cykel.",
            "Det tog bara tjugo minuter.",
        ),
    ),
    (
        "el",
        (
            "Teknikern bytte skärmen på min telefon på en halvtimme medan jag väntade.",
            "Den fungerar som ny.",
        ),
    ),
    (
        "järn",
        (
            "Medan jag handlade bytte de till vinterdäcken på bilen, och mekanikern "
            "balanserade hjulen.",
            "Det tog tjugo minuter.",
        ),
    ),
    (
        "el",
        (
            "Vi tittade på kattungarna i burarna längst in och fick hålla en valp.",
            "Sedan köpte vi en laddare.",
        ),
    ),
)
"""A department the store lacks, told by what it served, made or sold, never named."""

NEAR: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("järn", ("Tjejen i trädgårdsavdelningen band ihop en bukett tulpaner åt mig.",)),
    ("järn2", ("Killen i kassan fräste två nya nycklar åt mig på fem minuter.",)),
    ("mat", ("Jag köpte torskfilé i frysdisken och en bukett tulpaner i kassan.",)),
    ("mat", ("Synd att ni inte har en fiskdisk, jag fick köpa laxen fryst.",)),
    ("mat", ("Ni borde ha en fiskdisk där någon kan filéa fisken åt en.",)),
    ("mat", ("Jag köpte huvudvärkstabletter i kassan, bra att ni har det.",)),
    ("mat", ("På apoteket bredvid fick jag ut min medicin, sedan handlade jag här.",)),
    ("mat", ("Kassörskan slog in tulpanerna i papper åt mig.",)),
    ("mat", ("Vi köpte kaffe och kanelbullar och drack kaffet i bilen på parkeringen.",)),
    ("mat", ("Jag köpte frysta räkor och en torskfilé, och tjejen i kassan packade dem.",)),
    ("bok", ("Vi fikade på kaféet mittemot efteråt, men här hittade vi tre böcker.",)),
    ("bok", ("Jag köpte en tavelram och pennor, och killen i kassan slog in allt.",)),
    ("bok", ("Barnen satte sig i läshörnan och läste medan jag letade efter en kokbok.",)),
    ("sport", ("Finns det någon cykelverkstad i närheten? Min kedja hoppar.",)),
    ("sport", ("Jag köpte klätterskor, och killen lät mig prova dem på en liten pall.",)),
    ("sport", ("Hon mätte mina fötter och hittade rätt storlek på övervåningen.",)),
    ("el", ("Jag köpte en skivspelare, och killen kopplade in den och lät mig lyssna.",)),
    ("el", ("Killen satte på ett skärmskydd åt mig och visade hur skalet fungerar.",)),
    ("inred", ("Vi köpte två espressokoppar till vår nya espressomaskin.",)),
    ("inred", ("Tjejen berättade att gardinerna kan kortas hos en sömmerska i stan.",)),
    ("mack", ("Tjejen i korvkiosken grillade två korvar åt oss medan vi tankade.",)),
    ("mack", ("Vi drack kaffe och åt en varmkorv vid borden, och killen gjorde en till åt mig.",)),
    ("järn", ("Jag köpte en ny cykelkedja och bytte den själv hemma.",)),
    ("järn", ("Ni borde sälja grillad korv vid utgången, som macken gör.",)),
)
"""The goods from the store's own shelves, a listed department of the kind, a fact that gives
the service, a wish, a question, a regret, or the service had elsewhere."""


def _analysed(key: str, answers: tuple[str, ...]) -> list[str]:
    turns = [(AI, "Hej! Har du tid med några frågor?"), (CUSTOMER, "Ja, det går bra.")]
    questions = ("Hur var ditt besök?", "Berätta gärna mer.", "Något vi kan göra bättre?")
    for question, answer in zip(questions, answers, strict=False):
        turns += [(AI, question), (CUSTOMER, answer)]
    feedback = FeedbackInput(a_transcript(turns), context(key), VISIT)
    return fraud_flags(ANALYZER.analyse_now(feedback))


@pytest.mark.parametrize(("key", "answers"), ABSENT, ids=[a[0][:60] for _, a in ABSENT])
def test_a_lacking_department_told_by_what_it_served_is_unknown(
    key: str, answers: tuple[str, ...]
) -> None:
    assert "unknown_department" in _analysed(key, answers)


@pytest.mark.parametrize(("key", "answers"), NEAR, ids=[a[0][:60] for _, a in NEAR])
def test_the_stores_own_goods_a_wish_or_elsewhere_is_no_fraud(
    key: str, answers: tuple[str, ...]
) -> None:
    assert _analysed(key, answers) == []
