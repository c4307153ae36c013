"""Calls inconsistent with themselves at ten more kinds of business (`inconsistency_shapes_16`):
each contradiction is an impossible claim, each honest near miss beside it is not.

Before this round's readings: 3 of 50 caught (a baby running, a deserted hall crowded, nothing
bought yet a bookcase), 1 of 60 honest calls flagged (a twenty paid after cash was taken out,
read as unreal by the surreal reading). After (`told_totals`, `left_behind`, `visit_service`,
`visit_scene`, and wider `timeline`, `visit_accounts`, `presence_states` and `subjects`): 45 of 50
caught (a lack then met is not read: `_LOCAL_LACK`), 0 of 60 honest flagged, and 0 of the
near misses written with the readings below.
"""

from __future__ import annotations

import pytest

from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.inconsistency_shapes_16 import CALLS
from tests.analyzer.offline_calls import call_cases, impossible

_LOCAL_LACK = (
    "a thing the place lacks, then met in its definite form, is not read: a lack is often of "
    "one place or time and the thing then met elsewhere or later (the near misses below)"
)
MISSED = {
    "never been to a cobbler, a regular's discount": (
        'a first visit told of a kind of trade ("hos en skomakare") rather than of the store '
        "is not read as a first visit"
    ),
    "played on a Sunday, Wednesday purchase": (
        "the purchase's own weekday is not compared (`timeline`): the call may come later, "
        "and customers misname the day they are asked about"
    ),
    "late supper at nine, noon purchase": (
        "the visit's part of the day is set against the purchase's hour in the store's time "
        "zone, and this material has no store context"
    ),
    "no sauna, a dip after the sauna": _LOCAL_LACK,
    "no showers, a warm shower after": _LOCAL_LACK,
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
    assert len({c.store for c in CALLS}) >= 10
    assert len(fraud) >= 45
    assert len(CALLS) - len(fraud) >= 55
    assert set(MISSED) <= {c.shape for c in fraud}


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        # A total against its items (`told_totals`).
        (
            ("Vi köpte tre glass för trettio kronor styck.", "Totalt betalade vi trettio kronor."),
            True,
        ),
        (
            (
                "Vi köpte tre glass för trettio kronor styck.",
                "Med rabatten blev det sextio kronor totalt.",
            ),
            False,
        ),
        (
            (
                "Vi köpte tre glass för trettio kronor styck.",
                "Totalt blev det ungefär femtio kronor.",
            ),
            False,
        ),
        # Free, then paid for.
        (("Kaffet var gratis.", "Jag betalade tjugo kronor för kaffet vid disken."), True),
        (("Kaffet var gratis.", "Jag betalade tjugo kronor för en kaffe till."), False),
        # More handed back than got.
        (("Jag hyrde två kanoter.", "Vid femtiden lämnade vi tillbaka fyra kanoter."), True),
        (
            (
                "Jag hyrde två kanoter.",
                "Sen hyrde vi två kanoter till och lämnade tillbaka fyra kanoter.",
            ),
            False,
        ),
        # A means of paying left behind (`left_behind`).
        (("Jag hade glömt mobilen hemma.", "I kassan swishade jag hundra kronor."), True),
        (
            ("Jag hade glömt mobilen hemma, men jag hade kortet.", "Jag drog kortet i kassan."),
            False,
        ),
        (("Jag hade glömt mobilen hemma.", "Min sambo swishade hundra kronor i kassan."), False),
        # No staff met, yet served (`visit_service`).
        (("Vi träffade ingen personal alls.", "Expediten visade oss var tälten fanns."), True),
        (
            (
                "Vi träffade ingen personal alls.",
                "Expediten ringde mig dagen efter och förklarade.",
            ),
            False,
        ),
        # No wait, yet a wait.
        (
            ("Jag blev hjälpt på direkten.", "Jag stod och väntade i tjugo minuter vid disken."),
            True,
        ),
        (("Det var ingen kö.", "Sen väntade jag tio minuter på att färgen blandades."), False),
        # No booking, yet booked.
        (("Jag hade inte bokat någon tid.", "Min bokade tid var klockan tre."), True),
        (("Jag hade inte bokat men de hade en avbokning.", "Jag fick tiden klockan tre."), False),
        # Taken away, yet eaten there (`visit_scene`).
        (("Jag tog maten med mig hem.", "Jag satt vid bordet i hörnet och åt."), True),
        (("Jag åt där vid bordet i hörnet.", "Sen tog jag med en bulle hem."), False),
        # Weather of the whole visit both ways.
        (("Det var strålande sol under hela dagen.", "Vi blev blöta av regnet vid lunch."), True),
        (("Det var strålande sol på förmiddagen.", "Efter lunch blev vi blöta av regnet."), False),
        # A thing lacked, yet used.
        (("Det finns ingen bastu i hallen.", "Men vi fick låna grannens bastu."), False),
        (
            (
                "Det fanns inga kundvagnar vid entrén när jag kom.",
                "Jag hittade en kundvagnen inne vid frukten till slut, så det löste sig.",
            ),
            False,
        ),
        (
            (
                "Det fanns ingen personal vid kassan först.",
                "Sen kom personalen efter ett par minuter och öppnade.",
            ),
            False,
        ),
        (
            (
                "Det fanns inga prislappar på ostarna.",
                "Prislapparna på charken satt fint däremot.",
            ),
            False,
        ),
        (
            (
                "Det fanns ingen mjölk kvar på morgonen.",
                "Mjölken kom in vid tio sa de, och då köpte jag två liter.",
            ),
            False,
        ),
        # A verb after "och" shares the subject before (`subjects`).
        (("Jag tog ut pengar och betalade glassarna i kiosken med en tjugolapp.",), False),
    ],
)
def test_each_reading_and_its_near_miss(answers: tuple[str, ...], caught: bool) -> None:
    assert impossible(Call("test", answers, caught, "reading")) is caught
