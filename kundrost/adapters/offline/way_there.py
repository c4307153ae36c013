"""Way there: how the customer came to the store, told two ways that make no one trip.

Read in sentences told of this visit (`visit_accounts.told`), one point each
(`visit_clashes`):

- coming by bus, train, tram, taxi or on foot and one's own car there ("parkerade", "fick
  leta parkering", "hittade en ruta till vår bil", "satte mig i bilen"); a car fetched from a
  workshop is driven home, so only a parking before going in counts beside it;
- the way there told by two means that cannot be one trip: cycling there and walking or
  riding a bus there ("vi cyklade dit" … "vi tog bussen dit"), or walking the whole way and
  riding ("promenerade dit hela vägen" … "tog spårvagnen dit"); not one way there and
  another home, a walk from the stop, nor another person's means in the same sentence.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import KIN, MY, NEGATED
from kundrost.adapters.offline.visit_accounts import told_sentences

_TRANSIT = re.compile(
    r"\b(?:(?:jag|vi) (?:tog|åkte|kom|reste)|(?:tog|åkte|kom|reste) (?:jag|vi))(?: med)? "
    r"(?:en )?(?:\w*buss\w*|tåg\w*|pendel\w*|spårvagn\w*|tunnelban\w*|taxi\w*)|"
    r"\b(?:jag|vi) (?:promenerade|gick dit|cyklade dit)\b"
)
_TRANSIT_STEMS = ("buss", "tåg", "pendel", "spårvagn", "tunnelban", "taxi", "promenerade", "dit")
_OWN_CAR = re.compile(
    r"\b(?:(?:jag|vi) parkerade|parkerade (?:jag|vi)|(?:jag|vi) körde (?:hem|dit|hit|till)|"
    r"körde (?:jag|vi) (?:hem|dit|hit|till)|(?:(?:jag|vi)(?: fick)?|fick (?:jag|vi)) "
    r"leta(?:de)? (?:efter )?(?:parkering|p-plats|en ruta)|(?:jag|vi) hittade (?:en )?"
    r"(?:ledig )?(?:parkering\w*|ruta|p-plats)|satte (?:(?:jag|vi) )?(?:mig|oss) i bilen|"
    r"(?:bagageluckan|baksätet) på (?:min|vår) bil|i (?:min|vår) (?:egen )?bil)\b"
)
_CAR_WORDS = listed("parkerade parkering körde ruta p-plats bilen bil")
_FETCHED_CAR = re.compile(r"\bhämta\w* (?:ut )?(?:bilen|min bil|vår bil)\b")
_PARKED_AND_IN = re.compile(r"\bparkerade (?:\w+ ){0,5}?och gick in\b")
_OTHER_CAR = re.compile(r"\b(?:lånade|hyrde|lånebil\w*|hyrbil\w*)\b")


def transit_yet_car(evidence: Evidence) -> float:
    """One point for coming by transit or on foot yet in one's own car."""
    if _CAR_WORDS.isdisjoint(evidence.words):
        return 0.0
    joined = " ".join(evidence.phrases)
    if not any(stem in joined for stem in _TRANSIT_STEMS) or _OTHER_CAR.search(joined):
        return 0.0
    said = list(told_sentences(evidence))
    if not any(_TRANSIT.search(text) for _, _, text in said):
        return 0.0
    fetched = _FETCHED_CAR.search(joined) is not None
    for _, tokens, text in said:
        if _CAR_WORDS.isdisjoint(tokens) or _TRANSIT.search(text):
            continue
        if any(t in MY and tokens[i + 1] in KIN for i, t in enumerate(tokens[:-1])):
            continue
        if fetched and _PARKED_AND_IN.search(text) is None:
            continue
        if _OWN_CAR.search(text) and NEGATED.isdisjoint(tokens):
            return 1.0
    return 0.0


_MEANS = (
    ("cykel", re.compile(r"\b(?:(?:jag|vi) cyklade|cyklade (?:jag|vi)) dit\b")),
    (
        "fots",
        re.compile(
            r"\b(?:(?:jag|vi) (?:promenerade|gick)|(?:promenerade|gick) (?:jag|vi)) dit\b|"
            r"\b(?:jag|vi) gick (?:\w+ )?till fots\b"
        ),
    ),
    (
        "åkte",
        re.compile(
            r"\b(?:(?:jag|vi) (?:tog|åkte)|(?:tog|åkte) (?:jag|vi)) (?:med )?(?:\w*buss\w*|"
            r"\w*tåg\w*|spårvagn\w*|tunnelban\w*|pendel\w*|taxi\w*) dit\b"
        ),
    ),
)
_WAY_THERE = listed("dit fots")
_APART = {frozenset(("cykel", "fots")), frozenset(("cykel", "åkte"))}
"""Means no trip there joins; walking and riding join unless the walk was the whole way."""


def two_ways_there(evidence: Evidence) -> float:
    """One point for the way there told by two means that make no one trip."""
    if _WAY_THERE.isdisjoint(evidence.words):
        return 0.0
    told_means: list[tuple[str, bool]] = []
    for _, tokens, text in told_sentences(evidence, _WAY_THERE):
        means = {name for name, pattern in _MEANS if pattern.search(text)}
        if len(means) != 1:
            continue
        (way,) = means
        whole = "hela" in tokens and "vägen" in tokens
        for other, other_whole in told_means:
            pair = frozenset((way, other))
            if pair in _APART or (pair == {"fots", "åkte"} and (whole or other_whole)):
                return 1.0
        told_means.append((way, whole))
    return 0.0
