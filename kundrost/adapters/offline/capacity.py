"""Capacity: amounts that no person, car or counter can manage, read across one answer.

`claims` reads each sentence alone; a customer who says "två tusen bröd" in one sentence and
"det tog en kvart" in the next tells the same story. Within one answer (and, for what is
carried, back to what was counted earlier in the call), each of these is one point towards
an impossible claim:

- a rate: twenty things or more made, scanned or handled at two or more a second, or a
  hundred or more at fifty a minute ("hundrafyrtio varor … hon drog alltihop på fyra
  sekunder"); twenty or more fitted, tried on, moulded, mended, ground or wrapped as gifts
  — work of a minute or more a piece — at two a minute ("provade fyrtiofem par pjäxor … värmeformade
  innersulorna i alla … det tog tio minuter"); twenty customers or more served at four a
  minute ("han i kassan tog tvåhundra kunder på de fem minuter jag stod där");
- a load: two cubic metres or half a tonne loaded into a car, with no trailer, truck or
  delivery in the answer ("sex kubikmeter trall … lastade in alltihop i min Fiat");
- a weight: a hundred kilos or litres or more a trip carried or pushed home by one
  person, with no trolley, trailer or delivery;
- a burden: ten bags or sacks, or a hundred things, carried at once ("bar ut allt själv på
  en gång, alla kassarna" after "trehundra kassar");
- servings: fifteen cups, glasses or portions or more taken by one person ("femtio
  påtårar"; not "vi" or "till kontoret");
- a journey: a parcel sent to another continent and there the same day ("skickade ett
  paket till … Australien", "när jag kom hem … hade hon redan fått det"), not one that
  arrived "efter två veckor".

People in a queue, money, weights and lengths are amounts, not things made or carried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.impossible_events import FAR, event_kind
from kundrost.adapters.offline.numbers import Amount, word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import lemmas

_MINUTES = {"sekund": 1 / 60, "sekunder": 1 / 60, "minut": 1, "minuter": 1, "minuten": 1,
            "kvart": 15, "timme": 60, "timmar": 60, "timmen": 60}  # fmt: skip
_MEASURES = listed(
    """sekund sekunder minut minuter minuten kvart timme timmar timmen dag dagar vecka veckor
    månad månader år kronor kr spänn procent grader gram kilo kg ton liter meter kilometer
    mil kubikmeter centimeter millimeter personer människor kunder gånger stycken st"""
)
_DOING = listed(
    """bakade bakat drog dragit scannade skannade gjorde packade plockade serverade kapade
    målade lagade fyllde blandade vägde monterade slog"""
)
_ALL = listed("alla alltihop allt alltihopa dem dom samtliga")
_CRAFTING = listed(
    """provade prövade provat värmeformade formade lagade reparerade monterade sydde
    slipade vallade justerade servade anpassade"""
)
"""Work of a minute or more a piece: fitting, trying on, moulding, mending, grinding."""
_WRAPPING = listed("slog slagit paketerade paketerat lindade inslagna")
_GIFTS = ("julklapp", "present", "gåva", "gåvor")
"""Gifts wrapped are work of a minute or more a piece too: "slog in fyrtio julklappar på
två minuter"."""
_CUSTOMERS = listed("kunder kunderna personer människor")
_SERVING = listed(
    """tog betjänade expedierade hjälpte klarade hann servade slog serverade fixade"""
)
_LOADING = re.compile(
    r"\b(?:lastade|lastat|lasta|fick plats|stoppade in|in i (?:min |vår )?\w*bil)"
)
_TRAILER = listed(
    "släp släpet släpvagn släpvagnen lastbil lastbilen flak leverans hemkörning kärra"
)
_CARRYING = listed("bar bära burit lyfte lyfta")
_AT_ONCE = re.compile(r"\b(?:på en gång|i ett svep|samtidigt|själv|ensam|i en vända)\b")
_WEIGHT = {"kilo": 1, "kg": 1, "ton": 1000, "liter": 1}
_BY_HAND = listed("bar bära burit släpade sparkade sparken pulkan pulka famnen axeln")
_HELPED = listed(
    """släp släpet släpvagn släpvagnen lastbil lastbilen leverans hemkörning kärra kärran
    vagn vagnen kundvagn kundvagnen truck trucken pirran hjälp hjälpte"""
)
_SERVINGS = ("påtår", "kopp", "glas", "portion", "tallrik")
_FOR_OTHERS = listed("vi till")
"""Cups taken for others ("till kontoret") or by several are no one person's drinking."""
_BAGS = ("kass", "pås", "säck", "väsk")
_TAKING = listed("tog drack åt käkade hällde")
_SENT = listed("skickade skickat postade postat")
_HEAVY = frozenset({"kubikmeter", "kilo", "kg", "ton"})
_ARRIVED = re.compile(
    r"\b(?:redan (?:fått|hade fått|fick)|kom fram|var framme|hade fått det|(?:var|blev) "
    r"(?:utdelat|utdelad|levererat|levererad|framme)|delades ut)\b"
)
_LATER = re.compile(r"\befter (?:\w+ )?(?:dagar|veckor|vecka|dygn|månad\w*)\b")
_ABROAD = ("tull", "utomlands", "utlandet")
"""Words that make a parcel's journey one abroad: a customs declaration, "utomlands"."""
_SOON = re.compile(
    r"\b(?:redan|samma dag|när jag kom hem|innan jag (?:hade )?(?:kom|kommit) hem|minut\w*|"
    r"timm\w*|timme)\b"
)


def _minutes(amounts: Iterable[Amount]) -> list[float]:
    return [value * _MINUTES[unit] for value, unit in amounts if unit in _MINUTES]


def _things(amounts: Iterable[Amount]) -> list[Amount]:
    return [(v, u) for v, u in amounts if u.isalpha() and u not in _MEASURES and len(u) > 2]


def _rate_points(evidence: Evidence, answer: list[int]) -> float:
    amounts = evidence.sentence_amounts
    counted = {i: [v for v, _ in _things(amounts[i]) if v >= 20] for i in answer}
    timed = {i: [m for m in _minutes(amounts[i]) if m > 0] for i in answer}
    if not any(counted.values()) or not any(timed.values()):
        return 0.0
    for at in range(len(answer)):
        near = answer[max(0, at - 1) : at + 2]
        counts = [v for i in near for v in counted[i]]
        minutes = [m for i in near for m in timed[i]]
        if not (counts and minutes):
            continue
        words = {t for i in near for t in evidence.sentence_tokens[i]}
        doing = not _DOING.isdisjoint(words) or not _ALL.isdisjoint(words)
        if not doing and (
            _WRAPPING.isdisjoint(words) or not any(t.startswith(_GIFTS) for t in words)
        ):
            continue
        rate = max(counts) / min(minutes)
        wrapped = not _WRAPPING.isdisjoint(words) and any(t.startswith(_GIFTS) for t in words)
        crafted = not _CRAFTING.isdisjoint(words) or wrapped
        if rate >= 120 or (max(counts) >= 100 and rate >= 50) or (crafted and rate >= 2):
            return 1.0
    return 0.0


def _serving_rate_points(evidence: Evidence, answer: list[int]) -> float:
    """Customers served by one till or person at four a minute or more, twenty or more:
    "han i kassan tog tvåhundra kunder på de fem minuter jag stod där"."""
    for index in answer:
        tokens = evidence.sentence_tokens[index]
        if _SERVING.isdisjoint(tokens):
            continue
        amounts = evidence.sentence_amounts[index]
        served = [v for v, u in amounts if u in _CUSTOMERS and v >= 20]
        minutes = [m for m in _minutes(amounts) if m > 0]
        if served and minutes and max(served) / min(minutes) >= 4:
            return 1.0
    return 0.0


def _load_points(evidence: Evidence, answer: list[int]) -> float:
    amounts = [a for i in answer for a in evidence.sentence_amounts[i]]
    words = {t for i in answer for t in evidence.sentence_tokens[i]}
    volume = sum(v for v, u in amounts if u == "kubikmeter")
    weight = sum(v * (1000 if u == "ton" else 1) for v, u in amounts if u in ("kilo", "kg", "ton"))
    loaded = any(_LOADING.search(evidence.phrases[i]) for i in answer)
    if loaded and _TRAILER.isdisjoint(words) and (volume >= 2 or weight >= 500):
        return 1.0
    return 0.0


def _burden_points(evidence: Evidence, index: int, counted: list[Amount]) -> float:
    tokens = evidence.sentence_tokens[index]
    if _CARRYING.isdisjoint(tokens) or _AT_ONCE.search(evidence.phrases[index]) is None:
        return 0.0
    here = _things(evidence.sentence_amounts[index])
    referred = [
        (v, unit) for v, unit in counted
        if not _ALL.isdisjoint(tokens)
        and (any(set(lemmas(unit)) & set(lemmas(t)) for t in tokens) or "allt" in tokens
             or "dem" in tokens or "alltihop" in tokens)
    ]  # fmt: skip
    return 1.0 if any(_too_many(v, unit) for v, unit in here + referred) else 0.0


def _burden_weight_points(evidence: Evidence, answer: list[int]) -> float:
    """A hundred kilos or litres or more a trip carried or pushed home by one person
    ("trehundra kilo … bar ut dem till bilen på två vändor", "hundraåttio liter … lastade
    alltihop på sparken och sparkade hem"), with no trolley, trailer or delivery."""
    amounts = [a for i in answer for a in evidence.sentence_amounts[i]]
    weight = sum(v * _WEIGHT[u] for v, u in amounts if u in _WEIGHT)
    if weight < 100:
        return 0.0
    words = {t for i in answer for t in evidence.sentence_tokens[i]}
    if _BY_HAND.isdisjoint(words) or not _HELPED.isdisjoint(words):
        return 0.0
    trips = max([v for v, u in amounts if u.startswith("vänd")] or [1.0])
    return 1.0 if weight / trips >= 100 else 0.0


_BULKY = (
    "skid", "längdskid", "slalomskid", "stav", "tält", "däck", "cykl", "cykel", "madrass",
    "plank", "bräd", "stol", "bord", "kartong", "pjäx", "soff", "hyll", "dörr", "fönst",
)  # fmt: skip
"""Goods a person carries a few of at a time: skis, poles, tents, tyres, bikes, mattresses,
planks, chairs, boxes, boots."""
_ONE_TRIP = re.compile(
    r"\b(?:på en (?:enda )?gång|i (?:ett|en) (?:enda )?(?:svep|vända|vändning|tur)|samtidigt|"
    r"allt (?:på )?en gång)\b"
)
_TRIPS = ("vändor", "turer", "omgångar", "gånger")
BULKY_AT_ONCE = 20


def _bulk(evidence: Evidence, index: int) -> list[Amount]:
    """The bulky goods counted in a sentence, a pair counted as two: "trettio par
    längdskidor och tolv tält" is (60, "längdskidor"), (12, "tält")."""
    tokens = evidence.sentence_tokens[index]
    found: list[Amount] = []
    for at, token in enumerate(tokens[:-1]):
        value = word_value(token)
        if value is None:
            continue
        unit, times = tokens[at + 1], 1.0
        if unit == "par" and at + 2 < len(tokens):
            unit, times = tokens[at + 2], 2.0
        if unit.startswith(_BULKY):
            found.append((value * times, unit))
    return found


def _bulky_burden_points(evidence: Evidence, answer: list[int], counted: list[Amount]) -> float:
    """Twenty skis, tents, tyres, chairs or boxes or more carried by one person in one trip
    ("trettio par längdskidor och tolv tält … en kille, ensam, bar ut alltihop till bilen i
    en enda vända"); several trips, a trolley or help are no burden."""
    for index in answer:
        tokens = evidence.sentence_tokens[index]
        said = evidence.phrases[index]
        if _CARRYING.isdisjoint(tokens) or _ONE_TRIP.search(said) is None:
            continue
        if any(t.endswith(_TRIPS) for t in tokens) or not _HELPED.isdisjoint(tokens):
            continue
        goods = _bulk(evidence, index) or (counted if not _ALL.isdisjoint(tokens) else [])
        if sum(v for v, _ in goods) >= BULKY_AT_ONCE:
            return 1.0
    return 0.0


def _too_many(value: float, unit: str) -> bool:
    """Ten bags or sacks, or a hundred things, are more than anyone carries at once."""
    return value >= (10 if unit.startswith(_BAGS) else 100)


def _serving_points(evidence: Evidence, index: int) -> float:
    tokens = evidence.sentence_tokens[index]
    if _TAKING.isdisjoint(tokens) or not _FOR_OTHERS.isdisjoint(tokens):
        return 0.0
    served = [v for v, u in evidence.sentence_amounts[index] if u.startswith(_SERVINGS)]
    return 1.0 if served and max(served) >= 15 else 0.0


def _journey_points(evidence: Evidence, answer: list[int]) -> float:
    abroad = any(t.startswith(_ABROAD) for t in evidence.words)
    sent = any(
        not _SENT.isdisjoint(evidence.sentence_tokens[i])
        and (abroad or any(event_kind(t) == FAR for t in evidence.sentence_tokens[i]))
        for i in answer
    )
    soon = any(
        _ARRIVED.search(evidence.phrases[i])
        and _SOON.search(evidence.phrases[i])
        and _LATER.search(evidence.phrases[i]) is None
        for i in answer
    )
    return 1.0 if sent and soon else 0.0


def capacity_points(evidence: Evidence) -> tuple[float, str]:
    """The points of the whole account (module docstring) and the first sentence to earn
    any."""
    amounts = [a for sentence in evidence.sentence_amounts for a in sentence]
    many = any(v >= 20 and u not in _MEASURES for v, u in amounts)
    crowd = any(v >= 20 and u in _CUSTOMERS for v, u in amounts)
    timed = (many or crowd) and any(u in _MINUTES for _, u in amounts)
    heavy = any(u in _HEAVY for _, u in amounts)
    weighty = any(u in _WEIGHT and v >= 100 for v, u in amounts)
    sent = not _SENT.isdisjoint(evidence.words)
    carried = not _CARRYING.isdisjoint(evidence.words)
    served = not _TAKING.isdisjoint(evidence.words)
    if not (timed or heavy or weighty or sent or (many and (carried or served))):
        return 0.0, ""
    turns = evidence.reading.sentence_turns
    answers: dict[int, list[int]] = {}
    for index, turn in enumerate(turns):
        if not evidence.cues[index].elsewhere:
            answers.setdefault(turn, []).append(index)
    points = 0.0
    first = ""
    counted: list[Amount] = []
    counted_bulk: list[Amount] = []
    for answer in answers.values():
        found = (
            (_rate_points(evidence, answer) if timed and many else 0.0)
            + (_serving_rate_points(evidence, answer) if timed and crowd else 0.0)
            + (_load_points(evidence, answer) if heavy else 0.0)
            + (_burden_weight_points(evidence, answer) if weighty else 0.0)
            + (_journey_points(evidence, answer) if sent else 0.0)
        )
        bulky: list[Amount] = []
        for index in answer if many and carried else ():
            bulky += _bulk(evidence, index)
        if bulky or (carried and counted_bulk):
            found += _bulky_burden_points(evidence, answer, counted_bulk + bulky)
        counted_bulk += bulky
        for index in answer if many else ():
            counted += _things(evidence.sentence_amounts[index])
            if carried:
                found += _burden_points(evidence, index, counted)
            if served:
                found += _serving_points(evidence, index)
        if found and not first:
            first = evidence.reading.sentences[answer[0]]
        points += found
    return points, first
