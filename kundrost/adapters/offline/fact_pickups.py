"""Pickup thresholds: "Paket över 35 kg hämtas vid varuutlämningen", "Ankare och kättingar
över 20 kilo hämtas vid lagret på kajen".

Goods over a weight are fetched at one place. The fact is broken by a sentence telling goods
of a greater weight ("badkaret på sextio kilo") got at the checkout or carried out through
the entrance ("direkt i kassan", "genom entrén"), not denied, and not naming the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

_THRESHOLD = re.compile(
    r"\böver (?P<most>\w+) (?:kilo|kg)\b.*?\bhämtas (?:bara |endast )?(?:vid|på|i) "
    r"(?P<place>\w+)"
)
_KILOS = listed("kilo kg kilos")
_COUNTER = listed("kassan kassa entrén entrén ingången")
_PLACE_END = 7
"""Letters a word shares with the end of the place's word to name it ("utlämningen" of
"varuutlämningen")."""


def pickup_threshold(statement: str) -> tuple[float, str] | None:
    """The weight over which goods are fetched at one place, and that place's word."""
    found = _THRESHOLD.search(statement)
    if found is None:
        return None
    most = word_value(found.group("most"))
    return None if most is None else (most, found.group("place"))


def _weighs(tokens: Sequence[str]) -> float | None:
    for at, token in enumerate(tokens[1:], start=1):
        if token in _KILOS:
            value = word_value(tokens[at - 1])
            if value is not None and tokens[at - 2 : at - 1] != ("över",):
                return value
    return None


def counter_pickup(most: float, place: str, tokens: Sequence[str]) -> str | None:
    """The words telling goods over `most` kilos got at the counter, or None."""
    if _COUNTER.isdisjoint(tokens) or not NEGATIONS.isdisjoint(tokens):
        return None
    if any(t == place or place.endswith(t[-_PLACE_END:]) for t in tokens if len(t) >= 5):
        return None
    weight = _weighs(tokens)
    if weight is None or weight <= most:
        return None
    return f"{weight:g} kilo … {next(t for t in tokens if t in _COUNTER)}"
