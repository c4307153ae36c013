"""Unreal makings: things made of what nothing is made of, people who are animals, trips to
the moon — told deadpan, in the store's own words, each one point of nonsense.

`agency` reads things that act, `impossible_events` events no world holds; these read
what a thing is made of and what a person is:

- made, woven, kneaded, baked or pumped of or with time, memories, dreams, clouds or light
  ("tyget var vävt av tisdagar", "knådade degen av gamla minnen och moln", "pumpade däcken
  med månsken"). Feelings are left out: "bakad med kärlek" is how bakers speak;
- a person at the store said to be an exotic animal ("körläraren var en giraff"); beasts
  of idiom ("en riktig björn", "ett lejon", "en tiger") are not listed;
- a thing or a person travelling to or landing on the moon, a planet or in space
  ("nagellacket flög ut genom fönstret och landade på månen"); "priserna är uppe på månen"
  tells no trip.

A feeling ("det kändes som"), a hypothetical, and what a child or another person said
("min son sa att") are no account. Each reading is tried only when its words are said.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import PERSON, kind_of_word

_UNMAKEABLE = (
    "måndagar tisdagar onsdagar torsdagar fredagar lördagar söndagar minnen minne drömmar "
    "moln månsken solsken stjärnljus regnbågar regnbåge tankar önskningar tystnad ekon sagor"
)
_MADE_OF = re.compile(
    r"\b(?:gjord|gjort|gjorda|vävd|vävt|vävda|vävde|knådade|knådad|knådat|stickad|stickat|"
    r"stickade|sydd|sytt|sydde|byggd|byggt|byggde|bakad|bakat|bakade|gjuten|gjutet) "
    r"(?:\w+ ){0,3}?av (?:\w+ ){0,2}?(?:" + _UNMAKEABLE.replace(" ", "|") + r")\b"
    r"|\bpumpade (?:\w+ ){0,3}?med (?:\w+ ){0,2}?(?:" + _UNMAKEABLE.replace(" ", "|") + r")\b"
)
_MAKING_WORDS = listed(_UNMAKEABLE)
_BEASTS = listed(
    """giraff krokodil zebra flodhäst noshörning kamel känguru pingvin struts flamingo
    dromedar"""
)
_IS_A = re.compile(r"\b(\w+) (?:var|är) (?:en|ett) (?:\w+ )?(" + "|".join(_BEASTS) + r")\b")
_STAFF_ENDINGS = ("aren", "ören", "ikern", "erskan", "örskan", "orn")
_FAR = listed("månen mars rymden solen jupiter")
_TRIP = re.compile(
    r"\b(?:landade|landat|flög|flugit|åkte|reste|flyttade|teleporterade) (?:\w+ ){0,5}?"
    r"(?:på|till|ut i|upp till) (?:månen|mars|rymden|solen|jupiter)\b"
)
_REPORTED = re.compile(r"\b(?:sa|sade|säger|tror|trodde|låtsades|lekte|drömde|berättade) att\b")
_HYPOTHETICAL = listed("om skulle kunde kanske")
_CUES = _MAKING_WORDS | _BEASTS | _FAR


def _person(word: str) -> bool:
    return kind_of_word(word) == PERSON or word.endswith(_STAFF_ENDINGS)


def _unreal(tokens: tuple[str, ...], text: str) -> float:
    found = 0.0
    if not _MAKING_WORDS.isdisjoint(tokens) and _MADE_OF.search(text):
        found += 1.0
    if not _BEASTS.isdisjoint(tokens):
        found += any(_person(m.group(1)) for m in _IS_A.finditer(text))
    if not _FAR.isdisjoint(tokens) and _TRIP.search(text):
        found += 1.0
    return found


def unreal_making_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence telling an unreal making, being or trip (module docstring), and
    the first such sentence."""
    points = 0.0
    first = ""
    for index, tokens, text in evidence.cued_sentences(_CUES):
        if felt(tokens) or _REPORTED.search(text) or not _HYPOTHETICAL.isdisjoint(tokens):
            continue
        if evidence.cues[index].wish:
            continue
        found = _unreal(tokens, text)
        if found and not first:
            first = evidence.reading.sentences[index]
        points += found
    return points, first
