"""Visit hours: one visit placed both early in the day and in the evening.

The visit placed in the morning or at lunch ("vi var där i morse", "jag gick dit på
lunchen") and in the evening ("när vi kom dit på kvällen") is one point (`visit_clashes`),
unless the later words tell of a second visit ("sen", "igen", "tillbaka", "hämtade") or of one
visit lasting ("kvar", "ända till kvällen").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.visit_accounts import told_sentences

_PLACED = re.compile(
    r"\b(?:(?:jag|vi) (?:var (?:där|dit|inne|på plats|i \w+)|kom (?:dit|in|fram|till)|"
    r"gick dit|åkte dit|stod vid)|(?:var|kom|gick|åkte) (?:jag|vi) (?:där|dit|in))\b"
)
_EARLY = re.compile(
    r"\b(?:i morse|i förmiddags|på förmiddagen|tidigt på morgonen|på morgonen|på lunchen|"
    r"mitt på dagen)\b"
)
_LATE = re.compile(r"\b(?:i kväll|i kvälls|på kvällen|sent på kvällen)\b")
_DAY_WORDS = listed("morse förmiddags förmiddagen morgonen lunchen dagen kväll kvälls kvällen")
_AGAIN = listed("sen senare igen tillbaka efteråt hämtade hämta gång kvar ända hela stannade")
"""A second visit ("igen", "hämtade"), or one visit lasting ("kvar", "ända till kvällen")."""
_EVENING_WORDS = listed("kväll kvälls kvällen")


def early_and_late(evidence: Evidence) -> float:
    """One point for the visit placed early and in the evening (module docstring)."""
    if _EVENING_WORDS.isdisjoint(evidence.words):
        return 0.0
    early = late = False
    for _, tokens, text in told_sentences(evidence, _DAY_WORDS):
        if _PLACED.search(text) is None:
            continue
        is_early, is_late = _EARLY.search(text), _LATE.search(text)
        if is_early and is_late:
            continue
        if is_late and early and _AGAIN.isdisjoint(tokens):
            return 1.0
        if is_early and late and _AGAIN.isdisjoint(tokens):
            return 1.0
        early, late = early or bool(is_early), late or bool(is_late)
    return 0.0
