"""Declared company (`declared_states`): shopping alone ("handlade helt ensam", "ingen var med
mig", "gick dit helt själv"), and a companion choosing, taking, sharing or paying for goods in
the store."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import KIN, MY, NEGATED, REPORTED, state_and_act

_ALONE = re.compile(
    r"\b(?:handlade (?:helt |alldeles )?(?:ensam|själv)|ingen (?:var|följde) med mig|"
    r"jag var där (?:helt )?(?:ensam|själv)|(?:jag )?kom (?:dit )?(?:helt )?ensam|"
    r"(?:jag )?(?:gick|åkte) dit (?:helt |alldeles )?(?:ensam|själv))\b"
)
_COMPANION_ACTS = listed(
    """valde plockade tog betalade provade hämtade smakade bar pekade frågade lade
    lastade delade"""
)
_AWAY = re.compile(r"\b(?:hemma|ringde|bad|sa åt|skickade|hade sagt|bett|lista)\b")
_MET = re.compile(r"\b(?:träffade|mötte|stötte på|råkade|kom dit|anslöt|dök upp)\b")


def _companion_acted(tokens: tuple[str, ...], text: str) -> bool:
    if _AWAY.search(text) or REPORTED.search(text):
        return False
    for index, token in enumerate(tokens[:-1]):
        if token in MY and tokens[index + 1] in KIN:
            after = tokens[index + 2 : index + 5]
            if not _COMPANION_ACTS.isdisjoint(after) and NEGATED.isdisjoint(after):
                return True
    return False


def alone_points(evidence: Evidence, said: Sequence[int]) -> float:
    if any(_MET.search(evidence.phrases[i]) for i in said):
        return 0.0
    return state_and_act(evidence, said, _ALONE, _companion_acted)
