"""`offline-8`: an amount no single visit can hold is an impossible claim by its unit alone,
whatever the goods and however plainly it is told — beside the honest amounts, exaggerations
and other stories it must leave alone.

Every call was written for this file, in the second development set's stores
(`offline_calls`), not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import analyse, fraud_flags


@pytest.mark.parametrize(
    "answer",
    [
        "Potatisen var billig i veckan, så jag köpte tvåhundrafemtio kilo.",
        "Jag tog två ton morötter till kalaset.",
        "Vi köpte hundrafemtio liter mjölk till festen.",
        "Det stod nog tvåhundra personer före mig i kön.",
        "Jag stod i kön i sju timmar innan det blev min tur.",
        "Rökugnen höll tvåhundra grader men termometern i kylen visade trehundra grader.",
        "Jag betalade sjuttiotusen kronor för veckohandeln.",
    ],
)
def test_an_amount_beyond_a_visit_is_an_impossible_claim(answer: str) -> None:
    analysis = analyse("grocery", "Kassan gick fort.", answer)
    assert "impossible_claim" in fraud_flags(analysis)


@pytest.mark.parametrize(
    "answer",
    [
        "Jag köpte fem kilo potatis och tjugo kilo hundmat.",
        "Vi köpte fyra liter mjölk och två liter juice.",
        "Det stod tjugo personer före mig i kön, det tog en evighet.",
        "Jag väntade säkert fyrtio minuter vid kassan.",
        "Kycklingen i kylen hade legat där i åtta timmar, det stod på lappen.",
        "Det var minus tjugotvå i morse så jag frös på parkeringen.",
        "Veckohandeln kostade tvåtusen trehundra kronor.",
        "Jag köpte inte hundra kilo, bara ett kilo färs.",
        "Ni borde sälja potatis i säckar om tjugofem kilo.",
        "Ugnen hemma tar tvåhundra grader, så brödet blev fint.",
        "Vi var hundrafemtio personer på bröllopet och tårtan räckte till alla.",
        "Vi hämtade tvåhundra kilo ved på en kärra vid lastkajen.",
    ],
)
def test_honest_amounts_ovens_and_exaggerations_are_not_flagged(answer: str) -> None:
    analysis = analyse("grocery", "Kassan gick fort.", answer)
    assert fraud_flags(analysis) == []
