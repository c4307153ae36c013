"""A book read out faster than anyone reads (`world_limits`): its pages told in the call ("en
roman på sexhundra sidor") and a sentence that finishes it ("läste ut den", "utläst",
"varenda sida") within a time that makes more than ten pages a minute. Not a book read out in
days or at a pace people read, nor pages told without finishing them.

Every sentence was written for this file (the nineteenth round), at kinds of store other
than the training set that showed the shape.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "answers",
    [
        (
            "I kiosken på stationen köpte jag en roman på sexhundra sidor, och tjejen i kassan "
            "var jättetrevlig.",
            "Jag hade läst ut den innan bussen kom, en kvart senare.",
        ),
        (
            "Trafikskolan sålde mig teoriboken, fyrahundra sidor, och läraren förklarade allt.",
            "Jag läste varenda sida på fem minuter i väntrummet.",
        ),
        (
            "Bruksanvisningen till tvättmaskinen från vitvaruhandeln var på trehundra sidor.",
            "Den var utläst på två minuter, sen kopplade säljaren in maskinen åt mig.",
        ),
    ],
    ids=["station kiosk", "driving school", "white goods shop"],
)
def test_a_book_read_out_beyond_ten_pages_a_minute_is_impossible(
    answers: tuple[str, ...],
) -> None:
    assert said_impossible(*answers)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "I kiosken på stationen köpte jag en roman på sexhundra sidor.",
            "Jag hade läst ut den på tre dagar, den var så spännande.",
        ),
        (
            "Trafikskolan sålde mig teoriboken, fyrahundra sidor.",
            "Jag läste tjugo sidor på en kvart i väntrummet, sen var det min tur.",
        ),
        (
            "Tidningen från kiosken var på fyrtio sidor.",
            "Jag hade läst ut den på tjugo minuter, på bussen hem.",
        ),
    ],
    ids=["in days", "part of it", "a pace people read"],
)
def test_a_book_read_at_a_human_pace_is_no_claim(answers: tuple[str, ...]) -> None:
    assert not said_impossible(*answers)
