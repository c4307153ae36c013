"""Content flags: nonsense, impossible claims, unlisted departments, contradicted facts,
offensive language and generic content, each with its evidence and confidence.

Flags the fraud checks act on (nonsense, impossible, unknown department, contradicted fact)
are raised at 0.7 or more only when the evidence is clear, since at 0.7 the feedback is
fraudulent; `unlisted` tells when a department the store lacks counts. Offensive language —
slurs and insults (1 each) and swearing (0.5 each) — is flagged from 1 point (0.6, up to
0.95). Generic content is flagged (0.8) when the customer named fewer concrete details than
one department and one topic together (detail points under 1.5) and neither wished for nor
complained about anything in particular — a fault counts as a complaint ("fanns inte med i
listan"), and a wish that points back at a concrete sentence ("Ni borde lägga till dom")
counts as one about something in particular.
"""

from __future__ import annotations

from decimal import Decimal

from kundrost.adapters.offline.actionability import is_complaint
from kundrost.adapters.offline.claims import impossible_claim
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence import Evidence
from kundrost.adapters.offline.facts import contradicted_facts
from kundrost.adapters.offline.nonsense import nonsense_confidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.scores import unit
from kundrost.adapters.offline.specificity import detail_points
from kundrost.adapters.offline.surreal import surreal_content
from kundrost.adapters.offline.unlisted import unlisted_departments
from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.business_context import BaselineFact

_INSULTS = listed(
    """idiot idioter idioten idioterna idiotisk idiotiska hora horan horor fitta fittan kuk
    kuken mongo cp efterbliven efterblivna blatte blattar svartskalle svartskallar neger
    luder jävel jäveln dumjävel dumjävlar pucko puckon as aset kräk kräket fitthuvud
    fittor arsle arslet rövhål skitstövel skitstövlar"""
)
_SWEARING = listed(
    """fan jävla jävlar jävligt djävla helvete helvetes helvetet satan satans skit skiten
    käften knulla knull piss pisset"""
)
GENERIC_BELOW = 1.5
_GIBBERISH = "Påhittade ord, tangentbordsslag eller ord utan sammanhang."


def offensive(evidence: Evidence) -> ContentFlag | None:
    tokens = evidence.reading.tokens
    insults = [t for t in tokens if t in _INSULTS]
    swearing = [t for t in tokens if t in _SWEARING]
    points = len(insults) + 0.5 * len(swearing)
    if points < 1:
        return None
    words = ", ".join(dict.fromkeys(insults + swearing))
    evidence_text = f"Kränkande ord: {words}"[:500]
    return ContentFlag(FlagKind.OFFENSIVE, evidence_text, unit(0.5 + 0.1 * points))


def is_generic(evidence: Evidence) -> bool:
    if detail_points(evidence) >= GENERIC_BELOW:
        return False
    for index, cues in enumerate(evidence.cues):
        if cues.actionable and cues.refers_back:
            return False
        clauses = evidence.in_sentence(index)
        if any(c.concrete and (cues.actionable or is_complaint(c)) for c in clauses):
            return False
    return True


def content_flags(
    evidence: Evidence, store: StoreDepartments, facts: tuple[BaselineFact, ...]
) -> tuple[ContentFlag, ...]:
    flags: list[ContentFlag] = []
    gibberish = nonsense_confidence(evidence.reading)
    surreal = surreal_content(evidence, store)
    if gibberish is not None:
        flags.append(ContentFlag(FlagKind.NONSENSICAL, _GIBBERISH, gibberish))
    elif surreal is not None:
        confidence, said = surreal
        text = f"Overkligt innehåll: {said}"[:500]
        flags.append(ContentFlag(FlagKind.NONSENSICAL, text, confidence))
    impossible = impossible_claim(evidence)
    if impossible is not None:
        confidence, said = impossible
        flags.append(ContentFlag(FlagKind.IMPOSSIBLE_CLAIM, said[:500] or "-", confidence))
    flags += unlisted_departments(evidence, store)
    flags += contradicted_facts(evidence, facts)
    rude = offensive(evidence)
    if rude is not None:
        flags.append(rude)
    if gibberish is None and surreal is None and is_generic(evidence):
        flags.append(
            ContentFlag(FlagKind.GENERIC, "Inga konkreta detaljer om besöket.", Decimal("0.8"))
        )
    return tuple(flags)
