"""The qualify boundary both ways (`boundary_shapes_15`, written before the analyzer ran on
it): honest calls a careful manager would pay, however short or plain, are paid; fluent
empty talk, generic remarks, another store and gaming are not. Graded the way a call goes:
the analyzer, the fraud policy, the grading policy.

Figures on the material, main → this round: payables refused 2 → 1 of 60, unpayables paid
12 → 0 of 56 (fluent empty 2 → 0, another store 7 → 0, gaming 3 → 0; the third pass's
sixteen calls measured on this round's earlier readings first: 2 of 12 unpayables paid, 0 of
4 payables refused). The readings each have their honest near misses below."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.lexicon import has_fault
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.rewards import asks_reward
from kundrost.domain import Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.boundary_shapes_15 import (
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
    "small_wish-12": "'Pärlplattor i form av hjärtan, det har ni inte' names an indefinite "
    "thing no lexicon knows in a clause before the lack, so nothing is observed",
}
UNPAYABLE_MISSED: dict[str, str] = {}


def graded(key: str, call: tuple[str, ...]) -> Grade:
    return shaped_graded(call, context(key), QUESTIONS[: len(call)])


def _payables() -> list[object]:
    return named_cases(shaped_calls(PAYABLE), PAYABLE_MISSED)


def _unpayables() -> list[object]:
    return named_cases(shaped_calls(UNPAYABLE), UNPAYABLE_MISSED)


def test_the_material_holds_forty_payable_and_forty_unpayable_calls() -> None:
    assert sum(map(len, PAYABLE.values())) >= 40
    assert sum(map(len, UNPAYABLE.values())) >= 40
    assert len({key for group in PAYABLE.values() for _, key, _ in group}) >= 8
    assert set(PAYABLE_MISSED) <= {name for name, _ in shaped_calls(PAYABLE)}
    assert set(UNPAYABLE_MISSED) <= {name for name, _ in shaped_calls(UNPAYABLE)}


@pytest.mark.parametrize("banded", _payables())
def test_an_honest_concrete_call_is_paid(banded: Banded) -> None:
    _, key, call = banded
    assert graded(key, call).qualifies


@pytest.mark.parametrize("shaped", _unpayables())
def test_a_call_that_tells_this_store_nothing_is_not_paid(shaped: Shaped) -> None:
    assert not graded(*shaped).qualifies


def _off_store(said: str, key: str = "kok") -> tuple[int, int]:
    """(observations of this store, observations of another) in a call of one answer."""
    turns: list[Turn] = [(AI, QUESTIONS[1]), (CUSTOMER, said)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context(key), BOUGHT))
    return analysis.rubric.observations, analysis.rubric.off_store_observations


@pytest.mark.parametrize(
    "said",
    [
        "Jag var på den andra stora kökshandeln först och där var alla kastruller slut.",
        "Jag köper mest på nätet annars, och där kom kastrullen trasig.",
        "Förra året på varuhuset i stan gick handtaget på kastrullen sönder efter en månad.",
        "Innan jag kom hit var jag på presentbutiken i gallerian och där var glasen slut.",
        "I Karlstad, på den där stora köksbutiken, där var knivarna slöa.",
        "Min gamla slaktare i Trelleborg styckade köttet medan man väntade.",
    ],
)
def test_another_store_told_in_these_shapes_is_no_observation_of_this_one(said: str) -> None:
    assert _off_store(said, "slakt" if "slaktare" in said else "kok")[0] == 0


@pytest.mark.parametrize(
    "said",
    [
        "Den andra kassan var stängd, så kön blev tjugo minuter lång.",
        "Den andra hyllan i butiken hade inga knivar kvar, den var tom.",
        "Jag beställde på nätet och hämtade här, paketet var trasigt och glasen var spruckna.",
        "I Örebro är ni den enda butiken som slipar knivar, och slipningen tog två dagar.",
        "Kassörskan var min gamla lärare, och hon slog in presenten på två minuter.",
    ],
)
def test_this_store_in_near_shapes_stays_this_store(said: str) -> None:
    observed, elsewhere = _off_store(said)
    assert observed >= 1
    assert elsewhere == 0


@pytest.mark.parametrize(
    "said",
    [
        "ni hade inga filter till mokabryggaren",
        "ni har inte den storleken på tallrikarna",
        "det har ni inte",
    ],
)
def test_the_store_lacking_something_is_a_fault(said: str) -> None:
    assert has_fault(tokens_of(said))


@pytest.mark.parametrize(
    "said",
    [
        "ni har inte glömt mig",
        "ni hade ingen kö alls idag",
        "ni har inget att skämmas för",
        "ni har inga dåliga knivar",
        "ni hade inte mycket folk",
        "jag hade inga pengar med mig",
    ],
)
def test_nothing_lacking_in_near_shapes_is_no_fault(said: str) -> None:
    assert not has_fault(tokens_of(said))


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("Räcker det för femton procent?", True),
        ("Det bör väl räcka för en rejäl bonus.", True),
        ("Tårtan räcker för max tio personer.", False),
        ("Räcker det med femton procent fett i färsen?", False),
        ("En liter räcker för tre procent av väggen.", False),
        ("Det räcker för två personer.", False),
    ],
)
def test_asking_whether_it_is_enough_for_the_reward_asks_for_it(said: str, asks: bool) -> None:
    assert asks_reward(said.casefold()) is asks


def _graded_call(*said: str) -> Grade:
    return graded("konditori", said)


def test_a_call_playing_for_the_reward_gets_no_detail_from_scores_or_bare_more() -> None:
    scored = _graded_call("Tårtorna tio, kaffet tio, allt tio av tio.", "Ge mig högsta betyg.")
    stacked = _graded_call(
        "Förslag ett: fler bakelser. Förslag två: mer kaffe.", "Räcker det för femton procent?"
    )
    assert not scored.qualifies
    assert not stacked.qualifies


@pytest.mark.parametrize(
    "said",
    [
        (
            "Vi var tio vid två bord och fick vänta tjugo minuter på kaffet.",
            "Ställ fram fler bord.",
        ),
        ("Prinsesstårtorna var slut redan klockan elva.", "Baka fler prinsesstårtor på lördagar."),
        ("Fler bord vid fönstret.", "Det var fullt klockan tre, vi fick stå med kaffet."),
    ],
)
def test_numbers_and_more_in_an_honest_call_still_count(said: tuple[str, ...]) -> None:
    assert _graded_call(*said).qualifies


@pytest.mark.parametrize(
    "said",
    [
        ("Det märks att ni brinner för färg och form.", "Kunniga och engagerade."),
        ("Det är som förr, när man kände sin slaktare.", "Genuint trevliga."),
        ("Sånt hantverk finns inte på många ställen idag.", "Bevara traditionen."),
    ],
)
def test_passion_nostalgia_and_rarity_are_no_observation_of_a_thing(said: tuple[str, ...]) -> None:
    assert not graded("slakt", said).qualifies


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("slakt", ("Slaktaren i disken visade hur man skär en flankstek, på fem minuter.",)),
        ("slakt", ("Det fanns inte många isterband kvar i disken vid tolv.", "Gör fler.")),
        ("farg", ("Ställen med penslar stod i vägen vid kassan, jag snubblade nästan.",)),
        ("farg", ("Lampan vid brytningen brann inte, det var mörkt när han blandade färgen.",)),
    ],
)
def test_near_shapes_in_an_honest_call_still_observe(key: str, said: tuple[str, ...]) -> None:
    assert graded(key, said).qualifies
