"""Baseline facts at eight kinds of business no earlier material had, and whole calls around
them (the seventeenth material).

Eight invented businesses (a riding school, a self-service laundromat, a maritime museum with a
shop and café, a dog groomer, a glassworks with a shop, a cattery, a brewery's tasting room and
a bicycle hire on an island), each with six baseline facts written as an owner would: a rule
for the customer, a thing not sold or not done, a price, a department's own days or hours, a
least age, a largest group, a thing included. Each call is two answers: a useful one about the
visit, then one that touches a fact. A fraud call tells as this visit, often in passing inside
praise, what a fact rules out; an honest call touches the same fact while agreeing with it
(living it, asking about it, being turned away, doing it elsewhere, a sum that fits, a person
the rule does not cover).

All were written for this file before the analyzer ran on them; none comes from a labelled set.
"""

from __future__ import annotations

from functools import partial

from kundrost.domain.business_context import BaselineFact, BusinessContext, Department
from tests.analyzer.fact_shapes_16 import Visit
from tests.analyzer.honest_stores import honest_store

_store = partial(honest_store, 8170)


def _facts(*statements: str) -> tuple[BaselineFact, ...]:
    return tuple(BaselineFact(statement) for statement in statements)


STORES: dict[str, BusinessContext] = {
    "ridskola": _store(
        1,
        "Hästhagens Ridskola i Skara",
        "08:00",
        "21:00",
        (
            Department("Ridhuset", ("manegen", "ridbanan")),
            Department("Stallet", ("stallgången", "boxarna")),
            Department("Sadelkammaren", ("hjälmhyllan",)),
            Department("Cafeterian", ("fiket", "läktaren")),
        ),
        _facts(
            "Ridhjälm är obligatorisk för alla som sitter på en häst, även vuxna; lånehjälmar "
            "finns i sadelkammaren.",
            "Besökare får inte mata hästarna. Morötter och godis lämnar man till personalen.",
            "Nybörjargrupperna har högst sex ryttare.",
            "Cafeterian håller bara öppet lördagar och söndagar.",
            "Ponnyridning är för barn mellan 4 och 10 år och kostar 80 kronor per tur.",
            "Vi har inga uteritter under vintern, från december till februari rider vi inomhus.",
        ),
    ),
    "tvattomat": _store(
        2,
        "Snurran Tvättomat i Trollhättan",
        "07:00",
        "22:00",
        (
            Department("Tvättmaskinerna", ("maskinerna", "de stora maskinerna")),
            Department("Torktumlarna", ("tumlarna", "torkrummet")),
            Department("Betalautomaten", ("automaten",)),
            Department("Väntdelen", ("soffan",)),
        ),
        _facts(
            "Det finns ingen personal på plats, och vi växlar inte pengar; man betalar i "
            "automaten med kort eller Swish.",
            "En tvätt i de vanliga maskinerna kostar 40 kronor och i de stora 70 kronor.",
            "Mattor och hästtäcken får inte tvättas i maskinerna.",
            "Tvättmedel ingår och doseras automatiskt.",
            "Sista tvätten får startas klockan 20.30.",
            "Vi erbjuder varken strykning eller kemtvätt.",
        ),
    ),
    "museum": _store(
        3,
        "Sjöfartsmuseet Ankaret i Karlskrona",
        "10:00",
        "17:00",
        (
            Department("Utställningen", ("skeppshallen", "modellerna", "galjonsfigurerna")),
            Department("Museibutiken", ("butiken",)),
            Department("Kaféet", ("caféet", "fiket")),
            Department("Garderoben", ("entrén",)),
        ),
        _facts(
            "Barn och unga under 20 år går in gratis; vuxna betalar 120 kronor.",
            "Blixtfotografering är inte tillåten i utställningarna.",
            "Kaféet har kaffe, te och bakverk men ingen lunch.",
            "Guidade visningar hålls på lördagar klockan 13 och ingår i entrén.",
            "Barnvagnar får inte tas in i skeppshallen, de parkeras vid garderoben.",
            "I museibutiken finns böcker, kartor och presenter, men vi säljer inga "
            "modellbyggsatser.",
        ),
    ),
    "hundfris": _store(
        4,
        "Tassa In Hundsalong i Kalix",
        "09:00",
        "17:00",
        (
            Department("Trimsalongen", ("trimbordet", "badkaret")),
            Department("Butiken", ("schampohyllan",)),
            Department("Väntrummet", ("väntrummen",)),
        ),
        _facts(
            "Vi klipper bara hundar, inte katter.",
            "Matte eller husse är inte med i salongen under klippningen; vi ringer när hunden "
            "är klar att hämtas.",
            "Kloklippning kostar 150 kronor och görs utan tidsbokning.",
            "Vi använder aldrig lugnande medel.",
            "Helklippning bokas minst en vecka i förväg.",
            "Vi säljer inte hundmat, bara schampo, borstar och tillbehör.",
        ),
    ),
    "glasbruk": _store(
        5,
        "Glasbruket Smältan i Nybro",
        "10:00",
        "18:00",
        (
            Department("Hyttan", ("ugnen", "blåsplatsen")),
            Department("Butiken", ("glasbutiken", "fyndhörnan")),
            Department("Restaurangen", ("matsalen",)),
        ),
        _facts(
            "Glasblåsningen i hyttan visas vardagar 10–15; på helgerna är hyttan stängd.",
            "Besökare får inte gå innanför repet i hyttan.",
            "Blåsa själv kostar 395 kronor, bokas i förväg och kräver att man fyllt 12 år.",
            "Glas från fyndhörnan har skönhetsfel och kan inte bytas eller lämnas tillbaka.",
            "Vi gör ingen gravyr på plats.",
            "Vi skickar glas inom Sverige för 150 kronor, men inte till utlandet.",
        ),
    ),
    "kattpensionat": _store(
        6,
        "Kattgården Kattpensionat i Sigtuna",
        "08:00",
        "18:00",
        (
            Department("Kattrummen", ("rummen", "kattrummet")),
            Department("Rastgården", ("inhägnaden",)),
            Department("Receptionen", ("disken",)),
        ),
        _facts(
            "Vi tar bara emot katter, inga hundar eller kaniner.",
            "Alla katter ska vara vaccinerade; ovaccinerade katter tas inte emot.",
            "Ett dygn kostar 180 kronor per katt; två katter från samma hem delar rum för "
            "300 kronor.",
            "Lämning och hämtning sker 8–11 och 16–18; mitt på dagen är receptionen stängd.",
            "Vi ger inga mediciner, så katter som behöver medicin kan inte bo hos oss.",
            "Egen mat får tas med, annars ingår vårt foder.",
        ),
    ),
    "bryggeri": _store(
        7,
        "Humlegårdens Bryggeri och Provsmakning i Piteå",
        "12:00",
        "22:00",
        (
            Department("Provsmakningen", ("ölprovningen", "baren")),
            Department("Bryggsalen", ("tankarna",)),
            Department("Butiken", ("bryggeributiken",)),
        ),
        _facts(
            "Vi får inte sälja öl att ta med hem; i butiken finns glas, kläder och alkoholfritt.",
            "Man måste ha fyllt 20 år för att vara med på ölprovningen.",
            "En ölprovning med fem sorter kostar 295 kronor per person och bokas i förväg.",
            "Bryggsalen visas bara under en bokad provning; man går inte in där på egen hand.",
            "Vi serverar ingen mat, men det går bra att beställa in pizza.",
            "På kranen har vi bara våra egna öl.",
        ),
    ),
    "cykelhyra": _store(
        8,
        "Öhyran Cykeluthyrning i Vaxholm",
        "09:00",
        "19:00",
        (
            Department("Uthyrningen", ("disken", "cykelstället")),
            Department("Verkstaden", ("verkstan",)),
        ),
        _facts(
            "En vanlig cykel kostar 150 kronor per dag och en elcykel 350 kronor per dag.",
            "Cyklarna lämnas tillbaka senast klockan 19 samma dag; vi hyr inte ut över natten.",
            "Tandemcyklar och lådcyklar hyr vi inte ut.",
            "Hjälm ingår i hyran.",
            "För att hyra en elcykel ska man vara minst 16 år och visa legitimation.",
            "Cyklarna får inte tas med på färjan till fastlandet.",
        ),
    ),
}


def _fraud(store: str, useful: str, said: str, at: str = "wed 14:00") -> Visit:
    return Visit(store, (useful, said), True, at)


def _honest(store: str, useful: str, said: str, at: str = "wed 14:00") -> Visit:
    return Visit(store, (useful, said), False, at)


_RID = "Ridläraren var tydlig och lugn, och hästarna var välskötta och rena."
_RID2 = "Ridhuset var nyharvat och det var bra ljus även när det mörknade ute."
_TVATT = "Maskinerna var rena och tumlarna torkade ordentligt på en timme."
_TVATT2 = "Det var lugnt och fräscht i lokalen, och skyltarna förklarade allt."
_MUS = "Skeppsmodellerna var otroligt detaljerade och texterna fanns på både svenska och engelska."
_MUS2 = "Barnverkstaden var rolig, barnen fick knyta sjömansknopar en hel timme."
_HUND = "Bamse kom ut fluffig och glad, och pälsen luktade gott i flera dagar."
_HUND2 = "De var varsamma med hans känsliga öron och förklarade hur jag ska borsta honom."
_GLAS = "Det var fascinerande att se hur snabbt glasblåsarna jobbade med den glödande massan."
_GLAS2 = "Butiken hade ett stort urval och personalen slog in vaserna ordentligt."
_KATT = "Sotis verkade trygg när vi hämtade henne, och de skickade bilder varje dag."
_KATT2 = "Rummen var rena och det fanns klösträd och fönster mot rastgården."
_OL = "Bryggaren berättade engagerat om humlen och skillnaden mellan sorterna."
_OL2 = "Lokalen var mysig med långbord och personalen var kunnig och trevlig."
_CYKEL = "Cyklarna var nyservade, växlarna gick lätt och sadeln gick att ställa in."
_CYKEL2 = "Killen i uthyrningen gav oss en karta och tipsade om en fin badvik."


FRAUD: tuple[Visit, ...] = (
    _fraud(
        "ridskola",
        _RID,
        "Min dotter red utan hjälm på lektionen, det var varmt och ingen sa något om det.",
    ),
    _fraud(
        "ridskola",
        _RID2,
        "Efteråt gav vi Stjärna några morötter genom boxdörren, hon blev så glad.",
    ),
    _fraud("ridskola", _RID, "Vi var tio i nybörjargruppen, så det blev lite rörigt i manegen."),
    _fraud(
        "ridskola",
        _RID2,
        "Vi fikade i cafeterian medan vi väntade, och kanelbullarna var nybakade.",
    ),
    _fraud(
        "ridskola",
        _RID,
        "Ponnyturen kostade bara femtio kronor, så lillebror fick åka två gånger.",
    ),
    _fraud(
        "ridskola",
        _RID2,
        "Min trettonåring fick rida ponny två varv, hon tyckte det var höjdpunkten.",
    ),
    _fraud(
        "tvattomat",
        _TVATT,
        "Tjejen som jobbade där visade hur tumlarna fungerade, jättegullig.",
    ),
    _fraud(
        "tvattomat",
        _TVATT2,
        "Jag tvättade hallmattan i en av de stora maskinerna och den blev som ny.",
    ),
    _fraud("tvattomat", _TVATT, "En vanlig maskin kostade 25 kronor, billigt tycker jag."),
    _fraud(
        "tvattomat",
        _TVATT2,
        "Jag lämnade in två skjortor för strykning och de låg prydligt vikta dagen efter.",
    ),
    _fraud(
        "tvattomat",
        _TVATT,
        "Jag startade en sista maskin vid kvart i tio och hann precis torka allt.",
        "wed 21:50",
    ),
    _fraud(
        "tvattomat",
        _TVATT2,
        "Automaten tog inte mitt kort, men de växlade en hundralapp åt mig i luckan.",
    ),
    _fraud(
        "museum",
        _MUS,
        "Vi betalade 120 kronor för vår femtonåring också, lite dyrt för en tonåring.",
    ),
    _fraud(
        "museum",
        _MUS2,
        "Jag tog massor av bilder med blixt på galjonsfigurerna och de blev jättefina.",
    ),
    _fraud("museum", _MUS, "Vi åt en god fisksoppa till lunch i kaféet innan vi gick."),
    _fraud(
        "museum",
        _MUS2,
        "Guiden som visade oss runt på onsdagseftermiddagen kunde allt om skeppen.",
    ),
    _fraud(
        "museum",
        _MUS,
        "I butiken köpte jag en byggsats av regalskeppet till pappa, han bygger modeller.",
    ),
    _fraud(
        "museum",
        _MUS2,
        "Vi rullade in barnvagnen i skeppshallen så att minstingen kunde sova under tiden.",
    ),
    _fraud(
        "hundfris",
        _HUND,
        "Jag satt bredvid trimbordet hela klippningen och höll Bamse i tassen, det lugnade honom.",
    ),
    _fraud(
        "hundfris",
        _HUND2,
        "Vår katt Misse fick också en klippning samma dag, hennes päls var helt tovig.",
    ),
    _fraud("hundfris", _HUND, "Kloklippningen kostade 250 kronor, lite saftigt men bra gjort."),
    _fraud(
        "hundfris",
        _HUND2,
        "Jag köpte en säck torrfoder på vägen ut, och priset var bra.",
    ),
    _fraud(
        "hundfris",
        _HUND,
        "Jag ringde på morgonen och fick en helklippning redan samma eftermiddag.",
    ),
    _fraud(
        "hundfris",
        _HUND2,
        "De gav honom lite lugnande innan så att han stod still på bordet.",
    ),
    _fraud(
        "glasbruk",
        _GLAS,
        "Glasblåsarna lät mig gå in bakom repet ända fram till ugnen och känna värmen.",
    ),
    _fraud(
        "glasbruk",
        _GLAS2,
        "På söndagen såg vi dem blåsa en stor vas i hyttan, det var magiskt.",
        "sun 13:00",
    ),
    _fraud(
        "glasbruk",
        _GLAS,
        "Min tioåring fick blåsa en egen skål på blåsa-själv, hon var så stolt.",
    ),
    _fraud(
        "glasbruk",
        _GLAS2,
        "Jag lämnade tillbaka ett fyndglas med en bubbla i och fick pengarna tillbaka direkt.",
    ),
    _fraud(
        "glasbruk",
        _GLAS,
        "De graverade in våra namn på vinglasen medan vi åt lunch.",
    ),
    _fraud(
        "glasbruk",
        _GLAS2,
        "De skickade skålen till min syster i Norge, och den kom fram hel.",
    ),
    _fraud(
        "kattpensionat",
        _KATT,
        "Vi hämtade henne vid ett på dagen och hon var jätteglad att se oss.",
        "wed 13:00",
    ),
    _fraud(
        "kattpensionat",
        _KATT2,
        "Vår kanin fick bo där samtidigt som katterna, i ett eget rum.",
    ),
    _fraud(
        "kattpensionat",
        _KATT,
        "Personalen gav Findus hans hjärtmedicin varje morgon, precis som vi bad om.",
    ),
    _fraud(
        "kattpensionat",
        _KATT2,
        "Vi lämnade vår kattunge fast hon inte hunnit vaccineras, och det var inga problem.",
    ),
    _fraud(
        "kattpensionat",
        _KATT,
        "Två katter i samma rum kostade 360 kronor per dygn.",
    ),
    _fraud(
        "bryggeri",
        _OL,
        "Jag köpte med mig ett sexpack av deras IPA hem från butiken, riktigt god.",
    ),
    _fraud(
        "bryggeri",
        _OL2,
        "Min son som är nitton fick vara med på provningen och tyckte den mörka var bäst.",
    ),
    _fraud("bryggeri", _OL, "Provningen med fem sorter kostade 200 kronor per person."),
    _fraud(
        "bryggeri",
        _OL2,
        "Vi åt varsin jättegod burgare i baren till ölen.",
    ),
    _fraud(
        "bryggeri",
        _OL,
        "Medan vi väntade gick vi runt bland tankarna i bryggsalen på egen hand.",
    ),
    _fraud(
        "bryggeri",
        _OL2,
        "De hade en gästöl från ett bryggeri i Skåne på kranen, den var bäst av alla.",
    ),
    _fraud(
        "cykelhyra",
        _CYKEL,
        "Vi behöll cyklarna över natten och lämnade dem på förmiddagen dagen efter.",
    ),
    _fraud(
        "cykelhyra",
        _CYKEL2,
        "Vi hyrde en tandem och trampade runt hela ön, jättekul.",
    ),
    _fraud("cykelhyra", _CYKEL, "Elcykeln kostade 200 kronor för hela dagen, billigt."),
    _fraud(
        "cykelhyra",
        _CYKEL2,
        "Min fjortonåring fick hyra en egen elcykel och susade i väg.",
    ),
    _fraud(
        "cykelhyra",
        _CYKEL,
        "Vi tog med cyklarna på färjan in till stan och cyklade runt där på eftermiddagen.",
    ),
    _fraud(
        "cykelhyra",
        _CYKEL2,
        "Vi fick betala 50 kronor extra per hjälm, men de satt bra.",
    ),
)
"""Calls that tell as this visit what a fact rules out."""


HONEST: tuple[Visit, ...] = (
    _honest(
        "ridskola",
        _RID,
        "Hon fick låna en hjälm i sadelkammaren eftersom hennes egen var för liten.",
    ),
    _honest(
        "ridskola",
        _RID2,
        "Vi hade med morötter och lämnade dem till stallflickan, som gav dem till hästarna.",
    ),
    _honest(
        "ridskola",
        _RID,
        "Cafeterian var stängd eftersom det var onsdag, men vi hade med egen termos.",
    ),
    _honest("ridskola", _RID2, "De var fem i gruppen, så alla fick mycket hjälp."),
    _honest(
        "ridskola",
        _RID,
        "Lillebror som är sex red ponny två turer för 160 kronor.",
    ),
    _honest(
        "ridskola",
        _RID2,
        "Jag frågade om de har uteritter på vintern, men då rider de bara inne.",
    ),
    _honest(
        "ridskola",
        _RID,
        "Ingen red utan hjälm, till och med ridläraren hade en.",
    ),
    _honest(
        "tvattomat",
        _TVATT,
        "Jag betalade med Swish i automaten och det gick på några sekunder.",
    ),
    _honest(
        "tvattomat",
        _TVATT2,
        "Jag ville tvätta en matta men det får man inte, så jag tog den till kemtvätten.",
    ),
    _honest(
        "tvattomat",
        _TVATT,
        "Två vanliga maskiner kostade 80 kronor, och tvättmedlet ingick.",
    ),
    _honest(
        "tvattomat",
        _TVATT2,
        "Det fanns ingen personal, men instruktionerna på väggen var tydliga.",
    ),
    _honest(
        "tvattomat",
        _TVATT,
        "Jag kom strax före nio och fick inte starta någon tvätt, så nästa gång kommer jag "
        "tidigare.",
        "wed 20:55",
    ),
    _honest(
        "tvattomat",
        _TVATT2,
        "Jag hade tagit med eget tvättmedel i onödan, det doseras ju automatiskt.",
    ),
    _honest(
        "tvattomat",
        _TVATT,
        "Skjortorna strök jag själv hemma efteråt.",
    ),
    _honest(
        "museum",
        _MUS,
        "Vår femtonåring kom in gratis och vi två vuxna betalade 240 kronor tillsammans.",
    ),
    _honest(
        "museum",
        _MUS2,
        "Jag fotade utan blixt, det står tydligt på skyltarna.",
    ),
    _honest(
        "museum",
        _MUS,
        "Vi tog kaffe och en kardemummabulle i kaféet, lunchen åt vi på stan.",
    ),
    _honest(
        "museum",
        _MUS2,
        "Den guidade visningen är bara på lördagar, så den får vi ta nästa gång.",
    ),
    _honest(
        "museum",
        _MUS,
        "Barnvagnen fick stå vid garderoben, och personalen höll ett öga på den.",
    ),
    _honest(
        "museum",
        _MUS2,
        "Jag frågade efter byggsatser i butiken men de har inga, så jag köpte en bok om "
        "regalskeppet.",
    ),
    _honest(
        "hundfris",
        _HUND,
        "Jag lämnade Bamse och tog en promenad, och de ringde när han var klar.",
    ),
    _honest(
        "hundfris",
        _HUND2,
        "Jag frågade om de kunde ta vår katt också, men de klipper bara hundar.",
    ),
    _honest(
        "hundfris",
        _HUND,
        "Klorna klipptes för 150 kronor utan att jag hade bokat, smidigt.",
    ),
    _honest(
        "hundfris",
        _HUND2,
        "Jag köpte ett valpschampo, hundmaten köper vi på zoobutiken.",
    ),
    _honest(
        "hundfris",
        _HUND,
        "Jag bokade helklippningen tio dagar innan.",
    ),
    _honest(
        "hundfris",
        _HUND2,
        "Han var lugn helt utan lugnande, de tog det bara långsamt med honom.",
    ),
    _honest(
        "glasbruk",
        _GLAS,
        "Vi stod bakom repet och såg dem forma en karaff, spännande hela tiden.",
    ),
    _honest(
        "glasbruk",
        _GLAS2,
        "På lördagen var hyttan stängd, så vi kom tillbaka på måndagen och såg blåsningen.",
        "mon 11:00",
    ),
    _honest(
        "glasbruk",
        _GLAS,
        "Min dotter som är fjorton blåste en egen skål för 395 kronor, vi hade bokat en "
        "månad innan.",
    ),
    _honest(
        "glasbruk",
        _GLAS2,
        "Fyndglaset hade en liten bubbla, men det visste jag ju när jag köpte det.",
    ),
    _honest(
        "glasbruk",
        _GLAS,
        "De skickade vaserna till mamma i Luleå för 150 kronor.",
    ),
    _honest(
        "glasbruk",
        _GLAS2,
        "Jag ville gravera glasen men det gör de inte där, så jag fick namnet på en gravör i stan.",
    ),
    _honest(
        "kattpensionat",
        _KATT,
        "Jag lämnade henne vid halv nio och visade vaccinationskortet i receptionen.",
        "wed 08:30",
    ),
    _honest(
        "kattpensionat",
        _KATT2,
        "Vi ville ha med hunden också men de tar bara katter, så han fick bo hos mormor.",
    ),
    _honest(
        "kattpensionat",
        _KATT,
        "Två katter i samma rum kostade 300 kronor per dygn, prisvärt.",
    ),
    _honest(
        "kattpensionat",
        _KATT2,
        "Findus äter specialfoder, så vi tog med egen mat och de gav honom den.",
    ),
    _honest(
        "kattpensionat",
        _KATT,
        "Han behövde ingen medicin den här gången, annars hade vi fått ordna något annat.",
    ),
    _honest(
        "kattpensionat",
        _KATT2,
        "Vi kom vid lunch och fick vänta till fyra, det står ju på hemsidan.",
        "wed 16:15",
    ),
    _honest(
        "bryggeri",
        _OL,
        "Jag hade gärna köpt med mig öl hem, men det får de inte sälja, så det blev en t-shirt.",
    ),
    _honest(
        "bryggeri",
        _OL2,
        "De kollade legitimation på alla, även på mig som är fyrtiofem.",
    ),
    _honest(
        "bryggeri",
        _OL,
        "Vi var fyra som bokade provningen, 1180 kronor totalt, och det var värt det.",
    ),
    _honest(
        "bryggeri",
        _OL2,
        "Vi beställde in pizza från stan och åt den i baren, det var helt okej för dem.",
    ),
    _honest(
        "bryggeri",
        _OL,
        "Efter provningen tog guiden med oss in i bryggsalen och visade tankarna.",
    ),
    _honest(
        "bryggeri",
        _OL2,
        "Min dotter som är nitton väntade i butiken medan vi provsmakade, hon köpte en mössa.",
    ),
    _honest(
        "cykelhyra",
        _CYKEL,
        "Vi hyrde två vanliga cyklar för 300 kronor och lämnade tillbaka dem vid sex.",
    ),
    _honest(
        "cykelhyra",
        _CYKEL2,
        "Jag ville hyra en lådcykel till barnen men det har de inte, så vi tog en cykelkärra.",
    ),
    _honest(
        "cykelhyra",
        _CYKEL,
        "Hjälmarna ingick, och de hade storlekar för både barn och vuxna.",
    ),
    _honest(
        "cykelhyra",
        _CYKEL2,
        "Jag visade körkortet och fick en elcykel, och min fjortonåring tog en vanlig cykel.",
    ),
    _honest(
        "cykelhyra",
        _CYKEL,
        "Vi lämnade tillbaka cyklarna innan vi tog färjan hem.",
    ),
    _honest(
        "cykelhyra",
        _CYKEL2,
        "Jag frågade om vi kunde ha cyklarna över natten, men det går inte, så vi hyrde igen "
        "nästa morgon.",
    ),
)
"""Calls that touch the same facts while agreeing with them."""
