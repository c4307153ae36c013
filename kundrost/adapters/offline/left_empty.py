"""Left empty: leaving without buying, yet goods told as bought on the same visit.

"gick därifrån tomhänt", "utan att handla något" and goods told as bought ("honungen jag
köpte") in another sentence are one point (`visit_clashes`); "nästan" is no leaving
empty-handed.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.visit_accounts import told_sentences

_LEFT_EMPTY = re.compile(
    r"\b(?:gick|lämnade|åkte|kom) (?:därifrån|butiken|affären|hem|ut)(?: \w+)? "
    r"(?:tomhänt|utan att (?:köpa|handla) (?:något|någonting|nåt|ett dugg))\b"
)
_EMPTY_WORDS = listed("tomhänt utan")
_BOUGHT = re.compile(
    r"\b\w+ (?:som )?(?:jag|vi) köpte\b|\b(?:jag|vi) köpte (?!inte|ingen|inget)\w+"
)


def left_empty_yet_bought(evidence: Evidence) -> float:
    """One point for leaving empty-handed yet goods bought (module docstring)."""
    if _EMPTY_WORDS.isdisjoint(evidence.words) or "köpte" not in evidence.words:
        return 0.0
    said = list(told_sentences(evidence))
    left = {i for i, tokens, text in said if _LEFT_EMPTY.search(text) and "nästan" not in tokens}
    if not left:
        return 0.0
    return 1.0 if any(_BOUGHT.search(text) for i, _, text in said if i not in left) else 0.0
