"""Discount scopes: a discount a fact bounds to some goods, told as got on others.

A fact that gives a percentage off some goods and bounds it ("Studenter får 10 % rabatt på
kurslitteratur …; rabatten gäller inte andra varor", "15 procent på verktyg, bara på
verktyg") is broken by a sentence in which the customer got that percentage on goods none of
whose words is the scope's, one of which the store keeps in another department than the scope's
("fick tio procent på ett brädspel", a game of "Spel och pussel" where course books are
"Beställning och kurslitteratur"), or on everything ("på allt"). A word is the scope's when
it shares its first four letters with a word of it ("kursböckerna" of "kurslitteratur") or
its head ("studentlitteraturen"); goods of no department the store names ("hudkrämen" of
"hudvård", "äpplena" of "frukt och grönt" may be members of the scope's kind), and a word
for goods in general ("varorna", "boken", "köpet"), break nothing.
Another percentage is another offer (a campaign's), and a sentence that denies, wishes,
supposes or asks claims nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

_OFF = re.compile(r"\b(\w+) ?(?:%|procent)(?: rabatt)? på ([^,;.]+)")
_BOUNDED = re.compile(
    r"\bgäller (?:inte|ej) (?:för |på )?andra\b|\b(?:bara|endast|enbart) (?:för |på )?\w+"
)
_SCOPE_ENDS = listed("mot för när om men under vid i med som")
_GOT = listed("fick gav drog drogs dras drar får blev")
_WAVERED = listed(
    """inte aldrig ingen inget ej ville vill skulle kunde kan borde vore om ifall hoppades
    trodde tror undrade undrar frågade"""
)
_GENERAL = listed(
    """vara varan varor varorna sak saken saker sakerna grej grejen grejer grejerna köp köpet
    köpen bok boken böcker böckerna den det dem hela mitt min mina ett en sitt sin sina"""
)
_EVERYTHING = listed("allt alla")
_CUT = listed("så men eftersom fast när och det")


@lru_cache(maxsize=256)
def bounded_discount(statement: str) -> tuple[float, tuple[str, ...]] | None:
    """The percentage and the scope's words of a discount the fact bounds, or None."""
    folded = statement.casefold()
    found = _OFF.search(folded)
    if found is None or _BOUNDED.search(folded) is None:
        return None
    share = word_value(found.group(1))
    scope: list[str] = []
    for word in found.group(2).split():
        if word in _SCOPE_ENDS:
            break
        if len(word) >= 4:
            scope.append(word)
    return (share, tuple(scope)) if share is not None and scope else None


def _in_scope(word: str, scope: tuple[str, ...]) -> bool:
    return any(word[:4] == part[:4] or part[-6:] in word for part in scope)


def scope_broken(
    bound: tuple[float, tuple[str, ...]],
    tokens: tuple[str, ...],
    department: Callable[[str], str | None],
) -> str | None:
    """The words of a sentence that tell the discount got outside its scope, if any;
    `department` is the store's department a word names."""
    share, scope = bound
    scoped = {found for part in scope if (found := department(part)) is not None}
    if _GOT.isdisjoint(tokens) or not _WAVERED.isdisjoint(tokens):
        return None
    for at, token in enumerate(tokens[:-2]):
        if tokens[at + 1] not in ("procent", "%") or word_value(token) != share:
            continue
        rest = tokens[at + 2 :]
        if rest[:1] == ("rabatt",):
            rest = rest[1:]
        if rest[:1] != ("på",):
            continue
        goods: list[str] = []
        for word in rest[1:7]:
            if word in _CUT and goods:
                break
            goods.append(word)
        if not _EVERYTHING.isdisjoint(goods[:1]):
            return " ".join(tokens[at : at + 4])
        named = [w for w in goods if len(w) >= 4 and w not in _GENERAL]
        if not named or not scoped or any(_in_scope(word, scope) for word in named):
            continue
        kept = {found for word in named if (found := department(word)) is not None}
        if kept and kept.isdisjoint(scoped):
            return " ".join((token, "procent på", *goods))
    return None
