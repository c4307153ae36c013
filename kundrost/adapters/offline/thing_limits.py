"""Thing limits: a measure no such thing can have, whatever the store.

`magnitudes` reads amounts against a visit and `physical_limits` against cars, bodies and
rooms; these read a measure against the kind of thing it is said of, each one point towards
an impossible claim:

- a drink stronger than its kind can be: beer, ale or cider above 70 % ("deras IPA håller
  åttio procent alkohol"; the strongest beers reach about 65), wine above 25 %, anything
  above 96 %;
- more than four people to a square metre sleeping, living or sitting ("stugan är fyra
  kvadratmeter och vi sov trettio personer där");
- a height of 150 metres or more said of a home, a tree, a ladder or a shelf, or of a thing
  on one's own house ("skorstenen på vår villa är åttahundra meter hög"; a mountain, a mast
  or a power station's chimney may be);
- a length of two metres or more lying or put in a drawer, a pocket, a bag or a wallet
  ("osthyveln är fyra meter lång och ligger i kökslådan"; a tape, a hose or cloth rolls or
  folds up), or of six metres or more on a home's table ("vi lade pusslet på köksbordet, och
  klart var det fjorton meter långt"), or of ten metres or more of a coat, hair, a beard,
  nails or a tail ("pälsen var fyrtio meter lång");
- more days than lie between two named weekdays ("helgen varade i nio dagar, från fredag
  till söndag");
- an insect as big as a mouse, a cat, a dog or a bird ("ett av bina var stor som en katt");
- shoes or boots in a size above 60 ("storlek nittiofyra i ridstövlar"; a horse's rug in
  size 155 is no shoe);
- a hundred or more jobs or customers seen to by one person alone within a morning, an hour
  or the time of a treatment ("sotade trehundra skorstenar på en förmiddag, alldeles
  ensam"), not over a day, a week or a year.

A feeling, a hypothetical, a joke, a wish and another store's account claim nothing. Each
reading is tried only when its words are said.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import Amount, word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.scale_limits import unlikely

_STRENGTH = re.compile(r"\b(\w+) procent(?: alkohol)?\b")
_BEERS = ("öl", "ipa", "lager", "ale", "porter", "stout", "pilsner", "cider", "bärs", "apa")
_WINES = ("vin", "vinet", "rosé", "champagne", "cava", "prosecco")
_STRONGEST = ((_BEERS, 70.0), (_WINES, 25.0))
STRONGEST_ANY = 96.0
_ALCOHOL = listed("alkohol procentig håller")

_PEOPLE = listed("personer människor pers")
_SQUARE = listed("kvadratmeter kvm")
MOST_TO_A_SQUARE = 4.0

_HIGH = listed("hög högt höga")
_HOME_THINGS = (
    "villa", "hus", "stuga", "stugan", "träd", "gran", "granen", "tall", "ek", "björk",
    "stege", "hylla", "bokhylla", "lampa", "dörr", "vägg", "tak", "garderob", "skåp",
)  # fmt: skip
_OWN_HOME = re.compile(r"\bpå (?:vår|min|mitt|vårt|deras|hans|hennes) (?:\w+)\b")
_TALL_PLACES = ("berg", "fjäll", "mast", "torn", "skyskrap", "kraftverk", "havet", "höjd", "flyg")
TALLEST_HOME = 150.0
"""Metres: no house, tree, ladder or shelf reaches it (the tallest tree is about 116)."""

_LONG = listed("lång långt långa")
_SMALL_PLACES = ("lådan", "kökslådan", "byrålådan", "fickan", "jackfickan", "handväskan",
                 "plånboken", "necessären", "väskan", "pennfodralet")  # fmt: skip
_LIES = listed("ligger låg lade la stoppade förvarar förvarade")
LONGEST_IN_A_DRAWER = 2.0
_HOME_TABLES = ("köksbordet", "soffbordet", "skrivbordet", "matbordet", "vardagsrumsbordet",
                "matsalsbordet")  # fmt: skip
LONGEST_ON_A_TABLE = 6.0
"""Metres: no table of a home is this long, so nothing rigid of this length lies on one."""
_FLEXIBLE = ("band", "bandet", "slang", "slangen", "kabel", "kabeln", "sladd", "sladden", "rep",
             "repet", "lina", "linan", "tråd", "tråden", "garn", "garnet", "tejp", "tejpen",
             "tyg", "tyget", "snöre", "snöret", "kedja", "kedjan", "hoprullad", "hoprullat",
             "ihopvikt", "ihopvikta", "rulle", "rullen")  # fmt: skip
"""What rolls or folds up: "måttbandet är fem meter långt och ligger i fickan"."""
_HAIR = ("pälsen", "päls", "håret", "hår", "skägget", "naglarna", "svansen", "manen", "luggen")
LONGEST_HAIR = 10.0
"""Metres: the longest hair ever grown is under six."""
_METRES = {"meter": 1.0, "m": 1.0, "centimeter": 0.01, "cm": 0.01, "kilometer": 1000.0}

_DAYS = {"måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5,
         "söndag": 6}  # fmt: skip
_SPAN = re.compile(r"\bfrån (\w+?)(?:en)? till (\w+?)(?:en)?\b")
_DAY_UNITS = {"dagar": 1.0, "dygn": 1.0, "nätter": 1.0, "veckor": 7.0}

_INSECTS = listed(
    "bi bin bina biet geting humla fluga flugan myra myran mygga myggan spindel spindeln skalbagge"
    " fjäril fjärilen"
)
_BIG_AS = re.compile(
    r"\bstor(?:t|a)? som (?:en|ett) (?:mus|råtta|katt|hund|kanin|fågel|duva|höna|kråka|häst|"
    r"fotboll|melon|bil)\b"
)
_SHOES = ("sko", "skor", "skorna", "stövlar", "stövlarna", "kängor", "kängorna", "sneakers",
          "ridstövlar", "gummistövlar", "tofflor", "sandaler")  # fmt: skip
_SIZE = re.compile(r"\bstorlek (\w+)\b")
LARGEST_SHOE = 60.0
_ALONE = listed("ensam ensamma")
_SHORT_SPANS = listed(
    "förmiddag förmiddagen eftermiddag eftermiddagen timme timmen minuter tiden kvart morgonen"
)
_LONG_SPANS = listed("dag dagen dagar vecka veckan veckor månad året år säsongen")
MOST_ALONE = 100.0

_CUES = (
    listed("procent") | _SQUARE | _HIGH | _LONG | listed("från storlek ensam ensamma") | _INSECTS
)
"""A sentence holds one of these before any limit is tried."""


def _too_strong(tokens: tuple[str, ...], text: str) -> bool:
    if "procent" not in tokens or _ALCOHOL.isdisjoint(tokens):
        return False
    for found in _STRENGTH.finditer(text):
        value = word_value(found.group(1))
        if value is None:
            continue
        if value > STRONGEST_ANY and value <= 100:
            return True
        for kinds, strongest in _STRONGEST:
            if value > strongest and any(t.endswith(kinds) for t in tokens):
                return True
    return False


def _crowded(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    if _SQUARE.isdisjoint(tokens):
        return False
    people = max((v for v, u in amounts if u in _PEOPLE), default=0.0)
    square = min((v for v, u in amounts if u in _SQUARE), default=0.0)
    return bool(people and square) and people / square > MOST_TO_A_SQUARE


def _metres(amounts: tuple[Amount, ...]) -> float:
    return max((v * _METRES[u] for v, u in amounts if u in _METRES), default=0.0)


def _tall_home(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    if _HIGH.isdisjoint(tokens) or _metres(amounts) < TALLEST_HOME:
        return False
    if any(t.startswith(_TALL_PLACES) for t in tokens):
        return False
    return bool(_OWN_HOME.search(text)) or any(t.startswith(_HOME_THINGS) for t in tokens[:3])


def _too_long(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    if _LONG.isdisjoint(tokens):
        return False
    metres = _metres(amounts)
    if metres >= LONGEST_HAIR and any(t in _HAIR for t in tokens[:4]):
        return True
    if _LIES.isdisjoint(tokens) or any(t.endswith(_FLEXIBLE) for t in tokens) or "inte" in tokens:
        return False
    small = metres >= LONGEST_IN_A_DRAWER and any(t.endswith(_SMALL_PLACES) for t in tokens)
    return small or (metres >= LONGEST_ON_A_TABLE and any(t.endswith(_HOME_TABLES) for t in tokens))


def _beyond_the_days(text: str, amounts: tuple[Amount, ...]) -> bool:
    if not any(u in _DAY_UNITS for _, u in amounts):
        return False
    found = _SPAN.search(text)
    if found is None or found.group(1) not in _DAYS or found.group(2) not in _DAYS:
        return False
    told = max((v * _DAY_UNITS[u] for v, u in amounts if u in _DAY_UNITS), default=0.0)
    between = (_DAYS[found.group(2)] - _DAYS[found.group(1)]) % 7 + 1
    return told > between and "veckor" not in text and "vecka" not in text


def _insect_as_big(tokens: tuple[str, ...], text: str) -> bool:
    return "som" in tokens and not _INSECTS.isdisjoint(tokens) and bool(_BIG_AS.search(text))


def _shoe_size(tokens: tuple[str, ...], text: str) -> bool:
    if "storlek" not in tokens or not any(t.endswith(_SHOES) for t in tokens):
        return False
    found = _SIZE.search(text)
    size = word_value(found.group(1)) if found else None
    return size is not None and LARGEST_SHOE < size < 1000


def _alone_beyond(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    """One person's hundred jobs in a short while: the count is said of things, not of a
    unit ("trehundra skorstenar", "trehundra andra kunder")."""
    if _ALONE.isdisjoint(tokens) or _SHORT_SPANS.isdisjoint(tokens):
        return False
    if not _LONG_SPANS.isdisjoint(tokens):
        return False
    return any(v >= MOST_ALONE and u not in _METRES and u not in _DAY_UNITS for v, u in amounts)


def thing_limit_points(evidence: Evidence) -> tuple[float, str]:
    """The points of the whole account (module docstring) and the first sentence."""
    points = 0.0
    first = ""
    for index, tokens, text in evidence.cued_sentences(_CUES):
        amounts = evidence.sentence_amounts[index]
        found = (
            _too_strong(tokens, text)
            + _crowded(tokens, amounts)
            + _tall_home(tokens, text, amounts)
            + _too_long(tokens, amounts)
            + _beyond_the_days(text, amounts)
            + _insect_as_big(tokens, text)
            + _shoe_size(tokens, text)
            + _alone_beyond(tokens, amounts)
        )
        if not found:
            continue
        cues = evidence.cues[index]
        conditional = tokens[:1] == ("om",)
        if felt(tokens) or unlikely(tokens, text) or cues.elsewhere or cues.wish or conditional:
            continue
        if found and not first:
            first = evidence.reading.sentences[index]
        points += found
    return float(points), first
