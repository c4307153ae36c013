"""Bought looks: one thing bought told in two colours or two sizes.

"jag köpte en svart baddräkt" … "den röda baddräkten jag köpte"; "skorna jag hyrde var i
storlek fyrtiofyra" … "skorna i storlek fyrtiotvå som jag hyrde" is one point
(`visit_clashes`); the thing is the same by its stem ("färgen", "fasadfärg"). Not a thing
tried on against one bought ("provade" is no buying), two of a kind bought in one sentence,
with "också" or one for each of two people, nor a change ("bytte", "ångrade", "istället",
"förresten").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.visit_accounts import same_thing, told_sentences

_BUYING = listed("köpte valde hyrde beställde")
_BOUGHT_BY_US = re.compile(
    r"\b(?:(?:jag|vi) (?:köpte|valde|hyrde|beställde)|"
    r"(?:köpte|valde|hyrde|beställde) (?:jag|vi))\b"
)
_COLOURS = (
    ("röd", "rött", "röda"),
    ("svart", "svarta"),
    ("vit", "vitt", "vita"),
    ("blå", "blått", "blåa"),
    ("grön", "grönt", "gröna"),
    ("gul", "gult", "gula"),
    ("rosa",),
    ("grå", "grått", "gråa"),
    ("brun", "brunt", "bruna"),
    ("lila",),
    ("orange",),
    ("beige",),
    ("turkos",),
)
_SIZE = re.compile(r"\bstorlek (?P<n>\w+)\b")
_CHANGED_MIND = listed("bytte bytt byta ångrade istället förresten egentligen")
_ONE_MORE = listed("också även andra annan annat fler")
_FOR_SOMEONE = re.compile(
    r"\b(?:till|åt) (?:min|mitt|mina|vår|vårt|våra|hans|hennes|deras|\w*(?:sonen|dottern|"
    r"barnet|barnen|frun|mannen|pappa|mamma))\b"
)
"""One of a kind bought for each of two people: "en röd cykel till sonen", "en blå till
dottern"."""
_NOT_THING = listed("köpte valde hyrde beställde storlek")


@lru_cache(maxsize=8192)
def _colour(token: str) -> str:
    return next((forms[0] for forms in _COLOURS if token.endswith(forms)), "")


def _coloured(tokens: tuple[str, ...]) -> list[tuple[str, str]]:
    return [
        (colour, thing)
        for token, thing in pairwise(tokens)
        if (colour := _colour(token)) and len(thing) >= 3 and not _colour(thing)
    ]


def bought_two_ways(evidence: Evidence) -> float:
    """One point for a thing bought told in two colours or sizes (module docstring)."""
    if _BUYING.isdisjoint(evidence.words) or not _CHANGED_MIND.isdisjoint(evidence.words):
        return 0.0
    colours: list[tuple[str, str]] = []
    sizes: list[tuple[float, set[str]]] = []
    for _, tokens, text in told_sentences(evidence, _BUYING):
        if _BOUGHT_BY_US.search(text) is None or not _ONE_MORE.isdisjoint(tokens):
            continue
        if _FOR_SOMEONE.search(text):
            continue
        said = _coloured(tokens)
        if len({colour for colour, _ in said}) == 1:
            colour, thing = said[0]
            if any(c != colour and same_thing(t, thing) for c, t in colours):
                return 1.0
            colours.append(said[0])
        found = list(_SIZE.finditer(text))
        if len(found) == 1 and (size := word_value(found[0].group("n"))) is not None:
            things = {
                t for t in tokens if len(t) >= 4 and t not in _NOT_THING and word_value(t) is None
            }
            for other, named in sizes:
                if other != size and any(same_thing(a, b) for a in things for b in named):
                    return 1.0
            sizes.append((size, things))
    return 0.0
