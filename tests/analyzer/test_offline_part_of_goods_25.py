"""`offline-25` (docs/analyzer.md): "en av dem" before an act points back at the plural said
before it, so one of the goods paying or telling is read as goods doing it, and one of the
staff, the children or the dogs doing it stays honest.

Every sentence was written for this file, none taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "said",
    [
        "Kanelbullarna låg på brickan vid kaffet, och en av dem betalade med Swish.",
        "Jag köpte skruvar i lösvikt. En av dem swishade till kassan innan jag hann.",
        "Färgburkarna stod på pallen och två av dem betalade för sig själva.",
        "Jag köpte halstabletter på apoteket, och en av dem betalade med kort.",
    ],
)
def test_one_of_the_goods_acting_is_goods_acting(said: str) -> None:
    assert said_impossible(said)


@pytest.mark.parametrize(
    "said",
    [
        "Vi var tre kompisar på kaféet och en av dem betalade för alla.",
        "Det var två tjejer i kassan och en av dem pratade hela tiden.",
        "Hundarna väntade utanför järnhandeln och en av dem skällde.",
        "Jag köpte tre limpor och en av dem var bränd i botten.",
        "Det fanns två skyltar vid färgen och en av dem sa femtio procent.",
        "Jag köpte två tårtor och en av dem sa grattis på marsipanen.",
        "Det stod två farmaceuter där, en av dem svarade direkt på min fråga.",
    ],
)
def test_one_of_the_people_or_a_sign_stays_honest(said: str) -> None:
    assert not said_impossible(said)
