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

A passive rule ("Mattor och hästtäcken får inte tvättas i maskinerna", "Barnvagnar får inte
tas in i skeppshallen") forbids an act on a thing at a place: broken by the customer's party
telling that act ("tvättade", or any past verb with the rule's particle: "rullade in") on the
thing or a compound of it ("hallmattan") at the place. A requirement ("Ridhjälm är
obligatorisk", "Flytväst krävs") is broken by the party doing something without the thing
("min dotter red utan hjälm"), named by it or its compound's head.
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
_NOT_DONE = re.compile(
    r"^(?P<things>\w+(?: (?:och|eller) \w+)*) får (?:inte|ej) (?P<verb>\w+a)s"
    r"(?: (?P<particle>in|med|ut|upp|ner))?(?: (?:på|i|inne i|till|vid) (?P<place>\w+))?"
    r"(?P<rest>[^,.;]*)"
)
_FURTHER_PLACES = re.compile(r"^(?: (?:till|vid|på|i) \w+)*\s*$")
"""All a passive rule may say after its place is more places ("på färjan till fastlandet"):
a time, a count or a condition ("får inte lämnas tillbaka efter 30 dagar") is another rule."""
_NOT_BROUGHT = re.compile(
    r"\b(?:inte|ej) tillåtet att (?:ta|ha) med (?:sig )?(?:egen |eget |egna )?(?P<thing>\w+)"
)
_BROUGHT = re.compile(r"\b(?:hade|har|haft|tog|tagit|tar) med\b|\bföljde med\b|\bhemifrån\b")
_SUPPOSED = listed("ville vill försökte skulle kunde kan vore borde om ifall undrade frågade")
_HOME = listed("hemma hem hemåt")
"""The thing left at home, or carried home ("tog med oss vin hem från baren")."""
_OURS = listed("jag vi")
_PARTY = listed("min mitt mina vår vårt våra")
_STRONG_PASTS = listed("red gick satt var for sprang klev drev flög åt drack")
_REQUIRED = re.compile(
    r"^(?P<thing>\w+) (?:är|var) (?:obligatorisk|obligatoriskt|obligatoriska)\b"
    r"|^(?P<thing2>\w+) krävs\b"
)
_PAST_ENDINGS = ("ade", "de", "te", "dde")
_STRONG_MOVES = listed("tog bar drog hade")
_INFLECTED = listed("a an en ar arna or orna er erna n et")
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


def requirement_of(part: str) -> str | None:
    """The thing a part makes everyone have ("Ridhjälm är obligatorisk för alla …",
    "Flytväst krävs i kanoten"), or None."""
    found = _REQUIRED.search(part)
    thing = None if found is None else found.group("thing") or found.group("thing2")
    if thing is None or thing in ("det", "detta", "bokning", "legitimation"):
        return None
    return thing


def went_without(thing: str, tokens: Sequence[str]) -> str | None:
    """The words of a sentence that tell the customer's party doing something without the
    thing a rule requires ("min dotter red utan hjälm", of "ridhjälm" by its head): not a
    refusal or a denial before it ("ingen red utan hjälm", "vi fick inte rida utan"), a wish,
    nor someone else's."""
    if "utan" not in tokens:
        return None
    at = tokens.index("utan")
    said = tokens[at + 1 : at + 3]
    named = next((t for t in said if names_thing(thing, t) or _head_of(thing, t)), None)
    if named is None:
        return None
    before = tokens[:at]
    if not NEGATIONS.isdisjoint(before) or not _SUPPOSED.isdisjoint(before):
        return None
    if _OURS.isdisjoint(before) and _PARTY.isdisjoint(before):
        return None
    if not any(t.endswith(_PAST_ENDINGS) or t in _STRONG_PASTS for t in before):
        return None
    if any(t.startswith(_RULE_TOLD) for t in tokens):
        return None
    return f"utan {named}"


def _head_of(thing: str, token: str) -> bool:
    """The word names the head of a compound thing: "hjälm", "hjälmen" of "ridhjälm"."""
    stem = _stem(token)
    return len(stem) >= 4 and len(thing) > len(stem) and thing.endswith(stem)


def passive_prohibitions(part: str) -> list[tuple[str, str, str]]:
    """Each thing a passive rule forbids having done to it, its place ("" for anywhere) and the
    act, the verb's stem and particle ("mattor och hästtäcken får inte tvättas i maskinerna":
    "tvätt"; "barnvagnar får inte tas in i skeppshallen": "t in")."""
    found = _NOT_DONE.search(part)
    if found is None or _FURTHER_PLACES.match(found.group("rest")) is None:
        return []
    act = found.group("verb")[:-1]
    if found.group("particle"):
        act = f"{act} {found.group('particle')}"
    things = [t for t in found.group("things").split() if t not in ("och", "eller")]
    return [(thing, found.group("place") or "", act) for thing in things]


def _past(stem: str, token: str) -> bool:
    return token.startswith(stem) and token[len(stem) :] in _PAST_ENDINGS


def _act_done(act: str, tokens: Sequence[str]) -> int | None:
    """Where the customer's act of a passive rule is told: the verb's past ("tvättade" of
    "tvätt"), or of one that moves a thing with a particle ("t in", "t med"), any past verb
    with the particle ("rullade in", "tog med", "bar in")."""
    verb, _, particle = act.partition(" ")
    for index, token in enumerate(tokens):
        if particle:
            if tokens[index + 1 : index + 2] == (particle,) and (
                token in _STRONG_MOVES or token.endswith(_PAST_ENDINGS)
            ):
                return index
        elif len(verb) >= 4 and _past(verb, token):
            return index
    return None


def names_thing(thing: str, token: str) -> bool:
    """Whether a word names the forbidden thing: its stem in any form ("hunden" of "hundar")
    or a member of its kind ("vin" of "dryck")."""
    stem = _stem(thing)
    if token.startswith(stem) and len(token) <= len(thing) + 3:
        return True
    head = token.find(stem)
    if head >= 3 and token[head + len(stem) :] in _INFLECTED:
        return True  # a compound of its head: "hallmattan" of "mattor"
    members = kind_members(tuple(lemmas(thing)))
    return members is not None and members.lookup(token) is not None


def brought(
    thing: str,
    place: str,
    tokens: Sequence[str],
    named: Callable[[str], str | None],
    act: str = "",
) -> str | None:
    """The words of a sentence that tell the forbidden thing brought, or the forbidden `act`
    done to it, at its place, if any."""
    said = next((t for t in tokens if names_thing(thing, t)), None)
    if said is None or not NEGATIONS.isdisjoint(tokens):
        return None
    text = " ".join(tokens)
    if act:
        done = _act_done(act, tokens)
        if done is None or not _SUPPOSED.isdisjoint(tokens[:done]):
            return None
    elif not _SUPPOSED.isdisjoint(tokens) or _BROUGHT.search(text) is None:
        return None
    if not _HOME.isdisjoint(tokens) or _THEN.search(text):
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
