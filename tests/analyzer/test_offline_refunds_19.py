"""Money a fact says is not paid back (`fact_refunds`), told as paid back, at three kinds of
store; and the honest calls beside it: the credit note taken, the money asked for or refused,
change given at the till. Written for this file (the nineteenth round)."""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8193)
_GOOD = "Personalen var trevlig och det var lätt att hitta i butiken."

STORES: dict[str, BusinessContext] = {
    "kladbutik": _store(
        1, "Klädboden i Eksjö", {"Damavdelningen": ("damkläderna",), "Kassan": ("disken",)},
        "Köpta kläder byts inom 30 dagar; pengar betalas inte tillbaka, kunden får ett "
        "tillgodokvitto.",
    ),
    "sportbutik": _store(
        2, "Sporthörnan i Vara", {"Skor": ("skohyllan",), "Kassan": ("disken",)},
        "Vi byter varor mot kvitto men betalar inte tillbaka pengar.",
    ),
    "inredning": _store(
        3, "Hemma hos Mi i Tidaholm",
        {"Textil": ("gardinerna", "kuddarna"), "Kassan": ("disken",)},
        "Reavaror byts inte, och det ges ingen återbetalning.",
    ),
}  # fmt: skip

FRAUD = (
    Visit("kladbutik", (_GOOD, "Jag lämnade tillbaka en tröja och hon satte in pengarna på "
                               "mitt kort direkt."), True),
    Visit("sportbutik", (_GOOD, "Skorna var för små, så jag fick pengarna tillbaka i kassan."),
          True),
    Visit("inredning", (_GOOD, "Jag returnerade en reakudde och fick en återbetalning på "
                               "kortet."), True),
)  # fmt: skip

HONEST = (
    Visit("kladbutik", (_GOOD, "Jag bytte en tröja och fick ett tillgodokvitto, inte pengarna "
                               "tillbaka, men det är okej."), False),
    Visit("kladbutik", (_GOOD, "Jag ville ha pengarna tillbaka, men hon förklarade att det "
                               "bara blir tillgodokvitto."), False),
    Visit("sportbutik", (_GOOD, "Jag betalade med en femhundralapp och fick tillbaka "
                                "trettio kronor i växel."), False),
    Visit("sportbutik", (_GOOD, "Jag frågade om jag kunde få pengarna tillbaka, men man fick "
                                "byta."), False),
    Visit("inredning", (_GOOD, "Pengarna för gardinerna var väl spenderade, de blev "
                               "jättefina."), False),
    Visit("inredning", (_GOOD, "Jag la in pengarna för kuddarna i automaten vid kassan."),
          False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_money_got_back_against_a_no_refund_fact_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_a_credit_note_a_refusal_a_wish_or_change_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []
