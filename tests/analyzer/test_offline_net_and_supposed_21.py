"""Two misreadings of baseline facts (the twenty-first round, found by reading the eighth
development set's honest calls against other stores' facts), each at other kinds of store
with the fact's true reading kept:

- a business on the net named by a compound of the fact's thing ("nätapoteket",
  "webbapoteket", "nätbokhandeln") is that business, not this store's pharmacy or bookshop;
- a clause of what would have been ("hade jag köpt färgen här", "om jag hade köpt", "jag
  skulle ha köpt en öl", "jag hade köpt en om det funnits") is no purchase of the customer's.

The stores and calls were written for this file.
"""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8213)
_GOOD = "Personalen var trevlig och hittade det jag letade efter direkt."

STORES: dict[str, BusinessContext] = {
    "livs": _store(
        1, "Ekens Livs i Vimmerby",
        {"Kassan": ("disken",), "Ombudet": ("paketutlämningen",)},
        "Butiken säljer receptfria läkemedel men har inget apotek.",
    ),
    "järn": _store(
        2, "Järnboden i Eksjö",
        {"Verktyg": ("verktygshyllan",), "Kassan": ("disken",)},
        "Butiken har ingen bokhandel.",
        "Butiken säljer inte färg.",
    ),
    "kafé": _store(
        3, "Kaffestugan i Mora",
        {"Kassan": ("disken",), "Bakverk": ("bullarna",)},
        "Kaféet säljer inte alkohol.",
    ),
}  # fmt: skip

FRAUD = (
    Visit("livs", (_GOOD, "Jag fick hjälp i butikens apotek med receptet, farmaceuten var snäll."),
          True),
    Visit("järn", (_GOOD, "Jag köpte en burk färg här, den täckte bra."), True),
    Visit("kafé", (_GOOD, "Jag köpte en öl, men hade jag vetat priset hade jag tagit kaffe."),
          True),
    Visit("kafé", (_GOOD, "Om jag minns rätt hade jag köpt en öl till maten, den var god."),
          True),
)  # fmt: skip

HONEST = (
    Visit("livs", (_GOOD, "Jag hämtade ett paket från nätapoteket i ombudet, det gick fort."),
          False),
    Visit("livs", (_GOOD, "Mitt paket från webbapoteket låg i paketutlämningen, snabbt."), False),
    Visit("järn", (_GOOD, "Jag hämtade en bok från nätbokhandeln i kassan, de hittade den."),
          False),
    Visit("järn", (_GOOD, "Hade jag köpt färgen här hade den blivit billigare, men jag köpte "
                          "bara penslar."), False),
    Visit("järn", (_GOOD, "Om jag hade köpt färg hos er hade jag behövt hjälp, så jag tog "
                          "bara skruv."), False),
    Visit("kafé", (_GOOD, "Jag skulle ha köpt en öl till maten om ni hade haft det, så jag tog "
                          "en läsk."), False),
    Visit("kafé", (_GOOD, "Jag hade köpt en öl om det funnits, nu blev det kaffe."), False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_the_facts_true_reading_is_kept(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_a_business_on_the_net_or_a_supposed_purchase_contradicts_nothing(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []
