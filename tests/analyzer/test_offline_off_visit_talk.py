"""Talk that is not about this visit: another shop that names no chain (a kind of shop
placed in another town, an online shop, this store named only to say the goods were not
bought here), and the weather outdoors.

Written for this file for a bicycle shop in Västerås, a kind no labelled set holds.
"""

from __future__ import annotations

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.business_context import Department
from kundrost.ports.analyzer import FeedbackInput
from tests.unit.context_builders import a_business_context
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
CYCLES = a_business_context(
    store_name="Cykelhörnan Västerås",
    departments=(
        Department("Cyklar", ("cykelavdelningen", "cyklarna")),
        Department("Service", ("verkstaden",)),
        Department("Kassa", ("kassan",)),
    ),
    baseline_facts=(),
)


def analyse(*answers: str) -> FeedbackAnalysis:
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Hur var ditt besök idag?"), (CUSTOMER, answer)]
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), CYCLES))


def test_a_kind_of_shop_in_another_town_is_another_store() -> None:
    analysis = analyse(
        "Det jag vill prata om är uthyrningsstället uppe i Sälen, vid liftarna.",
        "Där stod vi i kö i fyrtio minuter och cyklarna hade punktering.",
    )
    assert analysis.rubric.observations == 0
    assert analysis.rubric.off_store_observations >= 1


def test_a_kind_of_shop_in_this_stores_own_town_is_this_store() -> None:
    analysis = analyse(
        "Cykelbutiken i Västerås var bra, killen i verkstaden bytte min kedja på tio minuter.",
    )
    assert analysis.rubric.within(analysis.rubric.specific_observations) == 1


def test_an_online_shop_is_another_store_even_when_this_one_is_denied() -> None:
    analysis = analyse(
        "Jag köpte inte hjälmen hos er, jag beställde från en nätbutik och de skickade fel "
        "storlek två gånger. Och returen kostade nittionio kronor varje gång.",
    )
    assert analysis.rubric.observations == 0


def test_cold_weather_outdoors_is_small_talk() -> None:
    analysis = analyse("Det är ju kallt nu, minus tjugo i morse när jag skulle ut med hunden.")
    assert analysis.rubric.observations == 0


def test_cold_in_the_store_is_an_observation() -> None:
    analysis = analyse("Det var kallt inne i butiken, minus ute och dörren stod öppen hela tiden.")
    assert analysis.rubric.observations >= 1


def test_a_shop_named_by_a_town_without_pointing_away_may_be_this_one() -> None:
    analysis = analyse(
        "Cykelbutiken i Vallby var bra, killen i verkstaden bytte min kedja på tio minuter.",
    )
    assert analysis.rubric.off_store_observations == 0
    assert analysis.rubric.within(analysis.rubric.specific_observations) == 1
