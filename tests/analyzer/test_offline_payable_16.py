"""Honest calls in a trade's own words are paid, near misses are not (`payable_shapes_16`,
written before the analyzer ran on it). Graded the way a call goes: the analyzer, the fraud
policy, the grading policy.

Figures on the material before this round's readings (main at caa48f4): payables refused 16
of 70, unpayables paid 1 of 40 (a renovation at home read as the store's bathroom
department).

After this round's reading of the trade's things (`trade_things`): payables refused 16 → 8 of
70, unpayables paid 1 → 0 of 40; the training sets unchanged (agree 576, false_reward 5,
refused 3, honest_flagged 0). After the wish asked as a question (`cues`): 8 → 7 of 70
refused, 0 of 40 unpayables paid; the training sets unchanged. After a share for a bare noun
read as a quantity, not a reward (`rewards`): 7 → 6 of 70 refused; the training sets
unchanged."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.rewards import asks_reward
from kundrost.domain import Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.payable_shapes_16 import (
    PAYABLE,
    QUESTIONS,
    UNPAYABLE,
    Banded,
    Shaped,
    context,
    shaped_calls,
)
from tests.analyzer.shaped_grading import ANALYZER, BOUGHT, named_cases
from tests.analyzer.shaped_grading import graded as shaped_graded
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

PAYABLE_MISSED = {
    "detailed_complaint-1": "'kavajärmarna blev olika långa' names a thing no lexicon or "
    "alias knows",
    "asked_wish-3": "'går det att få ett sms när ändringen är klar' is read as a suggestion, "
    "but 'ändringen' is the department's own name and 'jag åkte dit i onödan' names nothing: "
    "no specific observation",
    "asked_wish-6": "'kan ni ha kvällskurser också' is a suggestion, but 'kursen' and "
    "'kvällskurser' are the department's own name: nothing observed is specific",
    "asked_wish-9": "'varför kan man inte låna hem mattprover' is read as a suggestion, but "
    "'mattprover' is no definite noun, so nothing observed is specific",
    "loose_when_where-10": "'tre bilar väntade på stenskott' names no particular thing: "
    "'stenskott' is no definite noun",
    "mixed-10": "'spegeln' is a form of the department's own name 'Glas och speglar', so the "
    "department at large, not a particular thing of the trade",
}
UNPAYABLE_MISSED: dict[str, str] = {}


def graded(key: str, call: tuple[str, ...]) -> Grade:
    return shaped_graded(call, context(key), QUESTIONS[: len(call)])


def test_the_material_holds_seventy_payable_and_forty_unpayable_calls() -> None:
    assert sum(map(len, PAYABLE.values())) >= 70
    assert sum(map(len, UNPAYABLE.values())) >= 40
    assert len({key for group in PAYABLE.values() for _, key, _ in group}) == 10
    assert set(PAYABLE_MISSED) <= {name for name, _ in shaped_calls(PAYABLE)}
    assert set(UNPAYABLE_MISSED) <= {name for name, _ in shaped_calls(UNPAYABLE)}


@pytest.mark.parametrize("banded", named_cases(shaped_calls(PAYABLE), PAYABLE_MISSED))
def test_an_honest_call_in_the_trades_own_words_is_paid(banded: Banded) -> None:
    _, key, call = banded
    assert graded(key, call).qualifies


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(UNPAYABLE), UNPAYABLE_MISSED))
def test_a_call_that_tells_this_store_nothing_is_not_paid(shaped: Shaped) -> None:
    assert not graded(*shaped).qualifies


def _observed(key: str, said: str) -> tuple[int, int]:
    """(observations, specific ones) in a call of one answer at store `key`."""
    turns: list[Turn] = [(AI, QUESTIONS[1]), (CUSTOMER, said)]
    rubric = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context(key), BOUGHT)).rubric
    return rubric.observations, rubric.specific_observations


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("lampa", "Pendeln hade en spricka i glaset när jag packade upp den."),
        ("golf", "Vid tvåtiden var det slut på bollar i automaten."),
        ("horsel", "Domarna de satte på skaver i högra örat."),
        ("lampa", "Skärmväggen är så hög att jag inte når de översta."),
        ("dyk", "Maskerna hängde så högt att barnen inte kunde prova dem."),
    ],
)
def test_a_thing_of_the_trade_told_of_is_a_specific_observation(key: str, said: str) -> None:
    assert _observed(key, said)[1] == 1


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("golf", "Drivrarna är i världsklass."),
        ("horsel", "Batterierna var fantastiska och personalen helt otroligt trevlig."),
        ("rosteri", "Bryggarna var jättefina, verkligen."),
        ("symaskin", "Kurserna är bra, jag vill lyfta fram kursrummet."),
        ("glas", "Speglarna var fina."),
    ],
)
def test_a_verdict_the_trade_at_large_or_a_department_name_is_no_detail(
    key: str, said: str
) -> None:
    assert _observed(key, said)[1] == 0


@pytest.mark.parametrize(
    "said",
    [
        "Vi renoverar badrummet hemma, rörmokaren kommer på måndag.",
        "Duschväggarna där hemma är gamla, därför var jag här.",
    ],
)
def test_a_thing_at_the_customers_home_is_no_department_of_this_store(said: str) -> None:
    assert _observed("kakel", said)[1] == 0


def test_a_thing_of_this_store_beside_the_home_stays_this_store() -> None:
    assert (
        _observed("kakel", "Duschväggarna i utställningen saknade prislappar, jag tog hem en.")[1]
        == 1
    )


def _suggestions(said: str) -> int:
    turns: list[Turn] = [(AI, QUESTIONS[4]), (CUSTOMER, said)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context("glas"), BOUGHT))
    return analysis.rubric.suggestions


@pytest.mark.parametrize(
    "said",
    [
        "Går det att betala med kort vid bilglaset också?",
        "Men kan man inte få speglarna inslagna i papper?",
        "Varför har ni inga lådor att bära glasskivorna i?",
        "Varför kan man inte boka stenskottslagningen på nätet?",
    ],
)
def test_a_wish_asked_as_a_question_is_a_suggestion(said: str) -> None:
    assert _suggestions(said) == 1


@pytest.mark.parametrize(
    "said",
    [
        "Här går det att få glasskivorna tillskurna medan man väntar.",
        "Det går att betala med kort i disken.",
        "Jag frågade om man kunde få speglarna inslagna, och det fick man.",
        "Varför jag kom hit? För att vindrutan hade ett stenskott.",
    ],
)
def test_a_statement_of_what_can_be_done_is_no_suggestion(said: str) -> None:
    assert _suggestions(said) == 0


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("Han la till tio procent för spill.", False),
        ("Räkna tio procent för kapning av mattan.", False),
        ("Jag vill ha tio procent för det här.", True),
        ("Femton procent för mina svar, tack.", True),
        ("Tio procent för att jag tog mig tid.", True),
        ("Ge mig tio procent för samtalet.", True),
    ],
)
def test_a_share_for_a_bare_noun_is_a_quantity_not_the_reward(said: str, asks: bool) -> None:
    assert asks_reward(said.casefold()) is asks
