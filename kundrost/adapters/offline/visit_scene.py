"""Visit scene: where the customer ate and what the weather did, told in two ways that
cannot both be true.

Each is one point towards an impossible claim (`claims`), in sentences told of this visit
(`visit_accounts.told`):

- the meal taken away or never eaten in ("jag tog maten med mig hem", "vi köpte lunch att ta
  med", "jag satte mig aldrig i restaurangen", "vi hann inte äta i restaurangen") and the
  speaker eating or sitting at a table there ("vid bordet inne i gatuköket åt jag upp",
  "köttbullarna vi åt i restaurangen"); not fries taken home beside a burger eaten there
  ("tog med pommes hem"), nor a meal at home;
- the weather of the whole visit ("strålande sol under hela rundan", "inte en enda snöflinga
  föll hela dagen", "det regnade oavbrutet från att vi kom") and the opposite in another
  sentence ("blev genomblöta av regnet", "mitt på dagen snöade det", "vi solade"); not the
  weather of part of it ("när vi gick ut", "första dagen") nor a change told ("började", "kom
  en skur", "efter lunch");
- two things served or done in both orders: "misosoppen kom först och sedan sushin" … "soppan
  kom efter sushin"; the same things by the stem of the shorter ("soppan", "misosoppen"); not
  a second serving ("igen", "en till", "andra").

A thing the place is said to lack and then met in its definite form is not read: a lack is
often of one place or time ("inga kundvagnar vid entrén", "ingen mjölk kvar på morgonen",
"ingen personal vid kassan först") and the thing is then met elsewhere or later, so read
without that scope it flagged honest calls (`test_offline_inconsistency_16`).
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import NEGATED
from kundrost.adapters.offline.visit_accounts import told_sentences

_AWAY = re.compile(
    r"\b(?:tog|köpte|beställde) (?:jag |vi )?(?:maten|lunchen|middagen|allt|\w+ )?(?:med (?:mig |"
    r"oss )?hem|att ta med)\b|\bsatte (?:mig|oss) aldrig (?:i|på|vid) \w+|\bhann (?:inte|aldrig) "
    r"(?:äta|sitta) (?:i|på) \w+"
)
_AWAY_WORDS = listed("hem med aldrig hann")
"""Every phrase of `_AWAY` holds one of these: a sentence without them is not searched."""
_ATE_THERE = re.compile(
    r"\b(?:(?:jag|vi) (?:\w+ ){0,2}?(?:åt|satt)|(?:åt|satt) (?:jag|vi))\b(?: \w+){0,5}? "
    r"(?:vid (?:\w*bordet|disken|baren)|inne i \w+|i (?:\w*restaurangen|\w+s restaurang|"
    r"\w*stugan|matsalen|caféet|kaféet|serveringen))\b|\b(?:vid \w*bordet|inne i \w+|i "
    r"(?:\w*restaurangen|\w+s restaurang|\w*stugan|matsalen|serveringen)) (?:\w+ ){0,2}?"
    r"(?:åt|satt) (?:jag|vi)\b"
)
_ATE_WORDS = listed("åt satt")
_HOME = listed("hemma hem")


def _away_yet_ate_there(evidence: Evidence) -> float:
    if _AWAY_WORDS.isdisjoint(evidence.words) or _ATE_WORDS.isdisjoint(evidence.words):
        return 0.0
    away = next(
        (index for index, _, text in told_sentences(evidence, _AWAY_WORDS) if _AWAY.search(text)),
        None,
    )
    if away is None:
        return 0.0
    for _, tokens, text in told_sentences(evidence, besides=away):
        if _HOME.isdisjoint(tokens) and NEGATED.isdisjoint(tokens) and _ATE_THERE.search(text):
            return 1.0
    return 0.0


_CLEAR = re.compile(
    r"\b(?:strålande sol|\w*sol(?:en)? sken|inte (?:ett|ett enda) moln|inte en (?:enda )?"
    r"(?:droppe|snöflinga)|(?:kallt|varmt|torrt) och klart|solade|solbadade)\b"
)
_RAIN = re.compile(r"\b(?:regnade|regnet|ösregn\w*|spöregn\w*|skur\w*)\b")
_SNOW = re.compile(r"\b(?:snöade|snöfall\w*|snöstorm\w*|yrde)\b")
_WHOLE = re.compile(
    r"\b(?:(?:under )?hela (?:dagen|rundan|besöket|vistelsen|tiden|passet|turen)|oavbrutet|"
    r"från att (?:vi|jag) kom)\b"
)
_WEATHER_WORDS = listed("sol moln droppe snöflinga klart regnade regnet solade snöade skur")
_PART = re.compile(
    r"\b(?:när|först|början|förmiddagen|eftermiddagen|morgonen|kvällen|första|andra|sista|"
    r"började|slutade|kom en|efter|sen|senare|innan|tills (?!vi åkte|jag åkte))\b"
)

_CHANGE = re.compile(
    r"\b(?:började|slutade|kom en|efter|sen|senare|sedan|till slut|innan|först|första|andra)\b"
)


def _kinds(text: str) -> set[str]:
    if _CLEAR.search(text):
        return {"clear"}
    return {kind for kind, said in (("rain", _RAIN), ("snow", _SNOW)) if said.search(text)}


def _weather_both_ways(evidence: Evidence) -> float:
    if _WEATHER_WORDS.isdisjoint(evidence.words):
        return 0.0
    for index, _, text in told_sentences(evidence):
        if _WHOLE.search(text) is None:
            continue
        whole = _kinds(text)
        if not whole or _PART.search(_WHOLE.sub("", text)):
            continue
        for _, _, said in told_sentences(evidence, besides=index):
            if _CHANGE.search(said):
                continue
            kinds = _kinds(said)
            if kinds and not kinds & whole and ("clear" in kinds or "clear" in whole):
                return 1.0
    return 0.0


_CAME = r"(?:kom|serverades|bars in|dukades fram)(?: in)?"
_ORDERED = (
    re.compile(
        rf"\b(?P<a>\w{{3,}}) {_CAME} först(?: \w+)?,? (?:och )?(?:sedan|sen|därefter) "
        r"(?:kom )?(?P<b>\w{3,})"
    ),
    re.compile(rf"\b(?P<b>\w{{3,}}) {_CAME} efter (?P<a>\w{{3,}})"),
    re.compile(rf"\b(?P<a>\w{{3,}}) {_CAME} (?:före|innan) (?P<b>\w{{3,}})"),
)
"""Which of two came first: (a, b), a before b."""
_ORDER_WORDS = listed("först efter före innan")
_AGAIN = listed("igen till andra annan ny nya")
_NO_THING = listed("den det dom de han hon vi jag ni som allt allting någon något man")


def _alike(one: str, other: str) -> bool:
    """The same thing, the shorter's stem inside the longer: "soppan" in "misosoppen"."""
    short, long = sorted((one, other), key=len)
    return short[:4] in long


def _both_orders(evidence: Evidence) -> float:
    if _ORDER_WORDS.isdisjoint(evidence.words) or not _AGAIN.isdisjoint(evidence.words):
        return 0.0
    orders: list[tuple[str, str]] = []
    for _, _, text in told_sentences(evidence, _ORDER_WORDS):
        for pattern in _ORDERED:
            for found in pattern.finditer(text):
                first, then = found.group("a"), found.group("b")
                if first in _NO_THING or then in _NO_THING:
                    continue
                if any(_alike(first, b) and _alike(then, a) for a, b in orders):
                    return 1.0
                orders.append((first, then))
    return 0.0


def visit_scene_points(evidence: Evidence) -> float:
    """The points of the whole account (module docstring)."""
    return _away_yet_ate_there(evidence) + _weather_both_ways(evidence) + _both_orders(evidence)
