"""Another business told by how it is introduced (`offline-28`, `other_business`,
`other_premises.declared_subject`, `elsewhere`), at a hardware store, a florist, a bakery and
a bicycle shop — none the trade of the call it was found in (a bicycle shop's and an
optician's training calls about a sports chain's store in Västerås, a small workshop in
another town, a friend's garage, the municipality, the hospital's eye clinic).

A business of any trade introduced indefinitely ("på en liten verkstad", "hos en florist i
Västerås"), in someone else's genitive ("sportkedjans varuhus", "Lasses verkstad"), as a
private place where someone else did the work ("min svåger fixar allt i sitt garage"), or
declared the subject or the problem ("det stora problemet är kommunen", "det är regionen som
måste bli bättre", "det jag vill prata om är mottagningen på lasarettet") is not this store;
the talk stays there through answers that go on with it ("där", "de", "han", "hon"), and a
wish that this store pass a word on to it ("om ni kunde prata med kommunen") asks nothing of
this store. Such a call is not paid.

Near misses that must stay paid: another business cited as the idea to copy, a comparison
that observes this store, a stop on the way here, a likeness ("som på ett riktigt bageri"),
shops at large ("man får sällan sån hjälp i en butik"), this store's own name in the
genitive, this store's goods used at someone's home, "hon i kassan" after talk of another
place, a wish to talk to this store's own supplier, a declared problem of this store's.
"""

from __future__ import annotations

import pytest

from kundrost.domain import Grade
from kundrost.domain.rubric import Rubric
from tests.analyzer.fact_shapes import STORES, store_context
from tests.analyzer.shaped_grading import analysed, graded
from tests.analyzer.town_stores import graded_at, rubric_at

QUESTIONS = (
    "Hur blev du bemött i butiken?",
    "Kan du berätta mer?",
    "Finns det något vi kan göra bättre?",
)

ELSEWHERE = (
    pytest.param(
        "järn",
        (
            "Jag har inte köpt så mycket hos er. Men i somras var jag på en liten järnhandel "
            "i Hedemora.",
            "En gubbe som heter Sune kapade mina reglar på mått medan jag väntade, och han "
            "lånade ut en skruvdragare över helgen. Han tog femtio kronor.",
            "Inget särskilt om er, jag ville mest berätta om Sune.",
        ),
        id="indefinite-hardware-in-a-town",
    ),
    pytest.param(
        "blommor",
        (
            "Jo, men det jag egentligen ville berätta om är när jag var på trädgårdskedjans "
            "varuhus i Enköping förra helgen.",
            "Där hade de ställt alla julstjärnor i dragit vid entrén, och en ung kille kunde "
            "inte svara på en enda fråga om skötseln. Jag stod där i tjugo minuter.",
            "Det var ju där det var dåligt, inte hos er. Hos er köpte jag bara ett kort.",
        ),
        id="a-chains-store-in-the-genitive",
    ),
    pytest.param(
        "bageri",
        (
            "Jag brukar inte köpa tårtor i affärer. Min svägerska bakar allt i sitt kök.",
            "Hon gjorde en prinsesstårta med tre lager till min dotters dop förra helgen, "
            "och hon lät barnen spritsa rosorna själva.",
            "Nej, jag köpte bara en limpa hos er.",
        ),
        id="a-relations-kitchen-then-hon",
    ),
    pytest.param(
        "cykel",
        (
            "Ni är trevliga. Men det stora problemet är kommunen.",
            "Cykelbanan längs Järnvägsgatan plogas sist av allt. I tisdags låg det femton "
            "centimeter snö på den klockan sju, och vid bron sandar de aldrig.",
            "Om ni kunde prata med kommunen om cykelbanorna vore det bra. Annars inget.",
        ),
        id="the-problem-is-the-municipality",
    ),
    pytest.param(
        "järn",
        (
            "I butiken köpte jag bara en tumstock. Men det jag vill prata om är "
            "akutmottagningen på lasarettet.",
            "Där fick jag vänta i fem timmar med ett sår i handen, och när jag väl kom in "
            "fick jag sitta i ett väntrum utan stolar.",
            "Det är regionen som måste bli bättre, inte ni.",
        ),
        id="the-hospital-declared",
    ),
    pytest.param(
        "bageri",
        (
            "Jag köper faktiskt mina kakor hos en konditor i Hudiksvall. Där har de en "
            "vedugn och sju sorters småkakor varje lördag.",
            "De slår in kakorna i vitt papper med snöre, och ägaren Berit ger alltid barnen "
            "en pepparkaka.",
            "Jag vet inte, jag handlar mest där.",
        ),
        id="indefinite-confectioner-in-a-town",
    ),
    pytest.param(
        "blommor",
        (
            "Buketten köpte jag inte här. Jag beställde den från en florist i Västerås till "
            "min mammas födelsedag.",
            "De band den med eukalyptus och bär, och budet kom på en timme med ett "
            "handskrivet kort.",
            "Hos er var det inget särskilt, jag köpte bara en kruka.",
        ),
        id="ordered-from-an-indefinite-florist",
    ),
    pytest.param(
        "cykel",
        (
            "Jag lämnar aldrig in cykeln på verkstad. Min granne Ove fixar allt i sitt garage.",
            "Han bytte kedjan och kassetten på en kvart förra lördagen, och han visade hur "
            "man spänner vajrarna med en tång.",
            "Nej, jag köpte bara en ringklocka hos er.",
        ),
        id="a-neighbours-garage-then-han",
    ),
    pytest.param(
        "bageri",
        (
            "Jag handlade inget särskilt här. Men i helgen fikade vi på ett litet kafé i Järvsö.",
            "De hade en vedeldad ugn och bakade våfflor med hjortronsylt, och ägaren Britt "
            "kom ut och pratade med alla gäster.",
            "Inget särskilt om er, det var mest det jag ville berätta.",
        ),
        id="an-indefinite-cafe-at-a-bakery-with-a-cafe",
    ),
    pytest.param(
        "bageri",
        (
            "När jag var i Västerås förra helgen gick vi in på konditoriet vid torget.",
            "Där hade de sju sorters småkakor i glasburkar, och ägaren bjöd barnen på "
            "varsin pepparkaka. Vi satt där i en timme.",
            "Hos er köpte jag bara en limpa.",
        ),
        id="a-business-in-a-town-visited",
    ),
    pytest.param(
        "järn",
        (
            "Vi var uppe i Sundsvall i somras och handlade på byggvaruhuset vid motorvägen.",
            "Där lastade de in allt virke i bilen åt oss, och en kille kapade reglarna på "
            "mått på tio minuter.",
            "Nej, jag köpte bara en tumstock hos er.",
        ),
        id="a-builders-merchant-in-a-town-visited",
    ),
)

NEAR = (
    pytest.param(
        "järn",
        (
            "Skruvarna i lösvikt låg huller om buller vid verktygsväggen, jag letade i tio "
            "minuter.",
            "Sätt upp små lådor med etiketter vid verktygsväggen. Så har de i en järnhandel "
            "i Hedemora, det kostar nästan ingenting.",
            "Nej, det var bra.",
        ),
        id="the-source-of-an-idea-after-a-suggestion",
    ),
    pytest.param(
        "bageri",
        (
            "Vi var i Västerås på kalas och köpte tårtan i bakdisken här på vägen, den var "
            "perfekt och marsipanen var mjuk.",
            "Expediten lade den i en kartong med kylklamp.",
            "Nej, det var bra.",
        ),
        id="a-town-visited-and-this-store-on-the-way",
    ),
    pytest.param(
        "bageri",
        (
            "På ett kafé i Falun hade de nummerlappar vid disken, det borde ni också ha. "
            "Här stod jag i kön vid bakdisken i femton minuter på lördagen.",
            "Kanelbullarna var nybakade och fortfarande varma, det var bra.",
            "Nummerlappar vid bakdisken på helgerna.",
        ),
        id="the-idea-to-copy",
    ),
    pytest.param(
        "blommor",
        (
            "Hos en florist i Västerås vissnade tulpanerna på två dagar, men era tulpaner "
            "höll i tio dagar i vasen.",
            "Buketterna var snyggt bundna och expediten slog in dem i papper på en minut.",
            "Nej, det var bra.",
        ),
        id="a-comparison-observing-this-store",
    ),
    pytest.param(
        "järn",
        (
            "Jag stannade på en mack på vägen hit, och här hittade expediten rätt skruvar "
            "vid verktygsväggen på en minut.",
            "Färgdisken blandade en liter lackfärg på fem minuter.",
            "Nej, det var bra.",
        ),
        id="a-stop-on-the-way-here",
    ),
    pytest.param(
        "bageri",
        (
            "Det kändes som att komma in på ett riktigt bageri. Kanelbullarna i bakdisken var "
            "varma och limpan var nybakad i morse.",
            "Expediten skivade limpan åt mig och lade den i en papperspåse.",
            "Nej, det var bra.",
        ),
        id="a-likeness",
    ),
    pytest.param(
        "järn",
        (
            "Man får sällan sån hjälp i en butik. Expediten vid färgdisken blandade en "
            "kulör åt mig och målade en provbit på fem minuter.",
            "Han visade också vilka penslar som passade till lacken vid verktygsväggen.",
            "Nej, det var bra.",
        ),
        id="shops-at-large",
    ),
    pytest.param(
        "bageri",
        (
            "Vi åt tårtan hemma hos min syster, och marsipanen var torr och sprucken redan "
            "när vi öppnade kartongen.",
            "Jag hämtade den vid bakdisken klockan tio, och den hade stått framme utan kylning.",
            "Ställ tårtorna i kylen tills de hämtas.",
        ),
        id="this-stores-goods-at-a-relations-home",
    ),
    pytest.param(
        "blommor",
        (
            "Jag var på ett kafé först och kom hit sent, fem minuter innan stängning.",
            "Hon i kassan var jättesnabb och slog in rosorna i papper på två minuter, fast "
            "hon höll på att stänga.",
            "Nej, det var bra.",
        ),
        id="hon-i-kassan-after-another-place",
    ),
    pytest.param(
        "cykel",
        (
            "Det stora problemet är verkstaden. Jag lämnade cykeln för service och fick den "
            "tillbaka efter tolv dagar i stället för tre.",
            "Bromsarna gnisslade fortfarande när jag hämtade den.",
            "Ni borde prata med leverantören om bromsklossarna, två av tre var fel storlek.",
        ),
        id="a-problem-of-this-stores-own",
    ),
)


UNPLACED_ELSEWHERE = (
    pytest.param(
        "apotek",
        (
            "Här köpte jag bara en tandkräm. Men i julas var jag på ett litet apotek i Mora.",
            "Farmaceuten där ringde min läkare och fick receptet ändrat på tio minuter, och de "
            "hade en stol vid disken för oss som inte orkar stå.",
            "Inget särskilt om er, jag ville mest berätta om dem.",
        ),
        id="pharmacy-an-indefinite-pharmacy-in-a-town",
    ),
    pytest.param(
        "mack",
        (
            "Jo, men det jag egentligen ville berätta om är när jag var på Gunnars verkstad "
            "i Hallstahammar förra veckan.",
            "Där bytte de bromsskivorna på en timme, och de tvättade bilen utan att jag bad "
            "om det. Jag fick kaffe och en bulle medan jag väntade.",
            "Hos er tankade jag bara.",
        ),
        id="fuel-station-someones-workshop",
    ),
    pytest.param(
        "kiosk",
        (
            "Ni är schyssta. Men det stora problemet är busbolaget.",
            "Bussen från Centralen kom tjugo minuter sent tre dagar i rad, och chauffören "
            "släppte inte på barnvagnar.",
            "Om ni kunde säga till busbolaget att de måste skärpa sig vore det bra.",
        ),
        id="kiosk-the-problem-is-the-bus-company",
    ),
    pytest.param(
        "blommor",
        (
            "Jag köper mina buketter hos en florist i Västerås. Där binder de allt med "
            "eukalyptus och slår in det i brunt papper med snöre.",
            "De har en kyl med rosor från Kenya och tulpaner från Enkhuizen, och ägaren "
            "Lena minns alltid vad jag köpte förra gången.",
            "Hos er köpte jag bara ett kort.",
        ),
        id="unplaced-florist-an-indefinite-florist-in-a-town",
    ),
    pytest.param(
        "kiosk",
        (
            "Jag köper mina tidningar från en sida i Danmark, de kommer med posten varje fredag.",
            "De har alla engelska magasin, de skickar ett sms när paketet är på väg och "
            "portot är gratis över tvåhundra kronor.",
            "Hos er köpte jag bara en kaffe.",
        ),
        id="kiosk-a-site-abroad",
    ),
    pytest.param(
        "mack",
        (
            "Här tankade jag bara. Men i måndags lämnade jag bilen på Bosse:s bilverkstad "
            "i Köping.",
            "Där bytte de bromsskivorna på en timme och ringde när den var klar, och "
            "Bosse visade de gamla skivorna.",
            "Inget särskilt om er.",
        ),
        id="fuel-station-a-workshop-in-a-colon-genitive",
    ),
)

UNPLACED_NEAR = (
    pytest.param(
        "apotek",
        (
            "På ett apotek i Mora har de en stol vid disken, det borde ni också ha. Jag stod "
            "vid receptdisken i tjugo minuter med min dåliga höft.",
            "Farmaceuten var trevlig och förklarade doseringen noga.",
            "En stol vid receptdisken.",
        ),
        id="pharmacy-the-idea-to-copy",
    ),
    pytest.param(
        "mack",
        (
            "Jag var hos en kompis i Västerås och körde hit direkt efter. Här var "
            "tvättmaskinen trasig, den stannade mitt i programmet två gånger.",
            "Kassören gav mig en ny kod utan att fråga, det var bra.",
            "Laga tvätten, den har varit trasig hela veckan.",
        ),
        id="fuel-station-a-visit-before-this-one",
    ),
    pytest.param(
        "blommor",
        (
            "Det är som att komma in i en trädgård. Rosorna stod i hinkar vid entrén och "
            "tulpanerna var nyskurna.",
            "Expediten band en bukett åt mig på fem minuter och lade i snittblomsnäring.",
            "Nej, det var bra.",
        ),
        id="unplaced-florist-a-likeness",
    ),
    pytest.param(
        "apotek",
        (
            "Det var den bästa hjälp jag har fått på ett apotek. Farmaceuten vid "
            "receptdisken ringde min läkare och fick receptet ändrat på tio minuter.",
            "Hon skrev också doseringen på förpackningen med stora siffror.",
            "Nej, det var bra.",
        ),
        id="pharmacy-a-superlative-among-shops",
    ),
    pytest.param(
        "kiosk",
        (
            "Jag jobbar på en skola i närheten, så jag kommer alltid efter fyra. Kön vid "
            "kassan var tio minuter och bara en kassa var öppen.",
            "Kaffet var slut i automaten också, och ingen fyllde på.",
            "Ha två kassor öppna efter fyra.",
        ),
        id="kiosk-where-the-customer-works",
    ),
)


def _context_graded(key: str, answers: tuple[str, ...]) -> tuple[Rubric, Grade]:
    context = store_context(key, STORES[key])
    rubric = analysed(answers, context, QUESTIONS[: len(answers)]).rubric
    return rubric, graded(answers, context, QUESTIONS[: len(answers)])


@pytest.mark.parametrize(("key", "answers"), UNPLACED_ELSEWHERE)
def test_another_business_introduced_at_more_trades_is_not_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    rubric, grade = _context_graded(key, answers)
    assert rubric.off_store_observations >= 1
    assert not grade.qualifies


@pytest.mark.parametrize(("key", "answers"), UNPLACED_NEAR)
def test_near_misses_at_more_trades_stay_paid(key: str, answers: tuple[str, ...]) -> None:
    rubric, grade = _context_graded(key, answers)
    assert rubric.observations >= 2
    assert grade.qualifies


@pytest.mark.parametrize(("key", "answers"), ELSEWHERE)
def test_another_business_introduced_observes_nothing_here(
    key: str, answers: tuple[str, ...]
) -> None:
    rubric = rubric_at(key, QUESTIONS, answers)
    assert rubric.off_store_observations >= 1
    assert not graded_at(key, QUESTIONS, answers).qualifies


@pytest.mark.parametrize(("key", "answers"), NEAR)
def test_copies_comparisons_trips_and_likenesses_stay_paid(
    key: str, answers: tuple[str, ...]
) -> None:
    assert rubric_at(key, QUESTIONS, answers).observations >= 2
    assert graded_at(key, QUESTIONS, answers).qualifies
