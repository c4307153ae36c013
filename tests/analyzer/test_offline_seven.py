"""`offline-7`: content fraud read as mechanisms rather than words — an act denied and then
told of, a journey faster than anyone makes it between two hours of one sentence, more bulky
goods than one person carries in one trip — each beside the honest speech it must leave
alone.

Every call was written for this file, in the second development set's stores
(`offline_calls`), not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.offline_calls import analyse, fraud_flags


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
