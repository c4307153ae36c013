"""A fact's kind of goods reached by the goods of that kind (the twenty-second round): at a
store that sells no clothes, books, toys, flowers or tools, the customer's own purchase here
of a sweater, a book, a teddy, tulips or a hammer breaks the fact; and a thing bought from a
business on the net and fetched here is not sold here. Each reading at other kinds of store,
with the honest near misses that must stay clean: a wish, a purchase elsewhere, the fact's
own exception, a neighbouring kind of goods, a question, someone else's purchase, the
customer's own thing.

The stores and calls were written for this file.
"""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8222)
_GOOD = "Personalen var trevlig och hittade det jag letade efter direkt."

STORES: dict[str, BusinessContext] = {
    "livs": _store(
        1, "Ekens Livs i Sala",
        {"Kassan": ("disken",), "Ombudet": ("paketutlämningen",)},
        "Vi säljer inga kläder.",
        "Butiken säljer inte alkohol.",
    ),
    "kafé": _store(
        2, "Kaffestugan i Hjo",
        {"Kassan": ("disken",), "Bakverk": ("bullarna",)},
        "Kaféet säljer inga böcker förutom kokböcker.",
        "Vi säljer inte blommor.",
    ),
    "järn": _store(
        3, "Järnboden i Ydre",
        {"Verktyg": ("verktygshyllan",), "Kassan": ("disken",)},
        "Butiken säljer inga leksaker.",
    ),
    "apotek": _store(
        4, "Hälsohörnan i Tranås",
        {"Kassan": ("disken",), "Hudvård": ("krämerna",)},
        "Vi säljer inte verktyg.",
        "Butiken säljer inte alkohol.",
    ),
}  # fmt: skip

FRAUD = (
    Visit("livs", (_GOOD, "Jag köpte en tröja vid kassan, den var billig."), True),
    Visit("livs", (_GOOD, "Vi köpte två mössor till barnen i disken."), True),
    Visit("kafé", (_GOOD, "Jag köpte en deckare vid kassan och läste den till kaffet."), True),
    Visit("kafé", (_GOOD, "Tulpanerna köpte jag här, de var fina."), True),
    Visit("järn", (_GOOD, "Jag har köpt en nalle till min dotter här."), True),
    Visit("apotek", (_GOOD, "Jag köpte en hammare och en tub handkräm."), True),
    Visit("apotek", (_GOOD, "Jag köpte en flaska vin här, och hämtade den i kassan."), True),
)  # fmt: skip

HONEST = (
    Visit("livs", (_GOOD, "Jag hade gärna köpt en tröja här om ni sålt sådana."), False),
    Visit("livs", (_GOOD, "Jag köpte en tröja på Lindex efteråt, sen handlade jag mat här."),
          False),
    Visit("livs", (_GOOD, "Min jacka blev blöt i regnet men personalen var hjälpsam."), False),
    Visit("livs", (_GOOD, "Min fru köpte en jacka i stan, jag köpte mjölk här."), False),
    Visit("livs", (_GOOD, "Jag köpte en flaska vin från nätbutiken, och hämtade den här."),
          False),
    Visit("livs", (_GOOD, "Jag beställde två flaskor rödvin via webbshopen och hämtade dem i "
                          "paketutlämningen."), False),
    Visit("kafé", (_GOOD, "Jag köpte en kokbok vid kassan, den hade fina recept."), False),
    Visit("kafé", (_GOOD, "Jag köpte en anteckningsbok och en tidning vid kassan."), False),
    Visit("kafé", (_GOOD, "Jag frågade om de sålde böcker, men det gjorde de inte."), False),
    Visit("kafé", (_GOOD, "Jag läste en bok jag hade med mig medan jag fikade."), False),
    Visit("kafé", (_GOOD, "Jag köpte en krukväxt till mamma, den stod vid disken."), False),
    Visit("järn", (_GOOD, "Jag köpte en hammare, och barnet lekte med sin nalle under tiden."),
          False),
    Visit("järn", (_GOOD, "Jag önskar att ni sålde leksaker, barnen tjatade."), False),
    Visit("apotek", (_GOOD, "Jag köpte en handkräm, hammaren hade jag köpt på Biltema."), False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_the_customers_own_purchase_of_goods_of_the_kind_breaks_the_fact(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_a_wish_another_shop_an_exception_or_a_neighbouring_kind_breaks_nothing(
    visit: Visit,
) -> None:
    assert fraud_flags(visit, STORES) == []
