"""Honest calls that only look like content fraud: a store's own place named by the head of
a compound it lacks, a verb particle in a fact, a child's age beside staff, a likeness drawn
with a place the store lacks.

Written for this file for a bicycle and hardware shop, a kind no labelled set holds; each
rule has its fraud counterpart beside it, so that the rule narrows the flag and does not
drop it.
"""

from __future__ import annotations

from decimal import Decimal

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.analysis import FeedbackAnalysis, FlagKind
from kundrost.domain.business_context import BaselineFact, BusinessContext, Department
from kundrost.ports.analyzer import FeedbackInput
from tests.unit.context_builders import a_business_context
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
DECISIVE = Decimal("0.7")
CYCLES = a_business_context(
    departments=(
        Department("Cyklar", ("cykelavdelningen", "cyklarna")),
        Department("Service", ("verkstaden", "reparationsdisken")),
        Department("Kassa", ("kassan",)),
    ),
    baseline_facts=(
        BaselineFact("Butiken har ingen bilverkstad och säljer inga mopeder.", "sortiment"),
        BaselineFact("Köpta varor byts inom 14 dagar; monterade delar tas inte tillbaka.", "retur"),
    ),
)
NO_LISTED_WORKSHOP = a_business_context(
    departments=(Department("Cyklar", ("cyklarna",)), Department("Kassa", ("kassan",))),
    baseline_facts=CYCLES.baseline_facts,
)


def analyse(answers: tuple[str, ...], context: BusinessContext = CYCLES) -> FeedbackAnalysis:
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Hur var ditt besök idag?"), (CUSTOMER, answer)]
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context))


def decisive(analysis: FeedbackAnalysis, kind: FlagKind) -> bool:
    return any(flag.confidence >= DECISIVE for flag in analysis.flags(kind))


WORKSHOP = (
    "Jag lämnade in min cykel i verkstaden i tisdags och de bytte kedjan.",
    "Killen i verkstaden visade hur jag skulle smörja den, det var bra.",
)


def test_the_bare_head_of_a_lacking_compound_is_the_stores_own_department() -> None:
    assert not decisive(analyse(WORKSHOP), FlagKind.CONTRADICTS_FACT)


def test_the_bare_head_still_contradicts_when_the_store_has_no_such_place() -> None:
    assert decisive(analyse(WORKSHOP, NO_LISTED_WORKSHOP), FlagKind.CONTRADICTS_FACT)


def test_the_lacking_compound_itself_still_contradicts() -> None:
    said = ("Jag lämnade bilen på bilverkstaden här och betalade sexhundra kronor för oljebytet.",)
    assert decisive(analyse(said), FlagKind.CONTRADICTS_FACT)


def test_a_verb_particle_after_a_negation_is_not_a_thing_the_store_lacks() -> None:
    said = (
        "Ringklockan var trasig när jag kom hem.",
        "När jag kom tillbaka sa killen vid kassan att jag hade slagit sönder den själv.",
        "Jag fick pengarna tillbaka, men det tog en kvart.",
    )
    assert not decisive(analyse(said), FlagKind.CONTRADICTS_FACT)


def test_a_childs_age_beside_staff_is_the_childs() -> None:
    said = (
        "Vi köpte cyklar åt barnen, fem och åtta år, och killen vid cyklarna höjde sadlarna.",
        "Han hade jättebra tålamod med dem.",
    )
    assert not decisive(analyse(said), FlagKind.IMPOSSIBLE_CLAIM)


def test_a_child_serving_at_the_till_is_still_impossible() -> None:
    said = (
        "Kassörskan var sju år och räknade växeln på fingrarna.",
        "Cyklarna stod i en rad vid kassan.",
    )
    assert decisive(analyse(said), FlagKind.IMPOSSIBLE_CLAIM)


def test_a_likeness_with_a_place_the_store_lacks_is_no_visit_to_it() -> None:
    said = ("Vid kassan är det ingen ordning, en nummerlapp som på apoteket hade varit bra.",)
    assert not decisive(analyse(said), FlagKind.UNKNOWN_DEPARTMENT)


def test_using_a_place_the_store_lacks_is_still_flagged() -> None:
    said = ("Jag hämtade ut min medicin på apoteket här inne och betalade i kassan.",)
    assert decisive(analyse(said), FlagKind.UNKNOWN_DEPARTMENT)


RENTAL = a_business_context(
    departments=(
        Department("Cyklar", ("cyklarna", "elcykelhörnan")),
        Department("Uthyrning", ("hyran", "uthyrningsdisken")),
        Department("Kassa", ("kassan",)),
    ),
    baseline_facts=(
        BaselineFact("Uthyrningen hyr bara ut stadscyklar, ingen elcykelutrustning.", "hyra"),
    ),
)


def test_a_member_of_a_lacking_kind_met_at_its_department_contradicts() -> None:
    said = ("Vi hyrde två elcyklar i uthyrningen för helgen, det kostade fyrahundra kronor.",)
    assert decisive(analyse(said, RENTAL), FlagKind.CONTRADICTS_FACT)


def test_a_member_of_a_lacking_kind_bought_elsewhere_in_the_store_does_not() -> None:
    said = ("Jag köpte en elcykel i elcykelhörnan och killen där ställde in sadeln åt mig.",)
    assert not decisive(analyse(said, RENTAL), FlagKind.CONTRADICTS_FACT)
