"""Recounted: one thing of the visit told twice, in two ways that cannot both be true.

Each of these is one point towards an impossible claim (`claims`):

- the only member of staff there told as a man and as a woman: "det var bara en person där"
  … "en ung kille" … "hon som stod där" — a sole person of the whole shop (no counter, till
  or department in the sentence: "bara en person i kassan" says nothing of the others),
  and staff words of both kinds ("killen", "tjejen", "hon som stod bakom disken"; a bare
  "hon" may be anyone);
- staff who have worked longer than they have lived, or young staff with a working life
  behind them: "en ung kille … han har jobbat där i fyrtio år", an age and a tenure of one
  sole person, or "ung" and a tenure of twenty years or more in one sentence, or a pupil
  ("hon går sista året på gymnasiet") with such a tenure in one answer, "hon" or "han" both;
- goods the customer bought, told again as a fraction of it: "köpte tre kilo lax" …
  "tog ju bara en liten bit på tvåhundra gram", the same measure of weight or volume, the
  later told as all there was ("bara", "endast"), a fifth or less, with no other goods named
  beside it ("bara hundra gram ost" after "tre kilo potatis" is another purchase) and not
  weighed ("den vägde bara", an underweight complaint, tells a fault, not a story);
- more eaten than was bought: "köpte ett halvt kilo räkor" … "vi var fyra och alla åt två
  kilo var" — what each ate times the people said, more than twice the weight bought (a
  party's leftovers, "det blev över", cannot come from nothing either);
- a department shut all the while and yet serving: "ostdisken var stängd hela dagen" …
  "osthandlaren skar upp en bit åt mig" — the whole day or visit said ("hela dagen",
  "hela tiden"), the same department by any of its names, something done for the customer
  there, not negated ("när jag kom", "först" leave it open later).
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

_SOLE = re.compile(
    r"\b(?:bara|endast) (?:en|ett) (?:enda )?(?:person|anställd|människa) (?:där|som jobbade|i "
    r"(?:hela )?(?:butiken|affären|personalen))\b|\b(?:den|det) enda (?:personen|anställda) "
    r"(?:där|i (?:hela )?(?:butiken|affären))\b"
)
_COUNTERS = listed("""kassan kassa kassorna disken disk diskar kaféet kaféhörnan caféet ombudet""")
_MAN = re.compile(
    r"\b(?:kille|killen|grabb|grabben|mannen|en man|gubben|herren|farbror|farbrorn)\b|"
    r"\bhan som (?:stod|jobbade|jobbar|var där|står)\b"
)
_WOMAN = re.compile(
    r"\b(?:tjej|tjejen|kvinnan|en kvinna|damen|en dam|tanten|tant)\b|"
    r"\bhon som (?:stod|jobbade|jobbar|var där|står)\b"
)
_AGE = re.compile(r"\b(?:på )?(?:kanske |typ |runt |ungefär )?(\w+) år(?: gammal)?\b")
_TENURE = re.compile(
    r"\b(?:jobbat|arbetat|stått)(?: \w+){0,3}? i (?:över |nästan |snart )?(\w+) år\b"
)
_YOUNG = listed("ung unga ungt yngling tonåring")
_WEIGHT = {"gram": 0.001, "hekto": 0.1, "hekt": 0.1, "kilo": 1.0, "kg": 1.0}
_VOLUME = {"deciliter": 0.1, "dl": 0.1, "liter": 1.0}
_BOUGHT = re.compile(
    r"\b(?:jag|vi) (?:köpte|tog|handlade|beställde)\b|\b(?:köpte|tog) (?:jag|vi)\b"
)
_ONLY = re.compile(
    r"\b(?:tog|köpte|fick|hade) (?:\w+ ){0,2}(?:bara|endast)\b|\b(?:bara|endast) (?:en|ett) "
    r"(?:liten |litet )?(?:bit|skiva|paket|påse)\b"
)
_WEIGHED = listed("vägde väger vägt vägs vägningen vågen")
_MEASURES = listed("gram hekto hekt kilo kg deciliter dl liter")
_FRACTION = 0.2


def _sole_twice(evidence: Evidence) -> float:
    phrases = [t for i, t in enumerate(evidence.phrases) if not evidence.cues[i].elsewhere]
    sole = [
        i
        for i, text in enumerate(phrases)
        if _SOLE.search(text) and _COUNTERS.isdisjoint(text.split())
    ]
    if not sole:
        return 0.0
    text = " . ".join(phrases)
    if _MAN.search(text) and _WOMAN.search(text):
        return 1.0
    ages = [word_value(m.group(1)) for m in _AGE.finditer(phrases[sole[0]])]
    tenures = [word_value(m.group(1)) for t in phrases for m in _TENURE.finditer(t)]
    age = min((a for a in ages if a is not None and 14 <= a <= 80), default=None)
    tenure = max((t for t in tenures if t is not None), default=None)
    return 1.0 if age is not None and tenure is not None and tenure > age - 14 else 0.0


_PUPIL = re.compile(
    r"\b(hon|han) går (?:\w+ ){0,3}?(?:på|i) (?:gymnasiet|högstadiet|mellanstadiet|"
    r"grundskolan|nian|åttan|sjuan)\b"
)
_SAID_TENURE = re.compile(r"\b(hon|han) har (?:jobbat|arbetat|stått)(?: \w+){0,3}? i (\w+) år\b")
_SCHOOL_WORDS = listed("gymnasiet högstadiet mellanstadiet grundskolan nian åttan sjuan")


def _pupil_veteran(evidence: Evidence) -> float:
    """A pupil with a working life behind them, told of one "hon" or "han" in one answer:
    "hon har jobbat i kassan i trettio år … Hon går sista året på gymnasiet"."""
    turns = evidence.reading.sentence_turns
    pupils = {
        (turns[i], found.group(1))
        for i, text in enumerate(evidence.phrases)
        if not evidence.cues[i].elsewhere
        for found in _PUPIL.finditer(text)
    }
    for index, text in enumerate(evidence.phrases):
        for found in _SAID_TENURE.finditer(text):
            years = word_value(found.group(2))
            if (turns[index], found.group(1)) in pupils and years is not None and years >= 20:
                return 1.0
    return 0.0


def _young_veteran(evidence: Evidence) -> float:
    for index, text in enumerate(evidence.phrases):
        if evidence.cues[index].elsewhere or _YOUNG.isdisjoint(evidence.sentence_tokens[index]):
            continue
        for found in _TENURE.finditer(text):
            years = word_value(found.group(1))
            if years is not None and years >= 20:
                return 1.0
    return 0.0


def _measured(text: str) -> list[tuple[int, float, str]]:
    """(position, amount in kilos or litres, kind) of each weight or volume said."""
    tokens = text.split()
    found: list[tuple[int, float, str]] = []
    for index, token in enumerate(tokens[1:], start=1):
        kind = "w" if token in _WEIGHT else "v" if token in _VOLUME else ""
        if not kind:
            continue
        value = 0.5 if tokens[index - 1] in ("halvt", "halv") else word_value(tokens[index - 1])
        if value is not None:
            found.append((index, value * (_WEIGHT.get(token) or _VOLUME[token]), kind))
    return found


def _shrunk(evidence: Evidence) -> float:
    bought: list[tuple[float, str, set[str]]] = []
    for index, text in enumerate(evidence.phrases):
        if evidence.cues[index].elsewhere or _MEASURES.isdisjoint(evidence.sentence_tokens[index]):
            continue
        if not _WEIGHED.isdisjoint(evidence.sentence_tokens[index]):
            continue
        goods = {p for clause in evidence.sentences[index] for p in clause.products}
        amounts = _measured(text)
        if not amounts:
            continue
        if bought and _ONLY.search(text):
            for _, amount, kind in amounts:
                for earlier, earlier_kind, earlier_goods in bought:
                    if (
                        kind == earlier_kind
                        and amount <= earlier * _FRACTION
                        and goods <= earlier_goods
                    ):
                        return 1.0
        if _BOUGHT.search(text):
            bought += [(amount, kind, goods) for _, amount, kind in amounts]
    return 0.0


def _shut_yet_served(evidence: Evidence) -> float:
    shut: set[str] = set()
    for index, text in enumerate(evidence.phrases):
        if evidence.cues[index].elsewhere or _SHUT_ALL.search(text) is None:
            continue
        shut.update(d for clause in evidence.sentences[index] for d in clause.departments)
    if not shut:
        return 0.0
    for clause in evidence.clauses:
        if evidence.cues[clause.clause.sentence].elsewhere:
            continue
        tokens = clause.clause.tokens
        if shut.isdisjoint(clause.departments) or _SERVED.isdisjoint(tokens):
            continue
        if _NEGATED.isdisjoint(tokens) and _SHUT_WORDS.isdisjoint(tokens):
            return 1.0
    return 0.0


def _eaten_beyond_bought(evidence: Evidence) -> float:
    bought = eaten = 0.0
    for index, text in enumerate(evidence.phrases):
        tokens = evidence.sentence_tokens[index]
        if evidence.cues[index].elsewhere or _MEASURES.isdisjoint(tokens):
            continue
        weights = [amount for _, amount, kind in _measured(text) if kind == "w"]
        if not weights:
            continue
        if not _ATE.isdisjoint(tokens):
            counted = [word_value(m.group(1) or m.group(2)) for m in _PEOPLE.finditer(text)]
            people = max((c for c in counted if c is not None and c > 1), default=1.0)
            each = _EACH.search(text) is not None
            eaten += max(weights) * (people if each else 1.0)
        elif _BOUGHT.search(text):
            bought += sum(weights)
    return 1.0 if bought and eaten > 2 * bought else 0.0


_ABILITIES = {"läsa": "läste", "skriva": "skrev", "simma": "simmade", "cykla": "cyklade",
              "räkna": "räknade", "prata": "pratade"}  # fmt: skip
_UNABLE = re.compile(
    r"\bkan (?:inte|ej) (läsa|skriva|simma|cykla|räkna|prata)(?: (?:än|ännu|alls)\b|$)"
)
_SPEAKERS = listed("jag vi du ni man hon han")
_PRETEND = listed("låtsades låtsas låtsasläste låtsasläsa härmade")
_CAN_WORDS = listed("kan")
_DONE_WORDS = listed(" ".join(_ABILITIES.values()))


def _unable_yet_did(evidence: Evidence) -> float:
    """Someone said not yet able to read, write, swim, cycle, count or speak who then did it:
    "hon är fem och kan inte läsa än" … "hon läste hela första kapitlet högt för mig" — "hon"
    or "han" the nearest person before "kan" and the one who did it, said in the same call,
    or right after the verb ("sen simmade han"), not negated, nor pretended ("låtsades
    läsa"). "Hon kan inte läsa än, så jag läste för henne" is the speaker's doing."""
    unable: set[tuple[str, str]] = set()
    for index, text in enumerate(evidence.phrases):
        if evidence.cues[index].elsewhere or "kan" not in evidence.sentence_tokens[index]:
            continue
        for found in _UNABLE.finditer(text):
            before = [t for t in text[: found.start()].split() if t in _SPEAKERS]
            if before and before[-1] in ("hon", "han"):
                unable.add((before[-1], _ABILITIES[found.group(1)]))
    if not unable:
        return 0.0
    for index, tokens in enumerate(evidence.sentence_tokens):
        if evidence.cues[index].elsewhere or not _PRETEND.isdisjoint(tokens):
            continue
        for position, token in enumerate(tokens[1:], start=1):
            if token not in _DONE_WORDS:
                continue
            after = tokens[position + 1 : position + 3]
            subject = next((t for t in reversed(tokens[max(0, position - 3) : position])
                            if t in _SPEAKERS), None)  # fmt: skip
            if subject is None and after[:1] in (("hon",), ("han",)):
                subject, after = after[0], after[1:]
            if (subject, token) in unable and _NEGATED.isdisjoint(after[:1]):
                return 1.0
    return 0.0


def recounted_points(evidence: Evidence) -> tuple[float, str]:
    """The points of the whole account (module docstring) and what earned them."""
    points = 0.0
    if not _ONLY_WORDS.isdisjoint(evidence.words) and not _SOLE_WORDS.isdisjoint(evidence.words):
        points += _sole_twice(evidence)
    if not _YOUNG.isdisjoint(evidence.words) and not _TENURE_WORDS.isdisjoint(evidence.words):
        points += _young_veteran(evidence)
    if not _SCHOOL_WORDS.isdisjoint(evidence.words) and not _TENURE_WORDS.isdisjoint(
        evidence.words
    ):
        points += _pupil_veteran(evidence)
    if not _MEASURES.isdisjoint(evidence.words) and not _ONLY_WORDS.isdisjoint(evidence.words):
        points += _shrunk(evidence)
    if not _MEASURES.isdisjoint(evidence.words) and not _ATE.isdisjoint(evidence.words):
        points += _eaten_beyond_bought(evidence)
    if not _SHUT_WORDS.isdisjoint(evidence.words) and not _SERVED.isdisjoint(evidence.words):
        points += _shut_yet_served(evidence)
    if not _CAN_WORDS.isdisjoint(evidence.words) and not _DONE_WORDS.isdisjoint(evidence.words):
        points += _unable_yet_did(evidence)
    return points, "Samma sak berättas på två sätt som inte kan vara sanna båda." if points else ""


_ONLY_WORDS = listed("bara endast enda")
_ATE = listed("åt ätit käkade")
_PEOPLE = re.compile(r"\bvi var (\w+)\b|\b(\w+) (?:personer|pers|gäster)\b")
_EACH = re.compile(r"\b(?:kilo|gram|hekto) (?:var|styck|per person|var och en)\b")
_SHUT_WORDS = listed("stängd stängt stängda obemannad obemannat")
_SHUT_ALL = re.compile(
    r"\b(?:var|hade) (?:helt )?(?:stängd|stängt|stängda|obemannad|obemannat) (?:\w+ )?hela "
    r"(?:dagen|tiden|förmiddagen|eftermiddagen|kvällen|besöket)\b"
)
_SERVED = listed(
    """skar skivade vägde sålde serverade plockade packade hjälpte gav slog drog rekommenderade
    fileade malde"""
)
_NEGATED = listed("inte inget ingen ingenting aldrig ej")
_SOLE_WORDS = listed("person personen anställd anställda människa")
_TENURE_WORDS = listed("jobbat arbetat stått")
