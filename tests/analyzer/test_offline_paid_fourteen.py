"""Honest, useful calls at stores no set had, in the speech of real customers, are paid and
paid by their worth; unpaid talk beside them is not (`paid_shapes_14`, written before the
analyzer ran on it); nor is talk about another store or gaming told in the same rich speech
(`unpaid_shapes_14`). Graded the way a call goes: the analyzer, the fraud policy, the grading
policy."""

from __future__ import annotations

from statistics import median

import pytest

from kundrost.domain import Grade
from tests.analyzer.blind_figures import band_of
from tests.analyzer.paid_shapes_14 import PAID, QUESTIONS, UNPAID, Shaped, context, shaped_calls
from tests.analyzer.shaped_grading import graded as shaped_graded
from tests.analyzer.shaped_grading import named_cases
from tests.analyzer.unpaid_shapes_14 import UNPAID as RICH_UNPAID

PAID_MISSED = {
    "low-1": "'lappen med kölappar satt lite högt' tells a place without a judging word, and "
    "'sätta kölappsautomaten där man ser den' names a thing no lexicon knows: nothing observed",
    "low-3": "'bara svarta ringklockor' names an indefinite thing no lexicon knows; a colour "
    "missing is no fault the reader knows",
    "low-11": "'bara ett papper med julmotiv fast det är mars' is a lack told by 'bara' and "
    "a season; 'födelsedagspapper' is no known thing, so the wish is vague",
    "medium-14": "'rätt kedja till en elvaväxlad Shimano' names goods no lexicon knows, and "
    "'välsorterade', 'bättre än på nätet' are verdicts",
}
UNPAID_MISSED: dict[str, str] = {}
RICH_MISSED = {
    "gaming-2": "departments listed like a form ('Hudvården: solskyddet stod vid hyllan vid "
    "fönstret vid entrén') read as an observation of where things stand; paid on main too",
    "gaming-5": "stacked suggestions with nothing observed ('Ni måste ha fler kassor', 'Sänk "
    "priserna') each read as a suggestion; paid on main too",
    "gaming-12": "stacked imperatives with nothing observed ('Ha fler böcker', 'Baka fler "
    "bullar'); paid on main too",
    "gaming-15": "departments listed like a form with counts ('tre hyllor'); paid on main too",
}
IN_BAND = 0.4
"""The share of paid calls whose reward lands in their band: 24 of 56 at this writing."""


BANDS = ("low", "medium", "high")


def graded(shaped: Shaped) -> Grade:
    key, call = shaped
    return shaped_graded(call, context(key), QUESTIONS[: len(call)])


def _cases(shapes: dict[str, tuple[Shaped, ...]], missed: dict[str, str]) -> list[object]:
    return named_cases(shaped_calls(shapes), missed)


def _rewards(band: str) -> list[float]:
    grades = (graded(shaped) for shaped in PAID[band])
    return [
        float(grade.reward_percentage) for grade in grades if grade.reward_percentage is not None
    ]


def test_the_material_holds_sixty_banded_payable_calls_and_fifteen_unpaid() -> None:
    assert all(len(PAID[band]) >= 20 for band in ("low", "medium", "high"))
    assert len(shaped_calls(UNPAID)) >= 15
    assert set(PAID_MISSED) <= {name for name, _ in shaped_calls(PAID)}
    assert set(UNPAID_MISSED) <= {name for name, _ in shaped_calls(UNPAID)}
    assert all(len(RICH_UNPAID[shape]) >= 15 for shape in ("other_store", "gaming"))
    assert set(RICH_MISSED) <= {name for name, _ in shaped_calls(RICH_UNPAID)}


@pytest.mark.parametrize("shaped", _cases(PAID, PAID_MISSED))
def test_an_honest_useful_call_is_paid(shaped: Shaped) -> None:
    assert graded(shaped).qualifies


@pytest.mark.parametrize("shaped", _cases(UNPAID, UNPAID_MISSED))
def test_talk_that_buys_nothing_is_not_paid(shaped: Shaped) -> None:
    assert not graded(shaped).qualifies


@pytest.mark.parametrize("shaped", _cases(RICH_UNPAID, RICH_MISSED))
def test_another_store_or_gaming_in_rich_speech_is_not_paid(shaped: Shaped) -> None:
    assert not graded(shaped).qualifies


def test_the_reward_follows_the_band() -> None:
    low, medium, high = (median(_rewards(band)) for band in BANDS)
    assert low < medium < high


def test_most_rewards_land_in_their_band() -> None:
    landed = [band_of(reward) == band for band in BANDS for reward in _rewards(band)]
    assert sum(landed) >= IN_BAND * len(landed)
