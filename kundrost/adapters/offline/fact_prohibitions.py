"""Prohibitions: a thing a store does not allow brought in ("Hundar är inte tillåtna på banan",
"Det är inte tillåtet att ta med egen dryck"), and a customer who tells bringing it.

A part names a prohibition when it says a thing "är inte tillåten/tillåtna" (optionally at a
place: "på banan", "i kaféet") or that it "är inte tillåtet att ta med" a thing. It is broken
by a sentence in which the customer's party ("jag", "vi") tells having the thing with them
("hade med hunden", "tog med oss en flaska vin", "hunden följde med"), of the thing's own word
or a member of its kind (`fact_kinds`: "vin" of "dryck"), at the place when the fact names
one; not by a refusal, a wish or a question, nor by anything denied ("vi fick inte ta med
hunden"), the thing left or carried home ("hunden fick stanna hemma"), someone else's ("min
granne hade med hunden"), long ago ("förra året"), nor beside the rule itself told ("banan är
ju förbjuden för hundar").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kundrost.adapters.offline.fact_kinds import kind_members
from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import lemmas

_NOT_ALLOWED = re.compile(
    r"^(?P<thing>\w+) (?:är|var) (?:inte|ej) (?:tillåten|tillåtna|tillåtet)"
    r"(?: (?:på|i|inne i) (?P<place>\w+))?"
)
_NOT_BROUGHT = re.compile(
    r"\b(?:inte|ej) tillåtet att (?:ta|ha) med (?:sig )?(?:egen |eget |egna )?(?P<thing>\w+)"
)
_BROUGHT = re.compile(r"\b(?:hade|har|haft|tog|tagit|tar) med\b|\bföljde med\b|\bhemifrån\b")
_SUPPOSED = listed("ville vill försökte skulle kunde kan vore borde om ifall undrade frågade")
_HOME = listed("hemma hem hemåt")
"""The thing left at home, or carried home ("tog med oss vin hem från baren")."""
_OURS = listed("jag vi")
_RULE_TOLD = ("förbjud", "tillåt", "otillåt")
_THEN = re.compile(
    r"\bförra (?:året|sommaren|gången)\b|\bi fjol\b|\bförr\b|\bförut\b"
    r"|\bför (?:\w+ ){1,2}(?:år|månader|veckor) (?:sedan|sen)\b"
)


def prohibition_of(part: str) -> tuple[str, str] | None:
    """The thing a part forbids bringing and the place it is forbidden at ("" for anywhere)."""
    found = _NOT_BROUGHT.search(part) or _NOT_ALLOWED.search(part)
    if found is None or found.group("thing") in ("det", "detta", "man"):
        return None
    place = found.groupdict().get("place") or ""
    return found.group("thing"), place


def names_thing(thing: str, token: str) -> bool:
    """Whether a word names the forbidden thing: its stem in any form ("hunden" of "hundar")
    or a member of its kind ("vin" of "dryck")."""
    stem = _stem(thing)
    if token.startswith(stem) and len(token) <= len(thing) + 3:
        return True
    members = kind_members(tuple(lemmas(thing)))
    return members is not None and members.lookup(token) is not None


def brought(
    thing: str, place: str, tokens: Sequence[str], named: Callable[[str], str | None]
) -> str | None:
    """The words of a sentence that tell the forbidden thing brought, at its place, if any."""
    said = next((t for t in tokens if names_thing(thing, t)), None)
    if said is None:
        return None
    if not NEGATIONS.isdisjoint(tokens) or not _SUPPOSED.isdisjoint(tokens):
        return None
    text = " ".join(tokens)
    if not _HOME.isdisjoint(tokens) or _BROUGHT.search(text) is None or _THEN.search(text):
        return None
    if any(t.startswith(_RULE_TOLD) for t in tokens):
        return None  # the sentence tells the rule itself ("banan är ju förbjuden för hundar")
    if _OURS.isdisjoint(tokens):
        return None  # someone else's dog
    if place and not any(_at_place(place, t, named) for t in tokens):
        return None
    return f"med … {said}"


def _at_place(place: str, token: str, named: Callable[[str], str | None]) -> bool:
    if token.startswith(_stem(place)):
        return True
    department = named(place)
    return department is not None and named(token) == department


def _stem(word: str) -> str:
    for ending in ("arna", "erna", "orna", "ar", "er", "or", "en", "et", "an", "n"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
