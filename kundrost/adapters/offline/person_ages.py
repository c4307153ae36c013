"""Person and animal ages: an age no one reaches, or more years at work than years alive.

`consistency` reads the age of staff its lexicon knows ("kassörskan var hundratjugo år");
this reads any person named by a trade ("låssmeden", "tatueraren", "frisören"), each one
point towards an impossible claim:

- an age beyond the oldest people, 120 years ("Låssmeden är hundrafemtio år gammal");
- as many years in a trade as years alive, or more ("är sex år gammal och har jobbat som
  tatuerare i tjugo år"; a child helping in the family shop is not read, so the years of
  childhood are not taken off);
- a birthday beyond the oldest, "år" unsaid ("mormor, som fyller hundrafyrtiofem i vår");
- the speaker's own years at something — shopping here, living, working, training —
  beyond the age they tell anywhere in the call ("Jag är tjugofem" … "jag har handlat här i
  fyrtio år"); as many years as the age are a child's with its parents, and two ages told
  leave it unread;
- more than a hundred years at a trade by one person ("Biodlaren har hållit på med bin i
  hundratjugo år"; a family, a firm or a store may have been at it longer);
- an animal older than the oldest of its kind (`animal_ages`): a dog of more than 30, a cat
  of more than 38, a horse or a pony of more than 62 ("min häst Stella … Hon är åttiofem
  år"), said of the animal, of a name it was given ("vår tax Sigge") or of "hon", "han" or
  "den" right after a sentence that named it last.

Things and animals grow old ("mattan är över hundra år gammal", a catfish of twenty), so
the age must be said of a person, right before "är" or "var"; a feeling, a hypothetical,
a joke and another's words claim nothing.
"""

from __future__ import annotations

import re
from datetime import datetime

from kundrost.adapters.offline.animal_ages import animal_too_old
from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import PERSON, kind_of_word

OLDEST = 120
_TRADES = ("aren", "ören", "isten", "smeden", "erskan", "örskan", "iten", "ikern")
"""How a definite noun naming a trade ends: "tatueraren", "frisören", "låssmeden"."""
_AGE = re.compile(r"\b(\w+) (?:är|var) (\w+) år(?: gammal| gamla)?\b")
_WORKED = re.compile(r"\b(?:jobbat|arbetat|varit) (?:\w+ ){0,3}?i (\w+) år\b")
_BIRTHDAY = re.compile(r"\b(\w+),? (?:som )?(?:fyller|fyllde) (\w+)\b")
_AT_IT = re.compile(
    r"\b(\w+) (?:har|hade) (?:\w+ )?(?:hållit på|jobbat|arbetat|varit verksam|sysslat)"
    r" (?:\w+ ){0,4}?i (\w+) år\b"
)
LONGEST_AT_IT = 100
_NOT_SO = re.compile(
    r"\b(?:om (?:jag|vi|man|han|hon|det|de|dom|du|ni)|skulle|kändes|skämt\w*|skoja\w*|sa att|"
    r"sade att|typ)\b"
)


_KIN = listed("mormor morfar farmor farfar mamma pappa mor far moster faster morbror farbror")


def _person(word: str) -> bool:
    return kind_of_word(word) == PERSON or word.endswith(_TRADES) or word in _KIN


_SPEAKERS = listed("jag vi du ni")


def _worked_as_long(text: str, age_told: re.Match[str], age: float) -> bool:
    """Whether the sentence goes on to give the person of `age_told` as many years at work
    as years alive ("han som fyllde fyrtio i höstas har jobbat här i sextio år"); not when
    another person is named between ("jag fyllde femtio, mamma har jobbat där i sextio år")."""
    worked = _WORKED.search(text, age_told.end())
    years = word_value(worked.group(1)) if worked else None
    if worked is None or years is None or years < age:
        return False
    subject = age_told.group(1)
    same = {subject} if subject in _SPEAKERS else {subject, "han", "hon"}
    between = text[age_told.end() : worked.start()].split()
    return not any(word not in same and _person(word) for word in between)


def _impossible_age(text: str) -> bool:
    for found in _AGE.finditer(text):
        age = word_value(found.group(2))
        if age is None or not _person(found.group(1)):
            continue
        if age > OLDEST:
            return True
        if _worked_as_long(text, found, age):
            return True
    for found in _BIRTHDAY.finditer(text):
        age = word_value(found.group(2))
        if age is None or not _person(found.group(1)):
            continue
        if age > OLDEST or _worked_as_long(text, found, age):
            return True
    for found in _AT_IT.finditer(text):
        years = word_value(found.group(2))
        if years is not None and years > LONGEST_AT_IT and _one_person(found.group(1)):
            return True
    return False


def _one_person(word: str) -> bool:
    """One person, not a family or a firm ("vi", "familjen", "de" may count generations)."""
    return word in ("jag", "han", "hon") or word.endswith(_TRADES)


_CUES = frozenset({"år", "fyller", "fyllde"})


_AGE_THEN = re.compile(
    r"\b(?:när|då) (hon|han) (?:var|hade fyllt|fyllde) (\w+)\b|"
    r"\b(\w+) (?:var|fyllde) (\w+) (?:år )?samma år\b"
)
_STILL = "fortfarande"
OLDEST_AT_WORK = 100
"""Years: no one still at a job every day, as a story tells it, is older."""


def _year(token: str, now: int) -> int | None:
    return int(token) if len(token) == 4 and token.isdigit() and 1800 < int(token) < now else None


def _still_at_it(evidence: Evidence, visited_at: datetime) -> int | None:
    """The sentence of a person still at it who, by the year and the age then told, is older
    than anyone still at work: "han började här 1952, när han hade fyllt trettio, och han
    jobbar fortfarande heltid". The year is said in the sentence, or before it when the age
    is said "samma år"; the age is the person's own ("när han var", "hon fyllde tjugo samma
    år"), not a firm's ("när butiken öppnade")."""
    now = visited_at.year
    years: list[int] = []
    for index, tokens in enumerate(evidence.sentence_tokens):
        told = [y for t in tokens if (y := _year(t, now)) is not None]
        text = evidence.phrases[index]
        cues = evidence.cues[index]
        if _STILL in tokens and not (cues.elsewhere or cues.wish or felt(tokens)):
            for found in _AGE_THEN.finditer(text):
                age = word_value(found.group(2) or found.group(4))
                same_year = found.group(3) is not None and _person(found.group(3))
                year = told[-1] if told else (years[-1] if years and same_year else None)
                if age is not None and year is not None and now - year + age > OLDEST_AT_WORK:
                    return index
        years += told
    return None


_MY_AGE = re.compile(
    r"\bjag (?:är|fyllde|fyller|blev|har fyllt) (\w+)(?= år\b| gammal\b| och\b| i\b|$)"
)
"""The speaker's age: a number right after "jag är" with "år", "och" or the sentence's end
after it ("Jag är trettio."), not "jag är fem minuter bort"."""
_MY_YEARS = re.compile(
    r"\b(?:jag|jag (?:är|fyllde|blev) \w+(?: år)?(?: gammal)? och) (?:har|hade) (?:\w+ )?"
    r"(?:handlat|bott|jobbat|arbetat|varit kund|varit stamkund|kommit|gått|tränat|åkt) "
    r"(?:\w+ ){0,4}?i (?:över |mer än |drygt )?(\w+) år\b"
)


def _own_years_beyond(evidence: Evidence) -> int | None:
    """The speaker's own years at something beyond the age they tell, anywhere in the call:
    "Jag är tjugofem" … "jag har handlat här i fyrtio år" (a child shops with its parents,
    so as many years as the age are no claim; more are). The sentence's index."""
    ages: list[float] = []
    spans: list[tuple[float, int]] = []
    for index, tokens, text in evidence.cued_sentences(_MY_CUES):
        cues = evidence.cues[index]
        if felt(tokens) or _NOT_SO.search(text) or cues.wish or cues.elsewhere:
            continue
        ages += [a for f in _MY_AGE.finditer(text) if (a := word_value(f.group(1))) is not None]
        spans += [(y, index) for f in _MY_YEARS.finditer(text) if (y := word_value(f.group(1)))]
    if len(set(ages)) != 1:
        return None
    return next((index for years, index in spans if years > ages[0]), None)


_MY_CUES = frozenset({"jag"})


def person_age_points(evidence: Evidence, visited_at: datetime | None = None) -> tuple[float, str]:
    """One point per sentence telling an impossible age, and the first such sentence."""
    points, first = 0.0, ""
    if "år" in evidence.words and "jag" in evidence.words:
        beyond = _own_years_beyond(evidence)
        if beyond is not None:
            points, first = 1.0, evidence.reading.sentences[beyond]
    if visited_at is not None and _STILL in evidence.words:
        still = _still_at_it(evidence, visited_at)
        if still is not None:
            points, first = 1.0, evidence.reading.sentences[still]
    for index, tokens, text in evidence.cued_sentences(_CUES):
        cues = evidence.cues[index]
        if felt(tokens) or _NOT_SO.search(text) or cues.wish or cues.elsewhere:
            continue
        if _impossible_age(text) or animal_too_old(evidence, index, tokens):
            points += 1.0
            first = first or evidence.reading.sentences[index]
    return points, first
