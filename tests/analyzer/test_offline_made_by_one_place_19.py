"""What one department does not make ("Bagarstugan bakar inget glutenfritt", "Glassbaren gör
ingen laktosfri glass") is that department's lack, not the store's: the thing bought in another
department ("i frysen") breaks nothing, and bought at the department that does not make it, it
does. A fact says such a thing of the neuter ("glutenfritt"), a customer of a loaf or an ice
cream ("en glutenfri limpa", "laktosfria"): the adjective's other forms are the fact's words.

The stores and calls were written for this file (the nineteenth round).
"""

from __future__ import annotations

from functools import partial

import pytest

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import fact_store
from tests.analyzer.test_offline_fact_shapes_16 import fraud_flags, visit_cases

_store = partial(fact_store, 8191)

STORES: dict[str, BusinessContext] = {
    "kiosk": _store(
        1, "Strandkiosken i Mölle",
        {"Glassbaren": ("kulglassen", "struten"), "Frysen": ("glassboxen", "frysdisken"),
         "Kiosken": ("tidningarna", "godiset")},
        "Glassbaren gör ingen laktosfri glass; laktosfria glassar finns bara förpackade, i "
        "Frysen.",
    ),
    "pizzeria": _store(
        2, "Pizzeria Ugnen i Mora",
        {"Restaurangen": ("matsalen", "baren"), "Butiken": ("frysdisken", "kylen")},
        "Restaurangen bakar ingen glutenfri pizza; glutenfria pizzor säljs bara frysta, i "
        "butiken.",
        hours=("11:00", "22:00"),
    ),
}  # fmt: skip

FRAUD = (
    Visit("kiosk", ("Personalen var snabb och det var rent vid borden.",
          "Jag köpte två kulor laktosfri glass i glassbaren, jättekrämig."), True),
    Visit("pizzeria", ("Servitören var vänlig och det var lugnt i matsalen.",
          "Vi åt en glutenfri pizza i restaurangen, botten var perfekt."), True),
)  # fmt: skip

HONEST = (
    Visit("kiosk", ("Personalen var snabb och det var rent vid borden.",
          "Jag tog en laktosfri glass ur frysen, den var god."), False),
    Visit("kiosk", ("Personalen var snabb och det var rent vid borden.",
          "Laktosfria glassar finns ju bara i frysdisken, men det räckte för min son."), False),
    Visit("pizzeria", ("Servitören var vänlig och det var lugnt i matsalen.",
          "Jag köpte en fryst glutenfri pizza i butiken och värmde hemma."), False),
    Visit("pizzeria", ("Servitören var vänlig och det var lugnt i matsalen.",
          "Synd att restaurangen inte bakar glutenfritt, min dotter fick äta sallad."), False),
)  # fmt: skip


@pytest.mark.parametrize("visit", visit_cases(FRAUD, {}))
def test_the_thing_at_the_department_that_does_not_make_it_is_flagged(visit: Visit) -> None:
    assert fraud_flags(visit, STORES)


@pytest.mark.parametrize("visit", visit_cases(HONEST, {}))
def test_the_thing_from_another_department_or_agreed_with_is_clean(visit: Visit) -> None:
    assert fraud_flags(visit, STORES) == []
