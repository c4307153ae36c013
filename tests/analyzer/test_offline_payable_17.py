"""Honest calls at clinics, workshops, transport and leisure are paid and never flagged, near
misses are not paid (`payable_shapes_17`, written before the analyzer ran on it). Graded the
way a call goes: the analyzer, the fraud policy, the grading policy."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from kundrost.domain import Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.payable_shapes_17 import (
    PAYABLE,
    QUESTIONS,
    UNPAYABLE,
    Banded,
    Shaped,
    context,
    shaped_calls,
)
from tests.analyzer.shaped_grading import ANALYZER, BOUGHT, flagged, graded, named_cases
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

PAYABLE_MISSED = {
    "small_wish-1": "'Sms:et om tiden kom bara dagen innan' is cut at the colon of 'sms:et', and "
    "'en vecka innan vore bättre' is a wish about no thing the analyzer knows",
    "small_wish-4": "'en pärm med gamla skisser kanske' is a proposal by 'kanske' after a bare "
    "noun phrase, which no cue reads as a suggestion",
    "hard-5": "'Hon sa att jag ska göra tre gånger femton knäböj' is staff quoted; the "
    "programme told and written down names no thing of the trade the analyzer knows",
    "hard-16": "'barnstolar' and 'stolarna' are things of the store's own fact ('Barnstol finns "
    "om den beställs i förväg'), but facts give the trade no things, only aliases do",
    "hard-17": "'föraren' is a form of the department's own name 'Förarna', so the department "
    "at large, and 'telefon', 'rutan' are no things of this trade",
}
UNPAYABLE_MISSED: dict[str, str] = {}


def _flags_and_grade(key: str, call: Sequence[str]) -> tuple[list[str], Grade]:
    """(decisive fraud flags, grade) of a call to business `key`."""
    questions = QUESTIONS[: len(call)]
    return flagged(call, context(key), questions), graded(call, context(key), questions)


def test_the_material_holds_sixty_four_payable_and_twenty_four_unpayable_calls() -> None:
    assert sum(map(len, PAYABLE.values())) >= 64
    assert sum(map(len, UNPAYABLE.values())) >= 24
    assert len({key for group in PAYABLE.values() for _, key, _ in group}) == 8
    assert set(PAYABLE_MISSED) <= {name for name, _ in shaped_calls(PAYABLE)}
    assert set(UNPAYABLE_MISSED) <= {name for name, _ in shaped_calls(UNPAYABLE)}


@pytest.mark.parametrize("banded", named_cases(shaped_calls(PAYABLE), PAYABLE_MISSED))
def test_an_honest_call_far_from_a_grocery_store_is_paid_and_not_flagged(
    banded: Banded,
) -> None:
    _, key, call = banded
    flags, grade = _flags_and_grade(key, call)
    assert not flags
    assert grade.qualifies


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(UNPAYABLE), UNPAYABLE_MISSED))
def test_a_call_that_tells_the_business_nothing_is_not_paid(shaped: Shaped) -> None:
    assert not _flags_and_grade(*shaped)[1].qualifies


def _read(key: str, said: str) -> tuple[int, int, frozenset[str]]:
    """(specific observations, off-store observations, content flags) of one answer."""
    turns: list[Turn] = [(AI, QUESTIONS[1]), (CUSTOMER, said)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context(key), BOUGHT))
    rubric = analysis.rubric
    kinds = frozenset(flag.kind.value for flag in analysis.content_flags)
    return rubric.specific_observations, rubric.off_store_observations, kinds


@pytest.mark.parametrize(
    ("said", "impossible"),
    [
        ("Hyttan smälte tusen ton järn om året, och vi fick lyfta en tacka.", False),
        ("Valsverket rullade hundra ton per dag, guiden lät oss lyfta ett prov.", False),
        ("Jag lyfte hundra kilo järn själv.", True),
        ("Han bar tvåhundra kilo cement på axeln till bilen.", True),
    ],
)
def test_a_weight_per_period_is_a_rate_not_a_load_lifted(said: str, impossible: bool) -> None:
    assert ("impossible_claim" in _read("museum", said)[2]) is impossible


@pytest.mark.parametrize(
    ("said", "flagged"),
    [
        ("Jag var hos husläkaren på vårdcentralen och kom hit direkt efter.", False),
        ("Jag var på apoteket på förmiddagen och åkte hit sen.", False),
        ("Jag handlade på apoteket här inne, sen gick jag till träningssalen.", True),
        ("Apoteket här inne var stängt när jag kom hit.", True),
    ],
)
def test_a_stop_before_coming_here_is_no_department_of_this_store(said: str, flagged: bool) -> None:
    assert ("unknown_department" in _read("fysio", said)[2]) is flagged


@pytest.mark.parametrize(
    ("said", "here"),
    [
        (
            "Jag hade varit på Clas Ohlson först och de kunde inte kopiera nyckeln, här "
            "gjorde de det på tio minuter.",
            True,
        ),
        ("På Clas Ohlson kopierade de inte nyckeln här för de hade inga ämnen.", False),
        ("Jag köpte inte cylindern här, utan på Clas Ohlson där den var billigare.", False),
    ],
)
def test_here_opening_its_own_clause_is_not_denied_by_the_clause_before(
    said: str, here: bool
) -> None:
    specific, off_store, _ = _read("las", said)
    assert (specific > 0 and not off_store) is here


@pytest.mark.parametrize(
    ("said", "specific"),
    [
        ("Det var mycket som inte funkade.", 0),
        ("Inget fungerade.", 0),
        ("Skärmarna i basutställningen fungerade inte.", 1),
        ("Mycket i basutställningen fungerade inte.", 1),
    ],
)
def test_an_amount_of_what_failed_is_no_thing_named(said: str, specific: int) -> None:
    assert _read("museum", said)[0] == specific


@pytest.mark.parametrize(
    ("said", "here"),
    [
        ("Vi åkte från Ica Maxi till färdtjänsten, och chauffören lyfte in kassarna.", True),
        ("Vi åkte från Ica Maxi, där kassan var stängd, och chauffören väntade.", False),
        ("Jag handlade på Ica Maxi och chauffören där var sur.", False),
        ("Vi kom från Willys och deras chaufför var sur.", False),
        ("Vi åkte från Willys till Lidl och chauffören på Lidl var sur.", False),
    ],
)
def test_a_trip_from_another_store_with_this_ones_staff_is_this_store(
    said: str, here: bool
) -> None:
    specific, off_store, _ = _read("taxi", said)
    assert (specific > 0 and not off_store) is here
