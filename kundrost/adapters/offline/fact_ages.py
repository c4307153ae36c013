"""Age and height rules: who may do a thing alone, from what age, from what height, and a
customer who tells of someone below the rule doing it.

Read from one part of a fact:

- supervised: children under an age do a thing, or are at a place, only with an adult ("Barn
  under 10 år badar bara med en vuxen i vattnet", "Barn under 6 år får bara vara i
  lekrummet med en vuxen") — broken by a child told younger ("min åttaåring", "min dotter,
  sju år") doing that thing or being at that place alone ("själv", "ensam", "utan en
  vuxen"), or left there while the speaker went off ("lämnade min treåring i bollhavet och
  gick och handlade");
- least age: a thing done or got only by one who has turned an age ("Den som hyr bil måste
  ha fyllt 21 år", "hyrs bara ut till den som fyllt 18 år") — broken by someone told younger
  doing it themselves: the age said of the one who acts ("min sextonåriga son hyrde", "jag
  är sjutton och fick hyra", "min son som är nitton fick vara med"), not of another ("min
  son är sexton så jag hyrde"); an age said "för att" an act ("måste ha fyllt 20 år för att
  vara med", "för att hyra en elcykel ska man vara minst 16 år") is of that act, its
  particle and its thing;
- least height: a place that needs a height ("den röda banan kräver 150 cm", "barn under
  140 cm hoppar inte från tiometern") — broken by someone told shorter ("som är 120
  centimeter lång", "på 135 centimeter") at that place, every word of it said.

- served from an age (`offline-28`): staff who do not do an act to those under an age
  ("Optikerna undersöker inte barn under 8 år", "Vi tatuerar aldrig någon under 18 år"), or a
  thing done or sold only to one who has turned an age, said in the passive ("Kontaktlinser
  provas ut och säljs bara till den som fyllt 12 år") — broken by the act told done by staff
  ("Johan undersökte honom", "provade ut endagslinser åt henne"; not the speaker's own, "jag
  provade", nor done to the speaker, "undersökte mig"), of the fact's thing when it names one
  (a compound on its head: "endagslinser" of "kontaktlinser"), in an answer that tells
  someone younger ("han är fem år", "hon är nio och spelar fotboll", "min sexåring"): the age
  and the act are often told in two sentences of one answer.

The act is the fact's own verb in the past ("badade" of "badar"; "simmade" is bathing too) or
its place named; an age at or over the rule's is the exception it allows. Not when the
sentence denies, wishes, asks or supposes anything ("fick inte", "ville", "om"), nor in
hearsay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import lemmas

SUPERVISED, LEAST_AGE, LEAST_HEIGHT = "supervised", "least_age", "least_height"
SERVED_FROM = "served_from"

_NOT_UNDER = re.compile(
    r"\b(\w{4,}(?:ar|er))(?: vi| de)? (?:inte|ej|aldrig) (?:\w+ ){0,2}?"
    r"(?:barn|personer|ungdomar|någon|kunder|tonåringar)(?: som är)? (?:under|yngre än) (\w+)"
    r"(?: år)?\b"
)
"""Staff who do not do an act to those under an age: "Optikerna undersöker inte barn under 8
år", "Vi tatuerar aldrig någon under 18 år"."""
_PASSIVE_FROM = re.compile(
    r"^(?P<thing>(?:\w+ ){0,2}?\w{4,}) (?P<verbs>\w{3,}s(?: (?:ut|in|upp))?"
    r"(?:(?:,| och) \w{3,}s(?: (?:ut|in|upp))?)*) (?:bara|endast|enbart) (?:till|åt|för|av) "
    r"(?:den|dem|de|personer|kunder|barn) som (?:har )?(?:fyllt|fyller) (?P<age>\w+)\b"
)
"""A thing done or sold only to one who has turned an age, in the passive: "Kontaktlinser
provas ut och säljs bara till den som fyllt 12 år"."""

_CHILDREN_UNDER = re.compile(r"\bbarn under (\w+) år\b")
_WITH_ADULT = re.compile(
    r"\b(?:med|i sällskap av|tillsammans med) (?:en |sin |sina )?(?:vuxen|vuxna|förälder|"
    r"föräldrar|målsman)\b"
)
_TURNED = re.compile(r"\b(?:fyllt|fyllda) (\w+)(?: år)?\b")
_HEIGHT_NEEDED = re.compile(r"\b((?:\w+ )?\w+) kräver (\w+) (?:cm|centimeter)\b")
_UNDER_HEIGHT = re.compile(
    r"\bbarn under (\w+) (?:cm|centimeter) (\w+) (?:inte|ej|aldrig) (?:från|på|i|med) (\w+)"
)
_LEAST = re.compile(r"\bvara minst (\w+) år\b")
_PURPOSE = re.compile(r"\bför att (\w+a)\b(?: (med|in|ut|upp))?(?: (?:en|ett) (\w+))?")
"""What a least age is for when the fact says it with "för att" ("Man måste ha fyllt 20 år
för att vara med på ölprovningen", "För att hyra en elcykel ska man vara minst 16 år")."""
_AT = listed("i på vid")
_ONLY = listed("bara endast enbart måste ska skall")
"""A rule, not a free tier: "barn under tre år hoppar gratis med en förälder" binds no one."""
_FILLER = listed(
    """får bara endast enbart måste ska skall vara är den det de som en ett med i på vid från
    till och sin sina av under år barn vuxen vuxna förälder föräldrar målsman inte ej går"""
)
_ALONE = listed("själv själva ensam ensamma")
_WITHOUT_ADULT = re.compile(r"\butan (?:en |någon |sin )?(?:vuxen|vuxna|förälder|mig|oss)\b")
_LEFT = re.compile(
    r"\blämnade (?:min|mitt|mina|vår|vårt|våra) \w+ .*\boch (?:gick|åkte|stack|körde|for)\b"
)
_AGED = re.compile(r"\b(\w+?)år(?:ing|ig)\w*\b")
_AGE_SAID = re.compile(
    r"\b(?:son|sonen|dotter|dottern|barnet|pojken|flickan|han|hon|jag) (?:är|var|fyllde) "
    r"(?:bara |just |nyss )?(\w+)\b"
)
_OWN_AGE = re.compile(
    r"\b(?:jag|han|hon) (?:är|var) (?:bara |just |nyss )?(\w+)(?: år(?: gammal)?)? och "
    r"(?:fick |har |hade )?(\w+)"
)
_AGED_ACTOR = re.compile(
    r"\b(\w+?)år(?:iga?|ing(?:en|ar|arna)?) (\w+)(?: (\w+))?(?: (\w+))?"
    r"|\b(?:son|sonen|dotter|dottern|bror|brodern|lillebror|storebror|syster|systern|"
    r"lillasyster|storasyster|kompis|barnbarn) som är (\w+)(?: år)?(?: gammal)?,? (\w+)"
    r"(?: (\w+))?(?: (\w+))?"
)
"""One told by age who acts next: "min fjortonåring fick hyra", "min son som är nitton fick
vara med"."""
_TALL = re.compile(r"\b(?:är|på) (\w+) (?:cm|centimeter)\b")
_SUPPOSED = listed(
    """ville vill försökte försöker kan kunde skulle vore borde önskar önskade om ifall
    hoppades tänkte undrade undrar frågade får"""
)
_DENIED = NEGATIONS - {"utan"}
""""utan problem", "utan en vuxen" deny nothing of the act."""
_HEARSAY = re.compile(r"\b(?:sa|sade|säger|berättade|hörde|påstod) att\b|\benligt\b")
_PAST = ("ade", "de", "te", "dde", "tt")
_STRONG = listed("gick tog kom for klev drog sprang fick")
"""Strong pasts of going and getting: "gick hela röda banan"."""
_SAME = {"bad": ("simm",), "simm": ("bad",)}
"""Verbs of one act: bathing is swimming."""

Named = Callable[[str], object]


def _value(word: str) -> float | None:
    return float(word) if word.isdigit() else word_value(word)


def _stem(verb: str) -> str:
    """ "badar" → "bad", "hyrs" → "hyr", "klättrar" → "klättr"."""
    verb = verb.removesuffix("s")
    for ending in ("ar", "er", "r"):
        if verb.endswith(ending) and len(verb) - len(ending) >= 3:
            return verb[: -len(ending)]
    return verb


def did(stem: str, token: str) -> bool:
    """A past form of the verb or of one naming the same act ("simmade" of "bad")."""
    return any(
        token.startswith(verb) and token[len(verb) :] in _PAST
        for verb in (stem, *_SAME.get(stem, ()))
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def _places(words: Sequence[str]) -> tuple[str, ...]:
    """The words after "i", "på", "vid": "lekrummet" of "vara i lekrummet"."""
    return tuple(after for word, after in pairwise(words) if word in _AT and after not in _FILLER)


def age_rule(part: str, tokens: Sequence[str]) -> tuple[str, float, str, tuple[str, ...]] | None:
    """A part's rule as (kind, the age or height, the verb's stem, the words of its places),
    or None."""
    if "barn" in tokens and (under := _CHILDREN_UNDER.search(part)) is not None:
        adult = _WITH_ADULT.search(part, under.end())
        age = _value(under.group(1))
        if adult is not None and age is not None and not _ONLY.isdisjoint(tokens):
            before = _words(part[under.end() : adult.start()])
            after = _words(re.split(r"[,;]", part[adult.end() :])[0])
            verb = next((_stem(w) for w in before if w.endswith("r") and w not in _FILLER), "")
            return SUPERVISED, age, verb, _places([*before, "", *after])
    if "kräver" in tokens and (needed := _HEIGHT_NEEDED.search(part)) is not None:
        height = _value(needed.group(2))
        places = tuple(w for w in needed.group(1).split() if w not in _FILLER)
        if height is not None and places:
            return LEAST_HEIGHT, height, "", places
    if "barn" in tokens and (shorter := _UNDER_HEIGHT.search(part)) is not None:
        height = _value(shorter.group(1))
        if height is not None:
            return LEAST_HEIGHT, height, _stem(shorter.group(2)), (shorter.group(3),)
    served = _served_from(part)
    if served is not None:
        return served
    turned = _TURNED.search(part) if "fyllt" in tokens else None
    turned = turned or (_LEAST.search(part) if "minst" in tokens else None)
    if turned is not None:
        age = _value(turned.group(1))
        purpose = _PURPOSE.search(part)
        if age is not None and purpose is not None:
            done_to = (purpose.group(3),) if purpose.group(3) else ()
            return LEAST_AGE, age, _infinitive_act(purpose), done_to
        before = _words(part[: turned.start()])
        verbs = [w for w in before if w.endswith(("r", "rs")) and w not in _FILLER and len(w) > 2]
        if age is not None and verbs:
            return LEAST_AGE, age, _stem(verbs[-1]), ()
    return None


def _served_from(part: str) -> tuple[str, float, str, tuple[str, ...]] | None:
    """A rule served from an age (module docstring), as (SERVED_FROM, the age, the stems of
    its acts joined by spaces, the head of its thing if it names one)."""
    sentences = (sentence.strip(" .") for sentence in re.split(r"\.\s", part))
    passive = next(filter(None, map(_PASSIVE_FROM.search, sentences)), None)
    if passive is not None:
        age = _value(passive.group("age"))
        verbs = [
            w[:-2] if w.endswith("as") else w[:-1]
            for w in _words(passive.group("verbs"))
            if w.endswith("s")
        ]
        thing = [w for w in _words(passive.group("thing")) if w not in _FILLER]
        if age is not None and verbs and thing:
            return SERVED_FROM, age, " ".join(_stem(v) for v in verbs), (lemmas(thing[-1])[-1],)
    denied = _NOT_UNDER.search(part)
    if denied is not None:
        age = _value(denied.group(2))
        if age is not None:
            return SERVED_FROM, age, _stem(denied.group(1)), ()
    return None


def _infinitive_act(purpose: re.Match[str]) -> str:
    """The act a least age is for, told "för att hyra", "för att vara med": its stem, and
    the particle it is said with ("var med")."""
    verb = purpose.group(1).removesuffix("a")
    particle = purpose.group(2)
    return f"{verb} {particle}" if particle else verb


def _acts(verb: str, acts: Sequence[str]) -> bool:
    """The act told of its doer: its past ("hyrde"), or got to do ("fick hyra", "fick vara
    med"), with the particle the rule says it with."""
    stem, _, particle = verb.partition(" ")
    if not particle and any(did(stem, a) for a in acts[:2]):
        return True
    if acts[0] != "fick" or acts[1] != f"{stem}a":
        return False
    return not particle or acts[2] == particle


def bears_on_age(kind: str, verb: str, token: str) -> bool:
    """A word without which a sentence cannot break the rule."""
    if kind == SERVED_FROM:
        return any(_served_act(stem, token) for stem in verb.split())
    if kind == LEAST_HEIGHT:
        return token in ("cm", "centimeter")
    if kind == SUPERVISED:
        return token in _ALONE or token in ("utan", "lämnade")
    return bool(verb) and token.startswith(verb.partition(" ")[0])


def _ages(text: str) -> list[float]:
    found = [_value(m.group(1)) for m in _AGED.finditer(text)]
    found += [_value(m.group(1)) for m in _AGE_SAID.finditer(text)]
    return [age for age in found if age is not None and 0 < age < 120]


def _at_place(places: Sequence[str], tokens: Sequence[str], named: Named) -> bool:
    """Whether the sentence names each place, by its word, a compound on it ("klätterhallen"
    of "hallen") or another name of the same department ("bollhavet" of "Lekrummet")."""
    for place in places:
        department = named(place)
        if not any(
            t.startswith(place[: max(4, len(place) - 3)])
            or (len(place) > 4 and t.endswith(place))
            or (department is not None and named(t) == department)
            for t in tokens
        ):
            return False
    return True


_STRONG_OF = {"sälj": ("sålde", "sålt")}
"""Strong pasts of the acts a rule serves from an age: "sålde" of "säljs"."""
_OWN = listed("jag vi")
_TO_SPEAKER = listed("mig oss")
_UNITS = listed(
    """minuter minut timmar timme dagar dag veckor vecka månader kronor kr meter cm centimeter
    gånger kilo procent"""
)
_AGE_OF = re.compile(
    r"\b(?:son|sonen|dotter|dottern|barnet|pojken|flickan|grabben|tjejen|killen|han|hon|jag) "
    r"(?:är|var|fyllde|har fyllt) (?:bara |just |nyss )?(\w+)(?: (\w+))?"
)


_CHILDREN = listed(
    """honom henne dem barnet barnen sonen dottern son dotter pojken flickan grabben tjejen
    lillebror lillasyster barnbarnet barnbarn killen ungen ungarna"""
)


def _child(token: str) -> bool:
    """A word for the one a rule served from an age is about: a pronoun of a third person, a
    child by kin ("sonen", "dottern"), or one told by age ("femåringen")."""
    return token in _CHILDREN or _AGED.fullmatch(token) is not None


def _served_act(stem: str, token: str) -> bool:
    return did(stem, token) or token in _STRONG_OF.get(stem, ())


def _young(text: str, limit: float) -> float | None:
    """An age under `limit` the words tell of someone ("han är fem år", "hon är nio och …",
    "min sexåring"); not a number of minutes, kronor or the like ("han var fem minuter sen")."""
    ages = [_value(m.group(1)) for m in _AGED.finditer(text)]
    for found in _AGE_OF.finditer(text):
        if found.group(2) not in _UNITS:
            ages.append(_value(found.group(1)))
    young = [age for age in ages if age is not None and 0 < age < limit]
    return young[0] if young else None


def _names_head(head: str, tokens: Sequence[str]) -> bool:
    """Whether a word names the thing by its lemma's last letters ("endagslinser" of "lins" of
    "kontaktlinser")."""
    tail = head[-4:]
    return any(lemma.endswith(tail) for t in tokens for lemma in lemmas(t))


def _not_told_as_done(tokens: Sequence[str], text: str) -> bool:
    """A sentence that denies, supposes or passes on hearsay tells no act that was done."""
    return (
        not _DENIED.isdisjoint(tokens)
        or not _SUPPOSED.isdisjoint(tokens)
        or _HEARSAY.search(text) is not None
    )


def served_young(
    rule: tuple[str, float, str, tuple[str, ...]], tokens: Sequence[str], answer: Sequence[str]
) -> str | None:
    """The act of a rule served from an age told done by staff in the sentence `tokens`, to
    someone the answer `answer` tells younger (module docstring)."""
    _, limit, verbs, thing = rule
    text = " ".join(tokens)
    if _not_told_as_done(tokens, text):
        return None
    if thing and not _names_head(thing[0], answer):
        return None
    for at, token in enumerate(tokens):
        if not any(_served_act(stem, token) for stem in verbs.split()):
            continue
        after = tokens[at + 1 : at + 6]
        if (at and tokens[at - 1] in _OWN) or not _TO_SPEAKER.isdisjoint(after):
            continue  # the speaker's own act, or one done to the speaker
        if after[:1] and after[0] in _OWN:
            continue  # "i går provade jag": the speaker's own
        before = tokens[max(0, at - 3) : at] if token.endswith("s") else ()
        if not any(_child(t) for t in (*after, *before)):
            continue  # done to someone the sentence does not name as the young one
        age = _young(" ".join(answer), limit)
        if age is not None:
            return f"{token} … {age:g} år"
    return None


def age_broken(
    rule: tuple[str, float, str, tuple[str, ...]],
    tokens: Sequence[str],
    named: Named,
    answer: Sequence[str] = (),
) -> str | None:
    """The words of a sentence that break the rule (module docstring), if they do; `answer`
    holds the words of the whole answer, where a rule served from an age finds the age."""
    kind, limit, verb, places = rule
    if kind == SERVED_FROM:
        served = served_young(rule, tokens, answer or tokens)
        for stem in verb.split() if served is None and places else ():
            # the young one may be the one who acts: "Mina fjortonåringar hyrde varsin kajak"
            served = served or age_broken((LEAST_AGE, limit, stem, ()), tokens, named)
        return served
    text = " ".join(tokens)
    if _not_told_as_done(tokens, text):
        return None
    if kind == LEAST_HEIGHT:
        short = [h for m in _TALL.finditer(text) if (h := _value(m.group(1))) and h < limit]
        if not short or not _at_place(places, tokens, named):
            return None
        if verb and not any(did(verb, t) for t in tokens):
            return None
        told = any(t.endswith(_PAST) or t in _STRONG for t in tokens)
        return f"{short[0]:g} cm" if told else None
    if kind == SUPERVISED:
        young = [age for age in _ages(text) if age < limit]
        if not young:
            return None
        acted = bool(verb) and any(did(verb, t) for t in tokens)
        placed = bool(places) and any(_at_place((p,), tokens, named) for p in places)
        alone = not _ALONE.isdisjoint(tokens) or _WITHOUT_ADULT.search(text) is not None
        if (acted or placed) and (alone or (placed and _LEFT.search(text) is not None)):
            return f"{young[0]:g} år"
        return None
    if places and not _at_place(places, tokens, named):
        return None  # "för att hyra en elcykel": not of a bike of another kind
    for found in _AGED_ACTOR.finditer(text):
        age = _value(found.group(1) or found.group(5))
        acts = tuple(
            a or "" for a in (found.groups()[1:4] if found.group(1) else found.groups()[5:])
        )
        if age is not None and age < limit and _acts(verb, acts):
            return found.group(0)
    for found in _OWN_AGE.finditer(text):
        age = _value(found.group(1))
        act = found.group(2)
        if age is not None and age < limit and (did(verb, act) or act == f"{verb}a"):
            return found.group(0)
    return None
