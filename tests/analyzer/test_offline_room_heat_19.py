"""Air hotter than any room or street holds (`consistency`): a thermometer of the air
("innetermometern", "utetermometern", or a bare "termometern" in a sentence about the room's
heat) showing sixty degrees or more where people stayed is impossible, outside a sauna or
beside an oven, a grill or a cooler's own thermometer; a roast's thermometer
("stektermometern"), a bare thermometer in the coffee, the wash water or a pot, and a warm but
possible room are not.

Every sentence was written for this file (the nineteenth round), at kinds of store other
than the training set that showed the shape.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "said",
    [
        "Det var kvavt i provrummen, termometern vid speglarna visade sextiofem grader och vi "
        "provade jeans i en timme.",
        "Innetermometern i väntrummet visade sjuttiotvå grader medan jag väntade på tandläkaren.",
        "Utetermometern vid pumparna visade åttio grader när jag tankade i juli.",
    ],
    ids=["clothes shop", "dentist", "petrol station"],
)
def test_air_at_sixty_degrees_or_more_is_impossible(said: str) -> None:
    assert said_impossible("Personalen var trevlig.", said)


@pytest.mark.parametrize(
    "said",
    [
        "Det var kvavt i provrummen, termometern vid speglarna visade tjugoåtta grader.",
        "Termometern i bastun visade nittio grader, precis lagom efter passet.",
        "Stektermometern visade sjuttio grader när kocken tog ut fläskkarrén.",
        "Termometern vid grillen visade sjuttio grader, så korven var klar.",
        "Termometern i kylen visade fyra grader, precis som den ska.",
        "Termometern i kaffebryggaren visade åttiofem grader, så kaffet var rykande.",
        "Termometern i korvgrytan visade sjuttio grader, som det ska vara.",
        "Tvättvattnet höll sextio grader enligt termometern, och bilen blev ren.",
    ],
    ids=["a warm room", "a sauna", "a roast", "a grill", "a cooler", "coffee", "a pot", "wash"],
)
def test_a_warm_room_or_a_thermometer_of_heat_is_no_claim(said: str) -> None:
    assert not said_impossible("Personalen var trevlig.", said)
