"""Goods limits: what food cannot be, however plainly it is told.

Each of these is one point towards an impossible claim (`claims`):

- one piece of food longer than two metres: "en gös på fyra meter", "en tre meter lång
  korv" — the length said of the food itself ("på", "som var", "lång"), not a distance
  ("laxen låg två meter bort") and not goods that are long ("en slang på tjugo meter");
- food aged or stored for sixty years or more: "osten hade lagrats i trehundra år" (a
  store or a house may be old: only "lagra", "mogna" and "ligga och mogna" count);
- food worked by hand or machine at a kilo a second or more, five kilos or more in all:
  "malde fyrtio kilo färs på fem sekunder" (grinding, cutting, filleting, slicing,
  packing, smoking; weighing and scanning are that fast).
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS

FOOD = frozenset(
    {"Bröd och bakverk", "Kött och chark", "Fisk och skaldjur", "Frukt och grönt",
     "Mejeri och ägg", "Lunch och färdigmat"}
)  # fmt: skip
_LONGEST_FOOD = 2.0
_OLDEST_FOOD = 60
_FASTEST = 1.0
"""Kilos a second no grinder, knife or packer reaches."""
_LENGTH = re.compile(
    r"\b(\w+) (?:på|som var|som är|som mätte) (?:typ |nästan |över |ungefär )?(\w+) "
    r"(?:meter|m)\b|\b(\w+) meter (?:lång|långa|långt) (\w+)"
)
_AGED = re.compile(
    r"\b(?:lagrats|lagrat|lagrad|lagrade|lagras|mognat|mognad|mognade|legat och mognat) "
    r"(?:i |under )?(?:över |nästan |ungefär )?(\w+) år\b"
)
_WORKED = re.compile(
    r"\b(?:malde|mal|malt|skar|skivade|fileade|filéade|styckade|packade|rökte|hackade) "
    r"(?:\w+ ){0,3}?(\w+) kilo\b(?:.*?)\bpå (\w+) sekunder\b"
)
_WORDS = listed("meter m lagrats lagrat lagrad lagrade lagras mognat mognad mognade sekunder")


def _food(token: str) -> bool:
    return PRODUCT_WORDS.lookup(token) in FOOD


def _too_long(text: str) -> bool:
    for found in _LENGTH.finditer(text):
        goods, amount = (
            (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        )
        value = word_value(amount)
        if value is not None and value > _LONGEST_FOOD and _food(goods):
            return True
    return False


def _too_old(text: str) -> bool:
    return any(
        (years := word_value(found.group(1))) is not None and years >= _OLDEST_FOOD
        for found in _AGED.finditer(text)
    )


def _too_fast(text: str) -> bool:
    for found in _WORKED.finditer(text):
        kilos, seconds = word_value(found.group(1)), word_value(found.group(2))
        if kilos is not None and seconds and kilos >= 5 and kilos / seconds >= _FASTEST:
            return True
    return False


def goods_limit_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence that tells food beyond its limits (module docstring)."""
    if _WORDS.isdisjoint(evidence.words):
        return 0.0, ""
    points = 0.0
    first = ""
    for index, text in enumerate(evidence.phrases):
        if evidence.cues[index].elsewhere or _WORDS.isdisjoint(evidence.sentence_tokens[index]):
            continue
        if _too_long(text) or _too_old(text) or _too_fast(text):
            points += 1.0
            first = first or evidence.reading.sentences[index]
    return points, first
