"""Booking rules: a service a store gives only to those who booked, and a customer who tells
of getting it without booking.

A fact requires booking when it says a thing must be booked ("Banorna måste bokas i
förväg", "Alla race bokas i förväg", "man måste boka tid"), is given only after booking or
to those who booked ("Bilar hyrs bara efter bokning", "tar bara emot bokade kunder", "hyrs
bara ut om de bokas minst en dag i förväg"), that
booking is required ("Tidsbokning krävs") or that no walk-in is taken ("vi tar inte emot
drop-in", "drop-in erbjuds inte"). It is broken by a sentence that tells the customer not
having booked ("utan bokning", "utan att boka", "utan tid", "hade inte bokat", "hade ingen
tid bokad", "obokad", "på drop-in") and getting the service all the same ("fick en bana
direkt", "gav oss en bil på en gång"); not by a wish, a question or a conditional ("kan man
spela utan bokning?", "vore kul om man kunde"), and not when anything else in the sentence
is denied ("ville spela utan bokning men det gick inte"), so that a refusal or a full house
told beside it breaks nothing, nor when the sentence tells a booking made after all ("kom
utan tid, så jag fick boka en ny"), a time given for later or something in its place ("kom
utan bokning och fick en tid till eftermiddagen i stället"), nor of what another fact offers
without booking ("Kloklippning utan tidsbokning på lördagar": "klipptes klorna utan bokning").

A place or store that takes no bookings ("receptionen tar inga bokningar", "Vi tar inte emot
bordsbokningar") is broken by a booking told made there by its verb ("vi bokade ett bord för
sex", "killen i receptionen bokade en bana åt oss"): of the thing the compound names, at the
place when the fact's subject is a place; not by a plan or a wish ("hade tänkt boka bord"),
anything denied, a booking elsewhere ("bokade banan i appen" of the reception), nor a refusal
with a condition ("tar inte bordsbokningar för färre än sex personer").

A rule for groups over a size ("Grupper på fler än tio personer måste boka i förväg") is
broken only by a party the sentence counts larger ("vi var tjugo stycken"); four friends,
or a party of no size said, break nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import tokens_of

_REQUIRED = re.compile(
    r"\b(?:måste|ska|skall|behöver) (?:\w+ )?(?:för)?bokas\b"
    r"|\b(?:måste|ska|skall|behöver) (?:man |du |kunden |kunder )?(?:för)?boka\b"
    r"|\bbokas (?:alltid |bara |endast )?i förväg\b"
    r"|\bom (?:de|den|det) (?:för)?bokas (?:minst |senast )?(?:\w+ ){0,3}?i förväg\b"
    r"|\b(?:bara|endast|enbart) (?:efter|med|vid|mot) (?:tids|för)?bokning\b"
    r"|\b(?:bara|endast|enbart) (?:på|med|vid|mot|till|efter) (?:en )?(?:för)?bokad\w* tid\w*"
    r"|\b(?:inte|ej|aldrig)\b(?: \w+){0,6} utan (?:en )?(?:tids|för)?bokning\b"
    r"|\b(?:inte|ej|aldrig)\b(?: \w+){0,6} utan (?:att )?(?:först )?(?:för)?boka\b"
    r"|\b(?:inte|ej|aldrig)\b(?: \w+){0,6} utan (?:en )?(?:bokad|förbokad) tid\b"
    r"|\b(?:bara|endast|enbart) (?:emot )?(?:för)?bokade\b"
    r"|\b(?:tids|för)?bokning (?:krävs|är obligatorisk)"
    r"|\bkräver (?:tids|för)?bokning\b"
    r"|\b(?:tar inte emot|tar inte|inga|ingen) (?:drop-in|dropin|spontanbesök|obokade)"
    r"|\b(?:drop-in|dropin|spontanbesök) (?:tas inte emot|erbjuds inte|finns inte|går inte)"
)
_UNBOOKED = re.compile(
    r"\butan (?:att (?:ha )?)?(?:\w+ )?(?:tids|för)?bok(?:ning|ningen|a|at)\b"
    r"|\butan (?:en )?(?:bokad )?tid\b"
    r"|\b(?:hade|har) (?:inte|inget|ingen|aldrig) (?:\w+ )?(?:för)?bokat\b"
    r"|\b(?:hade|har) (?:ingen|inte någon) (?:tid )?bokad\b"
    r"|\b(?:hade|har) (?:ingen|inte någon) (?:tids|för)?bokning\b"
    r"|\b(?:hade|har) (?:ingen|inte någon) (?:bokad|förbokad) tid\b"
    r"|\bobokad\w*|\boanmäld\w*|\bdrop-in\b|\bdropin\b"
)
_GROUP = re.compile(r"\b(?:fler|mer|flera) än (\w+)|\böver (\w+) (?:personer|deltagare|pers)\b")
_PARTY = (
    re.compile(r"\b(?:vi|de) var (?:bara |hela |totalt |sammanlagt )?(\w+)\b"),
    re.compile(
        r"\b(\w+) (?:stycken|st|personer|pers|kompisar|vänner|kollegor|barn|ungdomar|elever|"
        r"deltagare)\b"
    ),
)
_WALK_IN = re.compile(r"\butan (?:tids|för)?bokning\b|\butan att boka\b|\bdrop-in\b")


def walk_in_things(part: str, tokens: Sequence[str]) -> list[str] | None:
    """What a part offers without booking ("Kloklippning utan tidsbokning på lördagar"): the
    words before it, or None when the part offers nothing so (or requires booking)."""
    found = _WALK_IN.search(part)
    if found is None or requires_booking(part) or not _DENIED.isdisjoint(tokens):
        return None
    return list(tokens_of(part[: found.start()]))


_DENIED = listed("inte ej ingen inget inga aldrig")
_GOT = listed(
    """fick gav gavs direkt genast ändå kom släppte släpptes tog körde spelade bowlade hyrde
    hjälpte"""
)
"""What tells the service given: the customer got it ("fick en bana direkt"), staff gave it
("gav oss bana sju"), or the customer did it ("körde", "spelade")."""
_SUPPOSED = listed(
    """ville vill försökte försöker kan kunde skulle vore borde önskar önskade om ifall hade
    hoppades tänkte undrade undrar frågade"""
)
"""A wish, an attempt, a condition or a question: the service not told as given."""
_LATER = re.compile(r"\bfick (?:en |ny |en ny |en annan )?tid\b|\bi stället\b|\bistället\b")
"""An appointment given for later ("fick en tid till eftermiddagen") or a substitute ("i
stället"): the service asked for was not given unbooked."""
_WORDS = ("bok", "obok", "förbok", "tidsbok", "oanmäl")


def requires_booking(part: str) -> bool:
    """Whether a fact's part says the service is given only to those who booked."""
    return bool(("bok" in part or "drop" in part or "spontan" in part) and _REQUIRED.search(part))


def group_size(part: str) -> float:
    """The size a party must pass for a booking rule to bind it ("grupper på fler än tio
    personer" → 10), 0 when the rule binds everyone."""
    if "grupp" not in part and "person" not in part:
        return 0.0
    found = _GROUP.search(part)
    if found is None:
        return 0.0
    said = found.group(1) or found.group(2)
    value = float(said) if said.isdigit() else word_value(said)
    return value or 0.0


def party_of(tokens: Sequence[str]) -> float | None:
    """The size of the party a sentence counts ("vi var fyra kompisar", "tjugo stycken")."""
    text = " ".join(tokens)
    sizes = []
    for pattern in _PARTY:
        for found in pattern.finditer(text):
            said = found.group(1)
            value = float(said) if said.isdigit() else word_value(said)
            if value is not None:
                sizes.append(value)
    return max(sizes) if sizes else None


def bears_on_booking(token: str) -> bool:
    """A word that may tell a booking or its lack ("bokning", "bokat", "obokade")."""
    return token.startswith(_WORDS) or token.startswith("utan")


def unbooked_service(tokens: Sequence[str]) -> str | None:
    """The words of a sentence that tell the service given without booking, if it does."""
    text = " ".join(tokens)
    unbooked = _UNBOOKED.search(text)
    if unbooked is None:
        return None
    rest = (text[: unbooked.start()] + " " + text[unbooked.end() :]).split()
    if not NEGATIONS.isdisjoint(rest) or not _SUPPOSED.isdisjoint(rest):
        return None
    if _GOT.isdisjoint(rest) or any(t.startswith(("bok", "förbok")) for t in rest):
        return None  # nothing given, or a booking made after all ("fick boka en ny tid")
    if _LATER.search(" ".join(rest)):
        return None  # a time given for later, or something else in its place
    return unbooked.group(0)


_NO_BOOKINGS = re.compile(
    r"\b(?:tar|tas) (?:inte (?:emot )?|inga |emot inga )(?P<head>\w*?)bokningar\b(?P<rest>.*)"
)
_CONDITIONED = re.compile(r"\b(?:färre|fler|mindre|större) än\b|\butom\b|\bförutom\b|\bbara\b")
_BOOKED = re.compile(r"^(?:för)?bok(?:ade|at|ades)$")
_MEANT = listed("tänkt tänkte planerade")
_ELSEWHERE = listed("annan annat andra annanstans")


def refused_bookings(part: str) -> str | None:
    """What a part says is never booked ("bord" of "tar inte emot bordsbokningar", "" of
    "receptionen tar inga bokningar"), or None; a refusal with a condition ("för färre än
    sex personer") refuses only some, so none is read."""
    found = _NO_BOOKINGS.search(part)
    if found is None or _CONDITIONED.search(found.group("rest")):
        return None
    head = found.group("head")
    return head[:-1] if len(head) > 3 and head.endswith("s") else head  # "bords" of "bord"


def booking_made(
    head: str, place: str, tokens: Sequence[str], at_place: Callable[[str], bool]
) -> str | None:
    """The words of a sentence that tell a booking made where none is taken ("vi bokade ett
    bord för sex", "killen i receptionen bokade en bana åt oss"): a booking verb in the past,
    of the thing when the fact names one, at the place when it is not the store's; not a
    wish, a plan or anything denied."""
    verb = next((t for t in tokens if _BOOKED.match(t)), None)
    if verb is None:
        return None
    supposed = _SUPPOSED | _MEANT
    at = tokens.index(verb)
    if at and tokens[at - 1] == "hade":
        supposed = supposed - {"hade"}  # "vi hade bokat bord": the pluperfect, a booking made
    if not NEGATIONS.isdisjoint(tokens) or not supposed.isdisjoint(tokens):
        return None
    if not _ELSEWHERE.isdisjoint(tokens) or _LATER.search(" ".join(tokens)):
        return None  # "bokade bord på en annan restaurang i stället"
    if head and not any(t.startswith(head) for t in tokens[at + 1 :]):
        return None
    if place and not any(at_place(t) for t in tokens):
        return None
    return f"{verb} {head}".strip()
