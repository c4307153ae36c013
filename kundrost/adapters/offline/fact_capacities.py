"""Capacities: the most people a room, court or lane takes ("Varje rum tar högst sex
spelare", "Högst fyra personer spelar på en bana"), and a customer who tells a larger party
there.

A part names a capacity when it says "högst", "max", "maximalt", "som mest" or "upp till" a
number of people (personer, gäster, barn, or a doer's noun: spelare, ryttare) — not per
customer, which is a quota (`fact_quotas`). The place limited is the part's other nouns ("rum",
"privatrummen", "bana"). It is broken by a sentence that names the place (its word in any form,
or the store department it names: "bankvalvet" of "Rummen") and counts the party in it larger
("vi var åtta kompisar i bankvalvet"); not by a party as large as the limit or smaller, a party
counted without a place ("vi var femton på svensexan"), nor a wish, an attempt, a question or
anything denied ("vi var åtta men fick inte gå in alla"), nor a party split over several places
("vi delade upp oss", "vi var fem och hyrde två kanoter" of three a canoe).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

_PEOPLE = r"(?:personer|gäster|pers|barn|vuxna|\w{3,}are)"
"""People counted: persons, guests, children, and those a doer's noun names ("spelare",
"ryttare", "deltagare")."""
_CAPACITY = re.compile(rf"\b(?:högst|max|maximalt|som mest|upp till) (\w+) {_PEOPLE}\b")
_PER = re.compile(r"^ (?:per|för varje|/) (?:kund|person|hushåll|medlem|köp)\b")
_PARTY_NOUN = (
    "stycken st personer pers spelare kompisar vänner kollegor gäster barn vuxna deltagare "
    "tjejer killar"
)
_COUNTED = re.compile(rf"\b(\w+) (?:{'|'.join(_PARTY_NOUN.split())})\b")
_WE_WERE = re.compile(r"\b(?:vi|de) var (?:bara |hela |totalt |sammanlagt )?(\w+)(?: (\w+))?")
_NOT_PEOPLE = listed(
    """minuter minut timmar timme sekunder dagar veckor år kronor kr procent meter gånger
    grader kilo liter"""
)
_SUPPOSED = listed(
    """ville vill försökte skulle kunde kan vore borde om ifall hoppades tänkte undrade
    frågade får"""
)
_SPLIT = listed("delade delat uppdelade uppdelat flera båda")
_NOT_PLACE = listed(
    """högst max maximalt mest upp till varje alla tar tas får kan spelar spela bokas boka
    förväg och i på en ett per som vi har"""
)


def capacity_of(part: str, tokens: Sequence[str]) -> tuple[float, tuple[str, ...]] | None:
    """The most people a place takes and the words that name the place, or None."""
    found = _CAPACITY.search(part)
    if found is None or _PER.match(part[found.end() :]):
        return None
    most = _value(found.group(1))
    if most is None or most <= 0:
        return None
    limit = set(found.group(0).split())
    places = tuple(
        t
        for t in tokens
        if t not in limit and t not in _NOT_PLACE and len(t) > 2 and _value(t) is None
    )
    return (most, places) if places else None


def party_size(tokens: Sequence[str]) -> float | None:
    """The size of the party a sentence counts ("vi var åtta kompisar", "vi var sex"), not a
    time or a sum ("vi var tio minuter sena")."""
    text = " ".join(tokens)
    sizes = [v for f in _COUNTED.finditer(text) if (v := _value(f.group(1))) is not None]
    for found in _WE_WERE.finditer(text):
        value = _value(found.group(1))
        if value is not None and found.group(2) not in _NOT_PEOPLE:
            sizes.append(value)
    return max(sizes) if sizes else None


def names_place(places: Sequence[str], token: str, named: Callable[[str], str | None]) -> bool:
    """Whether a word names the place a capacity limits: its stem in any form ("rum" in
    "privatrummet"), or the store department the place names."""
    department = named(token)
    for place in places:
        stem = place[: max(3, len(place) - 3)] if len(place) > 5 else place
        if stem in token:
            return True
        if department is not None and (stem in department.casefold() or named(place) == department):
            return True
    return False


def over_capacity(
    most: float,
    places: Sequence[str],
    tokens: Sequence[str],
    named: Callable[[str], str | None],
) -> str | None:
    """The words of a sentence that tell a party larger than `most` in the place, if any."""
    if not any(names_place(places, t, named) for t in tokens):
        return None
    if not NEGATIONS.isdisjoint(tokens) or not _SUPPOSED.isdisjoint(tokens):
        return None
    if not _SPLIT.isdisjoint(tokens):
        return None
    party = party_size(tokens)
    if party is None or party <= most * _places_counted(places, tokens, named):
        return None
    return f"{party:g} i {places[0]}"


def _places_counted(
    places: Sequence[str], tokens: Sequence[str], named: Callable[[str], str | None]
) -> float:
    """How many of the place the party took ("hyrde två kanoter"), one when none is counted."""
    for before, token in pairwise(tokens):
        if names_place(places, token, named):
            value = _value(before)
            if value is not None and value > 1:
                return value
    return 1.0


def _value(word: str) -> float | None:
    return float(word) if word.isdigit() else word_value(word)
