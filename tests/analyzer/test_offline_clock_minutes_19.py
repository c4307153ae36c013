"""A visit that ends before it begins, its hours told with minutes (`timeline`): "kom in
halv sex" … "var hemma tio över fem", the leaving said as "N över" or "N i" the hour, the
arrival as "N över" the hour; a past weekday that is the purchase's own ("i fredags" of a
Friday's purchase) places the visit itself. A leaving after the arrival, a habit ("brukar"),
the next day, another weekday than the purchase's ("i måndags" of a Wednesday's), or an hour
the minutes do not name ("två i taget") are no such visit.

Every sentence was written for this file (the nineteenth round), at kinds of store other
than the training set that showed the shape.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from kundrost.domain.analysis import FlagKind
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.offline_calls import ANALYZER, DECISIVE
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

_TUESDAY = "2026-11-17T17:40:00+01:00"
_SATURDAY = "2026-11-21T15:00:00+01:00"
_WEDNESDAY = "2026-11-18T19:00:00+01:00"


def said_impossible(*answers: str, at: str = _WEDNESDAY) -> bool:
    """Whether the answers, each after the agent's question, with no store context and a
    purchase at `at`, are read as an impossible claim."""
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Berätta om ditt besök."), (CUSTOMER, answer)]
    analysis = ANALYZER.analyse_now(
        FeedbackInput(a_transcript(turns), None, datetime.fromisoformat(at))
    )
    return any(
        flag.kind is FlagKind.IMPOSSIBLE_CLAIM and flag.confidence >= DECISIVE
        for flag in analysis.content_flags
    )


@pytest.mark.parametrize(
    ("answers", "at"),
    [
        (
            (
                "Jag kom in på järnhandeln ungefär halv fyra i tisdags och letade skruv en god "
                "stund.",
                "Sen betalade jag och var hemma tio över tre, precis när ungarna kom från skolan.",
            ),
            _TUESDAY,
        ),
        (
            (
                "Vi kom dit vid tjugo över två i lördags, och frisören klippte båda barnen.",
                "Vi gick hem fem i två, nöjda och fina i håret.",
            ),
            _SATURDAY,
        ),
        (
            (
                "Jag kom in tio över sju på gymmet och körde ett helt pass med bänkpress.",
                "Jag var hemma fem över sju och lagade middag.",
            ),
            _WEDNESDAY,
        ),
    ],
    ids=["hardware store", "hair salon", "gym"],
)
def test_leaving_before_arriving_with_minutes_is_impossible(
    answers: tuple[str, ...], at: str
) -> None:
    assert said_impossible(*answers, at=at)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Jag kom in på järnhandeln halv fyra i tisdags och letade skruv en stund.",
            "Sen betalade jag och var hemma tio i fem, precis när ungarna kom från skolan.",
        ),
        (
            "Vi kom dit vid tjugo över två, och frisören klippte båda barnen.",
            "Vi brukar gå hem fem i två, men i lördags blev det senare.",
        ),
        (
            "Jag kom in tio över sju på gymmet och körde ett helt pass.",
            "Jag var hemma igen fem över sju dagen efter, då jag hämtade min glömda handduk.",
        ),
        (
            "Jag kom in på järnhandeln halv fyra i måndags och letade skruv en stund.",
            "Sen betalade jag och var hemma tio över tre, precis när ungarna kom från skolan.",
        ),
        (
            "Jag kom in på apoteket halv tre och hämtade ut mina tabletter.",
            "Vi gick ut två i taget eftersom det var så trångt vid dörren.",
        ),
        (
            "Vi kom in på kaféet klockan tio och tog en kopp kaffe.",
            "Vi var hemma tjugo över tio, det var bara tre minuters promenad.",
        ),
    ],
    ids=[
        "home later",
        "a habit",
        "the next day",
        "another weekday than the purchase's",
        "two at a time",
        "home after a short visit",
    ],
)
def test_a_leaving_after_the_arrival_or_of_another_time_is_no_claim(
    answers: tuple[str, ...],
) -> None:
    assert not said_impossible(*answers)
