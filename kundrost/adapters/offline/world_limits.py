"""World limits: jobs, speeds, bodies and appetites no store's visit can hold.

`physical_limits` reads batteries, cars, ages and rooms; `claims` reads drilling and
building in seconds. These read what else people know of the world, each one point
towards an impossible claim:

- a job done faster than it can be ("bytte alla fyra däcken på tre sekunder", "trimmade
  hela pudeln på fem minuter"), or jobs done one at a time, counted, faster each
  ("klippte femtio kunder på en timme", "trimmade tolv hundar på en halvtimme", "sydde
  tio kostymer på en kvart"): the least time of changing tyres, cutting hair, grooming
  an animal, doing nails, sewing a garment, painting a room or baking, said as "på N"
  a unit of time or as the job that "tog" it ("klippningen av vår pudel … tog tre
  sekunder"); and a job told done on the spot ("bakade den från början medan jag väntade",
  "sydde kostymen på plats") whose time is the next sentence of the answer or the bare
  answer to the question after it ("Hur lång tid tog det?" "Kanske en minut."): a time said
  alone right after a job the customer watched is that job's time, hedged or not;
- a climb, a row, a paddle or a swim faster than any person goes, the distance and the
  time in one sentence ("klättrade upp för den femton meter höga väggen på två
  sekunder", "rodde tre mil på tio minuter");
- more fingers, toes, hands, feet, eyes, ears or arms than one body has ("alla mina
  tjugo fingrar");
- one eater — not "vi", "alla" or a number of them — eating five kilos or six litres, or
  a whole sack, within a day ("min sexåring åt tjugo liter glass på en kvart", "hunden åt
  upp hela säcken på en kväll");
- a driving licence taken as a child ("tog körkort när jag var sju år");
- a book read out faster than ten pages a minute, its pages told earlier in the call ("nio
  hundra sidor" … "hade läst ut den, varenda sida, tjugo minuter senare").

A feeling ("det kändes som"), a hypothetical and another store's account claim nothing.
Each reading is tried only when its words are said.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import Amount, word_value
from kundrost.adapters.offline.patterns import listed

_MINUTES = {"sekund": 1 / 60, "sekunder": 1 / 60, "sekunderna": 1 / 60, "minut": 1.0,
            "minuter": 1.0, "minuten": 1.0, "kvart": 15.0, "halvtimme": 30.0, "timme": 60.0,
            "timmar": 60.0}  # fmt: skip
_WITHIN = re.compile(
    r"\b(?:på|tog) (?:bara |endast |knappt |under |mindre än )?(\w+) (?:(halv) )?(sekund|"
    r"sekunder|sekunderna|minut|minuter|minuten|kvart|halvtimme|timme|timmar)\b"
    r"(?! (?:längre|mer|extra|kortare|för|till|per))"
)
"""A job done "på tre sekunder", or whose noun "tog tre sekunder" ("klippningen av vår pudel
… tog tre sekunder"), not one that took minutes longer or more."""
_UNLIKELY = re.compile(r"\b(?:om (?:jag|vi|man)|skulle|kanske|nästan|typ|känns|kändes)\b")
_UNLIKELY_WORDS = listed("om skulle kanske nästan typ känns kändes")
"""Every phrase of `_UNLIKELY` opens with one of these."""
"""An approximate amount ("ungefär sextio kilo") is still claimed."""


class _Job:
    """A job by its verbs and the stems of what it is done to, and its least minutes."""

    def __init__(
        self, verbs: str, things: tuple[str, ...], least: float, each: tuple[str, ...] = ()
    ) -> None:
        self.verbs = listed(verbs)
        self.things = things
        self.least = least
        self.each = each
        """Stems of what the least is a piece of, one at a time: customers, cars, dogs,
        garments ("klippte femtio kunder på en timme" is 72 seconds a head)."""

    def pieces(self, amounts: tuple[Amount, ...]) -> float:
        """How many the job was done to, counted by `each`; one when none is counted."""
        if not self.each:
            return 1.0
        pieces = max((v for v, u in amounts if v >= 2 and u.startswith(self.each)), default=1.0)
        hands = max((v for v, u in amounts if u.startswith(_STAFF)), default=1.0)
        return max(1.0, pieces / hands)

    def told(self, tokens: tuple[str, ...]) -> bool:
        """The verb and the thing, the thing also as the head of a compound ("en
        prinsesstårta", "herrkostymen"), or what it is done to one at a time ("klippte
        femtio kunder")."""
        return not self.verbs.isdisjoint(tokens) and any(
            t.startswith(self.things)
            or any(len(s) >= 5 and s in t for s in self.things)
            or (self.each and t.startswith(self.each))
            for t in tokens
        )


_STAFF = ("frisör", "mekaniker", "anställda", "skräddare", "sömmerskor", "hundfrisör", "stylister")
"""Hands counted share the pieces: "fem frisörer klippte trettio kunder på en timme"."""
_CLIENTS = ("kunder", "kunderna", "personer", "damer", "herrar", "gäster")
JOBS = (
    _Job(
        "bytte bytt skiftade skiftat monterade monterat",
        ("däck", "vinterdäck", "sommardäck"),
        3.0,
        ("bilar", "bilarna", *_CLIENTS),
    ),
    _Job(
        "klippte klippt permanentade färgade slingade klippningen",
        ("håret", "hår", "frisyr"),
        3.0,
        _CLIENTS,
    ),
    _Job(
        "trimmade trimmat klippte klippt klippningen trimningen",
        ("pudel", "hund", "katt", "päls"),
        15.0,
        ("pudlar", "hundar", "katter"),
    ),
    _Job(
        "gjorde fixade lackade målade lade satte",
        ("naglar", "naglarna", "gelénagl", "lösnagl", "manikyr", "pedikyr"),
        5.0,
        _CLIENTS,
    ),
    _Job(
        "sydde sytt",
        ("gardin", "klänning", "kostym", "byxor", "jacka", "kjol", "skjorta"),
        10.0,
        ("gardiner", "klänningar", "kostymer", "byxor", "jackor", "kjolar", "skjortor"),
    ),
    _Job(
        "målade målat tapetserade tapetserat",
        ("rummet", "huset", "fasad", "lägenhet", "väggarna", "köket", "sovrummet"),
        20.0,
    ),
    _Job("bakade bakat gräddade", ("tårta", "tårtan", "limpa", "bröd", "surdeg"), 10.0),
)
"""Least minutes of each job, far below what a skilled hand needs: a tyre shop changes four
tyres in a quarter of an hour, a groomer needs an hour for a poodle."""
_JOB_WORDS = frozenset().union(*(job.verbs for job in JOBS))

_KILOMETRES = {"mil": 10.0, "milen": 10.0, "kilometer": 1.0, "km": 1.0, "meter": 0.001}
_SPEEDS = ((listed("rodde paddlade"), 20.0), (listed("simmade"), 8.0))
"""Fastest km/h: an Olympic single sculler rows about 18 km/h, the fastest swimmers 8."""
_CLIMBED = listed("klättrade klättrat")
FASTEST_CLIMB = 4.0
"""Metres a second: speed climbers reach about three up a fifteen-metre wall."""
_SPEED_WORDS = _CLIMBED.union(*(verbs for verbs, _ in _SPEEDS))

_BODY = {"fingrar": 10, "fingrarna": 10, "tår": 10, "tårna": 10, "händer": 2, "händerna": 2,
         "fötter": 2, "fötterna": 2, "ögon": 2, "ögonen": 2, "öron": 2, "öronen": 2,
         "armar": 2, "armarna": 2, "tänder": 32, "tänderna": 32}  # fmt: skip
_ONE_BODY = listed("mina hans hennes sina dina alla")

_EATEN = listed("åt käkade slukade glufsade drack")
_GROUP = listed("vi alla tillsammans de dom barnen gästerna hundarna katterna oss familjen")
_ATE_AMOUNT = re.compile(
    r"\b(?:åt|käkade|slukade|glufsade|drack) (?:(?:jag|han|hon) )?(?:upp )?(?:\w+ )?(\w+) "
    r"(kilo|kg|kilogram|liter|"
    r"litrar)\b"
)
_ATE_SACK = re.compile(
    r"\b(?:åt|käkade|slukade|glufsade) (?:upp )?(?:\w+ ){0,2}?(?:hela|en hel) \w*säck(?:en)?\b"
)
_LONG_SPAN = listed(
    "vecka veckan veckor månad månaden månader år året sommaren vintern hösten våren säsongen"
)
_KILOS = {"kilo": 1.0, "kg": 1.0, "kilogram": 1.0}
_LITRES = listed("liter litrar")
MOST_KILOS, MOST_LITRES = 5.0, 6.0

_LICENCE = re.compile(r"\bnär (?:jag|han|hon) var (\w+)(?: år)?\b|\bsom (\w+)åring\b")
YOUNGEST_LICENCE = 15

_CUES = _JOB_WORDS | _SPEED_WORDS | frozenset(_BODY) | _EATEN | listed("körkort körkortet")
"""A sentence holds one of these before any limit is tried."""


def _minutes(found: re.Match[str] | None) -> float | None:
    """The minutes a match of a number, an optional "halv" and a unit of time gives."""
    if found is None:
        return None
    value = word_value(found.group(1))
    if value is None:
        return None
    return value * (0.5 if found.group(2) else 1.0) * _MINUTES[found.group(3)]


def _within_minutes(text: str) -> float | None:
    return _minutes(_WITHIN.search(text))


def _job_too_fast(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    """A job, or each of the jobs done one at a time, faster than its least (`JOBS`)."""
    if _JOB_WORDS.isdisjoint(tokens):
        return False
    minutes = _within_minutes(text)
    return minutes is not None and any(
        job.told(tokens) and minutes / job.pieces(amounts) < job.least for job in JOBS
    )


_ON_THE_SPOT = re.compile(
    r"\b(?:medan (?:jag|vi) (?:väntade|stod där|satt där|var kvar|tittade på|såg på)|på plats|"
    r"från (?:början|grunden|scratch|noll)|på stående fot|där och då|framför (?:mig|oss))\b"
)
"""A job done while the customer was there: its time is the time the customer saw."""
_HEDGES = listed("kanske typ ungefär cirka runt max högst bara knappt ja nej väl eh öh mm säg")
_BARE_TIME = re.compile(
    r"^(\w+) (?:(halv) )?(sekund|sekunder|minut|minuter|kvart|halvtimme|timme|timmar)$"
)


def _bare_minutes(tokens: tuple[str, ...]) -> float | None:
    """A time said alone, hedges aside: "Kanske en minut", "Två minuter ungefär"."""
    return _minutes(_BARE_TIME.match(" ".join(t for t in tokens if t not in _HEDGES)))


def _timed_after(evidence: Evidence, index: int) -> float | None:
    """The time of a job told at `index`: in the rest of its answer ("Det tog en minut"), or
    as the first clause of the next answer said alone ("Kanske en minut, bottnar och
    allt")."""
    turns = evidence.reading.sentence_turns
    turn = turns[index]
    for later in range(index + 1, len(turns)):
        if turns[later] == turn:
            minutes = _within_minutes(evidence.phrases[later])
            if minutes is not None:
                return minutes
            continue
        if turns[later] != turn + 1:
            return None
        first = evidence.sentences[later][:1]
        if not first:
            return None
        return _bare_minutes(first[0].clause.tokens) or _within_minutes(evidence.phrases[later])
    return None


def _job_timed_after(evidence: Evidence) -> int | None:
    """A job done on the spot (`_ON_THE_SPOT`) with no time of its own, timed after it
    below the job's least (module docstring): the sentence's index."""
    for index, tokens, text in evidence.cued_sentences(_JOB_WORDS):
        if evidence.cues[index].elsewhere or _within_minutes(text) is not None:
            continue
        jobs = [job for job in JOBS if job.told(tokens)]
        if not jobs or _ON_THE_SPOT.search(text) is None:
            continue
        minutes = _timed_after(evidence, index)
        if minutes is not None and any(minutes < job.least for job in jobs):
            return index
    return None


def _too_fast(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    if _SPEED_WORDS.isdisjoint(tokens):
        return False
    minutes = next((v * _MINUTES[u] for v, u in amounts if u in _MINUTES), None)
    if not minutes:
        return False
    if not _CLIMBED.isdisjoint(tokens):
        metres = next((v for v, u in amounts if u in ("meter", "m")), None)
        if metres and metres / (minutes * 60) > FASTEST_CLIMB:
            return True
    distance = next((v * _KILOMETRES[u] for v, u in amounts if u in _KILOMETRES), None)
    if not distance:
        return False
    speed = distance / (minutes / 60)
    return any(not verbs.isdisjoint(tokens) and speed > fastest for verbs, fastest in _SPEEDS)


def _more_than_a_body(tokens: tuple[str, ...]) -> bool:
    for index, token in enumerate(tokens[2:], start=2):
        most = _BODY.get(token)
        if most is None or tokens[index - 2] not in _ONE_BODY:
            continue
        value = word_value(tokens[index - 1])
        if value is not None and value > most:
            return True
    return False


def _one_eater_beyond(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    """The amount or the sack is what was eaten, right after the verb: "åt tjugo liter glass",
    not "drog åt vänster … med tjugo kilo mat"."""
    if _EATEN.isdisjoint(tokens) or not _GROUP.isdisjoint(tokens):
        return False
    if not _LONG_SPAN.isdisjoint(tokens):
        return False
    if any(
        v >= 2 and u not in _KILOS and u not in _LITRES and u not in _MINUTES for v, u in amounts
    ):
        return False
    for found in _ATE_AMOUNT.finditer(text):
        value = word_value(found.group(1))
        unit = found.group(2)
        if value is not None and value * _KILOS.get(unit, 0) >= MOST_KILOS:
            return True
        if value is not None and unit in _LITRES and value >= MOST_LITRES:
            return True
    return _ATE_SACK.search(text) is not None


def _licence_as_child(tokens: tuple[str, ...], text: str) -> bool:
    if "körkort" not in tokens and "körkortet" not in tokens:
        return False
    found = _LICENCE.search(text)
    if found is None:
        return False
    age = word_value(found.group(1) or found.group(2))
    return age is not None and age < YOUNGEST_LICENCE


_PAGES = listed("sidor sidorna")
_READ_OUT = re.compile(r"\b(?:läst|läste|lästa) ut\b|\butläst\w*|\bvarenda sida\b")
_READ_WORDS = listed("ut utläst utlästa varenda")
FASTEST_READING = 10.0
"""Pages a minute: no reader takes in a whole book faster (a fast reader manages two)."""


def _read_too_fast(evidence: Evidence) -> int | None:
    """The sentence finishing a book, told earlier in the call by its pages, within a time
    no one reads it in: "en deckare, nio hundra sidor" … "hade läst ut den, varenda sida,
    när tåget rullade in tjugo minuter senare"."""
    pages = 0.0
    for index, amounts in enumerate(evidence.sentence_amounts):
        pages = max([pages, *(v for v, u in amounts if u in _PAGES)])
        tokens = evidence.sentence_tokens[index]
        if (
            not pages
            or _READ_WORDS.isdisjoint(tokens)
            or not _READ_OUT.search(evidence.phrases[index])
        ):
            continue
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish or felt(tokens):
            continue
        minutes = sum(v * _MINUTES[u] for v, u in amounts if u in _MINUTES)
        if minutes and pages / minutes > FASTEST_READING:
            return index
    return None


def world_limit_points(evidence: Evidence) -> tuple[float, str]:
    """The points of the whole account (module docstring) and the first sentence."""
    points = 0.0
    first = ""
    if not _PAGES.isdisjoint(evidence.words) and not _READ_WORDS.isdisjoint(evidence.words):
        read = _read_too_fast(evidence)
        if read is not None:
            points, first = 1.0, evidence.reading.sentences[read]
    timed = _job_timed_after(evidence)
    if timed is not None:
        points += 1.0
        first = first or evidence.reading.sentences[timed]
    for index, tokens, text in evidence.cued_sentences(_CUES):
        cues = evidence.cues[index]
        if cues.elsewhere or cues.wish or felt(tokens):
            continue
        if not _UNLIKELY_WORDS.isdisjoint(tokens) and _UNLIKELY.search(text):
            continue
        amounts = evidence.sentence_amounts[index]
        found = (
            _job_too_fast(tokens, text, amounts)
            + _too_fast(tokens, amounts)
            + _more_than_a_body(tokens)
            + _one_eater_beyond(tokens, text, amounts)
            + _licence_as_child(tokens, text)
        )
        if found and not first:
            first = evidence.reading.sentences[index]
        points += found
    return float(points), first
