"""The store's own words said back: its questions, configured or asked, and its campaigns'
names observe nothing specific; nor does a sentence asking for the reward.

Written for this file for a bicycle shop, a kind no labelled set holds.
"""

from __future__ import annotations

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.business_context import BusinessContext, Campaign, Department, Question
from kundrost.ports.analyzer import FeedbackInput
from tests.unit.context_builders import a_business_context
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
CYCLES = a_business_context(
    departments=(
        Department("Cyklar", ("cykelavdelningen", "cyklarna")),
        Department("Service", ("verkstaden", "reparationsdisken")),
        Department("Kassa", ("kassan",)),
    ),
    question_configuration=(
        Question("Hur upplevde du kassan och väntetiden?"),
        Question("Fick du hjälp att välja rätt ramstorlek på cykeln?"),
    ),
    current_campaigns=(Campaign("Cykelhjälm halva priset", "Hjälm för halva priset i mars."),),
    baseline_facts=(),
)


def analyse(
    answers: tuple[str, ...],
    context: BusinessContext = CYCLES,
    question: str = "Hur var ditt besök idag?",
) -> FeedbackAnalysis:
    turns: list[Turn] = [(AI, "Hej, det här är kundrost som ringer om ditt köp. Passar det?")]
    for answer in ("Ja, det går bra.", *answers):
        turns += [(CUSTOMER, answer), (AI, question)]
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context))


def specific(analysis: FeedbackAnalysis) -> int:
    return analysis.rubric.within(analysis.rubric.specific_observations)


PARROTED = (
    "Ramstorleken var rätt på cykeln.",
    "Kassan och väntetiden var bra.",
    "Och cykelhjälm halva priset, jättebra.",
)


def test_the_stores_configured_questions_and_campaigns_said_back_are_not_specific() -> None:
    assert specific(analyse(PARROTED)) == 0


def test_the_question_the_agent_asked_said_back_is_not_specific() -> None:
    asked = "Stod du i kö vid verkstaden i morse?"
    said = ("Ja, jag stod i kö vid verkstaden i morse.",)
    bare = a_business_context(departments=CYCLES.departments, baseline_facts=())
    assert specific(analyse(said, bare, asked)) == 0
    assert specific(analyse(said, bare)) == 1


def test_the_same_answer_with_details_of_their_own_stays_specific() -> None:
    said = (
        "Killen mätte mitt innerben och sa att femtiofyra centimeter passar.",
        "I kassan stod jag tolv minuter för att bara en var öppen.",
    )
    assert specific(analyse(said)) == 2


def test_without_the_stores_words_the_same_words_are_specific() -> None:
    bare = a_business_context(departments=CYCLES.departments, baseline_facts=())
    assert specific(analyse(PARROTED, bare)) >= 1


def test_a_sentence_asking_for_the_reward_observes_nothing() -> None:
    asking = ("Räcker det för återbäringen, eller ska jag säga något mer om cykelavdelningen?",)
    assert analyse(asking).rubric.observations == 0
