"""Another business or public body the customer says the call is about (`offline-19`,
`other_premises.declared_subject`), at kinds of store other than the eighth development
set's: "det jag egentligen vill prata om är vårdcentralen här i Mora", "det är inte er jag är
arg på, det är Schenkers terminal i Örebro", "det är Schenker som ska ha kritiken". The talk
stays there, into the answers after, until the customer speaks of this store; such a call is
not paid. Near misses that must not move: the subject declared is one of this store's
departments, its staff or a person, or the contrast sets this store's own fault."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kundrost.domain import Grade
from tests.analyzer.town_stores import graded_at

QUESTIONS = (
    "Hur blev du bemött?",
    "Förstår. Var det något mer?",
    "Finns det något vi kan göra bättre?",
)


def _graded(key: str, *answers: str) -> Grade:
    return graded_at(key, QUESTIONS, answers)


ABOUT_ANOTHER: Sequence[tuple[str, tuple[str, ...]]] = (
    (
        "cykel",
        (
            "Jo, men det jag egentligen vill prata om är vårdcentralen här i Mora. De har "
            "stängt telefontiden och man får vänta i fyra timmar.",
            "Ja, receptet jag skulle hämta hade de tappat bort, så jag fick åka dit två gånger.",
            "Hos er? Nej. Men regionen borde anställa fler sköterskor.",
        ),
    ),
    (
        "järn",
        (
            "Det är inte er jag är arg på, det är Schenkers terminal i Örebro. Pallen med "
            "färg stod där i elva dagar.",
            "Sedan stod det i spårningen att den var levererad, men det var den inte. Det tog "
            "två veckor innan de hittade den på terminalen.",
            "Nej, inte ni. Det är Schenker som ska ha kritiken, och deras chaufförer.",
        ),
    ),
    (
        "blommor",
        (
            "Jo, men det jag vill klaga på är banken vid torget. Deras bankomat har varit "
            "trasig i tre veckor.",
            "Ja, och de tog sextio kronor i avgift när jag tog ut pengar vid disken där.",
            "Hos er? Nej. Men banken borde laga automaten före jul.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), ABOUT_ANOTHER)
def test_a_call_declared_to_be_about_another_business_is_not_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert not _graded(key, *answers).qualifies


NEAR: Sequence[tuple[str, tuple[str, ...]]] = (
    (
        "blommor",
        (
            "Det jag vill prata om är kassan. Kassörskan slog in fel pris på tulpanerna, "
            "tjugo kronor för mycket per bunt.",
            "Ja, det hände förra veckan också, då med rosorna i buketterna.",
        ),
    ),
    (
        "cykel",
        (
            "Det jag egentligen vill prata om är Gunilla i verkstaden. Hon lagade bromsarna "
            "på en kvart och visade hur jag skulle justera dem.",
            "Ja, och hjälmarna stod framme med priser på, det var lätt att välja.",
        ),
    ),
    (
        "järn",
        (
            "Det är inte er personal jag är arg på, det är kön vid kassan. Jag stod i tjugo "
            "minuter med två burkar från färgdisken.",
            "Bara en kassa var öppen fast det var lördag förmiddag.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), NEAR)
def test_a_subject_of_this_store_or_a_person_declared_is_still_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert _graded(key, *answers).qualifies
