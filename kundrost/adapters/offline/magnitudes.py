"""Magnitudes: a number with a unit that no single visit to a shop can hold.

The narrower rules (`capacity`, `claims`, `consistency`) read an amount with the story around
it: what was carried, how fast, by whom. This rule reads the amount alone, by its unit, against
what one customer's visit can hold, whatever the goods and however deadpan the telling:

- a weight of 100 kilos or more (a ton is 1,000; "trehundra kilo clementiner");
- a volume of 100 litres or more ("hundraåttio liter mellanmjölk");
- 150 people or more in a queue or a shop ("fyrahundra personer före mig");
- a wait of five hours or more by the customer ("jag stod i kön i sex timmar"; not food that
  "har stått där i åtta timmar"), or days standing or sitting at a counter ("jag stod vid
  ostdisken i tre dygn");
- 50,000 kronor or more paid in one visit ("för fyrtiotusen kronor" is below it: a large shop
  at a hardware store can cost that).

Each such amount is one point towards an impossible claim (`claims.impossible_confidence`).
A weight or volume said with a trolley, a trailer or a delivery in the sentence is a load,
not a burden ("en kundvagn med trehundra kilo grus"), and so is one the next sentence
tells the staff moved ("Kassaskåpet väger trehundra kilo." "De bar in det med en
trappklättrare"). A rate is no visit's amount ("rostar tvåhundra kilo i veckan"). An
amount the customer denies, wishes for or puts in a hypothetical ("inte hundra kilo", "om
jag skulle köpa tvåhundra liter"), and one said of another store, earns nothing. The bounds
are far above what an honest account says (the training sets' honest calls reach 20 kilos, 4
litres, 20 people, 8 hours and 600 kronor), so that an exaggeration is not fraud.

A measure a thing has is no burden (`own_measures`): a weight said as what a person, a
horse, a cow, a big dog or a piano weighs ("Min häst väger sexhundra kilo") is read against
what such a one can weigh, and earns a point only beyond it or when one person carried it;
a volume said as what a vessel holds ("en varmvattenberedare på trehundra liter",
"bryggverket rymmer tusen liter") earns one only from 5,000 litres in a room or a cupboard.
"""

from __future__ import annotations

import re
from itertools import pairwise

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import KILOS
from kundrost.adapters.offline.own_measures import own_measure
from kundrost.adapters.offline.patterns import listed

_LITRES = {"liter": 1.0, "litrar": 1.0}
_PEOPLE = listed("personer människor kunder pers")
_HOURS = listed("timmar timme")
_KRONOR = listed("kronor kr spänn")
_QUEUED = listed("kö kön köade köar väntade väntat stod före framför butiken affären inne")
_WAITED = listed("väntade väntat köade köat")
_IN_QUEUE = listed("kö kön kassakön")
_WE = listed("jag vi")
_UNSAID = listed("inte aldrig ingen inga skulle kunde borde")
_CONVEYED = ("kundvagn", "vagn", "flakvagn", "kärr", "släp", "lastbil", "truck", "pall", "lever")
"""What moves a load no person carries: a weight or volume said with one is a purchase for a
trolley, a trailer or a delivery ("en kundvagn med trehundra kilo grus")."""
HEAVIEST, MOST_LITRES, CROWD, LONGEST_WAIT, DEAREST = 100.0, 100.0, 150.0, 5.0, 50_000.0
_LIFTS = ("marklyft", "bänkpress", "knäböj", "styrkelyft", "frivändning", "stöt")
HEAVIEST_LIFT = 600.0
"""Kilos: a weight lifted in a barbell lift is judged against the strongest lifters' (about
500 in a deadlift), not against a burden carried home ("tog trehundra kilo i marklyft")."""


_THEY = listed("de dom")
_MOVING = listed("bar lyfte körde levererade hämtade fraktade släpade rullade flyttade lastade")
_BACK = listed("det den dem dom")
_PERIODS = listed("veckan månaden året dagen")
_EVERY = listed("om per")
_SPANS = listed("vecka veckan månad månaden år året dag dagen")


def _per_period(tokens: tuple[str, ...], units: set[str]) -> bool:
    """A rate, not one visit's amount: the period right after the amount ("rostar tvåhundra
    kilo bönor i veckan", "om året", "per dag"); "i dag" is today, and "billig i veckan, så
    jag köpte tvåhundra kilo" is this week."""
    for at, unit in enumerate(tokens):
        if unit not in units:
            continue
        after = tokens[at + 1 : at + 4]
        if any(
            (a == "i" and b in _PERIODS) or (a in _EVERY and b in _SPANS)
            for a, b in pairwise(after)
        ):
            return True
    return False


def _moved_by_them(tokens: tuple[str, ...]) -> bool:
    """The next sentence tells the staff moved it: "De bar in det med en trappklättrare",
    "De levererade det hem på en pall" — they, then a word pointing back at the thing."""
    return (
        len(tokens) > 2
        and tokens[0] in _THEY
        and tokens[1] in _MOVING
        and not _BACK.isdisjoint(tokens[2:4])
    )


def _sentence_points(evidence: Evidence, index: int) -> float:
    """One point for an amount beyond a visit; whether the goods were conveyed is read only
    for a weight or volume that would be."""
    tokens = evidence.sentence_tokens[index]
    if evidence.cues[index].elsewhere or evidence.cues[index].wish:
        return 0.0
    amounts = evidence.sentence_amounts[index]
    if _per_period(tokens, {u for _, u in amounts}):
        return 0.0
    if not _UNSAID.isdisjoint(tokens):
        return 0.0
    words = set(tokens)
    lifted = any(token.startswith(_LIFTS) for token in tokens)
    most = HEAVIEST_LIFT if lifted else HEAVIEST
    heavy = any(v * KILOS[u] >= most for v, u in amounts if u in KILOS)
    if heavy or any(v * _LITRES[u] >= MOST_LITRES for v, u in amounts if u in _LITRES):
        following = evidence.sentence_tokens[index + 1 : index + 2]
        conveyed = any(token.startswith(_CONVEYED) for token in tokens)
        if not conveyed and not (following and _moved_by_them(following[0])):
            own = own_measure(tokens, amounts, following[0] if following else ())
            if own is None or own:
                return 1.0
    if any(v >= CROWD for v, u in amounts if u in _PEOPLE) and not _QUEUED.isdisjoint(words):
        return 1.0
    if any(v >= LONGEST_WAIT for v, u in amounts if u in _HOURS) and _waited(words):
        return 1.0
    if ("dygn" in words or "dygnet" in words) and _stood_days(evidence, index):
        return 1.0
    if any(v >= DEAREST for v, u in amounts if u in _KRONOR):
        return 1.0
    return 0.0


_STOOD_DAYS = re.compile(
    r"\b(?:jag|vi) (?:stod|satt) (?:\w+ )?(?:vid|i|på) (?:\w+ ){0,2}?\w*(?:disk|disken|kassan|"
    r"kassa|luckan|receptionen) (?:i |under )?(?:\w+ ) ?(?:dygn|dygnet)\b"
)


def _stood_days(evidence: Evidence, index: int) -> bool:
    """The customer stood or sat at a counter for days: "jag stod vid ostdisken i tre dygn"
    (a wait for a delivery of three days is no stay)."""
    return _STOOD_DAYS.search(evidence.phrases[index]) is not None


def _waited(words: set[str]) -> bool:
    """The customer waited or queued: "jag väntade", "vi stod i kön" — not food that "har
    stått där i åtta timmar"."""
    queued = not _WAITED.isdisjoint(words) or ("stod" in words and not _IN_QUEUE.isdisjoint(words))
    return queued and not _WE.isdisjoint(words)


def magnitude_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence with an amount beyond a visit (module docstring), and the first
    such sentence."""
    points = 0.0
    first = ""
    for index, amounts in enumerate(evidence.sentence_amounts):
        if not amounts:
            continue
        found = _sentence_points(evidence, index)
        if found and not first:
            first = evidence.reading.sentences[index]
        points += found
    return points, first
