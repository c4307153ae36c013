"""Consent: whether the shopper's first answer to "har du tid en stund?" is a no.

A call that the shopper declines ends at once, politely, with no feedback and no new call:
asking again would be pestering. Only a clear no counts; anything else (a yes, a question
back, an unclear sound) lets the conversation go on, because the agent can still notice a
no later and a missed yes costs the shopper their reward.

The rule reads the transcribed words. It is a no when the answer opens with a refusal word
("nej", "nä", "nix", "tyvärr") or says a refusal anywhere ("har inte tid", "passar inte",
"inte nu", "ring senare", "vill inte"), also after a yes ("ja, men inte nu"); "nej då" and "nejdå"
are Swedish for "no worries, go ahead", so they are a yes.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Consent(StrEnum):
    YES = "yes"
    NO = "no"
    UNCLEAR = "unclear"


_WORD = re.compile(r"[^\W\d_]+")
_REFUSING_OPENERS = frozenset({"nej", "nä", "nää", "näe", "nix", "tyvärr"})
_REFUSALS = (
    "har inte tid",
    "hinner inte",
    "passar inte",
    "passar dåligt",
    "inte nu",
    "inte just nu",
    "inte intresserad",
    "vill inte",
    "ring senare",
    "ring tillbaka",
    "ring en annan gång",
    "ring inte",
    "nej tack",
    "kör bil",
)
_GO_AHEAD = ("nej då", "nejdå", "nädå")
_AGREEMENTS = (
    "ja",
    "jo",
    "javisst",
    "absolut",
    "visst",
    "okej",
    "gärna",
    "självklart",
    "det går bra",
    "det passar",
    "varsågod",
    "kör på",
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _says(words: list[str], phrase: str) -> bool:
    wanted = phrase.split()
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words)))


def consent_of(answer: str) -> Consent:
    """`NO` for a clear refusal, `YES` for a clear agreement, `UNCLEAR` otherwise. "Nej då"
    is a yes; a refusal wins over a yes in the same answer ("ja, men inte nu")."""
    words = _words(answer)
    if any(_says(words, phrase) for phrase in _GO_AHEAD):
        return Consent.YES
    if words and (words[0] in _REFUSING_OPENERS or any(_says(words, p) for p in _REFUSALS)):
        return Consent.NO
    if any(_says(words, phrase) for phrase in _AGREEMENTS):
        return Consent.YES
    return Consent.UNCLEAR
