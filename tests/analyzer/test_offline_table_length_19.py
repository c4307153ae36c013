"""A thing longer than any table of a home, told as lying on one (`thing_limits`): six
metres or more laid on the kitchen table, the coffee table or a desk ("vi lade modellen på
köksbordet, och färdig var den tolv meter lång"). Not what rolls or folds up (cloth, tape,
yarn), not a length fit for a table, not a thing said to lie elsewhere.

Every sentence was written for this file (the nineteenth round), at kinds of store other
than the training set that showed the shape.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import said_impossible


@pytest.mark.parametrize(
    "said",
    [
        "Vi lade tågbanan från leksaksaffären på soffbordet, och när den var byggd var den "
        "femton meter lång.",
        "Jag lade brädan från brädgården på köksbordet för att såga den, den var tjugo meter lång.",
        "Modellbåten från hobbybutiken ligger på skrivbordet nu, och den är nio meter lång.",
    ],
    ids=["toy shop", "timber yard", "hobby shop"],
)
def test_a_rigid_thing_longer_than_a_home_table_on_one_is_impossible(said: str) -> None:
    assert said_impossible("Personalen var trevlig.", said)


@pytest.mark.parametrize(
    "said",
    [
        "Vi lade tågbanan på soffbordet, och när den var byggd var den två meter lång.",
        "Jag lade tyget från tygaffären på köksbordet, det var tio meter långt.",
        "Vi lade slangen på köksbordet medan vi läste bruksanvisningen, den är femton meter lång.",
        "Brädan vi köpte är sju meter lång, så den ligger i garaget.",
    ],
    ids=["a length for a table", "cloth", "a hose", "lying elsewhere"],
)
def test_a_length_fit_for_the_table_or_a_thing_that_rolls_up_is_no_claim(said: str) -> None:
    assert not said_impossible("Personalen var trevlig.", said)
