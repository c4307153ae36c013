"""Another store's feedback and fluent empty talk are not paid; the honest calls beside them
are (`offstore_shapes_17`, written before the analyzer ran on it). Graded the way a call goes:
the analyzer, the fraud policy, the grading policy.

Figures on the material, main (`f9de643`) → this round: other-store calls paid 15 → 0 of 32,
fluent empty calls paid 3 → 0 of 24, payable calls refused 13 → 5 of 48 (main's figures are
taken after two fixes to the invented stores that changed no call: department names repeated
as aliases, and a bowling hall closed at the harness's purchase hour). Each reading has its
honest near misses below."""

from __future__ import annotations

import pytest

from kundrost.domain import FeedbackAnalysis, Grade
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.offline_calls import fraud_flags
from tests.analyzer.offstore_shapes_17 import (
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

OTHER_STORE_MISSED: dict[str, str] = {}
FLUENT_EMPTY_MISSED: dict[str, str] = {}
PAYABLE_MISSED = {
    "comparison-5": "'era fruktträd hade mycket bättre rötter' is a comparative verdict, and "
    "'ni gav en lapp om hur man planterar dem' names no thing the lexicons know",
    "short-9": "'satt löst' is no fault ('löst' is also 'solved'), so one plain observation "
    "is not specific",
    "short-11": "'kom en vecka sent' is no fault without 'för' ('sent på kvällen'), so one "
    "plain observation is not specific",
    "copy_idea-3": "'ni ringde mig tre gånger under arbetstid' names no thing of the store: "
    "its act towards the customer is no observation, and the other clause is Synsam's",
    "copy_idea-5": "'era rosbuskar hade bara en prislapp' tells a lack by 'bara en', no fault; "
    "and as the sentence says 'era', Blomsterlandet's clause before it is read as this "
    "store's, unspecific",
}


def graded(key: str, call: tuple[str, ...]) -> Grade:
    return shaped_graded(call, context(key), QUESTIONS[: len(call)])


def _flags(key: str, call: tuple[str, ...]) -> list[str]:
    return flagged(call, context(key), QUESTIONS[: len(call)])


def test_the_material_holds_eight_businesses_of_each_kind() -> None:
    for shapes in (OTHER_STORE, FLUENT_EMPTY, PAYABLE):
        assert len({key for group in shapes.values() for key, _ in group}) == 8
    assert sum(map(len, OTHER_STORE.values())) == 32
    assert sum(map(len, FLUENT_EMPTY.values())) == 24
    assert sum(map(len, PAYABLE.values())) == 48
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


def _analysed(key: str, *said: str) -> FeedbackAnalysis:
    turns: list[Turn] = []
    for question, answer in zip(QUESTIONS[1:], said, strict=False):
        turns += [(AI, question), (CUSTOMER, answer)]
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context(key), BOUGHT))


def _off_store(key: str, said: str) -> tuple[int, int]:
    """(observations of this store, observations of another) in a call of one answer."""
    rubric = _analysed(key, said).rubric
    return rubric.observations, rubric.off_store_observations


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("cykel", "Efter er gick jag till sportaffären bredvid, och där fanns bara en expedit."),
        ("bok", "Innan jag kom till er var jag på kaféet mittemot, och där var disken smutsig."),
        ("sushi", "Sen gick vi till glassbaren runt hörnet, och där var våfflan mjuk."),
        ("veterinar", "Vi köpte foder i djuraffären i samma hus, och där var priset fel."),
        ("bowling", "Vi åt på hamburgerstället på andra sidan gatan, pommesen var kalla."),
        ("blommor", "Den stora blomsteraffären vid rondellen har fräschare tulpaner."),
        ("sushi", "Det lilla stället vid torget hade färskare fisk och gjorde makin framför en."),
        ("bok", "Antikvariatet nere vid ringmuren har mycket bättre urval av deckare."),
        ("plantskola", "På vägen hem stannade vi på bensinmacken, och toaletten var låst."),
        ("optik", "Jag var på apoteket innan, och där var kön lång vid kassan."),
        ("bowling", "Er andra hall i Västerås hade en trasig bana sju hela kvällen."),
        ("bok", "Er butik i Slite hade bara engelska pocketböcker kvar."),
        ("optik", "Min fru köpte glasögon hos er i Växjö, och glasen satt snett i bågen."),
        ("veterinar", "AniCura i Halmstad, där vi var med katten, skickade fel faktura."),
    ],
)
def test_another_business_told_by_its_place_or_the_trip_is_no_observation_of_this_one(
    key: str, said: str
) -> None:
    assert _off_store(key, said)[0] == 0


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("bowling", "Restaurangen bredvid banorna hade kall pizza och kladdiga bord."),
        ("bowling", "Pizzan i restaurangen bredvid var kall, och bordet var kladdigt."),
        ("sushi", "Borden bredvid disken var kladdiga hela kvällen."),
        ("cykel", "Den nya kassan vid entrén var trasig, jag fick vänta tio minuter."),
        ("bowling", "Den stora baren uppe vid banorna hade slut på alkoholfri öl."),
        ("plantskola", "Efter rundan i växthuset åt vi i kaféet, och bullarna var torra."),
        ("plantskola", "Först gick vi till växthuset, och pelargonerna var fina och billiga."),
        (
            "bok",
            "Jag var på kaféet mittemot först, sen kom jag hit och inslagningen tog två minuter.",
        ),
        (
            "bok",
            "På Akademibokhandeln får man aldrig hjälp, men här hittade expediten en "
            "slutsåld deckare.",
        ),
        ("bowling", "Hos er i Eskilstuna var bana fyra trasig hela kvällen."),
        ("bowling", "Er hall var ren och bowlingskorna var nyspritade."),
        ("veterinar", "Kliniken i Falkenberg, där vi var med katten, har ett varmt väntrum."),
        ("veterinar", "Vi var i djuraffären innan, och i ert väntrum fanns ingen vattenskål."),
    ],
)
def test_this_store_in_near_shapes_stays_this_store(key: str, said: str) -> None:
    observed, elsewhere = _off_store(key, said)
    assert observed >= 1
    assert elsewhere == 0


@pytest.mark.parametrize(
    ("key", "said", "observed"),
    [
        ("sushi", "Man märker att ni bryr er om maten och om gästerna.", 0),
        ("plantskola", "Det märks att ni värnar om kvaliteten på plantorna.", 0),
        ("sushi", "Ingen brydde sig om att torka borden, de var kladdiga hela kvällen.", 1),
        ("sushi", "Kvaliteten motsvarade inte förväntningarna man har på en restaurang.", 0),
        ("sushi", "Laxen motsvarade inte förväntningarna, den var gråaktig och luktade.", 1),
        ("cykel", "Generellt kändes det som att kunden inte stod i fokus.", 0),
        ("cykel", "Kunden före mig fick fel växel i kassan, tjugo kronor för lite.", 1),
    ],
)
def test_care_a_norm_and_the_customer_as_a_role_observe_nothing(
    key: str, said: str, observed: int
) -> None:
    assert min(_off_store(key, said)[0], 1) == observed


@pytest.mark.parametrize(
    ("key", "said", "flagged"),
    [
        ("optik", "Jag var på apoteket först och kom hit sent, men optikern tog emot mig.", False),
        ("blommor", "Floristen band en bukett med mina egna färger medan jag väntade.", False),
        ("bowling", "Floristen i receptionen band en bukett åt oss medan vi spelade.", True),
    ],
)
def test_a_stop_on_the_trip_and_the_stores_own_trade_are_no_unknown_department(
    key: str, said: str, flagged: bool
) -> None:
    flags = fraud_flags(_analysed(key, said))
    assert ("unknown_department" in flags) is flagged


@pytest.mark.parametrize(
    ("said", "caught"),
    [
        (
            "De tog tvåtusen bara för att titta, men veterinären drog ut en tagg på tio minuter.",
            False,
        ),
        ("Djursjukhuset tog tvåtusen för att titta, och vi var klara på tio minuter.", False),
        ("Hon drog tvåtusen varor i kassan på tio minuter.", True),
        ("Han tog tvåtusen kunder på fem minuter.", True),
    ],
)
def test_a_charge_told_without_its_kronor_is_money_not_things(said: str, caught: bool) -> None:
    assert ("impossible_claim" in fraud_flags(_analysed("veterinar", said))) is caught


@pytest.mark.parametrize(
    ("key", "said", "problem"),
    [
        ("optik", "Bågarna klämmer bakom höger öra.", True),
        ("cykel", "Bakbromsen gnisslar fortfarande efter servicen.", True),
        ("plantskola", "Pelargonerna i växthuset hade bladlöss.", True),
        ("optik", "Bågarna klämmer inte alls, de sitter perfekt.", False),
        ("plantskola", "Pelargonerna i växthuset var friska och fina.", False),
    ],
)
def test_a_bad_fit_a_squeak_and_pests_are_problems(key: str, said: str, problem: bool) -> None:
    assert (_analysed(key, said).rubric.problems > 0) is problem
