"""Impossible claims and surreal accounts at ten more kinds of business
(`impossible_shapes_17`): each is impossible or nonsensical content, or listed in `MISSED`
with why; every honest near miss is neither, or listed in `MISSED` while it is still flagged.

Every call was written for `impossible_shapes_17`, not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.impossible_shapes_17 import CALLS, HONEST, IMPOSSIBLE, NONSENSE
from tests.analyzer.inconsistency_shapes import Call
from tests.analyzer.offline_calls import call_cases, impossible, said_impossible

_NO_ACT = "saying, answering or complaining is said of a store or a desk in metonymy"
MISSED = {
    "impossible: a dog of sixty-five": (
        "a name is read as the animal only when given in apposition ('vår hund Sixten')"
    ),
    "impossible: Umeå to Lund by lorry in twenty minutes": (
        "the distance between two towns is not known"
    ),
    "impossible: four hundred boxes carried down at once by one man": (
        "the count is in the sentence before, and what one person carries at once is not read"
    ),
    "impossible: the leak fixed at three, the call made at four": (
        "a service before the call that asked for it is not read from clock times"
    ),
    "impossible: nine days under the sink without food or sleep": (
        "nine days awake is within the record (eleven); a job's longest stretch is not known"
    ),
    "impossible: the sweep climbed down inside a twelve-centimetre flue": (
        "a person in something narrower than a body is not read"
    ),
    "impossible: a three-kilo corn from the little toe": (
        "the weight of a corn, a wart or a splinter is not read against a toe"
    ),
    "nonsense: the blue cheese sang in French when cut": (
        "'den' is not read back to the cheese by the voiced-things reading; agency gives 0.7"
    ),
    "nonsense: the dog explained in words how he wanted his ears": (
        "Max is never said to be the dog, and a person named Max may say so"
    ),
    "nonsense: the drain answered where the blockage was": _NO_ACT,
    "nonsense: the sweep flew down from the roof without a ladder": (
        "a person flying alone earns 0.7 (prices fly), below nonsense"
    ),
    "nonsense: the riding helmet complained about my head": _NO_ACT,
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


def _cases(table: list[tuple[str, bool]]) -> list[object]:
    return [pytest.param(said, caught, id=said[:60]) for said, caught in table]


@pytest.mark.parametrize(
    ("said", "caught"),
    _cases(
        [
            ("Vår tax väger trehundra kilo och frisören lyfte upp honom själv.", True),
            ("Hästen väger tvåtusen kilo.", True),
            ("Pianot väger tvåhundraåttio kilo och jag bar upp det själv.", True),
            ("Vi fick en varmvattenberedare på tiotusen liter i städskåpet.", True),
            ("Pianot väger tvåhundraåttio kilo, och de var fyra man med bärselar.", False),
            ("Min häst väger sexhundra kilo, så täcket är i storlek 155.", False),
            ("Jag väger hundratjugo kilo så jag behövde en större cykel.", False),
            ("Vår mastiff väger hundratio kilo.", False),
            ("Han bytte vår varmvattenberedare på trehundra liter.", False),
            ("Bryggverket rymmer tusen liter per batch.", False),
            ("Vi köpte en pool på femtiotusen liter till trädgården.", False),
        ]
    ),
)
def test_a_weight_or_volume_a_thing_has_is_read_against_its_kind(said: str, caught: bool) -> None:
    assert said_impossible(said) is caught


@pytest.mark.parametrize(
    ("said", "caught"),
    _cases(
        [
            ("Han eldade i kaminen och det blev femtusen grader i vardagsrummet.", True),
            ("Vi badade i sjön och vattnet var sextio grader varmt.", True),
            ("Isen höll plus fyrtio grader och var hård.", True),
            ("Han sa att det kan bli åttahundra grader inne i kaminen.", False),
            ("Kaminen blir åttahundra grader varm inuti.", False),
            ("Jag badade i sjön, vattnet var tjugofyra grader.", False),
            ("Isen var minus fem grader och hård.", False),
            ("Det var plus tio grader ute så isen var mjuk.", False),
            ("Bastun vid sjön höll nittio grader.", False),
        ]
    ),
)
def test_fires_hold_heat_and_lakes_and_ice_do_not(said: str, caught: bool) -> None:
    assert said_impossible(said) is caught


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (("Vi köpte ett täcke till min häst Stella.", "Hon är åttiofem år och travar."), True),
        (("Vår tax Sigge är fyrtio år gammal.",), True),
        (("Katten är femtio år och jagar fortfarande möss.",), True),
        (("Jag var där med min mormor, som fyller hundrafyrtiofem i vår.",), True),
        (("Biodlaren har hållit på med bin i hundratjugo år.",), True),
        (("Stella är tjugoåtta år, så vi köpte ett tjockare täcke.",), False),
        (("Vår katt är tjugo år gammal.",), False),
        (
            ("Jag köpte ett täcke till min häst.", "Min mamma följde med. Hon är åttiofem år."),
            False,
        ),
        (("Min mormor fyller nittionio i vår.",), False),
        (("Familjen har hållit på med bin i hundrafemtio år.",), False),
        (("Butiken har funnits i hundratjugo år.",), False),
        (("Han fyller femtio i vår och har jobbat där i trettio år.",), False),
    ],
)
def test_ages_of_animals_birthdays_and_a_century_at_a_trade(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught


@pytest.mark.parametrize(
    ("said", "caught"),
    _cases(
        [
            ("Incheckningen var klockan tjugofem på kvällen.", True),
            ("Julölen bryggdes i december 2029.", True),
            ("Jag red hem på ponnyn i hundrafemtio kilometer i timmen.", True),
            ("Vi kom klockan 24 och allt var släckt.", False),
            ("Klockan tjugofem över sju kom bussen.", False),
            ("Julölen bryggdes i december 2025.", False),
            ("Hon kan galoppera i femtio kilometer i timmen på banan.", False),
            (
                "Vi red ut och sen körde vi hem hästen i släpet i hundrafemtio kilometer i timmen.",
                False,
            ),
        ]
    ),
)
def test_hours_a_day_lacks_later_years_and_ridden_speeds(said: str, caught: bool) -> None:
    assert said_impossible(said) is caught


@pytest.mark.parametrize(
    ("said", "caught"),
    _cases(
        [
            ("Deras IPA håller åttio procent alkohol.", True),
            ("Stugan är fyra kvadratmeter och vi sov trettio personer där.", True),
            ("Skorstenen på vår villa är åttahundra meter hög.", True),
            ("Osthyveln är fyra meter lång och ligger i kökslådan.", True),
            ("Pälsen var fyrtio meter lång innan de klippte.", True),
            ("Helgen varade i nio dagar, från fredag till söndag.", True),
            ("En av bina var stor som en katt.", True),
            ("Jag har storlek nittiofyra i ridstövlar.", True),
            ("Han sotade trehundra skorstenar på en förmiddag, alldeles ensam.", True),
            ("Deras imperial stout är på tolv procent alkohol.", False),
            ("Lokalen är hundra kvadratmeter och vi var trettio personer.", False),
            ("Berget bakom stugan är åttahundra meter högt.", False),
            ("Skorstenen på gården är tolv meter hög.", False),
            ("Måttbandet är fem meter långt och ligger i fickan.", False),
            ("Hennes hår är två meter långt.", False),
            ("Vi bodde där från fredag till söndag, tre dagar.", False),
            ("Getingarna var stora som tummar.", False),
            ("Min häst har täcke i storlek 155.", False),
            ("Hon tar ensam hand om hundra kunder om dagen.", False),
        ]
    ),
)
def test_a_measure_no_such_thing_has(said: str, caught: bool) -> None:
    assert said_impossible(said) is caught


@pytest.mark.parametrize(
    ("answers", "caught"),
    [
        (("Vi var där i fyrtiofem minuter.", "Turen varade i nio timmar och vi såg allt."), True),
        (("Jag stod vid ostdisken i tre dygn innan någon kom.",), True),
        (("Hela klippningen av vår pudel tog tre sekunder.",), True),
        (("På provningen åt jag upp ungefär sextio kilo ost.",), True),
        (("Vi var där i två timmar.", "Visningen varade i en timme och vi fick smaka."), False),
        (("Jag väntade på leveransen i tre dygn och stod sen vid disken en kvart.",), False),
        (("Klippningen av pudeln tog fem minuter längre än vanligt.",), False),
        (("Trimningen tog två och en halv timme.",), False),
        (("Vi åt upp ungefär två kilo ost tillsammans.",), False),
    ],
)
def test_parts_of_a_visit_days_at_a_counter_and_jobs_that_took_seconds(
    answers: tuple[str, ...], caught: bool
) -> None:
    assert said_impossible(*answers) is caught


@pytest.mark.parametrize(
    ("said", "caught"),
    _cases(
        [
            ("Rören tackade honom med en riktig röst.", True),
            ("Bryggkaret skrattade åt mitt skämt.", True),
            ("Humlen i säckarna viskade receptet till mig.", True),
            ("Honungsburken nynnade på en sång.", True),
            ("Skorstenen hostade till och sa tack.", True),
            ("Garderoben gick själv uppför trapporna.", True),
            ("När vi vaknade hade stugan flyttat sig ner till sjön.", True),
            ("Hunden bokade själv nästa tid.", True),
            ("Det var en älg i receptionen som lämnade ut nycklarna.", True),
            ("Vattnet förvandlades till mjölk när hon knäppte med fingrarna.", True),
            ("Papegojan sa hej med en ljus röst.", False),
            ("Gitarren sjöng med en varm röst.", False),
            ("Frisören skrattade åt mitt skämt.", False),
            ("Anna skrattade åt mitt skämt.", False),
            ("Magen sa tack efteråt.", False),
            ("Dockan sa hej med en pipig röst när man tryckte på magen.", False),
            ("Fötterna tackade mig efteråt, de har aldrig känts så lätta.", False),
            ("Rören sjöng hela natten innan han kom.", False),
            ("Min son sa att bryggkaret skrattade åt mitt skämt.", False),
            ("Dörren gick igen av sig själv.", False),
            ("Kön flyttade sig framåt till slut.", False),
            ("Killarna ställde själva in allt i köket.", False),
            ("Vi bokade hunden till nästa tisdag.", False),
            ("Hunden satt bredvid när hon tog betalt.", False),
            ("Bina surrade runt kassan där hon tog betalt.", False),
        ]
    ),
)
def test_things_voiced_or_moving_themselves_and_animals_at_work(said: str, caught: bool) -> None:
    assert said_impossible(said) is caught
