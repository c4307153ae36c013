"""Declared bodies (`declared_states`): bald, and having one's own hair cut or dyed; never sat
down or stood all visit, and sitting at a table; no use of either hand, and a deed of the hands
done oneself."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.state_reading import REPORTED, state_and_act

_BALD = re.compile(r"\b(?:jag|vi) (?:är|har varit|blev) (?:\w+ )?(?:flint)?skallig\b")
_OWN_HAIR = re.compile(
    r"\b(?:klippte|färgade|tunnade|permanentade|föntorkade|slingade|tvättade|lockade) (?:ur )?"
    r"(?:\w+ ){0,2}?(?:mitt|mina) (?:\w+ )?(?:hår|lockar|flätor)\b|\bmitt (?:\w+ )?hår\b"
)
_NEVER_SAT = re.compile(
    r"\b(?:vi|jag) (?:satte (?:oss|mig) aldrig|satt aldrig|satte (?:oss|mig) (?:inte|aldrig) "
    r"(?:ner )?(?:alls|en enda gång)|stod (?:upp )?hela (?:tiden|besöket))(?! \w* ?länge)"
)
_SAT = re.compile(
    r"\b(?:(?:vi|jag) satt (?!aldrig|inte)(?:\w+ ){0,2}?(?:vid|i|på|där|ner)|satt (?:vi|jag) "
    r"(?:vid|i|på|där)|(?:vi|jag) satte (?:oss|mig) (?:ner )?(?:vid|i|på))\b"
)

_NO_HANDS = re.compile(
    r"\bjag (?:har|hade) (?:\w+ )?gips på båda (?:armarna|händerna)\b"
    r"|\bjag har båda (?:armarna|händerna) i gips\b"
    r"|\bjag (?:\w+ ){0,8}?kan (?:inte|ej) (?:använda|röra) (?:båda |mina )?(?:händerna|armarna)"
    r" (?:alls|överhuvudtaget)\b"
)
_BY_HAND = (
    r"(?:slog in|knöt|lyfte|bar|klippte|skrev|stickade|sydde|målade|tejpade|sågade|skruvade"
    r"|spikade|vek|packade)"
)
_HAND_DEED = re.compile(
    rf"\bjag (?:\w+ ){{0,2}}?{_BY_HAND}(?! inte| aldrig)\b|\b{_BY_HAND} jag(?! inte| aldrig)\b"
)


def _hair_act(tokens: tuple[str, ...], text: str) -> bool:
    return _OWN_HAIR.search(text) is not None and not REPORTED.search(text)


def _hand_deed(tokens: tuple[str, ...], text: str) -> bool:
    return _HAND_DEED.search(text) is not None and not REPORTED.search(text)


def _never_sat(tokens: tuple[str, ...], text: str) -> bool:
    """Standing is the whole visit's, not the queue's ("stod upp hela tiden i kön")."""
    return not any(t.endswith(("kö", "kön")) for t in tokens)


def _sat(tokens: tuple[str, ...], text: str) -> bool:
    return _SAT.search(text) is not None and not REPORTED.search(text)


def bald_points(evidence: Evidence, said: Sequence[int]) -> float:
    """Bald declared, and one's own hair cut or dyed."""
    return state_and_act(evidence, said, _BALD, _hair_act)


def seated_points(evidence: Evidence, said: Sequence[int]) -> float:
    """Never sat down declared for the whole visit, and sitting at a table."""
    return state_and_act(evidence, said, _NEVER_SAT, _sat, _never_sat)


def hands_points(evidence: Evidence, said: Sequence[int]) -> float:
    """Both arms in plaster or no use of the hands at all declared ("jag har gips på båda
    armarna", "kan inte använda händerna alls"), and the speaker's own deed of the hands:
    "jag slog in alla sju paketen själv". One arm, a use that is only hard, or staff doing it
    for the speaker is no contradiction."""
    return state_and_act(evidence, said, _NO_HANDS, _hand_deed)
