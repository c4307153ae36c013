"""Animals as people: an animal told doing, as routine, what only people can do — one point
of nonsense each.

`impossible_events` reads an animal doing a shop assistant's job ("hunden tog betalt");
this reads the acts of a customer's or anyone's life that need hands and letters: reading
something out or a text ("hästen läste upp schemat", "katten läste tidningen"), writing,
paying, booking or swishing, knitting or sewing, driving someone or a vehicle, voting, phoning.

Only when the animal is the act's subject: the animal right before the verb, or a few
words before with no clause between ("katten på hotellet körde oss"); "hunden fick en
vattenskål medan vi betalade" is the customer paying. Speaking, singing, dancing and
knowing the way are left out: parrots talk, birds sing, dogs dance on their hind legs and
horses know the round. "Läste av stämningen" is how a dog is praised, so reading needs a
text or "upp"/"högt". A child's play or what someone said ("lekte att", "sa att") and a
feeling are no account.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed

_ANIMAL = (
    r"(?:hund|katt|häst|ponny|ko|kor|kon|korna|kalv|gris|grisar|höns|höna|hönan|tupp|get|"
    r"får|fåren|kanin|marsvin|hamster|undulat|anka|ankor|gås|gäss|åsna|lama|alpacka|"
    r"hundar|katter|hästar|kaniner)(?:en|na|arna|orna|erna|et|n)?"
)
_HUMAN_ONLY = (
    r"(?:läste (?:upp|högt|tidningen|boken|menyn|schemat|kvittot|listan)|skrev|betalade|bokade|"
    r"swishade|stickade|sydde|körde (?:oss|mig|bilen|bussen|traktorn|hem)|röstade|ringde)"
)
_GAP = r"(?:(?!och |men |när |medan |som |att |så |då |jag |vi |han |hon |de |dom )\w+ ){0,3}?"
_ACTING = re.compile(r"\b" + _ANIMAL + r" " + _GAP + _HUMAN_ONLY + r"\b")
_REPORTED = re.compile(r"\b(?:sa|sade|säger|tror|trodde|låtsades|lekte|lekt|drömde) att\b")
_CUES = listed("läste skrev betalade bokade swishade stickade sydde körde röstade ringde")


def animal_as_person_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence telling an animal doing what only people do (module
    docstring), and the first such sentence."""
    points = 0.0
    first = ""
    for index, tokens, text in evidence.cued_sentences(_CUES):
        if _ACTING.search(text) is None or felt(tokens) or _REPORTED.search(text):
            continue
        if evidence.cues[index].wish:
            continue
        first = first or evidence.reading.sentences[index]
        points += 1.0
    return points, first
