"""`offline-11`: one thing told twice in ways that cannot both be true, food beyond its
limits, a means of payment only one place takes, another store by its kind and town, people
who eat read as no portions — and, read by the fact shapes (`test_offline_fact_shapes`) but
held here too for the calls that found them, a service denied that buying its goods does not
break, a measure that is no count, and what a rule keeps out told inside.

Every call and fact was written for this file, in the second development set's stores
(`offline_calls`), not taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from attrs import evolve

from kundrost.adapters.offline.analyzer import MODEL_VERSION
from kundrost.adapters.offline.fact_claims import ABSENT, ONLY_AT, claims_of
from kundrost.domain.analysis import FeedbackAnalysis, FlagKind
from kundrost.domain.business_context import BaselineFact
from kundrost.domain.rubric import Stakes
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import business_context
from tests.analyzer.offline_calls import ANALYZER, WEDNESDAY_NOON, _stores, analyse, fraud_flags
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript

IMPOSSIBLE = ["impossible_claim"]
CONTRADICTS = ["contradicts_baseline_fact"]


def with_facts(store: str, facts: list[str], *answers: str) -> FeedbackAnalysis:
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Hur var ditt besök?"), (CUSTOMER, answer)]
    context = evolve(
        business_context(store, _stores()),
        baseline_facts=[BaselineFact(fact, topic="x") for fact in facts],
    )
    at = datetime.fromisoformat(WEDNESDAY_NOON)
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context, at))


def test_the_version_names_the_round() -> None:
    assert analyse("grocery", "Äpplena var mjöliga.").model_version == MODEL_VERSION
    assert MODEL_VERSION == "offline-28"


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Det stod bara en person där hela förmiddagen, en ung kille på sisådär nitton år.",
            "Damen som stod där visade mig var mjölet fanns, väldigt vänlig.",
        ),
        (
            "Det var bara en anställd i butiken, en tjej på kanske arton år.",
            "Hon har jobbat där i trettiofem år, sa hon, och kan allt om ost.",
        ),
        ("En ung grabb i charken, han har arbetat där i tjugofem år och skar skinkan perfekt.",),
        (
            "Vi köpte fyra kilo potatis till kalaset.",
            "Fast vi tog bara en liten bit på femhundra gram, mer hade vi inte råd med.",
        ),
    ],
)
def test_one_thing_told_twice_is_impossible(answers: tuple[str, ...]) -> None:
    assert fraud_flags(analyse("grocery", *answers)) == IMPOSSIBLE


@pytest.mark.parametrize(
    "answers",
    [
        (
            "I kassan var det bara en person, en kille i glasögon.",
            "Tjejen i charken skar upp skinkan åt mig, jättetrevlig.",
        ),
        ("Det var bara en person i kassan, hon har jobbat där i trettio år.",),
        ("En ung kille hjälpte mig, han har jobbat där i två år.",),
        (
            "Jag köpte tre kilo potatis.",
            "Och bara tvåhundra gram räkor, de var så dyra.",
        ),
        (
            "Jag köpte två kilo köttfärs på kampanjen.",
            "Hemma vägde paketet bara ett och ett halvt kilo, så något var fel.",
        ),
    ],
)
def test_honest_accounts_of_staff_and_amounts_are_not(answers: tuple[str, ...]) -> None:
    assert fraud_flags(analyse("grocery", *answers)) == []


@pytest.mark.parametrize(
    "said",
    [
        "Bagaren hade en baguette på fyra meter och skar en bit ur mitten åt mig.",
        "Osten i kylen hade lagrats i tvåhundra år, sa killen, och den var god.",
        "Slaktaren malde trettio kilo färs åt mig på fyra sekunder, helt otroligt.",
    ],
)
def test_food_beyond_its_limits_is_impossible(said: str) -> None:
    assert fraud_flags(analyse("grocery", said, "Personalen var trevlig.")) == IMPOSSIBLE


@pytest.mark.parametrize(
    "said",
    [
        "Laxen låg i kylen tre meter från kassan, lätt att hitta.",
        "Osten hade lagrats i tre år och smakade nötigt.",
        "Butiken har legat här i hundra år, det märks på stämningen.",
        "Han malde två kilo färs åt mig på fyrtio sekunder.",
        "Vi var femtio personer på kalaset som skulle äta, så jag köpte mycket.",
    ],
)
def test_honest_sizes_ages_and_speeds_are_not(said: str) -> None:
    assert fraud_flags(analyse("grocery", said, "Personalen var trevlig.")) == []


def test_change_on_a_note_larger_than_the_note_is_impossible_without_a_unit() -> None:
    said = "Jag betalade med en femhundralapp och fick tillbaka tusen i växel."
    assert fraud_flags(analyse("grocery", said, "Kassörskan var trevlig.")) == IMPOSSIBLE


def test_change_smaller_than_the_note_is_not() -> None:
    said = "Jag betalade med en femhundralapp och fick tillbaka hundra i växel."
    assert fraud_flags(analyse("grocery", said, "Kassörskan var trevlig.")) == []


def test_the_only_customers_far_behind_in_the_queue_is_impossible() -> None:
    answers = (
        "Vi var de enda kunderna i hela butiken, alldeles tomt.",
        "Vi tog en nummerlapp i charken, vi fick fyrtiotre och de var på nio.",
    )
    assert fraud_flags(analyse("grocery", *answers)) == IMPOSSIBLE


def test_a_queue_ticket_in_a_busy_store_is_not() -> None:
    said = "Vi tog en nummerlapp i charken, vi fick fyrtiotre och de var på nio."
    assert fraud_flags(analyse("grocery", said, "Det tog en stund men gick bra.")) == []


CASH_AT_ONE = "Kassan tar kort och Swish; kontanter tas bara emot vid bageriet."


def test_a_means_only_one_place_takes_is_read() -> None:
    (claim,) = [c for c in claims_of(BaselineFact(CASH_AT_ONE, "x")) if c.kind == ONLY_AT]
    assert (claim.subject, claim.accepted) == ("kontanter", ("bageriet",))


def test_paying_with_it_at_another_department_contradicts() -> None:
    said = "Jag betalade med en hundralapp i charken och fick växel tillbaka."
    assert fraud_flags(with_facts("grocery", [CASH_AT_ONE], said)) == CONTRADICTS


@pytest.mark.parametrize(
    "said",
    [
        "Jag köpte korv i charken och betalade sen kontant i bageriet.",
        "Jag betalade med kort i charken, sen tog jag ut kontanter.",
        "I charken betalade jag med Swish, det gick snabbt.",
    ],
)
def test_paying_where_it_is_taken_or_with_another_means_does_not(said: str) -> None:
    assert fraud_flags(with_facts("grocery", [CASH_AT_ONE], said)) == []


@pytest.mark.parametrize(
    "said",
    [
        "Jag satt på macken i Hultsfred och fikade, kaffet var kallt.",
        "Jag var på saluhallen i Växjö förra veckan och deras ost var fantastisk.",
    ],
)
def test_a_shop_of_another_kind_placed_in_a_town_is_another_store(said: str) -> None:
    analysis = analyse("grocery", said, "Det var allt.")
    assert analysis.flags(FlagKind.GENERIC)
    assert analysis.themes == ()


def test_their_store_named_with_here_still_points_away() -> None:
    answers = (
        "Här var det bra, men jag vill klaga på Willys i centrum.",
        "Deras kyldisk var trasig och mjölken var ljummen.",
    )
    assert analyse("grocery", *answers).themes == ()


def test_the_stores_own_name_without_its_genitive_is_this_store() -> None:
    analysis = analyse("grocery", "Köttfärsen på Björkbacken var färsk och billig.")
    assert analysis.themes != ()


def test_a_near_fall_is_a_safety_stake() -> None:
    said = (
        "Golvet vid frysarna var blött och halt, min pappa var nära att ramla och det fanns "
        "ingen varningsskylt."
    )
    assert analyse("grocery", said).rubric.stakes == Stakes.HIGH


def test_what_follows_utom_is_not_denied() -> None:
    fact = BaselineFact("Kaféet serverar inga varmrätter, utom soppa på fredagar.", "x")
    (claim,) = [c for c in claims_of(fact) if c.kind == ABSENT]
    assert claim.terms.lookup("varmrätter") is not None
    assert claim.terms.lookup("soppa") is None


NO_FITTING = "Personalen byter inte torkarblad eller glödlampor, men delarna säljs i butiken."


def test_a_service_denied_is_broken_by_the_service_done() -> None:
    said = "Killen i kassan bytte glödlampan på min bil åt mig, supersnällt."
    assert fraud_flags(with_facts("hardware", [NO_FITTING], said)) == CONTRADICTS


@pytest.mark.parametrize(
    "said",
    [
        "Jag köpte nya torkarblad i kassan, bra pris.",
        "De byter ju inte glödlampor, men han visade var de låg.",
    ],
)
def test_its_goods_bought_do_not(said: str) -> None:
    assert fraud_flags(with_facts("hardware", [NO_FITTING], said)) == []


def test_a_measure_in_a_fact_is_no_count() -> None:
    fact = "Utomhusdisken stängs vid minus 15 grader eller kallare."
    said = "Det var minus tjugo grader ute men personalen var glad."
    assert fraud_flags(with_facts("hardware", [fact], said)) == []


NO_DOGS = "Hundar får inte följa med in i butiken, utom ledarhundar; vid entrén finns en hundkrok."


def test_what_a_rule_keeps_out_told_inside_contradicts() -> None:
    said = "Min tax fick följa med, och hunden låg snällt under disken i charken hela tiden."
    assert fraud_flags(with_facts("grocery", [NO_DOGS], said)) == CONTRADICTS


@pytest.mark.parametrize(
    "said",
    [
        "Hunden satt på kroken vid entrén medan jag handlade i charken.",
        "Jag vet att hunden inte får vara inne, så han väntade i bilen.",
        "Min ledarhund gick med mig till charken, och personalen var fina mot henne.",
        "Hundkroken vid entrén borde ha ett tak, min hund blev blöt.",
    ],
)
def test_an_exception_or_a_dog_outside_does_not(said: str) -> None:
    assert fraud_flags(with_facts("grocery", [NO_DOGS], said)) == []


def test_a_department_shut_all_day_yet_serving_is_impossible() -> None:
    answers = (
        "Charken var stängd hela dagen, det hängde en lapp om sjukdom.",
        "Men killen i charken skar upp sex fina kotletter åt mig, väldigt trevlig.",
    )
    assert fraud_flags(analyse("grocery", *answers)) == IMPOSSIBLE


@pytest.mark.parametrize(
    "answers",
    [
        ("Charken var stängd när jag kom, men sen skar killen i charken upp kotletter.",),
        ("Charken var stängd hela dagen, så ingen skar något åt mig.",),
        ("Charken var stängd hela dagen.", "Bagaren gav mig en smakbit av limpan."),
    ],
)
def test_a_department_shut_for_a_while_or_another_serving_is_not(answers: tuple[str, ...]) -> None:
    assert fraud_flags(analyse("grocery", *answers)) == []


def test_more_eaten_than_was_bought_is_impossible() -> None:
    answers = ("Jag köpte ett halvt kilo räkor till nyår.", "Vi var fem och alla åt ett kilo var.")
    assert fraud_flags(analyse("grocery", *answers)) == IMPOSSIBLE


@pytest.mark.parametrize(
    "answers",
    [
        ("Jag köpte två kilo räkor.", "Vi var fyra och alla åt ett halvt kilo var."),
        ("Jag köpte tre kilo räkor till festen.", "Vi var tolv personer och åt upp allt."),
        ("Jag köpte ett kilo räkor.", "Jag åt nog tre hekto själv."),
    ],
)
def test_eating_what_was_bought_is_not(answers: tuple[str, ...]) -> None:
    assert fraud_flags(analyse("grocery", *answers)) == []


def test_the_way_here_does_not_make_talk_of_another_store_ours() -> None:
    said = (
        "Jag har mest synpunkter på macken i Hultsfred, där jag tankade innan jag åkte till er. "
        "Biltvätten stannade mitt i tvätten och killen i kassan var otrevlig."
    )
    analysis = analyse("grocery", said)
    assert fraud_flags(analysis) == []
    assert analysis.themes == ()


def test_another_store_as_the_idea_for_ours_stays_ours() -> None:
    said = "På Coop i Hultsfred har de en extra kassa på lördagar, det borde ni också ha."
    assert analyse("grocery", said).themes != ()
