"""Own measures: a weight or a volume said as what a thing is, read against its kind.

`magnitudes` reads a weight of 100 kilos or a volume of 100 litres as more than one visit
holds. Said as a measure the thing has, it is no burden: "Min häst väger sexhundra kilo",
"Pianot väger tvåhundraåttio kilo", "jag väger hundratjugo kilo", "en varmvattenberedare
på trehundra liter", "bryggverket rymmer tusen liter". Such a measure is read against the
kind of thing it is said of:

- a weight ("väger", "vägde") of a person, a horse, a cow, a moose, a big dog, a piano or a
  car is impossible only beyond the heaviest of its kind (a person 600 kilos, a dog 160, a
  horse or a cow 1,500, a piano 1,000, a car 5,000), or when one person carried it ("jag
  bar", "bar den själv", "ensam") in the sentence or the next; of any other thing ("taxen",
  "lampan", "sadeln", "kassaskåpet") it is read as before;
- a volume a vessel holds ("rymmer", "på N liter" right after a noun) is impossible only
  from 5,000 litres in a room or a cupboard ("tiotusen liter i städskåpet"); a pool in the
  garden or a brewery's vat may hold more.
"""

from __future__ import annotations

from kundrost.adapters.offline.numbers import KILOS, Amount
from kundrost.adapters.offline.patterns import listed

_WEIGHS = listed("väger vägde vägt vägande")
_LITRES = listed("liter litrar")
_PEOPLE = listed("jag han hon vi man mannen frun maken sambon pappa mamma sonen dottern")
HEAVIEST_PERSON = 600.0
_KINDS = (
    (("häst", "ponny", "ponnyn", "sto", "stoet", "valack", "hingst", "ardenner"), 1500.0),
    (("ko", "kon", "kor", "tjur", "kviga", "oxe"), 1500.0),
    (("älg",), 900.0),
    (("hund", "mastiff", "doggen", "sanktbernhard", "newfoundland", "leonberger"), 160.0),
    (("piano", "flygel"), 1000.0),
    (("bil", "bilen", "husbil", "traktor", "jeep", "suv"), 5000.0),
)
"""Stems (a word's start or end) of kinds that may weigh more than a visit's burden, and the
heaviest of each in kilos."""
_CARRY = listed("bar burit lyfte lyft bära lyfta")
_ALONE = listed("jag själv ensam själva")
_HOLDS = listed("rymmer rymde rymma")
_ROOMS = (
    "skåp", "garderob", "hall", "kök", "badrum", "tvättstug", "rummet", "lägenhet", "källar",
)  # fmt: skip
HOME_VESSEL = 5000.0
"""Litres: no tank, heater or aquarium in a room or a cupboard holds this."""


def _kind_limit(words: tuple[str, ...]) -> float | None:
    for stems, heaviest in _KINDS:
        if any(w.startswith(stems) or w.endswith(stems) for w in words):
            return heaviest
    return None


def _weighed_of(tokens: tuple[str, ...]) -> float | None:
    """The heaviest of the kind "väger" is said of: the words just before it, or just after
    it when the verb comes first ("nu väger hästen")."""
    at = next((i for i, t in enumerate(tokens) if t in _WEIGHS), None)
    if at is None:
        return None
    near = tokens[max(0, at - 3) : at] + tokens[at + 1 : at + 2]
    if not _PEOPLE.isdisjoint(tokens[max(0, at - 1) : at] + tokens[at + 1 : at + 2]):
        return HEAVIEST_PERSON
    return _kind_limit(near)


def _carried_alone(tokens: tuple[str, ...]) -> bool:
    return not _CARRY.isdisjoint(tokens) and not _ALONE.isdisjoint(tokens)


def _held(tokens: tuple[str, ...]) -> bool:
    """A vessel's size: "rymmer tusen liter", or "på" right after a noun and before the
    amount ("en beredare på trehundra liter")."""
    if not _HOLDS.isdisjoint(tokens):
        return True
    return any(
        t == "på" and i > 0 and tokens[i - 1].isalpha() and tokens[i - 1] not in _PEOPLE
        and i + 2 < len(tokens) and tokens[i + 2] in _LITRES
        for i, t in enumerate(tokens)
    )  # fmt: skip


def own_measure(
    tokens: tuple[str, ...], amounts: tuple[Amount, ...], following: tuple[str, ...]
) -> bool | None:
    """Whether a weight or volume said as a thing's own measure is impossible, or None when
    it is not said as one (`magnitudes` reads it as a burden)."""
    kilos = max((v * KILOS[u] for v, u in amounts if u in KILOS), default=0.0)
    litres = max((v for v, u in amounts if u in _LITRES), default=0.0)
    if kilos and not _WEIGHS.isdisjoint(tokens):
        heaviest = _weighed_of(tokens)
        if heaviest is None:
            return None
        return kilos > heaviest or _carried_alone(tokens) or _carried_alone(following)
    if litres and not kilos and _held(tokens):
        indoors = any(room in t for t in tokens for room in _ROOMS)
        return litres >= HOME_VESSEL and indoors
    return None
