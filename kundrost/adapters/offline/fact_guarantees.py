"""Price-drop refunds with exceptions: "Sänks priset inom 60 dagar betalar vi tillbaka
mellanskillnaden, utom på fyndvaror och utställningsexemplar".

A fact that refunds the difference when a price drops, except on some goods, is broken by a
clause telling the difference got back ("fick tillbaka mellanskillnaden", "betalade
tillbaka skillnaden"), not denied, in a sentence naming one of the excepted goods by its
word or a compound sharing its first element ("utställningsbadkaret" of
"utställningsexemplar"). A refused refund is not read: whether it fell within the days is
not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed

_REFUND = re.compile(r"\bmellanskillnad")
_EXCEPT = re.compile(r"\b(?:utom|men inte|dock inte) (?:på|för) (?P<things>[^.;]+)")
_SPLIT = re.compile(r"\s+(?:och|eller)\s+|,\s*")
_DIFFERENCE = listed("mellanskillnaden mellanskillnad skillnaden")
_GOT = listed("fick betalade gav")
_REFUSED = listed("vägrade ville nekade")
SHARED = 7
"""Letters a compound shares with an excepted word to name the same goods."""


def refund_exceptions(statement: str) -> tuple[str, ...]:
    """The goods a price-drop refund is not given on, or () when the fact is none."""
    if _REFUND.search(statement) is None:
        return ()
    found: list[str] = []
    for match in _EXCEPT.finditer(statement):
        for thing in _SPLIT.split(match.group("things")):
            words = thing.split()
            if words:
                found.append(words[-1])
    return tuple(found)


def _names(token: str, excepted: str) -> bool:
    return token == excepted or (len(token) >= SHARED and excepted[:SHARED] == token[:SHARED])


def excepted_refund(
    exceptions: tuple[str, ...], clauses: Iterable[Sequence[str]], sentence: Sequence[str]
) -> str | None:
    """The words telling the difference refunded on excepted goods, or None."""
    named = next((t for t in sentence for e in exceptions if _names(t, e)), None)
    if named is None:
        return None
    for tokens in clauses:
        if (
            "tillbaka" in tokens
            and not _DIFFERENCE.isdisjoint(tokens)
            and not _GOT.isdisjoint(tokens)
            and NEGATIONS.isdisjoint(tokens)
            and _REFUSED.isdisjoint(tokens)
        ):
            return f"{named} … tillbaka mellanskillnaden"
    return None
