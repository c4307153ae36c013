"""Questions, clauses and a fact's exceptions (the twenty-third round): a question asked for
yes or no contradicts no fact; another business named in a later clause is of that clause
only; a fact with "utom", "förutom" or "bortsett från" keeps its claim and its exceptions.
Each reading at other kinds of store, with the honest near misses that must stay clean.

The stores and calls were written for this file.
"""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8223)
_GOOD = "Personalen var trevlig och hittade det jag letade efter direkt."

STORES: dict[str, BusinessContext] = {
    "livs": _store(
        1, "Björkens Livs i Malung",
        {"Kassan": ("disken",), "Ombudet": ("paketutlämningen",)},
        "Butiken säljer inte vin.",
        "Vi säljer inga kläder utom arbetshandskar.",
    ),
    "kafé": _store(
        2, "Fikastugan i Vimmerby",
        {"Kassan": ("disken",), "Bakverk": ("bullarna",)},
        "Vi säljer inga böcker förutom kokböcker.",
    ),
    "järn": _store(
        3, "Järnhörnan i Åmål",
        {"Kassan": ("disken",), "Verktyg": ("verktygshyllan",)},
        "Butiken säljer inga leksaker bortsett från pussel.",
        "Vi säljer inte blommor.",
    ),
    "apotek": _store(
        4, "Apoteksboden i Gnosjö",
        {"Kassan": ("disken",), "Hudvård": ("krämerna",)},
        "Vi har ingen fiskdisk förutom under julen.",
        "Vi säljer inga böcker.",
    ),
}  # fmt: skip

FRAUD = (
    Visit("livs", (_GOOD, "Jag köpte en tröja vid kassan, den var varm."), True),
    Visit("livs", (_GOOD, "Jag köpte en flaska vin i kassan och hämtade ett paket från "
                          "nätbutiken."), True),
    Visit("kafé", (_GOOD, "Jag köpte en deckare vid kassan."), True),
    Visit("kafé", (_GOOD, "Jag köpte en roman här och sen gick jag till en annan affär."), True),
    Visit("järn", (_GOOD, "Jag köpte en docka till min dotter här."), True),
    Visit("järn", (_GOOD, "Jag köpte en bukett tulpaner vid disken och hämtade sen ett paket "
                          "från webbshopen."), True),
    Visit("apotek", (_GOOD, "Jag köpte en bok vid kassan. Var det dyrt? Nej."), True),
)  # fmt: skip

HONEST = (
    Visit("livs", (_GOOD, "Säljer ni inte vin? Det undrade jag."), False),
    Visit("livs", (_GOOD, "Jag köpte arbetshandskar vid kassan, de var sköna."), False),
    Visit("livs", (_GOOD, "Jag köpte en flaska vin i kassan och hämtade den från nätbutiken."),
          False),
    Visit("livs", (_GOOD, "Jag köpte en flaska vin, det var från nätbutiken."), False),
    Visit("livs", (_GOOD, "Jag köpte en flaska vin från webbshopen och hämtade paketet i "
                          "kassan."), False),
    Visit("livs", (_GOOD, "Jag köpte mjölk i kassan och sen köpte jag vin på Systembolaget."),
          False),
    Visit("kafé", (_GOOD, "Köpte jag en kokbok? Ja, jag tror det."), False),
    Visit("kafé", (_GOOD, "Jag köpte två kokböcker vid kassan."), False),
    Visit("kafé", (_GOOD, "Har ni inga böcker? Jag frågade personalen."), False),
    Visit("kafé", (_GOOD, "Jag köpte en kanelbulle här och sen köpte jag en roman i en annan "
                          "affär."), False),
    Visit("järn", (_GOOD, "Jag köpte ett pussel till barnbarnet vid kassan."), False),
    Visit("järn", (_GOOD, "Säljer ni blommor? Jag ville ha en bukett."), False),
    Visit("apotek", (_GOOD, "Köpte jag en bok här? Nej, bara en handkräm."), False),
    Visit("apotek", (_GOOD, "Jag köpte en handkräm och torskrom i kassan."), False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_a_statement_in_its_own_clause_or_outside_the_exception_breaks_the_fact(
    visit: Visit,
) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_a_question_another_business_clause_or_the_exception_breaks_nothing(
    visit: Visit,
) -> None:
    assert fraud_flags(visit, STORES) == []
