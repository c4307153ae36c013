"""Room temperatures: a heat or a cold no shop, café or salon is kept at, said of the room.

"Det var femtio grader varmt inne i butiken" or "Inne i kaféet var det minus trettio
grader" tells a room no one stays in, told in passing as if nothing. One point towards an
impossible claim for fifty degrees or more, or fifteen below zero or colder, in a sentence
that places the degrees inside ("inne", "i butiken", "i salongen", "i lokalen", the
thermometer on the wall) and names no
hot or cold thing that may be meant instead — a sauna, an oven, a grill, a freezer or cold
room, an ice rink, a pool, a drink or food, the weather outside ("ute", "utomhus"). Hot
yoga is kept at about forty; a broken heater in winter leaves a shop a few degrees above or
below zero. A feeling ("kändes som sextio grader") claims nothing.
"""

from __future__ import annotations

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

_DEGREES = listed("grader grad")
_INSIDE = listed(
    """inne inomhus butiken affären kaféet caféet salongen lokalen lokalerna väntrummet
    restaurangen gymmet biografen salen butiksytan entrén kassan väggen"""
)
_ELSEWHERE = (
    "bastu", "ugn", "grill", "spis", "frys", "kyl", "ishall", "isbana", "pool", "bassäng",
    "vatten", "kaffe", "soppa", "maten", "sås", "fritös", "olja", "utomhus", "utanför",
    "kylrum", "frysrum", "disk", "motor", "kärna", "feber", "kropp", "yoga",
    "hetyoga", "solen", "tvätt", "program", "pizza", "bröd", "kött", "stek", "vintern",
    "sommaren", "vädret", "choklad", "glögg", "drick", "dryck", "kamin", "eld", "brasa",
    "kakelugn", "panna", "pannan", "skorsten", "härd", "smedj", "ässja", "brännugn", "glas",
    "värmepump", "element",
)  # fmt: skip
_ELSEWHERE_WORDS = listed("ute te teet mat sol vin öl")
"""Stems, and short words whole, of what may be meant by the degrees instead of the room."""
HOTTEST, COLDEST = 50.0, -15.0


def _room_degrees(tokens: tuple[str, ...]) -> float | None:
    """The degrees a sentence tells, signed ("minus trettio grader" is -30)."""
    for at, token in enumerate(tokens):
        if token not in _DEGREES or not at:
            continue
        value = word_value(tokens[at - 1])
        if value is None:
            continue
        below = at >= 2 and tokens[at - 2] in ("minus", "minusgrader")
        return -value if below else value
    return None


def _inside_what(tokens: tuple[str, ...]) -> str | None:
    """What "inne i" places the degrees in ("inne i kaminen" is the stove, not the room)."""
    for at, token in enumerate(tokens[:-2]):
        if token == "inne" and tokens[at + 1] == "i":
            return tokens[at + 2]
    return None


def room_temperature_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence with a room beyond `HOTTEST` or `COLDEST` (module docstring)."""
    if _DEGREES.isdisjoint(evidence.words) or _INSIDE.isdisjoint(evidence.words):
        return 0.0, ""
    points = 0.0
    first = ""
    for index, tokens, _ in evidence.cued_sentences(_DEGREES):
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish or felt(tokens) or _INSIDE.isdisjoint(tokens):
            continue
        if not _ELSEWHERE_WORDS.isdisjoint(tokens) or any(t.startswith(_ELSEWHERE) for t in tokens):
            continue
        if _inside_what(tokens) not in (None, *_INSIDE):
            continue
        degrees = _room_degrees(tokens)
        if degrees is not None and (degrees >= HOTTEST or degrees <= COLDEST):
            points += 1.0
            first = first or evidence.reading.sentences[index]
    return points, first
