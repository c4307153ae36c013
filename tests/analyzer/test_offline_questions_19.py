"""Questions asked of the store instead of feedback (`offline-19`, `questions`), at kinds of
store other than the eighth development set's: a customer who asks what a shop has, does or
costs ("Har ni öppet på trettondagen?", "Vad kostar det att …?") observes nothing, and a call
of nothing else is not paid. Near misses that must not move: a question that finds fault or
wishes, and a visit told around a question."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kundrost.domain import Grade
from kundrost.domain.rubric import Rubric
from tests.analyzer.town_stores import graded_at, rubric_at

QUESTIONS = (
    "Hur blev du bemött?",
    "Var det något från ditt besök du ville ta upp?",
    "Finns det något vi kan göra bättre?",
)


def _graded(key: str, *answers: str) -> Grade:
    return graded_at(key, QUESTIONS, answers)


def _rubric(key: str, *answers: str) -> Rubric:
    return rubric_at(key, QUESTIONS, answers)


ONLY_QUESTIONS: Sequence[tuple[str, tuple[str, ...]]] = (
    (
        "cykel",
        (
            "Okej. Men har ni öppet på trettondagen?",
            "Nej, men vad kostar det att byta slang på en elcykel i verkstaden?",
            "Jag vet inte. Och säljer ni barnsitsar, eller måste man beställa dem?",
        ),
    ),
    (
        "järn",
        (
            "Ja, men först: finns det parkering för släpvagn?",
            "Och tar ni emot gammal färg från färgdisken, eller var lämnar man den?",
            "Nej. Men vad kostar det att hyra en golvslip över helgen?",
        ),
    ),
    (
        "blommor",
        (
            "Kan man beställa en bukett till en begravning på lördag?",
            "Och levererar ni till Heby, vad kostar det i så fall?",
            "Det vet jag inte, jag hade mest frågor.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), ONLY_QUESTIONS)
def test_a_call_of_questions_to_the_store_observes_nothing_and_is_not_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert _rubric(key, *answers).observations == 0
    assert not _graded(key, *answers).qualifies


def test_a_question_that_finds_fault_or_wishes_still_observes() -> None:
    denied = _rubric("järn", "Kan ni inte ha färgkartorna vid färgdisken i stället för vid kassan?")
    judged = _rubric("cykel", "Är det rimligt att verkstaden tar tre veckor på en punktering?")
    how = _rubric("blommor", "Hur ska man välja bland buketterna när ingen av dem har pris?")
    assert denied.observations >= 1
    assert denied.suggestions == 1
    assert judged.specific_observations >= 1
    assert how.observations >= 1


def test_a_visit_told_around_a_question_is_still_paid() -> None:
    told = _graded(
        "cykel",
        "Mekanikern i verkstaden bytte kedjan på tjugo minuter medan jag väntade, och visade "
        "hur jag skulle smörja den.",
        "Ja, hjälmarna stod så högt att min son inte nådde dem. Har ni tänkt på det?",
        "Sätt barnhjälmarna på en lägre hylla.",
    )
    assert told.qualifies
    asked_then_told = _rubric(
        "blommor",
        "Jag frågade om ni har tulpaner, och tjejen vid buketterna band en bukett på fem minuter.",
    )
    assert asked_then_told.specific_observations >= 1
