"""Offensive language: slurs and insults (1 point each) and swearing (0.5 each).

From 1 point the call is flagged, with confidence 0.5 + 0.1 per point (up to 0.95): two
swear words are 0.6, an insult and two swear words 0.7. Offensive words describe nothing, so
they never make an observation specific.
"""

from __future__ import annotations

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.scores import unit
from kundrost.domain.analysis import ContentFlag, FlagKind

INSULTS = listed(
    """idiot idioter idioten idioterna idiotisk idiotiska hora horan horor fitta fittan kuk
    kuken mongo cp efterbliven efterblivna blatte blattar svartskalle svartskallar neger
    luder jävel jäveln dumjävel dumjävlar pucko puckon as aset kräk kräket fitthuvud
    fittor arsle arslet rövhål skitstövel skitstövlar"""
)
SWEARING = listed(
    """fan jävla jävlar jävligt djävla helvete helvetes helvetet satan satans skit skiten
    käften knulla knull piss pisset"""
)
OFFENSIVE = INSULTS | SWEARING


def offensive(evidence: Evidence) -> ContentFlag | None:
    """The flag for the call's slurs, insults and swearing; a call saying none of them is
    not read word by word."""
    if OFFENSIVE.isdisjoint(evidence.words):
        return None
    tokens = evidence.reading.tokens
    insults = [t for t in tokens if t in INSULTS]
    swearing = [t for t in tokens if t in SWEARING]
    points = len(insults) + 0.5 * len(swearing)
    if points < 1:
        return None
    words = ", ".join(dict.fromkeys(insults + swearing))
    evidence_text = f"Kränkande ord: {words}"[:500]
    return ContentFlag(FlagKind.OFFENSIVE, evidence_text, unit(0.5 + 0.1 * points))
