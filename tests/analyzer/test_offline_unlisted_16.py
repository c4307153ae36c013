"""Unlisted departments, services and facilities at ten new kinds of store
(`unlisted_shapes_16`): each fraud raises a decisive fraud flag, or is listed in `MISSED` with
why; no honest near miss raises one.

Every call was written for `unlisted_shapes_16`, not taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kundrost.adapters.offline.departments import specialty, store_departments
from kundrost.adapters.offline.unlisted import _own_staff
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
from tests.analyzer.unlisted_shapes_16 import CALLS, FRAUDS, HONEST, STORES
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

_ROOM = (
    "a room of the store's own that is no trade or department word ('ert provkök', 'er "
    "träningspool i källaren') is not read: honest callers say 'ert lager', 'er toalett' and "
    "'ert provrum' alike"
)
MISSED: dict[str, str] = {
    "unlisted: a print shop at the back": (
        "'tryckeriet' is read by no head or modifier the store names; the call was caught only "
        "while 'femhundra visitkort åt mig' was read as cards eaten, which offline-16 no longer "
        "does ('åt' before a pronoun is the preposition)"
    ),
    "unlisted: a tea room in the garden": (
        "'tesalong' leaves two letters before its head, too few to read a compound by ('te' "
        "is a word of its own)"
    ),
    "unlisted: an auction room behind the shop": (
        "an event in a room ('auktionen i salen bakom butiken') names no department"
    ),
    "unlisted: the tyre hotel": (
        "a storage service named by '-hotell' ('ert däckhotell') is not read: the head also "
        "names real hotels ('stadshotellet')"
    ),
    "unlisted: a training pool in the basement": _ROOM,
    "unlisted: a hostel above the shop": (
        "a lodging ('ert vandrarhem') is no trade the readings know, and rooms of the store's "
        "own are not read"
    ),
}
"""Frauds the analyzer does not yet catch, with why (strict xfails)."""


def flagged(call: Call) -> list[str]:
    """The decisive fraud flags of the call, its answers after the caller's questions."""
    turns: list[Turn] = [(AI, "Hur var ditt besök idag?"), (CUSTOMER, "Ja, det går bra.")]
    for answer in call.answers:
        turns += [(AI, "Berätta gärna mer."), (CUSTOMER, answer)]
    moment = datetime.fromisoformat(WEDNESDAY_NOON)
    return fraud_flags(
        ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORES[call.store], moment))
    )


@pytest.mark.parametrize("call", call_cases(FRAUDS, MISSED))
def test_an_unlisted_department_told_as_this_visit_is_fraud(call: Call) -> None:
    assert flagged(call)


@pytest.mark.parametrize("call", call_cases(HONEST, MISSED))
def test_an_honest_near_miss_is_clean(call: Call) -> None:
    assert flagged(call) == []


def test_the_material_holds_enough_of_each_at_ten_kinds_of_store() -> None:
    assert len(FRAUDS) >= 45
    assert len(HONEST) >= 60
    assert len({c.store for c in CALLS}) == len(STORES) == 10
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in FRAUDS}


_SHOP = store_departments(
    (
        Department("Shop", ("racketar", "bollar")),
        Department("Godis", ("plockgodiset",)),
        Department("Badrumsinredning", ("duschväggar",)),
    )
)
_GARAGE = store_departments((Department("Bilar", ()), Department("Verkstaden", ("verkstad",))))
_SERVICE_SHOP = store_departments((Department("Cyklar", ()), Department("Cykelservice", ())))
_REPAIR_SHOP = store_departments((Department("Mopeder", ()), Department("Reparationer", ())))


@pytest.mark.parametrize(
    ("token", "department"),
    [
        ("lösgodisdisken", "Godis"),
        ("godisavdelningen", "Godis"),
        ("duschavdelningen", "Badrumsinredning"),
        ("racketavdelningen", "Shop"),
    ],
)
def test_a_section_is_named_by_its_modifier_a_workshop_by_its_head(
    token: str, department: str
) -> None:
    assert _SHOP.named(token) == department


@pytest.mark.parametrize(
    "token", ["racketstudion", "godissalongen", "bastuavdelningen", "reservdelsdisken"]
)
def test_a_service_place_or_a_section_of_nothing_listed_is_not_the_stores(token: str) -> None:
    assert _SHOP.named(token) is None


def test_a_workshop_at_a_store_listing_a_service_is_that_service() -> None:
    assert _GARAGE.named("däckverkstaden") == "Verkstaden"
    assert _GARAGE.named("verkstan") == "Verkstaden"
    assert _SERVICE_SHOP.named("cykelverkstaden") == "Cykelservice"
    assert _REPAIR_SHOP.named("mopedverkstaden") == "Reparationer"
    assert _REPAIR_SHOP.named("båtverkstaden") is None


@pytest.mark.parametrize(
    ("token", "trade"),
    [("apotekshörnan", "Apoteket"), ("bagerihörnan", "Bageriet"), ("designstudio", "Designstudio")],
)
def test_a_corner_named_after_a_trade_and_an_indefinite_studio_are_specialised(
    token: str, trade: str
) -> None:
    assert specialty(token) == trade


@pytest.mark.parametrize("token", ["fyndhörnan", "reahörnan", "varumottagning", "hörnan"])
def test_a_corner_of_no_trade_and_the_goods_intake_are_not(token: str) -> None:
    assert specialty(token) is None


def test_a_workshop_is_the_stores_own_only_when_its_name_names_the_workshop() -> None:
    assert not _own_staff("kakelverkstaden", "Kakelboden Sundsvall")
    assert _own_staff("cykelverkstaden", "Cykelverkstan Majorna")
    assert _own_staff("kakelavdelningen", "Kakelboden Sundsvall")


@pytest.mark.parametrize(
    "said",
    [
        "Ni har ju en liten blomsterhandel vid kassan, där köpte jag tulpaner.",
        "Jag fikade på kaféet bredvid kassorna, bullen var färsk.",
        "Jag klippte mig hos frisören intill omklädningsrummet.",
        "Vid nyckelbaren bredvid receptionen kopierade de en nyckel åt mig.",
        "Jag köpte Alvedon i apotekshörnan, tjejen där var trevlig.",
    ],
)
def test_a_department_said_to_be_the_stores_or_beside_its_parts_is_unknown(said: str) -> None:
    assert department_unknown(said, STORES["lagpris"], datetime.fromisoformat(WEDNESDAY_NOON))


@pytest.mark.parametrize(
    "said",
    [
        "Jag fikade på kaféet bredvid, bullen var färsk.",
        "Vi åt på restaurangen bredvid butiken efteråt.",
        "Jag köpte Alvedon på apoteket bredvid entrén till gallerian.",
        "Har ni funderat på att öppna en liten blomsterhandel vid kassan?",
        "Ni har ju ingen blomsterhandel, så tulpanerna köpte jag på torget.",
        "Jag köpte godis i lösgodisdisken bredvid kassorna.",
        "Ni har ju en fyndhörna vid kassan, där köpte jag en kastrull.",
        "Min dotter jobbar på en frisörsalong, så hon klipper mig.",
        "Jag hade varit på en fotostudio och tagit passfoton innan.",
    ],
)
def test_a_department_next_door_asked_for_denied_or_listed_is_not(said: str) -> None:
    moment = datetime.fromisoformat(WEDNESDAY_NOON)
    assert not department_unknown(said, STORES["lagpris"], moment)


@pytest.mark.parametrize(
    ("store", "said"),
    [
        ("dyk", "De servade regulatorn i verkstaden medan vi väntade."),
        ("golf", "Vi satt en stund vid kaféet bredvid rangen."),
        ("padel", "Jag köpte grepplinda i racketavdelningen."),
        ("bilhandel", "Jag väntade i verkstan medan de bytte olja."),
    ],
)
def test_a_listed_compound_by_its_head_or_a_cafe_beside_an_outdoor_department_is_not_unknown(
    store: str, said: str
) -> None:
    assert not department_unknown(said, STORES[store], datetime.fromisoformat(WEDNESDAY_NOON))
