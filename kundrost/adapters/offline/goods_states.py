"""Declared goods (`declared_states`): more pieces eaten than were bought ("köpte tre bullar" …
"vi var sex personer och alla åt två bullar var"), with nothing else at hand ("redan",
"hemma", "frysen"); goods sold out, gone or empty ("alla semlor var slutsålda",
"bananhyllan var helt tom"), and buying or picking the same goods — unless the call tells of
goods fetched or baked anew; none of some goods bought ("köpte ingen fisk"), and the goods or
their kind bought ("torsken jag köpte")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.state_reading import CHANGED, NEGATED, OTHER_TIME, REPORTED

_GONE = re.compile(
    r"\b(\w+) var (?:redan |alldeles )?(?:slutsålda|slutsåld|slutsålt)\b|"
    r"\b(\w+) var (?:helt|totalt|alldeles) (?:slut|tomma|tom|tomt)\b"
)
_CONTAINER_ENDS = ("hyllan", "hyllorna", "lådan", "korgen", "backen", "disken", "kylen")
_NOT_GOODS = listed(
    """det den de dom allt alla hyllan hyllorna butiken affären kylen disken det allting
    ingenting hela kön parkeringen kassan lådan korgen backen stället ni platsen"""
)
_RESTOCKED = re.compile(
    r"\b(?:hämtade|lagret|fyllde på|påfyllning|bakade (?:nya|fler|en ny)|ny sats|kom ut med|"
    r"tog fram|ställde fram|från lagret|fler i|nya i)\b"
)
_BOUGHT_OF = re.compile(
    r"\b(?:jag|vi) (?:köpte|valde|plockade)(?: ut| med| hem)? ((?:\w+ ){0,3}\w+)"
)
_INSTEAD = re.compile(r"\b(?:i stället|istället|annan|andra|annat|vanlig\w*|sort\w*|märke\w*)\b")
_BOUGHT_NONE = re.compile(
    r"\b(?:jag|vi) köpte (?:ingen|inget|inga|inte någon|inte något|inte några) (\w+)"
)
_BOUGHT_AS_OBJECT = re.compile(r"\b(\w+) (?:som )?(?:jag|vi) köpte\b")
_CATEGORY_HEADS = {
    "fisk": "Fisk och skaldjur", "skaldjur": "Fisk och skaldjur", "kött": "Kött och chark",
    "chark": "Kött och chark", "bröd": "Bröd och bakverk", "bakverk": "Bröd och bakverk",
    "frukt": "Frukt och grönt", "grönsaker": "Frukt och grönt", "godis": "Godis och snacks",
}  # fmt: skip


def _stem(noun: str) -> str | None:
    """The goods a noun names, as a stem: "bananhyllan" → "banan", "semlorna" → "seml"."""
    for end in _CONTAINER_ENDS:
        if noun.endswith(end) and len(noun) > len(end) + 2:
            noun = noun[: -len(end)]
            break
    if noun in _NOT_GOODS or len(noun) < 4:
        return None
    return noun[: max(4, len(noun) - 3)]


def _same_goods(stem: str, token: str) -> bool:
    if token.startswith(stem):
        return True
    head = _CATEGORY_HEADS.get(stem) or next(
        (kind for head, kind in _CATEGORY_HEADS.items() if head.startswith(stem)), None
    )
    return head is not None and PRODUCT_WORDS.lookup(token) == head


def _bought(text: str, stem: str) -> bool:
    if _INSTEAD.search(text) or REPORTED.search(text) or OTHER_TIME.search(text):
        return False
    for found in _BOUGHT_OF.finditer(text):
        words = found.group(1).split()
        if not NEGATED.isdisjoint(words[:1]):
            continue
        if any(_same_goods(stem, w) for w in words):
            return True
    return any(_same_goods(stem, f.group(1)) for f in _BOUGHT_AS_OBJECT.finditer(text))


def goods_points(evidence: Evidence, said: Sequence[int]) -> float:
    """Goods gone or not bought, and the same goods bought."""
    for index in said:
        text = evidence.phrases[index]
        found = [*_GONE.finditer(text), *_BOUGHT_NONE.finditer(text)]
        if not found or CHANGED.search(text) or OTHER_TIME.search(text):
            continue
        if " men " in f" {text} " or any(_RESTOCKED.search(evidence.phrases[i]) for i in said):
            continue
        for stem in filter(None, (_stem(f.group(1) or f.group(2) or "") for f in found)):
            if any(_bought(evidence.phrases[other], stem) for other in said if other != index):
                return 1.0
    return 0.0


ATE = listed("åt ätit käkade")
_EATERS = re.compile(r"\bvi var (\w+)\b|\b(\w+) (?:personer|pers|gäster|stycken)\b")
_BOUGHT_PIECES = re.compile(r"\b(?:jag|vi) köpte\b")
_MORE_AT_HAND = re.compile(
    r"\b(?:redan|hemma|frysen|kvar|sedan tidigare|sen tidigare|bakade|egna|också|även|extra|"
    r"andra butiken|fler)\b"
)
"""Goods that may have come from elsewhere than this purchase: "vi hade redan fyra hemma"."""


def pieces_points(evidence: Evidence, said: Sequence[int]) -> float:
    """More pieces eaten than were bought: "jag köpte tre bullar" … "vi var sex personer och
    alla åt två bullar var" — the same goods counted, what each ate times the people said,
    over twice what was bought, and nothing else at hand in the call."""
    if any(_MORE_AT_HAND.search(evidence.phrases[i]) for i in said):
        return 0.0
    bought: dict[str, float] = {}
    eaten: list[tuple[str, float]] = []
    for index in said:
        text = evidence.phrases[index]
        tokens = evidence.sentence_tokens[index]
        pieces = [
            (value, word)
            for value, word in evidence.sentence_amounts[index]
            if value >= 1 and PRODUCT_WORDS.lookup(word) is not None
        ]
        if not pieces or OTHER_TIME.search(text) or REPORTED.search(text):
            continue
        if not ATE.isdisjoint(tokens):
            counted = [word_value(m.group(1) or m.group(2)) for m in _EATERS.finditer(text)]
            people = max((c for c in counted if c is not None and c > 1), default=1.0)
            for value, word in pieces:
                at = tokens.index(word) if word in tokens else -1
                each = at >= 0 and tokens[at + 1 : at + 2] in (("var",), ("styck",))
                eaten.append((word, value * (people if each else 1.0)))
        elif _BOUGHT_PIECES.search(text):
            for value, word in pieces:
                stem = word[: max(4, len(word) - 3)]
                bought[stem] = bought.get(stem, 0.0) + value
    return float(
        any(
            word.startswith(stem) and ate > 2 * count
            for word, ate in eaten
            for stem, count in bought.items()
        )
    )
