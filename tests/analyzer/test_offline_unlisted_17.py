"""Unlisted departments at eight new kinds of store (`unlisted_shapes_17`): each fraud raises a
decisive fraud flag, or is listed in `MISSED` with why; no honest near miss raises one.

Every call was written for `unlisted_shapes_17`, not taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kundrost.adapters.offline.departments import specialty, store_departments
from kundrost.domain.business_context import Department
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.offline_calls import (
    ANALYZER,
    WEDNESDAY_NOON,
    call_cases,
    department_unknown,
    fraud_flags,
)
from tests.analyzer.unlisted_shapes_17 import CALLS, FRAUDS, HONEST, STORES
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

MISSED: dict[str, str] = {
    "unlisted: the store's smith welding a handle": (
        "'er smed' names a craftsman, no place: a trade's maker is read only as '-makaren' of a "
        "'-makeri' the trade lexicon knows, and a smithy ('smedja') is not one of them"
    ),
    "unlisted: a solarium in passing": (
        "'ert solarium' is no trade the lexicon knows and has no head of a place or business "
        "('-butik', '-bar', '-studion') to read it by"
    ),
    "unlisted: drinks in the bar after class": (
        "'i baren' alone has no modifier: a bare head may be any counter, and a bar may be the "
        "store's own at a venue ('baren' at a bowling hall)"
    ),
}
"""Frauds the analyzer does not yet catch, with why (strict xfails)."""
FLAGGED: dict[str, str] = {}
"""Honest calls the analyzer still flags, with why (strict xfails)."""


def flagged(call: Call) -> list[str]:
    """The decisive fraud flags of the call, its answers after the caller's questions."""
    turns: list[Turn] = [(AI, "Hur var ditt besök idag?"), (CUSTOMER, "Ja, det var bra.")]
    for answer in call.answers:
        turns += [(AI, "Berätta gärna mer."), (CUSTOMER, answer)]
    moment = datetime.fromisoformat(WEDNESDAY_NOON)
    return fraud_flags(
        ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORES[call.store], moment))
    )


@pytest.mark.parametrize("call", call_cases(FRAUDS, MISSED))
def test_an_unlisted_department_told_as_this_visit_is_fraud(call: Call) -> None:
    assert flagged(call)


@pytest.mark.parametrize("call", call_cases(HONEST, FLAGGED))
def test_an_honest_near_miss_is_clean(call: Call) -> None:
    assert flagged(call) == []


def test_the_material_holds_enough_of_each_at_eight_kinds_of_store() -> None:
    assert len(FRAUDS) >= 40
    assert len(HONEST) >= 48
    assert len({c.store for c in CALLS}) == len(STORES) == 8
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in FRAUDS}
    assert set(FLAGGED) <= {c.shape for c in HONEST}


def _unknown(store: str, said: str) -> bool:
    return department_unknown(said, STORES[store], datetime.fromisoformat(WEDNESDAY_NOON))


@pytest.mark.parametrize(
    ("store", "said"),
    [
        ("pool", "Vi bokade en resa på er resebyrå vid kassan."),
        ("kamin", "Ni har ju en liten trädgårdsbutik, där köpte jag lökar."),
        ("vaska", "Er skobutik var välsorterad, jag köpte kängor där."),
        ("mynt", "Vi satt i ert lilla kafé och drack kaffe."),
        ("galleri", "Lunchen i galleriets restaurang var god."),
        ("kamin", "Kaffet i kaminhusets kafé var gott."),
        ("galleri", "Vi fikade i butikens kafé."),
        ("mynt", "Urmakaren i butiken bytte batteri i klockan."),
    ],
)
def test_a_business_the_store_is_said_to_own_or_a_maker_at_work_is_unknown(
    store: str, said: str
) -> None:
    assert _unknown(store, said)


@pytest.mark.parametrize(
    ("store", "said"),
    [
        ("pool", "Jag beställde klor i er nätbutik och hämtade här."),
        ("pool", "Ert huvudkontor svarade snabbt på mejlet."),
        ("pool", "Jag köpte tulpaner i en trädgårdsbutik på vägen."),
        ("pool", "Har ni en resebyrå?"),
        ("pool", "Ni har ingen bokhandel, men det gör inget."),
        ("kamin", "Er kaminbutik är välsorterad."),
        ("vaska", "Er väskbutik är välsorterad."),
        ("mynt", "Vi satt i ert lilla kontor och skrev kontraktet."),
        ("galleri", "Lunchen i gallerians restaurang var god."),
        ("hatt", "Hattmakaren i butiken formade om hatten."),
    ],
)
def test_a_channel_an_office_the_own_trade_a_mall_or_a_question_is_not(
    store: str, said: str
) -> None:
    assert not _unknown(store, said)


def test_a_maker_is_the_workshop_of_the_craft_listed_or_not() -> None:
    assert specialty("urmakaren") == "Urmakeriet"
    assert specialty("hattmakaren") is None
    watches = store_departments((Department("Klockor", ()), Department("Urmakeri", ())))
    assert watches.named("urmakaren") == "Urmakeri"


@pytest.mark.parametrize(
    ("store", "said", "unknown"),
    [
        ("dans", "I skoavdelningen köpte jag dansskor.", False),
        ("vaska", "I resväskeavdelningen testade vi hjulen.", False),
        ("vaska", "Väskavdelningen var välsorterad.", False),
        ("hatt", "I skoavdelningen köpte jag kängor.", True),
        ("kamin", "I skoavdelningen köpte jag kängor.", True),
        ("vaska", "I skoavdelningen köpte jag kängor.", True),
    ],
)
def test_a_section_is_named_by_the_head_of_a_listed_compound_after_a_consonant(
    store: str, said: str, unknown: bool
) -> None:
    assert _unknown(store, said) is unknown


@pytest.mark.parametrize(
    ("store", "said", "unknown"),
    [
        ("fest", "Tårtan köpte vi på konditoriet vid torget.", False),
        ("fest", "Vi fikade på kaféet nere i hamnen.", False),
        ("fest", "Tårtan köpte vi på konditoriet vid entrén.", True),
        ("mynt", "Jag hade varit på banken och tagit ut pengar.", False),
        ("mynt", "Frisören hos er klippte mig medan jag väntade.", True),
    ],
)
def test_a_town_place_or_an_errand_done_before_is_elsewhere(
    store: str, said: str, unknown: bool
) -> None:
    assert _unknown(store, said) is unknown


def test_a_workshop_of_a_listed_work_is_that_work() -> None:
    gallery = store_departments(STORES["galleri"].departments)
    assert gallery.named("ramverkstaden") == "Inramning"
    assert gallery.named("cykelverkstaden") is None
    assert gallery.named("skulpturverkstaden") is None
