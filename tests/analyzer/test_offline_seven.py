"""`offline-7`: content fraud read as mechanisms rather than words — an act denied and then
told of, a journey faster than anyone makes it between two hours of one sentence, more bulky
goods than one person carries in one trip — each beside the honest speech it must leave
alone.

Every call was written for this file, in the second development set's stores
(`offline_calls`), not taken from a labelled set.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from attrs import evolve

from kundrost.adapters.offline.fact_claims import claims_of
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.business_context import BaselineFact
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.corpus import business_context
from tests.analyzer.offline_calls import ANALYZER, WEDNESDAY_NOON, _stores, analyse, fraud_flags
from tests.unit.transcript_builders import AI, CUSTOMER, Turn, a_transcript


def analyse_with_facts(store: str, facts: list[BaselineFact], *answers: str) -> FeedbackAnalysis:
    """The answers in a store of the second development set whose facts are `facts`."""
    turns: list[Turn] = []
    for answer in ("Ja, det går bra.", *answers):
        turns += [(AI, "Hur var ditt besök?"), (CUSTOMER, answer)]
    context = evolve(business_context(store, _stores()), baseline_facts=facts)
    at = datetime.fromisoformat(WEDNESDAY_NOON)
    return ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), context, at))


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Jag lämnade inte in något, jag köpte bara skruv.",
            "Och när jag hämtade mina gardiner från sömnaden var de fina.",
        ),
        ("Nej, vi lämnade inte in något i dag.", "Vi lämnade in pantflaskorna vid entrén."),
        ("Jag hyrde ingenting den här gången.", "Släpet jag hyrde var smutsigt inuti."),
        ("Vi beställde ingenting.", "Sen betalade vi och tårtan vi beställde var god."),
    ],
)
def test_an_act_denied_and_then_told_of_is_impossible(answers: tuple[str, ...]) -> None:
    assert "impossible_claim" in fraud_flags(analyse("hardware", *answers))


@pytest.mark.parametrize(
    "answers",
    [
        ("Jag köpte inget kött i dag.", "Jag köpte bara grönsaker."),
        (
            "Jag lämnade inte tillbaka något i dag.",
            "Förra veckan lämnade jag tillbaka en kastrull.",
        ),
        ("Jag lämnade inte in något, jag köpte bara mjölk.", "Jag hämtade ett paket också."),
        ("Jag köpte inte något dyrt.", "Jag köpte mjölk och bröd."),
        ("Jag beställde ingenting.", "Min man beställde en tårta."),
        ("Jag pantade inte något i dag.", "Jag köpte mjölk."),
    ],
)
def test_one_thing_not_bought_someone_else_or_another_day_is_no_denial(
    answers: tuple[str, ...],
) -> None:
    assert fraud_flags(analyse("grocery", *answers)) == []


@pytest.mark.parametrize(
    "said",
    [
        "Jag köpte skidorna klockan två, de vallade dem på stället, och sen åkte jag nio mil i "
        "Vasaloppsspåret och var tillbaka i butiken halv fyra för att tacka.",
        "Jag handlade klockan tre, sen körde jag trettio mil till Stockholm och var framme "
        "klockan fyra.",
        "Jag gick därifrån klockan fem och sprang fem mil och var hemma vid sex.",
    ],
)
def test_a_journey_faster_than_anyone_makes_it_between_two_hours_is_impossible(
    said: str,
) -> None:
    assert fraud_flags(analyse("hardware", said)) == ["impossible_claim"]


@pytest.mark.parametrize(
    "said",
    [
        "Jag körde tjugo mil hit i morse, var där klockan två och gick halv tre.",
        "Vi var där vid elva, sen körde vi tio mil hem och var hemma vid ett.",
        "Vi åkte hemifrån klockan sju och körde tjugo mil och var framme vid tolv.",
        "Jag gick därifrån klockan fem och sprang en mil och var hemma vid sex.",
        "Det kändes som att jag gått tio mil när jag kom ut klockan tre, fast jag kom vid två.",
    ],
)
def test_a_drive_to_the_store_or_a_journey_at_a_human_pace_is_no_claim(said: str) -> None:
    assert fraud_flags(analyse("hardware", said)) == []


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Vi köpte till hela klubben, trettio par längdskidor och tolv tält, och en kille, "
            "ensam, bar ut alltihop till bilen i en enda vända.",
        ),
        ("Vi köpte trettio par skidor till klubben.", "Killen bar ut alltihop på en gång."),
        ("Jag köpte tjugofem stolar och han bar ut dem på en gång.",),
    ],
)
def test_more_bulky_goods_than_one_person_carries_in_one_trip_is_impossible(
    answers: tuple[str, ...],
) -> None:
    assert fraud_flags(analyse("hardware", *answers)) == ["impossible_claim"]


@pytest.mark.parametrize(
    "answers",
    [
        ("Vi köpte trettio par skidor till klubben.", "Killen bar ut alltihop i tio vändor."),
        ("Vi köpte tolv par strumpor och han bar ut dem på en gång.",),
        ("Jag köpte tjugo stolar och de bar ut dem med en kärra på en gång.",),
        ("Jag köpte fyra däck och han bar ut alla på en gång.",),
    ],
)
def test_bulky_goods_in_several_trips_on_a_trolley_or_few_are_no_claim(
    answers: tuple[str, ...],
) -> None:
    assert fraud_flags(analyse("hardware", *answers)) == []


@pytest.mark.parametrize(
    "answers",
    [
        ("Jag köpte en rökt strömming.", "Den vägde fyrtio kilo, killen fick hämta en kärra."),
        ("Korven vägde femtio kilo, så den räckte länge.",),
        ("Han lade in en sida lax i rökugnen och tog ut den färdigrökt efter tre sekunder.",),
        ("Bröden bakade de på tio sekunder, sa han.",),
        ("Kassörskan berättade att hon fyllde hundrafyrtio i höstas och jobbar heltid.",),
        (
            "Jag var ensam i butiken, ingen annan kund där alls.",
            "Ändå fick jag stå som nummer trettioett i kön till kassan.",
        ),
        (
            "Jag kom dit klockan två.",
            "Det tog fyrtio minuter i kön.",
            "Jag gick hem kvart över två.",
        ),
    ],
)
def test_single_things_processes_ages_and_clocks_beyond_a_visit_are_impossible(
    answers: tuple[str, ...],
) -> None:
    assert "impossible_claim" in fraud_flags(analyse("grocery", *answers))


@pytest.mark.parametrize(
    "answers",
    [
        ("Ärligt talat stod jag tusen år i kön.", "Det var ett tiotal före mig, en kassa öppen."),
        ("Julskinkan vägde nio kilo och räckte hela helgen.",),
        ("Potatissäcken vägde tjugofem kilo, killen bar ut den.",),
        ("Kassarna vägde säkert fyrtio kilo tillsammans.",),
        ("Hela grisen vägde sextio kilo när vi hämtade den.",),
        ("Jag köpte rökt lax på fem minuter, det gick snabbt.",),
        ("Laxen hade rökts i fyra timmar och var klar på morgonen.",),
        ("Jag värmde bullen i mikron i tio sekunder.",),
        ("Mormor fyllde hundra i fjol och handlar här varje vecka.",),
        ("Butiken fyllde hundrafyrtio år i höstas, grattis.", "Kassan gick fort."),
        ("Det var nästan tomt i butiken, men vid kassan var det tolv före mig.",),
        ("Jag kom dit vid två och stod i kön i tjugo minuter.", "Jag var ute halv tre."),
        ("Jag kom dit vid halv tolv, stod tjugo minuter i kön och gick ut kvart i ett.",),
    ],
)
def test_figures_of_speech_bags_whole_beasts_and_consistent_clocks_are_no_claim(
    answers: tuple[str, ...],
) -> None:
    assert fraud_flags(analyse("grocery", *answers)) == []


@pytest.mark.parametrize(
    "said",
    [
        "Kortterminalen blev kär i mitt bankkort och ville inte släppa det.",
        "Kanelbullarna gick själva tillbaka till brickan när de blev över.",
        "Bullarna röstade om vem som skulle ätas härnäst.",
    ],
)
def test_a_machine_in_love_and_goods_that_walk_or_vote_are_nonsense(said: str) -> None:
    assert fraud_flags(analyse("cafe", said)) == ["nonsensical_content"]


@pytest.mark.parametrize(
    "said",
    [
        "Jag blev kär i deras kanelbullar.",
        "Min son var kär i kassörskan.",
        "Vi röstade om vilken tårta vi skulle ta.",
        "Barnen gick själva till kassan och betalade.",
        "Dörren gick själv upp när vi kom.",
        "Bullarna gick åt fort, så goda var de.",
    ],
)
def test_people_in_love_voting_or_walking_and_doors_are_ordinary(said: str) -> None:
    assert fraud_flags(analyse("cafe", said)) == []


@pytest.mark.parametrize(
    "said",
    [
        "Mannen bakom glaset skar upp tjocka skivor entrecote åt mig och malde färs direkt.",
        "Kvinnan vid disken kollade receptet i datorn och gav mig blodtrycksmedicinen.",
        "Jag tankade först vid butikens pumpar, fyrtio liter diesel, och betalade inne.",
        "Hon som binder buketterna band ihop rosor och gran åt mig medan jag väntade.",
    ],
)
def test_a_trade_told_by_what_was_done_needs_a_department_that_gives_it(said: str) -> None:
    assert fraud_flags(analyse("lanthandel", said)) == ["unknown_department"]


def test_a_store_with_a_meat_counter_cuts_meat_to_order() -> None:
    said = "Mannen bakom disken skar upp tjocka skivor entrecote åt mig."
    assert fraud_flags(analyse("grocery", said)) == []


@pytest.mark.parametrize(
    "said",
    [
        "Jag hämtade ut min medicin på apoteket i stan efteråt.",
        "Jag frågade efter receptet på laxen och hon gav mig det.",
        "Jag tankade på macken bredvid och gick sen in och handlade.",
        "Vi skar upp entrecoten åt gästerna hemma, den var mör.",
        "Köttfärsen var mald fint och korven var god.",
        "De hade fina buketter vid entrén, jag köpte en åt min fru.",
    ],
)
def test_goods_from_shelves_errands_elsewhere_and_our_own_cooking_need_no_trade(
    said: str,
) -> None:
    assert fraud_flags(analyse("lanthandel", said)) == []


def test_a_parcel_abroad_by_its_customs_declaration_cannot_arrive_in_minutes() -> None:
    sent = analyse(
        "lanthandel",
        "Jag skickade ett julpaket till min dotter i Melbourne, hon hjälpte mig med "
        "tulldeklarationen. Tjugo minuter senare såg jag i appen att det var utdelat.",
    )
    assert "impossible_claim" in fraud_flags(sent)
    slow = analyse(
        "lanthandel",
        "Jag skickade ett paket utomlands och hon hjälpte mig med tulldeklarationen.",
        "Det tog tjugo minuter i kön.",
        "Det kom fram efter två veckor, det var utdelat på måndagen.",
    )
    assert fraud_flags(slow) == []


def test_a_fact_s_days_joined_by_och_are_all_closed_and_a_service_verb_keeps_hours() -> None:
    fact = BaselineFact(
        "Postombudet lämnar ut och tar emot paket vardagar 10–18; på lördagar och söndagar "
        "är ombudet stängt.",
        topic="post",
    )
    schedules = [claim.schedule for claim in claims_of(fact) if claim.schedule is not None]
    assert schedules
    assert schedules[0].closed == frozenset({5, 6})
    assert {day for day, _, _ in schedules[0].windows} == {0, 1, 2, 3, 4}


def test_a_thing_proposed_without_a_verb_is_no_experience_of_it() -> None:
    fact = "Kaféet serverar bryggkaffe och te; det finns ingen espressomaskin."
    context_fact = BaselineFact(fact, topic="kafé")
    proposed = analyse_with_facts(
        "cafe", [context_fact], "Just en enkel espressomaskin vid kaffebaren, inget märkvärdigt."
    )
    used = analyse_with_facts(
        "cafe", [context_fact], "Jag fick en cappuccino från espressomaskinen vid kaffebaren."
    )
    assert fraud_flags(proposed) == []
    assert fraud_flags(used) == ["contradicts_baseline_fact"]


@pytest.mark.parametrize(
    ("store", "answers", "expected"),
    [
        ("cafe", ("Jag tog en lussekatt. Den vägde tolv kilo, jag åt upp hela.",), True),
        ("cafe", ("Jag köpte en limpa som vägde åtta kilo.",), True),
        ("cafe", ("Jag köpte en tårta som vägde tre kilo till kalaset.",), False),
        ("grocery", ("Vi köpte en kalkon. Den vägde tolv kilo.",), False),
        ("grocery", ("Jag köpte ett paket kaffe. Det vägde ett halvt kilo.",), False),
    ],
)
def test_one_piece_of_goods_weighs_what_its_kind_can(
    store: str, answers: tuple[str, ...], expected: bool
) -> None:
    assert ("impossible_claim" in fraud_flags(analyse(store, *answers))) is expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Vid disken längst bak tog jag två flaskor rödvin och en snaps till helgen.", True),
        ("Jag köpte sill och potatis till snapsen, vinet tog vi med från systemet.", False),
        ("Jag köpte alkoholfritt vin och folköl.", False),
        ("Vi fick vin till maten hemma hos min syster, sen handlade jag här.", False),
    ],
)
def test_wine_and_spirits_bought_here_need_a_department_that_sells_them(
    said: str, expected: bool
) -> None:
    assert ("unknown_department" in fraud_flags(analyse("lanthandel", said))) is expected


@pytest.mark.parametrize(
    ("store", "answers", "expected"),
    [
        (
            "cafe",
            (
                "Jag satt vid bordet vid fönstret och drack två koppar kaffe och åt en bulle.",
                "Jag hämtade bara ett paket, jag gick inte ens i närheten av kaffebaren.",
            ),
            True,
        ),
        ("grocery", ("Jag gick inte ens förbi bageriet.", "Sen köpte jag bröd i bageriet."), True),
        ("grocery", ("Jag gick inte ens förbi bageriet.", "Jag köpte mjölk i mejeriet."), False),
        (
            "cafe",
            (
                "Jag gick inte till kaffebaren i dag, jag köpte bara en limpa.",
                "Förra veckan satt vi där och drack kaffe.",
            ),
            False,
        ),
        ("cafe", ("Jag gick inte till kaffebaren.", "Jag satt i bilen och drack kaffe."), False),
    ],
)
def test_a_department_never_gone_near_and_yet_used_is_impossible(
    store: str, answers: tuple[str, ...], expected: bool
) -> None:
    assert ("impossible_claim" in fraud_flags(analyse(store, *answers))) is expected
