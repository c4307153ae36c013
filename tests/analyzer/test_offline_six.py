"""`offline-6`: what earns nothing (appraisal words, lists of goods, wishes for more of
everything, another store by a neighbour's or a former home's shop) and what cannot be true
(goods that tell or act on themselves, a machine reading thoughts, a body no one has, places
no one comes from, weights no one carries, an account at odds with itself or with the hour
of the purchase), each beside the honest speech it must leave alone.

Every call was written for this file, in the second development set's stores
(`offline_calls`), not taken from a labelled set.
"""

from __future__ import annotations

import pytest

from kundrost.adapters.offline.fact_claims import ABSENT, claims_of
from kundrost.domain.analysis import FlagKind
from kundrost.domain.business_context import BaselineFact
from tests.analyzer.offline_calls import analyse, fraud_flags

MORNING = "2026-11-18T09:30:00+01:00"
AFTERNOON = "2026-11-18T16:30:00+01:00"


@pytest.mark.parametrize(
    "answers",
    [
        (
            "Helhetsintrycket var utmärkt och butikens koncept håller en hög och jämn nivå.",
            "Det är tydligt att ni arbetar strategiskt med kundnöjdhet och att medarbetarna är "
            "motiverade.",
            "Kassan hanterades effektivt och hela köpresan var friktionsfri.",
        ),
        (
            "Personalen bemötte mig med ett professionellt förhållningssätt och butiken kändes "
            "välskött.",
            "Jag uppskattar verkligen det engagemang ni lägger ner.",
        ),
        ("Jag köpte mjölk, bröd, ost, bananer och lite färs.", "Allt var som det skulle."),
        ("Vi ska ha tårta och kaffe sen.", "Det var trevligt i butiken."),
        ("Det var bra.", "Kanske bättre service och fler erbjudanden.", "Annars inget."),
        (
            "Där jag bodde förut, i Göteborg, hade affären en ostdisk där man fick smaka.",
            "Annars bra.",
        ),
        ("Grannbutiken har nybakat bröd varje morgon klockan sju.", "Hos er var det som vanligt."),
    ],
)
def test_appraisal_lists_and_wishes_for_more_of_everything_observe_nothing_specific(
    answers: tuple[str, ...],
) -> None:
    assert analyse("grocery", *answers).rubric.specific_observations == 0


@pytest.mark.parametrize(
    "answers",
    [
        ("Bananerna var alldeles gröna idag, dom går inte att äta på flera dagar.",),
        ("Jag önskar att ni hade havremjölk i liten förpackning, det finns bara liters.",),
        ("Vatten på golvet vid frysarna, jag höll på att halka.",),
        ("Pantautomaten vid entrén tog inte mina glasflaskor, bara burkarna.",),
    ],
)
def test_concrete_remarks_stay_specific(answers: tuple[str, ...]) -> None:
    assert analyse("grocery", *answers).rubric.specific_observations >= 1


def test_a_wait_with_an_oath_in_it_is_still_a_wait_at_the_queue() -> None:
    rubric = analyse(
        "grocery", "I dag stod jag tio jävla minuter innan det kom någon, hon var ensam i kassan."
    ).rubric
    assert rubric.problems >= 1


@pytest.mark.parametrize(
    "answers",
    [
        ("Limporna i bageriet hälsade på mig och sa mitt namn när jag kom in.",),
        ("Mjölkkylen hade flyttat sig själv till parkeringen när jag kom.", "Mjölken var kall."),
        ("Morötterna marscherade i takt upp på vågen vid frukten.", "Priset var bra."),
        ("Självscanningen läser av vad man tänker på.", "Jag tänkte på en ananas och fick en."),
        ("Kassörskan hade åtta armar och scannade med alla samtidigt.",),
        ("Kassörskan sa att hon pendlar från månen varje morgon.", "Hon var snabb."),
        ("I kolonialen svävade alla paket i luften.", "Man fick plocka dem ovanifrån."),
        ("En hund satt i kassan och tog betalt, den var snabb.",),
    ],
)
def test_goods_that_tell_or_act_on_themselves_and_what_no_body_does_are_nonsense(
    answers: tuple[str, ...],
) -> None:
    assert fraud_flags(analyse("grocery", *answers)) == ["nonsensical_content"]


@pytest.mark.parametrize(
    "answers",
    [
        ("Dörren öppnade sig själv när jag kom fram, och kassan var snabb.",),
        ("Surdegsbrödet säljer sig självt, det är så gott.",),
        ("Kanelbullarna var magiskt goda och personalen var osynlig hela tiden.",),
        ("Kassören läste mina tankar och packade kassen precis som jag ville.",),
        ("Bläckfisken i fiskdisken hade åtta armar, som den ska.",),
        ("Jag blev så glad att jag kunde flyga till månen.", "Kön var kort."),
        ("Barnen sprang runt och skrattade vid frukten, personalen var tålmodig.",),
        ("Kräftorna simmade i akvariet vid fiskdisken.",),
        ("Plantorna klättrade upp längs spaljén vid entrén.",),
        ("Jag dog nästan av skratt när kassörskan skämtade om vädret.",),
        ("En hund satt vid kassan och väntade på sin matte.", "Kassörskan var snabb."),
    ],
)
def test_idioms_machines_and_people_stay_honest(answers: tuple[str, ...]) -> None:
    assert analyse("grocery", *answers).flags(FlagKind.NONSENSICAL) == ()


@pytest.mark.parametrize(
    ("answers", "at"),
    [
        (("Jag tog trehundra kilo potatis och bar ut dem till bilen på två vändor.",), MORNING),
        (
            ("Jag köpte hundraåttio liter mjölk, lastade alltihop på sparken och sparkade hem.",),
            MORNING,
        ),
        (("Det är sex kilometer hem och jag sprang dit på tio minuter med kassarna.",), MORNING),
        (
            ("Jag betalade med kort, som jag alltid gör.", "Sen fick jag växel på min tusenlapp."),
            MORNING,
        ),
        (("Jag köpte ingenting den här gången.", "Kycklingfilén jag köpte var billig."), MORNING),
        (("Jag gick dit som vanligt.", "Sen lastade jag kassarna i bilen."), MORNING),
        (("Jag var där i morse och bröden var nybakade.",), AFTERNOON),
        (("Jag handlade precis innan ni stängde, det var lugnt.",), MORNING),
        (("Jag kom in klockan tre och när jag gick ut var klockan två.",), AFTERNOON),
    ],
)
def test_weights_speeds_and_accounts_at_odds_with_themselves_or_the_purchase_are_impossible(
    answers: tuple[str, ...], at: str
) -> None:
    assert fraud_flags(analyse("grocery", *answers, at=at)) == ["impossible_claim"]


@pytest.mark.parametrize(
    ("answers", "at"),
    [
        (("Jag bar ut tio kilo potatis till bilen.",), MORNING),
        (("Vi tog en kundvagn med trehundra kilo grus till bilen.",), MORNING),
        (("Jag betalade kontant med en femhundralapp och fick växel tillbaka.",), MORNING),
        (("Jag köpte ingenting i bageriet i dag, men frukten jag köpte var fin.",), MORNING),
        (("Jag var där i morse och bröden var nybakade.",), MORNING),
        (("Färsen luktade konstigt när jag lagade den i kväll.",), MORNING),
        (("Jag kom dit vid elva och gick hem vid ett, det var mycket att handla.",), AFTERNOON),
        (
            ("I morse när jag gick ut med hunden var det minus tjugo.", "Vantarna var bra."),
            AFTERNOON,
        ),
    ],
)
def test_honest_amounts_payments_and_hours_are_no_claims(answers: tuple[str, ...], at: str) -> None:
    assert analyse("grocery", *answers, at=at).flags(FlagKind.IMPOSSIBLE_CLAIM) == ()


@pytest.mark.parametrize(
    "said",
    [
        "Jag klippte mig hos frisören inne i butiken medan frun handlade.",
        "Jag lämnade in en kostym på kemtvätten i butiken.",
        "Blomsterhandlaren vid entrén band en fin bukett åt mig.",
        "Jag fixade naglarna på nagelsalongen inne i butiken.",
    ],
)
def test_a_service_counter_the_store_lacks_is_an_unknown_department(said: str) -> None:
    assert "unknown_department" in fraud_flags(analyse("grocery", said))


@pytest.mark.parametrize(
    "said",
    [
        "Jag kom direkt från frisören och köpte bananer, de var för gröna.",
        "Han sa att jag skulle fråga på apoteket om febern höll i sig.",
        "Jag gick till banken efteråt, men först köpte jag färs i köttdisken.",
    ],
)
def test_errands_and_advice_elsewhere_are_no_department_of_this_store(said: str) -> None:
    assert analyse("grocery", said).flags(FlagKind.UNKNOWN_DEPARTMENT) == ()


def test_a_fact_lacking_two_things_lacks_neither_of_its_verbs() -> None:
    fact = BaselineFact(
        "Butiken har inget apotek och lämnar inte ut receptbelagd medicin.", topic="läkemedel"
    )
    lacking = [claim.subject for claim in claims_of(fact) if claim.kind == ABSENT]
    assert lacking == ["apotek", "receptbelagd"]


@pytest.mark.parametrize(
    "said",
    [
        "Det här borde väl ge full utdelning.",
        "Jag hoppas att jag får mycket tillbaka för det här.",
        "Räcker det här för att få bonusen?",
        "Ni har lovat pengar tillbaka för bra svar.",
    ],
)
def test_a_reward_asked_for_in_other_words_is_a_reward_request(said: str) -> None:
    assert analyse("grocery", "Bananerna var gröna.", said).rubric.reward_request


@pytest.mark.parametrize(
    "said",
    [
        "Jag vill ha pengarna tillbaka för osten, den var möglig.",
        "Jag fick pengarna tillbaka direkt i kassan.",
    ],
)
def test_a_refund_is_no_reward_request(said: str) -> None:
    assert not analyse("grocery", said).rubric.reward_request


@pytest.mark.parametrize(
    "said",
    [
        "Min dotters affär i Malmö har en pantmaskin som tar glas, den är så smidig.",
        "Hemma i Finland har butikerna alltid färskt rågbröd varje morgon.",
        "På min arbetsplats har vi en kantin där kocken gör pannkakor varje torsdag.",
    ],
)
def test_someone_elses_shop_shops_at_large_and_the_workplace_are_elsewhere(said: str) -> None:
    rubric = analyse("grocery", said).rubric
    assert (rubric.observations, rubric.off_store_observations) == (0, 1)


def test_the_stores_own_name_in_the_genitive_is_this_store() -> None:
    said = "Björkbackens butik är min favorit, köttdisken har alltid fin färs."
    assert analyse("grocery", said).rubric.off_store_observations == 0
