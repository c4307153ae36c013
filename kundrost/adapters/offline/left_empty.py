"""Left empty: leaving without buying, yet goods told as bought on the same visit.

"gick därifrån tomhänt", "gick hem tomhänta", "utan att handla något" and goods told as got
("honungen jag köpte", "lådcykeln vi hyrde", "stegen jag lånade") in another sentence are one
point (`visit_clashes`): renting or borrowing is getting too. "nästan" is no leaving
empty-handed.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import OTHER_TIME
from kundrost.adapters.offline.visit_accounts import not_lived, told, told_sentences

_LEFT_EMPTY = re.compile(
    r"\b(?:gick|lämnade|åkte|kom) (?:därifrån|butiken|affären|hem|ut)(?: \w+)? "
    r"(?:tomhänta?|utan att (?:köpa|handla|hyra|låna|få) (?:något|någonting|nåt|ett dugg))\b"
)
_EMPTY_WORDS = listed("tomhänt tomhänta utan")
_BOUGHT = re.compile(
    r"\b\w+ (?:som )?(?:jag|vi) (?:köpte|hyrde|lånade)\b|"
    r"\b(?:jag|vi) (?:köpte|hyrde|lånade) (?!inte|ingen|inget)\w+"
)
_GOT_WORDS = listed("köpte hyrde lånade")
"""Goods got on the visit: bought, rented or borrowed ("lådcykeln vi hyrde")."""


def _lived_from(evidence: Evidence, index: int, start: int) -> bool:
    """Whether the leaving at `start` of sentence `index` is told of this visit: the sentence
    is (`told`), or its words from the leaving on are, after a plan that failed ("vi skulle
    hyra kanoter men alla var uthyrda, så vi gick därifrån tomhänta") in a sentence of no
    other visit ("förra gången")."""
    if told(evidence, index):
        return True
    if evidence.cues[index].elsewhere or evidence.cues[index].wish:
        return False
    text = evidence.phrases[index]
    rest = text[start:]
    if " men " not in text[:start] or OTHER_TIME.search(text) is not None:
        return False
    return not not_lived(tuple(rest.split()), rest)


def left_empty_yet_bought(evidence: Evidence) -> float:
    """One point for leaving empty-handed yet goods bought (module docstring)."""
    if _EMPTY_WORDS.isdisjoint(evidence.words) or _GOT_WORDS.isdisjoint(evidence.words):
        return 0.0
    said = list(told_sentences(evidence))
    left = {
        i
        for i, tokens in enumerate(evidence.sentence_tokens)
        if (found := _LEFT_EMPTY.search(evidence.phrases[i])) is not None
        and "nästan" not in tokens
        and _lived_from(evidence, i, found.start())
    }
    if not left:
        return 0.0
    return 1.0 if any(_BOUGHT.search(text) for i, _, text in said if i not in left) else 0.0
