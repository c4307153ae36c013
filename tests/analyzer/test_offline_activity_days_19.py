"""An activity a fact gives days for (`schedules`): "bakar … måndag till lördag" is baking on
those days only, "på söndagar bakas inget" no baking on Sundays, and the activity's "ny-"
participle ("nybakat", "nygräddad") is the store's own making, met on the day the customer
says or, failing that, on the day of the purchase. A customer who came on the shut day ("jag
kom på söndagen") tells nothing of the activity; neither does agreeing with the schedule,
wishing it otherwise, or fresh goods on another day.

The stores and calls were written for this file (the nineteenth round), in trades other than
the training set that showed the shape.
"""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.adapters.offline.fact_claims import SCHEDULE, claims_of
from kundrost.domain.business_context import BaselineFact, BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8190)

STORES: dict[str, BusinessContext] = {
    "konditori": _store(
        1, "Konditori Vete i Vimmerby",
        {"Konditoriet": ("bakverksdisken", "tårtdisken"), "Kaféet": ("serveringen", "borden")},
        "Konditoriet bakar sina bullar tisdag till lördag; på söndagar och måndagar bakas inget, "
        "och då säljs gårdagens bullar till halva priset.",
        hours=("08:00", "18:00"),
    ),
    "pizzeria": _store(
        2, "Pizzeria Ugnen i Mora",
        {"Restaurangen": ("matsalen", "baren"), "Hämtdisken": ("kassan", "uthämtningen")},
        "Vi gräddar pizzor onsdag till söndag; på måndagar och tisdagar gräddas inget, då "
        "säljer vi bara sallader och frysta pizzor.",
        hours=("11:00", "22:00"),
    ),
    "gardsbutik": _store(
        3, "Gårdsbutiken på Ekbacka",
        {"Bageriet": ("stenugnen", "brödhyllan"), "Gårdsbutiken": ("kylen", "ägghyllan")},
        "Bageriet bakar måndag till fredag; på helgerna bakas inget.",
    ),
}  # fmt: skip

FRAUD = (
    Visit("konditori", ("Personalen var trevlig och det gick fort.",
          "Kanelbullarna var nybakade och fortfarande varma, jättegoda."), True, "sun 11:00"),
    Visit("konditori", ("Det var fint dukat i serveringen.",
          "Vi kom på måndagen och fick nybakade vaniljbullar direkt ur ugnen."), True,
          "mon 10:00"),
    Visit("pizzeria", ("Servitören var snabb och vänlig.",
          "Pizzan var nygräddad och osten bubblade fortfarande."), True, "tue 18:00"),
    Visit("gardsbutik", ("Äggen var fina och kylen välfylld.",
          "På lördagen fanns det nybakat surdegsbröd på brödhyllan, helt underbart."), True,
          "sat 12:00"),
)  # fmt: skip

HONEST = (
    Visit("konditori", ("Personalen var trevlig och det gick fort.",
          "Jag kom på söndagen och köpte bullar till halva priset, de var goda ändå."), False,
          "sun 11:00"),
    Visit("konditori", ("Det var fint dukat i serveringen.",
          "Ni bakar ju inte på måndagar, så vi tog gårdagens bullar, helt okej."), False,
          "mon 10:00"),
    Visit("konditori", ("Det var fint dukat i serveringen.",
          "Jag önskar att ni hade nybakat även på söndagar, det vore lyxigt."), False,
          "sun 11:00"),
    Visit("konditori", ("Personalen var trevlig och det gick fort.",
          "Kanelbullarna var nybakade och fortfarande varma, jättegoda."), False, "thu 11:00"),
    Visit("pizzeria", ("Servitören var snabb och vänlig.",
          "Vi kom på tisdagen och åt sallad, pizzorna gräddas ju inte då."), False,
          "tue 18:00"),
    Visit("pizzeria", ("Servitören var snabb och vänlig.",
          "Pizzan var nygräddad och osten bubblade fortfarande."), False, "fri 18:00"),
    Visit("gardsbutik", ("Äggen var fina och kylen välfylld.",
          "Vi kom på lördagen, och fredagens bröd låg kvar på brödhyllan, fortfarande gott."),
          False, "sat 12:00"),
    Visit("gardsbutik", ("Äggen var fina och kylen välfylld.",
          "Vi fick nybakat bröd i fredags, så i helgen köpte vi bara ägg."), False,
          "sat 12:00"),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_fresh_goods_on_a_day_without_the_activity_are_flagged(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_coming_on_the_day_agreeing_or_fresh_on_another_day_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []


@pytest.mark.parametrize(
    ("statement", "open_days", "shut_days"),
    [
        ("Konditoriet bakar sina bullar tisdag till lördag; på söndagar bakas inget.",
         {1, 2, 3, 4, 5}, {6}),
        ("Vi gräddar pizzor onsdag till söndag; på måndagar gräddas inget.", {2, 3, 4, 5, 6},
         {0}),
        ("Bageriet bakar måndag till fredag; på helgerna bakas inget.", {0, 1, 2, 3, 4}, {5, 6}),
    ],
)  # fmt: skip
def test_an_activity_with_a_range_of_days_and_days_without_it(
    statement: str, open_days: set[int], shut_days: set[int]
) -> None:
    (claim,) = [c for c in claims_of(BaselineFact(statement)) if c.kind == SCHEDULE]
    assert claim.schedule is not None
    assert {day for day in range(7) if claim.schedule.open_on(day)} == open_days
    assert claim.schedule.closed == shut_days


@pytest.mark.parametrize(
    "statement",
    [
        "Bageriet bakar surdegsbröd på fredagar.",
        "Vi bakar allt själva, varje dag.",
        "På söndagar bakar vi extra många bullar.",
    ],
)
def test_an_activity_without_a_range_or_a_day_without_it_is_no_week(statement: str) -> None:
    """One day named for an activity is when it is done, not the only day it may be."""
    schedules = [c.schedule for c in claims_of(BaselineFact(statement)) if c.kind == SCHEDULE]
    assert all(s is None or (not s.closed and s.open_on(0) and s.open_on(6)) for s in schedules)
