"""Month days: an order and its pick-up told by days of the month without a month.

"Jag beställde boken den femtonde … jag hämtade den den tolfte": a day said without its month
is placed nearest to the other days of the call, so the twelfth told after the fifteenth is
three days before it, not twenty-seven after; "beställde den tjugoåttonde och hämtade den
tredje" is the next month's third. A pick-up or a delivery placed before the order,
reservation or handing in it follows is one point towards an impossible claim.

Each act and its day are read in one clause (cut at commas and "och"), the day right after
"den" and no month after it: "den tolfte december", "den tolfte nästa månad", "förra
månaden" place it in a month of their own. A day after "till", "från" or "för" is a bound or
the day an order is for ("beställde tårtan till den tjugonde"), a clause with two days or
"mellan" a range. An answer that corrects itself ("nej förresten", "jag menar") or tells a
hypothetical, a wish or another store's account claims nothing.
"""

from __future__ import annotations

from kundrost.adapters.offline.calendar_dates import LONGEST
from kundrost.adapters.offline.consistency import ordinal
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed

_FIRST = listed("beställde beställt bokade bokat reserverade reserverat lämnade")
"""Acts that come first: an order, a reservation, goods handed in ("lämnade in")."""
_LATER = listed("hämtade hämtat levererades levererade skickades aviserades")
"""What follows the first act: the pick-up or the delivery."""
_MONTHED = listed("månad månaden månads nästa förra efter före") | frozenset(LONGEST)
"""Words right after a day that give it a month of its own: "den tolfte nästa månad"."""
_CORRECTED = listed("förresten menar menade rättare fel")
_RANGE = listed("mellan till från för tills inför efter före")
"""Words right before "den" that make the day a bound or the day an order is for ("beställde
tårtan till den tjugonde"), not the day of the act."""
_CUES = _FIRST | _LATER
MONTH_DAYS = 30
"""A month's days, for placing a day nearest to another."""


def _told_day(tokens: tuple[str, ...]) -> int | None:
    """The one day of the month a clause tells without a month ("den femtonde"), or None."""
    days = [
        (at, value)
        for at, token in enumerate(tokens)
        if at and tokens[at - 1] == "den" and (value := ordinal(token)) is not None
        and 1 <= value <= 31 and value == int(value)
    ]  # fmt: skip
    if len(days) != 1 or "mellan" in tokens:
        return None
    at, value = days[0]
    if tokens[at - 2 : at - 1] and tokens[at - 2] in _RANGE:
        return None
    return None if not _MONTHED.isdisjoint(tokens[at + 1 : at + 3]) else int(value)


def _parts(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    parts: list[tuple[str, ...]] = [()]
    for token in tokens:
        if token == "och":
            parts.append(())
        else:
            parts[-1] += (token,)
    return parts


def _before(later: int, first: int) -> bool:
    """Whether the day `later`, placed nearest to `first`, falls before it."""
    back = first - later
    return 0 < back < MONTH_DAYS - back


def month_day_points(evidence: Evidence) -> tuple[float, str]:
    """One point when a pick-up falls before its order by month-less days (module
    docstring), and the sentence that tells the pick-up."""
    if _CUES.isdisjoint(evidence.words) or "den" not in evidence.words:
        return 0.0, ""
    turns = evidence.reading.sentence_turns
    firsts: list[tuple[int, int]] = []
    laters: list[tuple[int, int, int]] = []
    skipped: set[int] = set()
    for clause in evidence.clauses:
        index = clause.clause.sentence
        turn = turns[index] if index < len(turns) else 0
        cues = evidence.cues[index]
        tokens = clause.clause.tokens
        if (
            cues.elsewhere
            or cues.wish
            or tokens[:1] == ("om",)
            or not _CORRECTED.isdisjoint(tokens)
        ):
            skipped.add(turn)
        for part in _parts(tokens):
            if _CUES.isdisjoint(part) or (day := _told_day(part)) is None:
                continue
            if not _FIRST.isdisjoint(part) and ("lämnade" not in part or "in" in part):
                firsts.append((turn, day))
            elif not _LATER.isdisjoint(part):
                laters.append((turn, day, index))
    for turn, day, index in laters:
        if turn not in skipped and any(
            _before(day, first) for told, first in firsts if told not in skipped
        ):
            return 1.0, evidence.reading.sentences[index]
    return 0.0, ""
