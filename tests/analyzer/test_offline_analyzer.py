"""The offline analyzer on small Swedish examples: sentiment, departments, items, flags, scores."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.analysis import Category, FeedbackAnalysis, FlagKind, Sentiment, Theme
from kundrost.domain.business_context import BaselineFact, BusinessContext, Department
from kundrost.domain.fraud import FraudEvidence
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.grading import GradingPolicy
from kundrost.domain.priority import Priority
from kundrost.domain.transcript import Speaker
from kundrost.ports.analyzer import FeedbackInput
from tests.unit.context_builders import a_business_context, a_visit
from tests.unit.transcript_builders import a_transcript, with_customer_answers

ANALYZER = OfflineFeedbackAnalyzer()
GRADING = GradingPolicy()
CENT = Decimal("0.01")


async def analyse(*answers: str, context: BusinessContext | None = None) -> FeedbackAnalysis:
    transcript = with_customer_answers("Ja, det går bra.", *answers)
    return await ANALYZER.analyse(FeedbackInput(transcript, context or a_business_context()))


def theme(analysis: FeedbackAnalysis, label: str) -> Theme:
    return next(t for t in analysis.themes if t.label == label)


def confidence(analysis: FeedbackAnalysis, kind: FlagKind) -> Decimal:
    return max((flag.confidence for flag in analysis.flags(kind)), default=Decimal(0))


def qualifies(analysis: FeedbackAnalysis, context: BusinessContext | None = None) -> bool:
    verdict = FraudPolicy().evaluate(
        FraudEvidence(
            transaction_time=a_visit().transaction_time,
            analysis=analysis,
            context=context or a_business_context(),
        )
    )
    return GRADING.grade(analysis, verdict).qualifies


# --- sentiment --------------------------------------------------------------------------


async def test_friendly_staff_is_a_positive_staff_theme() -> None:
    analysis = await analyse("Personalen var trevlig och hjälpsam.")
    staff = theme(analysis, "Personalens bemötande")
    assert staff.sentiment is Sentiment.POSITIVE
    assert staff.category is Category.STAFF


async def test_a_negation_flips_the_sentiment() -> None:
    analysis = await analyse("Personalen var inte trevlig.")
    assert theme(analysis, "Personalens bemötande").sentiment is Sentiment.NEGATIVE


async def test_no_queue_at_all_is_good_news() -> None:
    analysis = await analyse("Det var ingen kö alls i kassan.")
    assert theme(analysis, "Kö och väntetid").sentiment is Sentiment.POSITIVE


@pytest.mark.parametrize(
    "wish",
    [
        "Det hade varit bra om ni hade fler kärror vid brödhyllan.",
        "Det vore trevligt med en bänk vid kassan.",
        "Bageriet skulle vara jättebra om det öppnade tidigare.",
        "Då hade det varit enkelt att hitta mjölken.",
        "Kassan kunde ha varit snabbare.",
        "Jag önskar att ni lagar självscanningen snabbare när den krånglar.",
        "Ni borde göra skyltarna i bageriet tydligare.",
    ],
)
async def test_praise_in_a_hypothetical_praises_nothing(wish: str) -> None:
    analysis = await analyse(wish)
    assert Sentiment.POSITIVE not in {t.sentiment for t in analysis.themes}


@pytest.mark.parametrize(
    "praise",
    [
        "Det har varit bra hela hösten i bageriet.",
        "Kassan var snabb, det skulle jag säga.",
        "Kassan var snabbare än förra veckan.",
    ],
)
async def test_praise_beside_a_would_is_still_praise(praise: str) -> None:
    analysis = await analyse(praise)
    assert Sentiment.POSITIVE in {t.sentiment for t in analysis.themes}


async def test_a_wish_ending_its_sentence_is_a_suggestion_that_raises_the_grade() -> None:
    queue = "Det var lång kö i kassan vid femtiden, bara två kassor var öppna"
    wished = await analyse(f"{queue}, så fler kassor på eftermiddagen vore bra.")
    told = await analyse(f"{queue}.")
    assert (wished.rubric.suggestions, told.rubric.suggestions) == (1, 0)
    assert GRADING.overall(GRADING.scores(wished)) > GRADING.overall(GRADING.scores(told))


async def test_praise_and_criticism_of_one_topic_make_it_mixed() -> None:
    analysis = await analyse("Personalen i bageriet var glad.", "Men personalen i kassan var sur.")
    assert {t.sentiment for t in analysis.themes if t.category is Category.STAFF} == {
        Sentiment.POSITIVE,
        Sentiment.NEGATIVE,
    }


# --- departments ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "department"),
    [
        ("Kassorna var smutsiga.", "Kassan"),
        ("Självscanningskassan var trasig.", "Kassan"),
        ("Brödhyllan var tom på eftermiddagen.", "Bageriet"),
        ("Bageriet hade underbara kanelbullar.", "Bageriet"),
        ("Grönsaksdisken var fräsch.", "Frukt & grönt"),
    ],
)
async def test_a_department_is_found_by_alias_inflection_and_compound(
    said: str, department: str
) -> None:
    analysis = await analyse(said)
    assert department in analysis.departments()


async def test_an_unlisted_specialised_department_keeps_the_customers_name() -> None:
    analysis = await analyse("Tjejen på sushibaren gjorde en perfekt låda åt mig.")
    assert "Sushibaren" in analysis.departments()


# --- actionable items -------------------------------------------------------------------


async def test_a_wish_becomes_an_actionable_item_in_its_department() -> None:
    analysis = await analyse("Jag önskar att bageriet hade fler glutenfria bröd på helgen.")
    [item] = analysis.actionable_items
    assert item.department == "Bageriet"
    assert item.category is Category.PRODUCT
    assert item.description.startswith("Önskemål")
    assert "glutenfria" in item.description


async def test_a_complaint_with_a_cause_is_a_high_priority_item() -> None:
    analysis = await analyse(
        "Kön i kassan var tjugo minuter lång eftersom bara en kassa var öppen."
    )
    [item] = analysis.actionable_items
    assert item.priority is Priority.HIGH
    assert item.department == "Kassan"


async def test_mouldy_food_is_urgent() -> None:
    analysis = await analyse("Jordgubbarna i fruktdisken var mögliga.")
    assert [item.priority for item in analysis.actionable_items] == [Priority.URGENT]


async def test_plain_praise_asks_nothing_of_the_store() -> None:
    analysis = await analyse("Kassörskan var jättetrevlig.")
    assert analysis.actionable_items == ()


# --- content flags ----------------------------------------------------------------------


async def test_keyboard_mash_is_nonsense() -> None:
    analysis = await analyse("asdf qwerty sdfgh", "hjkl zxcvb")
    assert confidence(analysis, FlagKind.NONSENSICAL) >= Decimal("0.7")
    assert GRADING.scores(analysis).legitimacy < Decimal("0.5")


async def test_groceries_that_talk_and_make_demands_are_nonsense() -> None:
    analysis = await analyse(
        "Osten i kylen började prata med mig.", "Den sa att den ville flytta till frysen."
    )
    assert confidence(analysis, FlagKind.NONSENSICAL) >= Decimal("0.7")


async def test_a_machine_that_would_not_take_a_card_is_ordinary_speech() -> None:
    analysis = await analyse("Kortläsaren ville inte ta mitt kort och skylten sa fel pris.")
    assert not analysis.flags(FlagKind.NONSENSICAL)


@pytest.mark.parametrize(
    "said",
    [
        "Kanelbullarna var magiskt goda och personalen var osynlig hela tiden.",
        "Mjölk, bröd, ost, smör, ägg, kaffe, bananer, äpplen, pasta, tomater, gurka, lax.",
        "Vi åt flygande jakob till middag, kycklingen var från er.",
    ],
)
async def test_praise_idioms_and_shopping_lists_are_not_nonsense(said: str) -> None:
    analysis = await analyse(said)
    assert not analysis.flags(FlagKind.NONSENSICAL)


async def test_a_five_hour_queue_is_an_impossible_claim() -> None:
    analysis = await analyse("Jag stod i kön i fem timmar innan jag fick betala.")
    assert confidence(analysis, FlagKind.IMPOSSIBLE_CLAIM) >= Decimal("0.7")


@pytest.mark.parametrize(
    "said",
    ["Jag stod i kön i tjugo minuter.", "Jag fick vänta två dagar på min beställning."],
)
async def test_an_ordinary_wait_is_a_plausible_complaint(said: str) -> None:
    analysis = await analyse(said)
    assert not analysis.flags(FlagKind.IMPOSSIBLE_CLAIM)


async def test_shopping_at_a_counter_the_store_says_it_lacks_contradicts_the_fact() -> None:
    analysis = await analyse("Jag köpte lax i fiskdisken och den var perfekt.")
    assert confidence(analysis, FlagKind.CONTRADICTS_FACT) >= Decimal("0.7")
    assert not qualifies(analysis)


async def test_wishing_for_what_the_store_lacks_contradicts_nothing() -> None:
    analysis = await analyse("Jag önskar att ni hade en fiskdisk.", "Det finns ingen fiskdisk.")
    assert not analysis.flags(FlagKind.CONTRADICTS_FACT)


PARKING = a_business_context(
    baseline_facts=(
        BaselineFact("Parkeringen är gratis i två timmar.", "parkering"),
        BaselineFact("Butiken har fyra kassor.", "kassor"),
    )
)


async def test_paying_for_free_parking_contradicts_the_fact() -> None:
    analysis = await analyse("Parkeringen kostade trettio kronor.", context=PARKING)
    assert confidence(analysis, FlagKind.CONTRADICTS_FACT) >= Decimal("0.7")


async def test_praising_the_free_parking_agrees_with_the_fact() -> None:
    analysis = await analyse("Parkeringen var gratis, det var skönt.", context=PARKING)
    assert not analysis.flags(FlagKind.CONTRADICTS_FACT)


async def test_counting_more_checkouts_than_the_store_has_contradicts_the_fact() -> None:
    analysis = await analyse("Alla åtta kassorna var stängda.", context=PARKING)
    assert analysis.flags(FlagKind.CONTRADICTS_FACT)


async def test_counting_fewer_open_checkouts_is_no_contradiction() -> None:
    analysis = await analyse("Bara två kassor var öppna.", context=PARKING)
    assert not analysis.flags(FlagKind.CONTRADICTS_FACT)


async def test_a_visit_to_a_department_the_store_lacks_is_flagged_and_not_rewarded() -> None:
    analysis = await analyse("Killen i sushidisken var snabb och sushin var färsk.")
    assert confidence(analysis, FlagKind.UNKNOWN_DEPARTMENT) >= Decimal("0.7")
    assert not qualifies(analysis)


@pytest.mark.parametrize(
    "said",
    ["Jag gick till apoteket efteråt.", "Sen tog vi en kaffe på kaféet bredvid."],
)
async def test_a_place_outside_the_store_is_not_an_unknown_department(said: str) -> None:
    analysis = await analyse(said)
    assert not analysis.flags(FlagKind.UNKNOWN_DEPARTMENT)


async def test_asking_about_what_the_store_lacks_contradicts_nothing() -> None:
    context = a_business_context(baseline_facts=(BaselineFact("Vi tar inte kontanter."),))
    analysis = await analyse("Jag frågade om jag kunde betala kontant.", context=context)
    assert not analysis.flags(FlagKind.CONTRADICTS_FACT)


async def test_paying_cash_where_cash_is_not_taken_contradicts_the_fact() -> None:
    context = a_business_context(baseline_facts=(BaselineFact("Vi tar inte kontanter."),))
    analysis = await analyse("Jag betalade med en hundralapp i kassan.", context=context)
    assert analysis.flags(FlagKind.CONTRADICTS_FACT)


async def test_a_store_without_listed_departments_has_no_unknown_ones() -> None:
    context = a_business_context(departments=())
    analysis = await analyse("Killen i sushidisken var snabb.", context=context)
    assert not analysis.flags(FlagKind.UNKNOWN_DEPARTMENT)


async def test_insults_without_content_are_offensive_and_not_rewarded() -> None:
    analysis = await analyse("Ni är idioter allihop.", "Allt är skit, fan.")
    assert analysis.flags(FlagKind.OFFENSIVE)
    assert GRADING.scores(analysis).legitimacy < Decimal("0.5")
    assert not qualifies(analysis)


# --- scores -----------------------------------------------------------------------------

DETAILED = (
    "Surdegsbröden i bageriet var nybakade och fortfarande varma vid niotiden.",
    "Men kön i kassan var säkert femton minuter eftersom bara en kassa var öppen.",
    "Jag önskar att ni öppnar en kassa till på lördagsförmiddagarna.",
)
GENERIC = ("Allt var bra.", "Nej, inget att klaga på, det var som vanligt.", "Trevlig personal.")


async def test_generic_feedback_is_flagged_and_stays_clearly_below_the_threshold() -> None:
    analysis = await analyse(*GENERIC)
    assert analysis.flags(FlagKind.GENERIC)
    assert GRADING.scores(analysis).legitimacy < GRADING.min_legitimacy
    assert GRADING.overall(GRADING.scores(analysis)) < Decimal("0.28")
    assert not qualifies(analysis)


async def test_detailed_feedback_qualifies_with_a_margin() -> None:
    analysis = await analyse(*DETAILED)
    assert analysis.content_flags == ()
    assert GRADING.scores(analysis).legitimacy >= Decimal("0.7")
    assert GRADING.overall(GRADING.scores(analysis)) >= Decimal("0.5")
    assert qualifies(analysis)


async def test_scores_have_two_decimals() -> None:
    analysis = await analyse(*DETAILED)
    scores = GRADING.scores(analysis)
    for score in (scores.legitimacy, scores.depth, scores.usefulness):
        assert score == score.quantize(CENT)


async def test_only_the_customers_words_are_analysed() -> None:
    agent_says = "Var det fem timmar i kön vid fiskdisken, där osten pratade med dig?"
    turns = [(Speaker.AI, agent_says), (Speaker.CUSTOMER, "Nej, det var bra.")]
    plain = [(Speaker.AI, "Hur var besöket?"), (Speaker.CUSTOMER, "Nej, det var bra.")]
    context = a_business_context()
    odd = await ANALYZER.analyse(FeedbackInput(a_transcript(turns), context))
    calm = await ANALYZER.analyse(FeedbackInput(a_transcript(plain), context))
    assert odd == calm


async def test_a_call_where_the_customer_said_nothing_scores_zero() -> None:
    transcript = a_transcript([(Speaker.AI, "Hej! Har du tid att svara på några frågor?")])
    analysis = await ANALYZER.analyse(FeedbackInput(transcript))
    scores = GRADING.scores(analysis)
    assert (scores.legitimacy, scores.depth, scores.usefulness) == (Decimal(0),) * 3
    assert analysis.themes == ()
    assert analysis.summary


async def test_the_summary_names_the_themes_and_quotes_the_customer() -> None:
    analysis = await analyse(*DETAILED)
    assert "Kö och väntetid" in analysis.summary
    assert "Jag önskar att ni öppnar en kassa till" in analysis.summary


async def test_a_store_department_named_in_a_theme_is_the_stores_own_name() -> None:
    context = a_business_context(departments=(Department("Kött & Chark", ("köttdisken",)),))
    analysis = await analyse("Köttfärsen i köttdisken var färsk och fin.", context=context)
    assert analysis.departments() == {"Kött & Chark"}
