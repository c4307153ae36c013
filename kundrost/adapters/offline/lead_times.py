"""Lead times: a service a fact says takes days, told as done within the visit.

A fact may set the least time a service takes or must be ordered ahead: "lämnar tillbaka
inlämnade skidor efter två arbetsdagar", "tårtor beställs senast två dagar före hämtning",
"tre dagar i förväg". A customer who tells, in one answer that names it, of handing in or
ordering it and then getting it back within the same day ("lämnade in skidorna klockan tolv och
kunde hämta dem klockan två", "beställde tårtan och hämtade den samma eftermiddag", "på en
timme", "medan jag handlade", "på förmiddagen … på eftermiddagen"), or the next day for a
service of two days or more ("hämtade det dagen efter"), tells what the store does not do,
unless they paid for speed ("express", "betalade extra", "150 kronor extra"). The account is
compared with the store's own words, so the rule needs no list of services.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.numbers import word_value

_LEAD = re.compile(
    r"\b(?:efter|minst|senast|tidigast|tar|(?:är|blir) (?:klara?|färdiga?|redo) (?:på|efter)) "
    r"(\w+)(?:[–-]\w+| till \w+)? (?:arbets|var)?"
    r"(dagar|dag|dygn|veckor|vecka)\b|"
    r"\b(\w+) (?:arbets|var)?(dagar|dygn|veckor) (?:i förväg|före|innan)\b|"
    r"\b(dagen) (?:före|innan|i förväg)\b"
)
"""The least time a service takes: "efter två arbetsdagar", "tar fem till sju dagar", "är klara
på 5–7 vardagar" (a range's least); not "inom 30 dagar", which bounds from above."""
_DAYS = {"dag": 1, "dagar": 1, "dygn": 1, "vecka": 7, "veckor": 7}
LEAD_WORDS = re.compile(r"dag|dygn|veck|förväg|hämtning|leverans")
"""Words of a lead-time part that name no service: they say when, not what."""
_HANDED = re.compile(
    r"\b(?:lämnade (?:\w+ )?in|beställde|lämnade(?! (?:\w+ )?(?:tillbaka|igen|åter)))\b"
    r"|\b(?:de|dom|han|hon|ni) (?!var\b|hade\b|sa\b|sade\b)\w{3,}(?:ade|de|te)\b"
    r"(?= (?:\w+ ){0,5}?(?:direkt|genast|med en gång|på en gång|på stående fot|på plats)\b)"
)
"""Handing in or ordering; "lämnade tillbaka" is a return (of a rented canoe), not an order.
Staff making the thing at once ("de slipade in glasen direkt", "hon sydde upp byxorna med en
gång") starts the service as an order does."""
_BACK = re.compile(
    r"\b(?:hämta|hämtade|hämtat|fick (?:\w+ )?tillbaka|var (?:klar|klara|färdig|färdiga)|"
    r"blev (?:klar|klara|färdig|färdiga))\b"
)
_SOON = re.compile(
    r"\b(?:samma (?:dag|förmiddag|eftermiddag|kväll)|"
    r"(?:på|efter|inom) (?:en|ett|\w+) (?:halv )?(?:timm\w*|minut\w*|kvart)|"
    r"(?:en|\w+) (?:timm\w*|minut\w*|kvart) senare|"
    r"medan jag (?:väntade|handlade|fikade|drack|åt))\b"
)
_NEXT_DAY = re.compile(r"\b(?:dagen (?:efter|därpå)|nästa dag|på (?:en|ett|två) dygn)\b")
"""Got back the next day: too soon for a service that takes two days or more."""
_LATER_IN_DAY = re.compile(
    r"\bpå (?:morgonen|förmiddagen)\b.*\b(?:på|till|samma) (?:eftermiddagen|kvällen)\b"
)
"""Handed in in the morning and got back in the afternoon: the same day."""
_CLOCK = re.compile(r"\bklockan (\w+)\b")
_PAID_FOR_SPEED = re.compile(
    r"express|\b(?:betalade|kostade) extra\b|\b(?:kronor|kr|spänn) extra\b|\bextra avgift|"
    r"\btillägg"
)


def lead_days(part: str) -> float | None:
    """The least days a fact's part sets for its service, or None when it sets none."""
    found = _LEAD.search(part)
    if found is None:
        return None
    if found.group(5):
        return 1.0
    count, unit = (found.group(1), found.group(2)) if found.group(2) else found.group(3, 4)
    value = word_value(count)
    return value * _DAYS[unit] if value is not None and value >= 1 else None


def _same_day(answer: str, days: float) -> str | None:
    soon = _SOON.search(answer) or (_NEXT_DAY.search(answer) if days >= 2 else None)
    if soon is not None and NEGATIONS.isdisjoint(answer[: soon.start()].split()[-3:]):
        return soon.group(0)
    later = _LATER_IN_DAY.search(answer)
    if later is not None:
        return later.group(0)
    hours = {word_value(h) for h in _CLOCK.findall(answer)} - {None}
    return "klockan … klockan" if len(hours) >= 2 else None


def lead_broken(evidence: Evidence, index: int, days: float = 1.0) -> str | None:
    """Words of the answer holding sentence `index` that tell its service handed in and got
    back the same day, or the next when the fact sets `days` of two or more, with nothing
    paid for speed."""
    turns = evidence.reading.sentence_turns
    answer = " ".join(
        phrase for phrase, turn in zip(evidence.phrases, turns, strict=True) if turn == turns[index]
    )
    handed = _HANDED.search(answer)
    back = None if handed is None else _BACK.search(answer, handed.end())
    if handed is None or back is None or _PAID_FOR_SPEED.search(answer) is not None:
        return None
    if not NEGATIONS.isdisjoint(answer[: back.start()].split()[-3:]):
        return None
    soon = _same_day(answer, days)
    return None if soon is None else f"{handed.group(0)} … {back.group(0)} … {soon}"
