"""Party counts: the whole party told by two counts.

"vi var fyra personer" … "eftersom vi bara var två" is one point (`told_counts`); not a part
of it ("vi var två som"), nor people joining or leaving, nor a change told at once ("vi var
två när vi kom, fyra när vi gick").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.count_words import CHANGED, JOINED, MORE_OF, SMALL_COUNTS
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.visit_accounts import told_sentences

_PARTY = re.compile(
    r"\bvi (?:bara |endast )?var (?:bara |endast )?(?P<n>\w+)(?: (?:personer|stycken|pers))?"
    r"(?=$| och| så| men| eftersom| när| \w+(?:ade|de|te)\b)"
)
"""The whole party told by its count ("vi var fyra personer och fick", "eftersom vi bara var
två delade vi"), not a part of it ("vi var två som", "vi var tre vuxna")."""


def party_told_twice(evidence: Evidence) -> bool:
    """Whether the whole party is told by two counts (module docstring)."""
    if "var" not in evidence.words or "vi" not in evidence.words:
        return False
    if SMALL_COUNTS.isdisjoint(evidence.words) or not CHANGED.isdisjoint(evidence.words):
        return False
    told_counts: set[float] = set()
    for _, _, text in told_sentences(evidence, frozenset(("vi",))):
        if JOINED.search(text) or MORE_OF.search(text):
            return False
        here = {
            value
            for found in _PARTY.finditer(text)
            if (value := word_value(found.group("n"))) is not None and value >= 2
        }
        if len(here) > 1:
            return False  # a change told at once: "vi var två när vi kom, fyra när vi gick"
        told_counts |= here
    return len(told_counts) > 1
