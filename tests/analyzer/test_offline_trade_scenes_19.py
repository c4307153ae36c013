"""Three more trades known by their work (`trades`, `scenes`): picture framing (a mount or a
frame cut, "skar till passepartouten", a frame chosen "bland hörnproven"), a record counter
(records with a record player or a listening station) and a yarn counter (yarn or skeins
with knitting needles or a crochet hook). Told as work in a store whose own words hold none
of the trade, each is an unknown department; not at a store that lists it, not the
customer's own work or work at home, not the goods alone ("ett nystan garn i presentkorgen"),
and not matches ("tändstickor").

The stores and calls were written for this file (the nineteenth round), in trades other than
the training set that showed the shape.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from kundrost.domain.business_context import BaselineFact, BusinessContext, Department
from tests.analyzer.honest_stores import honest_store
from tests.analyzer.offline_calls import WEDNESDAY_NOON, department_unknown

_store = partial(honest_store, 8197)

STORES: dict[str, BusinessContext] = {
    "mobler": _store(
        1,
        "Möbelhuset i Ljungby",
        "10:00",
        "19:00",
        (
            Department("Soffor", ("soffavdelningen", "fåtöljerna")),
            Department("Belysning", ("lamporna", "taklamporna")),
            Department("Textil", ("mattorna", "gardinerna")),
        ),
        (BaselineFact("Vi levererar möbler inom tio mil för 495 kronor."),),
    ),
    "kafe": _store(
        2,
        "Kaffestugan i Hjo",
        "08:00",
        "18:00",
        (
            Department("Kaféet", ("disken", "borden")),
            Department("Bakverk", ("kakorna", "bullarna")),
        ),
        (BaselineFact("Vi serverar kaffe och bakverk, och all bakning sker på plats."),),
    ),
    "apotek": _store(
        3,
        "Apoteket Linden i Sala",
        "09:00",
        "19:00",
        (
            Department("Receptdisken", ("uthämtningen", "receptet")),
            Department("Hudvård", ("krämerna", "solskyddet")),
        ),
        (BaselineFact("Receptbelagda läkemedel lämnas ut mot legitimation."),),
    ),
    "farghandel": _store(
        4,
        "Färg & Ram i Torsby",
        "09:00",
        "18:00",
        (
            Department("Färg", ("färgblandningen", "penslarna")),
            Department("Inramning", ("ramverkstaden", "ramlisterna")),
        ),
        (BaselineFact("Inramning tar en vecka, och passepartout skärs efter mått."),),
    ),
    "hobby": _store(
        5,
        "Hobbyboden i Eksjö",
        "10:00",
        "18:00",
        (
            Department("Garn och handarbete", ("garnhyllan", "stickorna")),
            Department("Pyssel", ("pärlorna", "limpistolerna")),
        ),
        (BaselineFact("Vi har stickcafé på torsdagar klockan sex."),),
    ),
}

FRAMING = (
    "Mannen längst in mätte min gamla karta och skar till passepartouten och glaset medan jag "
    "väntade."
)
RECORDS = (
    "Killen lät mig lyssna i hörlurarna vid skivspelaren och tipsade om två andra skivor med "
    "svensk jazz."
)
YARN = "Hon plockade fram sju nystan merinoull och ett par rundstickor nummer fyra åt mig."


@pytest.mark.parametrize(
    ("store", "said"),
    [
        ("mobler", FRAMING),
        ("kafe", RECORDS),
        ("apotek", YARN),
        ("kafe", "Vi valde en smal ekram bland hörnproven på väggen, och tavelramen var klar "
         "på en timme."),
    ],
    ids=["framing at a furniture store", "records at a café", "yarn at a pharmacy",
         "a frame from corner samples at a café"],
)  # fmt: skip
def test_work_of_a_trade_the_store_lacks_is_an_unknown_department(store: str, said: str) -> None:
    assert department_unknown(said, STORES[store], datetime.fromisoformat(WEDNESDAY_NOON))


@pytest.mark.parametrize(
    ("store", "said"),
    [
        ("farghandel", FRAMING),
        ("hobby", YARN),
        ("apotek", "Jag stickade en mössa hemma med rundstickor av garnet jag fått av min syster."),
        ("kafe", "Vi fick ett nystan garn i presentkorgen, en rolig detalj."),
        ("mobler", "Vi köpte tändstickor och stearinljus till bordet i kassan."),
        ("kafe", "Det stod en gammal skivspelare i hörnet och spelade jazz på vinyl."),
        ("mobler", "Jag skar mig på en spik i soffavdelningen, men personalen hade plåster."),
    ],
    ids=["a store that frames", "a store that sells yarn", "the customer's own knitting at home",
         "the goods alone", "matches", "a record player alone", "a cut, no frame"],
)  # fmt: skip
def test_a_listed_trade_own_work_or_goods_alone_is_no_unknown_department(
    store: str, said: str
) -> None:
    assert not department_unknown(said, STORES[store], datetime.fromisoformat(WEDNESDAY_NOON))
