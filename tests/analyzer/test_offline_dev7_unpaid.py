"""Honest calls a store manager would not pay, and payable ones, in the shapes the seventh
development set showed (`offline-18`), at other kinds of store: another business the customer
came from or went to in another town, a figure of how the visit felt, a wish told as a
would-be good, a lack told as known, a short weight and a label that says nothing.

Each reading has near misses that must stay as they were. Calls are graded the way a call
goes (`shaped_grading`): the analyzer, the fraud policy, the grading policy."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kundrost.domain import Grade
from kundrost.domain.rubric import Reach, Rubric
from tests.analyzer.town_stores import graded_at, rubric_at

QUESTIONS = (
    "Hur var ditt besök?",
    "Berätta gärna mer.",
    "Finns det något vi kan göra bättre?",
    "Hur ofta brukar du handla hos oss?",
)


def _graded(key: str, *answers: str) -> Grade:
    return graded_at(key, QUESTIONS, answers)


def _rubric(key: str, *answers: str) -> Rubric:
    return rubric_at(key, QUESTIONS, answers)


ANOTHER_BUSINESS: Sequence[tuple[str, tuple[str, ...]]] = (
    (
        "järn",
        (
            "Jag kom direkt från kiosken vid busstorget, så det är den jag tänker på.",
            "Korven hade legat på grillen sedan morgonen och kaffet var kallt.",
            "Säg till kiosken att byta korv oftare. Här var det som vanligt.",
        ),
    ),
    (
        "blommor",
        (
            "Vi åkte från frisören och hit, men det är frisören jag vill prata om.",
            "Hon klippte snett i luggen och det tog fyrtio minuter fast jag bokat en halvtimme.",
            "Frisören borde ha en lugnare stol.",
        ),
    ),
    (
        "bageri",
        (
            "Nej, jag åkte till Systembolaget i Hudiksvall i stället.",
            "Där var det bara två kassor öppna och jag stod i trettio minuter med två flaskor.",
            "Hudiksvall borde öppna fler kassor. Här köpte jag bara en limpa.",
        ),
    ),
    (
        "cykel",
        (
            "Jag var inte i verkstaden, jag lämnade cykeln på Elbolaget i Falun.",
            "De tog åttahundra kronor för en punktering och cykeln var inte klar på en vecka.",
            "Falun borde skriva upp priset i förväg. Här köpte jag bara en ringklocka.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), ANOTHER_BUSINESS)
def test_another_business_the_customer_came_from_or_went_to_is_not_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert not _graded(key, *answers).qualifies


NEAR_OTHER_BUSINESS: Sequence[tuple[str, tuple[str, ...]]] = (
    (
        "järn",
        (
            "Jag kom direkt från jobbet, och skruvdragarna på verktygsväggen saknade prislappar.",
            "Jag fick fråga i kassan och killen där fick ringa efter någon i tio minuter.",
        ),
    ),
    (
        "bageri",
        (
            "Vi gick från bakdisken till kaféet, och kanelbullarna var fortfarande varma.",
            "Flickan i kassan la undan två limpor åt oss, det var snällt.",
        ),
    ),
    (
        "blommor",
        (
            "Jag kom från Systembolaget i Sala och köpte en bukett här.",
            "Tulpanerna i buketterna hängde med huvudet redan samma kväll.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), NEAR_OTHER_BUSINESS)
def test_a_call_about_this_store_told_after_a_trip_is_still_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert _graded(key, *answers).qualifies


def test_a_figure_of_how_the_visit_felt_gives_no_detail() -> None:
    figure = _rubric(
        "blommor",
        "Att kliva in bland krukorna är som att få en varm kram en kall morgon i januari.",
        "Människorna där har ett ljus i blicken.",
        "Nej. Låt bara ljuset fortsätta att brinna.",
    )
    assert figure.specific_observations == 0
    assert not _graded(
        "bageri",
        "Att sätta sig vid borden i kaféet känns nästan som att komma hem till mormor en söndag.",
        "Doften bär med sig hela ens barndom.",
        "Fortsätt som ni gör.",
    ).qualifies


def test_a_thing_likened_to_a_thing_or_what_someone_seemed_to_do_still_observes() -> None:
    stones = _rubric("bageri", "Limporna i bakdisken var som stenar, helt torra i skorpan.")
    assert stones.specific_observations == 1
    assert _graded(
        "cykel",
        "Det kändes som att ni inte ville ha kunder, mekanikern i verkstaden tittade inte upp.",
        "Jag stod vid disken i tio minuter innan någon kom.",
    ).qualifies


def test_a_lack_told_as_known_is_no_problem_but_one_told_with_regret_is() -> None:
    known = _rubric("järn", "Jag målar mycket och ni har ju ingen blandningsmaskin i färgdisken.")
    regret = _rubric("järn", "Jag målar mycket och ni har tyvärr ingen blandningsmaskin.")
    assert known.problems == 0
    assert regret.problems == 1
    assert _rubric("järn", "Ni har inget att skämmas för, ni har ingen aning.").problems == 0


def test_a_weight_short_of_its_label_is_a_problem() -> None:
    short = _rubric(
        "bageri",
        "Tvåkilospåsarna med mjöl väger inte två kilo, jag vägde tre på er våg vid kassan.",
    )
    assert short.problems == 1
    light = _rubric("cykel", "Hjälmen väger inte mycket, den är skön att ha på.")
    assert light.problems == 0


def test_a_label_that_says_nothing_is_a_fault_and_anyone_is_everyone() -> None:
    label = _rubric(
        "bageri",
        "Det står ingenting på påsarna om vad bullarna innehåller, min dotter är nötallergiker.",
        "Påsarna står framme vid kassan, så vem som helst kan ta en utan att fråga.",
    )
    assert label.problems >= 1
    assert label.reach is Reach.SYSTEMIC
    told = _rubric("bageri", "På påsarna i bakdisken står allt, både ingredienser och bäst före.")
    assert told.problems == 0
