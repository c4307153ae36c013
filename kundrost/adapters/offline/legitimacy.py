"""Legitimacy: how far the account reads as a real customer's honest report of this visit.

Honest feedback is grounded: it names and judges things a visitor meets. grounding =
1 − e^(−referent points/2), the referent points of `specificity` (a judged department 1, a
product 0.8, a topic or place 0.6, a general word 0.25, passing mentions at 0.4), and

    legitimacy = (0.25 + 0.7 · grounding) · (0.5 + 0.5 · Swedish share of the speech)

so "allt var bra, trevlig personal" stays below 0.5 and a concrete account nears 0.95.
The flags then cap it: nonsense at 0.15, an impossible claim at 0.3, a contradicted fact or
an unlisted department at 0.45, generic content at 0.45. Offensive language costs 0.2, or
caps it at 0.3 when the customer named nothing in particular.
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


def grounding(evidence: Evidence) -> float:
    return 1 - math.exp(-referent_points(evidence) / 2)


def legitimacy(evidence: Evidence, flags: Iterable[ContentFlag]) -> float:
    ground = grounding(evidence)
    score = (0.25 + 0.7 * ground) * (0.5 + 0.5 * evidence.reading.swedish_share)
    kinds = {f.kind for f in flags if f.confidence >= DECISIVE or f.kind is FlagKind.OFFENSIVE}
    for kind in kinds:
        if kind in _CAPS:
            score = min(score, _CAPS[kind])
    if FlagKind.OFFENSIVE in kinds:
        score = min(score, 0.3) if ground < 0.5 else score - 0.2
    return score
