"""Animal ages: an animal older than the oldest of its kind (`person_ages`).

The oldest known: a dog about 30 years, a cat 38, a horse 62, a rabbit 18. A bird, a fish or
a tortoise is left out (parrots pass 80, koi and tortoises a century). The age must be said
of the animal ("hunden är fyrtio år"), of a name given it in apposition ("min häst Stella",
"vår tax Sigge") anywhere in the call, or of "hon", "han" or "den" when the sentence before
named it last of the beings it names ("Vi köpte ett täcke till min häst Stella." "Hon är
åttiofem år").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.subjects import PERSON, kind_of_word

_KINDS = (
    (("hund", "tax", "taxen", "pudel", "valp", "terrier", "spaniel", "collie", "retriever",
      "labrador", "schäfer", "vovve"), 30),
    (("katt", "kisse", "kissen"), 38),
    (("häst", "ponny", "ponnyn", "sto", "stoet", "valack", "hingst", "islandshäst"), 62),
    (("kanin", "marsvin"), 18),
)  # fmt: skip
"""Stems of an animal's kind, and the most years any of that kind has lived."""
_AGED = re.compile(r"\b(\w+) (?:är|var|blir|blev|fyller|fyllde) (\w+) år\b")
_PRONOUNS = frozenset({"hon", "han", "den"})
_OWN = frozenset({"min", "mitt", "vår", "vårt", "hans", "hennes", "deras", "er", "ert"})


def _oldest(word: str) -> int | None:
    for stems, oldest in _KINDS:
        if word.startswith(stems) or word.endswith(stems):
            return oldest
    return None


def _named(evidence: Evidence, name: str) -> int | None:
    """The oldest of the kind a name was given in apposition: "min häst Stella"."""
    for tokens in evidence.sentence_tokens:
        for at in range(2, len(tokens)):
            if tokens[at] == name and tokens[at - 2] in _OWN:
                oldest = _oldest(tokens[at - 1])
                if oldest is not None:
                    return oldest
    return None


def _last_being(evidence: Evidence, tokens: tuple[str, ...]) -> int | None:
    """The oldest of the kind the last being named in `tokens` is, None for a person."""
    for at in range(len(tokens) - 1, -1, -1):
        word = tokens[at]
        oldest = _oldest(word)
        if oldest is not None:
            return oldest
        if kind_of_word(word) == PERSON and word not in _PRONOUNS:
            named = _named(evidence, word) if at and tokens[at - 1] not in _OWN else None
            if named is None and (at < 2 or tokens[at - 2] not in _OWN):
                return None
            if named is not None:
                return named
    return None


def animal_too_old(evidence: Evidence, index: int, tokens: tuple[str, ...]) -> bool:
    """Whether sentence `index` tells an animal older than any of its kind."""
    if "år" not in tokens:
        return False
    for found in _AGED.finditer(evidence.phrases[index]):
        age = word_value(found.group(2))
        if age is None or age <= 18:
            continue
        subject = found.group(1)
        oldest = _oldest(subject)
        if oldest is None and subject in _PRONOUNS:
            if index:
                oldest = _last_being(evidence, evidence.sentence_tokens[index - 1])
        elif oldest is None:
            oldest = _named(evidence, subject)
        if oldest is not None and age > oldest:
            return True
    return False
