"""Shared counts: more handed out in equal shares than the call says there was.

A writer who tells of one bag of six buns, and then that five people shared them equally,
twelve each ("Vi delade lika på fem personer hemma, tolv var"), tells sixty of six. The
reading takes the share ("tolv var", "sex vardera", "tre bitar var och en"), the number it
is shared among in the same sentence ("delade på fem", "mellan fyra", "vi var sex", "fem
barn fick") and the goods the call counted up to there ("sex lussekatter", "en ask med tio
chokladbollar", "en kaka på åtta bitar"); one point towards an impossible claim when the
shares make more than the goods.

Only one kind of goods may be counted (a share of "bitar" is read against the pieces), and
a pack counted more than once without its contents ("två påsar") leaves the whole unknown,
as does more bought ("köpte tre till", "en till"); a count denied, wished or of another store
is no whole, nor is the share's own count ("två bullar var").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.count_words import MORE, MORE_OF
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import NO_UNIT, word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS

_SHARE = re.compile(r"\b(\w+) (?:(\w+) )?(?:vardera|var och en|per person|per barn|per näsa)\b")
_SHARE_ENDING = re.compile(r"\b(\w+) (?:(\w+) )?var$")
"""A share ending its clause ("tolv var, och det blev inte en över"), not "sex var sönder"."""
_PEOPLE = r"(?:personer|pers|barn|barnen|vänner|gäster|kompisar|kollegor|ungar|av oss)"
_AMONG = re.compile(
    r"\b(?:delade (?:\w+ )?(?:lika )?(?:på|mellan)|mellan|vi var|dom var|de var) (\w+)\b"
    rf"|\b(\w+) {_PEOPLE} (?:fick|åt|tog|delade)\b|\btill (\w+) {_PEOPLE}"
)
_NOT_GOODS = listed(
    """personer pers barn vänner gäster kompisar kollegor ungar gånger dagar veckor timmar
    minuter år kronor kr spänn procent kilo gram liter meter stycken st sorter sorters
    olika"""
)
_PIECES = listed("bitar bitarna skivor skivorna klyftor")
_PACKS = (
    "påse", "påsar", "ask", "askar", "asken", "paket", "låda", "lådor", "kartong", "burk",
    "förpackning", "kasse", "kassar", "back", "bricka", "brickor",
)  # fmt: skip
_CUES = listed("var vardera per")
_PLURALS = ("ar", "or", "er")
"""A counted word no lexicon knows is a thing only as a plural noun: "tjugo kolor"."""


def _kind(word: str) -> str | None:
    """The kind of a counted word: pieces, things by a stem of five letters ("kolor",
    "lussekatter"), or None for a pack, a measure, people or a word that is no noun."""
    if word in _PIECES:
        return "bitar"
    if word.startswith(_PACKS) or word in _NOT_GOODS or word in NO_UNIT or len(word) < 3:
        return None
    if not word.isalpha() or word_value(word) is not None:
        return None
    if PRODUCT_WORDS.lookup(word) is None and not word.endswith(_PLURALS):
        return None
    return word[:5]


def _share(clauses: list[tuple[str, ...]]) -> tuple[float, str] | None:
    """The share said in a sentence's clauses and its noun, if any: (12, "")."""
    for tokens in clauses:
        text = " ".join(tokens)
        found = _SHARE.search(text) or _SHARE_ENDING.search(text)
        if found is None:
            continue
        first, second = found.group(1), found.group(2)
        value = word_value(second) if second else None
        if value is not None:
            return value, ""
        value = word_value(first)
        if value is not None and value >= 2:
            return value, second or ""
    return None


def shared_count_points(evidence: Evidence) -> tuple[float, str]:
    """One point for shares beyond the goods counted (module docstring), and its sentence."""
    if _CUES.isdisjoint(evidence.words):
        return 0.0, ""
    shares = {
        index: share
        for index, tokens in enumerate(evidence.sentence_tokens)
        if not _CUES.isdisjoint(tokens)
        and (share := _share([c.clause.tokens for c in evidence.sentences[index]])) is not None
    }
    if not shares:
        return 0.0, ""  # no sentence shares anything out: nothing to weigh
    counts: dict[str, float] = {}
    unknown = False
    for index in range(len(evidence.sentence_tokens)):
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish:
            continue
        text = evidence.phrases[index]
        if MORE.search(text) or MORE_OF.search(text):
            return 0.0, ""
        share = shares.get(index)
        for value, unit in evidence.sentence_amounts[index]:
            if share is not None and (value, unit) == share:
                continue
            if unit.startswith(_PACKS) and value > 1:
                unknown = True
            kind = _kind(unit)
            if kind is not None:
                counts[kind] = counts.get(kind, 0.0) + value
        if unknown or not counts:
            continue
        among = _AMONG.search(text)
        people = word_value(among.group(1) or among.group(2) or among.group(3)) if among else None
        if share is None or people is None or people < 2:
            continue
        each, noun = share
        kind = _kind(noun) if noun else None
        if noun and kind not in counts:
            continue
        if kind is None and len(counts) != 1:
            continue
        whole = counts[kind] if kind is not None else next(iter(counts.values()))
        if each * people > whole:
            return 1.0, evidence.reading.sentences[index]
    return 0.0, ""
