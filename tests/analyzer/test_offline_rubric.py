"""The offline analyzer counts the rubric a store manager would: issue 17's patterns, each with
its near misses. Every call here was written for this file; none comes from the corpus, the
held-out sets or the development set."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.analysis import FeedbackAnalysis, FlagKind, Sentiment
from kundrost.domain.business_context import BaselineFact, BusinessContext, Campaign
from kundrost.domain.fraud import FraudEvidence
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.grading import Grade, GradingPolicy
from kundrost.domain.rubric import Reach, Stakes
from kundrost.ports.analyzer import FeedbackInput
from tests.unit.context_builders import a_business_context, at, every_day
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
GRADING = GradingPolicy()
BOUGHT = at("2026-03-03 16:40")
"""A Tuesday afternoon; the store is open 07–22."""
STORE = a_business_context(
    operating_hours=every_day("07:00", "22:00"),
    current_campaigns=(Campaign("Veckans lax", "Laxfilé 1 kg för 149 kronor."),),
    baseline_facts=(
        BaselineFact("Butiken har ingen fiskdisk.", "fisk"),
        BaselineFact("Parkeringen är gratis i två timmar.", "parkering"),
    ),
)


def analyse(*answers: str, context: BusinessContext = STORE) -> FeedbackAnalysis:
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Hur var ditt besök idag?"), (CUSTOMER, answer)]
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context, BOUGHT))


def graded(analysis: FeedbackAnalysis, when: datetime = BOUGHT) -> Grade:
    verdict = FraudPolicy().evaluate(
        FraudEvidence(transaction_time=when, analysis=analysis, context=STORE)
    )
    return GRADING.grade(analysis, verdict)


def flagged(analysis: FeedbackAnalysis, kind: FlagKind) -> bool:
    return any(flag.confidence >= Decimal("0.7") for flag in analysis.flags(kind))


# --- fluent but empty -------------------------------------------------------------------


def test_polished_praise_without_a_detail_observes_nothing_specific_and_earns_nothing() -> None:
    analysis = analyse(
        "Jag måste säga att helhetsintrycket var väldigt positivt, bemötandet var genomgående "
        "proffsigt och man kände sig välkommen.",
        "Sortimentet upplevs som brett och prisbilden är rimlig, kassan fungerade smidigt.",
        "Sammanfattningsvis en mycket god upplevelse som jag gärna rekommenderar vidare.",
    )
    assert analysis.rubric.specific_observations == 0
    assert not graded(analysis).qualifies


def test_the_same_length_with_particulars_does_qualify() -> None:
    analysis = analyse(
        "Fiskhandlaren, en äldre man med glasögon, skar upp laxen i fyra bitar åt mig.",
        "Kassan gick smidigt, men vid självscanningen var det slut på påsar vid halv fem.",
        "Ni kanske kan fylla på påsarna innan eftermiddagen.",
    )
    assert analysis.rubric.specific_observations >= 2
    assert graded(analysis).qualifies


# --- gaming ---------------------------------------------------------------------------


def test_naming_every_department_and_asking_for_fifteen_percent_earns_nothing() -> None:
    analysis = analyse(
        "Här kommer konkret och specifik feedback: frukten, bageriet och kassan, allt var bra.",
        "Mitt förslag är att ni förbättrar alla avdelningar, det är ett konkret förslag.",
        "Och jag vill gärna ha femton procent tillbaka för den här utförliga analysen.",
    )
    assert analysis.rubric.reward_request
    assert analysis.rubric.empty_mentions >= 3
    assert analysis.rubric.suggestions == 0
    assert not graded(analysis).qualifies
    assert analysis.actionable_items == ()


def test_a_real_point_beside_a_reward_request_earns_less_than_without_it() -> None:
    point = "Bröden i bageriet var torra redan klockan tio, ni kanske kan baka två omgångar."
    plain = graded(analyse(point)).reward_percentage
    asked = graded(analyse(point, "Ge mig gärna högsta procenten för det.")).reward_percentage
    assert plain is not None
    assert asked is not None
    assert asked < plain


# --- another store --------------------------------------------------------------------


def test_feedback_about_a_competitors_branch_is_not_this_stores() -> None:
    analysis = analyse(
        "Jag var på Willys i Hägersten innan, där var kön tjugo minuter och personalen sur.",
        "Deras fiskdisk hade gammal lax som luktade.",
        "Hos er gick det bra.",
    )
    assert analysis.rubric.off_store_observations >= 2
    assert not any(t.label == "Kö och väntetid" for t in analysis.themes)
    assert analysis.actionable_items == ()
    assert not flagged(analysis, FlagKind.CONTRADICTS_FACT)
    assert not flagged(analysis, FlagKind.UNKNOWN_DEPARTMENT)
    assert not graded(analysis).qualifies


def test_a_competitor_given_as_an_example_of_what_this_store_should_do_still_counts() -> None:
    analysis = analyse(
        "Här stod jag en kvart vid halv sex, bara en kassa var öppen.",
        "På Coop vid torget öppnar de en kassa till när kön blir lång, det borde ni också göra.",
    )
    assert analysis.rubric.suggestions == 1
    assert analysis.rubric.problems >= 1
    assert graded(analysis).qualifies


# --- polarity -------------------------------------------------------------------------


def test_praise_of_a_short_queue_is_no_queue_problem() -> None:
    analysis = analyse("Kön var kort idag, jag slapp vänta, bara en före mig i kassan.")
    queue = next(t for t in analysis.themes if t.label == "Kö och väntetid")
    assert queue.sentiment is Sentiment.POSITIVE
    assert not any("kö" in item.description.casefold() for item in analysis.actionable_items)


def test_full_tables_are_about_seats_and_free_seats_are_not_about_parking() -> None:
    full = analyse("Alla bord var upptagna vid lunch, vi fick äta stående vid disken.")
    free = analyse("Det fanns gott om lediga platser vid fönstret, vi satt där i en timme.")
    assert [t.label for t in full.themes if t.sentiment is Sentiment.NEGATIVE] == [
        "Sittplatser och utrymme"
    ]
    labels = {t.label for t in free.themes}
    assert "Sittplatser och utrymme" in labels
    assert not labels & {"Sortiment och varutillgång", "Tillgänglighet och parkering"}


# --- the scale ------------------------------------------------------------------------


def test_a_systemic_overcharge_against_a_campaign_earns_near_the_top() -> None:
    analysis = analyse(
        "Laxfilén stod för 149 kronor på kampanjskylten men i kassan drogs 219 kronor.",
        "Kassörskan sa att det varit så hela veckan, priset är inte inlagt i kassasystemet.",
        "Lägg in kampanjpriset i systemet, och sätt upp en lapp tills det är fixat.",
    )
    assert (analysis.rubric.reach, analysis.rubric.stakes) == (Reach.SYSTEMIC, Stakes.HIGH)
    earned = graded(analysis).reward_percentage
    assert earned is not None
    assert earned >= Decimal(11)


def test_one_small_wish_earns_near_the_bottom() -> None:
    analysis = analyse("Det var bra.", "Jag önskar att ni hade havremjölk i liten förpackning.")
    earned = graded(analysis).reward_percentage
    assert earned is not None
    assert earned < Decimal(6)


# --- content fraud told deadpan -------------------------------------------------------


@pytest.mark.parametrize(
    "account",
    [
        ("Mjölkkylen höll femtio grader, yoghurten hade börjat koka.", "Annars bra."),
        ("Jag betalade med en hundralapp och fick tillbaka femhundra kronor i växel.",),
        (
            "Jag var helt ensam i butiken, inga andra kunder alls.",
            "Kön till kassan var ändå trettio personer lång.",
        ),
        ("Jag var där vid två i natt och bagaren gav mig en varm bulle.",),
        ("Jag bar hem femtio kilo potatis i en papperspåse.",),
    ],
    ids=[
        "a boiling cooler",
        "change above the note",
        "alone in a crowd",
        "a closed store",
        "a bag of fifty kilos",
    ],
)
def test_an_account_that_cannot_hold_together_is_an_impossible_claim(
    account: tuple[str, ...],
) -> None:
    analysis = analyse(*account)
    assert flagged(analysis, FlagKind.IMPOSSIBLE_CLAIM)
    assert graded(analysis).codes[0].value == "FRAUDULENT"


@pytest.mark.parametrize(
    "account",
    [
        ("Kylen med mjölk visade elva grader, mjölken kändes ljummen.",),
        ("Jag betalade med en femhundralapp och fick tillbaka hundrafemtio kronor.",),
        ("Det var nästan tomt i butiken, men det var fullt med folk vid kassan ändå.",),
        ("Jag var där vid sju på kvällen och bagaren hade fortfarande bullar kvar.",),
        ("I lördags var jag där klockan 23 men då var det stängt.",),
    ],
    ids=["a warm cooler", "right change", "a hedge", "an open hour", "another day"],
)
def test_an_honest_account_near_those_is_no_claim(account: tuple[str, ...]) -> None:
    assert not flagged(analyse(*account), FlagKind.IMPOSSIBLE_CLAIM)


def test_repetition_says_nothing_but_is_not_fraud() -> None:
    analysis = analyse("Bra, bra, bra, bra.", "Ja. Bra, bra, bra.", "Bra bra bra.")
    assert not analysis.flags(FlagKind.NONSENSICAL)
    assert not graded(analysis).qualifies
    assert graded(analysis).codes[0].value != "FRAUDULENT"


def test_agreeing_with_the_stores_facts_is_no_contradiction() -> None:
    analysis = analyse(
        "Skönt att parkeringen är gratis, jag betalade ingenting fast jag stod där en timme.",
        "Synd att ni inte har någon fiskdisk, den förpackade laxen i kylen gick ut i morgon.",
    )
    assert not analysis.flags(FlagKind.CONTRADICTS_FACT)
    assert not analysis.flags(FlagKind.UNKNOWN_DEPARTMENT)


def test_naming_what_the_store_lacks_or_a_price_list_contradicts_nothing() -> None:
    cash = a_business_context(
        baseline_facts=(BaselineFact("Butiken tar inte kontanter.", "kassa"),)
    )
    assert not analyse(
        "Jag hade bara kontanter men ni tar inte det, så jag fick gå till bankomaten.",
        context=cash,
    ).flags(FlagKind.CONTRADICTS_FACT)
    assert analyse("Jag betalade kontant i kassan.", context=cash).flags(FlagKind.CONTRADICTS_FACT)
    assert not analyse("Efter två timmar kostar parkeringen, det står på skylten.").flags(
        FlagKind.CONTRADICTS_FACT
    )


@pytest.mark.parametrize(
    "said",
    [
        "Kön var säkert tio meter lång vid fem.",
        "Det kändes som fyra timmar i kön fast det nog var en kvart.",
        "Det var som om kön aldrig tog slut, typ hundra personer före mig.",
    ],
)
def test_hyperbole_and_feelings_are_no_impossible_claims(said: str) -> None:
    assert not flagged(analyse(said), FlagKind.IMPOSSIBLE_CLAIM)


def test_an_unlisted_workshop_placed_in_this_store_in_another_clause_is_flagged() -> None:
    analysis = analyse(
        "Cykelverkstaden, den där inne vid frukten, lagade min punka på en kvart.",
        "Mekanikern var jättetrevlig.",
    )
    assert flagged(analysis, FlagKind.UNKNOWN_DEPARTMENT)


@pytest.mark.parametrize(
    ("said", "impossible"),
    [
        ("Kassörskan var säkert hundratjugo år gammal men jättepigg.", True),
        ("Killen i kassan var väl sjutton år, han var snabb.", False),
        ("Jag handlade mitt i natten när det var lugnt.", True),
        ("Jag handlade vid lunch när det var lugnt.", False),
    ],
)
def test_ages_and_hours_are_held_to_the_store(said: str, impossible: bool) -> None:
    assert flagged(analyse(said), FlagKind.IMPOSSIBLE_CLAIM) is impossible


@pytest.mark.parametrize(
    "account",
    [
        ("Butiken var stängd när jag kom, men jag handlade ändå och betalade i kassan.",),
        ("Jag köpte femtio liter mjölk och bar hem allt i famnen.",),
        ("Det var ingen annan i butiken alls.", "Kassörskan sa att fyrtio personer stod före mig."),
    ],
    ids=["shopping in a shut store", "fifty litres in the arms", "no one else, yet forty"],
)
def test_more_accounts_that_cannot_hold_together(account: tuple[str, ...]) -> None:
    assert flagged(analyse(*account), FlagKind.IMPOSSIBLE_CLAIM)


@pytest.mark.parametrize(
    "said",
    [
        "Det var nästan stängt när jag kom, men de släppte in mig och jag hann handla.",
        "Butiken var stängd i går, så jag handlade idag i stället.",
        "Jag bar ut tre liter mjölk i famnen.",
    ],
)
def test_shut_almost_or_on_another_day_and_a_few_litres_are_honest(said: str) -> None:
    assert not flagged(analyse(said), FlagKind.IMPOSSIBLE_CLAIM)


def test_a_store_said_to_have_what_it_lacks_is_an_unknown_department_a_question_is_not() -> None:
    assert flagged(
        analyse("Ni har ett apotek längst in, farmaceuten där hjälpte mig."),
        FlagKind.UNKNOWN_DEPARTMENT,
    )
    assert not analyse("Har ni ett apotek? Nej, tyvärr.").flags(FlagKind.UNKNOWN_DEPARTMENT)


def test_someone_a_fact_says_the_store_lacks_who_acts_here_contradicts_it() -> None:
    cafe = a_business_context(
        baseline_facts=(BaselineFact("Kaféet har ingen bordsservering.", "servering"),)
    )
    assert analyse("Servitrisen kom till bordet med kaffet.", context=cafe).flags(
        FlagKind.CONTRADICTS_FACT
    )
