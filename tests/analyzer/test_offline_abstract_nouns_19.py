"""An abstract noun in "-het" is indefinite (`offline-19`, `swedish.definite_noun`): "en
trygghet för hela byn" says what the store is for the village, not that anything is "too"
much (`lexicon.is_excess` reads "för" as "too" after a definite noun). Praise of what a store
means to its place, at kinds of store other than the eighth development set's, is no fault
and no observation; an excess after a definite noun or a degree word is still a fault."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.lexicon import sentiment
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.swedish import definite_noun
from kundrost.domain import Grade
from kundrost.domain.rubric import Rubric
from tests.analyzer.town_stores import graded_at, rubric_at

QUESTIONS = (
    "Hur blev du bemött?",
    "Var det något särskilt från ditt besök nu?",
    "Finns det något vi kan göra bättre?",
)


def _graded(key: str, *answers: str) -> Grade:
    return graded_at(key, QUESTIONS, answers)


def _rubric(key: str, *answers: str) -> Rubric:
    return rubric_at(key, QUESTIONS, answers)


MEANING: list[tuple[str, tuple[str, ...]]] = [
    (
        "järn",
        (
            "Järnboden har alltid funnits här, den står för kunnande.",
            "Nej, inget särskilt. Det är en trygghet för hela bygden att ni finns.",
            "Var stolta över det ni är.",
        ),
    ),
    (
        "bageri",
        (
            "Ni har alltid varit ett begrepp, så länge jag kan minnas.",
            "Inte direkt. Ni är en möjlighet för hela kvarteret att träffas, helt enkelt.",
            "Nej, fortsätt bara vara det ni är.",
        ),
    ),
    (
        "cykel",
        (
            "Man vet vad man får hos er, det har man alltid vetat.",
            "Nej. Det är en självklarhet för hela socknen att ni finns kvar.",
            "Sådana butiker behövs, det tycker alla.",
        ),
    ),
]


@pytest.mark.parametrize(("key", "answers"), MEANING)
def test_what_the_store_means_to_its_place_is_no_fault_and_not_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    rubric = _rubric(key, *answers)
    assert rubric.problems == 0
    assert rubric.observations == 0
    assert not _graded(key, *answers).qualifies


@pytest.mark.parametrize("word", ["trygghet", "möjlighet", "självklarhet", "nyhet"])
def test_a_het_noun_is_indefinite(word: str) -> None:
    assert not definite_noun(word)
    assert definite_noun(word + "en")


@pytest.mark.parametrize(
    "said",
    [
        "priset var för högt",
        "kanelbullarna var alldeles för torra",
        "kön var för lång",
        "säkerheten för dålig vid verkstaden",
    ],
)
def test_an_excess_after_a_definite_noun_or_a_degree_word_still_weighs(said: str) -> None:
    positive, negative = sentiment(tokens_of(said))
    assert negative > 0
    assert positive == 0
