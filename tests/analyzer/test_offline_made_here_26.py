"""`offline-26` (docs/analyzer.md): a fact that a place makes none of a thing ("Bageriet
bakar inget glutenfritt") is broken by the store told making it, with the fact's own verb and
the store, a department, "ni" or "de" as its subject; the customer's own baking, a wish,
goods bought elsewhere and goods the store sells but does not make stay clean.

Every sentence was written for this file, none taken from a labelled set.
"""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8261)
_GOOD = "Personalen var trevlig och det var lätt att hitta i butiken."

STORES: dict[str, BusinessContext] = {
    "livs": _store(
        1, "Ekens Livs i Ydre", {"Bageriet": ("bakhörnan",), "Frysen": ("frysdisken",)},
        "Bageriet bakar inget glutenfritt; glutenfritt bröd finns bara fryst, i Frysen.",
    ),
    "kafe": _store(
        2, "Kafé Lärkan i Sala", {"Kaféet": ("caféet",), "Disken": ("kassan",)},
        "Vi bakar inga laktosfria kakor; laktosfria kakor köper vi in från Bageri Ax.",
    ),
    "jarn": _store(
        3, "Järn-Olles i Mjölby", {"Brädgården": ("virket",), "Verktyg": ("verktygsväggen",)},
        "Vi tillverkar inga fönsterbänkar själva; de beställs från snickeriet.",
    ),
}  # fmt: skip

FRAUD = (
    Visit("livs", (_GOOD, "Bageriet bakar ju en glutenfri limpa nu, jag köpte en nybakad."),
          True),
    Visit("livs", (_GOOD, "Jag köpte den glutenfria limpan som de bakar varje morgon i "
                          "bageriet."), True),
    Visit("kafe", (_GOOD, "Ni bakar ju laktosfria kakor nu, jag tog en till kaffet."), True),
    Visit("jarn", (_GOOD, "Ni tillverkar fönsterbänkar själva nu, det var bra."), True),
)  # fmt: skip

HONEST = (
    Visit("livs", (_GOOD, "Jag köpte glutenfritt bröd i frysen."), False),
    Visit("livs", (_GOOD, "Jag bakar glutenfritt själv hemma, men köpte mjölk här."), False),
    Visit("livs", (_GOOD, "Ni säljer ju glutenfritt bröd i frysen, det var gott."), False),
    Visit("livs", (_GOOD, "Baka glutenfria bullar också, så min dotter kan fika."), False),
    Visit("livs", (_GOOD, "Jag önskar att ni bakade glutenfritt bröd."), False),
    Visit("kafe", (_GOOD, "Jag köpte laktosfria kakor på Ica, ni bakar bara vanliga."),
          False),
    Visit("kafe", (_GOOD, "Ni bakar goda kanelbullar, jag tog två till kaffet."), False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_the_store_making_what_it_makes_none_of_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_own_baking_a_wish_goods_bought_or_sold_are_clean(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []
