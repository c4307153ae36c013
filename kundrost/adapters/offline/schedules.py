"""Schedules: when a store's fact says a facility is open or staffed, or a thing is made.

Read from one part of a fact (see `fact_claims`):

- hours by day: "har öppet 10–18 på vardagar och 10–14 på lördagar", "är bemannad måndag
  till lördag 10–19" — each range of hours with the days said beside it;
- closed days: "på söndagar är det stängt";
- every day: "har öppet 10–20 alla dagar", "dagligen", or hours with no day named at all
  ("Lekhörnan är öppen 10–16");
- only some days: "bakas bara på fredagar och lördagar", "körs bara tisdagar och fredagar";
- relative to the store: "stänger en halvtimme före butiken";
- an hour of opening alone: "Scenen öppnar klockan 19" (open from then to the day's end);
- a day served with no hours ("på lördagar tas bara däckbyten emot"): open that day, what is
  served then is not read.

Days joined by "och" before one range share it ("tar emot skor måndag och torsdag 16–19",
"är öppet bara lördagar och söndagar 12–15"); a day said open before another said closed
("öppet på lördagar och stängt på söndagar") is not closed with it.

A facility whose hours are listed is closed on the days not listed. What a schedule is
about is a facility (open, closed, staffed) or an activity, named by the fact's verb
("bakas" → baking, "körs" → driving), which is what a customer must be told to meet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from attrs import evolve, frozen

from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.when import days_of

GRACE = 0.25
"""Hours of leeway either side of a window: clocks and memories differ."""
_RANGE = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*[–-]\s*(\d{1,2})(?:[.:](\d{2}))?\b")
_SEGMENT = re.compile(r"\s+och\s+|,\s*")
_ONLY = listed("bara endast enbart")
_EVERY = listed("alla varje")
_OPEN = listed("öppet öppen öppna bemannad bemannade bemannat")
_SERVING = listed("lämnar emot serverar serveras betjänar")
"""A facility's service said by its verb: "lämnar ut och tar emot paket vardagar 10–18",
"frukosten serveras 7–10"."""
_CLOSED = listed("stängt stängd stängda")
_BEFORE_CLOSE = re.compile(
    r"\bstänger (?:en )?(halvtimme|kvart|timme|\w+ (?:minuter|timmar)) (?:före|innan) "
    r"(?:butiken|affären|resten)"
)
_OPENS_AT = re.compile(
    r"\böppnar (?:först |inte förrän )?(?:klockan |kl\.? )?(\d{1,2})(?:[.:](\d{2}))?\b"
)
"""A facility that opens at an hour of its own ("Scenen öppnar klockan 19"): open from then to
the day's end, which the store's own hours bound."""
_OFFSETS = {"halvtimme": 0.5, "kvart": 0.25, "timme": 1.0}
_ACTIVITIES = (
    ("bakas", "bak"), ("bakar", "bak"), ("gräddas", "grädd"), ("gräddar", "grädd"),
    ("körs", "kör"), ("levereras", "lever"), ("levererar", "lever"),
)  # fmt: skip
_NONE_DONE = listed("inget ingenting inte aldrig ej")
"""An activity said not done on its days: "på söndagar bakas inget"."""


@frozen
class Schedule:
    windows: tuple[tuple[int, float, float], ...] = ()
    """(weekday, from hour, to hour); the whole day when from is 0 and to is 24."""
    closed: frozenset[int] = frozenset()
    only: frozenset[int] | None = None
    before_close: float | None = None
    activity: str | None = None
    """The stem of what is done ("bak"), or None for a facility that is open or staffed."""

    def joined(self, other: Schedule) -> Schedule:
        only = self.only if other.only is None else (self.only or frozenset()) | other.only
        return evolve(
            self,
            windows=self.windows + other.windows,
            closed=self.closed | other.closed,
            only=only,
            before_close=self.before_close if other.before_close is None else other.before_close,
        )

    def open_on(self, day: int) -> bool:
        if day in self.closed or (self.only is not None and day not in self.only):
            return False
        return not self.windows or any(d == day for d, _, _ in self.windows)

    def open_at(self, day: int, hour: float, store: tuple[float, float] | None) -> bool:
        """Whether the facility is open at `hour` of `day`, with `GRACE` either side; one
        that keeps the store's hours but closes early (`before_close`) is shut while the
        store is."""
        if not self.open_on(day):
            return False
        spans = [(start, end) for d, start, end in self.windows if d == day]
        if spans and not any(start - GRACE <= hour <= end + GRACE for start, end in spans):
            return False
        if self.before_close is not None and store is not None:
            opens, closes = store
            return opens - GRACE <= hour <= closes - self.before_close + GRACE
        return True


def _hour(digits: str, minutes: str | None) -> float:
    return int(digits) + (int(minutes) / 60 if minutes else 0.0)


def _days(tokens: Sequence[str]) -> frozenset[int]:
    """The days a segment names, "måndag till lördag" as the whole range."""
    found: set[int] = set()
    named = [(i, days_of(t)) for i, t in enumerate(tokens)]
    spans = [(i, d[0]) for i, d in named if d is not None]
    for (at, first), (later, last) in pairwise(spans):
        if later == at + 2 and tokens[at + 1] == "till" and len(first) == len(last) == 1:
            start, end = min(first), min(last)
            found |= set(range(start, end + 1)) if start <= end else set()
    for _, days in spans:
        found |= days
    every = any(t in _EVERY and n.startswith("dag") for t, n in pairwise(tokens))
    if every or "dagligen" in tokens:
        found |= set(range(7))
    return frozenset(found)


def _ranged(tokens: Sequence[str]) -> bool:
    """Days said as a range ("måndag till lördag"): the whole of an activity's week."""
    return any(
        days_of(first) is not None and word == "till" and days_of(last) is not None
        for first, word, last in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def _offset(text: str) -> float | None:
    found = _BEFORE_CLOSE.search(text)
    if found is None:
        return None
    said = found.group(1)
    if said in _OFFSETS:
        return _OFFSETS[said]
    number, unit = said.split()
    value = word_value(number)
    if value is None:
        return None
    return value / 60 if unit.startswith("minut") else value


def schedule_of(part: str, tokens: Sequence[str]) -> Schedule | None:
    """The schedule one part of a fact states, or None (module docstring)."""
    activity = next((stem for verb, stem in _ACTIVITIES if verb in tokens), None)
    before_close = _offset(part)
    facility = not (_OPEN.isdisjoint(tokens) and _CLOSED.isdisjoint(tokens))
    facility = facility or not _SERVING.isdisjoint(tokens)
    windows: list[tuple[int, float, float]] = []
    closed: set[int] = set()
    named: set[int] = set()
    pending: frozenset[int] = frozenset()
    undated: list[tuple[float, float]] = []
    opened = False
    for segment in _SEGMENT.split(part):
        words = tuple(re.findall(r"[^\W_]+", segment))
        days = _days(words) | pending
        named |= days
        if not _CLOSED.isdisjoint(words):
            closed |= _days(words) if opened else days
            pending = frozenset()
            continue
        if activity is not None and days and not _NONE_DONE.isdisjoint(words):
            closed |= days
            pending = frozenset()
            continue
        if activity is not None and _ranged(words) and _RANGE.search(segment) is None:
            windows += [(day, 0.0, 24.0) for day in sorted(days)]
            continue
        ranged = _RANGE.search(segment) is not None
        trailing = bool(words) and days_of(words[-1]) is not None
        bare = not ranged and _OPEN.isdisjoint(words)
        opened = not ranged and trailing and not bare
        pending = days if (bare and (len(words) <= 2 or trailing)) or opened else frozenset()
        for found in _RANGE.finditer(segment):
            start = _hour(found.group(1), found.group(2))
            end = _hour(found.group(3), found.group(4))
            windows += [(day, start, end) for day in sorted(days)]
            undated += [] if days else [(start, end)]
    opens_at = _OPENS_AT.search(part) if _RANGE.search(part) is None else None
    if opens_at is not None:
        facility = True
        undated.append((_hour(opens_at.group(1), opens_at.group(2)), 24.0))
        windows += [(day, undated[-1][0], 24.0) for day in sorted(named)]
    if undated and not named:
        windows = [(day, start, end) for day in range(7) for start, end in undated]
    if named and facility and not (windows or closed or pending):
        windows = [(day, 0.0, 24.0) for day in sorted(named)]

    only_words = next((i for i, t in enumerate(tokens) if t in _ONLY), None)
    first_day = next((i for i, t in enumerate(tokens) if days_of(t) is not None), None)
    only = None
    if only_words is not None and first_day is not None and 0 < first_day - only_words <= 2:
        only = frozenset(named)
    if not (windows or closed or only or before_close is not None):
        return None
    if not facility and activity is None and before_close is None and only is None:
        return None
    return Schedule(tuple(windows), frozenset(closed), only, before_close, activity)
