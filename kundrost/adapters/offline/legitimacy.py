"""Legitimacy: how far the account reads as a real customer's honest report of this visit.

Honest feedback is grounded: it names and judges things a visitor meets, and asks for
something in particular. grounding = 1 − e^(−(referent points + requests)/2), with the
referent points of `specificity` (a judged department 1, a product 0.8, a topic or place
0.6, a general word 0.25, passing mentions at 0.4) and 0.5 per wish or suggestion about
something in particular (`actionability`), up to 1; and

    legitimacy = (0.25 + 0.7 · grounding) · (0.5 + 0.5 · Swedish share of the speech)

so "allt var bra, trevlig personal" stays below 0.5, one concrete fault with a fix for it
reaches 0.5, and a concrete account nears 0.95.
The flags then cap it: nonsense at 0.15, an impossible claim at 0.3, a contradicted fact or
an unlisted department at 0.45, generic content at 0.45. Offensive language costs 0.2, or
caps it at 0.3 when the customer named too little for the referents alone to ground it
halfway (referent points under 2·ln 2).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from kundrost.adapters.offline.evidence import Evidence
from kundrost.adapters.offline.specificity import referent_points
from kundrost.domain.analysis import ContentFlag, FlagKind

_CAPS = {
    FlagKind.NONSENSICAL: 0.15,
    FlagKind.IMPOSSIBLE_CLAIM: 0.3,
    FlagKind.CONTRADICTS_FACT: 0.45,
    FlagKind.UNKNOWN_DEPARTMENT: 0.45,
    FlagKind.GENERIC: 0.45,
}
DECISIVE = 0.7
REQUEST = 0.5
NAMED_LITTLE = 2 * math.log(2)
"""Referent points under which grounding by what was named alone stays below one half."""


def requests(evidence: Evidence) -> float:
    """0.5 per wish or suggestion about something in particular, up to 1."""
    found = 0
    for index, cues in enumerate(evidence.cues):
        if cues.actionable and (
            cues.refers_back or any(c.concrete for c in evidence.in_sentence(index))
        ):
            found += 1
    return min(1.0, REQUEST * found)


def legitimacy(evidence: Evidence, flags: Iterable[ContentFlag]) -> float:
    named = referent_points(evidence)
    ground = 1 - math.exp(-(named + requests(evidence)) / 2)
    score = (0.25 + 0.7 * ground) * (0.5 + 0.5 * evidence.reading.swedish_share)
    kinds = {f.kind for f in flags if f.confidence >= DECISIVE or f.kind is FlagKind.OFFENSIVE}
    for kind in kinds:
        if kind in _CAPS:
            score = min(score, _CAPS[kind])
    if FlagKind.OFFENSIVE in kinds:
        score = min(score, 0.3) if named < NAMED_LITTLE else score - 0.2
    return score
