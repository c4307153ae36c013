"""Honest calls in a trade's own words are paid, near misses are not (`payable_shapes_16`,
written before the analyzer ran on it). Graded the way a call goes: the analyzer, the fraud
policy, the grading policy.

Figures on the material before this round's readings (main at caa48f4): payables refused 16
of 70, unpayables paid 1 of 40 (a renovation at home read as the store's bathroom
department)."""

from __future__ import annotations

import pytest

from kundrost.domain import Grade
from tests.analyzer.payable_shapes_16 import (
    PAYABLE,
    QUESTIONS,
    UNPAYABLE,
    Banded,
    Shaped,
    context,
    shaped_calls,
)
from tests.analyzer.shaped_grading import graded as shaped_graded
from tests.analyzer.shaped_grading import named_cases

PAYABLE_MISSED = {
    "small_wish-4": "'bollautomaten tar bara mynt' names the range by its alias, no detail",
    "small_wish-6": "'kallt i väntrummet' and 'en dörrstängare kanske': no specific "
    "observation, no suggestion",
    "detailed_praise-7": "'la till tio procent för spill' is read as asking for ten percent",
    "detailed_complaint-1": "'kavajärmarna blev olika långa' names a thing no lexicon or "
    "alias knows",
    "detailed_complaint-7": "'pendeln' of the alias 'pendlarna' is unknown in the singular",
    "asked_wish-3": "'går det att få ett sms' is a wish put as a question, not read as one",
    "asked_wish-5": "'kan man inte få köpa batterierna i receptionen' is a question not read "
    "as a wish",
    "asked_wish-6": "'kan ni ha kvällskurser också' is a suggestion, but nothing observed is "
    "specific",
    "asked_wish-9": "'varför kan man inte låna hem mattprover' is a question not read as a wish",
    "asked_wish-10": "'går det att betala med kort vid bilglaset' is a question not read as a wish",
    "loose_when_where-3": "'automaten' of the alias 'bollautomaten' is no known thing",
    "loose_when_where-8": "'bara en person i hela butiken' 'efter lunch' is no specific "
    "observation",
    "loose_when_where-10": "'tre bilar väntade på stenskott' names no known thing",
    "mixed-3": "'domarna ... skaver i högra örat' names an alias, and an alias is no detail",
    "mixed-5": "'skärmväggen är så hög' names an alias, and an alias is no detail",
    "mixed-10": "'spegeln' of the alias 'speglarna' is unknown in the singular",
}
UNPAYABLE_MISSED = {
    "off_topic-3": "'vi renoverar badrummet hemma' names the bathroom department",
}


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
