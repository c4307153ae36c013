"""How a declared state is read: bounded in time or told as hearsay, the speaker's own, and
one point when a state held is met by an act that needs its opposite (`declared_states`).

`OTHER_TIME` (another day or visit, or a habit) is also the one reading of it for visit
accounts, a closed store, a facility's schedule and a department avoided."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed

CHANGED = re.compile(
    r"\b(?:förut|tidigare|innan|förrän|förr|nu|först|i dag|idag|numera|längre sen|nästan|"
    r"om (?:jag|vi)|skulle|brukade|tills)\b"
)

REPORTED = re.compile(
    r"\b(?:sa|sade|säger|berättade|tyckte|tycker|tyckte att|enligt|menade|påstod|trodde|"
    r"om jag|skulle|hade tänkt|tänkte|ville|brukar|ibland|förra|i går|igår|nästa gång)\b"
)

KIN = listed(
    """fru man make maka sambo dotter son barn kompis vän väninna syster bror mamma pappa
    pojkvän flickvän partner svärmor svärfar mormor morfar farmor farfar granne"""
)
MY = listed("min mitt mina vår vårt våra")
NEGATED = listed("inte aldrig ingen inget inga ej")
SPEAKER = listed("jag vi")

OTHER_TIME = re.compile(
    r"\b(?:i går|igår|i förrgår|förra|(?<!till )sist|senast|"
    r"i (?!förmiddags|eftermiddags|middags)\w+dags|nästa (?:gång|\w*dag|vecka|månad|år)|"
    r"(?<!på )en gång|brukar|brukade|ibland|i somras|i vintras|i våras|i höstas|"
    r"för (?:\w+ ){0,3}(?:år|månader|veckor|dagar|länge) (?:sedan|sen))\b"
)
"""Another day or visit than this one, or a habit: "i måndags", "i somras", "förra gången",
"sist jag var där", "nästa gång", "för tre veckor sen", "brukar"; not "i förmiddags" or "i
eftermiddags", which are earlier today, nor "till sist" or "på en gång", which are in it."""


def state_and_act(
    evidence: Evidence,
    said: Sequence[int],
    state: re.Pattern[str],
    act: Callable[[tuple[str, ...], str], bool],
    holds: Callable[[tuple[str, ...], str], bool] = lambda tokens, text: True,
    needs: tuple[frozenset[str], ...] = (),
) -> float:
    """One point when a sentence declares `state` (and it `holds` there) and any sentence
    tells of the `act` that needs its opposite. `state` is searched only in a sentence holding
    a word of each of `needs`, every phrase of it does."""
    states = [
        i
        for i in said
        if all(not words.isdisjoint(evidence.sentence_tokens[i]) for words in needs)
        and state.search(evidence.phrases[i])
        and not CHANGED.search(evidence.phrases[i])
        and not OTHER_TIME.search(evidence.phrases[i])
        and holds(evidence.sentence_tokens[i], evidence.phrases[i])
    ]
    if not states:
        return 0.0
    return 1.0 if any(act(evidence.sentence_tokens[i], evidence.phrases[i]) for i in said) else 0.0
