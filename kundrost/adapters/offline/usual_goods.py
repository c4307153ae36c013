"""Usual goods: never buying a kind of goods, and buying it as usual on this visit.

"Pocketböcker handlar jag aldrig" … "jag köpte min vanliga pocket"; "kött köper jag aldrig
i gårdsbutiken" … "jag tog som vanligt två paket av deras korv". One point towards an
impossible claim (`claims`). The habit denied is the speaker's, now and whole ("köper
aldrig"), not one that has an exception ("annars", "förut", "nästan") or is of another place
("på nätet"); the purchase is the speaker's, told as usual ("som vanligt", "som jag alltid
gör", "min vanliga"), not another's ("min man köpte sin vanliga"). Goods are the same by a
stem of four letters, or by the kind that names their department ("kött" and "korv", of
"Kött och chark").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.state_reading import CHANGED

_NEVER_BUYS = re.compile(
    r"\b(?:jag|vi) (?:köper|handlar) aldrig (?P<x>\w+)|\b(?P<y>\w+) (?:köper|handlar) "
    r"(?:jag|vi) aldrig\b"
)
_EXCEPTED = re.compile(r"\b(?:annars|vanligtvis|normalt|egentligen|på nätet|online)\b")
_USUAL = re.compile(
    r"\b(?:(?:jag|vi) (?:\w+ )?(?:köpte|tog|handlade) (?:\w+ )?(?:min|mitt|mina|vår|vårt|"
    r"våra) vanliga|som vanligt (?:köpte|tog|handlade) (?:jag|vi)|(?:jag|vi) (?:köpte|tog|"
    r"handlade) som vanligt|(?:köpte|tog|handlade) (?:\w+ ){1,6}?som (?:jag|vi) alltid gör)\b"
)
_WORDS = listed("aldrig")
_USUAL_WORDS = listed("vanligt vanliga alltid")


def _kind(word: str) -> str | None:
    """The department a word names the kind of: "kött" is the kind of "Kött och chark"."""
    department = PRODUCT_WORDS.lookup(word)
    return department if department and department.lower().startswith(word) else None


def _same_goods(never: str, tokens: tuple[str, ...]) -> bool:
    kind = _kind(never)
    return any(
        (len(t) >= 4 and t[:4] == never[:4]) or (kind and PRODUCT_WORDS.lookup(t) == kind)
        for t in tokens
    )


def usual_goods_points(evidence: Evidence) -> float:
    if _WORDS.isdisjoint(evidence.words) or _USUAL_WORDS.isdisjoint(evidence.words):
        return 0.0
    never: list[tuple[int, str]] = []
    for index, text in enumerate(evidence.phrases):
        if "aldrig" not in evidence.sentence_tokens[index] or evidence.cues[index].elsewhere:
            continue
        if CHANGED.search(text) or _EXCEPTED.search(text):
            continue
        for found in _NEVER_BUYS.finditer(text):
            never.append((index, found.group("x") or found.group("y")))
    if not never:
        return 0.0
    for index, text in enumerate(evidence.phrases):
        tokens = evidence.sentence_tokens[index]
        if _USUAL_WORDS.isdisjoint(tokens) or evidence.cues[index].elsewhere:
            continue
        usual = _USUAL.search(text)
        if usual is None:
            continue
        told = tuple(text[usual.start() :].split())
        if any(i != index and _same_goods(goods, told) for i, goods in never):
            return 1.0
    return 0.0
