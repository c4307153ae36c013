"""A person still at work who, by a year and the age told for it, is past a hundred
(`person_ages`): "han började här 1952, när han hade fyllt trettio, och han jobbar
fortfarande heltid" at a purchase in 2026 — the year in the sentence, or before it when the
age is said "samma år" ("hon fyllde tjugo samma år som de öppnade"). Not a recent year, an
age that belongs to the firm or another event than the year, nor one no longer at work.

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
            "Frisören berättade att han öppnade salongen 1948, när han var tjugofem, och han "
            "klipper fortfarande varje dag.",
        ),
        (
            "Skomakeriet har funnits sedan 1939.",
            "Mästaren fyllde trettio samma år, och han sular fortfarande alla skor själv.",
        ),
        (
            "Hon började i järnhandeln 1940 när hon var tjugo och hon står fortfarande i kassan "
            "på lördagarna.",
        ),
    ],
    ids=["barber", "cobbler", "hardware store"],
)
def test_still_at_work_past_a_hundred_by_the_years_told_is_impossible(
    answers: tuple[str, ...],
) -> None:
    assert said_impossible(*answers)


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Frisören berättade att han öppnade salongen 1988, när han var tjugofem, och han "
            "klipper fortfarande varje dag.",
        ),
        (
            "Skomakeriet har funnits sedan 1939.",
            "Mästaren tog över när han var trettio, och han sular fortfarande alla skor själv.",
        ),
        (
            "Hon började i järnhandeln 1940 när hon var tjugo, och hennes barnbarn står "
            "i kassan nu.",
        ),
        ("Järnhandeln öppnade 1921, och den har fortfarande samma gamla disk.",),
    ],
    ids=["a recent year", "an age at another event", "no longer at work", "the firm's age"],
)
def test_a_recent_year_another_event_or_one_retired_is_no_claim(answers: tuple[str, ...]) -> None:
    assert not said_impossible(*answers)
