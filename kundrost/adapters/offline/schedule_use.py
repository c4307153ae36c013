"""Using a facility on a day or at an hour a fact says it is shut.

The customer used the facility, or met the thing done ("nybakat"), on a day or at an hour
the fact's schedule (`schedules`) rules out. The day is the one said in the sentence, else in
the same answer, else the day of the verified purchase unless the words place it on another
day ("i går", "förra veckan"); the hour likewise, both readings of "vid fyra" tried. Using is
an act of the customer's or of staff there ("hämtade ut ett paket", "killen där kapade"), or
being at it or served from it ("i brädgården", "från grillen"), not a facility said to be
shut or unstaffed, and not a sentence about the schedule itself ("de bakar det bara på
fredagar").
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.fact_claims import Claim
from kundrost.adapters.offline.lexicon import NEGATIONS, is_negated
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import OTHER_TIME
from kundrost.adapters.offline.topics import TOPIC_WORDS
from kundrost.adapters.offline.when import days_of, said_day, stated_hours
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.opening_hours import Weekday

_OCCURRED = listed("kom levererades levererade fick")
"""What a scheduled service did for the customer: "hemkörningen kom i dag"."""
_PEOPLE = listed("jag vi man du hon han de dom")
"""Who comes or gets something themselves, which tells nothing of the service."""
_SERVED = listed(
    """hämtade hämta skickade skicka lämnade lämna kapade kapa filéade filéa skar vägde
    hjälpte scannade lastade bredde serverade visade"""
)
"""What a facility does for a customer; buying ("köpte", "tog") may be of packed goods."""
_SHUT = listed("stängt stängd stängda obemannad obemannat tomt slut låst")
THERE = listed("där dit därifrån")
_AT = listed("i vid på hos från")
_VERB_ENDINGS = listed(
    "a ar ad ade at as ades t te ts de er s d das des ning ningen erade eras erat ans ansen es"
) | {""}


_SERVED_THING = re.compile(r"^(?:\w+ )?(\w+) (?:serveras|bakas|lagas|gräddas)\b")


def _served_thing(claim: Claim) -> bool:
    """The fact is of a thing served, not of a place: "Frukosten serveras 7–10"."""
    return _serves(claim.fact.statement, claim.subject)


@lru_cache(maxsize=1024)
def _serves(statement: str, subject: str) -> bool:
    """`_served_thing` of a fact's statement and subject, read once per fact: every sentence
    that touches a schedule asks it again."""
    found = _SERVED_THING.match(statement.casefold())
    return found is not None and found.group(1) == subject


def _facility_at(claim: Claim, tokens: tuple[str, ...], store: StoreDepartments) -> int | None:
    """Where the sentence names the facility, or None: by the fact's word, or by any name of
    its department — unless the fact's subject is a thing served there, not the place
    ("Frukosten serveras 7–10" in a restaurant aliased "frukosten" keeps the restaurant's
    dinner out of the breakfast hours)."""
    department = None if _served_thing(claim) else store.named(claim.subject)
    for index, token in enumerate(tokens):
        if claim.terms.lookup(token):
            return index
        if department is not None and store.named(token) == department:
            return index
    return None


def _facility_meant(
    claim: Claim, evidence: Evidence, index: int, store: StoreDepartments
) -> tuple[bool, bool]:
    """Whether the sentence speaks of the facility, by name, by its activity's "ny-"
    participle ("allt nybakat i morse": the store's own baking) or by "där" after a sentence
    of the same answer that named it, and whether it places the customer at it ("i
    brädgården")."""
    tokens = evidence.sentence_tokens[index]
    at = _facility_at(claim, tokens, store)
    if at is not None:
        placed = any(
            tokens[i - 1] in _AT and _facility_at(claim, (token,), store) is not None
            for i, token in enumerate(tokens[1:], start=1)
        )
        return True, placed
    if any(fresh_from(claim, token) for token in tokens):
        return True, False
    turns = evidence.reading.sentence_turns
    if index and turns[index - 1] == turns[index] and not THERE.isdisjoint(tokens):
        return _facility_at(claim, evidence.sentence_tokens[index - 1], store) is not None, False
    return False, False


_EATING = listed("åt ätit käkade drack druckit fikade")
"""Eating or drinking what a facility serves is using it ("Vi åt frukost halv tolv")."""
_AWAY = listed("hemma hemifrån innan före")
"""Eaten elsewhere or before coming: "åt frukost hemma", "åt frukost innan vi åkte"."""


def _used(claim: Claim, tokens: tuple[str, ...], placed: bool, near: tuple[str, ...]) -> bool:
    """Whether the sentence tells the facility used; a facility's service is sought in
    `near`, the clause that names it ("Synd att skoverkstaden bara har öppet två dagar, men
    det gick bra att lämna i butiken" leaves nothing there), an activity's in the sentence
    ("vedugnsbrödet, det var alldeles nybakat")."""
    if not _SHUT.isdisjoint(tokens) or not NEGATIONS.isdisjoint(tokens):
        return False
    if not _EATING.isdisjoint(tokens) and _AWAY.isdisjoint(tokens):
        return True
    if placed and claim.schedule is not None and claim.schedule.activity is None:
        return True
    activity = claim.schedule.activity if claim.schedule else None
    near = tokens if activity is not None else near
    for index, token in enumerate(near):
        if is_negated(near, index) or claim.terms.lookup(token):
            continue
        if activity is not None and (_does(activity, token) or _occurred(near, index)):
            return True
        if activity is None and (token in _SERVED or _staff_there(near, index)):
            return True
    return False


def fresh_from(claim: Claim, token: str) -> bool:
    """The "ny-" participle of the schedule's activity ("nybakat"): the store's own making,
    which names its facility as well as its name does."""
    activity = claim.schedule.activity if claim.schedule else None
    return activity is not None and token.startswith("ny") and _does(activity, token)


def _occurred(tokens: tuple[str, ...], index: int) -> bool:
    """The service did it ("hemkörningen kom"), not the customer ("jag kom på söndagen")."""
    return tokens[index] in _OCCURRED and (index == 0 or tokens[index - 1] not in _PEOPLE)


def _does(activity: str, token: str) -> bool:
    """A form of the activity's verb, or its "ny-" participle: "bakade", "nybakat"."""
    stem = token[2:] if token.startswith("ny") else token
    return stem.startswith(activity) and stem[len(activity) :] in _VERB_ENDINGS


def _staff_there(tokens: tuple[str, ...], index: int) -> bool:
    """ "killen där", "han som jobbade där": someone working at the place."""
    return TOPIC_WORDS.lookup(tokens[index]) == "staff" and not THERE.isdisjoint(
        tokens[index + 1 : index + 5]
    )


def _when(
    evidence: Evidence,
    index: int,
    context: BusinessContext,
    visited_at: datetime | None,
    near: tuple[str, ...] = (),
) -> tuple[int | None, tuple[float, ...] | None]:
    """The weekday and the possible hours the sentence is placed at (module docstring); an
    hour said in `near`, the clause that names the facility, before any other of the
    sentence ("Vid tretiden bowlade vi, sen åt vi i restaurangen vid sex": six)."""
    turns = evidence.reading.sentence_turns
    answer = tuple(
        t for i, tokens in enumerate(evidence.sentence_tokens) if turns[i] == turns[index]
        for t in tokens
    )  # fmt: skip
    own = evidence.sentence_tokens[index]
    day = said_day(own) or said_day(answer)
    hours = stated_hours(near) or stated_hours(own) or stated_hours(answer)
    if day is not None:
        return min(day), hours
    if visited_at is None or OTHER_TIME.search(" ".join(answer)):
        return None, None
    local = context.local(visited_at)
    return local.weekday(), hours or (local.hour + local.minute / 60,)


def schedule_broken(
    claim: Claim,
    evidence: Evidence,
    index: int,
    context: BusinessContext | None,
    visited_at: datetime | None,
    store: StoreDepartments,
) -> str | None:
    schedule = claim.schedule
    tokens = evidence.sentence_tokens[index]
    if schedule is None or context is None or evidence.cues[index].actionable:
        return None
    if any((days := days_of(t)) is not None and days[1] for t in tokens):
        return None
    named, placed = _facility_meant(claim, evidence, index, store)
    if not named:
        return None
    near = next(
        (
            clause.clause.tokens
            for clause in evidence.in_sentence(index)
            if _facility_at(claim, clause.clause.tokens, store) is not None
        ),
        (),
    )
    if not _used(claim, tokens, placed, near or tokens):
        return None
    day, hours = _when(evidence, index, context, visited_at, near)
    if day is None:
        return None
    if not schedule.open_on(day):
        return evidence.reading.sentences[index]
    if hours is None:
        return None
    store_hours = _store_hours(context, day)
    if all(not schedule.open_at(day, hour, store_hours) for hour in hours):
        return evidence.reading.sentences[index]
    return None


def _store_hours(context: BusinessContext, day: int) -> tuple[float, float] | None:
    hours = context.operating_hours.get(list(Weekday)[day])
    if hours is None or hours.overnight:
        return None
    return hours.open.hour + hours.open.minute / 60, hours.close.hour + hours.close.minute / 60
