"""Timeline: a visit told in ways that cannot all be true of one visit.

Each of these is one point towards an impossible claim (`claims`):

- the visit placed on two weekdays ("jag var där en måndag morgon" and "det var ju
  lördag"): only words that place the visit itself count — "det var fredag", "i dag,
  söndag", "jag kom dit en tisdag", "jag var där på lördagen" — not a day in the past ("i
  tisdags", "förra lördagen") or a habit;
- being there at closing ("jag var sista kunden för dagen", "hon låste dörren efter mig",
  "precis innan de stängde") at a purchase more than an hour and a half before the store
  closes by its own hours;
- getting there and home in ways that exclude each other: no licence or no car and yet
  driving or parking ("jag har inget körkort" … "sen parkerade jag bilen"), or cycling or
  walking there that day and driving too;
- having bought only one thing and yet many bags ("jag köpte bara en sak" … "alla tolv
  kassarna"), or nothing at all and yet something ("jag köpte ingenting den här gången" …
  "kycklingfilén jag köpte");
- paying by card or Swish and yet getting change on a note;
- leaving before arriving ("kom in klockan tre" … "när jag gick ut var klockan två"), an
  hour on the twelve-hour clock read both ways; a booked time is an arrival ("hade tid
  klockan två" … "undersökningen tog tre kvart" … "var ute igen halv två");
- the visit placed in the morning ("i morse", "strax efter att ni öppnade") at a purchase
  made from two in the afternoon, or in the evening ("i kväll", "precis innan ni stängde")
  at one made before one o'clock: the story is not of the verified purchase.
"""

from __future__ import annotations

import re
from datetime import datetime

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import quantities, word_value
from kundrost.adapters.offline.patterns import holds_any, listed
from kundrost.adapters.offline.when import days_of
from kundrost.domain.business_context import BusinessContext

_VISIT_DAY = re.compile(
    r"\b(?:det var (?:ju |en |väl )?|i dag |idag |(?:jag|vi) (?:var|kom) (?:där |dit |hit )?"
    r"(?:(?:en|på|i) )*)(\w*dag\w*)"
)
_PAST = re.compile(r"\b(?:förra|i går|igår|sist|senast|veckan innan|för \w+ veckor)\b")
_PAST_WORDS = listed("förra går igår sist senast innan veckor")
"""Every phrase of `_PAST` holds one of these (`_past`)."""
_CLOSING = re.compile(
    r"\b(?:sista kunden|låste (?:dörren|efter)|släckte (?:lamporna|ljuset|lyset)|(?:precis|"
    r"strax|just) (?:innan|när) (?:de|ni|dom|butiken|affären) stängde|de stängde precis|"
    r"vid stängning\w*|stängningsdags)"
)
_CLOSING_PARTS = ("sista", "låste", "släckte", "stäng")
"""Every phrase of `_CLOSING` holds one of these."""
CLOSING_MARGIN = 1.5
"""Hours before closing within which a customer may well have been the last one."""
_NO_CAR = re.compile(
    r"\b(?:(?:har|hade) (?:inget|ingen|inte) (?:körkort|bil)|kör (?:inte|aldrig) bil|"
    r"(?:har|hade) aldrig haft körkort)\b"
)
_ON_FOOT = re.compile(
    r"\b(?:cyklade (?:dit|hit|hem)|på cykeln|med cykeln|gick (?:dit|hit)|promenerade|"
    r"(?:i dag|idag) (?:också )?(?:på|med) cykel\w*)"
)
_DROVE = re.compile(
    r"\b(?:(?:jag|vi) (?:parkerade|körde)(?! (?:\w+ )?(?:\w*vagn\w*|rullator\w*|kärr\w*|"
    r"cykel\w*|cykeln))|parkerade (?:jag|vi)|körde (?:jag|vi)|"
    r"lastade (?:jag|vi)? ?in (?:allt |alltihop |det )?i bilen|(?:in|ut) i bilen|"
    r"lastade (?:\w+ ){1,2}i bilen|"
    r"(?:jag|vi) (?:(?:\w+ ){0,5}?och )?"
    r"(?:ställde (?:\w+ )?bilen|lastade (?:\w+ ){0,3}i (?:bakluckan|bagageluckan|bagaget)))\b"
)
"""Driving or parking told of the customer, the verb theirs or joined to theirs by "och"
("jag tog två säckar och ställde bilen vid dörren"), not another's ("och min dotter ställde
bilen", "chauffören ställde bilen")."""
_MORNING = re.compile(
    r"\b(?:i morse|i förmiddags|tidigt på morgonen|(?:strax|precis|direkt) (?:efter|när) (?:att )?"
    r"(?:ni|de|dom|butiken|affären) öppnade)\b"
)
_EVENING = re.compile(
    r"\b(?:i kväll|i kvälls|sent på kvällen|på kvällen|(?:strax|precis) (?:före|innan) "
    r"(?:ni|de|dom|butiken|affären) stängde)\b"
)
_VISITED = re.compile(
    r"\b(?:(?:jag|vi) (?:var (?:där|dit|i butiken|i affären|inne|och handlade)|handlade|kom "
    r"(?:dit|in|till er)|gick dit|åkte dit|körde dit)|(?:var|handlade|kom|åkte) (?:jag|vi))\b"
)
"""Words that place the visit itself, not a meal cooked "i kväll" or a walk "i morse"."""
_HOUR = (
    r"(?:(?:(?:klockan|vid|kl) )?(?P<n>fem|tio|tjugo|tjugofem) (?P<d>{}) |(?:klockan|vid|kl) "
    r"(?P<p>halv |kvart i |kvart över )?|(?P<q>halv |kvart i |kvart över ))(?P<h>\w+)"
)
_ARRIVED = re.compile(
    r"\b(?:kom|var) (?:in|dit|fram|till er|till butiken)(?: \w+){0,3}? " + _HOUR.format("över")
)
_LEFT = re.compile(
    r"\b(?:gick|åkte|kom|var) (?:(?:jag|vi) )?(?:ut|hem|hemma|därifrån)(?: \w+){0,4}? "
    + _HOUR.format("i|över")
)
_PAST_THE_HOUR = {"halv ": -0.5, "kvart i ": -0.25, "kvart över ": 0.25}
"""A half or a quarter said before the hour: "halv nio" is half past eight."""
_MINUTES_PAST = {"fem": 5, "tio": 10, "tjugo": 20, "tjugofem": 25}
"""Minutes said before "över" or "i" and the hour: "tio över fem" is 5:10, "fem i sex" 5:55."""
_CAME = listed("kom var")
_AT_HOUR = listed("klockan vid kl halv kvart över")
"""A sentence of `_ARRIVED` holds a word of each (tests/analyzer/test_offline_gates.py)."""
_NEXT_DAY = re.compile(r"\b(?:nästa dag|dagen efter|morgonen efter|i natt)\b")
_NOTHING = re.compile(
    r"\b(?:köpte|handlade) (?:ingenting|inget alls|inte ett dugg)\b|\bbara tittade\b"
)
_BOUGHT = re.compile(
    r"\b(?:jag|vi) (?:köpte|handlade) (?!ingenting|inget|inte)\w+|\b\w+ (?:som )?(?:jag|vi) köpte\b"
)
_BY_CARD = re.compile(r"\bbetalade (?:\w+ )?(?:med )?(?:kort|kortet|swish|appen|mobilen)\b")
_CASH_CHANGE = re.compile(
    r"\b(?:växel|växeln|växelpengar)\b.*\b(?:\w*lapp\w*|sedel\w*|mynt)\b|"
    r"\b(?:\w*lapp\w*|sedel\w*)\b.*\b(?:växel|växeln|fick tillbaka)\b"
)
_ONLY_ONE = re.compile(
    r"\b(?:köpte|handlade|tog) (?:bara|endast) (?:en|ett) (?!par\b|del\b|massa\b|hel\b|hop\b)\w+"
)
_BAGS = ("kass", "pås", "väsk", "säck")
_HABIT = re.compile(
    r"\b(?:brukar|brukade|ibland|oftast|vanligtvis|annars|förra|i går|igår|"
    r"i (?!förmiddags|eftermiddags|middags)\w+dags|"
    r"nästa gång|om jag)\b"
)
_USUAL = re.compile(
    r"\b(?:brukar|brukade|ibland|oftast|vanligtvis|annars|förra|i går|igår|nästa gång|om jag)\b"
)
"""`_HABIT` but a past weekday, which may be the purchase's own (`_another_time`)."""
_HABIT_PARTS = (
    "brukar", "brukade", "ibland", "oftast", "vanligtvis", "annars", "förra", "går", "dags",
    "nästa gång", "om jag",
)  # fmt: skip
"""Every phrase of `_HABIT` holds one of these. Earlier today ("i förmiddags", "i
eftermiddags") is the visit itself, no habit."""


def _habitual(text: str) -> bool:
    return holds_any(text, _HABIT_PARTS) and _HABIT.search(text) is not None


def _another_time(text: str, tokens: tuple[str, ...], purchase: datetime | None) -> bool:
    """A habit or another day than the purchase's: "i måndags" is another visit, unless the
    purchase was made on a Monday, when it is the visit itself."""
    if not _habitual(text):
        return False
    if purchase is None or _USUAL.search(text) is not None:
        return True
    day = frozenset({purchase.weekday()})
    return any(
        (named := days_of(token)) is None or named[0] != day
        for token in tokens
        if token.endswith("dags")
    )


_CARLESS_WORDS = listed("körkort bil cyklade cykeln cykel dit hit promenerade")
_DRIVING_WORDS = listed("parkerade körde bilen bakluckan bagageluckan bagaget")
_ONLY_WORDS = listed("bara endast")
_LEAVING_WORDS = listed("ut hem hemma därifrån")
_OUT_WORDS = listed("ute hemma klar lämnade")
_GONE_WORDS = _LEAVING_WORDS | _OUT_WORDS
_CLOCK_WORDS = listed("klockan kl vid halv prick över")
_NOTHING_WORDS = listed("ingenting alls tittade dugg")
_CHANGE_WORDS = listed("växel växeln växelpengar")
_MINUTES_OF = {"minut": 1.0, "minuter": 1.0, "minuten": 1.0, "kvart": 15.0, "timme": 60.0,
               "timmar": 60.0, "halvtimme": 30.0}  # fmt: skip
_DISTANCE_WORDS = listed("mil kilometer km")
_DENIAL_WORDS = listed("något någonting nånting nåt ingenting inget")
_DAY_PART_WORDS = listed("morse förmiddags morgonen öppnade kväll kvälls kvällen stängde")
_CLOSING_WORDS = listed("sista låste släckte stängde stängning stängningsdags")


def _visit_days(evidence: Evidence) -> set[int]:
    """The single weekdays named for the visit; only a sentence holding "dag", which every
    match of `_VISIT_DAY` does, is searched."""
    days: set[int] = set()
    for index, text in enumerate(evidence.phrases):
        if "dag" not in text or _past(evidence.sentence_tokens[index], text):
            continue
        for found in _VISIT_DAY.finditer(text):
            named = days_of(found.group(1))
            if named is not None and not named[1] and len(named[0]) == 1:
                days |= named[0]
    return days


def _weekday_points(evidence: Evidence) -> float:
    """Two weekdays for one visit. The purchase's own weekday is not compared: the call may
    come later than the purchase, and customers misname the day they are asked about."""
    return 1.0 if len(_visit_days(evidence)) > 1 else 0.0


def _past(tokens: tuple[str, ...], text: str) -> bool:
    """Whether `_PAST` matches the sentence `text` of `tokens`, its words looked for first."""
    return not _PAST_WORDS.isdisjoint(tokens) and _PAST.search(text) is not None


def _closing(text: str) -> bool:
    """Whether `_CLOSING` matches `text`, its parts looked for first."""
    return holds_any(text, _CLOSING_PARTS) and _CLOSING.search(text) is not None


def _closing_points(evidence: Evidence, context: BusinessContext, purchase: datetime) -> float:
    if not any(
        _closing(text) and not _past(evidence.sentence_tokens[index], text) and not _habitual(text)
        for index, text in enumerate(evidence.phrases)
    ):
        return 0.0
    local = context.local(purchase)
    hours = context.hours_on(local.date())
    if hours is None or hours.overnight:
        return 0.0
    close = hours.close.hour + hours.close.minute / 60
    return 1.0 if close - (local.hour + local.minute / 60) > CLOSING_MARGIN else 0.0


def _travel_points(evidence: Evidence) -> float:
    """Having no licence or car is a state; cycling there and driving are told of this visit
    only, so a habit or another day ("brukar", "i lördags körde jag") is left out."""
    visit = " . ".join(text for text in evidence.phrases if not _habitual(text))
    text = " . ".join(evidence.phrases)
    car_less = _NO_CAR.search(text) or _ON_FOOT.search(visit)
    return 1.0 if car_less and _DROVE.search(visit) else 0.0


def _bags_points(evidence: Evidence) -> float:
    """Three bags or more told in a call that bought only one thing; the bags are counted
    first, since the call's whole text is searched for the one thing."""
    if not any(
        value >= 3 and unit.startswith(_BAGS)
        for amounts in evidence.sentence_amounts
        for value, unit in amounts
    ):
        return 0.0
    return 0.0 if _ONLY_ONE.search(" . ".join(evidence.phrases)) is None else 1.0


def _day_part_points(evidence: Evidence, context: BusinessContext, purchase: datetime) -> float:
    """The visit placed in the morning ("i morse", "strax efter att ni öppnade") at a
    purchase made from two in the afternoon, or in the evening ("i kväll", "precis innan ni
    stängde") at a purchase made before one: the account is not of this purchase."""
    hour = context.local(purchase).hour
    for index, text in enumerate(evidence.phrases):
        if _DAY_PART_WORDS.isdisjoint(evidence.sentence_tokens[index]):
            continue
        if _past(evidence.sentence_tokens[index], text) or _habitual(text):
            continue
        if evidence.cues[index].elsewhere:
            continue
        morning, evening = _MORNING.search(text), _EVENING.search(text)
        placed = morning if hour >= 14 else evening if hour < 13 else None
        if placed is None:
            continue
        if _VISITED.search(text) or placed.group(0).endswith(("öppnade", "stängde")):
            return 1.0
    return 0.0


def _hour(found: re.Match[str]) -> float | None:
    value = word_value(found.group("h"))
    if value is None:
        return None
    minutes = found.group("n")
    if minutes is not None:
        sign = 1 if found.group("d") == "över" else -1
        return value + sign * _MINUTES_PAST[minutes] / 60
    return value + _PAST_THE_HOUR.get(found.group("p") or found.group("q") or "", 0.0)


def _left_before_arriving(evidence: Evidence, purchase: datetime | None) -> float:
    """A visit that ends before it begins: "jag kom in klockan tre och när jag gick ut var
    klockan två", in one sentence or the next two ("kom till butiken klockan sex på
    kvällen" … "var hemma igen redan klockan fem"). An hour said on the twelve-hour clock is
    read both ways, so "kom dit vid elva … gick hem vid ett" is two hours."""
    phrases = evidence.phrases
    for index, text in enumerate(phrases):
        tokens = evidence.sentence_tokens[index]
        if _CAME.isdisjoint(tokens) or _AT_HOUR.isdisjoint(tokens):
            continue
        arrived = _ARRIVED.search(text)
        if arrived is None or _past(tokens, text) or _another_time(text, tokens, purchase):
            continue
        for later in phrases[index : index + 3]:
            left = _LEFT.search(later, arrived.end() if later is text else 0)
            if left is None or _NEXT_DAY.search(later) or _PAST.search(later):
                continue
            came, went = _hour(arrived), _hour(left)
            if came is None or went is None or not (0 < went < came <= 24):
                continue
            if went + 12 - came > 6:
                return 1.0
    return 0.0


def _nothing_yet_bought(evidence: Evidence) -> float:
    """ "Jag köpte ingenting den här gången" and "kycklingfilén jag köpte" in one call, neither
    said as a habit."""
    phrases = evidence.phrases
    nothing = next(
        (
            i
            for i, text in enumerate(phrases)
            if not _NOTHING_WORDS.isdisjoint(evidence.sentence_tokens[i])
            and _NOTHING.search(text)
            and not _habitual(text)
        ),
        None,
    )
    if nothing is None:
        return 0.0
    bought = (t for i, t in enumerate(phrases) if i != nothing)
    return 1.0 if any(_BOUGHT.search(t) and not _habitual(t) for t in bought) else 0.0


_ACTS = listed(
    """köpte handlade lämnade hämtade hyrde lånade beställde provade returnerade betalade
    skickade pantade tankade"""
)
"""Acts of a visit a customer can deny having done and then tell of ("lämnade inte in
något" … "när jag hämtade mina skidor från slipningen")."""
_DENIED = re.compile(
    r"\b(jag|vi) (\w+) (?:inte (in |ut |tillbaka )?(?:något|någonting|nånting|nåt)|"
    r"(in |ut )?(?:ingenting|inget))( in| ut| tillbaka)?"
    r"(?= (?:alls|heller|där|då|den här gången|i dag|idag|men|utan|och|så|jag|vi)\b| ?$)"
)
"""A denial of a whole act: "jag lämnade inte in något", "vi köpte ingenting alls", not of
one thing ("jag köpte inget kött") nor for someone ("ingenting åt mig själv")."""
_NEGATION = listed("inte inget ingenting aldrig ingen inga")
_FETCHED = listed("hämtade hämtat")
"""What is left in is fetched later: denying leaving anything in and then fetching it."""
_OWN = listed("mina min mitt dem den det de dom")


def _acted(tokens: tuple[str, ...], who: str, verb: str, particle: str) -> bool:
    """Whether the sentence tells of `who` doing the act, not negated: "jag lämnade in
    pjäxorna", "pjäxorna jag lämnade in", "när jag hämtade mina skidor"."""
    for index, token in enumerate(tokens):
        fetched = (
            verb == "lämnade"
            and particle == "in"
            and token in _FETCHED
            and not _OWN.isdisjoint(tokens[index + 1 : index + 3])
        )
        if token != verb and not fetched:
            continue
        if who not in tokens[max(0, index - 2) : index + 2]:
            continue
        after = tokens[index + 1 : index + 4]
        if not fetched and particle and particle not in after:
            continue
        if _NEGATION.isdisjoint(tokens[max(0, index - 2) : index + 4]):
            return True
    return False


def _denied_yet_done(evidence: Evidence) -> float:
    """An act of the visit denied and then told of: "jag lämnade inte in något" … "när jag
    hämtade mina skidor från slipningen"; "vi köpte ingenting" … "kycklingfilén vi köpte".
    A habit or another day is left out, and the act must be the same person's."""
    if not any(_DENIED.search(text) for text in evidence.phrases):
        return 0.0
    said = [
        (index, text)
        for index, text in enumerate(evidence.phrases)
        if not _habitual(text)
        and not _past(evidence.sentence_tokens[index], text)
        and not evidence.cues[index].elsewhere
    ]
    for index, text in said:
        for found in _DENIED.finditer(text):
            who, verb = found.group(1), found.group(2)
            particle = (found.group(3) or found.group(4) or found.group(5) or "").strip()
            if verb not in _ACTS:
                continue
            if verb == "lämnade" and not particle:
                continue
            for other, _ in said:
                if other != index and _acted(evidence.sentence_tokens[other], who, verb, particle):
                    return 1.0
    return 0.0


_CLOCK_TIME = re.compile(r"\b(?:(?:klockan|kl|vid) (halv )?(\w+)|halv (\w+))\b")
_DISTANCES = {"mil": 10.0, "kilometer": 1.0, "km": 1.0}
_MOVING = listed("åkte körde cyklade sprang gick promenerade joggade skidade paddlade reste")
_BY_HAND_OR_FOOT = listed("cyklade sprang gick promenerade joggade skidade paddlade")
_SKIING = ("spår", "loppet", "skid")
SELF_POWERED_KMH = 30.0
"""Faster than any skier, runner or walker keeps up over a distance (a Vasalopp winner
skis about 23 km/h, a marathon's record pace is 21 km/h)."""
MOTOR_KMH = 150.0


def _clock_hours(text: str) -> list[tuple[int, float]]:
    """Each hour of the clock said in a sentence, with where it was said: "klockan två",
    "vid elva", "halv fyra" (3.5)."""
    found: list[tuple[int, float]] = []
    for match in _CLOCK_TIME.finditer(text):
        half = match.group(1) is not None or match.group(3) is not None
        value = word_value(match.group(2) or match.group(3))
        if value is None or not 1 <= value <= 24 or value != int(value):
            continue
        found.append((match.start(), value - 0.5 if half else value))
    return found


def _speed_points(evidence: Evidence) -> float:
    """A journey told between two hours of one sentence, faster than it can be made: "köpte
    skidorna klockan två … sen åkte jag nio mil i Vasaloppsspåret och var tillbaka i butiken
    halv fyra" (60 km/h on skis). The distance must be said after the first hour and before
    the second, so a drive to the store before it ("körde tjugo mil hit, var där klockan
    två och gick halv tre") is no journey between them; the time between is read on the
    twelve-hour clock. On skis, on foot, by bike or paddling faster than 30 km/h, by car
    faster than 150 km/h."""
    for index, text in enumerate(evidence.phrases):
        tokens = evidence.sentence_tokens[index]
        if _MOVING.isdisjoint(tokens):
            continue
        hours = _clock_hours(text)
        if len(hours) < 2:
            continue
        (start, begun), (end, ended) = hours[0], hours[-1]
        between = text[start:end]
        distance = 0.0
        tokens_between = tuple(between.split())
        for value, unit in quantities(tokens_between):
            distance += value * _DISTANCES.get(unit, 0.0)
        if not distance or _MOVING.isdisjoint(tokens_between):
            continue
        elapsed = (ended - begun) % 12 or 12.0
        self_powered = not _BY_HAND_OR_FOOT.isdisjoint(tokens_between) or any(
            _SKIING[0] in t or t.endswith(_SKIING[1]) or t.startswith(_SKIING[2]) for t in tokens
        )
        limit = SELF_POWERED_KMH if self_powered else MOTOR_KMH
        if distance / elapsed > limit:
            return 1.0
    return 0.0


_CLOCK_READING = (
    r"(?:(?:klockan|kl|vid|prick) )*(?:(?P<m>\w+) (?P<dir>över|i) (?P<h1>\w+)|halv (?P<h2>\w+)|"
    r"(?:klockan|kl|vid) (?P<h3>\w+))"
)
_CAME_AT = re.compile(
    r"\b(?:kom (?:dit|in|fram|till butiken|till er|(?:precis |strax |direkt )?när "
    r"(?:ni|de|dom|butiken|affären) öppnade)|var (?:där|på plats)|hade (?:en )?(?:bokad )?tid|"
    r"min tid var|var bokad|hade bokat (?:en )?tid(?: till)?) (?:\w+ ){0,2}?" + _CLOCK_READING
)
"""An arrival at an hour, or the hour of one's booked time ("jag hade tid klockan två och kom
precis i tid"): a visit begins at its appointment."""
BEFORE_ARRIVING = 10.5
"""Hours after the arrival, on the twelve-hour clock, from which a leaving is read as before
it: "hade tid klockan två" … "var ute igen halv två" is eleven and a half hours later, or
half an hour before; no short errand lasts from two to half past one in the night."""
SHORT_VISIT = 120.0
"""Minutes of waits told, at most, for a visit read as short."""
_WENT_AT = re.compile(
    r"\b(?:var (?:(?:jag|vi) )?(?:ute|hemma|klar)(?: ur butiken)?|gick (?:ut|därifrån|hem)|"
    r"kom ut|lämnade "
    r"(?:butiken|affären)) (?:\w+ ){0,2}?" + _CLOCK_READING
)
_WAITING = listed("tog stod väntade köade kön handlade")
"""Time spent inside the visit: a wait, a queue, the shopping itself ("handlade i lugn och
ro i en dryg timme")."""
_ROUGHLY = re.compile(r"\b(?:dryg|drygt|god|gott|bra) (?=timme|halvtimme|kvart)")
_QUARTER = {"kvart": 15.0}


def _clock_of(found: re.Match[str]) -> float | None:
    """Hours on the twelve-hour clock: "tio över två" 2:10, "fem i tre" 2:55, "halv tre"
    2:30, "klockan två" 2:00."""
    hour = word_value(found.group("h1") or found.group("h2") or found.group("h3"))
    if hour is None or not 1 <= hour <= 24 or hour != int(hour):
        return None
    if found.group("h2"):
        return (hour - 0.5) % 12
    if found.group("h1"):
        minutes = _QUARTER.get(found.group("m")) or word_value(found.group("m"))
        if minutes is None or not 0 < minutes <= 30:
            return None
        sign = 1 if found.group("dir") == "över" else -1
        return (hour + sign * minutes / 60) % 12
    return hour % 12


_PLAIN_HOUR = re.compile(r"\b(?:klockan|kl|prick) (\w+)")


def _plain_hour(said: str) -> float | None:
    """The hour after "klockan" when the reading took a place for a minute's hour: "klockan
    tre i biltvätten" is three o'clock, not three minutes to "biltvätten"."""
    found = _PLAIN_HOUR.search(said)
    hour = word_value(found.group(1)) if found else None
    if hour is None or not 1 <= hour <= 24 or hour != int(hour):
        return None
    return hour % 12


def _waited_too_long(evidence: Evidence) -> float:
    """A visit shorter than the wait told inside it: "jag kom dit prick klockan två" … "det
    tog fyrtio minuter innan jag fick min lax" … "jag var ute ur butiken tio över två"
    (ten minutes in all), or than the shopping ("kom precis när ni öppnade klockan åtta och
    handlade i en dryg timme" … "sen var jag hemma halv nio"). Only waits said between the
    arrival and the leaving count."""
    came: float | None = None
    waited = 0.0
    for index, text in enumerate(evidence.phrases):
        if _past(evidence.sentence_tokens[index], text) or _habitual(text):
            continue
        arrived = _CAME_AT.search(text)
        if came is None and arrived is not None:
            came = _clock_of(arrived) or _plain_hour(arrived.group(0))
            rest = text[arrived.end() :]
        else:
            rest = text
        if came is None:
            continue
        left = _WENT_AT.search(rest)
        told = rest[: left.start()] if left is not None else rest
        if not _WAITING.isdisjoint(told.split()):
            told = _ROUGHLY.sub("", told)
            waited += sum(
                value * _MINUTES_OF.get(unit, 0.0)
                for value, unit in quantities(tuple(told.split()))
            )
        if left is not None:
            went = _clock_of(left)
            if went is None:
                return 0.0
            stayed = ((went - came) % 12) * 60
            if stayed >= BEFORE_ARRIVING * 60 and waited <= SHORT_VISIT:
                return 1.0
            return 1.0 if waited - stayed >= 15 else 0.0
    return 0.0


def _card_yet_change(evidence: Evidence) -> float:
    """Paid by card or Swish, yet given change on a note: "betalade med kort, som jag alltid
    gör" … "växel tillbaka på min tusenlapp"."""
    text = " . ".join(t for t in evidence.phrases if not _habitual(t))
    return 1.0 if _BY_CARD.search(text) and _CASH_CHANGE.search(text) else 0.0


def timeline_points(
    evidence: Evidence, context: BusinessContext | None, purchase: datetime | None
) -> tuple[float, str]:
    """The points of the whole account (module docstring) and what earned them."""
    words = evidence.words
    points = 0.0
    if not _CARLESS_WORDS.isdisjoint(words) and not _DRIVING_WORDS.isdisjoint(words):
        points += _travel_points(evidence)
    if not _ONLY_WORDS.isdisjoint(words):
        points += _bags_points(evidence)
    if any("dag" in text for text in evidence.phrases) and any(
        "dag" in t and days_of(t) for t in words
    ):
        points += _weekday_points(evidence)
    if not _LEAVING_WORDS.isdisjoint(words):
        points += _left_before_arriving(evidence, purchase)
    if not _NOTHING_WORDS.isdisjoint(words):
        points += _nothing_yet_bought(evidence)
    if not _CHANGE_WORDS.isdisjoint(words):
        points += _card_yet_change(evidence)
    if not _MOVING.isdisjoint(words) and not _DISTANCE_WORDS.isdisjoint(words):
        points += _speed_points(evidence)
    clocked = not _CLOCK_WORDS.isdisjoint(words)
    if clocked and not _WAITING.isdisjoint(words) and not _GONE_WORDS.isdisjoint(words):
        points += _waited_too_long(evidence)
    if not _DENIAL_WORDS.isdisjoint(words) and not _ACTS.isdisjoint(words):
        points += _denied_yet_done(evidence)
    if context is not None and purchase is not None and not _DAY_PART_WORDS.isdisjoint(words):
        points += _day_part_points(evidence, context, purchase)
    closing = not _CLOSING_WORDS.isdisjoint(words)
    if closing and context is not None and purchase is not None and context.operating_hours:
        points += _closing_points(evidence, context, purchase)
    return points, "Besöket beskrivs på sätt som inte kan vara sanna samtidigt." if points else ""
