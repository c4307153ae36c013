"""Impossible claims: amounts that cannot be true of a visit to a store.

Read sentence by sentence, each of these is 1 point (a wait of a day or more 1.5):

- waiting four hours or more, or days, in a queue or at a counter, or a queue measured in
  kilometres (a kilometre or more; "tio meter" is how people speak), or a hundred people
  or more ahead in one queue;
- carrying a hundred kilos or more, or two cubic metres or more, by hand ("bar", "lyfte",
  "i handen", "på axeln") or a hundred litres, thirty kilos or litres or more in a bag or
  in the arms ("i en papperspåse", "i famnen"), or a single item weighing a hundred kilos or
  more (a weight per period, "tusen ton om året", is a rate, not a load);
- getting somewhere on foot or on a kick-sled faster than 25 km/h (faster than a
  marathon's record pace), or by bike faster than 40 km/h;
- making, serving or doing a hundred things or more at fifty or more a minute;
- drilling, charging, building, baking or cutting in fifteen seconds or less, or building,
  fitting, painting or cutting up a whole thing ("hela altanen", "en hel gris") in two
  minutes or less;
- eating or drinking fifteen portions or more in one go (a hundred bites or slices: "trettio
  bitar sushi" is one hungry meal); not a meal intended ("ska äta alla fyrtio sorterna en
  dag").

Hyperbole that names no amount ("en evighet", "hur länge som helst") is left alone: it is
how people speak; so is a feeling ("det kändes som fyra timmar", "som om kön aldrig tog
slut"). With the points of `consistency`, from 1 point the account holds an
impossible claim, with confidence 0.75, rising by 0.1 per further point up to 0.95.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import NO_UNIT, Amount, quantities, word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.scores import unit
from kundrost.adapters.offline.subjects import ate

_QUEUEING = listed("kö kön köer köerna köade köa köat")
_AHEAD_PAIRS = (("mig",), ("oss",), ("henne",), ("honom",))
"""Waiting in line: a queue word, or people "före mig" — not "före bäst före"."""
_HOURS = {
    "timme": 1, "timmar": 1, "timmen": 1, "timmarna": 1, "dygn": 24, "dygnet": 24, "dag": 24,
    "dagar": 24, "vecka": 168, "veckor": 168, "månad": 720, "månader": 720, "år": 8760,
}  # fmt: skip
_MINUTES = {"minut": 1, "minuter": 1, "minuten": 1, "sekund": 1 / 60, "sekunder": 1 / 60,
            "kvart": 15, "timme": 60, "timmar": 60}  # fmt: skip
_HYPERBOLE_HOURS = frozenset({"år", "månad", "månader"})
"""A wait of months or years in a queue is how people speak ("stod tusen år i kön"), not a
claim; a wait of hours or days is one."""
_PROCESSES = {"rök": 20.0, "bakade": 1.0, "gräddade": 1.0, "grillade": 1.0, "stekte": 1.0,
              "kokade": 1.0, "jäste": 10.0, "tinade": 1.0}  # fmt: skip
"""Food processes and the fewest minutes each takes: smoking fish or meat (any "rök" word:
"färdigrökt", "rökte", "rökugnen"), baking, grilling, frying, boiling, proving, thawing."""
_NOT_SMOKING = ("rökfri", "rökning", "rökare", "röker", "rökte en cigg")
_SINGLE = listed("den det")
_WITHIN = listed("efter på inom")
_CONTAINERS = ("kass", "pås", "säck", "låd", "back", "kartong", "vagn", "korg", "väsk", "pall")
_WHOLE_BEASTS = listed("hel hela halv halva")
_TOGETHER = listed("allt alltihop tillsammans totalt sammanlagt full")
SINGLE_ITEM_KILOS = 30.0
_HEAVIEST = {"Bröd och bakverk": 5.0, "Godis och snacks": 5.0, "Mejeri och ägg": 10.0,
             "Kaffe och dryck": 10.0}  # fmt: skip
"""The most one piece of these goods weighs: a big cake five kilos, a wheel of cheese ten."""
_KILOMETRES = {"kilometer": 1, "kilometern": 1, "km": 1, "mil": 10, "milen": 10, "meter": 0.001}
_KILOS = {"kilo": 1, "kg": 1, "ton": 1000}
_PEOPLE = listed("personer människor kunder")
_CARRYING = listed("bar bära burit lyfte lyfta handen axeln")
_LITRES = listed("liter litern l")
_BAG_HEADS = ("påse", "påsen", "kasse", "kassen", "ryggsäck", "ryggsäcken", "famnen", "händerna")
"""A bag of any kind ("tygpåsen", "papperskassen"), or the arms."""
_ON_FOOT = listed("sprang springa gick promenerade joggade sparkade sparken gång")
_CYCLING = listed("cyklade cyklat cykeln cykla")
_TASKS = listed(
    """borrade borra laddades laddade laddas byggde bakade målade kapade monterade styckade
    snickrade tapetserade renoverade sydde lagade klippte färgade permanentade slingade"""
)
_WHOLE = listed("hel hela helt")
_EATING = listed("åt äta drack dricka käkade")
_MONEY = listed("kronor kr spänn")
_FEELING = listed("kändes känns kännas känts verkade")
_MEASURES = frozenset(
    [*_HOURS, *_MINUTES, *_KILOMETRES, *_KILOS, *_MONEY, "procent", "grader", "gram", "liter"]
)


def _amount_points(value: float, word: str, tokens: tuple[str, ...], per_minute: float) -> float:
    """Points for one amount said in a sentence of `tokens` (see the module docstring)."""
    if word in NO_UNIT:
        return 0.0
    words = set(tokens)
    hours = value * _HOURS.get(word, 0)
    ahead = "före" in tokens and any(
        t == "före" and tokens[i + 1 : i + 2] in _AHEAD_PAIRS for i, t in enumerate(tokens)
    )
    if (not _QUEUEING.isdisjoint(words) or ahead) and not _rate_or_span(tokens, word):
        if word in _HYPERBOLE_HOURS:
            return 0.0
        if hours >= 24:
            return 1.5
        kilometres = value * _KILOMETRES.get(word, 0)
        if hours >= 4 or kilometres >= 1 or (word in _PEOPLE and value >= 100):
            return 1.0
    carried = not _CARRYING.isdisjoint(words)
    held = value * _KILOS.get(word, 1 if word in _LITRES else 0)
    if held >= 30 and any(t.endswith(_BAG_HEADS) for t in words):
        return 1.0
    if word in _KILOS and value * _KILOS[word] >= 100 and not _per_period(tokens, word):
        weighed = "vägde" in words and any(PRODUCT_WORDS.lookup(t) for t in tokens)
        return 1.0 if carried or weighed else 0.0
    impossible = (
        (word == "kubikmeter" and value >= 2 and carried)
        or (word in _LITRES and value >= 100 and carried)
        or (
            value >= (MOST_BITES if word.endswith(_BITES) else 15)
            and word not in _MEASURES
            and not _eaters(word)
            and _eating(tokens)
            and not _shared(tokens)
        )
        or (value >= 100 and word not in _MEASURES and value * per_minute >= 50)
    )
    return 1.0 if impossible else 0.0


_PERIODS = listed("året dagen veckan månaden timmen minuten dygnet år dag vecka månad timme")
_PER = listed("om per i varje")


def _per_period(tokens: tuple[str, ...], word: str) -> bool:
    """A weight per period is a rate, not a load lifted at once: "smälte tusen ton järn om
    året", "tar emot hundra kilo per dag" (what is weighed may stand between: "ton järn")."""
    for i, t in enumerate(tokens):
        if t != word:
            continue
        after = tokens[i + 1 : i + 4]
        if any(a in _PER and b in _PERIODS for a, b in pairwise(after)):
            return True
    return False


_WAITING = listed("stod stått väntade väntat köade köat")
_PER_HOUR = (("i", "timmen"), ("per", "timme"), ("i", "timme"))


_INTENDED = listed("ska skall skulle vill ville tänker tänkte planerar drömmer")
"""An eating yet to come: "jag ska äta alla fyrtio sorterna en dag" tells a plan, not a
meal."""
_INFINITIVES = listed("äta dricka")


def _eating(tokens: tuple[str, ...]) -> bool:
    """A verb of eating or drinking; "åt" only where it is the verb (`subjects.ate`), not
    the preposition of "rullade ut femtio mattor åt oss"; "äta" not after a word of intent
    ("ska", "vill", "tänker": `_INTENDED`)."""
    return any(
        t in _EATING
        and (t != "åt" or ate(tokens, i))
        and (t not in _INFINITIVES or _INTENDED.isdisjoint(tokens[max(0, i - 3) : i]))
        for i, t in enumerate(tokens)
    )


def _rate_or_span(tokens: tuple[str, ...], word: str) -> bool:
    """The amount is not a queue's: a distance per hour is a speed ("sköt pucken i
    hundrasjuttio kilometer i timmen"), and hours after "på" are the time an act took ("gick
    arton hål på fem timmar, det var kö vid varje tee"), not a wait, unless someone waited
    in the sentence ("stod i kön på fem timmar")."""
    waited = not _WAITING.isdisjoint(tokens)
    for i, t in enumerate(tokens):
        if t != word:
            continue
        if tuple(tokens[i + 1 : i + 3]) in _PER_HOUR:
            return True
        spanned = i >= 2 and tokens[i - 2] == "på" and word_value(tokens[i - 1]) is not None
        if word in _HOURS and spanned and not waited:
            return True
    return False


_BITES = ("bit", "bitar", "bitarna", "skivor", "skivorna", "klyftor", "tuggor")
"""Pieces of one dish, not portions: thirty "bitar sushi" is one hungry meal."""
MOST_BITES = 100

_EATERS = listed(
    """personer människor kunder gäster pensionärer barn elever resenärer passagerare
    deltagare besökare"""
)


def _shared(tokens: tuple[str, ...]) -> bool:
    """Eaten by a group said in the sentence: "tillsammans", "vi var sex som åt"."""
    return "tillsammans" in tokens or any(
        tokens[i : i + 2] == ("vi", "var") and word_value(tokens[i + 2]) is not None
        for i in range(len(tokens) - 2)
    )


def _eaters(word: str) -> bool:
    """People who eat, not portions eaten: "femtio personer som skulle äta"."""
    return word in _EATERS or word.endswith(("are", "ärer", "örer", "isar", "ister"))


def felt(tokens: tuple[str, ...]) -> bool:
    """A feeling, not a claim: "det kändes som fyra timmar", "som om kön aldrig tog slut".
    Both readings need "som", so a sentence without it is not read word by word."""
    if "som" not in tokens:
        return False
    for index, token in enumerate(tokens):
        if token in _FEELING and "som" in tokens[index + 1 : index + 4]:
            return True
        if token == "som" and index + 1 < len(tokens) and tokens[index + 1] == "om":
            return True
    return False


_PROCESS_VERBS = frozenset(_PROCESSES) - {"rök"}


def _processed(tokens: tuple[str, ...]) -> bool:
    return not _PROCESS_VERBS.isdisjoint(tokens) or any("rök" in t for t in tokens)


def _process_points(tokens: tuple[str, ...]) -> float:
    """A food process done in less time than it takes, the time said within six words of
    it: "tog ut den färdigrökt efter tre sekunder" (smoking takes hours), "bakade
    limporna på tio sekunder"; "rökt lax … tio minuter i kön" is two things."""
    for index, token in enumerate(tokens):
        least = next(
            (m for word, m in _PROCESSES.items() if (word in token if word == "rök" else
             token == word)),
            None,
        )  # fmt: skip
        if least is None or token.startswith(_NOT_SMOKING):
            continue
        if index + 1 < len(tokens) and PRODUCT_WORDS.lookup(tokens[index + 1]) is not None:
            continue  # "rökt lax": what the goods are, not a process told
        for at in range(max(0, index - 6), min(len(tokens) - 2, index + 7)):
            if tokens[at] not in _WITHIN:
                continue
            for value, measure in quantities(tokens[at + 1 : at + 4])[:1]:
                if measure in _MINUTES and value * _MINUTES[measure] < least:
                    return 1.0
    return 0.0


def _single_weight_points(
    tokens: tuple[str, ...], amounts: tuple[Amount, ...], before: tuple[str, ...] = ()
) -> float:
    """One thing weighing thirty kilos or more: "Den vägde fyrtio kilo" (a smoked herring),
    "korven vägde femtio kilo" — not a bag, box or trolley, nor a whole or half beast or
    everything together."""
    if "vägde" not in tokens or not _TOGETHER.isdisjoint(tokens):
        return 0.0
    if not _WHOLE_BEASTS.isdisjoint(tokens[: tokens.index("vägde")]):
        return 0.0
    kilos = max((v * _KILOS[u] for v, u in amounts if u in _KILOS), default=0.0)
    if not kilos or any(t.startswith(_CONTAINERS) or "kass" in t for t in tokens):
        return 0.0
    weighed = tokens.index("vägde")
    subject = tokens[weighed - 1] if weighed else ""
    if subject == "som":
        subject, before = "den", tokens[:weighed]
    if subject in _SINGLE:
        named = [t for i, t in enumerate(before) if PRODUCT_WORDS.lookup(t) and i and
                 before[i - 1] in ("en", "ett")]  # fmt: skip
        subject = named[-1] if named else subject
    elif PRODUCT_WORDS.lookup(subject) is None or subject.endswith(("na", "rna")):
        return 0.0
    kind = PRODUCT_WORDS.lookup(subject)
    return 1.0 if kilos >= _HEAVIEST.get(kind or "", SINGLE_ITEM_KILOS) else 0.0


def _sentence_points(
    tokens: tuple[str, ...], amounts: tuple[Amount, ...], before: tuple[str, ...] = ()
) -> float:
    if felt(tokens):
        return 0.0
    words = set(tokens)
    distance = next((v * _KILOMETRES[u] for v, u in amounts if u in _KILOMETRES), None)
    minutes = next((v * _MINUTES[u] for v, u in amounts if u in _MINUTES), None)
    per_minute = 1 / minutes if minutes else 0.0
    points = sum(_amount_points(value, word, tokens, per_minute) for value, word in amounts)
    if distance and minutes:
        speed = distance / (minutes / 60)
        on_foot = not _ON_FOOT.isdisjoint(words)
        if (on_foot and speed > 25) or (not _CYCLING.isdisjoint(words) and speed > 40):
            points += 1.0
    if minutes is not None and not _WITHIN.isdisjoint(words) and _processed(tokens):
        points += _process_points(tokens)
    if "vägde" in words:
        points += _single_weight_points(tokens, amounts, before)
    if minutes is not None and not _TASKS.isdisjoint(words):
        whole = not _WHOLE.isdisjoint(words)
        if minutes <= 15 / 60 or (whole and minutes <= 2):
            points += 1.0
    return points


def claim_points(evidence: Evidence) -> tuple[float, str]:
    """The points of the whole account and the first offending sentence."""
    points = 0.0
    worst = ""
    for index, amounts in enumerate(evidence.sentence_amounts):
        if not amounts:
            continue
        before = evidence.sentence_tokens[index - 1] if index else ()
        found = _sentence_points(evidence.sentence_tokens[index], amounts, before)
        if found and not worst:
            worst = evidence.reading.sentences[index]
        points += found
    return points, worst


def impossible_confidence(points: float) -> Decimal | None:
    """0.75 from one point, 0.1 more per further point, up to 0.95; None below one."""
    return None if points < 1.0 else unit(min(0.95, 0.75 + 0.1 * (points - 1.0)))
