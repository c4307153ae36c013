"""A birthday and a working life of one person that cannot both be true (`person_ages`):
"han som fyllde fyrtio i höstas har jobbat här i sextio år" — an age told by "fyllde" or
"fyller" and, later in the sentence, as many years or more at work, of the same person (the
same word, or "han"/"hon" after a noun). Not when the years are fewer, nor when another
person is named between the two ("jag fyllde femtio, och min mamma har jobbat där i sextio
år").

Every sentence was written for this file (the nineteenth round), at kinds of store other
than the training set that showed the shape.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "said",
    [
        "Tjejen i blomsterdisken, hon som fyllde trettio i våras, har jobbat med buketter i "
        "fyrtio år, det märks på binderierna.",
        "Mekanikern fyllde tjugofem förra veckan och har arbetat i verkstaden i trettio år, så "
        "han visste direkt vad som var fel på bromsarna.",
        "Servitören, som fyller trettiofem nästa månad, har jobbat på restaurangen i femtio år och "
        "kunde hela vinlistan utantill.",
    ],
    ids=["florist", "car workshop", "restaurant"],
)
def test_more_years_at_work_than_years_alive_is_impossible(said: str) -> None:
    assert said_impossible("Personalen var trevlig.", said)


@pytest.mark.parametrize(
    "said",
    [
        "Tjejen i blomsterdisken, hon som fyllde fyrtio i våras, har jobbat med buketter i "
        "tjugo år, det märks på binderierna.",
        "Jag fyllde femtio i fredags, och min mamma har jobbat på verkstaden i sextio år.",
        "Mekanikern fyllde på spolarvätskan och har arbetat i verkstaden i trettio år.",
        "Bartendern fyllde i kvittot åt mig, han har jobbat bakom baren i tjugo år.",
        "Vår dotter fyllde sex i går, och frisören har klippt henne sedan hon var två.",
    ],
    ids=[
        "fewer years at work",
        "another person between",
        "filled up, no age",
        "filled in a form",
        "no working years",
    ],
)
def test_a_working_life_shorter_than_the_age_or_of_another_is_no_claim(said: str) -> None:
    assert not said_impossible("Personalen var trevlig.", said)
