"""When: the weekdays and the hours of the day that a customer or a store's fact speaks of.

Weekdays in every form: "måndag", "måndagen", "i måndags", "onsdagskvällen",
"lördagsförmiddagen"; plurals ("fredagar", "vardagarna", "helgerna") are habits, not one day.
Hours as people say them: "vid tolv", "klockan sju", "kl 18", "halv elva" (10.30), "kvart
över fem", "kvart i sex", "tio i sju" (6.50), "fem över tre", "vid sextiden" (about six). An
hour under twelve is morning or afternoon as the part of the day said in the same words has
it ("på kvällen", "onsdagskvällen", "i morse", "förmiddag"); without one, both readings
stay possible, so a rule that needs the hour to be wrong needs both to be wrong.
"""

from __future__ import annotations

from functools import lru_cache

from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed

DAY_STEMS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
"""Monday first, as `date.weekday()` counts."""
WORKDAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})
EVERY_DAY = frozenset(range(7))
MORNING, DAYTIME, AFTERNOON, EVENING, NIGHT = "morning", "day", "afternoon", "evening", "night"
_PARTS = (
    ("förmiddag", MORNING), ("morgon", MORNING), ("morse", MORNING), ("eftermiddag", AFTERNOON),
    ("lunch", DAYTIME), ("dagen", DAYTIME), ("kväll", EVENING), ("natt", NIGHT),
)  # fmt: skip
_CLOCK = listed("vid klockan kl runt ungefär typ strax framåt efter")
_NOT_HOURS = (
    "tim", "minut", "dag", "dygn", "veck", "månad", "år", "kron", "kr", "person", "st", "gång",
)  # fmt: skip
"""A number followed by these is a span or a count ("efter två timmar"), not an hour."""
_MINUTES = {"kvart": 15.0, "fem": 5.0, "tio": 10.0, "tjugo": 20.0, "5": 5.0, "10": 10.0,
            "20": 20.0, "25": 25.0}  # fmt: skip


@lru_cache(maxsize=8192)
@lru_cache(maxsize=65_536)
def days_of(token: str) -> tuple[frozenset[int], bool] | None:
    """The weekdays a word names and whether it names a habit ("fredagar") rather than one
    day ("fredag", "i fredags", "fredagskvällen"); memoised, a pure function of one word."""
    if token.startswith("vardag"):
        return WORKDAYS, True
    if token.startswith("helg") and not token.startswith("helgon"):
        return WEEKEND, True
    for day, stem in enumerate(DAY_STEMS):
        if token.startswith(stem + "dag"):
            rest = token[len(stem) + 3 :]
            return frozenset({day}), rest.startswith("ar")
    return None


def said_day(tokens: tuple[str, ...]) -> frozenset[int] | None:
    """The one weekday the words place something on, or None when they name none, only
    habits, or several days."""
    found: set[int] = set()
    for token in tokens:
        days = days_of(token)
        if days is not None and not days[1]:
            found |= days[0]
    return frozenset(found) if len(found) == 1 else None


def part_of_day(tokens: tuple[str, ...]) -> str | None:
    for token in tokens:
        for word, part in _PARTS:
            if word in token and not token.startswith(("morgondag", "kvällsöppet")):
                return part
    return None


def _number(token: str) -> float | None:
    value = word_value(token)
    return value if value is not None and 0 <= value <= 24 and value == int(value) else None


def _about(token: str) -> float | None:
    """The hour of "sextiden", "niotiden", "3-tiden" ("vid sextiden": about six)."""
    if not token.endswith("tiden") or len(token) < 8:
        return None
    return _number(token[:-5].rstrip("-"))


def _clock(tokens: tuple[str, ...], index: int) -> float | None:
    """The hour said from `index` on, or None: "halv elva", "kvart i sex", "tio i sju", a
    number after a clock word ("vid tolv", "kl 18 30"), about an hour ("vid sextiden")."""
    token = tokens[index]
    if token in _CLOCK and index + 1 < len(tokens) and (about := _about(tokens[index + 1])):
        return about
    after = tokens[index + 1 : index + 4]
    if token == "halv" and after and (hour := _number(after[0])) is not None:
        return hour - 0.5
    minutes = _MINUTES.get(token)
    if minutes is not None and after[:1] in (("minuter",), ("min",)):
        after = after[1:] + tokens[index + 4 : index + 5]
    if minutes is not None and len(after) >= 2 and after[0] in ("i", "över"):
        hour = _number(after[1])
        if hour is not None:
            return hour - minutes / 60 if after[0] == "i" else hour + minutes / 60
    if token in _CLOCK and after:
        if after[0] == "halv" and len(after) > 1 and (hour := _number(after[1])) is not None:
            return hour - 0.5
        if after[0] in _MINUTES and len(after) > 2 and after[1] in ("i", "över"):
            return None
        hour = _number(after[0])
        if hour is not None and len(after) > 1 and after[1].startswith(_NOT_HOURS):
            return None
        if hour is not None:
            minute = word_value(after[1]) if len(after) > 1 and after[1].isdigit() else None
            return hour + minute / 60 if minute is not None and minute < 60 else hour
    return None


def stated_hours(tokens: tuple[str, ...]) -> tuple[float, ...] | None:
    """The possible hours (0–24) of the first time of day said, or None."""
    for index in range(len(tokens)):
        hour = _clock(tokens, index)
        if hour is None:
            continue
        if hour >= 12:
            return (hour,)
        part = part_of_day(tokens)
        if part == MORNING:
            return (hour,)
        if part in (AFTERNOON, EVENING):
            return (hour + 12,)
        if part == DAYTIME:
            return (hour + 12,) if hour < 7 else (hour,)
        if part == NIGHT:
            return (hour,) if hour <= 6 else ((hour + 12) % 24,)
        return (hour, hour + 12)
    return None
