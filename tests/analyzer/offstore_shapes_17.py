"""Calls about another store, fluent empty talk, and the honest calls that sit beside them, at
eight kinds of business no earlier such material had: material for `test_offline_offstore_17.py`.

Written by hand for this file (`offline-17`) before the analyzer was run on any of it; no
sentence is taken from a labelled set. Eight invented stores (`STORES`): a bicycle shop with a
workshop, a veterinary clinic, a bookshop, an optician, a florist, a bowling hall, a sushi
restaurant and a garden centre. A call is the customer's answers to the first questions of
`QUESTIONS`, in spoken Swedish as a customer answers an AI caller.

`OTHER_STORE` calls must not qualify: the concrete things observed are about another place —
a competitor by name (`competitor`), another branch of this business (`branch`), a place
visited on the same trip, before or after this one (`same_trip`), or another store told only
by a description ("den stora butiken vid rondellen", `described`) — at most with a vague line
about this store. `FLUENT_EMPTY` calls must not qualify: long, polite, corporate or
half-English praise or complaint with no what, where or when of this visit.

`PAYABLE` calls are honest and must qualify with no fraud flag: a comparison with another
store that makes a concrete point about this one (`comparison`), the same trip told in passing
before a concrete point here (`passing`), short plain but specific remarks (`short`), concrete
feedback told in a corporate register (`formal`).

Figures before and after this round are in `test_offline_offstore_17.py`'s docstring.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.boundary_shapes_15 import QUESTIONS, Shaped
from tests.analyzer.fact_shapes import Store, store_context
from tests.analyzer.unpaid_shapes_13 import shaped_calls

__all__ = [
    "FLUENT_EMPTY",
    "OTHER_STORE",
    "PAYABLE",
    "QUESTIONS",
    "STORES",
    "Shaped",
    "context",
    "shaped_calls",
]

STORES: dict[str, Store] = {
    "cykel": Store(
        "Cykelverkstan i Umeå",
        ("10-18", "10-15", ""),
        (
            ("Verkstaden", ("servicen", "reparationen", "mekanikern")),
            ("Cyklar", ("cyklarna", "elcyklarna", "barncyklarna")),
            ("Tillbehör", ("hjälmarna", "lysena", "låsen", "däcken", "slangarna")),
            ("Kassan", ("kassa",)),
        ),
        ("Service bokas en vecka i förväg.",),
    ),
    "veterinar": Store(
        "Djurkliniken Tassen i Falkenberg",
        ("08-18", "09-14", ""),
        (
            ("Mottagningen", ("undersökningen", "väntrummet", "veterinären")),
            ("Receptionen", ("disken", "kassa")),
            ("Butiken", ("fodret", "foderhyllan", "kopplen")),
        ),
        ("Akuta fall tas emot utan tidsbokning.",),
    ),
    "bok": Store(
        "Bokhandeln Läslyktan i Visby",
        ("10-18", "10-16", "12-16"),
        (
            ("Skönlitteratur", ("romanerna", "deckarna", "pocketböckerna", "pockethyllan")),
            ("Barnböcker", ("barnavdelningen", "bilderböckerna")),
            ("Papper", ("pappersvarorna", "kalendrarna", "pennorna")),
            ("Kassan", ("kassa", "presentinslagningen")),
        ),
        ("Böcker som inte finns i butiken kan beställas hem på två dagar.",),
    ),
    "optik": Store(
        "Synhörnan Optik i Kalmar",
        ("10-18", "10-15", ""),
        (
            ("Synundersökning", ("synundersökningen", "undersökningsrummet", "optikern")),
            ("Bågar", ("bågarna", "solglasögonen", "bågväggen", "glasögonen")),
            ("Linser", ("linserna", "kontaktlinserna")),
            ("Kassan", ("kassa", "utlämningen")),
        ),
        ("Synundersökning tar trettio minuter.",),
    ),
    "blommor": Store(
        "Blomsterboden Viol i Motala",
        ("09-18", "09-15", "10-14"),
        (
            ("Snittblommor", ("buketterna", "rosorna", "tulpanerna", "blomkylen")),
            ("Krukväxter", ("krukväxterna", "orkidéerna")),
            ("Binderiet", ("kransarna", "sorgbuketterna")),
            ("Kassan", ("kassa",)),
        ),
        ("Buketter binds medan kunden väntar.",),
    ),
    "bowling": Store(
        "Strike Bowlinghall i Eskilstuna",
        ("12-23", "11-23", "11-20"),
        (
            ("Banorna", ("banan", "kloten", "bowlingskorna")),
            ("Restaurangen", ("baren", "pizzan")),
            ("Receptionen", ("disken", "kassa")),
            ("Spelhallen", ("spelautomaterna",)),
        ),
        ("Banor bokas per timme.",),
    ),
    "sushi": Store(
        "Sushi Nami i Halmstad",
        ("11-21", "12-21", "12-20"),
        (
            ("Sushin", ("nigirin", "makin", "laxen", "riset")),
            ("Varmrätter", ("ramen", "gyozan", "nudlarna")),
            ("Disken", ("kassa", "avhämtningen")),
            ("Matsalen", ("borden",)),
        ),
        ("Lunch serveras vardagar 11–14.",),
    ),
    "plantskola": Store(
        "Gröna Gården Plantskola i Lidköping",
        ("09-18", "09-16", "10-16"),
        (
            ("Växthuset", ("pelargonerna", "plantorna", "sommarblommorna")),
            ("Frilandet", ("buskarna", "fruktträden", "rosbuskarna", "häckplantorna")),
            ("Jord och redskap", ("jorden", "gödseln", "redskapen", "krukorna")),
            ("Kassan", ("kassa", "vagnarna")),
        ),
        ("Växter som köps kan levereras hem samma vecka.",),
    ),
}


@cache
def context(key: str) -> BusinessContext:
    """The business context of one of `STORES`."""
    return store_context(f"offstore17-{key}", STORES[key])


OTHER_STORE: dict[str, tuple[Shaped, ...]] = {
    "competitor": (
        (
            "cykel",
            (
                "Det var bra.",
                "Jag var på Cykelkungen på Ersboda först, och där hade mekanikern glömt att "
                "dra åt bakhjulet efter servicen, det lossnade på vägen hem.",
                "Ni var trevliga.",
            ),
        ),
        (
            "bok",
            (
                "Okej.",
                "På Akademibokhandeln vid hamnen hade de ställt alla deckare i en hög på golvet "
                "och kassan tog bara kort, jag fick gå därifrån.",
                "Här var det väl bra.",
                "Nej.",
            ),
        ),
        (
            "optik",
            (
                "Bra.",
                "Jag gjorde synundersökningen hos Specsavers i Nybro förra månaden, och "
                "optikern där mätte fel på vänster öga, glasen blev helt suddiga.",
                "Ja, ni var trevliga.",
            ),
        ),
        (
            "sushi",
            (
                "Jo, det var gott.",
                "Men Sushibaren på Storgatan, där fick vi vänta fyrtio minuter på en "
                "avhämtning i fredags och riset var hårt och kallt.",
                "Säg till dom det.",
            ),
        ),
        (
            "plantskola",
            (
                "Bra.",
                "Jag köpte mina fruktträd på Blomsterlandet i Skara i våras, och hälften av "
                "dem hade rotröta, de ville inte ersätta dem.",
                "Ni verkar bättre.",
            ),
        ),
        (
            "bowling",
            (
                "Bra.",
                "Vi var på Bowlingbolaget i Torshälla förra helgen, och där var banorna så "
                "feta av olja att klotet gled rakt ner i rännan varannan gång.",
                "Här var det trevligt.",
            ),
        ),
        (
            "blommor",
            (
                "Jodå.",
                "Interflora-butiken på Drottninggatan skickade fel bukett till min systers "
                "bröllop, liljor fast hon är allergisk, och de svarade inte i telefon.",
                "Ni är väl bra.",
                "Nej.",
            ),
        ),
        (
            "veterinar",
            (
                "Det gick bra.",
                "AniCura i Halmstad, där vi var med katten i vintras, skickade en faktura på "
                "fel belopp två gånger och veterinären där var otrevlig.",
                "Ni var snälla.",
            ),
        ),
    ),
    "branch": (
        (
            "veterinar",
            (
                "Det gick bra.",
                "Vi brukar gå till er klinik i Varberg, och där tappade receptionen bort vår "
                "bokning två gånger i rad, vi satt i väntrummet i en timme för ingenting.",
                "Här var det lugnt.",
                "Nej.",
            ),
        ),
        (
            "bowling",
            (
                "Kul.",
                "Er andra hall i Västerås har ju samma koncept, och där var bana sju trasig "
                "hela kvällen, maskinen satte inte upp käglorna.",
                "Här funkade det.",
            ),
        ),
        (
            "sushi",
            (
                "Bra.",
                "Jag åt på er restaurang i Falkenberg i lördags, och där var laxen gråaktig och "
                "luktade konstigt, jag lämnade halva.",
                "Här var det bra.",
                "Nej, inget mer.",
            ),
        ),
        (
            "blommor",
            (
                "Trevligt.",
                "Ni har ju en butik i Mjölby också, och där fick min mamma en sorgbukett med "
                "vissna rosor till begravningen, det var inte roligt.",
                "Jo, det var fint här.",
            ),
        ),
        (
            "cykel",
            (
                "Bra.",
                "Jag lämnade in min elcykel på er verkstad i Skellefteå i somras, och där "
                "tappade de bort laddaren och det tog fem veckor innan jag fick cykeln.",
                "Här har det funkat.",
            ),
        ),
        (
            "bok",
            (
                "Trevligt.",
                "Er butik i Slite, den på sommaren, hade bara engelska pocketböcker kvar och "
                "kortterminalen fungerade inte på hela veckan.",
                "Här var det bra.",
                "Nej.",
            ),
        ),
        (
            "optik",
            (
                "Okej.",
                "Min fru köpte glasögon hos er i Växjö, och där satt glasen snett i bågen och "
                "hon fick åka tillbaka tre gånger.",
                "Här var ni trevliga.",
            ),
        ),
        (
            "plantskola",
            (
                "Bra.",
                "Ni har ju en plantskola i Mariestad också, och där låg säckarna med jord "
                "sönderrivna i regnet och ingen hade städat upp.",
                "Här var det fint.",
            ),
        ),
    ),
    "same_trip": (
        (
            "bok",
            (
                "Det var bra.",
                "Innan jag kom till er var jag på kaféet mittemot, och där stod disken full "
                "med smutsiga koppar och kanelbullarna var från igår.",
                "Ni var trevliga.",
                "Nej.",
            ),
        ),
        (
            "cykel",
            (
                "Okej.",
                "Efter er gick jag till sportaffären bredvid för att köpa löparskor, och där "
                "fanns bara en expedit som stod i telefon i tjugo minuter.",
                "Här gick det fort.",
            ),
        ),
        (
            "plantskola",
            (
                "Bra.",
                "På vägen hem stannade vi på bensinmacken vid rondellen, och toaletten där var "
                "låst och kaffeautomaten var trasig.",
                "Här var det trevligt.",
            ),
        ),
        (
            "veterinar",
            (
                "Det var bra.",
                "Efteråt gick vi till djuraffären i samma hus och köpte foder, och där hade de "
                "fel pris på hyllan, det stod 199 men kassan tog 259.",
                "Ja.",
            ),
        ),
        (
            "optik",
            (
                "Bra.",
                "Jag var på apoteket först samma förmiddag, och där var det kö ända ut på "
                "gatan och bara en kassa öppen.",
                "Här var det lugnt.",
                "Nej.",
            ),
        ),
        (
            "bowling",
            (
                "Kul.",
                "Innan bowlingen åt vi på hamburgerstället på andra sidan gatan, och där var "
                "pommesen kalla och bordet kladdigt.",
                "Här var det bra.",
            ),
        ),
        (
            "blommor",
            (
                "Bra.",
                "Jag var på Ica bredvid först för att köpa tårta, och där var kylen trasig och "
                "gräddtårtorna stod och smälte.",
                "Ni var trevliga.",
                "Nej.",
            ),
        ),
        (
            "sushi",
            (
                "Gott.",
                "Efter maten gick vi till glassbaren runt hörnet, och där tog de sextio kronor "
                "för en kula och våfflan var mjuk.",
                "Här var det bra.",
            ),
        ),
    ),
    "described": (
        (
            "blommor",
            (
                "Det var bra.",
                "Den stora blomsteraffären vid rondellen har mycket fräschare tulpaner, de "
                "byter ut dem varje morgon och har dubbelt så många sorter.",
                "Här var det väl okej.",
            ),
        ),
        (
            "bowling",
            (
                "Okej.",
                "Hallen ute vid köpcentret, den nya, där hade de så slitna bowlingskor att "
                "sulan släppte på min son mitt i serien.",
                "Här var dom trevliga.",
                "Nej.",
            ),
        ),
        (
            "sushi",
            (
                "Bra.",
                "Det lilla stället vid torget, det med röda lyktor, där hade de mycket "
                "färskare fisk och gjorde makin framför en.",
                "Här var det bra.",
            ),
        ),
        (
            "plantskola",
            (
                "Jo.",
                "Handelsträdgården ute på landet, den vid kyrkan, säljer pelargoner för halva "
                "priset och har egen kompostjord i säck.",
                "Ni är också bra.",
            ),
        ),
        (
            "cykel",
            (
                "Det var bra.",
                "Butiken i gallerian, den stora kedjan, sålde en elcykel till min granne där "
                "batteriet dog efter en vecka och de skickade honom runt i tre veckor.",
                "Ni var trevliga.",
            ),
        ),
        (
            "veterinar",
            (
                "Bra.",
                "Djursjukhuset i stan, det stora, tog tvåtusen kronor bara för att titta på "
                "hundens tass, och vi fick vänta i tre timmar.",
                "Här var det lugnt.",
            ),
        ),
        (
            "bok",
            (
                "Okej.",
                "Antikvariatet nere vid ringmuren har mycket bättre urval av gamla deckare, "
                "och ägaren där kan allt om Gotland.",
                "Ni är också trevliga.",
            ),
        ),
        (
            "optik",
            (
                "Det gick bra.",
                "Optikern i köpcentret utanför stan hade trasiga bågar på väggen och "
                "undersökningsrummet där var dammigt.",
                "Ni var bra.",
            ),
        ),
    ),
}

FLUENT_EMPTY: dict[str, tuple[Shaped, ...]] = {
    "corporate": (
        (
            "cykel",
            (
                "Min upplevelse är att ni håller en genomgående hög nivå i hela kundresan.",
                "Det som utmärker er är kombinationen av kompetens, tillgänglighet och "
                "lyhördhet för kundens behov.",
                "Bemötandet präglades av professionalitet och ett genuint engagemang.",
                "Ja, mina förväntningar infriades fullt ut.",
                "Jag ser ingen anledning att ändra en vinnande strategi.",
            ),
        ),
        (
            "veterinar",
            (
                "Helhetsupplevelsen var mycket god och präglades av trygghet.",
                "Det som stack ut var det höga förtroendet man känner för verksamheten.",
                "Personalen uppvisade både empati och stor yrkesskicklighet.",
                "Ja, behoven tillgodosågs.",
                "Fortsätt att arbeta med kvalitet och kundfokus i alla led.",
            ),
        ),
        (
            "optik",
            (
                "Besöket levde upp till de förväntningar man har på en etablerad aktör.",
                "Det som stack ut var den tydliga helhetssynen på kundens upplevelse.",
                "Personalen agerade professionellt och serviceinriktat genom hela processen.",
                "Ja, det gjorde jag.",
                "Jag har inga förbättringsförslag i dagsläget.",
            ),
        ),
    ),
    "half_english": (
        (
            "bowling",
            (
                "Asså hela kvällen var en total vibe, super fun experience.",
                "Atmosphere var on point, typ det perfekta hangout-stället.",
                "Staffet var chill och super friendly.",
                "Yes, absolut.",
                "Keep up the good work, guys.",
            ),
        ),
        (
            "sushi",
            (
                "Det var en amazing experience, verkligen next level.",
                "Hela food journeyn var så authentic och fresh liksom.",
                "Service var top notch, very professional.",
                "Yes.",
                "Nej, bara keep going, ni är on fire.",
            ),
        ),
        (
            "blommor",
            (
                "Super cute ställe, verkligen aesthetic.",
                "Hela vibben är så cozy och inspiring, love it.",
                "Dom var so sweet och helpful.",
                "Yes.",
                "Nej, just keep doing your thing.",
            ),
        ),
        (
            "plantskola",
            (
                "Det var en så inspiring experience, total green vibe.",
                "Hela konceptet är så sustainable och mindful, love it.",
                "Staffet var super knowledgeable och friendly.",
                "Yes.",
                "Nej, keep growing, literally.",
            ),
        ),
        (
            "bok",
            (
                "Det var en cozy experience, very hygge.",
                "Hela settingen är så inspiring, typ perfect för en book lover.",
                "Dom var super helpful och passionate.",
                "Yes, definitely.",
                "Keep it up, ni är best in town.",
            ),
        ),
    ),
    "long_polite": (
        (
            "bok",
            (
                "Ja, tack för att ni hör av er, det är verkligen fint att ni bryr er om vad vi "
                "kunder tycker, det är inte alla som gör det nuförtiden.",
                "Jag tycker att det är en sådan där plats där man trivs och känner sig hemma, "
                "och det är ju inte så vanligt längre, så det ska ni vara stolta över.",
                "Alla var så vänliga och tillmötesgående, och man kände sig verkligen "
                "välkommen, det betyder mycket för en sådan som mig.",
                "Ja, det gjorde jag nog, på det stora hela.",
                "Nej, jag kan inte komma på något, fortsätt bara som ni gör så blir det bra.",
            ),
        ),
        (
            "plantskola",
            (
                "Det är alltid ett nöje att komma till er, det säger jag verkligen, det är en "
                "sådan härlig känsla att gå runt och titta.",
                "Det som stack ut är väl helheten, att allt känns genomtänkt och omsorgsfullt, "
                "man märker att ni brinner för det ni gör.",
                "Personalen är alltid så kunnig och vänlig, man får alltid ett gott bemötande.",
                "Ja, jag hittade det jag behövde, som vanligt.",
                "Jag vet inte riktigt, ni gör redan ett fantastiskt arbete.",
            ),
        ),
        (
            "cykel",
            (
                "Ja, tack så mycket för att ni ringer, det är verkligen omtänksamt av er, man "
                "blir glad när någon frågar hur det gick.",
                "Jag tycker att allt fungerade på ett bra och smidigt sätt, och man känner att "
                "man kan lita på er, det är värt mycket.",
                "Alla var vänliga och hjälpsamma, och man blev bemött med respekt hela vägen.",
                "Ja, det gjorde jag, absolut.",
                "Nej, jag har inget att anmärka på, fortsätt i samma anda.",
            ),
        ),
        (
            "optik",
            (
                "Det var ett riktigt trevligt besök, och jag vill verkligen tacka er för det, "
                "det känns alltid tryggt att komma till er.",
                "Det som stack ut var nog känslan av att bli sedd som kund, att ni tar er tid "
                "och lyssnar, det är inte så vanligt nuförtiden.",
                "Bemötandet var varmt och kunnigt, precis som man vill att det ska vara.",
                "Ja, det tycker jag nog.",
                "Nej, det är svårt att komma på något, ni gör ett fint jobb allihop.",
            ),
        ),
        (
            "bowling",
            (
                "Det var en väldigt trevlig kväll hos er, det måste jag säga, vi hade det "
                "jättemysigt allihop och pratade om det hela vägen hem.",
                "Det som stack ut var väl att allt fungerade så bra tillsammans, maten, "
                "stämningen och servicen, det blev en helhet.",
                "Personalen var glad och trevlig och såg till att vi hade det bra.",
                "Ja, vi fick det vi ville ha.",
                "Nej, fortsätt bara som ni gör, det är ett uppskattat ställe.",
            ),
        ),
        (
            "sushi",
            (
                "Jag vill börja med att säga att det är alltid lika trevligt att komma till er, "
                "det är ett av mina favoritställen här i stan.",
                "Det som stack ut är väl kvaliteten i allt ni gör, man märker att ni bryr er "
                "om maten och om gästerna.",
                "Personalen är alltid så trevlig och uppmärksam, man känner sig välkommen.",
                "Ja, det gjorde jag.",
                "Nej, jag har inga klagomål alls, ni gör det fantastiskt.",
            ),
        ),
        (
            "veterinar",
            (
                "Tack för att ni ringer, det var verkligen ett bra besök, och jag är så "
                "tacksam för all hjälp vi har fått genom åren.",
                "Det som stack ut är att man alltid känner sig trygg hos er, både vi och "
                "djuren, och det är inte självklart.",
                "Alla är så omtänksamma och professionella, det märks att ni älskar djur.",
                "Ja, vi fick den hjälp vi behövde.",
                "Nej, fortsätt med ert fina arbete.",
            ),
        ),
        (
            "blommor",
            (
                "Det var ett jättetrevligt besök, det är alltid lika roligt att komma in till "
                "er, det lyser upp dagen.",
                "Det som stack ut var hela atmosfären, det känns så genomtänkt och "
                "kärleksfullt, man ser att ni brinner för det ni gör.",
                "Ni är alltid så vänliga och hjälpsamma, det är en fröjd.",
                "Ja, absolut.",
                "Nej, det är perfekt som det är, tack för att ni finns.",
            ),
        ),
    ),
    "empty_complaint": (
        (
            "sushi",
            (
                "Det var väl sådär, om jag ska vara ärlig.",
                "Helheten kändes inte riktigt genomtänkt, och kvaliteten motsvarade inte "
                "förväntningarna man har på en restaurang i den här prisklassen.",
                "Bemötandet kunde ha varit bättre, det saknades liksom ett engagemang.",
                "Ja, delvis.",
                "Ni borde se över hela kundupplevelsen och jobba mer med kvaliteten.",
            ),
        ),
        (
            "optik",
            (
                "Tyvärr var jag inte helt nöjd med upplevelsen.",
                "Det fanns brister i både servicenivån och kommunikationen, tycker jag.",
                "Personalen kunde ha varit mer lyhörd för mina behov som kund.",
                "Inte riktigt.",
                "Ni behöver utveckla er kundservice och bli bättre på helheten.",
            ),
        ),
        (
            "cykel",
            (
                "Det var inte riktigt vad jag hade förväntat mig, tyvärr.",
                "Generellt kändes det som att kunden inte stod i fokus, och det är ju det "
                "viktigaste i en sådan här verksamhet.",
                "Bemötandet var okej men inte mer, det fanns förbättringspotential.",
                "Sådär.",
                "Jobba mer med kundfokus och kvalitetssäkring.",
            ),
        ),
    ),
    "fluent_praise": (
        (
            "veterinar",
            (
                "Det var ett väldigt fint besök, vi kände oss väl omhändertagna hela vägen.",
                "Det som stack ut var lugnet och tryggheten, både för oss och för djuret.",
                "Ett varmt och omtänksamt bemötande från alla vi träffade.",
                "Ja, vi fick all hjälp vi behövde.",
                "Nej, fortsätt precis som ni gör, ni gör ett viktigt jobb.",
            ),
        ),
        (
            "bowling",
            (
                "Vi hade en riktigt rolig kväll, hela gänget var nöjda.",
                "Det som stack ut var stämningen, allt flöt på och alla trivdes.",
                "Trevliga och serviceinriktade, precis som man vill ha det.",
                "Ja, det fanns allt man behövde.",
                "Inget, ni gör det bra.",
            ),
        ),
        (
            "blommor",
            (
                "Det var ett härligt besök, det är alltid lika fint att komma in till er.",
                "Det som stack ut var väl hur vackert och inbjudande allt var, en riktig "
                "oas mitt i vardagen.",
                "Ett mycket vänligt och personligt bemötande, det värmer.",
                "Ja, det gjorde jag.",
                "Nej, fortsätt sprida glädje.",
            ),
        ),
        (
            "bok",
            (
                "Ett bra och trevligt besök, som alltid.",
                "Det är ett ställe med själ, det märks direkt när man kommer in.",
                "Kunniga och hjälpsamma, man blir alltid väl bemött.",
                "Ja.",
                "Nej, ni är bäst som ni är.",
            ),
        ),
        (
            "plantskola",
            (
                "Det var jättetrevligt, verkligen en upplevelse.",
                "Hela stället andas kvalitet och omsorg, man blir på gott humör.",
                "Väldigt trevligt och hjälpsamt bemötande.",
                "Ja, det gjorde jag.",
                "Nej, ni är fantastiska.",
            ),
        ),
    ),
}

PAYABLE: dict[str, tuple[Shaped, ...]] = {
    "comparison": (
        (
            "cykel",
            (
                "Bra.",
                "Till skillnad från Cykelkungen, där jag brukade gå, visade er mekaniker mig "
                "vad som var slitet på kedjan innan han bytte den, och servicen var klar "
                "samma dag.",
                "Trevliga.",
            ),
        ),
        (
            "bok",
            (
                "Bra.",
                "På Akademibokhandeln får man aldrig hjälp, men här hittade expediten en "
                "slutsåld deckare åt mig och beställde hem den på två dagar.",
                "Trevliga.",
            ),
        ),
        (
            "optik",
            (
                "Det gick bra.",
                "Jag gick till Specsavers förut, men er synundersökning var mycket noggrannare, "
                "optikern testade både avstånd och läsglas och förklarade skillnaden.",
                "Trevliga.",
            ),
        ),
        (
            "sushi",
            (
                "Gott.",
                "Jämfört med stället vid torget var er lax mycket färskare, men riset i "
                "nigirin föll isär när man tog upp den med pinnarna.",
                "Trevliga.",
            ),
        ),
        (
            "plantskola",
            (
                "Bra.",
                "Blomsterlandet i Skara har bredare sortiment, men era fruktträd hade mycket "
                "bättre rötter, och ni gav en lapp om hur man planterar dem.",
                "Trevliga.",
            ),
        ),
        (
            "bowling",
            (
                "Kul.",
                "Jämfört med hallen i Västerås var era bowlingskor hela och rena, men "
                "poängskärmen över bana fyra var trasig hela kvällen.",
                "Trevliga.",
            ),
        ),
        (
            "veterinar",
            (
                "Bra.",
                "Djursjukhuset i stan tog tvåtusen bara för att titta, men hos er fick vi en "
                "tid samma dag och veterinären drog ut en tagg ur tassen på tio minuter.",
                "Trevliga.",
            ),
        ),
        (
            "blommor",
            (
                "Fint.",
                "I den stora affären vid rondellen binder de bara färdiga buketter, men här "
                "band floristen en bukett med mina egna färger medan jag väntade.",
                "Tack.",
            ),
        ),
    ),
    "passing": (
        (
            "bok",
            (
                "Bra.",
                "Jag var på kaféet mittemot först, sen kom jag hit och presentinslagningen i "
                "kassan tog bara två minuter, med snöre och allt.",
                "Trevliga.",
            ),
        ),
        (
            "plantskola",
            (
                "Bra.",
                "Vi tankade vid macken på vägen, och här hos er var vagnarna vid entrén "
                "trasiga, två av hjulen satt fast.",
                "Trevliga.",
            ),
        ),
        (
            "veterinar",
            (
                "Bra.",
                "Vi hade varit i djuraffären i samma hus innan, och i ert väntrum var det "
                "ingen vattenskål till hundarna, det var varmt där inne.",
                "Trevliga.",
            ),
        ),
        (
            "cykel",
            (
                "Okej.",
                "Jag kom direkt från jobbet, och er verkstad hade bytt slangen på bakhjulet "
                "men glömt att pumpa däcket, det var nästan platt.",
                "Trevliga.",
            ),
        ),
        (
            "sushi",
            (
                "Bra.",
                "Vi hade varit på bio innan och kom hit vid åtta, och då var ramen slut, men "
                "servitrisen föreslog gyoza istället och den var jättegod.",
                "Trevliga.",
            ),
        ),
        (
            "optik",
            (
                "Bra.",
                "Jag var på apoteket först och kom hit lite sent, men optikern tog emot mig "
                "ändå, och de nya glasögonen satt bra redan från början.",
                "Trevliga.",
            ),
        ),
        (
            "bowling",
            (
                "Kul.",
                "Vi åt på hamburgerstället mittemot först, och sen här var bana tre "
                "reserverad åt oss men ingen hade ställt fram skor i våra storlekar.",
                "Trevliga.",
            ),
        ),
        (
            "blommor",
            (
                "Bra.",
                "Jag var på Ica bredvid innan, och här i er blomkyl hade rosorna redan börjat "
                "hänga med huvudet, fast ni sa att de kom samma morgon.",
                "Okej.",
            ),
        ),
    ),
    "short": (
        ("cykel", ("Bra.", "Bakbromsen gnisslar fortfarande efter servicen.", "Okej.")),
        ("bok", ("Bra.", "Pockethyllan vid kassan var helt tom i lördags.", "Trevliga.")),
        ("optik", ("Bra.", "Bågarna klämmer bakom höger öra.", "Snälla.")),
        ("blommor", ("Bra.", "Tulpanerna tappade bladen efter en dag.", "Okej.")),
        ("bowling", ("Kul.", "Bana sex hade ingen kulretur på en halvtimme.", "Okej.")),
        ("sushi", ("Gott.", "Makin till avhämtningen saknade soja och ingefära.", "Okej.")),
        ("plantskola", ("Bra.", "Pelargonerna i växthuset hade bladlöss.", "Okej.")),
        ("veterinar", ("Bra.", "Vi väntade fyrtio minuter trots bokad tid klockan tio.", "Ja.")),
        ("cykel", ("Okej.", "Lyset jag köpte satt löst redan på hemvägen.", "Ja.")),
        ("bok", ("Bra.", "Kalendrarna för nästa år fanns inte än i november.", "Ja.")),
        ("optik", ("Bra.", "Linserna jag beställde kom en vecka sent.", "Okej.")),
        ("blommor", ("Fint.", "Floristen band buketten på fem minuter.", "Tack.")),
        ("bowling", ("Kul.", "Pizzan i baren kom kall till banan.", "Okej.")),
        ("sushi", ("Bra.", "Gyozan var bränd på undersidan idag.", "Okej.")),
        ("plantskola", ("Bra.", "Bara en kassa var öppen i lördags, kön gick ut.", "Okej.")),
        ("veterinar", ("Bra.", "Veterinären klippte klorna gratis när vi ändå var där.", "Ja.")),
    ),
    "formal": (
        (
            "optik",
            (
                "Helhetsintrycket var gott.",
                "Jag vill särskilt lyfta att optikern genomförde synundersökningen på ett "
                "strukturerat sätt och förklarade varför jag behöver progressiva glas.",
                "Professionellt.",
                "Ja.",
                "Utlämningen skulle dock vinna på ett sms när glasögonen är klara, jag fick "
                "ringa själv två gånger.",
            ),
        ),
        (
            "veterinar",
            (
                "Mycket god upplevelse.",
                "Det som stack ut var att veterinären tog sig tid att gå igenom "
                "provsvaren med oss efter undersökningen och skrev ner doseringen.",
                "Professionellt och empatiskt.",
                "Ja.",
                "Receptionen kunde med fördel ha en tydligare skylt om var man anmäler sig, "
                "vi stod först i fel kö.",
            ),
        ),
        (
            "cykel",
            (
                "Överlag mycket positivt.",
                "Jag uppskattar att mekanikern i verkstaden ringde innan han bytte "
                "kassetten, så att kostnaden inte blev en överraskning.",
                "Serviceinriktat.",
                "Ja.",
                "En förbättringspotential finns i att märka upp priserna på hjälmarna.",
            ),
        ),
        (
            "bowling",
            (
                "Evenemanget genomfördes på ett bra sätt.",
                "Det som stack ut var att receptionen hade förberett två banor bredvid "
                "varandra åt vår personalgrupp och ställt fram namnskyltar.",
                "Professionellt.",
                "Ja.",
                "Dock tog pizzan från restaurangen nästan en timme, vilket påverkade tidsplanen.",
            ),
        ),
        (
            "sushi",
            (
                "Mycket nöjd med helheten.",
                "Jag vill lyfta att personalen hade full koll på allergener, de gjorde en "
                "egen maki utan sesam åt min dotter.",
                "Serviceinriktat.",
                "Ja.",
                "Matsalen är dock väldigt lyhörd, det var svårt att prata vid borden.",
            ),
        ),
        (
            "blommor",
            (
                "Upplevelsen motsvarade mina förväntningar väl.",
                "Floristen i binderiet tog fram ett förslag på en krans inom en dag och "
                "anpassade färgerna efter vår önskan.",
                "Lyhört och professionellt.",
                "Ja.",
                "Det vore värdefullt att kunna betala med faktura för sorgbuketter.",
            ),
        ),
        (
            "bok",
            (
                "Överlag en god upplevelse.",
                "Jag vill lyfta barnavdelningen, där bilderböckerna nu är sorterade efter "
                "ålder, vilket underlättar för oss föräldrar.",
                "Kompetent.",
                "Ja.",
                "Kalendrarna borde dock placeras närmare kassan under december.",
            ),
        ),
        (
            "plantskola",
            (
                "Helhetsintrycket var positivt.",
                "Personalen på frilandet gav konkreta råd om vilka häckplantor som klarar "
                "skugga och hjälpte oss lasta dem i bilen.",
                "Serviceinriktat.",
                "Ja.",
                "Skyltningen i växthuset saknade dock priser på flera av plantorna.",
            ),
        ),
    ),
    "copy_idea": (
        (
            "cykel",
            (
                "Bra.",
                "Gör som Cykelkungen och ha en pump utanför dörren, jag fick låna er pump i "
                "verkstaden och fick vänta tio minuter på den.",
                "Trevliga.",
            ),
        ),
        (
            "bok",
            (
                "Bra.",
                "Akademibokhandeln har en hylla med personalens tips, det skulle passa hos er "
                "också, er deckarhylla är så stor att man inte vet var man ska börja.",
                "Trevliga.",
            ),
        ),
        (
            "optik",
            (
                "Bra.",
                "Synsam skickar sms när glasögonen är klara, ni ringde mig tre gånger under "
                "arbetstid istället.",
                "Trevliga.",
            ),
        ),
        (
            "sushi",
            (
                "Gott.",
                "Andra sushiställen har nummerlappar vid avhämtningen, här ropade ni upp "
                "namnen och två personer tog fel påse.",
                "Okej.",
            ),
        ),
        (
            "plantskola",
            (
                "Bra.",
                "Blomsterlandet har lappar med skötselråd på varje planta, era rosbuskar "
                "hade bara en prislapp.",
                "Trevliga.",
            ),
        ),
        (
            "bowling",
            (
                "Kul.",
                "I Västerås har de staket för barnen på banorna, här hade ni bara två banor "
                "med staket och båda var upptagna.",
                "Okej.",
            ),
        ),
        (
            "veterinar",
            (
                "Bra.",
                "På djursjukhuset har de ett separat väntrum för katter, i ert väntrum satt "
                "vår katt bredvid tre hundar och var livrädd.",
                "Trevliga.",
            ),
        ),
        (
            "blommor",
            (
                "Fint.",
                "Den stora affären vid rondellen tar Swish, här tog kassan bara kort och jag "
                "fick gå till bankomaten.",
                "Okej.",
            ),
        ),
    ),
}
