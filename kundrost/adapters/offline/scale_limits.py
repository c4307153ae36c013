"""Scale limits: a duration beyond the visit, a size beyond its container or room, a speed
beyond what carries it, a count beyond its shelf, a thing made in a year not yet come.

`physical_limits` and `world_limits` read an amount against the thing it is said of; these
read an amount against a frame the call itself sets, each one point towards an impossible
claim:

- **a duration beyond the visit**: a visit's length said first ("vi stannade en halvtimme",
  "hela besöket tog tio minuter", "vi hade bokat två timmar") or the opening hours ("har
  öppet från åtta till fem"), and in a later sentence an act of the visit in it ("under den
  tiden", "där", "i sträck", "från att de öppnade"), or a part of the visit that lasted
  ("turen varade", "behandlingen tog"), lasting hours or days beyond it ("hann
  barnen leka i sex timmar", "en massage som varade i tre dygn"), told of a person and not
  of another time or place (`_AWAY`); years and months are how people complain ("stod i kö
  i hundra år") and are not read;
- **a size beyond its container**: something as big as a bus, a house or a car ("stor som
  en buss"), or a sofa, a bed, a fridge or a piano, put in or fitting in a pocket, a handbag
  or a wallet ("fick plats i min handväska", "stoppade den i jackfickan");
- **a dimension beyond the room**: a width, length, depth, height or distance of a hundred
  metres or more said of a thing indoors ("fyrahundra meter brett … hänger i hallen", "på
  fyrahundra meters avstånd där inne");
- **a speed beyond what carries it**: a stated speed of 150 km/h or more with no motor to
  carry it — a bicycle, a treadmill, a runner, a horse ridden, or "ingen motor" said in the
  sentence or the two before it — or of 500 km/h or more with no plane or train there ("körde vi i
  sexhundra kilometer i timmen" on a test drive);
- **a body beyond its limit**: breath, sleep, a sauna, a jump, a lift, growth and weight
  worn (`body_limits`);
- **a count beyond its shelf**: a million things or more on one shelf, in one box, bag or
  basket ("tio miljoner böcker på den lilla hyllan"; money is not counted so);
- **made in a year not yet come**: recorded, made, built, printed, written, brewed, bottled,
  baked or born in a year more than one after the visit's ("inspelad år 2090", "julölen som
  bryggdes i december 2029"; a film that "utspelar sig år
  2090" and goods "bäst före 2028" claim nothing of the past).

A feeling ("kändes som"), a hypothetical (a sentence opening on "om"), a dream, a joke the
caller marks, and another store's account claim nothing. Each reading is tried only when
its words are said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from kundrost.adapters.offline.body_limits import BODY_CUES, body_limit
from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import Amount, word_value
from kundrost.adapters.offline.patterns import holds_any, listed
from kundrost.adapters.offline.subjects import PERSON, kind_of_word

_MINUTES = {"minut": 1.0, "minuter": 1.0, "minuten": 1.0, "kvart": 15.0, "timme": 60.0,
            "timmar": 60.0, "timmen": 60.0, "timmarna": 60.0}  # fmt: skip
_LONG = {"timme": 60.0, "timmar": 60.0, "timmen": 60.0, "dygn": 1440.0, "dygnet": 1440.0,
         "dagar": 1440.0, "veckor": 10080.0}  # fmt: skip
"""Units an act beyond the visit is told in: hours and days (years and months are idiom)."""
UNLIKELY = re.compile(
    r"\b(?:om (?:jag|vi|man)|skulle|kändes|känns|drömde|drömt|skoja\w*|skämt\w*|låtsas\w*|typ)\b"
)
_UNLIKELY_PARTS = ("skulle", "känd", "känns", "dröm", "skoja", "skämt", "låtsas", "typ")
"""With "om" said as a word, every phrase of `UNLIKELY` holds one of these (`unlikely`)."""


def unlikely(tokens: Sequence[str], text: str) -> bool:
    """Whether `UNLIKELY` matches the sentence `text` of `tokens`, its words looked for first."""
    if "om" not in tokens and not holds_any(text, _UNLIKELY_PARTS):
        return False
    return UNLIKELY.search(text) is not None


_VISIT = listed("stannade stannar besöket bokat bokade")
_WAS_THERE = re.compile(r"\b(?:var|vara|satt) (?:där|på \w+|hos er)\b")
"""Being there, past or after a modal ("hann bara vara där en kvart")."""
_OPEN = re.compile(
    r"\böppet (?:från |mellan )?(\w+)(?: på (morgonen|förmiddagen|dagen))? (?:till|och) (\w+)"
    r"(?: på (kvällen|eftermiddagen|natten))?\b"
)
_WITHIN = re.compile(
    r"\b(?:under (?:den|de|det|besöket)|på den tiden|i sträck|där|öppnade|öppnat)\b"
)
_PARTS = listed(
    """turen rundturen visningen guidningen provningen provsmakningen behandlingen
    klippningen massagen lektionen kursen"""
)
_LASTED = listed("varade pågick höll tog")
"""A part of the visit that lasted: "den guidade turen genom bryggeriet varade i nio
timmar"."""
_AWAY = listed(
    """hemma hem sen sedan efter efteråt förra tidigare dessförinnan hade bredvid mittemot
    annan annat andra vecka veckan veckor månaden året"""
)
"""Another time or place than the visit's: "sen satt vi på kaféet där bredvid", "fisken
hade legat där i fyra timmar", "jobbat där i tjugo timmar den här veckan"."""
_FRAME_CUES = _VISIT | listed("var vara satt öppet")
_ACT_CUES = frozenset(_LONG)

_LARGE = listed(
    """soffa soffan soffor säng sängen kylskåp kylskåpet piano pianot flygel lastbil
    lastbilen"""
)
_BIG_AS = re.compile(r"\bstor(?:t|a)? som (?:en|ett) (?:buss|hus|bil|lastbil|båt|häst|säng)\b")
_SMALL = ("ficka", "fickan", "fickor", "handväska", "plånbok", "necessär", "jackfick", "byxfick")
_FITTING = re.compile(r"\b(?:fick plats|fick in|stoppade|stoppa|lade|la|lägga) (?:\w+ ){0,2}?i\b")
_SIZE_CUES = _LARGE | listed("stor stort stora")

_DIMENSIONS = listed(
    "bred brett breda lång långt långa djup djupt djupa hög högt höga avstånd diameter"
)
_METRES = {"meter": 1.0, "meters": 1.0, "kilometer": 1000.0, "kilometers": 1000.0, "km": 1000.0,
           "mil": 10000.0}  # fmt: skip
_INDOORS = re.compile(
    r"\b(?:där inne|inne i|i (?:hallen|rummet|vardagsrummet|köket|sovrummet|lägenheten|"
    r"butiken|salongen)|hallen hemma)\b"
)
_OUTDOORS = (
    "tomt", "trädgård", "gård", "väg", "gata", "gatan", "spår", "sjö", "park", "strand", "bana",
    "banan", "bro", "tunnel", "ute", "utomhus", "utanför", "bort", "dit", "hit", "från",
)  # fmt: skip
"""What is outside or a way off: "tomten är hundra meter lång", "hundra meter dit"."""
WIDEST_INDOORS = 100.0
"""Metres: no room, hall or shop holds a thing or a distance this long."""

_SPEED = re.compile(r"\b(\w+) (?:kilometer i timmen|km i timmen|km h|knop)\b")
_SPEED_WORDS = listed("timmen h knop")
"""Every phrase of `_SPEED` ends in one of these, as every one of `_MADE` opens with one of
`_MADE_CUES`: a sentence without them is not searched."""
_UNPOWERED = ("cykel", "cykeln", "cyklar", "damcykel", "racer", "löpband", "sprang", "springer")
_RIDDEN = listed("red rider ridit rida galopperade galopperar travade travar ponnyn hästen")
"""A rider's mount carries no motor: "red hem på ponnyn" (a horse gallops at about 70)."""
_MOTORED = ("bil", "motor", "moped", "mc", "tåg", "flyg", "buss", "båt", "elcykel", "elsparkcykel",
            "kör", "släp", "transport")  # fmt: skip
"""A motor vehicle or driving said near the speed carries it: "sprang till bilen och körde i
hundrafemtio", "körde hem hästen i släpet"."""
_NO_MOTOR = re.compile(r"\b(?:ingen|utan) motor\b")
FASTEST_UNPOWERED = 150.0
"""km/h: a racing cyclist's descent reaches about 100."""
FASTEST_ON_LAND = 500.0
"""km/h: no car reaches it (the fastest road car about 490); planes, jets, rockets and
trains ("magnettåget") are left to what they are."""
_AIRBORNE = ("flyg", "plan", "jet", "raket", "tåg", "magnettåg", "helikopter")

_MADE_CUES = listed(
    """inspelad inspelat inspelade tillverkad tillverkat byggd byggt tryckt tryckta skriven
    skrivet målad målat född gjord gjort sydd knuten knutet vävd vävt smidd smitt gjuten
    gjutet tillverkades byggdes trycktes skrevs målades föddes gjordes syddes bryggd bryggt
    bryggdes tappad tappades bakad bakades skördad skördades"""
)
_MONTH_NAMES = (
    "januari februari mars april maj juni juli augusti september oktober november december"
)
_MADE = re.compile(
    rf"\b(?:{'|'.join(sorted(_MADE_CUES))}) (?:år |i |på )?(?:(?:{_MONTH_NAMES.replace(' ', '|')})"
    r" )?(\d{4})\b"
)


def _minutes(amounts: tuple[Amount, ...], units: dict[str, float]) -> float | None:
    return next((v * units[u] for v, u in amounts if u in units), None)


def _opening_span(text: str) -> float | None:
    """The minutes between opening and closing: "öppet från åtta till fem" is nine hours."""
    found = _OPEN.search(text)
    if found is None:
        return None
    opens, closes = word_value(found.group(1)), word_value(found.group(3))
    if opens is None or closes is None or not 0 <= opens < 24 or not 0 < closes <= 24:
        return None
    if (found.group(4) and closes < 12) or closes <= opens:
        closes += 12
    span = closes - opens
    return span * 60.0 if 0 < span < 24 else None


def _frame(evidence: Evidence, index: int) -> tuple[float, bool] | None:
    """A visit's length, or the opening hours' (True), said in sentence `index`."""
    tokens, text = evidence.sentence_tokens[index], evidence.phrases[index]
    if "öppet" in tokens:
        span = _opening_span(text)
        if span is not None:
            return span, True
    if _VISIT.isdisjoint(tokens) and not _WAS_THERE.search(text):
        return None
    if felt(tokens) or unlikely(tokens, text):
        return None
    length = _minutes(evidence.sentence_amounts[index], _MINUTES)
    return (length, False) if length else None


def _a_part_lasted(tokens: tuple[str, ...]) -> bool:
    return not _PARTS.isdisjoint(tokens) and not _LASTED.isdisjoint(tokens)


def _beyond_visit(evidence: Evidence) -> tuple[float, int]:
    """One point for the first act that outlasts the visit it was said within."""
    if _FRAME_CUES.isdisjoint(evidence.words) or _ACT_CUES.isdisjoint(evidence.words):
        return 0.0, -1
    frame: tuple[float, bool] | None = None
    for index, tokens in enumerate(evidence.sentence_tokens):
        if frame is not None and not _ACT_CUES.isdisjoint(tokens):
            text = evidence.phrases[index]
            lasted = _minutes(evidence.sentence_amounts[index], _LONG)
            if (
                lasted is not None
                and (_WITHIN.search(text) or _a_part_lasted(tokens))
                and _AWAY.isdisjoint(tokens)
                and any(kind_of_word(token) == PERSON for token in tokens)
                and not felt(tokens)
                and not unlikely(tokens, text)
                and not evidence.cues[index].elsewhere
            ):
                length, hours = frame
                if (hours and lasted > length + 60) or (
                    not hours and lasted >= 2 * length and lasted - length >= 30
                ):
                    return 1.0, index
        if _FRAME_CUES.isdisjoint(tokens):
            continue
        found = _frame(evidence, index)
        if found is not None:
            frame = found
    return 0.0, -1


def _in_a_pocket(tokens: tuple[str, ...], text: str) -> bool:
    """A large thing, then a verb of putting or fitting, then a pocket ("en trepersoners
    soffa och stoppade den i jackfickan", "stor som en buss men fick plats i min
    handväska"); a picture "på soffan" in a pocket is no sofa in it."""
    if _SIZE_CUES.isdisjoint(tokens) or not any(t.startswith(_SMALL) for t in tokens):
        return False
    if "inte" in tokens:
        return False
    big = _BIG_AS.search(text)
    start = big.end() if big else None
    if start is None:
        at = next((i for i, t in enumerate(tokens) if t in _LARGE), None)
        if at is None or (at and tokens[at - 1] in _OF):
            return False
        start = len(" ".join(tokens[: at + 1]))
    fitted = _FITTING.search(text, start)
    return fitted is not None and text[fitted.end() :].lstrip().startswith(_POCKETS)


_OF = listed("på av om till med för från")
_POCKETS = tuple(f"{own}{small}" for own in ("", "min ", "mitt ", "sin ", "hans ", "hennes ")
                 for small in _SMALL)  # fmt: skip


def _wider_than_a_room(tokens: tuple[str, ...], text: str, amounts: tuple[Amount, ...]) -> bool:
    if _DIMENSIONS.isdisjoint(tokens) or "kön" in tokens or not _INDOORS.search(text):
        return False
    if any(token.startswith(_OUTDOORS) for token in tokens):
        return False
    return any(v * _METRES.get(u, 0.0) >= WIDEST_INDOORS for v, u in amounts)


def _unpowered_speed(evidence: Evidence, index: int, text: str) -> bool:
    if _SPEED_WORDS.isdisjoint(evidence.sentence_tokens[index]):
        return False
    found = _SPEED.search(text)
    speed = word_value(found.group(1)) if found else None
    if speed is None or speed < FASTEST_UNPOWERED:
        return False
    if _NO_MOTOR.search(text):
        return True
    near = [t for tokens in evidence.sentence_tokens[max(0, index - 2) : index + 1] for t in tokens]
    if speed >= FASTEST_ON_LAND:
        return not any(t.startswith(_AIRBORNE) for t in near)
    if any(t.startswith(_MOTORED) for t in near):
        return False
    return any(t.startswith(_UNPOWERED) or t in _RIDDEN for t in near)


_SHELF = listed("hyllan lådan påsen korgen väskan kartongen")
_MONEY = listed("kronor kr spänn euro dollar procent")
MOST_ON_A_SHELF = 1_000_000.0


def _beyond_a_shelf(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    if _SHELF.isdisjoint(tokens):
        return False
    return any(v >= MOST_ON_A_SHELF and u not in _MONEY for v, u in amounts)


def _made_later(tokens: tuple[str, ...], text: str, visited_at: datetime | None) -> bool:
    if visited_at is None or _MADE_CUES.isdisjoint(tokens):
        return False
    found = _MADE.search(text)
    return bool(found and visited_at and int(found.group(1)) > visited_at.year + 1)


_CUES = _SIZE_CUES | _DIMENSIONS | _SPEED_WORDS | BODY_CUES | _MADE_CUES | _SHELF
"""A sentence holds one of these before any reading but the visit's frame is tried."""


def scale_limit_points(evidence: Evidence, visited_at: datetime | None) -> tuple[float, str]:
    """The points of the whole account (module docstring) and the first sentence."""
    points, at = _beyond_visit(evidence)
    first = evidence.reading.sentences[at] if points else ""
    for index, tokens, text in evidence.cued_sentences(_CUES):
        cues = evidence.cues[index]
        conditional = tokens[:1] == ("om",)
        if felt(tokens) or unlikely(tokens, text) or cues.elsewhere or cues.wish or conditional:
            continue
        amounts = evidence.sentence_amounts[index]
        found = (
            _in_a_pocket(tokens, text)
            + _wider_than_a_room(tokens, text, amounts)
            + _unpowered_speed(evidence, index, text)
            + body_limit(tokens, text, amounts)
            + _made_later(tokens, text, visited_at)
            + _beyond_a_shelf(tokens, amounts)
        )
        if found and not first:
            first = evidence.reading.sentences[index]
        points += found
    return float(points), first
