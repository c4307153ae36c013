"""Voicemail: whether the first words heard on an answered call are a machine's greeting.

Swedish operators answer an unreachable phone with a recorded greeting ("Du har kommit till
… röstbrevlåda. Lämna ett meddelande efter tonen."), and so do personal answering machines.
Such a call never reached the shopper: it ends at once, without a word left on the tape,
and counts as `no_answer`, so the retry policy gives the shopper another call.

The rule reads the transcribed words of what was heard in the first seconds of the call and
looks for phrases only a recording says; an ordinary "hallå, det är Anna" is not one.
"""

from __future__ import annotations

import re

_PHRASES = (
    "lämna ett meddelande",
    "lämna gärna ett meddelande",
    "lämna ett röstmeddelande",
    "efter tonen",
    "efter pipet",
    "efter signalen",
    "röstbrevlåda",
    "röstbrevlådan",
    "mobilsvar",
    "telefonsvarare",
    "talsvar",
    "kan inte ta emot ditt samtal",
    "kan inte svara just nu",
    "personen du söker",
    "abonnenten du söker",
    "du har kommit till",
    "leave a message",
    "after the tone",
    "after the beep",
    "is not available",
    "voicemail",
)
_SPACES = re.compile(r"[^\w]+")


def sounds_like_voicemail(heard: str) -> bool:
    """Whether `heard` holds a phrase of a recorded phone greeting (case and punctuation
    do not matter)."""
    text = f" {_SPACES.sub(' ', heard.casefold()).strip()} "
    return any(f" {phrase} " in text for phrase in _PHRASES)
