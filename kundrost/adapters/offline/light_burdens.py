"""Light burdens: a thing the customer tells is small or light, then told as a burden that
takes a pallet jack, a truck or several people to move.

"Det var bara ett litet kuvert … med ett par örhängen i" and then "Ronja fick hämta det med
pallyften från lagret eftersom det var så tungt, och två killar hjälpte mig att bära ut det"
tells one thing as both. The thing is light by its kind (a letter, a postcard, an earring, a
ring, a key, a stamp, a lipstick, a pill box, a memory stick) or by the word before it ("ett
litet paket", "en lätt kartong"); the burden is a pallet jack, a fork-lift or a crane, two
or more people carrying or lifting it, "så tungt att", or a weight of twenty kilos or more.
One point towards an impossible claim when the burden is told in the answer that names the
light thing or the next, pointing back at it ("det", "den", "kuvertet") — and nothing heavy
of another kind is named there to be the burden ("ett kuvert och en diskmaskin").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import KILOS
from kundrost.adapters.offline.patterns import listed

_LIGHT = (
    "kuvert", "brev", "vykort", "örhäng", "halsband", "armband", "frimärk", "läppstift",
    "nyckel", "nycklar", "usb", "minneskort", "tepåse", "plåster", "tandborst", "ringen",
    "vigselring", "förlovningsring", "hårspänne", "nagellack", "visitkort", "biljett",
)  # fmt: skip
"""Stems of things no one needs help to lift, whatever is in them."""
_SMALL = listed("litet liten lätt lätta tunt tunn pyttelitet pytteliten minimalt")
_BOXES = ("paket", "kartong", "låda", "ask", "påse", "kuvert")
_HEAVY = (
    "diskmaskin", "tvättmaskin", "kylskåp", "frys", "soff", "säng", "möbel", "möbl", "cykel",
    "däck", "säck", "flak", "byrå", "skåp", "spis", "ugn", "bord", "fåtölj", "hylla",
    "garderob", "madrass", "gräsklippare", "element", "dörr", "fönster", "planka", "plankor",
    "virke", "cement", "jord", "ved", "kista", "kassaskåp", "piano", "släp", "båt", "motor",
    "kärra", "kärran",
)  # fmt: skip
"""Stems of things that may well need a jack or two people: the burden may be theirs."""
_HEAVY_WORDS = listed("tv tv:n teve pall pallen pallar bord bordet borden ugn ugnen")
_MACHINES = ("pallyft", "gaffeltruck", "truck", "lyftkran", "palldragare", "pirra")
_SO_HEAVY = re.compile(
    r"\b(?:det|den|de|dom) (?:var|blev|är) (?:så|jätte|otroligt|väldigt|sjukt) ?tun(?:gt|g|ga)\b"
)
"""Heavy said of the thing pointed back at ("eftersom det var så tungt"), not of a bag."""
_PEOPLE_CARRY = re.compile(
    r"\b(?:två|tre|fyra|fem) (?:killar|män|man|personer|tjejer|anställda|i personalen|av "
    r"personalen|stycken) (?:\w+ ){0,4}?(?:bar|bära|lyfte|lyfta|släpade|släpa|burit)\b"
)
_BACK = listed("det den dem")
_CUES = listed("pallyften pallyft truck trucken gaffeltrucken tungt tung tunga bar bära lyfte")


def _light(tokens: tuple[str, ...]) -> bool:
    """A thing told small or light: by its kind, or "litet" before a box."""
    for at, token in enumerate(tokens):
        if token.startswith(_LIGHT) or (len(token) > 6 and any(s in token for s in _LIGHT[:4])):
            return True
        if token in _SMALL and at + 1 < len(tokens) and tokens[at + 1].startswith(_BOXES):
            return True
    return False


def _heavy_named(tokens: tuple[str, ...]) -> bool:
    return not _HEAVY_WORDS.isdisjoint(tokens) or any(t.startswith(_HEAVY) for t in tokens)


def _burden(tokens: tuple[str, ...], text: str) -> bool:
    if any(token.startswith(_MACHINES) for token in tokens):
        return True
    if _SO_HEAVY.search(text) or _PEOPLE_CARRY.search(text):
        return True
    return any(
        token in KILOS and at and (tokens[at - 1].isdigit() or tokens[at - 1] in _TWENTY_UP)
        for at, token in enumerate(tokens)
    )


_TWENTY_UP = listed(
    "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio hundra tvåhundra trehundra"
)


def light_burden_points(evidence: Evidence) -> tuple[float, str]:
    """One point for a light thing told as a burden (module docstring), and its sentence."""
    if _CUES.isdisjoint(evidence.words):
        return 0.0, ""
    turns = evidence.reading.sentence_turns
    light_turn: int | None = None
    heavy_turns: set[int] = set()
    for index, tokens in enumerate(evidence.sentence_tokens):
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish:
            continue
        turn = turns[index]
        if _heavy_named(tokens):
            heavy_turns.add(turn)
        if _light(tokens):
            light_turn = turn
        if light_turn is None or turn - light_turn > 1 or _CUES.isdisjoint(tokens):
            continue
        if heavy_turns & {light_turn, turn} or _BACK.isdisjoint(tokens):
            continue
        if _burden(tokens, evidence.phrases[index]):
            return 1.0, evidence.reading.sentences[index]
    return 0.0, ""
