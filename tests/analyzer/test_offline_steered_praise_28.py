"""Corporate praise in management adjectives (`offline-28`, `swedish.abstract_noun`): "man
märker att verksamheten arbetar värdedrivet", "ett kundfokuserat och lösningsorienterat
bemötande", "personalen är resultatinriktad" — how a business is said to work, in words no
thing of the store answers to. A bicycle shop's training call was paid on "värdedrivet" read
as a thing the customer named; here the same register at a hardware store, a florist, a
bakery and a bicycle shop, and near misses in the same register that tell a concrete thing
and stay paid.
"""

from __future__ import annotations

import pytest

from tests.analyzer.town_stores import graded_at

QUESTIONS = (
    "Hur blev du bemött i butiken?",
    "Kan du berätta mer?",
    "Finns det något vi kan göra bättre?",
)

FLUENT = (
    pytest.param(
        "järn",
        (
            "Överlag upplever jag att helhetsupplevelsen präglades av ett tydligt kundfokus.",
            "Man märker att verksamheten arbetar värdedrivet och lösningsorienterat.",
            "Fortsätt utveckla kundmötet och ta tillvara hela potentialen.",
        ),
        id="hardware",
    ),
    pytest.param(
        "blommor",
        (
            "Bemötandet var kundfokuserat och genomtänkt.",
            "Det känns som att verksamheten är värderingsstyrd och behovsorienterad.",
            "Jag skulle säga att ni ska fortsätta stärka samordningen.",
        ),
        id="florist",
    ),
    pytest.param(
        "bageri",
        (
            "Jag upplevde att personalen var resultatinriktad och serviceorienterad.",
            "Man märker att verksamheten arbetar kvalitetsdrivet.",
            "Fortsätt på den inslagna vägen.",
        ),
        id="bakery",
    ),
    pytest.param(
        "cykel",
        (
            "Helhetsintrycket är att ni arbetar kunddrivet.",
            "Man märker att verksamheten är lösningsfokuserad och affärsdriven.",
            "Utveckla kundresan ytterligare.",
        ),
        id="bicycle",
    ),
)

NEAR = (
    pytest.param(
        "järn",
        (
            "Väldigt kundfokuserat. Expediten vid färgdisken blandade en liter lackfärg åt "
            "mig på fem minuter.",
            "Han visade också vilka penslar som passade vid verktygsväggen.",
            "Nej, det var bra.",
        ),
        id="hardware-concrete-in-the-same-register",
    ),
    pytest.param(
        "bageri",
        (
            "Personalen var serviceinriktad, hon skivade limpan åt mig och lade den i en "
            "papperspåse.",
            "Kanelbullarna i bakdisken var fortfarande varma klockan tio.",
            "Nej, det var bra.",
        ),
        id="bakery-concrete-in-the-same-register",
    ),
    pytest.param(
        "cykel",
        (
            "Lösningsorienterat. Mekanikern i verkstaden lagade min punktering på tjugo "
            "minuter medan jag väntade.",
            "Han pumpade också bakdäcket som var nästan tomt.",
            "Nej, det var bra.",
        ),
        id="bicycle-concrete-in-the-same-register",
    ),
)


@pytest.mark.parametrize(("key", "answers"), FLUENT)
def test_management_adjectives_are_not_paid(key: str, answers: tuple[str, ...]) -> None:
    assert not graded_at(key, QUESTIONS, answers).qualifies


@pytest.mark.parametrize(("key", "answers"), NEAR)
def test_a_concrete_account_in_the_same_register_stays_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert graded_at(key, QUESTIONS, answers).qualifies
