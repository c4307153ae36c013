"""Child stages: one child given an age and a stage of life that cannot go together.

A parent who invents a visit gives the child an age in one answer ("hon fyllde fyra i
november", "min son är fyra år") and, later, a stage of school or life that belongs to
another age ("hon börjar gymnasiet till hösten", "han går i sexan", "hon tog körkort"). Each
stage has the ages a child may be at it, with a year's leeway either way (a late start, a
skipped year, "till hösten"); an age outside them is one point towards an impossible claim.

Read of one child only: an age or a stage is the child's when it is said of a child's word
("min dotter", "sonen", "grabben", "lillen", a "-åring") or of "han" or "hon" whose nearest
person named before it, in the call, is that child (so "tjejen i kassan … hon går på
gymnasiet" is the assistant's stage). A call that names more than one child ("barnen",
"två barn", a brother, a sister, "den äldsta", twins) is not read, since the age and the
stage may be two children's; nor is a stage told as past ("när hon gick i ettan"), wished
("ska börja om några år") or someone else's ("hans kompis går i nian").
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import PERSON, kind_of_word
from kundrost.adapters.offline.topics import TOPIC_WORDS

_CHILD = listed(
    """son sonen dotter dottern grabben grabb pojken pojke flickan flicka ungen lillen
    lillan lilltjejen lillkillen knodden"""
)
"""A child's word, said of one child."""
_PARENT = listed("min mitt vår vårt")
_MORE_CHILDREN = listed(
    """barnen söner döttrar ungarna grabbarna tjejerna bror brorsan brodern storebror
    lillebror syster systern syrran storasyster lillasyster syskon syskonen tvillingar
    tvillingarna äldsta yngsta äldste yngste båda bägge"""
)
"""Words that name a second child: with one of them, the age and the stage may be two."""
_PRONOUNS = listed("han hon")
_MALE = listed("son sonen grabben grabb pojken pojke lillkillen killen kille mannen gubben")
_FEMALE = listed("dotter dottern flickan flicka lillan lilltjejen tjejen tjej kvinnan tanten")
_AGED = ("åring", "åringen")
"""A child by its age: "vår treåring", "sexåringen"."""
_OTHER_PRONOUNS = listed("jag vi ni du de dom man mig oss dem henne honom")
"""Pronouns that name no one new: passed over when looking for the last person named."""
_AGE_VERBS = listed("är var fyllde fyller blir blev")
_YEARS = listed("år års gammal")
_ENDS_AN_AGE = frozenset({"", "och", "men", "så", "nej", "förlåt", "nu", "ju", "eller", "i"})
"""What may follow a bare age ("hon är fyra och …", "han är sju nu"): "är fyra kronor" is no
age."""
_CORRECTING = listed("nej förlåt menar alltså eller")
_STAGE_VERBS = listed("går gick gått börjar började börjat börja slutar tar tog")
_MANY = listed("mina våra båda alla")
_PAST = re.compile(r"\b(?:när (?:han|hon) (?:gick|var)|förra året|i fjol|förut|tidigare)\b")
_LATER = re.compile(r"\b(?:om (?:\w+ )?(?:några|ett par|\w+) år|så småningom|en dag)\b")
_STAGES: tuple[tuple[re.Pattern[str], float, float], ...] = (
    (re.compile(r"\b(?:förskolan|förskola|dagis|dagiset|förskolegrupp\w*)\b"), 1, 5),
    (re.compile(r"\bförskoleklass(?:en)?\b"), 5, 7),
    (re.compile(r"\bettan\b|\bförsta klass\b|\bklass ett\b"), 6, 8),
    (re.compile(r"\btvåan\b|\bandra klass\b|\bklass två\b"), 7, 9),
    (re.compile(r"\btrean\b|\btredje klass\b|\bklass tre\b"), 8, 10),
    (re.compile(r"\bfyran\b|\bfjärde klass\b|\bklass fyra\b"), 9, 11),
    (re.compile(r"\bfemman\b|\bfemte klass\b|\bklass fem\b"), 10, 12),
    (re.compile(r"\bsexan\b|\bsjätte klass\b|\bklass sex\b"), 11, 13),
    (re.compile(r"\bsjuan\b|\bsjunde klass\b|\bklass sju\b"), 12, 14),
    (re.compile(r"\båttan\b|\båttonde klass\b|\bklass åtta\b"), 13, 15),
    (re.compile(r"\bnian\b|\bnionde klass\b|\bklass nio\b"), 14, 16),
    (re.compile(r"\blågstadiet\b"), 6, 10),
    (re.compile(r"\bmellanstadiet\b"), 9, 13),
    (re.compile(r"\bhögstadiet\b"), 12, 16),
    (re.compile(r"\bgymnasiet\b"), 15, 20),
    (re.compile(r"\b(?:tar|tog) studenten\b|\b(?:tar|tog) körkort\w*\b"), 17, 99),
    (re.compile(r"\b(?:universitetet|högskolan)\b"), 18, 99),
)
"""Stages of school and life with the ages a child is at them, leeway not yet added."""
_STAGE_WORDS = listed(
    """förskolan förskola dagis dagiset förskoleklass förskoleklassen ettan tvåan trean fyran
    femman sexan sjuan åttan nian klass lågstadiet mellanstadiet högstadiet gymnasiet
    studenten körkort universitetet högskolan"""
)
STAFF_AGE = 17
"""Stages that end before this age (compulsory school and younger) are no shop worker's."""
LEEWAY = 1.0
"""Years either side of a stage's ages: a late start, a skipped year, a stage begun "till
hösten"."""


def _childs(tokens: tuple[str, ...], at: int, before: list[str], young: bool = False) -> bool:
    """Whether the words just before `at` (its subject) name the child: a child's word, or
    "han"/"hon" whose nearest person named before it is a child's word. A stage no one
    working in a shop is at (`young`: "går i femman") passes over the staff too."""
    for index in range(at - 1, max(-1, at - 4), -1):
        token = tokens[index]
        if _child_word(token):
            return True
        if token in _PRONOUNS:
            return _child_word(_last_person(before + list(tokens[:index]), token, young))
    return False


def _child_word(token: str) -> bool:
    return token in _CHILD or token.endswith(_AGED)


def _last_person(words: list[str], pronoun: str, young: bool) -> str:
    """The person "han" or "hon" stands for: the nearest person named before it, passing
    over those of the other sex ("tjejen i kassan" is no "han") and, when `young`, the
    staff."""
    other = _FEMALE if pronoun == "han" else _MALE
    for token in reversed(words):
        if token in other or (young and TOPIC_WORDS.lookup(token) == "staff"):
            continue
        if _child_word(token):
            return token
        if (
            token not in _PRONOUNS
            and token not in _OTHER_PRONOUNS
            and kind_of_word(token) == PERSON
        ):
            return token
    return ""


def _corrected(tokens: tuple[str, ...], at: int, value: float) -> float:
    """The age said last when the speaker corrects it: "fyra, nej förlåt, fjorton" is
    fourteen."""
    for index in range(at + 1, min(len(tokens), at + 5)):
        if tokens[index] in _CORRECTING:
            for later in tokens[index + 1 : index + 4]:
                corrected = word_value(later)
                if corrected is not None:
                    return corrected
    return value


def _age(tokens: tuple[str, ...], before: list[str]) -> float | None:
    for index, token in enumerate(tokens):
        if token.endswith(_AGED):
            value = word_value(token[: token.index("åring")])
            if value is not None and value < 20:
                return value
        if token not in _AGE_VERBS or index + 1 >= len(tokens):
            continue
        value = word_value(tokens[index + 1])
        after = tokens[index + 2] if index + 2 < len(tokens) else ""
        aged = (
            after in _YEARS
            or after in _ENDS_AN_AGE
            or token in ("fyllde", "fyller", "blir", "blev")
        )
        if value is None or not 0 < value < 20 or not aged:
            continue
        if _childs(tokens, index, before):
            return _corrected(tokens, index + 1, value)
    return None


def _stage(tokens: tuple[str, ...], text: str, before: list[str]) -> tuple[float, float] | None:
    if _STAGE_VERBS.isdisjoint(tokens) or _PAST.search(text) or _LATER.search(text):
        return None
    for pattern, youngest, oldest in _STAGES:
        found = pattern.search(text)
        if found is None:
            continue
        at = len(text[: found.start()].split())
        verb = next((i for i in range(at, max(-1, at - 5), -1) if tokens[i] in _STAGE_VERBS), None)
        if verb is not None and _childs(tokens, verb, before, oldest < STAFF_AGE):
            return youngest, oldest
    return None


def _children(evidence: Evidence) -> bool:
    """ "två barn", "mina barn": more than one child by the bare word ("för barn" is no one's)."""
    return "barn" in evidence.words and any(
        token == "barn"
        and index
        and (tokens[index - 1] in _MANY or (word_value(tokens[index - 1]) or 0) >= 2)
        for tokens in evidence.sentence_tokens
        for index, token in enumerate(tokens)
    )


def child_stage_points(evidence: Evidence) -> tuple[float, str]:
    """One point when one child's age and stage cannot go together (module docstring), with
    the sentence of the stage."""
    words = evidence.words
    if _STAGE_WORDS.isdisjoint(words) or not any(map(_child_word, words)):
        return 0.0, ""
    if not _MORE_CHILDREN.isdisjoint(words) or _children(evidence):
        return 0.0, ""
    ages: list[float] = []
    stages: list[tuple[float, float, str]] = []
    before: list[str] = []
    for tokens, text in zip(evidence.sentence_tokens, evidence.phrases, strict=True):
        age = _age(tokens, before)
        if age is not None:
            ages.append(age)
        if not _STAGE_WORDS.isdisjoint(tokens):
            stage = _stage(tokens, text, before)
            if stage is not None:
                stages.append((*stage, text))
        before.extend(tokens)
    for age in ages:
        for youngest, oldest, text in stages:
            if age < youngest - LEEWAY or age > oldest + LEEWAY:
                return 1.0, text
    return 0.0, ""
