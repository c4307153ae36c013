"""Own years: the customer's age and a longer span of the customer's own doing.

"jag är tjugotvå år" … "jag har kört bil i fyrtio år" is one point (`told_counts`); read only
in a call saying "jag" and "år".
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value

_OWN_AGE = re.compile(r"\bjag är (?P<n>\w+) år\b|\bjag fyller (?P<m>\w+)\b")
_OWN_SPAN = re.compile(r"\bjag har (?:\w+ ){1,4}?i (?:över |snart |nästan )?(?P<n>\w+) år\b")


def older_doing_than_living(evidence: Evidence) -> bool:
    """Whether the customer's own doing is told longer than their age."""
    if "år" not in evidence.words or "jag" not in evidence.words:
        return False
    ages = [
        value
        for text in evidence.phrases
        for found in _OWN_AGE.finditer(text)
        if (value := word_value(found.group("n") or found.group("m"))) is not None
    ]
    if not ages:
        return False
    spans = [
        value
        for text in evidence.phrases
        for found in _OWN_SPAN.finditer(text)
        if (value := word_value(found.group("n"))) is not None
    ]
    return any(span > age for span in spans for age in ages)
