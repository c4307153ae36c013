"""Calendar dates: a day its month does not have, an hour a day does not have.

A date is told as a day, a number or an ordinal, right before a month's name ("den
trettionde februari", "den 31 april", "30:e februari"). A month has at most its days (February
29, April, June, September and November 30), so a visit, a delivery or a fitting on a day
beyond them is told of no day there was: one point towards an impossible claim. Only a day
that no year holds is read: "den 29 februari" is a leap day. A feeling, a hypothetical, a
dream or a joke, a wish, a sentence opening on "om" and another store's account claim
nothing (as in `scale_limits`). So is an hour after "klockan" beyond 24 ("incheckningen var
klockan tjugofem på kvällen"; "klockan 24" is midnight, and "klockan 25 minuter över" is
no hour but minutes).
"""

from __future__ import annotations

from kundrost.adapters.offline.claims import felt
from kundrost.adapters.offline.consistency import ordinal
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.scale_limits import unlikely

LONGEST = {
    "januari": 31, "februari": 29, "mars": 31, "april": 30, "maj": 31, "juni": 30, "juli": 31,
    "augusti": 31, "september": 30, "oktober": 31, "november": 30, "december": 31,
}  # fmt: skip
"""The most days each month has in any year."""
_MONTHS = frozenset(LONGEST)


def _day(token: str) -> float | None:
    return ordinal(token) if not token.isdigit() else word_value(token)


def no_such_day(tokens: tuple[str, ...]) -> bool:
    """A day beyond its month's length said right before the month: "trettionde februari"."""
    return any(
        token in _MONTHS and at and (day := _day(tokens[at - 1])) is not None
        and LONGEST[token] < day <= 31
        for at, token in enumerate(tokens)
    )  # fmt: skip


_CLOCK = frozenset({"klockan", "kl"})


def no_such_hour(tokens: tuple[str, ...]) -> bool:
    """An hour after "klockan" beyond a day's 24: "klockan tjugofem"."""
    return any(
        token in _CLOCK and at + 1 < len(tokens) and (hour := word_value(tokens[at + 1]))
        is not None and 24 < hour < 100 and tokens[at + 2 : at + 3] not in (("minuter",),
        ("min",), ("över",), ("i",))
        for at, token in enumerate(tokens)
    )  # fmt: skip


def calendar_date_points(evidence: Evidence) -> tuple[float, str]:
    """One point per sentence telling a day its month lacks, and the first such sentence."""
    points, first = 0.0, ""
    for index, tokens, text in evidence.cued_sentences(_MONTHS | _CLOCK):
        cues = evidence.cues[index]
        conditional = tokens[:1] == ("om",)
        if felt(tokens) or unlikely(tokens, text) or cues.elsewhere or cues.wish or conditional:
            continue
        if no_such_day(tokens) or no_such_hour(tokens):
            points += 1.0
            first = first or evidence.reading.sentences[index]
    return points, first
