"""Body limits: what no body does, whatever the store, each one point towards an impossible
claim. `scale_limits` reads them in the sentences it reads, past hedges, feelings, wishes and
other stores:

- breath held for half an hour or more ("höll andan i tre timmar"), or falling asleep and
  sleeping on for two days or more ("somnade i relaxen och sov där i fyra månader");
- sitting or bathing in a sauna of 150 degrees or more (a sauna is kept below 120; an oven
  beside which one sits is no sauna);
- a jump five metres or more straight up, with no trampoline or pole ("hoppade tolv meter
  rakt upp"; the high jump's record is under two and a half);
- lifting a car or a bus by hand ("lyfte upp min bil med ena handen"; a car lift is a lift);
- growing or shrinking five centimetres or more after a visit ("efter passet var jag tjugo
  centimeter längre"; not a child grown "sedan i våras");
- a kilo or more worn on a finger, a toe, an ear or a nose ("väger fem kilo och sitter
  bekvämt på fingret").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.numbers import Amount, word_value
from kundrost.adapters.offline.patterns import listed

_MINUTES = {"minut": 1.0, "minuter": 1.0, "minuten": 1.0, "kvart": 15.0, "timme": 60.0,
            "timmar": 60.0, "timmen": 60.0, "dygn": 1440.0, "dygnet": 1440.0, "dagar": 1440.0,
            "veckor": 10080.0, "månad": 43200.0, "månader": 43200.0}  # fmt: skip
_BREATH = re.compile(r"\bhöll (?:\w+ )?andan\b")
LONGEST_BREATH = 30.0
"""Minutes: a free diver's record is about 24."""
_SLEPT = listed("somnade")
LONGEST_SLEEP = 2880.0
"""Minutes: two days of sleep on end, after falling asleep at a visit."""
_SAUNA = ("bastu",)
_IN_IT = listed("satt sitter satte låg ligger badade badar")
HOTTEST_SAUNA = 150.0
_DEGREES = listed("grader grad")
_JUMPED = re.compile(r"\bhoppade (?:jag |han |hon |vi )?(\w+) meter (?:rakt )?upp\b")
_SPRUNG = ("studsmatt", "trampolin", "stav")
HIGHEST_JUMP = 5.0
_LIFTED_CAR = re.compile(
    r"\blyfte (?:upp )?(?:\w+ )?(?:bil|bilen|bussen|lastbilen|traktorn) med (?:ena |en |båda )?"
    r"(?:handen|händerna|hand)\b"
)
_GREW = re.compile(
    r"\b(?:(?:jag|han|hon) (?:var|blev)|(?:var|blev) (?:jag|han|hon)) (\w+) (?:centimeter|cm) "
    r"(?:längre|kortare)\b"
)
_SINCE = listed("sedan sen år året våras hösten sommaren vintern månader veckor")
MOST_GROWN = 5.0
"""Centimetres: a body stretched or rested changes by one or two in a day."""
_WORN = re.compile(r"\b(?:på (?:fingret|tån|tårna)|i (?:örat|öronen|näsan))\b")
_KILOS = {"kilo": 1.0, "kg": 1.0, "ton": 1000.0}
BODY_CUES = listed("andan somnade grad grader hoppade lyfte längre kortare") | frozenset(_KILOS)
"""A sentence holds one of these before any body limit is tried."""


def _minutes(amounts: tuple[Amount, ...]) -> float | None:
    return next((v * _MINUTES[u] for v, u in amounts if u in _MINUTES), None)


def _held_too_long(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    if "andan" in tokens and _BREATH.search(text):
        held = _minutes(amounts)
        return held is not None and held >= LONGEST_BREATH
    if not _SLEPT.isdisjoint(tokens) and "sov" in tokens:
        slept = _minutes(amounts)
        return slept is not None and slept >= LONGEST_SLEEP
    return False


def _sauna_jump_or_lift(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    sauna = any(t.startswith(_SAUNA) for t in tokens) and not _IN_IT.isdisjoint(tokens)
    if sauna and any(v >= HOTTEST_SAUNA for v, u in amounts if u in _DEGREES):
        return True
    if "hoppade" in tokens and not any(t.startswith(_SPRUNG) for t in tokens):
        found = _JUMPED.search(text)
        height = word_value(found.group(1)) if found else None
        if height is not None and height >= HIGHEST_JUMP:
            return True
    return "lyfte" in tokens and _LIFTED_CAR.search(text) is not None


def _grown_or_worn(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    if "efter" in tokens and _SINCE.isdisjoint(tokens):
        found = _GREW.search(text)
        grown = word_value(found.group(1)) if found else None
        if grown is not None and grown >= MOST_GROWN:
            return True
    worn = any(v * _KILOS[u] >= 1 for v, u in amounts if u in _KILOS)
    return worn and _WORN.search(text) is not None


def body_limit(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> int:
    """How many of the limits (module docstring) one sentence goes beyond."""
    return (
        _held_too_long(tokens, text, amounts)
        + _sauna_jump_or_lift(tokens, text, amounts)
        + _grown_or_worn(tokens, text, amounts)
    )
