"""Honest talk that buys nothing — another store named by a compound, a placed name, a
wholesaler or a branch "of the same chain", and an enthusiast's or a professional's
credentials — is not paid; honest calls of the same shapes that observe something concrete
in this store are (`unpaid_shapes_13`, written before the analyzer ran on it). Graded the way
a call goes: the analyzer, the fraud policy, the grading policy, at five invented stores."""

from __future__ import annotations

import pytest

from kundrost.domain import Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.shaped_grading import ANALYZER, BOUGHT, named_cases
from tests.analyzer.shaped_grading import graded as shaped_graded
from tests.analyzer.unpaid_shapes_13 import PAID, QUESTIONS, UNPAID, Shaped, context, shaped_calls
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

UNPAID_MISSED = {
    "wholesaler-3": "'beställer böckerna via förlagets lager' is no visit of the customer's own "
    "('jag' is said before 'driver', not before 'beställer'), so the next answer's 'Lagret "
    "skickade …' is read as this store's",
    "enthusiast-1": "'människorna bakom disken lever och andas cykling' places people at a "
    "department and reads as a particular person; metaphor is not read",
    "enthusiast-2": "'färgerna sjunger mot varandra' is read as the colours' state, not a figure",
    "enthusiast-3": "'doften av papper', 'varje hylla bär på tusen världar': a number and a "
    "thing one could point at, in a figure of speech",
    "professional-1": "'synundersökningen genomfördes enligt konstens alla regler och "
    "bågsortimentet är välavvägt …' is one clause whose verb and department read as a "
    "description; appraisal in a professional's words is not read",
    "half_english-2": "'Elcyklarna looked amazing': English words are read as a description",
}
PAID_MISSED = {
    "professional_concrete-3": "a guitar's action 'så högt strängläge' too high to play a "
    "chord is not read as a fault of goods",
    "half_english_concrete-1": "'ett glappande jack' on a pedal is not read as a fault: the "
    "sentence opens in English ('the vibe') and reads as padding",
}


def graded(shaped: Shaped) -> Grade:
    key, call = shaped
    return shaped_graded(call, context(key), QUESTIONS)


def _cases(shapes: dict[str, tuple[Shaped, ...]], missed: dict[str, str]) -> list[object]:
    return named_cases(shaped_calls(shapes), missed)


def test_the_material_holds_as_many_payable_near_misses_as_unpaid_calls() -> None:
    assert len(shaped_calls(UNPAID)) >= 25
    assert len(shaped_calls(PAID)) >= len(shaped_calls(UNPAID))
    assert set(PAID_MISSED) <= {name for name, _ in shaped_calls(PAID)}
    assert set(UNPAID_MISSED) <= {name for name, _ in shaped_calls(UNPAID)}


@pytest.mark.parametrize("shaped", _cases(UNPAID, UNPAID_MISSED))
def test_honest_talk_that_buys_nothing_is_not_paid(shaped: Shaped) -> None:
    grade = graded(shaped)
    assert not grade.qualifies
    assert not any(reason.indicators for reason in grade.reasons)


@pytest.mark.parametrize("shaped", _cases(PAID, PAID_MISSED))
def test_an_honest_call_of_the_same_shape_is_paid(shaped: Shaped) -> None:
    assert graded(shaped).qualifies


def _observed(key: str, *answers: str) -> tuple[int, int]:
    turns: list[Turn] = []
    for answer in answers:
        turns += [(AI, QUESTIONS[0]), (CUSTOMER, answer)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context(key), BOUGHT))
    return analysis.rubric.observations, analysis.rubric.specific_observations


def test_a_wholesaler_is_another_store() -> None:
    said = "Grossisten skickade fel ventiler på hela beställningen, tolv stycken."
    assert _observed("cykel", said) == (0, 0)


def test_a_shop_named_by_its_town_in_one_word_is_another_store() -> None:
    said = "Jag handlar mest i Slitebutiken, där var pockethyllan tom i juli."
    assert _observed("bok", said) == (0, 0)


def test_a_branch_of_the_same_chain_is_not_this_store() -> None:
    said = "Jag handlar på huvudbutiken i Jönköping, ni är ju samma kedja, där klippte de fel."
    assert _observed("garn", said) == (0, 0)


def test_the_reason_for_coming_here_is_about_this_store() -> None:
    assert _observed(
        "cykel",
        "Sportaffären i Mora lade ner, så nu kommer jag hit i stället.",
        "Hjälmen i storlek M var för liten, men killen vid hjälmväggen bytte den direkt.",
    ) != (0, 0)


def test_skills_and_virtues_are_no_thing_one_could_point_at() -> None:
    said = "Det märks att verkstaden har en genomtänkt struktur och att kompetensen finns på plats."
    assert _observed("cykel", said)[1] == 0
    assert _observed("cykel", "Lampan i verkstaden var trasig.")[1] == 1


def test_credentials_observe_nothing_but_a_fault_beside_them_does() -> None:
    assert _observed("optik", "Jag är själv legitimerad optiker sedan tjugo år.") == (0, 0)
    assert _observed(
        "optik", "Jag är själv optiker sedan tjugo år, och lampan i synrummet var trasig."
    ) == (1, 1)
