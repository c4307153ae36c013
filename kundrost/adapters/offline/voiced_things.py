"""Voiced things: a thing given a voice, a language or a wit, or a will to move, told deadpan.

`agency` reads goods its lexicon knows acting as people; this reads any thing or fixture that
speaks in a way no figure of speech lends it, one point of nonsense each:

- with a voice of its own ("rören tackade honom med en riktig röst", "mina fötter tackade
  henne högt, med egna röster");
- in a language ("sjöng en visa på franska");
- laughing at a joke ("bryggkaret skrattade åt mitt skämt");
- whispering something to someone ("humlen i säckarna viskade receptet till mig"), or to
  each other ("bågarna viskar sina priser till varandra": things among themselves);
- singing or humming a song ("honungsburken nynnade på en sång");
- saying thanks or hello after a sound ("skorstenen hostade till och sa tack");
- walking, hopping, climbing, unpacking or moving itself "själv", "av sig själv" or "sig"
  ("garderoben gick själv uppför trapporna", "kartongerna packade upp sig själva", "stugan
  hade flyttat sig ner till sjön"); a door, a lamp, a car or a trolley does so by a
  mechanism or a slope, and prices, times and the queue move in idiom.

The speaker is the word right before the verb, or before a place ("humlen i säckarna") or
a relative clause of getting ("ridhjälmen jag provade"). People, trades ("sotaren"), names,
devices that talk (a radio, a phone, an app), toys, instruments (a guitar sings in idiom),
animals (a parrot says hello, birds sing), a voice itself, and the stomach or the wallet that
"say thanks" in idiom are no such thing; nor is a feeling, a hypothetical, a joke, a dream
or another's words.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import DEVICE, PERSON, capitalised_names, kind_of_word
from kundrost.domain.person_names import FIRST_NAMES, NICKNAMES

_VERBS = (
    r"(?:sa|sade|säger|svarade|viskade|viskar|tackade|tackar|sjöng|sjunger|nynnade|nynnar|"
    r"skrattade|skrattar|pratade|pratar|hostade)"
)
_HOW = (
    r"(?:\w+ ){0,4}?(?P<how>med (?:en |sin |sina |\w+ ){0,2}röst(?:er)?|på (?:franska|svenska|"
    r"engelska|tyska|italienska|spanska|finska)|åt (?:mitt|hans|hennes|vårt|ditt|ert|deras) "
    r"skämt|(?:\w+ ){0,2}till (?:mig|oss|honom|henne|varandra))"
)
_VOICED = re.compile(
    r"\b(?P<who>\w+) (?:(?:i|på|vid|från) \w+ |(?:som )?(?:jag|vi) (?:köpte|provade|fick|"
    r"valde|beställde|hämtade|lagt|la) (?:\w+ ){0,2}?)?"
    rf"(?:plötsligt |bara |också |då |sen |hostade (?:till )?och )?{_VERBS} (?:{_HOW}|"
    r"(?P<song>på en (?:sång|visa|melodi|vaggvisa)|en (?:sång|visa|melodi|vaggvisa))|"
    r"(?P<thanks>tack|hej))\b"
)


_MOVED = re.compile(
    r"\b(?P<who>\w+) (?:(?:som )?(?:jag|vi) (?:köpte|provade|fick|valde|beställde|hämtade|lagt|"
    r"la) (?:\w+ ){0,2}?)?(?:hade |har )?(?:gick|gått|hoppade|hoppat|klättrade|vandrade|"
    r"packade|ställde|flyttade|flyttat) (?:(?:\w+ ){0,5}?(?:av sig själva?|sig själva?)|"
    r"själva?|upp sig själva?|sig (?:ner|ut|in|bort|till|över))\b"
    r"|\b(?:packade|flyttade|ställde) (?P<who2>\w+) (?:upp )?sig själva?\b"
)
_MOVING = listed("själv själva sig")
_STILL = (
    "dörr", "lamp", "bil", "vagn", "cykel", "båt", "hiss", "trappa", "grind", "port", "pris",
    "tid", "bokning", "möte", "datum", "siffr", "kö", "ränta", "räntan", "kurs", "vatten",
    "snö", "is", "moln", "solen", "sten",
)  # fmt: skip
"""What moves by a mechanism, by nature or in idiom: "dörren gick igen av sig själv", "kön
flyttade sig framåt", "priserna har flyttat sig"."""
_CUES = listed(
    """röst röster franska svenska engelska tyska italienska spanska finska skämt viskade
    viskar sång visa melodi vaggvisa tack hej själv själva sig"""
)
_TRADES = ("aren", "ören", "isten", "erskan", "örskan", "anten", "enten", "ikern", "logen",
           "örerna", "isterna", "erskorna", "anterna", "enterna", "ikerna")  # fmt: skip
"""How a trade's definite noun ends ("sotaren", "frisören"); "rören" is pipes."""
_NOT_THINGS = (
    "mannen", "männen", "kill", "tjej", "gubb", "grabb", "kvinn", "arbetar", "snickar", "målar",
    "hantverkar", "folk", "värden", "chefen", "smeden", "radio", "telefon", "mobil",
    "högtalar", "app", "dator", "datorn", "robot", "docka", "dockan", "nallen", "leksak",
    "gosedjur", "gitarr", "fiol", "piano", "cello", "saxofon", "trumpet", "instrument", "röst",
    "magen", "plånbok", "kroppen", "hjärtat", "papegoj", "fågel", "fåglar", "hund", "katt",
    "häst", "kråk", "tupp", "höna", "barn", "familjen", "personalen", "butiken", "affären",
    "företaget", "kundtjänst", "receptionen", "kassan", "tv", "skylt", "automat", "systemet",
    "dött", "söner", "pojk", "flick", "kolleg", "damer", "grann", "syst", "bröder", "tant",
    "vänn", "väninn", "kompis", "farmaceut", "kunder", "gäster",
)  # fmt: skip
"""Who may speak, sing or laugh, or is said to in idiom or metonymy: people by their trade or
kin ("döttrarna", "kollegorna", "grannarna" whisper to each other),
talking devices and toys, instruments, animals, the stomach and the wallet, the store."""
_SOUNDS = listed("hostade")
_NOT_SO = re.compile(
    r"\b(?:om (?:jag|vi|man|han|hon|de)|skulle|kändes|drömde|drömt|skämtade|skojade|låtsa\w*|"
    r"lekte|sa att|sade att|berättade att|trodde att|typ|som om)\b"
)
_PRONOUNS = listed("jag du han hon vi ni de dom den det man någon alla och men som att när")


_FIRST_NAMES = FIRST_NAMES | NICKNAMES


def _a_thing(word: str, names: frozenset[str]) -> bool:
    if word in _PRONOUNS or word in names or len(word) < 4 or word in _FIRST_NAMES:
        return False
    if kind_of_word(word) in (PERSON, DEVICE):
        return False
    if any(word.endswith(end) and len(word) > len(end) + 2 for end in _TRADES):
        return False
    return not any(stem in word for stem in _NOT_THINGS)


_SPEAKING = listed(
    """sa sade säger svarade viskade viskar tackade tackar sjöng sjunger nynnade nynnar
    skrattade skrattar pratade pratar hostade"""
)
_MOVING_VERBS = listed(
    "gick gått hoppade hoppat klättrade vandrade packade ställde flyttade flyttat"
)


def _speakers(tokens: tuple[str, ...], text: str) -> list[str]:
    """Who the sentence gives a voice or a will to move, before asking what they are."""
    found: list[str] = []
    if not _SPEAKING.isdisjoint(tokens):
        for match in _VOICED.finditer(text):
            if not match.group("thanks") or not _SOUNDS.isdisjoint(tokens):
                found.append(match.group("who"))
    if not _MOVING.isdisjoint(tokens) and not _MOVING_VERBS.isdisjoint(tokens):
        for match in _MOVED.finditer(text):
            who = match.group("who") or match.group("who2")
            if not any(who.startswith(still) for still in _STILL):
                found.append(who)
    return found


def voiced_thing_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence telling a thing voiced or moving itself (module docstring),
    and the first such sentence."""
    points, first = 0.0, ""
    names: frozenset[str] | None = None
    for index, tokens, text in evidence.cued_sentences(_CUES):
        speakers = _speakers(tokens, text)
        if not speakers:
            continue
        cues = evidence.cues[index]
        if felt(tokens) or _NOT_SO.search(text) or cues.wish or cues.elsewhere:
            continue
        if names is None:
            names = frozenset().union(*map(capitalised_names, evidence.reading.sentences))
        if any(_a_thing(who, names) for who in speakers):
            points += 1.0
            first = first or evidence.reading.sentences[index]
    return points, first
