"""Content fraud readings of `offline-18` (docs/analyzer.md, "offline-18: content fraud"):
facts read part by part, an agent's collection, a feared consequence and a compound's head,
and the impossible and inconsistent accounts below, each at kinds of store other than the
seventh development set's, with the honest near misses that must not fire.

Every sentence was written for this file, none taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime, time
from uuid import UUID

import pytest

from kundrost.adapters.offline.patterns import WordPatterns
from kundrost.domain import (
    BaselineFact,
    BusinessContext,
    Department,
    OpeningHours,
    StoreId,
    Weekday,
)
from tests.analyzer.offline_calls import contradicted_facts, said_impossible

_AT = datetime.fromisoformat("2026-11-18T12:00:00+01:00")


def _store(*facts: str) -> BusinessContext:
    return BusinessContext(
        store_id=StoreId(UUID(int=718)),
        store_name="Byboden",
        operating_hours={day: OpeningHours(time(8), time(20)) for day in Weekday},
        departments=[Department("Kassa", aliases=["kassan"])],
        baseline_facts=[BaselineFact(fact) for fact in facts],
    )


_PHARMACY_AGENT = _store(
    "Butiken är apoteksombud: receptbelagd medicin som beställs på nätet hämtas i kassan. "
    "Butiken säljer inga läkemedel."
)
_KIOSK = _store("Kiosken säljer ingen alkohol.")
_TEA_SHOP = _store(
    "Butiken har ingen bemannad disk för choklad eller te: te säljs bara i färdiga påsar."
)
_NO_TOBACCO = _store("Butiken säljer ingen tobak.")


@pytest.mark.parametrize(
    ("store", "said", "contradicts"),
    [
        (_PHARMACY_AGENT, "Jag hämtade min blodtrycksmedicin i kassan, det gick snabbt.", False),
        (_PHARMACY_AGENT, "Jag beställde mina tabletter på nätet och hämtade dem i dag.", False),
        (_PHARMACY_AGENT, "Jag köpte en ask värktabletter på hyllan vid kassan.", True),
        (_KIOSK, "Jag fick avin om ett paket och hämtade det i kiosken.", False),
        (_KIOSK, "Jag köpte en flaska glöggvin i kiosken.", True),
        (_TEA_SHOP, "Jag köpte en påse te och en bukett tulpaner.", False),
        (_TEA_SHOP, "Tjejen bakom disken vägde upp te åt mig i en strut.", True),
        (
            _NO_TOBACCO,
            "Annars riskerar ni att ungdomarna köper snus och tobak på annat håll.",
            False,
        ),
        (_NO_TOBACCO, "Annars var allt bra, och cigaretterna jag köpte var billiga.", True),
    ],
)
def test_a_fact_is_contradicted_only_by_what_it_denies(
    store: BusinessContext, said: str, contradicts: bool
) -> None:
    assert bool(contradicted_facts(said, store, _AT)) is contradicts


def test_a_compound_head_needs_a_first_part_of_two_letters() -> None:
    wine = WordPatterns([("*vin", "vin")])
    assert [wine.lookup(word) for word in ("avin", "glöggvin", "ävin")] == [None, "vin", None]


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (
            (
                "Jag har aldrig haft körkort, jag åker buss överallt.",
                "Jag köpte två säckar jord och ställde bilen precis vid dörren.",
            ),
            True,
        ),
        (
            (
                "Jag har inget körkort.",
                "Jag köpte fyra säckar grus och lastade in dem i bakluckan.",
            ),
            True,
        ),
        (
            (
                "Jag har aldrig haft körkort.",
                "Jag köpte två säckar jord, och min dotter ställde bilen vid dörren.",
            ),
            False,
        ),
        (
            (
                "Jag har inget körkort.",
                "Jag bar ut kassarna till taxin, chauffören ställde bilen precis vid dörren.",
            ),
            False,
        ),
        (("Utetermometern visade minus sjuttio när jag tankade vid pumparna.",), True),
        (("Termometern vid dörren visade minus sextiofem i morse när vi hämtade släpet.",), True),
        (("Termometern vid dörren visade minus tjugotvå i morse när vi hämtade släpet.",), False),
        (("Vi hade minus sjuttio kronor på kontot, termometern visade plus fem.",), False),
        (("Termometern i frysdisken visade minus arton, precis som den ska.",), False),
    ],
)
def test_a_car_without_a_licence_or_a_cold_no_weather_has_is_impossible(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (
            (
                "Killen vid pumparna var snabb. Han har jobbat på macken i tjugofem år sa han. "
                "Han går i nian nu och ska bli elektriker.",
            ),
            True,
        ),
        (
            ("Hon har jobbat där i trettio år. Hennes dotter går på gymnasiet och extrajobbar.",),
            False,
        ),
        (("Han har jobbat i verkstaden i tjugo år, och hon går på gymnasiet.",), False),
        (("Hon går på gymnasiet och har jobbat här i två år, på helgerna.",), False),
        (
            (
                "Jag kom precis när de öppnade klockan nio och handlade i lugn och ro i en dryg "
                "timme på färgavdelningen.",
                "Sen var jag hemma kvart över nio och målade.",
            ),
            True,
        ),
        (
            (
                "Jag kom dit klockan tio och handlade i en halvtimme.",
                "Sen var jag hemma klockan elva.",
            ),
            False,
        ),
        (
            ("Jag kom dit klockan tio och handlade i en timme.", "Sen var jag hemma halv tolv."),
            False,
        ),
    ],
)
def test_a_pupil_with_a_working_life_or_shopping_longer_than_the_visit_is_impossible(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught
