"""Carried loads: goods counted by the sack, the crate or the ream, and then carried home on a
bicycle or in one hand — a weight the count itself sets, though no kilo is said.

`magnitudes` and `capacity` read a weight when it is said in kilos or litres. A writer who
tells of "tjugotvå säckar" potatoes cycled home on the luggage carrier, or "trettio paket á
femhundra ark" held in one hand, says a load of 220 and 75 kilos without a unit of weight.
This reading gives each counted container the least weight its kind holds (a sack of cement
25 kilos, of potatoes, soil or paint 10, any sack 5; a crate of drinks 7; a ream of paper
2.5, or 5 grams a sheet; a can of water or fuel 5), the contents read from the word after
the container ("säckar potatis", "flak läsk"), a compound ("cementsäckar") or, failing
those, a kind of goods the answer names ("Kampanjpotatisen … tjugotvå säckar"). Kilos said
outright count as they are, but for those said with "väger" or "vägde" (a body's weight,
`_WEIGHED`). One point towards an impossible claim when the load of an answer, or of the
answer before if this one only carries it, is beyond what carries it:

- a bicycle, its carrier or its basket: 100 kilos ("cyklade hem allihop på pakethållaren");
- one hand, one arm or a shoulder: 50 kilos ("höll kartongen i ena handen").

A cargo bike, a bike trailer, a car, a trolley, a delivery, help or several trips carry
any load; a denial, a hypothetical, a wish and another store's account claim nothing.
The bounds are the least weights times counts well above an honest purchase: two sacks of
potatoes on the carrier or eight reams in a cargo bike stay as they are.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import KILOS, word_value
from kundrost.adapters.offline.patterns import listed

_CONTAINERS = (("säck", 5.0), ("flak", 7.0), ("hink", 0.0), ("dunk", 0.0), ("paket", 0.0))
"""A container word's stem and the least kilos one holds whatever its contents: a sack or a
crate is sold full; a bucket, a can or a pack weighs what its contents say (`_CONTENTS`,
"á femhundra ark"), for it may be sold empty. A compound counts only with its contents
known ("cementsäckar", not "sopsäckar", "ryggsäckar" or "plasthinkar")."""
_CONTENTS = (
    (("cement", "betong", "murbruk", "putsbruk"), 25.0),
    (("grus", "sand", "makadam", "singel"), 20.0),
    (("ved", "pellets", "briketter"), 15.0),
    (("potatis", "jord", "gödsel", "hundmat", "hundfoder", "kattsand", "kattmat", "foder"), 10.0),
    (("fasadfärg", "takfärg", "väggfärg", "färg", "spackel"), 10.0),
    (("kopieringspapper", "skrivarpapper", "papper"), 2.5),
    (("vatten", "diesel", "bensin", "spolarvätska", "olja", "läsk", "öl"), 5.0),
)
"""The least kilos of a sack or pack of these goods."""
SHEET_KILOS = 0.005
_BIKE = listed(
    """cyklade cyklat cykla cyklar cykeln cykel pakethållaren pakethållare cykelkorgen
    cykelkorg styret"""
)
_ONE_HAND = re.compile(
    r"\b(?:(?:i|med|på) (?:ena|en|min ena|ena lilla) (?:handen|hand|armen|axeln)|under "
    r"(?:ena |min |ena )?armen|med lillfingret|med en hand)\b"
)
_HAND_WORDS = listed("handen hand armen axeln lillfingret")
BIKE_KILOS, HAND_KILOS = 100.0, 50.0
_CARRIED_ANYWAY = (
    "lådcykel", "cykelkärr", "cykelvagn", "cykelsläp", "släpvagn", "kärra", "kärran",
    "kundvagn", "truck", "pirra", "lastbil", "leverer", "hemkör", "skickade", "hjälp",
    "vändor", "omgång", "flakmoped", "bilen", "bilar",
)  # fmt: skip
_CARRIED_WORDS = listed("bil släp släpet vagn vagnen turer körde kört kör köra")
"""What carries any load: a cargo bike, a trailer, a car or a drive, a trolley, a delivery,
help, several trips (stems, and short words whole: "bil", not "billig")."""


def _conveyed(tokens: frozenset[str] | tuple[str, ...]) -> bool:
    return not _CARRIED_WORDS.isdisjoint(tokens) or any(
        t.startswith(_CARRIED_ANYWAY) for t in tokens
    )


_WEIGHED = listed("väger vägde väga vikt vikten")
"""Kilos said with a weighing verb may be a body's or a thing's own ("Jag väger hundratjugo
kilo så jag behövde en större cykel"), not the load."""
_UNSAID = listed("inte aldrig ingen inga skulle kunde borde hade tänkt om")


def _contents_kilos(goods: str) -> float:
    """The least kilos of a container of `goods` (a word or a compound's head), or 0."""
    for stems, kilos in _CONTENTS:
        if goods and any(goods.startswith(stem) or goods.endswith(stem) for stem in stems):
            return kilos
    return 0.0


def _container(unit: str) -> tuple[str, float] | None:
    """The container a counted word names, with what a compound tells of its contents:
    "säckar" ("", 5.0), "cementsäckar" ("cement", 5.0)."""
    for stem, kilos in _CONTAINERS:
        at = unit.find(stem)
        if at == 0 or (at > 2 and stem != "paket"):
            return unit[:at], kilos
    return None


def _sentence_load(tokens: tuple[str, ...], named: frozenset[str]) -> float:
    """The least kilos of the containers counted in a sentence (module docstring), and of the
    kilos said; `named` are the answer's words, whose goods fill a container told alone."""
    load = 0.0
    weighed = not _WEIGHED.isdisjoint(tokens)
    for at, token in enumerate(tokens[:-1]):
        value = word_value(token)
        if value is None or token in ("en", "ett"):
            continue
        unit = tokens[at + 1]
        if unit in KILOS:
            load += 0.0 if weighed else value * KILOS[unit]
            continue
        found = _container(unit)
        if found is None:
            continue
        head, container = found
        if head and not _contents_kilos(head):
            continue
        after = tokens[at + 2 : at + 6]
        goods = after[1:2] if after[:1] == ("med",) else after[:1]
        kilos = _contents_kilos(head) or _contents_kilos(goods[0] if goods else "")
        if "ark" in after and (sheets := word_value(after[after.index("ark") - 1])):
            kilos = max(kilos, sheets * SHEET_KILOS)
        if not kilos:
            kilos = max([0.0, *(_contents_kilos(word) for word in named)])
        load += value * max(container, kilos)
    return load


def _carrier(text: str, tokens: tuple[str, ...]) -> float | None:
    """The most kilos what carries the load takes, or None when it takes any."""
    if _conveyed(tokens):
        return None
    if not _HAND_WORDS.isdisjoint(tokens) and _ONE_HAND.search(text):
        return HAND_KILOS
    return BIKE_KILOS if not _BIKE.isdisjoint(tokens) else None


_CUES = _BIKE | _HAND_WORDS


def carried_load_points(evidence: Evidence) -> tuple[float, str]:
    """One point per answer that carries a load beyond its carrier (module docstring), and
    the first such sentence."""
    if _CUES.isdisjoint(evidence.words):
        return 0.0, ""
    turns = evidence.reading.sentence_turns
    said: dict[int, list[int]] = {}
    for index, turn in enumerate(turns):
        cues = evidence.cues[index]
        if not (cues.elsewhere or cues.wish):
            said.setdefault(turn, []).append(index)
    loads: dict[int, float | None] = {}
    for turn, indices in said.items():
        words = frozenset(t for i in indices for t in evidence.sentence_tokens[i])
        conveyed = _conveyed(words)
        loads[turn] = (
            None
            if conveyed
            else sum(_sentence_load(evidence.sentence_tokens[i], words) for i in indices)
        )
    points = 0.0
    first = ""
    for turn, indices in said.items():
        for index in indices:
            tokens = evidence.sentence_tokens[index]
            if _CUES.isdisjoint(tokens):
                continue
            carrying = [c.clause.tokens for c in evidence.sentences[index]]
            if any(not _CUES.isdisjoint(c) and not _UNSAID.isdisjoint(c) for c in carrying):
                continue
            most = _carrier(evidence.phrases[index], tokens)
            load = loads[turn]
            if most is None or load is None:
                continue
            if not load and turn - 1 in loads:
                load = loads[turn - 1] or 0.0
            if load >= most:
                points += 1.0
                first = first or evidence.reading.sentences[index]
                break
    return points, first
