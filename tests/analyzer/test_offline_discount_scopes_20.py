"""A discount a fact bounds to some goods, told as got on others (`fact_scopes`), at three
kinds of store; and the honest calls beside it: the discount on the goods it covers or on
goods of no department the store names, another percentage (a campaign's), the discount
refused or wished for. Written for this file (the
twentieth round)."""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8201)
_GOOD = "Personalen var trevlig och det var lätt att hitta i butiken."

STORES: dict[str, BusinessContext] = {
    "jarnhandel": _store(
        1, "Järn-Olles i Mjölby", {"Verktyg": ("verktygsväggen",), "Färg": ("färgdisken",)},
        "Hantverkare får 15 % rabatt på handverktyg mot företagskort; rabatten gäller inte "
        "andra varor.",
    ),
    "apotek": _store(
        2, "Apoteket Svanen i Vimmerby",
        {"Hudvård": ("hudvårdshyllan",), "Receptfritt": ("värktabletterna",)},
        "Pensionärer får 10 procent på hudvård på tisdagar, bara på hudvård.",
    ),
    "livs": _store(
        3, "Ekens Livs i Ydre", {"Frukt och grönt": ("grönsakerna",), "Kassan": ("disken",)},
        "Medlemmar får 5 % rabatt på frukt och grönt; rabatten gäller inte andra varor.",
    ),
}  # fmt: skip

FRAUD = (
    Visit("jarnhandel", (_GOOD, "Jag visade företagskortet och fick femton procent på två "
                                "burkar färg, det var schysst."), True),
    Visit("apotek", (_GOOD, "Det var tisdag, så jag fick tio procent på värktabletterna "
                            "också."), True),
    Visit("livs", (_GOOD, "Jag fick fem procent rabatt på allt i korgen med medlemskortet."),
          True),
)  # fmt: skip

HONEST = (
    Visit("jarnhandel", (_GOOD, "Jag fick femton procent på handverktygen med "
                                "företagskortet."), False),
    Visit("jarnhandel", (_GOOD, "Jag fick trettio procent på färgen, det var kampanj."), False),
    Visit("apotek", (_GOOD, "Jag fick tio procent på hudkrämen eftersom det var tisdag."),
          False),
    Visit("apotek", (_GOOD, "Jag fick inte tio procent på värktabletterna, bara på "
                            "hudkrämen."), False),
    Visit("livs", (_GOOD, "Jag fick fem procent på äpplena och gurkan med kortet."), False),
    Visit("livs", (_GOOD, "Det hade varit bra om man fick fem procent på kaffet också."),
          False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_a_bounded_discount_got_on_other_goods_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_the_discount_in_scope_another_offer_a_denial_or_a_wish_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []
