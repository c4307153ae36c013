"""Another store's feedback and fluent empty talk are not paid; the honest calls beside them
are (`offstore_shapes_16`, written before the analyzer ran on it). Graded the way a call goes:
the analyzer, the fraud policy, the grading policy.

Figures on the material, main (`caa48f4`) → this round: other-store calls paid 18 → 3 of 30,
fluent empty calls paid 2 → 0 of 30, payable calls refused 10 → 9 of 60 (polite_praise-7 was
also flagged an unknown department: a tailor's sewing at a store named for it is now its own
service). Merged after payable16: other store paid 4 of 30 (branch-4), payables refused 4 of
60. The readings of `other_premises` and `at_large` each have their honest near misses below."""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.at_large import at_large
from kundrost.adapters.offline.reading import tokens_of
from kundrost.domain import Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.offstore_shapes_16 import (
    FLUENT_EMPTY,
    OTHER_STORE,
    PAYABLE,
    QUESTIONS,
    Shaped,
    context,
    shaped_calls,
)
from tests.analyzer.shaped_grading import ANALYZER, BOUGHT, flagged, named_cases
from tests.analyzer.shaped_grading import graded as shaped_graded
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

OTHER_STORE_MISSED = {
    "other_chain-2": "'På Espresso House vid stationen' opens the sentence, where a capital "
    "after 'På' is not read as a name: so read, an honest comparison of offline-13 "
    "(unpaid_shapes_13 comparison-1) is refused, paid till now only through the other "
    "store's sentence ('cykeln', 'mekanikern' observe nothing at that store)",
    "branch-4": "'er andra kiosk nere vid hamnen' (the chain's other premises, told by 'er "
    "andra' and a place) is not read as another store ('er andra kassa' is this one's); the "
    "call was unpaid only while 'burgaren' was no known thing, and since the store's aliases "
    "are its trade's things (payable16) it is paid",
    "online-4": "'jag beställde en kräm på nätet' may be this store's own web shop, so a bare "
    "purchase on the net is not read as another store's",
}
FLUENT_EMPTY_MISSED: dict[str, str] = {}
_PLAIN = (
    "one plain observation whose thing and state are both known words ('{}') is not "
    "specific, and one unspecific observation does not qualify"
)
PAYABLE_MISSED = {
    "plain-3": "'rum tre' and 'fläkten' are no thing the lexicon knows, so nothing is observed",
    "plain-7": _PLAIN.format("dragkedjan satt snett"),
    "plain-14": _PLAIN.format("en använd handduk i rummet"),
    "plain-15": _PLAIN.format("teorisalen var för kall"),
}


def graded(key: str, call: tuple[str, ...]) -> Grade:
    return shaped_graded(call, context(key), QUESTIONS[: len(call)])


def _flags(key: str, call: tuple[str, ...]) -> list[str]:
    return flagged(call, context(key), QUESTIONS[: len(call)])


def test_the_material_holds_thirty_of_each_unpayable_and_sixty_payable_calls() -> None:
    assert sum(map(len, OTHER_STORE.values())) == 30
    assert sum(map(len, FLUENT_EMPTY.values())) == 30
    assert sum(map(len, PAYABLE.values())) == 60
    assert len({key for group in PAYABLE.values() for key, _ in group}) == 10
    assert set(OTHER_STORE_MISSED) <= {name for name, _ in shaped_calls(OTHER_STORE)}
    assert set(FLUENT_EMPTY_MISSED) <= {name for name, _ in shaped_calls(FLUENT_EMPTY)}
    assert set(PAYABLE_MISSED) <= {name for name, _ in shaped_calls(PAYABLE)}


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(OTHER_STORE), OTHER_STORE_MISSED))
def test_feedback_about_another_store_is_not_paid(shaped: Shaped) -> None:
    assert not graded(*shaped).qualifies


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(FLUENT_EMPTY), FLUENT_EMPTY_MISSED))
def test_fluent_talk_that_says_nothing_of_the_visit_is_not_paid(shaped: Shaped) -> None:
    assert not graded(*shaped).qualifies


@pytest.mark.parametrize("shaped", named_cases(shaped_calls(PAYABLE), PAYABLE_MISSED))
def test_an_honest_call_near_them_is_paid_and_clean(shaped: Shaped) -> None:
    assert graded(*shaped).qualifies
    assert not _flags(*shaped)


def _off_store(key: str, said: str) -> tuple[int, int]:
    """(observations of this store, observations of another) in a call of one answer."""
    turns: list[Turn] = [(AI, QUESTIONS[1]), (CUSTOMER, said)]
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context(key), BOUGHT))
    return analysis.rubric.observations, analysis.rubric.off_store_observations


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("solarium", "Jag brukar gå till er studio i Falun, och där var ståsolariet trasigt."),
        ("rosteri", "Ni har ju ett kafé i Härnösand också, och där var kaffet bränt."),
        ("trafikskola", "Min son körde på ert kontor i Lidköping, och lektionerna ställdes in."),
        ("padel", "Hallen inne i stan har bättre omklädningsrum, med bastu och hårtorkar."),
        ("skraddare", "Den där skräddaren i gallerian sydde upp byxorna fem centimeter för kort."),
        ("solarium", "Studion vid torget, den i stan, där var det dammigt i rummen."),
        ("rosteri", "Jag prenumererar på kaffe från ett rosteri på nätet, bönorna var platta."),
        ("padel", "Racketen jag köpte på en sajt från Spanien gick sönder efter två veckor."),
        ("grill", "Jag måste säga att Max vid motorvägen, där tog det tjugo minuter att få maten."),
        ("gront", "När vi bodde i Lund hade grönsakshandlaren egen odling och färska jordgubbar."),
        ("glas", "Förra året hade vi en annan firma, och de lämnade glassplitter på golvet."),
    ],
)
def test_another_business_told_by_its_premises_is_no_observation_of_this_one(
    key: str, said: str
) -> None:
    assert _off_store(key, said)[0] == 0


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("rosteri", "Ert kafé i Sundsvall hade nybakade kardemummabullar, de var varma."),
        ("trafikskola", "Jag ringde ert kontor i morse och fick en körlektion samma dag."),
        ("skraddare", "Ni är den bästa skräddaren i stan, byxorna satt perfekt i midjan."),
        ("glas", "Ni är den enda glasmästaren i stan som skär speglar medan man väntar."),
        ("rosteri", "Jag köpte bönorna på er hemsida och hämtade dem, påsen var trasig."),
        ("grill", "Kassan vid luckan, där stod det en lång kö i tjugo minuter."),
        ("grill", "Jag pratade med Anna i luckan, hon bytte brödet direkt."),
        ("gront", "Där vi bor nu är ni närmast, och salladen i kylen var fräsch idag."),
        ("glas", "Ni är ett bra företag, rutan var på plats på en timme."),
    ],
)
def test_this_store_in_near_shapes_stays_this_store(key: str, said: str) -> None:
    observed, elsewhere = _off_store(key, said)
    assert observed >= 1
    assert elsewhere == 0


@pytest.mark.parametrize(
    "said",
    [
        "Jag tycker generellt att handeln behöver satsa mer på upplevelser.",
        "Restaurangbranschen i stort behöver bli bättre på att ta hand om stamkunder.",
        "Alla butiker borde tänka mer på hållbarhet och digitalisering.",
        "Småföretag måste hitta sin nisch, annars konkurreras de ut av kedjorna.",
        "Padelhallar kommer att få det svårt de närmaste åren.",
    ],
)
def test_a_trade_or_shops_in_general_are_at_large(said: str) -> None:
    assert at_large(tokens_of(said))


@pytest.mark.parametrize(
    "said",
    [
        "Alla butiker borde ha självscanning som ni har.",
        "Butiken hade slut på koriander.",
        "Järnhandeln har fått nya hyllor vid entrén.",
        "Alla i personalen var trevliga.",
        "Företaget skickade fel soffa.",
        "Den bästa butiken i stan är er.",
    ],
)
def test_this_store_or_its_people_are_not_at_large(said: str) -> None:
    assert not at_large(tokens_of(said))


def test_the_customers_own_account_after_a_rule_for_every_shop_is_still_observed() -> None:
    said = "Anläggningar borde svara i telefon, jag ringde tre gånger igår och ingen svarade."
    assert _off_store("padel", said) == (1, 0)
    assert (
        _off_store("mobler", "Alla butiker borde tänka på miljön, det gäller hela branschen.")[0]
        == 0
    )


def test_sewing_at_a_store_named_for_tailoring_is_its_own_service() -> None:
    said = ("Bra.", "Hon som sydde om min brudklänning fick den klar, den satt perfekt i midjan.")
    assert not _flags("skraddare", said)
    assert _flags("mobler", said) == ["unknown_department"]
