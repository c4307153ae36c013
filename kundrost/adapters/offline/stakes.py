"""Reach and stakes: how far the customer's problem goes and what it costs.

Reach, read over this store's sentences once a problem is reported:

- systemic: it sits in a price, a process or a fixture and so meets every customer — a price
  said twice with two different amounts (the shelf or campaign against the till), the till or
  a "system" that has not got a price in, a cooler, freezer, card reader or scanner at fault,
  or words for everyone ("alla som", "varenda kund", "vem som helst", "hela veckan", "i
  flera veckor");
- recurring: it happens again ("igen", "varje fredag", "likadant förra veckan", "brukar",
  "flera gånger", "i en månad");
- one-off otherwise.

Stakes: high when it costs money (two prices for one thing, "överdebiterad", "fel pris", a
sum of `DEAR` kronor or more said in this store's talk),
health or safety (a safety topic, spoiled food, a slip or a near fall, "nära att ramla", a
warm cooler, any "-risk", an allergy), or custom ("åka till en annan butik", "handlar inte
här längre"); medium for any other problem; low for wishes and praise.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.observations import MONEY, Observation, two_prices
from kundrost.adapters.offline.patterns import holds_any
from kundrost.adapters.offline.topics import SPOILED, TOPICS
from kundrost.domain.rubric import Reach, Stakes

_SYSTEMIC = re.compile(
    r"\b(?:alla som|alla kunder|alla andra|för alla|varenda|hela veckan|hela tiden|i flera "
    r"veckor|sen flera|sedan flera|\w*systemet|inte (?:lagts|lagt|lagd) in|inte inlag\w*|"
    r"rutin\w*|varje dag|alltid|vem som helst)\b"
)
_RECURRING = re.compile(
    r"\b(?:igen|varje gång|varje (?:vecka|fredag|lördag|söndag|måndag|tisdag|onsdag|torsdag|"
    r"morgon|kväll)|nästan varje|jämt|ständigt|ofta|flera gånger|gång på gång|likadant|"
    r"likadan|inte första gången|återkommande|brukar|(?:två|tre|fyra) gånger|i en månad|"
    r"hela månaden|förra veckan|samma sak)\b"
)
_SYSTEMIC_PARTS = (
    "alla",
    "varenda",
    "hela",
    "flera",
    "systemet",
    "lag",
    "rutin",
    "varje",
    "alltid",
    "helst",
)
"""Every phrase of `_SYSTEMIC` holds one of these: a text without them tells of no system."""
_RECURRING_PARTS = (
    "igen", "varje", "jämt", "ständigt", "ofta", "gång", "likadan", "återkommande", "brukar",
    "månad", "förra veckan", "samma sak",
)  # fmt: skip
"""Every phrase of `_RECURRING` holds one of these: a text without them tells of no
recurrence."""


def systemic(texts: list[str]) -> bool:
    """Whether `_SYSTEMIC` matches one of the texts, its words looked for in them all first
    and then in each text it is searched in."""
    return holds_any(" ".join(texts), _SYSTEMIC_PARTS) and any(
        _SYSTEMIC.search(text) for text in texts if holds_any(text, _SYSTEMIC_PARTS)
    )


def recurring(texts: list[str]) -> bool:
    """Whether `_RECURRING` matches one of the texts, its words looked for in them all first
    and then in each text it is searched in."""
    return holds_any(" ".join(texts), _RECURRING_PARTS) and any(
        _RECURRING.search(text) for text in texts if holds_any(text, _RECURRING_PARTS)
    )


_EQUIPMENT = ("kyl", "frys", "kortläsar", "kortterminal", "terminal", "scanner", "skanner",
              "självscanning", "pantautomat", "termometer", "hiss", "våg")  # fmt: skip
_COSTLY = re.compile(
    r"\b(?:överdebiter\w*|fel pris\w*|dubbeldrag\w*|drogs dubbelt|för mycket betalt|betalade "
    r"för mycket|ljumn\w*|halkade|halkar|halka|ramlade|ramla|trillade|trilla|snubblade|"
    r"snubbla|föll|\w*risk\w*|farlig\w*|olyck\w*|allergi\w*|allergisk\w*|"
    r"skadade sig|skada sig|sjuka|sjuk|livsfarlig\w*|annan butik|"
    r"någon annanstans|handlar inte här|kommer inte tillbaka|slutar handla|byta butik)\b"
)

_COSTLY_PARTS = (
    "överdebiter", "fel pris", "dubbeldrag", "drogs dubbelt", "för mycket", "ljumn", "halka",
    "ramla", "trilla", "snubbla", "föll", "risk", "farlig", "olyck", "skad", "sjuk", "allergi",
    "annan butik", "annanstans", "handlar inte här", "inte tillbaka", "slutar handla",
    "byta butik",
)  # fmt: skip
"""Every phrase of `_COSTLY` holds one of these: a call without them costs nothing."""
DEAR = 500
"""Kronor from which a sum said beside a problem ("fyratusen kronor i förskott", "taxi tre
dagar för sexhundra spänn") puts money at stake."""


def _costly(text: str) -> bool:
    return holds_any(text, _COSTLY_PARTS) and _COSTLY.search(text) is not None


def _equipment_fault(observed: Observation) -> bool:
    return observed.problem and any(
        token.startswith(_EQUIPMENT) for token in observed.clause.clause.tokens
    )


def reach_and_stakes(evidence: Evidence, observed: list[Observation]) -> tuple[Reach, Stakes]:
    problems = [o for o in observed if o.problem]
    if not problems:
        return Reach.NONE, Stakes.LOW
    texts = [evidence.phrases[i] for i, cues in enumerate(evidence.cues) if not cues.elsewhere]
    priced = any(
        two_prices(evidence, i) for i, cues in enumerate(evidence.cues) if not cues.elsewhere
    )
    if priced or any(_equipment_fault(o) for o in problems) or systemic(texts):
        reach = Reach.SYSTEMIC
    elif recurring(texts):
        reach = Reach.RECURRING
    else:
        reach = Reach.ONE_OFF
    every = " ".join(evidence.phrases)
    spent = not evidence.gaming and any(
        unit in MONEY and value >= DEAR
        for i, cues in enumerate(evidence.cues)
        if not cues.elsewhere
        for value, unit in evidence.sentence_amounts[i]
    )
    topics = {t for o in problems for t in o.clause.topics}
    costly = (
        priced
        or spent
        or _costly(every)
        or any(TOPICS[t].urgent for t in topics)
        or not SPOILED.isdisjoint(evidence.reading.tokens)
    )
    return reach, Stakes.HIGH if costly else Stakes.MEDIUM
