"""Declared power cuts (`declared_states`): a power cut in the whole store with no power back,
and paying by card or at a scanner, or lit displays."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.state_reading import OTHER_TIME

_POWER_CUT = re.compile(
    r"\b(?:strömavbrott|strömlöst|elavbrott|strömmen (?:var borta|gick)|kolsvart)\b"
)
_WHOLE = re.compile(r"\b(?:hela|alla|ingen|inga|inget|allt)\b")
_POWER_BACK = re.compile(
    r"\b(?:tillbaka|kom igång|igång|en stund|kort stund|en kort|några minuter|igen|sen|efter|"
    r"tills|reservkraft\w*)\b"
)
_POWERED = re.compile(
    r"\bbetalade (?:\w+ ){0,2}?(?:med (?:kort\w*|swish|mobilen)|i (?:självscanning\w*|"
    r"självkass\w*|självutcheckning\w*))|\bblippade\b|\b(?:montrar|lampor|lamporna|skyltar)\w* "
    r"lyste\b|\blyste (?:så )?(?:fint|starkt|klart)\b"
)


def power_points(evidence: Evidence, said: Sequence[int]) -> float:
    texts = [evidence.phrases[i] for i in said if not OTHER_TIME.search(evidence.phrases[i])]
    cut = any(_POWER_CUT.search(t) and _WHOLE.search(t) for t in texts)
    if not cut or any(_POWER_BACK.search(t) for t in texts if _POWER_CUT.search(t)):
        return 0.0
    if any("ström" in t and _POWER_BACK.search(t) for t in texts):
        return 0.0
    return 1.0 if any(_POWERED.search(t) for t in texts if not _POWER_CUT.search(t)) else 0.0
