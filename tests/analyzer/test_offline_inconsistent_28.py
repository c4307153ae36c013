"""`offline-28` (docs/analyzer.md): accounts that contradict themselves across answers, and
a child's fantasy told as such, at trades other than the training sets' bicycle shop and
optician (a pharmacy, a bakery, a petrol station, a hardware shop, a ski shop, a kiosk, a
campsite, a laundry).

Each fraud call states a fact about the customer or the visit in one answer and its
opposite in another: a child's age and a stage of school (`child_stages`), a first visit
ever and a regular's greeting (`consistency`), never having had a thing and one's old one
(`owned_states`), leaving empty-handed and a thing rented (`left_empty`), waiting the whole
time and going home and back (`stayed_put`), a booked hour and a leaving before it
(`timeline`). Each near miss must stay clean: two children, a stage told as past or as a
plan, a self-correction, a first visit with company, another's old thing, a return on
another day, times that fit.

Every sentence was written for this file, none taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.analyzer.shaped_grading import flagged_at as _flags

CONTRADICTED = (
    # a child's age and a stage of school
    (
        "apotek",
        (
            "Jag köpte febernedsättande till min dotter, hon fyllde tre i oktober.",
            "Farmaceuten var jättebra och förklarade doseringen noga för mig.",
            "Hon går i nian nu och har prov hela veckan, så hon ville bli frisk snabbt.",
        ),
    ),
    (
        "sport",
        (
            "Vi köpte skidor till sonen. Han är fem år och det var hans första par.",
            "Tjejen i skidverkstaden ställde in bindningarna medan vi väntade.",
            "Han tar körkort i vår, så han åker nog mindre skidor sen.",
        ),
    ),
    (
        "bageri",
        (
            "Vi köpte en tårta till lillkillen som fyller sex på lördag.",
            "Expediten vid tårtdisken skrev namnet med choklad och var jättetrevlig.",
            "Han går ju på högstadiet, så hela klassen fick var sin bit.",
        ),
    ),
    (
        "mack",
        (
            "Jag tankade och köpte en glass till min dotter, hon är två år.",
            "Killen i grillen var snabb och korven var varm.",
            "Hon går i femman, så hon fick välja glassen själv vid frysen.",
        ),
    ),
    (
        "camping",
        (
            "Vi hyrde en stuga, och vår treåring älskade stranden och bastun.",
            "Receptionen var snabb och gav oss en karta över området.",
            "Han börjar gymnasiet efter sommaren, så det var sista semestern med oss.",
        ),
    ),
    (
        "kiosk",
        (
            "Jag köpte en glass till min dotter, hon är fyra och älskar jordgubb.",
            "Tjejen i kassan var snabb och trevlig.",
            "Hon går i femman, så hon fick betala själv med sin egen peng.",
        ),
    ),
    # a first visit ever and a regular's account
    (
        "apotek",
        (
            "Det var första gången jag satte min fot på apoteket i Lindgården.",
            "Farmaceuten hälsar på mig med namn varje gång jag kommer.",
            "Hon hittade rätt nässpray direkt och förklarade hur den skulle tas.",
        ),
    ),
    (
        "järn",
        (
            "Jag har aldrig varit inne i järnboden förut, det var helt nytt för mig.",
            "Killen i färgavdelningen blandade rätt kulör på fem minuter.",
            "Jag har handlat här i åtta år och de är alltid lika hjälpsamma.",
        ),
    ),
    # never had a thing, yet one's old one
    (
        "mack",
        (
            "Jag har aldrig haft bil i hela mitt liv.",
            "Killen i kassan var trevlig och visade hur biltvätten fungerade.",
            "Jag tvättade min gamla bil i biltvätten och den blev skinande ren.",
        ),
    ),
    (
        "järn",
        (
            "Vi har aldrig haft någon gräsklippare.",
            "Killen i trädgård visade tre modeller och förklarade skillnaderna.",
            "Vår gamla gräsklippare gick sönder i somras, så vi köpte en ny med uppsamlare.",
        ),
    ),
    (
        "kiosk",
        (
            "Jag har aldrig haft ett busskort.",
            "Tjejen i kassan laddade kortet snabbt och gav mig kvittot.",
            "Mitt gamla busskort hade gått ut, så jag köpte ett nytt i kiosken.",
        ),
    ),
    (
        "sport",
        (
            "Vi har aldrig ägt några skidor, vi hyr alltid i uthyrningen.",
            "Tjejen i skidverkstaden var noggrann och visade hur bindningen fungerar.",
            "Våra gamla skidor var för korta, så nu fick vi prova längre.",
        ),
    ),
    # leaving empty-handed, yet a thing rented
    (
        "camping",
        (
            "Vi skulle hyra kanoter men alla var uthyrda, så vi gick därifrån tomhänta.",
            "Tjejen i uthyrningen beklagade och skrev upp vårt nummer.",
            "Kanoten vi hyrde var stabil och vi paddlade runt hela udden.",
        ),
    ),
    # waiting the whole time, yet going home and back
    (
        "tvätt",
        (
            "Jag satt kvar i tvättstugan hela tiden medan maskinen gick.",
            "Personalen var vänlig och visade hur torktumlaren fungerade.",
            "Jag gick hem och fikade en stund och kom tillbaka när torktumlaren var klar.",
        ),
    ),
    (
        "sport",
        (
            "Jag gick inte därifrån en enda gång medan de slipade skidorna.",
            "Killen i skidverkstaden var noggrann och visade kanterna efteråt.",
            "Jag promenerade iväg och åt lunch och gick tillbaka till verkstaden sen.",
        ),
    ),
    # a booked hour and a leaving before it
    (
        "apotek",
        (
            "Jag hade tid klockan tio för vaccinationen och kom precis i tid.",
            "Det tog en kvart med sprutan och väntan, farmaceuten var lugn och trevlig.",
            "Sen var jag ute igen halv tio och hann med bussen.",
        ),
    ),
    (
        "mack",
        (
            "Jag hade bokat en tid till klockan tre i biltvätten.",
            "Tvätten tog tjugo minuter och killen i kassan var trevlig.",
            "Jag var hemma igen halv tre, så det gick snabbt.",
        ),
    ),
)

HONEST = (
    # two children, a stage told as past or as a plan, a self-correction, someone else's stage
    (
        "sport",
        (
            "Hjälm till min dotter, hon fyllde fyra i november.",
            "Hennes storebror går i sexan och fick en ny hjälm också.",
            "Killen i skidverkstaden var jättebra med båda barnen.",
        ),
    ),
    (
        "apotek",
        (
            "Min dotter är sexton nu, men när hon gick i ettan köpte vi hennes första plåster här.",
            "Farmaceuten var vänlig och hittade rätt salva direkt.",
            "Nej, det var bra.",
        ),
    ),
    (
        "bageri",
        (
            "Min dotter är fyra, nej förlåt, fjorton, och hon går i åttan.",
            "Vi köpte en tårta vid tårtdisken och expediten skrev hennes namn.",
            "Nej, det var bra.",
        ),
    ),
    (
        "kiosk",
        (
            "Min son är fyra år och älskar korv.",
            "Tjejen i kassan berättade att hon går på gymnasiet och jobbar extra på helgerna.",
            "Korven var varm och hon var snabb.",
        ),
    ),
    (
        "mack",
        (
            "Min son är sju år och går i ettan, han fick välja en glass.",
            "Killen i grillen var snabb och korven var varm.",
            "Nej, det var bra.",
        ),
    ),
    # a first visit with company, or this year
    (
        "järn",
        (
            "Det var första gången jag var där med min son.",
            "Själv har jag handlat här i tio år, och killen i verktyg visade honom borrarna.",
            "Nej, det var bra.",
        ),
    ),
    (
        "apotek",
        (
            "Det var första gången jag var där i år.",
            "Farmaceuten hälsar på mig med namn varje gång jag kommer.",
            "Hon hittade rätt nässpray direkt.",
        ),
    ),
    (
        "apotek",
        (
            "Det var mitt första besök på apoteket.",
            "Min pappa har handlat där i tjugo år och farmaceuten kände igen efternamnet.",
            "Hon hittade rätt nässpray direkt.",
        ),
    ),
    # never had a kind, a likeness, another's old thing, from another place
    (
        "mack",
        (
            "Jag har aldrig haft en så bra bil som den här.",
            "Min gamla bil rostade sönder, och biltvätten tog bort allt salt från den nya.",
            "Killen i kassan var trevlig.",
        ),
    ),
    (
        "järn",
        (
            "Vi har aldrig haft någon gräsklippare från er.",
            "Vår gamla gräsklippare köpte vi någon annanstans, men killen i trädgård servade den.",
            "Nej, det var bra.",
        ),
    ),
    (
        "kiosk",
        (
            "Jag har aldrig haft busskort, jag har alltid cyklat.",
            "Min mans gamla busskort hade gått ut, så jag laddade ett nytt åt honom i kiosken.",
            "Tjejen i kassan var snabb.",
        ),
    ),
    (
        "apotek",
        (
            "Jag har aldrig haft progressiva glasögon förut.",
            "Mina gamla glasögon var vanliga läsglasögon, och farmaceuten visade nya.",
            "Nej, det var bra.",
        ),
    ),
    (
        "camping",
        (
            "Förra gången skulle vi hyra kanoter men de var slut, så vi gick därifrån tomhänta.",
            "Den här gången hyrde vi en kanot direkt i uthyrningen.",
            "Kanoten vi hyrde var stabil och tjejen i receptionen var snabb.",
        ),
    ),
    # waiting the whole time and leaving after, someone else going home, another visit
    (
        "tvätt",
        (
            "Jag satt kvar i tvättstugan hela tiden medan maskinen gick.",
            "Personalen var vänlig och visade hur torktumlaren fungerade.",
            "När allt var klart gick jag hem med tvätten.",
        ),
    ),
    (
        "sport",
        (
            "Jag satt kvar i skidverkstaden hela tiden medan de slipade skidorna.",
            "Min man åkte hem och kom tillbaka med kaffe till oss båda.",
            "Killen i skidverkstaden var noggrann.",
        ),
    ),
    (
        "apotek",
        (
            "Jag stod kvar vid receptdisken hela väntan, det tog tio minuter.",
            "Efteråt åkte jag hem och kom tillbaka dagen efter med kvittot för ersättningen.",
            "Farmaceuten var vänlig och förklarade allt.",
        ),
    ),
    (
        "tvätt",
        (
            "Förra gången gick jag hem och kom tillbaka när tvätten var klar.",
            "Den här gången satt jag kvar i tvättstugan hela tiden och läste.",
            "Personalen var vänlig och visade torktumlaren.",
        ),
    ),
    # a booked hour and a leaving after it
    (
        "apotek",
        (
            "Jag hade tid klockan två men kom redan kvart i två.",
            "Det tog tjugo minuter och farmaceuten var lugn och trevlig.",
            "Sen var jag ute igen halv tre och hann med bussen.",
        ),
    ),
    (
        "mack",
        (
            "Jag hade bokat en tid till klockan tre i biltvätten.",
            "Tvätten tog tjugo minuter och killen i kassan var trevlig.",
            "Jag var hemma igen halv fyra, så det gick snabbt.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), CONTRADICTED)
def test_an_account_contradicting_itself_across_answers_is_an_impossible_claim(
    key: str, answers: tuple[str, ...]
) -> None:
    assert "impossible_claim" in _flags(key, answers)


@pytest.mark.parametrize(("key", "answers"), HONEST)
def test_honest_near_misses_are_not_flagged(key: str, answers: tuple[str, ...]) -> None:
    assert _flags(key, answers) == []


IMAGINED = (
    (
        "bageri",
        (
            "Vi köpte en tårta till min dotter. Hon har bestämt att tårtan är ett slott där en "
            "enhörning bor.",
            "Expediten frågade om enhörningen ville ha extra strössel och skrev hennes namn.",
            "Nej, det var bra.",
        ),
    ),
    (
        "sport",
        (
            "Min son kallar sina nya skidor för Draken.",
            "Killen i skidverkstaden frågade hur draken mådde och vaxade dem gratis.",
            "Nej, det var bra.",
        ),
    ),
    (
        "järn",
        (
            "Barnbarnet tror att det bor ett spöke i färgavdelningen, för golvet knarrar.",
            "Expediten skojade med henne och sa att spöket är snällt och gillar blått.",
            "Vi köpte två burkar färg och en pensel.",
        ),
    ),
)

DEADPAN = (
    (
        "bageri",
        (
            "En drake satt i kassan och tog betalt för tårtan.",
            "Sen flög draken ut genom fönstret med alla kanelbullar.",
            "Nej, det var bra.",
        ),
    ),
    (
        "sport",
        (
            "Jag tror att det var en enhörning som vaxade mina skidor.",
            "Enhörningen tog betalt med kort och önskade god jul.",
            "Nej, det var bra.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), IMAGINED)
def test_a_being_of_a_childs_play_or_a_name_is_not_nonsense(
    key: str, answers: tuple[str, ...]
) -> None:
    assert "nonsensical_content" not in _flags(key, answers)


@pytest.mark.parametrize(("key", "answers"), DEADPAN)
def test_a_being_told_deadpan_or_vouched_for_is_still_nonsense(
    key: str, answers: tuple[str, ...]
) -> None:
    assert "nonsensical_content" in _flags(key, answers)


@pytest.mark.parametrize(
    ("key", "answers"),
    [
        (
            "bageri",
            (
                "Kanelbullarna viskade hemligheter till varandra i montern.",
                "Expediten var snabb och trevlig vid tårtdisken.",
                "Nej, det var bra.",
            ),
        ),
        (
            "järn",
            (
                "Färgburkarna viskar sina kulörer till varandra när ni har stängt.",
                "Killen i färgavdelningen blandade rätt kulör på fem minuter.",
                "Nej, det var bra.",
            ),
        ),
    ],
)
def test_goods_whispering_to_each_other_is_nonsense(key: str, answers: tuple[str, ...]) -> None:
    assert "nonsensical_content" in _flags(key, answers)


@pytest.mark.parametrize(
    ("key", "answers"),
    [
        (
            "bageri",
            (
                "Mina döttrar viskade till varandra om vilken tårta de ville ha.",
                "Expediten var snabb och trevlig vid tårtdisken.",
                "Nej, det var bra.",
            ),
        ),
        (
            "apotek",
            (
                "Farmaceuterna viskade till varandra innan de svarade på min fråga.",
                "Det tog lite tid men de hittade rätt salva till slut.",
                "Nej, det var bra.",
            ),
        ),
        (
            "järn",
            (
                "Grannarna viskade till varandra i kön om vilken färg som var bäst.",
                "Killen i färgavdelningen blandade rätt kulör på fem minuter.",
                "Nej, det var bra.",
            ),
        ),
    ],
)
def test_people_whispering_to_each_other_stay_honest(key: str, answers: tuple[str, ...]) -> None:
    assert "nonsensical_content" not in _flags(key, answers)


DEALING = (
    (
        "bageri",
        (
            "Kanelbullen bokade tårtan medan limpan växlade till Swish.",
            "Sen köpte mazarinen en kaffe åt baguetten, ungefär.",
            "Mer socker i kassan.",
        ),
    ),
    (
        "järn",
        (
            "Hammaren hyrde en stege och skruvmejseln betalade färgen.",
            "Alltså, spiken lånade tumstocken av sågen.",
            "Mer skruv i kunden.",
        ),
    ),
    (
        "apotek",
        (
            "Nässprayen beställde plåstren och salvan swishade kvittot.",
            "Vitaminerna var trevliga.",
            "Nej.",
        ),
    ),
)

DEALT_BY_PEOPLE = (
    (
        "apotek",
        (
            "Försäkringen betalade glasögonen och garantin bytte bågen.",
            "Farmaceuten var vänlig och förklarade allt.",
            "Nej, det var bra.",
        ),
    ),
    (
        "järn",
        (
            "Stegen bar han ut till bilen, och färgen köpte min fru.",
            "Grannen lånade stegen och sambon betalade färgen.",
            "Killen i färgavdelningen var snabb.",
        ),
    ),
    (
        "järn",
        (
            "Lampan bytte färg och skylten växlade mellan rött och grönt.",
            "Färgavdelningen beställde hem kulören och kassan växlade min tusenlapp.",
            "Nej, det var bra.",
        ),
    ),
    (
        "kiosk",
        (
            "Automaten växlade min hundralapp och appen bokade en tid.",
            "Sen köpte sonen en korv och dottern betalade med Swish.",
            "Tjejen i kassan var snabb.",
        ),
    ),
)


@pytest.mark.parametrize(("key", "answers"), DEALING)
def test_goods_dealing_with_goods_is_nonsense(key: str, answers: tuple[str, ...]) -> None:
    assert "nonsensical_content" in _flags(key, answers)


@pytest.mark.parametrize(("key", "answers"), DEALT_BY_PEOPLE)
def test_dealings_of_people_payers_departments_and_idioms_stay_honest(
    key: str, answers: tuple[str, ...]
) -> None:
    assert "nonsensical_content" not in _flags(key, answers)
