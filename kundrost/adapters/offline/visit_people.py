"""Visit people: who was there, told in two ways that cannot both be true.

Each is one point towards an impossible claim (`claims`), in sentences told of this visit
(`visit_accounts.told`):

- an empty place ("inte en käft i butiken", "gymmet var helt tomt", "vi var helt ensamma i
  salongen", "hela lokalen för mig själv") and a crowd there ("kön ringlade ända ut genom
  dörren", "jättelång kö", "så mycket folk", "fullsatt", "folk knuffades"): not empty at
  arrival only ("när jag kom"), nor "nästan", nor a crowd placed in another part of the
  place ("i foajén") or denied;
- the only member of staff ("var ensam i butiken", "bara en person som jobbade", "den enda
  som jobbade", "bara en mekaniker på plats") and colleagues at work in another sentence
  ("hennes två kollegor stod och packade", "en annan mekaniker lagade"), not colleagues
  away, on another day, wished for or told of by someone;
- a child's age and what no child of it does: a child under fifteen driving a car, under
  four reading aloud, under a year cycling or walking, the act told next of "han" or "hon"
  with no other person named between;
- one child's age told two ways: "vår dotter som är fyra år" … "hon är sju år", the second
  of the child's own pronoun in the sentence next after the child or of the child named
  again; not with two children of that kind in the call ("den äldsta", "storebror",
  "döttrar"), a birthday ("fyller", "fyllde"), a correction or a rough age ("nästan").
"""

from __future__ import annotations

import re
from itertools import pairwise

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.sifted import Sifted
from kundrost.adapters.offline.state_reading import MY, NEGATED
from kundrost.adapters.offline.topics import TOPIC_WORDS
from kundrost.adapters.offline.visit_accounts import told, told_sentences

_EMPTY = re.compile(
    r"\b(?:inte en (?:enda )?(?:käft|själ|kotte|människa)|(?:\w+ )?(?:var|verkade) (?:helt |"
    r"alldeles |totalt )(?:tomt|tom|öde|folktomt|dött)|hela (?P<own>\w+) för (?:mig|oss) "
    r"själva?|(?:jag|vi) var (?:helt |alldeles )?ensamma? (?:i|på) (?:hela )?(?P<in>\w+)|"
    r"inga andra (?:kunder|besökare|gäster)|(?:den|det) enda (?:kunden|besökaren|gästen)|"
    r"de enda (?:kunderna|besökarna|gästerna))\b"
)
_EMPTY_WORDS = listed("käft själ kotte människa tomt tom öde folktomt dött själv själva ensam")
_EMPTY_WORDS |= listed("ensamma andra enda")
_BOUNDED = listed("nästan typ ganska först början stund kom efter tag sen senare")
_CROWD = re.compile(
    r"\b(?:\w*långa? kö(?:n|er|erna)?|kön (?:\w+ ){0,4}?(?:ända ut|ut genom|ut på|ringlade|"
    r"sträckte)|(?:så |väldigt )?(?:mycket|massa|massor av|fullt med|fullt av) "
    r"(?:folk|människor|kunder)|trångt|trängsel|fullsatt|knökfullt|proppfullt|folk "
    r"(?:knuffades|trängdes|köade)|köa(?:de)? till (?:varenda|varje|alla)|(?:filmen|visningen|"
    r"föreställningen) var (?:helt )?utsåld)\b"
)
_CROWD_WORDS = listed("kö kön köer köerna folk människor kunder trångt trängsel fullsatt")
_CROWD_WORDS |= listed("knökfullt proppfullt köa köade utsåld")
_CONTRASTED = listed("ändå trots")
"""A crowd told against the emptiness ("tomt men ändå lång kö i kassan") is a complaint."""
_WHERE = re.compile(r"\b(?:i|på) (\w+(?:en|et|n|t|na))\b")
_WHOLE = listed("butiken affären lokalen hela")


def _empty_place(evidence: Evidence) -> tuple[bool, str]:
    for _, tokens, text in told_sentences(evidence, _EMPTY_WORDS):
        if not _BOUNDED.isdisjoint(tokens):
            continue
        found = _EMPTY.search(text)
        if found is None:
            continue
        place = found.group("in") or found.group("own") or ""
        return True, place
    return False, ""


def _empty_yet_crowded(evidence: Evidence) -> float:
    if _EMPTY_WORDS.isdisjoint(evidence.words) or not (
        not _CROWD_WORDS.isdisjoint(evidence.words) or any(w.endswith("kö") for w in evidence.words)
    ):
        return 0.0
    empty, place = _empty_place(evidence)
    if not empty:
        return 0.0
    for _, tokens, text in told_sentences(evidence):
        found = _CROWD.search(text)
        if found is None:
            continue
        if not NEGATED.isdisjoint(text[max(0, found.start() - 14) : found.start()].split()):
            continue
        if not _BOUNDED.isdisjoint(tokens) and _EMPTY.search(text):
            continue
        if not _CONTRASTED.isdisjoint(tokens):
            continue
        where = {w for w in _WHERE.findall(text) if w not in _WHOLE}
        if place and where - {place}:
            continue
        return 1.0
    return 0.0


_SOLE = re.compile(
    r"\b(?P<who>\w+) var (?:helt |alldeles )?ensam (?:i|på) (?P<place>\w+)|\b(?:bara|endast) "
    r"(?:en|ett) (?:\w+ )?(?:person|anställd|\w+) (?:som (?:jobbade|arbetade|var i tjänst)"
    r"(?: (?:i|på|vid) (?P<at>\w+))?|på plats|i tjänst)|\bden enda som (?:jobbade|arbetade|var "
    r"i tjänst)\b"
)
_WHOLE_PLACE = listed(
    """butiken affären stället lokalen jobbet hela huset kliniken mottagningen verkstaden
    apoteket kontoret gården plats där"""
)
"""Where being the only one is being the only staff: not "ensam i kassan" while colleagues
fill shelves."""
_NOT_STAFF = listed("jag vi det man du ni kunden kunderna han hon")
_SOLE_WORDS = listed("ensam enda bara endast")
_COLLEAGUE = ("kolleg", "arbetskamrat", "medarbetar", "anställd")
_TRADE_ENDS = ("iker", "ikern", "ikerna", "skor", "skorna", "örer", "ister", "isterna")
_COUNT_OF = listed("två tre fyra fem flera några")
_AWAY = re.compile(
    r"\b(?:ledig\w*|sjuk\w*|lunch\w*|rast|kurs|semester|ute|borta|hemma|inte där|kom "
    r"(?:tillbaka|in|dit)|dök upp|först|innan|tidigare|senare|sen)\b"
)


def staff_word(token: str) -> bool:
    return (
        token.startswith(_COLLEAGUE)
        or TOPIC_WORDS.lookup(token) == "staff"
        or (len(token) > 6 and token.endswith(_TRADE_ENDS))
    )


_DID = listed("stod höll tog gav satt gick kom var fick drog bar skar")
"""Verbs in the past with no "-de" or "-te" ending, for colleagues told at work then."""


def _in_the_past(tokens: tuple[str, ...]) -> bool:
    return any(t in _DID or (len(t) > 3 and t.endswith(("ade", "de", "te"))) for t in tokens)


def _others_at_work(tokens: tuple[str, ...]) -> bool:
    if not _in_the_past(tokens):
        return False
    for index, token in enumerate(tokens[1:], start=1):
        before = tokens[index - 1]
        if token.startswith(_COLLEAGUE):
            return True
        if before in _COUNT_OF and staff_word(token):
            return True
        if before == "annan" and index > 1 and tokens[index - 2] == "en" and staff_word(token):
            return True
    return False


def _sole_yet_colleagues(evidence: Evidence) -> float:
    if _SOLE_WORDS.isdisjoint(evidence.words):
        return 0.0
    sole = None
    for index, tokens, text in told_sentences(evidence, _SOLE_WORDS):
        found = _SOLE.search(text)
        if found is None or (found.group("who") or "") in _NOT_STAFF:
            continue
        place = found.group("place") or found.group("at")
        if place is not None and place not in _WHOLE_PLACE:
            continue
        if _AWAY.search(text) or any(t.startswith(_COLLEAGUE) for t in tokens):
            continue
        sole = index
        break
    if sole is None:
        return 0.0
    for _, tokens, text in told_sentences(evidence, besides=sole):
        if _AWAY.search(text):
            continue
        if NEGATED.isdisjoint(tokens) and _others_at_work(tokens):
            return 1.0
    return 0.0


_CHILD = ("son", "sonen", "dotter", "dottern", "barn", "barnet", "pojke", "flicka", "grabb")
_HE = ("son", "pojke", "grabb")
_SHE = ("dotter", "flicka")
_AGE = re.compile(r"\b(?P<n>\w+) (?P<u>år|månader|veckor)\b|\b(?P<a>\w+?)årig\w*\b")
_PLAY = ("lek", "tramp", "radiostyr", "låtsas")
"""A toy car or a play corner: "han körde bilen i lekhörnan"."""
_UNITS = {"år": 1.0, "månader": 1 / 12, "veckor": 1 / 52}
_ACTS = (
    (re.compile(r"^(?:han|hon) (?:\w+ )?körde (?:in |ut |hem |iväg )?(?:bilen|bil)\b"), 15.0),
    (re.compile(r"^(?:han|hon) (?:\w+ )?läste (?:högt|upp|ut)\b"), 3.0),
    (re.compile(r"^(?:han|hon) (?:\w+ )?(?:\w*cyklade|gick runt|sprang|promenerade)\b"), 1.0),
)


def _child_age(tokens: tuple[str, ...], text: str) -> tuple[float, str] | None:
    """A child's age in years and the pronoun the child is told by ("" for either)."""
    children = [t for t in tokens if t.startswith(_CHILD) and len(t) <= 8]
    if not children:
        return None
    pronoun = (
        "han" if children[0].startswith(_HE) else "hon" if children[0].startswith(_SHE) else ""
    )
    for found in _AGE.finditer(text):
        value = word_value(found.group("n") or found.group("a") or "")
        if value is not None:
            return value * _UNITS.get(found.group("u") or "år", 1.0), pronoun
    return None


_AGE_WORDS = Sifted(lambda word: word.startswith(("år", "månader", "veckor")) or "årig" in word)
"""Words an age is told in ("år", "månaderna", "femårig"), each word tested once (`sifted`)."""


def _child_beyond_age(evidence: Evidence) -> float:
    if not _AGE_WORDS.of(evidence.words):
        return 0.0
    for index, text in enumerate(evidence.phrases[:-1]):
        child = _child_age(evidence.sentence_tokens[index], text)
        if child is None or not told(evidence, index):
            continue
        age, pronoun = child
        after = evidence.phrases[index + 1]
        if not told(evidence, index + 1) or (pronoun and not after.startswith(pronoun + " ")):
            continue
        if any(t.startswith(_PLAY) for t in evidence.sentence_tokens[index + 1]):
            continue
        if any(act.search(after) and age < least for act, least in _ACTS):
            return 1.0
    return 0.0


_AGE_TOLD = re.compile(r"\b(?:är|på) (?P<n>\w+) år\b(?! (?:äldre|yngre|sedan|sen|kvar)\b)")
_KID_WORDS = listed("son sonen dotter dottern pojke pojken flicka flickan grabb grabben")
_SIBLINGS = listed(
    """yngsta äldsta minsta största storebror lillebror storasyster lillasyster döttrar
    döttrarna söner sönerna tvillingar tvillingarna syskon syskonen fyller fyllde förresten
    nästan snart ungefär typ drygt"""
)


def _kid(tokens: tuple[str, ...]) -> str:
    """The customer's own son or daughter named in a sentence, by the pronoun told of it."""
    for before, token in pairwise(tokens):
        if before in MY and token in _KID_WORDS:
            return "han" if token.startswith(_HE) else "hon"
    return ""


def _age_two_ways(evidence: Evidence) -> float:
    if "år" not in evidence.words or _KID_WORDS.isdisjoint(evidence.words):
        return 0.0
    if not _SIBLINGS.isdisjoint(evidence.words):
        return 0.0
    ages: dict[str, float] = {}
    named, last = "", -2
    for index, tokens, text in told_sentences(evidence):
        kid = _kid(tokens)
        if not kid and index == last + 1 and tokens and tokens[0] == named:
            kid = named
        if kid:
            named, last = kid, index
        found = _AGE_TOLD.search(text) if kid and "år" in tokens else None
        if found is None or (age := word_value(found.group("n"))) is None:
            continue
        if kid in ages and ages[kid] != age:
            return 1.0
        ages[kid] = age
    return 0.0


def visit_people_points(evidence: Evidence) -> float:
    """The points of the whole account (module docstring)."""
    return (
        _empty_yet_crowded(evidence)
        + _sole_yet_colleagues(evidence)
        + _child_beyond_age(evidence)
        + _age_two_ways(evidence)
    )
