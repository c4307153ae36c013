"""Members' benefits: a thing a store gives free, discounted or guaranteed only to members,
and a customer who says they are no member and got it all the same.

A fact gives a benefit to members alone when it says so ("Presentinslagning är gratis för
medlemmar i Lekklubben", "… men bara för medlemmar i Trädgårdsklubben", "medlemmar får 10
procent rabatt"). It is broken by a sentence in which the speaker says they are no member
("jag är inte medlem", "jag är inte med i någon klubb", "utan att vara medlem") and tells
getting what the fact offers — one of its words or a compound on one ("medlemsrabatt",
"körsbärsträd" of "träd") with a verb of getting ("fick", "gav", "slog in", "ersatte").
Not when anything else in the sentence is denied ("jag är inte medlem, så ingen garanti"),
wished, asked, heard from another or changed since ("var inte medlem förut, men nu").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed

_FOR_MEMBERS = re.compile(r"\bför (?:\w+)?medlemmar\b|\bmedlemmar (?:i \w+ )?(?:får|har)\b")
_NO_MEMBER = re.compile(
    r"\b(?:jag|vi) (?:är|var) inte (?:\w+ )?(?:medlem\w*|med i (?:\w+ )?\w*klubb\w*)"
    r"|\butan att vara (?:\w+ )?medlem\w*|\b(?:jag|vi) har (?:inget|inte något) medlemskap\b"
)
_GOT = listed("fick gav gavs slog ersatte ersattes bytte fått gjorde")
_SUPPOSED = listed(
    """ville vill försökte försöker kan kunde skulle vore borde önskar önskade om ifall
    hoppades tänkte undrade undrar frågade"""
)
_HEARSAY = listed("sa sade säger berättade påstod hörde enligt")
_CHANGED = listed("förut tidigare innan nu numera då")
"""A membership that has changed ("var inte medlem förut, men nu är jag det")."""
_NOT_BENEFITS = listed(
    """medlemmar medlem andra betalar betala kronor procent vi har är för bara men och inte
    matchar priser butikers ett års per"""
)


@lru_cache(maxsize=256)
def members_benefit(statement: str) -> tuple[str, ...]:
    """The words of what a fact gives members alone ("presentinslagning", "gratis",
    "paket"), or () when it gives members nothing of their own."""
    folded = statement.casefold()
    if "medlem" not in folded or _FOR_MEMBERS.search(folded) is None:
        return ()
    words = re.findall(r"[^\W\d_]+", folded)
    return tuple(w for w in words if len(w) >= 4 and w not in _NOT_BENEFITS and "klubb" not in w)


def bears_on_members(token: str) -> bool:
    """A word without which no sentence says the speaker is no member."""
    return token.startswith(("medlem", "klubb")) or token.endswith("klubben")


def _names(benefit: Sequence[str], token: str) -> bool:
    return any(
        token.startswith(word[: max(4, len(word) - 2)]) or (len(word) >= 4 and token.endswith(word))
        for word in benefit
    )


def unmet_membership(benefit: Sequence[str], tokens: Sequence[str]) -> str | None:
    """The words of a sentence that tell one who is no member getting the benefit, if any."""
    text = " ".join(tokens)
    found = _NO_MEMBER.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + " " + text[found.end() :]).split()
    if not (
        NEGATIONS.isdisjoint(rest) and _SUPPOSED.isdisjoint(rest) and _HEARSAY.isdisjoint(rest)
    ):
        return None
    if _GOT.isdisjoint(rest) or not _CHANGED.isdisjoint(rest):
        return None
    named = next((t for t in rest if _names(benefit, t)), None)
    return None if named is None else f"{found.group(0)} … {named}"
