"""Declared company (`declared_states`): shopping alone ("handlade helt ensam", "ingen var med
mig", "gick dit helt själv", "jag hade ingen med mig"), and a companion choosing, taking,
sharing or paying for goods in the store, acting with the speaker ("min sambo och jag höll i",
"jag och min man simmade"), or told as there ("min fru som stod bredvid tyckte …", whatever
they thought); a companion by a compound's head ("träningskompis") too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import (
    KIN,
    MY,
    NEGATED,
    OTHER_TIME,
    REPORTED,
    state_and_act,
)

_ALONE = re.compile(
    r"\b(?:handlade (?:helt |alldeles )?(?:ensam|själv)|ingen (?:var|följde) med mig|"
    r"jag hade ingen med mig|"
    r"jag var där (?:helt )?(?:ensam|själv|på egen hand)|(?:jag )?kom (?:dit )?(?:helt )?ensam|"
    r"(?:jag )?(?:gick|åkte) dit (?:helt |alldeles )?(?:ensam|själv))\b"
)
_ALONE_NEEDS = (listed("handlade ingen där kom gick åkte"), listed("ensam själv mig egen"))
"""Every phrase of `_ALONE` holds a word of each."""
_COMPANION_ACTS = listed(
    """valde plockade tog betalade provade hämtade smakade bar pekade frågade lade
    lastade delade"""
)
_AWAY = re.compile(r"\b(?:hemma|ringde|bad|sa åt|skickade|hade sagt|bett|lista)\b")
_MET = re.compile(
    r"\b(?:träffade|mötte|stötte på|råkade|(?<!jag )(?<!vi )kom dit|anslöt|dök upp)\b"
)
"""Someone met there, or who came there ("min bror kom dit"; not the customer's own "jag kom
dit ensam")."""
_MET_WORDS = listed("träffade mötte stötte råkade kom anslöt dök")
"""Every phrase of `_MET` opens with one of these."""


_BESIDE = re.compile(
    r"^(?:som )?(?:stod|satt|gick|var|låg) (?:(?:på|vid|i) \w+ )?(?:bredvid|med|där|vid sidan)\b"
)
"""A companion told as there ("min fru som stod bredvid"), whatever they thought of it."""
_WITH_ME = re.compile(r"^och (?:jag|vi) \w+")
"""A companion acting with the speaker: "min sambo och jag höll i"."""
_DID = re.compile(r"^\w+(?:ade|de|te)$")
"""A verb in the past after "jag och min man": the two did it together."""
LONG_KIN = tuple(word for word in KIN if len(word) >= 5)


def _companion(token: str) -> bool:
    """Kin or a companion by a compound's head: "träningskompis", "klasskompis"."""
    return token in KIN or token.endswith(LONG_KIN)


def _companion_acted(tokens: tuple[str, ...], text: str) -> bool:
    if _AWAY.search(text) or OTHER_TIME.search(text):
        return False
    reported = REPORTED.search(text) is not None
    for index, token in enumerate(tokens[:-1]):
        if token in MY and _companion(tokens[index + 1]):
            after = tokens[index + 2 : index + 5]
            if not NEGATED.isdisjoint(after):
                continue
            if _BESIDE.search(" ".join(tokens[index + 2 : index + 7])):
                return True
            if reported:
                continue
            if _WITH_ME.search(" ".join(after)) or not _COMPANION_ACTS.isdisjoint(after):
                return True
            if tokens[index - 2 : index] == ("jag", "och") and (
                _DID.search(" ".join(after[:1])) or not _COMPANION_ACTS.isdisjoint(after[:1])
            ):
                return True
    return False


def alone_points(evidence: Evidence, said: Sequence[int]) -> float:
    if not _MET_WORDS.isdisjoint(evidence.words) and any(
        _MET.search(evidence.phrases[i]) for i in said
    ):
        return 0.0
    return state_and_act(evidence, said, _ALONE, _companion_acted, needs=_ALONE_NEEDS)
