"""Returns a fact allows only within limits, told beyond them.

"Öppnat foder får lämnas tillbaka inom 30 dagar …, en säck per sort och kund" allows a return
within 30 days and of one sack; it is broken only by a return told beyond either ("lämnade
tillbaka tre säckar av samma sort", "fick lämna tillbaka fodret efter två månader", "… en
säck jag köpt för sex veckor sedan"), never by a return within them, a return refused or
asked about, nor by the thing or the animal merely named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.concepts import FactTerms
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

_ALLOWED = re.compile(
    r"\b(?:lämnas|tas|returneras|bytas|lämna|returnera) (?:\w+ )?tillbaka\b|\breturneras\b"
)
_WITHIN = re.compile(r"\binom (\w+) (dag|dagar|veckor|vecka|månad|månader)\b")
_PER = re.compile(r"\b(?:en|ett|högst (\w+)) (\w+) per (?:sort|kund|person|köp|hushåll)\b")
_DAYS = {"dag": 1, "dagar": 1, "vecka": 7, "veckor": 7, "månad": 30, "månader": 30, "år": 365}
_RETURNING = listed("lämnade lämnat lämnades tog tagit togs returnerade returnerat")
_NOT_THINGS = listed("får kan ska fick och som den det de")
_GENERIC = listed("varor varorna varan köp köpta produkter saker")
_AGO = listed("efter sedan senare gammal gamla")
_ASKED = listed("frågade frågar undrade undrar")
_NEAR = 5


def return_limits(part: str) -> tuple[float, float, str, str] | None:
    """(days, count, the counted thing's stem, the returned thing) a part allows a return
    within, 0 for no limit of that kind and "" for goods in general; None when the part
    allows no return."""
    allowed = _ALLOWED.search(part)
    if allowed is None:
        return None
    before = [t for t in re.findall(r"\w+", part[: allowed.start()]) if t not in _NOT_THINGS]
    thing = before[-1] if before and before[-1] not in _GENERIC else ""
    within = _WITHIN.search(part)
    days = 0.0
    if within is not None and (value := word_value(within.group(1))) is not None:
        days = value * _DAYS[within.group(2)]
    per = _PER.search(part)
    count, unit = 0.0, ""
    if per is not None:
        count = word_value(per.group(1)) or 0.0 if per.group(1) else 1.0
        unit = per.group(2)[:4]
    if not days and not count:
        return None
    return days, count, unit, thing


def _returned(tokens: Sequence[str]) -> int | None:
    """Where the clause tells a return done: "lämnade tillbaka", "tog de tillbaka"."""
    if "tillbaka" not in tokens or not _ASKED.isdisjoint(tokens):
        return None
    for at, token in enumerate(tokens):
        got_to = token == "lämna" and "fick" in tokens[:at]
        returning = token.startswith("returner")
        if (token in _RETURNING or got_to) and "tillbaka" in tokens[at + 1 : at + 6]:
            returning = True
        if returning:
            if any(t in NEGATIONS and t != "utan" for t in tokens[: at + 3]):
                return None
            return at
    return None


def _counted(tokens: Sequence[str], at: int, unit: str, count: float) -> str | None:
    """More of the counted thing than allowed, said as what was returned."""
    for index in range(at + 1, min(len(tokens) - 1, at + _NEAR + 1)):
        value = word_value(tokens[index])
        following = tokens[index + 1 : index + 3]
        if value is not None and value > count and any(t.startswith(unit) for t in following):
            return f"{tokens[index]} {next(t for t in following if t.startswith(unit))}"
    return None


def _late(tokens: Sequence[str], days: float) -> str | None:
    """A time since the purchase longer than allowed: "efter två månader", "för sex veckor
    sedan"."""
    if _AGO.isdisjoint(tokens):
        return None
    for index, token in enumerate(tokens[:-1]):
        value = word_value(token)
        unit = tokens[index + 1]
        if value is not None and unit in _DAYS and value * _DAYS[unit] > days:
            return f"{token} {unit}"
    return None


def return_broken(
    days: float, count: float, unit: str, named: bool, evidence: Evidence, index: int
) -> str | None:
    """A return told beyond what the fact allows (module docstring), of the thing the fact
    allows returned when it names one (`named`: the sentence names it)."""
    if not named:
        return None
    for clause in evidence.in_sentence(index):
        tokens = clause.clause.tokens
        at = _returned(tokens)
        if at is None:
            continue
        said = (_counted(tokens, at, unit, count) if count and unit else None) or (
            _late(tokens, days) if days else None
        )
        if said is not None:
            return said
    return None


def returned_named(thing: str, unit: str, terms: FactTerms, tokens: Sequence[str]) -> bool:
    """The sentence names what the fact allows returned ("fodret" of "öppnat foder", also by
    its counted unit, "säckarna"), or the fact allows any goods (`thing` "")."""
    if not thing:
        return True
    syncopated = thing[:-2] + thing[-1] if thing.endswith(("er", "el")) else thing
    return any(
        terms.lookup(t) or t.startswith((thing, syncopated)) or (unit and t.startswith(unit))
        for t in tokens
    )
