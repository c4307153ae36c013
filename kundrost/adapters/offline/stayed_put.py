"""Stayed put: waiting in the store the whole visit, yet going away and coming back.

"jag satt kvar i butiken hela tiden, jag gick inte ut en enda gång" and, in another answer,
"jag gick hem och åt lunch … och jag åkte tillbaka och hämtade den"; "vi väntade kvar hela
tiden" and "vi körde hem en sväng och kom tillbaka när den var klar". Staying and going away
and back cannot both be true of one visit: one point (`visit_clashes`).

Read only in sentences told of this visit (`visit_accounts.told`), so another visit ("förra
gången gick jag hem"), a habit or hearsay ("de sa att jag kunde gå hem") is not read. The
going away is the speaker's ("jag", "vi" right before the verb: "min man åkte hem och kom
tillbaka" is his), in the past, to home or away, and a return ("tillbaka") follows in that
sentence or the next: leaving once it was done ("satt kvar hela tiden, sen gick jag hem") or
coming back another day ("efteråt åkte jag hem och kom tillbaka dagen efter") is no clash.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.visit_accounts import told_sentences

_STAYED = re.compile(
    r"\b(?:jag|vi) (?:satt|stod|väntade|var|stannade) kvar (?:\w+ ){0,3}?hela (?:tiden|besöket|"
    r"väntan|\w*tiden)\b|"
    r"\b(?:jag|vi) (?:gick|lämnade|gick aldrig) (?:aldrig|inte) (?:ut|därifrån|"
    r"butiken|affären|lokalen|verkstaden|salongen)\b|"
    r"\b(?:jag|vi) (?:var|satt|stod|väntade) (?:inne|där|i butiken|i affären) hela tiden\b"
)
_AWAY = re.compile(
    r"\b(?:jag|vi) (?:gick|åkte|cyklade|körde|promenerade|tog (?:bussen|bilen|cykeln)) "
    r"(?:hem|därifrån|iväg|en sväng|ut en sväng|och handlade)\b"
)
_BACK = listed("tillbaka")
_AFTERWARDS = re.compile(r"\b(?:efteråt|dagen efter|nästa dag|veckan efter|morgonen efter)\b")
"""A going away once the visit was over, or a return on another day: "efteråt åkte jag hem och
kom tillbaka dagen efter med kvittot"."""
_STAY_WORDS = listed("kvar inte aldrig hela")
_AWAY_WORDS = listed("hem därifrån iväg sväng")


def stayed_yet_away(evidence: Evidence) -> float:
    """One point for staying the whole visit yet going away and back (module docstring)."""
    words = evidence.words
    if _BACK.isdisjoint(words) or _AWAY_WORDS.isdisjoint(words) or _STAY_WORDS.isdisjoint(words):
        return 0.0
    said = list(told_sentences(evidence))
    stayed = {i for i, tokens, text in said if _STAYED.search(text)}
    if not stayed:
        return 0.0
    told = {i: (tokens, text) for i, tokens, text in said}
    for index, _, text in said:
        if index in stayed:
            continue
        away = _AWAY.search(text)
        if away is None or _AFTERWARDS.search(text):
            continue
        later = text[away.end() :].split()
        following = told.get(index + 1, ((), ""))[0]
        if not _BACK.isdisjoint(later) or not _BACK.isdisjoint(following):
            return 1.0
    return 0.0
