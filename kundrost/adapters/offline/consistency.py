"""Consistency: an account that contradicts itself, the physics of a shop, or the store's hours.

Told deadpan in the store's own words, an invented visit still has to hold together. Each of
these is one point towards an impossible claim (`claims`):

- a temperature a fixture cannot have, broken or not: a cooler or a freezer above 35 °C, a
  cooler below −30 °C, anything above 100 °C (but an oven, a grill, a fryer, a sauna, a
  stove or a fire, or a machine named for what it does, "rostaren höll") or 1,800 °C at
  all, or below −60 °C (a thermometer's reading, "visade minus sextiotre", is degrees
  without the unit), food boiling in a cooler, a lake or the sea above 40 °C, or ice
  above 5 °C;
- change larger than what was paid ("betalade med en hundralapp och fick tillbaka tusen",
  "fick tillbaka tvåtusen i växel" with no unit said);
- the store itself said to be shut ("butiken var stängd", "ni hade stängt") in a call about
  buying there — not "nästan stängt", not before or after ("strax innan", "sen"), not on
  another day ("i går");
- staff of an age no shop employs ("kassörskan var hundratjugo år"), not a
  child named nearer the age ("barnen, sju och nio år");
- a first visit ever and a regular's account in the same call ("första gången jag var där"
  … "hon som alltid hjälper mig, varje vecka"; "första gången jag klättrade någonsin" …
  "jag klättrar här varje tisdag"; "aldrig varit vid er brygga" … "vi hyr alltid samma
  eka");
- an empty store and a crowd in the same call ("jag var den enda kunden" and "fyrtio personer
  i kön"; "de enda kunderna" and a queue ticket ten or more after the number being served,
  "vi fick femtioåtta och de var på tolv");
- a visit the customer places at a time the store was closed, by the store's own hours for
  that day ("jag var där vid tre i natt" at a store open 07–22), with half an hour's grace;
  the part of the day must follow the time ("vid tre i natt", "klockan sju på kvällen"), or
  the time must be 13 or later, or be "vid midnatt" or "mitt i natten".

A sentence that tells a feeling ("det kändes som sextio grader") claims nothing.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from itertools import pairwise

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import OTHER_TIME
from kundrost.adapters.offline.subjects import PERSON, kind_of_word
from kundrost.adapters.offline.topics import TOPIC_WORDS
from kundrost.domain.business_context import BusinessContext

_COOLER = ("kyl", "mejerikyl", "mjölkkyl", "lunchkyl", "färdigmatskyl")
_FREEZER = ("frys",)
_BOILING = listed("kokade koka kokar kokande kokat")
_DEGREES = listed("grad grader graders graderna")
_HEAT = ("grill", "fritös", "bastu", "stek", "kamin", "eldstad", "spis", "brasa", "värmepann",
         "ässj", "smält", "lödkolv", "svets")  # fmt: skip
"""Besides ovens ("ugnen", "rökugnen"), what is hotter than boiling water without a miracle:
what burns ("kaminen", "brasan") and what melts metal."""
HOTTEST_FIRE = 1800.0
"""°C: no stove, kiln, forge or oven of a visit is hotter (a wood fire burns at about
1,100, a steel furnace 1,600)."""
_NOTES = {"tjugolapp": 20, "femtiolapp": 50, "hundralapp": 100, "tvåhundralapp": 200,
          "femhundralapp": 500, "tusenlapp": 1000}  # fmt: skip
_PAID = listed("betalade betalat betala gav")
_CHANGE_UNITS = listed("kronor kr spänn i")
"""What follows an amount of change: "tvåtusen kronor", "tvåtusen i växel"."""
_CHANGE = re.compile(r"\bfick (?:\w+ )?tillbaka\b|\bväxel\b")
_ALONE = re.compile(
    r"\b(?:(?:den|det) enda kunden|de enda kunderna|ensam i (?:butiken|affären|hela)|helt tomt i "
    r"(?:butiken|affären|restaurangen|kaféet|caféet|lokalen|salen|hallen)|enda kund(?:en)? i|"
    r"(?:(?:helt|alldeles) )?ensamma? i (?:hela )?(?:butiken|affären|restaurangen|kaféet|"
    r"caféet|lokalen|salen|hallen|matsalen|apoteket)|inga andra kunder|"
    r"inte en (?:enda )?(?:annan )?(?:människa|kund)|"
    r"folktomt|ingen annan (?:kund |människa )?i (?:hela )?(?:butiken|affären))\b"
)
_HEDGES = listed("nästan typ ganska nästintill stund först början sen senare tag")
"""A hedge ("nästan tomt") or a while ("ensam en stund", "först", "sen") is not alone."""
_LONELY = listed("enda ensam ensamma tomt andra annan människa folktomt")
_CROWD = re.compile(r"\b(?:fullt med folk|massor av folk|trängsel|knökfullt|proppfullt)\b")
_CROWDED = listed("folk trängsel knökfullt proppfullt")
_PEOPLE = listed("personer människor kunder pers gäster")
_PRESENT = listed("satt stod trängdes väntade köade")
"""People said to be there: "det satt femton personer vid långbordet"."""
_THERE = re.compile(
    r"\b(?:var (?:där|i butiken|i affären|och handlade|inne)|handlade|kom (?:dit|in)|"
    r"besökte|gick dit)\b"
)
_THERE_WORDS = listed("var handlade kom besökte gick")
"""Every phrase of `_THERE` opens with one of these."""
_NIGHT = re.compile(r"^(?:i natt|på natten|mitt i natten|inatt)\b")
_MORNING = re.compile(r"^(?:i morse|på morgonen|imorse)\b")
_EVENING = re.compile(r"^(?:i kväll|ikväll|på kvällen|på eftermiddagen|i eftermiddags)\b")
_SHUT = re.compile(
    r"\b(?:butiken|affären|hela butiken|hela affären) (?:var|hade|är) (?:helt |redan )?"
    r"(?:stängd|stängt|låst|släckt)\b|\bni hade (?:redan )?stängt\b"
)
_SHUT_WORDS = listed("stängd stängt låst släckt")
_SOFTENED = listed("nästan skulle höll strax innan tills sen efteråt igen förra förut")
_BOUGHT = listed("köpte handlade betalade plockade")
_WHEN = listed("vid klockan kl runt midnatt natten")
_MIDNIGHT = re.compile(r"\b(?:vid midnatt|mitt i natten)\b")
_CLOCK = re.compile(r"\b(?:vid|klockan|kl|runt)(?: halv)? (\w+)\b")
GRACE = timedelta(minutes=30)
_FIRST_VISIT = re.compile(
    r"\b(?:första gången (?:jag|vi) (?:var|handlade|besökte|kom|satte (?:min|mina|vår|våra) "
    r"fötter|satte (?:min|vår) fot)|mitt första besök|aldrig "
    r"(?:satt (?:min|mina|vår) fot|varit (?:där|här|inne|i butiken|hos er|"
    r"(?:vid|på|i) (?:er|ert|era)\b))|första gången (?:jag|vi) \w+ någonsin)"
)
_FIRST_WORDS = frozenset({"första", "aldrig"})
_FIRST_OF_LATE = re.compile(
    r"\b(?:i år|i vinter|i höst|i somras|på länge|sedan|sen|säsong|"
    r"med (?:min|mitt|mina|vår|vårt|våra|en|ett|hela))"
)
"""The first this season, in a long time, or with company ("första gången jag var där med min
son"): not the first ever."""
_REGULAR = re.compile(
    r"\b(?:(?:som|hon|han) alltid hjälper (?:mig|oss)|varje (?:vecka|månad|helg|måndag|"
    r"tisdag|onsdag|torsdag|fredag|lördag|söndag)|de senaste (?:\w+ )?åren|i (?:\w+ )?år nu|"
    r"som vanligt|som alltid|(?:jag|vi) \w+ alltid samma|"
    r"varje gång (?:jag|vi) (?:kommer|är där|är här|är inne|handlar|går dit|går in|"
    r"hälsar på)|(?:hälsar|hälsade) (?:på (?:mig|oss) )?med (?:namn|förnamn)|"
    r"känner (?:igen )?(?:mig|oss)(?: sedan| sen| vid namn)|"
    r"(?:jag|vi) (?:har|hade) (?:\w+ )?(?:handlat|varit kund|kommit hit|gått dit) "
    r"(?:här |där |hos er )?i (?:\w+ )?år|det har (?:han|hon|de|dom) gjort i (?:\w+ )?år)\b"
)
"""A regular's account: the same help, day or greeting every time, or the speaker's years of
visits ("varje gång jag kommer", "hälsar med namn", "jag har handlat här i åtta år", "det har
han gjort i tio år"); a mother's years there ("min mamma har handlat där i många år") are
hers."""
_KIN = (
    "barn", "son", "söner", "dotter", "döttrar", "pojk", "flick", "ungen", "ungar", "grabb",
    "bebis", "kusin", "systerson", "brorson", "barnbarn", "lillebror", "lillasyster",
)  # fmt: skip


def _degrees(tokens: tuple[str, ...], value: float, index: int) -> float:
    return -value if index and tokens[index - 1] == "minus" else value


_HOLDING = listed("höll håller hade har var är gick går körde kör")


def _instrument_holding(tokens: tuple[str, ...]) -> bool:
    """A machine named for what it does holds the heat: an instrument noun in "-aren" as the
    subject of "höll", "hade" ("Rostaren höll runt tvåhundratjugo grader"), not a person
    ("säljaren")."""
    return any(
        t.endswith("aren") and kind_of_word(t) != PERSON and nxt in _HOLDING
        for t, nxt in pairwise(tokens)
    )


_NATURE = ("sjön", "havet", "älven", "ån", "badsjön", "viken", "fjärden", "tjärnen")
WARMEST_WATER = 40.0
"""°C: no Swedish lake or sea is warmer (a warm summer's lake reaches about 27)."""
_ICE = listed("isen")
_ICE_HELD = re.compile(r"\bisen (?:höll|håller|var|är|hade|har) (?:\w+ )?(?:plus )?(\w+) grad")
"""The ice itself at the heat: "isen höll plus fyrtio grader", not "plus tio grader ute och
isen var mjuk"."""
WARMEST_ICE = 5.0
"""°C: ice above this is water."""


def _nature_beyond(tokens: tuple[str, ...], degrees: float, oven: bool) -> bool:
    """Water in a lake or the sea, or ice, at a heat it cannot have: "badade i sjön … vattnet
    var sextio grader", "hård is vid plus fyrtio grader"."""
    if oven:
        return False
    if degrees > WARMEST_WATER and any(t in _NATURE for t in tokens):
        return True
    if degrees <= WARMEST_ICE or _ICE.isdisjoint(tokens):
        return False
    found = _ICE_HELD.search(" ".join(tokens))
    return found is not None and word_value(found.group(1)) == degrees


def _thermometer_reading(tokens: tuple[str, ...], index: int) -> bool:
    """A value a thermometer shows, said with its sign and no unit a few words after it
    ("termometern vid entrén visade minus sextiotre"), is degrees too; "minus sjuttio kronor
    på kontot" is not."""
    return (
        index > 0
        and tokens[index - 1] in _SIGNS
        and any(_THERMOMETER in t for t in tokens[max(0, index - 6) : index - 1])
    )


_SIGNS = listed("minus plus")
_AIR_THERMOMETERS = listed("rumstermometern innetermometern utetermometern")
"""A thermometer of the air by its name, not of an oven, a roast or a sauna."""
_THERMOMETERS = listed("termometer termometern termometrarna")
_ROOM_HEAT = listed(
    "kvavt kvav varmt hett värme värmen element elementen elementet instängt tryckande svettigt"
)
"""A bare thermometer reads the air only in a sentence about the room's heat ("kvavt i
provrummen, termometern …", "elementen … och termometern på väggen …"): elsewhere it may be in
the coffee, the wash water or a hot-dog pot."""
HOTTEST_AIR = 60.0
"""°C: no air a room or a street holds outside a sauna or an oven (the hottest ever measured
outdoors is 56.7)."""
_THERMOMETER = "termomet"
"""A thermometer, alone or in a compound ("utetermometern", "termometrarna")."""


def _of_the_air(tokens: tuple[str, ...]) -> bool:
    if not _AIR_THERMOMETERS.isdisjoint(tokens):
        return True
    return not _THERMOMETERS.isdisjoint(tokens) and not _ROOM_HEAT.isdisjoint(tokens)


def _temperature_points(tokens: tuple[str, ...]) -> float:
    if _DEGREES.isdisjoint(tokens) and _BOILING.isdisjoint(tokens) and _SIGNS.isdisjoint(tokens):
        return 0.0
    cooler = any(t.startswith(_COOLER) for t in tokens)
    freezer = any(t.startswith(_FREEZER) for t in tokens)
    oven = any("ugn" in t or t.startswith(_HEAT) for t in tokens) or _instrument_holding(tokens)
    points = 1.0 if cooler and not _BOILING.isdisjoint(tokens) else 0.0
    for index, token in enumerate(tokens):
        value = word_value(token)
        unit = tokens[index + 1] if index + 1 < len(tokens) else ""
        if value is None or (unit not in _DEGREES and not _thermometer_reading(tokens, index)):
            continue
        degrees = _degrees(tokens, value, index)
        if (degrees > 100 and not oven) or degrees > HOTTEST_FIRE or degrees < -60:
            return 1.0
        if _nature_beyond(tokens, degrees, oven):
            return 1.0
        if degrees >= HOTTEST_AIR and not (oven or cooler or freezer) and _of_the_air(tokens):
            return 1.0
        if ((cooler or freezer) and degrees > 35) or (cooler and not freezer and degrees < -30):
            points = 1.0
    return points


def _change_points(tokens: tuple[str, ...], text: str) -> float:
    if _PAID.isdisjoint(tokens) or _CHANGE.search(text) is None:
        return 0.0
    paid = next((_NOTES[t] for t in tokens if t in _NOTES), None)
    back = [
        v
        for i, t in enumerate(tokens[:-1])
        if (v := word_value(t))
        and (tokens[i + 1] in _CHANGE_UNITS or (i > 0 and tokens[i - 1] == "tillbaka"))
    ]
    return 1.0 if paid is not None and back and max(back) > paid else 0.0


_PLACE_IN_QUEUE = re.compile(
    r"\bnummer (\w+) i (?:\w*kön|\w*kö)\b|"
    r"\b(\w+) (?:personer |kunder )?(?:före|framför) (?:mig|oss)\b|"
    r"\b(\w+)(?= (?:\w+ )?i (?:\w*kön|\w*kö|ordningen)\b)"
)
_ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6,
             "sjunde": 7, "åttonde": 8, "nionde": 9, "tionde": 10, "elfte": 11,
             "tolfte": 12}  # fmt: skip


def ordinal(token: str) -> float | None:
    """A place in order: "fjortonde" 14, "tjugoförsta" 21, "14:e" 14."""
    if token in _ORDINALS:
        return _ORDINALS[token]
    if token.endswith((":e", "e")) and token.rstrip(":e").isdigit():
        return float(token.rstrip(":e"))
    for tail, value in _ORDINALS.items():
        if token.endswith(tail) and token != tail:
            head = word_value(token[: -len(tail)])
            if head is not None:
                return head + value
    if not token.endswith("nde"):
        return None
    return word_value(token[:-3]) or word_value(token[:-4] + "on")


_TICKETS = re.compile(
    r"\b(?:fick|tog|hade) (?:vi |jag )?(?:nummer |lapp )?(\w+),? (?:och|men) (?:de|dom|ni|hon|han) "
    r"(?:(?:var|höll) (?:på|vid)|visade|ropade(?: upp)?|stod på) (?:nummer )?(\w+)\b"
)
"""A queue ticket and the number being served, in a sentence about a ticket: "vi tog en
nummerlapp, vi fick femtioåtta och de var på tolv" puts forty-six before them."""


def may_place_in_queue(tokens: tuple[str, ...], queue: bool) -> bool:
    """Whether `_PLACE_IN_QUEUE` may match the sentence of `tokens` joined by spaces: each of
    its phrases holds "före" or "framför", or "i" before a word ending in "kö" or "kön"
    (`queue`) or "ordningen" (tests/analyzer/test_offline_gates.py)."""
    return "före" in tokens or "framför" in tokens or queue or "ordningen" in tokens


def _crowd(tokens: tuple[str, ...], text: str) -> bool:
    if not _CROWDED.isdisjoint(tokens) and _CROWD.search(text):
        return True
    ticket = ("nummer" in text or "kölapp" in text) and any(
        t.startswith(("nummer", "kölapp")) for t in tokens
    )
    queue = "kö" in text and any(t.endswith(("kö", "kön")) for t in tokens)
    present = not _PRESENT.isdisjoint(tokens)
    if "före" not in tokens and "framför" not in tokens and not (queue or ticket or present):
        return False
    for found in _PLACE_IN_QUEUE.finditer(text) if may_place_in_queue(tokens, queue) else ():
        said = found.group(1) or found.group(2)
        place = word_value(said) if said else ordinal(found.group(3))
        if place is not None and place >= 10:
            return True
    for found in _TICKETS.finditer(text) if ticket else ():
        ours, called = word_value(found.group(1)), word_value(found.group(2))
        if ours is not None and called is not None and ours - called >= 10:
            return True
    return not _PEOPLE.isdisjoint(tokens) and any(
        (value := word_value(t)) is not None and value >= 10 and tokens[i + 1] in _PEOPLE
        for i, t in enumerate(tokens[:-1])
    )


def _stated_hour(text: str) -> float | None:
    if _MIDNIGHT.search(text):
        return 0.0 if "midnatt" in text else 2.0
    clock = _CLOCK.search(text)
    if clock is None:
        return None
    value = word_value(clock.group(1))
    if value is None or not 0 <= value <= 24:
        return None
    hour = value - 0.5 if " halv " in clock.group(0) + " " else value
    part = text[clock.end() :].strip()
    if _NIGHT.match(part):
        return hour if hour <= 6 else (hour + 12) % 24
    if _EVENING.match(part):
        return hour + 12 if hour < 12 else hour
    if _MORNING.match(part) or value >= 13:
        return hour
    return None


def _closed_visit(
    context: BusinessContext, visited_at: datetime, tokens: tuple[str, ...], said: str
) -> bool:
    """Whether the customer places their visit, that day, at an hour the store is closed."""
    if not context.operating_hours or _WHEN.isdisjoint(tokens):
        return False
    if _THERE_WORDS.isdisjoint(tokens) or _THERE.search(said) is None:
        return False
    if OTHER_TIME.search(said) is not None:
        return False
    hour = _stated_hour(said)
    if hour is None or (around_the_clock(context) and not _served(tokens)):
        return False
    day = context.local(visited_at)
    at = datetime.combine(day.date(), time(0), tzinfo=day.tzinfo) + timedelta(hours=hour)
    return not context.is_open_at(at, GRACE)


_PERSONS = listed("hon han jag kassörskan kassören mamma pappa mormor morfar farmor farfar")
_TURNED = listed("fyllde fyller fyllt")
OLDEST = 115
"""No one has lived much past 120: an age above 115 said of a person is no one's."""


def _turned_points(tokens: tuple[str, ...]) -> float:
    """A person who turned an age no one reaches: "kassörskan berättade att hon fyllde
    hundrafyrtio i höstas"; the store or a firm may ("butiken fyllde hundrafyrtio år")."""
    for index, token in enumerate(tokens[1:-1], start=1):
        if token not in _TURNED:
            continue
        value = word_value(tokens[index + 1])
        who = tokens[index - 1]
        person = who in _PERSONS or TOPIC_WORDS.lookup(who) == "staff"
        if value is not None and value > OLDEST and person:
            return 1.0
    return 0.0


def _age_points(tokens: tuple[str, ...]) -> float:
    """Staff of an age no shop employs: over a hundred, or a child under thirteen; the age
    is the staff member's only when the nearest person named before it is staff ("barnen,
    sju och nio år" are the customer's children)."""
    if "år" not in tokens and "gammal" not in tokens:
        return 0.0
    if not any(TOPIC_WORDS.lookup(t) == "staff" for t in tokens):
        return 0.0
    for index, token in enumerate(tokens[:-1]):
        value = word_value(token)
        if (
            value is not None
            and tokens[index + 1] in ("år", "års")
            and not 13 <= value <= 100
            and _whose_age(tokens, index) == "staff"
        ):
            return 1.0
    return 0.0


def _whose_age(tokens: tuple[str, ...], index: int) -> str | None:
    for token in reversed(tokens[:index]):
        if token.startswith(_KIN):
            return "kin"
        if TOPIC_WORDS.lookup(token) == "staff":
            return "staff"
    return None


def consistency_points(
    evidence: Evidence, context: BusinessContext | None, visited_at: datetime | None
) -> tuple[float, str]:
    """The points of the whole account and the first sentence that earned any; a stated
    hour is placed on the day of the visit (`visited_at`, the verified purchase). A feeling
    (`felt`) earns nothing, so it is looked for only in a sentence that would; a crowd is
    read only once the customer said they were alone, the only place it counts. Each reading
    of a sentence is tried only in a call that says the words its sentence needs."""
    points = 0.0
    first = ""
    alone = False
    words = evidence.words
    heat = not (
        _DEGREES.isdisjoint(words) and _BOILING.isdisjoint(words) and _SIGNS.isdisjoint(words)
    )
    paid = not _PAID.isdisjoint(words)
    aged = "år" in words or "gammal" in words
    turned = not _TURNED.isdisjoint(words)
    lonely_said = not _LONELY.isdisjoint(words)
    timed = not _WHEN.isdisjoint(words)
    for index, text in enumerate(evidence.reading.sentences):
        tokens = evidence.sentence_tokens[index]
        said = evidence.phrases[index]
        found = (
            (_temperature_points(tokens) if heat else 0.0)
            + (_change_points(tokens, said) if paid else 0.0)
            + (_age_points(tokens) if aged else 0.0)
        )
        if turned and not _TURNED.isdisjoint(tokens):
            found += _turned_points(tokens)
        lonely = (
            lonely_said
            and not _LONELY.isdisjoint(tokens)
            and _HEDGES.isdisjoint(tokens)
            and _ALONE.search(said) is not None
        )
        if (
            timed
            and context is not None
            and visited_at is not None
            and _closed_visit(context, visited_at, tokens, said)
        ):
            found += 1.0
        if not (found or lonely) or felt(tokens):
            continue
        alone = alone or lonely
        if found and not first:
            first = text
        points += found
    if alone and any(
        _crowd(tokens, said) and not felt(tokens)
        for tokens, said in zip(evidence.sentence_tokens, evidence.phrases, strict=True)
    ):
        points += 1.0
        first = first or "Kunden var ensam i butiken men beskriver samtidigt trängsel."
    if _first_yet_regular(evidence):
        points += 1.0
        first = first or "Kunden säger att det var första besöket men också att hen är stamkund."
    if _shut_yet_bought(evidence) and not _bought_unstaffed(evidence, context):
        points += 1.0
        first = first or "Kunden säger att butiken var stängd men handlade där."
    return points, first


def _shut_yet_bought(evidence: Evidence) -> bool:
    """The customer says the store itself was shut, yet tells of buying there."""
    shut = any(
        not _SHUT_WORDS.isdisjoint(tokens)
        and _SHUT.search(said) is not None
        and _SOFTENED.isdisjoint(tokens)
        and OTHER_TIME.search(said) is None
        for tokens, said in zip(evidence.sentence_tokens, evidence.phrases, strict=True)
    )
    return shut and not _BOUGHT.isdisjoint(evidence.reading.tokens)


_AROUND_THE_CLOCK = re.compile(
    r"\b(?:dygnet runt|alltid öppe[nt]|24/7|24 timmar om dygnet|dag som natt)\b"
)
_UNSTAFFED = ("automat", "självbetjän", "självscann", "pump", "obemann", "självplock")
"""Points of sale no one staffs ("blomsterautomaten", "pumpen", "självplocket"): bought there,
a purchase is no sign the store was open."""


def around_the_clock(context: BusinessContext) -> bool:
    """Whether the store says a part of it is open day and night ("Lokalen är öppen dygnet
    runt men personalen är på plats 8–17", "blomsterautomaten vid entrén är öppen dygnet
    runt"): a visit at an hour its shop is shut is then no impossible one."""
    return any(
        _AROUND_THE_CLOCK.search(fact.statement.casefold()) for fact in context.baseline_facts
    )


_NOBODY = listed("hem ingen inte utan obemannat obemannad")


def _served(tokens: tuple[str, ...]) -> bool:
    """Staff named at the visit and not as gone ("kassören hjälpte mig", not "när personalen
    hade gått hem"): at an hour the shop is shut, only the part open day and night is there,
    with no one to serve."""
    staff = any(TOPIC_WORDS.lookup(t) == "staff" for t in tokens)
    return staff and _NOBODY.isdisjoint(tokens)


def _open_parts(context: BusinessContext) -> tuple[str, ...]:
    """The subjects of the store's facts that say a part is open day and night: the first
    word of the clause ("blomsterautomaten" of "…, men blomsterautomaten vid entrén är öppen
    dygnet runt", "äggboden", "pumparna")."""
    parts = []
    for fact in context.baseline_facts:
        for clause in re.split(r"[;,]|\bmen\b", fact.statement.casefold()):
            if _AROUND_THE_CLOCK.search(clause):
                words = re.findall(r"\w+", clause)
                parts += words[:1]
    return tuple(word for word in parts if len(word) >= 5)


def _names_part(token: str, part: str) -> bool:
    """A word names the open part: its head ("automaten" of "blomsterautomaten") or its stem
    ("pumpen" of "pumparna")."""
    return len(token) >= 5 and (part.endswith(token) or token[:4] == part[:4])


def _bought_unstaffed(evidence: Evidence, context: BusinessContext | None) -> bool:
    """The purchase told beside the shut store was at a point of sale no one staffs ("köpte
    tulpaner ur automaten … när butiken var stängd") or at the part the store says is open day
    and night ("men äggboden var öppen"), at a store that says one is (`around_the_clock`)."""
    if context is None or not around_the_clock(context):
        return False
    parts = _open_parts(context)
    return any(
        any(u in t for u in _UNSTAFFED) or any(_names_part(t, p) for p in parts)
        for t in evidence.words
    )


def _first_yet_regular(evidence: Evidence) -> bool:
    """The customer's first visit ever ("det var första gången jag var där", "aldrig satt min
    fot i butiken") and a regular's account ("hon som alltid hjälper mig", "varje vecka de
    senaste tio åren", "som vanligt") in one call; the first this season or in a long time
    ("första gången i år") is not the first ever."""
    if _FIRST_WORDS.isdisjoint(evidence.words):
        return False
    here = [
        said
        for said, cues in zip(evidence.phrases, evidence.cues, strict=True)
        if not cues.elsewhere
    ]
    first = any(
        (found := _FIRST_VISIT.search(said)) is not None
        and _FIRST_OF_LATE.search(said, found.end()) is None
        for said in here
        if "första" in said or "aldrig" in said
    )
    return first and any(_REGULAR.search(said) for said in here)
