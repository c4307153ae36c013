"""Calls inconsistent with themselves at eight more kinds of business (`inconsistency_shapes_17`):
each contradiction is an impossible claim, each honest near miss beside it is not, or it is
listed in `MISSED` with why.

Before this round's readings: 1 of 40 caught (a drill rented, not bought, then bought), 0 of 48
honest flagged. After (`told_totals`, `visit_accounts`, `visit_people`, `told_counts`,
`visit_service`, `visit_scene`, `presence_states`): 33 of 40 caught, 0 of 48 honest flagged,
and 0 of the near misses written with the readings below.
"""

from __future__ import annotations

import pytest

from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.inconsistency_shapes_17 import CALLS
from tests.analyzer.offline_calls import call_cases, impossible

_NOT_DONE = (
    "a thing told as not had this time ('inte fötterna', 'badade inte bastu', 'innan "
    "frukosten öppnade') and then had is not read: what was not had is seldom named the same"
)
MISSED = {
    "inconsistent: the entry at two prices": (
        "the second price is an opinion ('jag tycker att … är dyrt'), and what the customer "
        "thinks is not read as told (`visit_accounts.told`)"
    ),
    "inconsistent: fifth floor, ground floor": "where one room lay is not read",
    "inconsistent: left before breakfast, praised the breakfast eaten": _NOT_DONE,
    "inconsistent: no sauna today, after the sauna": _NOT_DONE,
    "inconsistent: only hands, the pedicure": _NOT_DONE,
    "inconsistent: an hour by the clock, three hours in the chair": (
        "a stay's length ('efter tre timmar') is not set against its told clock times"
    ),
    "inconsistent: twelve pieces, all eight pieces": (
        "a count inside a compound ('en tolvbitars') is no count of the pieces"
    ),
}
"""Shapes the analyzer does not read, with why (strict xfails)."""


@pytest.mark.parametrize("call", call_cases((c for c in CALLS if c.fraud), MISSED))
def test_a_call_inconsistent_with_itself_is_an_impossible_claim(call: Call) -> None:
    assert impossible(call)


@pytest.mark.parametrize("call", call_cases((c for c in CALLS if not c.fraud), MISSED))
def test_an_honest_near_miss_is_no_impossible_claim(call: Call) -> None:
    assert not impossible(call)


def test_the_material_holds_enough_of_each() -> None:
    fraud = [c for c in CALLS if c.fraud]
    assert len({c.store for c in CALLS}) >= 8
    assert len(fraud) >= 40
    assert len(CALLS) - len(fraud) >= 48
    assert set(MISSED) <= {c.shape for c in CALLS}


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        # One thing at two prices (`told_totals`).
        (("Hela notan blev trehundra kronor.", "Totalt betalade vi femhundra kronor."), True),
        (("Hela notan blev trehundra kronor.", "Med dricks betalade vi trehundrafyrtio."), False),
        (
            ("Hela notan blev trehundra kronor.", "Med vinet blev det femhundra kronor totalt."),
            False,
        ),
        (("Maten kostade trehundra kronor.", "Hela notan blev femhundra kronor."), False),
        (("Hela notan blev ungefär trehundra kronor.", "Totalt betalade vi femhundra."), False),
        (("Rummet kostade niohundra kronor.", "Frukosten kostade hundra kronor."), False),
        (("Rummet kostade niohundra kronor.", "Jag betalade sexhundra kronor för rummet."), True),
        # A thing handed back for the money and then kept in use (`told_totals`).
        (
            (
                "Jag lämnade tillbaka jackan och fick pengarna tillbaka.",
                "Jackan har jag använt varje dag sedan dess.",
            ),
            True,
        ),
        (
            (
                "Jag lämnade tillbaka jackan och fick pengarna tillbaka.",
                "Mössan har jag använt varje dag sedan dess.",
            ),
            False,
        ),
        (
            (
                "Jag lämnade tillbaka jackan och bytte till en större.",
                "Jackan har jag använt varje dag sedan dess.",
            ),
            False,
        ),
        (
            (
                "Jag lämnade tillbaka jackan och fick pengarna tillbaka.",
                "Jackan hade jag använt en gång innan, men de tog emot den ändå.",
            ),
            False,
        ),
        (
            (
                "Jackan har jag använt varje dag.",
                "Mössan lämnade jag tillbaka och fick pengarna tillbaka.",
            ),
            False,
        ),
        # A thing bought told in two colours or sizes (`bought_looks`).
        (("Jag köpte en röd mössa.", "Den blå mössan jag köpte är för liten."), True),
        (("Jag köpte en röd mössa och en blå mössa.", "Båda var fina."), False),
        (("Jag köpte en röd mössa.", "Min man köpte en blå mössa."), False),
        (("Jag köpte en röd mössa.", "Jag köpte också en blå mössa till dottern."), False),
        (("Jag provade en blå mössa.", "Till slut köpte jag den röda."), False),
        (("Vi köpte en röd cykel till sonen.", "Vi köpte en blå cykel till dottern."), False),
        (("Jag köpte skor i storlek trettioåtta.", "Skorna i storlek fyrtio jag köpte."), True),
        (("Jag köpte skor i storlek trettioåtta.", "Jag bytte till storlek trettionio."), False),
        (
            ("Jag köpte skor i storlek trettioåtta.", "Jag köpte en jacka i storlek fyrtiosex."),
            False,
        ),
        # A child's age told two ways (`visit_people`).
        (("Min son är fem år.", "Han är åtta år och älskade glassen."), True),
        (("Min son är fem år.", "Min dotter är åtta år."), False),
        (("Min son är fem år och hans storebror är åtta år.",), False),
        (("Min son är fem år.", "Han fyller sex i morgon."), False),
        (("Min son är fem år.", "Expediten var trevlig.", "Hon är säkert tjugo år."), False),
        (("Min son är fem år.", "Han är två år äldre än sin kusin."), False),
        # Things done told as a whole of another count (`done_counts`).
        (("Vi beställde två pizzor.", "Den enda pizzan vi beställde var kall."), True),
        (("Vi beställde två pizzor.", "Den enda pizzan som var kall var min."), False),
        (("Vi beställde två pizzor.", "Sen beställde vi en till."), False),
        (("Vi bodde där en natt.", "Andra natten var det stökigt."), True),
        (("Vi bodde där två nätter.", "Andra natten var det stökigt."), False),
        (("Vi köpte en tröja.", "Den andra tröjan i hyllan var finare."), False),
        (("Vi spelade en serie och sen en till.", "I den tredje serien slog jag strike."), False),
        (("Vi hade bastun i en timme.", "Under alla tre timmarna var det varmt."), True),
        (("Vi hade bastun i en timme och förlängde.", "Alla tre timmarna var sköna."), False),
        # The whole party told by two counts (`party_counts`).
        (("Vi var fyra personer.", "Eftersom vi bara var två delade vi en pizza."), True),
        (("Vi var fyra personer.", "Vi var två som tog dessert."), False),
        (("Vi var fyra.", "Sen kom två till, så vi var sex."), False),
        (("Vi var två när vi kom och vi var fyra när vi gick.", "Maten var god."), False),
        (("Vi var tre vuxna och två barn.", "Vi var fem stycken vid bordet."), False),
        # Two things in both orders (`visit_scene`).
        (("Kaffet kom först och sedan kakan.", "Kakan kom före kaffet."), True),
        (("Kaffet kom först och sedan kakan.", "Kakan kom efter kaffet."), False),
        (("Kaffet kom först och sedan kakan.", "Glassen kom efter kakan."), False),
        (("Kaffet kom först och sedan kakan.", "Kaffet kom igen efter kakan."), False),
        # The way there told by two means (`way_there`).
        (("Vi cyklade dit.", "Vi tog bussen dit."), True),
        (("Vi cyklade dit men tog bussen hem.",), False),
        (("Vi tog tåget dit.", "Vi gick dit från stationen."), False),
        (("Vi tog tåget dit.", "Vi promenerade dit hela vägen."), True),
        (("Jag cyklade dit och min fru tog bussen dit.",), False),
        # One member of staff told by two names (`visit_service`).
        (("Killen i kassan hette Ali.", "Omar i kassan var trevlig."), True),
        (("Killen i kassan hette Ali.", "Tjejen i kassan var trevlig."), False),
        (("Killen i kassan hette Ali.", "Ali i kassan var trevlig."), False),
        (("Killen i kassan hette Ali.", "Han i kassan var trevlig."), False),
        (("Ali i kassan och Omar i kassan var båda trevliga.",), False),
        # Alone, and a companion acting with the speaker (`presence_states`).
        (("Jag hade ingen med mig.", "Jag och min bror delade en glass vid bordet."), True),
        (("Jag hade ingen med mig.", "Där träffade jag min bror och vi åt glass."), False),
        (("Jag och min bror åt glass.", "Han betalade."), False),
    ],
)
def test_each_reading_and_its_near_miss(answers: tuple[str, ...], caught: bool) -> None:
    assert impossible(Call("test", answers, caught, "reading")) is caught
