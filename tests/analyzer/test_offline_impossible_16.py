"""Impossible claims and surreal accounts at ten more kinds of business
(`impossible_shapes_16`): each is impossible or nonsensical content, or listed in `MISSED`
with why; every honest near miss is neither, or listed in `MISSED` while it is still flagged.

Every call was written for `impossible_shapes_16`, not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.impossible_shapes_16 import CALLS, HONEST, IMPOSSIBLE, NONSENSE
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.offline_calls import call_cases, impossible, said_impossible

_NO_ROOM = "a showroom said 'där uppe' is no room the dimension reading knows"
_NO_ACT = "walking out, sitting down, going home or fetching are no listed acts of a thing"
_TELLS = (
    "what a thing got tells may be the text it carries ('boken jag köpte berättade'), so "
    "telling, saying and answering are not read of a relative clause's head"
)
MISSED = {
    "impossible: a dining table twelve hundred metres long in the showroom": _NO_ROOM,
    "impossible: a whole kitchen of twenty cabinets assembled in thirty seconds": (
        "a whole thing built is read, twenty things assembled in seconds is not"
    ),
    "impossible: came from Malmö to Stockholm in two minutes": (
        "the distance between two towns is not known"
    ),
    "impossible: a five-watt bulb heating the whole house": (
        "no heat of a lamp is weighed against a house"
    ),
    "impossible: four million lamps in a small room": (
        "a count is read against a shelf, box or bag, not a room"
    ),
    "impossible: forty people in the back seat of a family car": "no seats of a car are known",
    "impossible: four wheels carried on one little finger": (
        "a load without a weight said is not weighed"
    ),
    "impossible: a two-thousand-metre drive into the hole": (
        "no length of a stroke or a throw is known"
    ),
    "impossible: skating at two hundred km/h around the rink": (
        "skating is no vehicle and no runner; 'åkte' is also said of cars"
    ),
    "impossible: a four-year-old's quintuple axel on her first time on skates": (
        "a feat no one has landed is sport knowledge, not a measure"
    ),
    "impossible: nine hours of skating in a two-hour public session": (
        "a session's hours (['åkning är mellan tolv och två']) are no opening hours"
    ),
    "impossible: half a kilo of beans for thirty thousand cups": "servings per weight are not read",
    "impossible: a goldfish three metres long after a week in sixty litres": (
        "no size of an animal is read against its tank"
    ),
    "impossible: a killer whale in a thirty-litre tank": "no size of an animal is known",
    "impossible: fish four days without water in a paper bag": (
        "the body limits are read of people, not of fish"
    ),
    "impossible: a tortoise keeping pace with the bus at sixty km/h": (
        "the bus near the speed reads as its motor"
    ),
    "impossible: a four-by-five wool rug in a wallet": (
        "only a sofa, a bed or 'stor som en buss' is read as too big for a pocket"
    ),
    "impossible: twelve square metres knotted by hand in two hours": (
        "no least time of a craft is known"
    ),
    "impossible: a full back piece in colour done in five minutes": (
        "no least time of a craft is known"
    ),
    "impossible: twenty kilos heavier from the ink": "a weight gained is not read",
    "nonsense: the armchair walked out and sat in the car": _NO_ACT,
    "nonsense: the sofa sighed and asked me to sit": (
        "'soffan' is a topic word (seating), so it is not read as goods that may act"
    ),
    "nonsense: the key walked home and unlocked the door": _NO_ACT,
    "nonsense: the table lamp answers good night": _TELLS,
    "nonsense: a bulb conjured from the ear glowing without a cord": (
        "a conjuring trick is also how a shop assistant is praised"
    ),
    "nonsense: the car winked and asked to live with us": (
        "a car that winks and speaks earns 0.7, below nonsense: one act is a figure of speech"
    ),
    "nonsense: the ball apologised in mid-air": (
        "'bad om ursäkt' is no listed act, and 'jag slog' is no clause of getting"
    ),
    "nonsense: the flag on the ninth ran off": (
        "a flag is of no known kind, never bought or shelved in the call"
    ),
    "nonsense: the ice sang a waltz": (
        "ice is of no known kind, never bought or shelved in the call"
    ),
    "nonsense: the hired skates fetched hot chocolate": _NO_ACT,
    "nonsense: the goldfish told me its name": _TELLS,
    "nonsense: the starfish counted my change": (
        "counting is no listed act, and a starfish is no listed animal"
    ),
    "nonsense: the rug flew me home over town": (
        "flying alone earns 0.7, below nonsense (prices fly)"
    ),
    "nonsense: the pattern moves around every night": "moving about is no listed act of a thing",
    "nonsense: the tattooed dragon flew out of the window": (
        "a dragon alone earns 0.7 (a fantastic being), below nonsense"
    ),
}
"""Shapes the analyzer does not yet read, or honest calls it still flags, with why (strict
xfails)."""


@pytest.mark.parametrize("call", call_cases(IMPOSSIBLE + NONSENSE, MISSED))
def test_an_impossible_or_surreal_claim_is_caught(call: Call) -> None:
    assert impossible(call)


@pytest.mark.parametrize("call", call_cases(HONEST, MISSED))
def test_an_honest_near_miss_is_clean(call: Call) -> None:
    assert not impossible(call)


def test_the_material_holds_sixty_frauds_and_sixty_honest_calls_at_ten_kinds() -> None:
    assert len(IMPOSSIBLE) >= 40
    assert len(NONSENSE) >= 20
    assert len(HONEST) >= 60
    assert len({c.store for c in CALLS}) == 10
    assert len({c.shape for c in CALLS}) == len(CALLS)
    assert set(MISSED) <= {c.shape for c in CALLS}


@pytest.mark.parametrize(
    "answers",
    [
        ("Jag stod i kön i fem timmar.",),
        ("Jag stod i kön på fem timmar innan jag kom fram.",),
        ("Kön var två kilometer lång.",),
        ("Jag åt femtio bullar på en gång.",),
        ("Vi åt oss mätta på fyrtio kanelbullar vid borden.",),
        ("Barnen åt dem direkt, alla fyrtio bullarna.",),
        ("Jag köpte trettio semlor och åt dem allihop innan jag gick till kassan.",),
        ("Potatisen var billig i veckan, så jag köpte tvåhundrafemtio kilo.",),
        ("Kassaskåpet väger trehundra kilo.", "Jag bar in det själv."),
        ("Kylen höll tvåhundra grader.",),
        ("De rostade bönorna i tvåtusen grader i maskinen.",),
    ],
)
def test_the_narrowed_readings_still_catch(answers: tuple[str, ...]) -> None:
    assert said_impossible(*answers)


@pytest.mark.parametrize(
    "answers",
    [
        ("Vi gick arton hål på fem timmar, det var kö vid nästan varje tee.",),
        ("Spelarna på träningen före oss sköt pucken i hundrasjuttio kilometer i timmen.",),
        ("Säljaren rullade ut femtio mattor åt oss.",),
        ("Han plockade fram tjugo tröjor åt mig att prova.",),
        ("De rostar omkring tvåhundra kilo bönor i veckan.",),
        ("De säljer tvåhundra liter mjölk om dagen.",),
        ("Kassaskåpet väger trehundra kilo.", "De bar in det med en trappklättrare."),
        ("Vi köpte ett akvarium på femhundra liter.", "De levererade det hem på en pall."),
        ("Rostaren höll runt tvåhundratjugo grader och vi stod bredvid.",),
    ],
)
def test_the_near_misses_of_each_narrowed_reading_are_clean(answers: tuple[str, ...]) -> None:
    assert not said_impossible(*answers)


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (("De monterade dörren den trettionde februari, på utsatt tid.",), True),
        (("Vi spelade arton hål den trettioförsta april.",), True),
        (("Leveransen kom den 31 juni.",), True),
        (("Vi var där den 29 februari.",), False),
        (("Vi var där den trettionde mars.",), False),
        (("Leveransen kom den 31 maj.",), False),
        (("Om de hade kommit den trettionde februari hade det varit ett under.",), False),
        (("De kom den trettioförsta juni, sa han på skämt.",), False),
    ],
)
def test_a_day_its_month_lacks_is_an_impossible_claim(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught


@pytest.mark.parametrize(
    "answers",
    [
        ("Montörerna skyddade golvet och städade efter sig.",),
        ("Snickarna lackade bordet och städade efteråt.",),
    ],
)
def test_the_object_of_a_verb_is_not_who_acts_next(answers: tuple[str, ...]) -> None:
    assert not said_impossible(*answers)


def test_a_thing_after_its_verb_is_still_the_subject() -> None:
    assert said_impossible("Sen pratade osten med mig om vädret.", "Osten grälade med brödet.")


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (("Låssmeden öppnade dörren genom att viska till låset.",), True),
        (("Baristan fyllde min kopp bara genom att titta på den.",), True),
        (("Tandläkaren drog ut tanden bara genom att titta på den.",), True),
        (("Tatueraren ritade in tatueringen i huden bara med tanken.",), True),
        (("Mekanikern hittade felet bara genom att titta på motorn.",), False),
        (("Jag låste upp mobilen genom att titta på den.",), False),
        (("Han öppnade låset genom att dyrka med två verktyg.",), False),
        (("Min son sa att låssmeden öppnade dörren genom att viska, han är fem.",), False),
        (("Det kändes som att hon lagade cykeln genom att bara titta på den.",), False),
        (("Hon drog slutsatsen genom att titta på kvittot.",), False),
        (("Frisören förvandlade mitt hår genom att klippa det kort.",), False),
    ],
)
def test_a_thing_changed_by_a_look_or_a_whisper_is_nonsense(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (("Låssmeden är hundrafemtio år gammal och snabbast i stan.",), True),
        (("Tatueraren är sex år gammal och har jobbat som tatuerare i tjugo år.",), True),
        (("Mattan är över hundra år gammal, en antik kelim.",), False),
        (("Butiken är hundrafemtio år gammal.",), False),
        (("Frisören är trettio år och har jobbat i femton år.",), False),
        (("Säljaren var sjuttiofem år och hade jobbat där i femtio år.",), False),
        (("Min son sa att tatueraren var hundra år gammal, han är fem.",), False),
        (("Guldfiskar kan bli trettio år gamla, sa expediten.",), False),
    ],
)
def test_an_age_no_person_has_is_an_impossible_claim(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (("Ute på E4:an körde vi i sexhundra kilometer i timmen.",), True),
        (("Planet flög i niohundra kilometer i timmen till Thailand.",), False),
        (("Tåget i Japan går i sexhundra kilometer i timmen, sa säljaren.",), False),
        (("Bilen går i tvåhundrafemtio kilometer i timmen.",), False),
        (("Om bilen kunde gå i sexhundra kilometer i timmen hade jag köpt den.",), False),
        (("Det kändes som att vi körde i femhundra kilometer i timmen.",), False),
    ],
)
def test_a_speed_nothing_on_land_reaches_is_an_impossible_claim(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (
            (
                "Vi hann bara vara där en kvart innan de stängde.",
                "Under den kvarten provlåg vi sängarna i tre timmar.",
            ),
            True,
        ),
        (("Vi hann vara där en timme.", "Under den timmen provade vi sängar i en timme."), False),
        (("Mattan vi köpte är knuten år 2095.",), True),
        (("Mattan är knuten år 1895, en antik matta.",), False),
        (("Svärdet är smitt år 2080 enligt säljaren, han skojade.",), False),
    ],
)
def test_a_stay_after_a_modal_and_a_rug_knotted_later_are_read(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught
