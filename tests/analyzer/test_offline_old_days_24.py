"""The old days at large (`offline-24`, `at_large.old_days`), at kinds of store other than
the eighth development set's: "förr i tiden fick man en påse bullar för en femma, nu får man
knappt en kaffe", told of anyone ("man"), with no word for this store or the speaker, says
nothing of this visit; a call that says nothing else is not paid. Near misses that must not
move: the old days of this store ("här", "ni", "hos er") or of the customer's own visits, and
"på den tiden" meaning while something went on."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.analyzer.town_stores import graded_at, rubric_at

QUESTIONS = (
    "Hur blev du bemött?",
    "Förstår. Var det något särskilt från ditt besök?",
    "Finns det något vi kan göra bättre?",
)

OLD_DAYS: Sequence[tuple[str, tuple[str, ...]]] = (
    (
        "bageri",
        (
            "Det var väl okej. Men allt har blivit så dyrt nu för tiden.",
            "Förr i tiden fick man en påse bullar för en femma, nu får man knappt en kopp "
            "kaffe och en kaka för femtio kronor.",
            "Det är väl regeringen som ska göra något, inte ni.",
        ),
    ),
    (
        "järn",
        (
            "Jo, det var bra. Men det är samma överallt med priserna.",
            "Förr i världen köpte man en hammare för tio kronor och den höll i trettio år.",
            "Nej, det är hela samhället som har ändrat sig.",
        ),
    ),
    (
        "cykel",
        (
            "Det gick bra. Fast allting kostar ju skjortan numera.",
            "Förr i tiden fick man en begagnad cykel för en hundralapp, nu får man knappt "
            "en ny slang och två ventiler.",
            "Nej, det är inget ni kan göra åt.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), OLD_DAYS)
def test_the_old_days_at_large_observe_nothing_and_are_not_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert rubric_at(key, QUESTIONS, answers).specific_observations == 0
    assert not graded_at(key, QUESTIONS, answers).qualifies


NEAR: Sequence[tuple[str, tuple[str, ...]]] = (
    (
        "bageri",
        (
            "Det var bra bemötande.",
            "Förr i tiden fick man sina bullar i en papperspåse här, nu får man en plastpåse "
            "som går sönder på vägen hem.",
            "Ta tillbaka papperspåsarna vid disken.",
        ),
    ),
    (
        "järn",
        (
            "Bra, tack.",
            "Förr i tiden kapade ni virket gratis, nu kostar det tjugo kronor per snitt vid "
            "kapsågen.",
            "Gör kapningen gratis igen för den som köper virket hos er.",
        ),
    ),
    (
        "cykel",
        (
            "Bra, tack.",
            "Förr i tiden fick jag alltid hjälp att pumpa däcken, men i tisdags stod jag "
            "ensam i tjugo minuter vid verkstaden.",
            "Sätt upp en pump vid entrén så man kan pumpa själv.",
        ),
    ),
    (
        "blommor",
        (
            "Bra, tack.",
            "Jag var där fem minuter, och på den tiden hann man få tulpanerna inslagna och "
            "betala vid disken.",
            "Ni kan fortsätta så.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), NEAR)
def test_the_old_days_of_this_store_or_the_customer_still_observe(
    key: str, answers: tuple[str, ...]
) -> None:
    assert rubric_at(key, QUESTIONS, answers).specific_observations >= 1
    assert graded_at(key, QUESTIONS, answers).qualifies
