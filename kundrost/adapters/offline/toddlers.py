"""Toddlers: a child under three told to read a book out loud.

No child of one or two reads; a parent who tells of one reading a picture book aloud tells a
visit that did not happen, one point towards an impossible claim. The child's age is said of
"han" or "hon", or of "min son", "vår dotter" and the like, right before "är" or "var" ("min
son, han är ett och ett halvt", "hon är två år", "han är arton månader"). The reader is that
"han" or "hon" (the child's word for it: "son" is "han"), the nearest person before "läste"
in the same or a later sentence, or "läste hon" after it; and the reading is aloud ("högt",
"läste upp", "läste … för Jonna"). Not a pretence or a likeness ("låtsades", "som om"), the
act denied, someone else's reading to the child ("hon läste högt för henne"), nor a child of
three or more, who may have begun.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import PERSON, kind_of_word

YOUNGEST_READER = 3.0
"""Years: no younger child reads a book aloud."""
_CHILD = {
    "son": "han", "pojke": "han", "grabb": "han", "sonson": "han", "dotterson": "han",
    "dotter": "hon", "flicka": "hon", "tjej": "hon", "sondotter": "hon", "dotterdotter": "hon",
}  # fmt: skip
_AGE = re.compile(
    r"\b(?:(?:min|vår|mitt|vårt) (\w+),? )?(han|hon)? ?(?:är|var) (\w+)( och (?:en|ett) halvt?)?"
    r"(?: (år|månader))?(?=[,.!?]|$| och\b| (?:gammal|gamla)\b)"
)
_OBJECT = {"han": "honom", "hon": "henne"}
_ALOUD = listed("högt upp för")
_PRETENDED = listed("låtsades låtsas lekte leker typ")
_NEGATED = listed("inte aldrig ej")
_CUES = frozenset({"läste"})


def _toddlers(sentence: str) -> set[str]:
    """The "han" or "hon" of each child under three whose age the sentence tells."""
    found: set[str] = set()
    for told in _AGE.finditer(sentence.casefold()):
        noun, pronoun, number, half, unit = told.groups()
        word = pronoun or _CHILD.get(noun or "")
        value = word_value(number)
        if word is None or value is None:
            continue
        years = (value + (0.5 if half else 0.0)) / (12.0 if unit == "månader" else 1.0)
        if 0 < years < YOUNGEST_READER:
            found.add(word)
    return found


def _reader(tokens: tuple[str, ...], at: int) -> str | None:
    """The person who "läste" at `at`: the nearest one before it, or "hon"/"han" right after."""
    if tokens[at + 1 : at + 2] in (("hon",), ("han",)):
        return tokens[at + 1]
    for token in reversed(tokens[:at]):
        if token in _CHILD:
            return _CHILD[token]
        if token in ("jag", "vi", "du", "ni", "de", "dom") or kind_of_word(token) == PERSON:
            return token
    return None


def toddler_points(evidence: Evidence) -> tuple[float, str]:
    """One point when a child under three reads aloud (module docstring), and the sentence."""
    if "läste" not in evidence.words:
        return 0.0, ""
    young: set[str] = set()
    for index, tokens in enumerate(evidence.sentence_tokens):
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish:
            continue
        young |= _toddlers(evidence.reading.sentences[index])
        if not young or "läste" not in tokens or not _PRETENDED.isdisjoint(tokens):
            continue
        for at, token in enumerate(tokens):
            if token != "läste":
                continue
            reader = _reader(tokens, at)
            after = tokens[at + 1 : at + 8]
            if reader not in young or not _NEGATED.isdisjoint(tokens[at + 1 : at + 3]):
                continue
            if _ALOUD.isdisjoint(after) or _OBJECT[reader] in after or "om" in after[:2]:
                continue
            return 1.0, evidence.reading.sentences[index]
    return 0.0, ""
