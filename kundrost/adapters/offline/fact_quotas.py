"""Quotas: how much of a thing one customer may get ("Kampanjen på kolor gäller högst två
påsar per kund", or a campaign's own "högst två säckar per kund"), and a customer who tells
getting more.

A part names a quota when it says "högst", "max" or "maximalt" a number of units "per kund"
(or person, hushåll). It is broken by a sentence that tells the customer buying or taking
more of those units (the unit's own word in any form: "fem påsar", "sex paket") — of the
campaign when the quota is a campaign's (the sentence names it: "på kampanjen",
"kampanjpriset"), else of the thing the quota names; not a wish, an attempt or a refusal
("ville ha fyra påsar men fick bara ta två"), nor anything denied, nor bought at the
ordinary price ("till ordinarie pris"), which no campaign limits. A campaign's quota is of
the campaign, said by its name's first word ("köpte fyra säckar Fjällhund") or as "på
kampanjen".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.lexicon import is_negated
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

_QUOTA = re.compile(
    r"\b(?:högst|max|maximalt|som mest) (\w+) (\w+) (?:per|för varje|/) "
    r"(?:kund|person|hushåll|medlem|köp)\b"
)
_GOT = listed("köpte köpt handlade tog fick plockade beställde hämtade")
_SUPPOSED = listed("ville vill försökte skulle kunde bara om ifall")
_ORDINARY = ("ordinari", "fullpris", "vanligt pris", "vanliga priset")
_CAMPAIGN = "kampanj"


def quota_of(part: str, tokens: Sequence[str]) -> tuple[float, str, tuple[str, ...]] | None:
    """The most units one customer may get, the unit's stem and the stems of what the quota
    is of ("kampanj" for a campaign's; "kol" of "kolor"), or None."""
    found = _QUOTA.search(part)
    if found is None:
        return None
    most = word_value(found.group(1))
    if most is None or most <= 0:
        return None
    unit = found.group(2)
    if _CAMPAIGN in part:
        return most, _unit_stem(unit), (_CAMPAIGN,)
    before = [t for t in tokens[: tokens.index(found.group(1))] if len(t) > 3]
    return most, _unit_stem(unit), tuple(t[: max(3, len(t) - 2)] for t in before[-1:])


def campaign_quota(name: str, description: str) -> tuple[float, str, tuple[str, ...]] | None:
    """The quota a campaign's own words set, of the campaign: the stems either of which a
    sentence must hold (its name's first word, "kampanj")."""
    text = f"{name}. {description}".casefold()
    found = _QUOTA.search(text)
    if found is None:
        return None
    most = word_value(found.group(1))
    if most is None or most <= 0:
        return None
    first = next((w for w in re.findall(r"\w+", name.casefold()) if len(w) > 3), "")
    return most, _unit_stem(found.group(2)), (first[: max(4, len(first) - 2)], _CAMPAIGN)


def _unit_stem(unit: str) -> str:
    """A unit's stem, short enough for its inflections: "pås" of "påsar", "paket"."""
    for ending in ("ar", "or", "er"):
        if unit.endswith(ending) and len(unit) - len(ending) >= 3:
            return unit[: -len(ending)]
    return unit


def over_quota(
    most: float,
    unit: str,
    of: Sequence[str],
    tokens: Sequence[str],
    phrase: str,
    either: bool = False,
) -> str | None:
    """More than `most` units told got in one sentence, as words, or None; the sentence holds
    every stem of `of`, or with `either` one of them."""
    got = [i for i, t in enumerate(tokens) if t in _GOT]
    if not got or any(is_negated(tokens, i) or "inte" in tokens[i + 1 : i + 3] for i in got):
        return None
    if not _SUPPOSED.isdisjoint(tokens) or any(word in phrase for word in _ORDINARY):
        return None
    held = [any(t.startswith(stem) or stem in t for t in tokens) for stem in of if stem]
    if not (any(held) if either else all(held)):
        return None
    for at in range(len(tokens) - 1):
        value, noun = word_value(tokens[at]), tokens[at + 1]
        if value is None or value <= most or (at and tokens[at - 1] in _PRICED):
            continue
        if noun.startswith(unit) and noun[len(unit) :] in _COUNTED:
            return f"{value:g} {noun}"
    return None


_PRICED = listed("för à á")
"""A number after these is a price ("för hundrafyrtionio kilot"), not a count."""
_COUNTED = frozenset({"", "ar", "or", "er", "r", "n"})
"""The endings of a unit counted ("fem påsar", "tre paket", "två kilo"); a definite form is
a price per unit ("149 kronor kilot")."""
