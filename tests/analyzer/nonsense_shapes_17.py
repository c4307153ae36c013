"""Nonsense told fluently, and honest speech that is odd but meaningful, at eight new trades.

Invented visits to eight kinds of business no earlier nonsense, surreal, content or minimal
talk material had: a tailor, a glazier, a health-food shop, a garden centre, an electronics
shop, a self-service laundry, a haberdashery and a watchmaker. Each store asks its own three
questions (`QUESTIONS`), and a call is the customer's three answers to them, in order.

`NONSENSE` calls are fluent Swedish that says nothing a visit could have held, each in a
shape of its own: word salad in correct grammar, answers unrelated to the question asked,
self-contradicting gibberish, made-up products or processes that mean nothing, absurd
metaphors taken literally, and the store's own vocabulary strung into sentences that say
nothing possible. `HONEST` calls sit beside them: minimal answers ("bra, bra"), rambling but
meaningful speech, dialect and slang, jokes the caller marks as jokes, idioms ("det var rena
rama cirkusen", "hela affären kokade"), children quoted, confused but honest customers and
half-English.

All were written for this file (`offline-17`, nonsense) before the analyzer was run on any
of them; none comes from a labelled set. Figures are in `test_offline_nonsense_17.py`.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Store, store_context
from tests.analyzer.inconsistency_shapes import Call, labelled

_nonsense = labelled("nonsense", fraud=True)
_honest = labelled("honest", fraud=False)

STORES: dict[str, Store] = {
    "skrädderi": Store(
        "Skrädderiet på Kungsgatan i Örebro",
        ("10-18", "10-14", ""),
        (
            ("Ändringar", ("ändringssömnaden", "lagningar", "uppläggning")),
            ("Måttsytt", ("måttsydda", "kostymer", "provningen")),
            ("Kassan", ("kassa",)),
        ),
        (),
    ),
    "glasmästare": Store(
        "Glasmästarn i Borås",
        ("07-16", "", ""),
        (
            ("Glas", ("fönsterglas", "rutor", "speglar")),
            ("Inramning", ("ramar", "tavelramar", "inramningen")),
            ("Kundtjänst", ("disken", "beställningen")),
        ),
        (),
    ),
    "hälsokost": Store(
        "Hälsokostbutiken Linden i Gävle",
        ("10-18", "10-15", ""),
        (
            ("Kosttillskott", ("vitaminer", "tillskotten", "proteinpulver")),
            ("Livsmedel", ("nötter", "mjöl", "teet")),
            ("Hudvård", ("krämer", "hudvården")),
            ("Kassan", ("kassa",)),
        ),
        (),
    ),
    "trädgård": Store(
        "Plantskolan Gröna Gården utanför Växjö",
        ("09-18", "09-16", "10-15"),
        (
            ("Växter", ("plantorna", "buskar", "perenner", "fruktträd")),
            ("Jord och gödsel", ("jorden", "gödseln", "säckarna")),
            ("Redskap", ("redskapen", "krukor", "slangar")),
            ("Kassan", ("kassa",)),
        ),
        (),
    ),
    "elektronik": Store(
        "Elbutiken på Torget i Sundsvall",
        ("10-19", "10-16", "11-15"),
        (
            ("Mobiler", ("telefonerna", "mobilskal", "laddare")),
            ("Datorer", ("laptops", "datorerna", "skärmarna")),
            ("Ljud och bild", ("hörlurar", "tv-apparaterna", "högtalare")),
            ("Service", ("verkstaden", "reparationen")),
            ("Kassan", ("kassa",)),
        ),
        (),
    ),
    "tvättomat": Store(
        "Tvättomaten Bubblan i Malmö",
        ("07-22", "07-22", "07-22"),
        (
            ("Tvätt", ("tvättmaskinerna", "maskinerna", "tvättmedel")),
            ("Tork", ("torktumlarna", "torkskåpen")),
            ("Betalning", ("automaten", "betalningen", "kortläsaren")),
        ),
        (),
    ),
    "sybehör": Store(
        "Sybehörsaffären Nål & Tråd i Lund",
        ("10-18", "10-14", ""),
        (
            ("Garn", ("garnet", "stickgarn", "härvorna")),
            ("Tyger", ("tygerna", "metervaran", "bomullstyg")),
            ("Tillbehör", ("knappar", "dragkedjor", "nålar", "band")),
            ("Kassan", ("kassa",)),
        ),
        (),
    ),
    "urmakare": Store(
        "Urmakeriet i Uppsala",
        ("10-17", "10-13", ""),
        (
            ("Reparation", ("reparationen", "verkstaden", "batteribyte")),
            ("Klockor", ("armbandsur", "klockorna", "väggur")),
            ("Armband", ("armbanden", "läderarmband")),
        ),
        (),
    ),
}
"""The eight stores, each with the departments a customer may name."""

QUESTIONS: dict[str, tuple[str, str, str]] = {
    "skrädderi": (
        "Vad lämnade du in eller beställde hos oss?",
        "Hur blev resultatet när du hämtade?",
        "Hur var bemötandet vid disken?",
    ),
    "glasmästare": (
        "Vad gällde ditt ärende hos glasmästaren?",
        "Hur fungerade mätningen och monteringen?",
        "Var det något vi kunde ha gjort bättre?",
    ),
    "hälsokost": (
        "Vad handlade du i butiken?",
        "Fick du de råd du behövde av personalen?",
        "Hur upplevde du utbudet?",
    ),
    "trädgård": (
        "Vad köpte du hos oss den här gången?",
        "Hur mådde växterna när du kom hem?",
        "Hittade du det du letade efter?",
    ),
    "elektronik": (
        "Vilken produkt handlade du?",
        "Hur var hjälpen från säljaren?",
        "Hur fungerar produkten nu?",
    ),
    "tvättomat": (
        "Hur gick det att boka och betala?",
        "Hur fungerade maskinerna?",
        "Hur var det med städningen i lokalen?",
    ),
    "sybehör": (
        "Vad letade du efter i butiken?",
        "Fick du hjälp att hitta rätt?",
        "Hur var priserna tycker du?",
    ),
    "urmakare": (
        "Vad lämnade du in för reparation?",
        "Hur lång tid tog det innan klockan var klar?",
        "Hur var kontakten med urmakaren?",
    ),
}
"""Each store's three questions, asked in order; a call's answers answer them."""


@cache
def context(key: str) -> BusinessContext:
    """The business context of one of `STORES`."""
    return store_context(f"nonsense17-{key}", STORES[key])


NONSENSE: tuple[Call, ...] = (
    # skrädderi
    _nonsense(
        "skrädderi",
        "word salad in grammar",
        "Byxorna lämnade jag in för att tystnaden skulle sys upp i midjan.",
        "Resultatet smakade blått och sömmen kom ihåg mitt förnamn.",
        "Bemötandet var trekantigt men ändå ganska onsdag.",
    ),
    _nonsense(
        "skrädderi",
        "answers unrelated to the questions",
        "Min moster har en husvagn i Dalarna som hon aldrig använder.",
        "Jupiter har fler månar än man tror, det läste jag någonstans.",
        "Pingviner kan inte flyga men de simmar fort.",
    ),
    _nonsense(
        "skrädderi",
        "a made-up process that means nothing",
        "Jag beställde en omvänd kavaj med inåtvänd fodring av tidigare väder.",
        "Skräddaren baklängessydde den i fjärde dimensionen så ärmarna blev äldre än jag.",
        "Hon var trevlig vid disken.",
    ),
    _nonsense(
        "skrädderi",
        "self-contradicting gibberish",
        "Jag lämnade in en kostym som jag inte har och hämtade den innan jag lämnade den.",
        "Den var för kort och för lång på samma ställe, precis som jag inte ville och ville.",
        "Bemötandet var bra fast det inte fanns något bemötande, och det var dåligt.",
    ),
    _nonsense(
        "skrädderi",
        "the store's words strung into nothing possible",
        "Uppläggningen lades upp på provningen av lagningen av kassan.",
        "Sömmarna sydde måttet och måttet mätte sömnaden tillbaka in i kostymen.",
        "Disken var lagad och kassan var uppsydd med en dragkedja av kvitton.",
    ),
    # glasmästare
    _nonsense(
        "glasmästare",
        "an absurd metaphor taken literally",
        "Vi behövde nytt glas eftersom fönstret hade gråtit sönder av hemlängtan.",
        "Glasmästaren mätte upp tystnaden i rutan och monterade den med tandkräm.",
        "Nej, det var bra som det var.",
    ),
    _nonsense(
        "glasmästare",
        "word salad in grammar",
        "Ärendet gällde en spegel som jag lånade av igår till min cykels farfar.",
        "Monteringen fungerade hungrigt, ramen var lite för mycket tisdag.",
        "Ni kunde ha gjort glaset mer rundare i smaken.",
    ),
    _nonsense(
        "glasmästare",
        "answers unrelated to the questions",
        "Jag har alltid tyckt att hästar är vackra djur.",
        "Förra sommaren regnade det nästan hela juli hos oss.",
        "Min son spelar trumpet i skolorkestern.",
    ),
    _nonsense(
        "glasmästare",
        "a made-up product that means nothing",
        "Jag beställde ett dubbelvänt tvåsidigt enkelglas med insida på båda utsidorna.",
        "De monterade det så att det syns inifrån från utsidan när man inte tittar.",
        "Det blev bra, nu är fönstret genomskinligt åt ingen håll.",
    ),
    _nonsense(
        "glasmästare",
        "store words with no sense",
        "Inramningen ramade in ramen med en ram av fönsterglas i spegeln.",
        "Rutorna mättes i rutor och beställningen speglade disken.",
        "Glaset kunde ha varit mer glas.",
    ),
    # hälsokost
    _nonsense(
        "hälsokost",
        "word salad in grammar",
        "Jag handlade vitaminer som luktade av gårdagens trappor.",
        "Personalen rådde mig att dricka pulvret baklänges mot norr.",
        "Utbudet var fyrkantigt och lite för mycket fredag i hyllorna.",
    ),
    _nonsense(
        "hälsokost",
        "a made-up remedy that means nothing",
        "Jag köpte en burk torkad tystnad med extra magnesium av måndag.",
        "Hon sa att den skulle tas mellan två tankar, aldrig under en tanke.",
        "Utbudet av osynliga nötter var stort.",
    ),
    _nonsense(
        "hälsokost",
        "answers unrelated to the questions",
        "Volvo byggde bra bilar på sjuttiotalet, min pappa hade en 240.",
        "Det är viktigt att byta däck i tid innan första frosten.",
        "Jag röstade inte i förra valet.",
    ),
    _nonsense(
        "hälsokost",
        "self-contradicting gibberish",
        "Jag handlade ingenting men fick med mig allt jag köpte, fast jag inte var där.",
        "Rådet var att äta mer för att äta mindre av det som inte finns.",
        "Utbudet var tomt och fullt, mest tomt av det som var fullt.",
    ),
    _nonsense(
        "hälsokost",
        "an absurd metaphor taken literally",
        "Jag köpte proteinpulver och det gav mig så mycket energi att jag lyste i mörkret "
        "hela natten, grannarna läste tidningen i mitt sken.",
        "Personalen hällde råden i en påse åt mig.",
        "Utbudet sträckte sig ända till Finland, jag gick längs hyllan hela dagen.",
    ),
    # trädgård
    _nonsense(
        "trädgård",
        "word salad in grammar",
        "Jag köpte en perenn som väger ett halvt förslag och blommar i moll.",
        "Växterna mådde av sig själva, jorden var mer än grön.",
        "Jag hittade det jag letade efter under ett senare tillfälle av pelargoner.",
    ),
    _nonsense(
        "trädgård",
        "answers unrelated to the questions",
        "Min bror flyttade till Norge för tre år sen.",
        "Jag tycker att deckare är bättre som böcker än som filmer.",
        "Kaffe ska drickas svart, annars är det ingen idé.",
    ),
    _nonsense(
        "trädgård",
        "a made-up plant that means nothing",
        "Jag köpte en omvänd äppelbuske som bär kärnor utan äpplen runt.",
        "Den trivs bäst planterad uppochner i luften, så vi hängde jorden i taket.",
        "Ja, de hade hela sortimentet av rotlösa rötter.",
    ),
    _nonsense(
        "trädgård",
        "the store's words strung into nothing possible",
        "Jag köpte jord till krukorna och krukor till jorden och jorden till säckarna.",
        "Slangarna gödslade buskarna och gödseln vattnade redskapen.",
        "Jag hittade kassan bland perennerna i fruktträdet.",
    ),
    _nonsense(
        "trädgård",
        "self-contradicting gibberish",
        "Vi köpte tre buskar, alltså inga buskar, det var en buske som var tre ingenting.",
        "De dog när vi kom hem men lever fortfarande döda i rabatten, det är fint.",
        "Jag hittade det jag inte letade efter och letade efter det jag hittade.",
    ),
    # elektronik
    _nonsense(
        "elektronik",
        "word salad in grammar",
        "Jag handlade en laddare till min frukost som var slut på batteriet.",
        "Säljaren förklarade skärmen med sitt grannlands lukt.",
        "Produkten fungerar ganska oktober nu, tack.",
    ),
    _nonsense(
        "elektronik",
        "a made-up device that means nothing",
        "Jag köpte en trådlös sladd med inbyggd avsaknad av ström.",
        "Säljaren visade hur man laddar den med tystnad från ett annat rum.",
        "Den fungerar perfekt när den är avstängd och ännu bättre när den inte finns.",
    ),
    _nonsense(
        "elektronik",
        "answers unrelated to the questions",
        "Sillen ska ligga i lag minst ett dygn innan midsommar.",
        "Min granne har två katter och en sköldpadda.",
        "Det blåste mycket på Öland i somras.",
    ),
    _nonsense(
        "elektronik",
        "an absurd metaphor taken literally",
        "Jag köpte en tv som var så skarp att jag skar mig i fingret på bilden.",
        "Säljaren var blixtsnabb, han slog ner i taket två gånger.",
        "Ljudet är så rent att jag kan diska tallrikarna i det.",
    ),
    _nonsense(
        "elektronik",
        "the store's words strung into nothing possible",
        "Mobilskalet reparerade verkstaden och laddarna laddade datorerna med högtalare.",
        "Hörlurarna hörde på säljaren medan skärmarna skärmade av kassan.",
        "Tv-apparaterna fungerar som laptops i mobilerna.",
    ),
    # tvättomat
    _nonsense(
        "tvättomat",
        "word salad in grammar",
        "Bokningen betalade jag med ett ljud av gamla strumpor.",
        "Maskinerna tvättade mina åsikter på sextio grader tills de blev mjuka.",
        "Städningen var hög och lokalen luktade mycket tisdagskväll.",
    ),
    _nonsense(
        "tvättomat",
        "answers unrelated to the questions",
        "Jag tränar inför Vasaloppet nästa år.",
        "Mormor gjorde alltid kroppkakor på söndagar.",
        "Det finns för få cykelbanor i stan tycker jag.",
    ),
    _nonsense(
        "tvättomat",
        "self-contradicting gibberish",
        "Jag betalade utan att betala och bokade en tid som redan hade varit i morgon.",
        "Maskinen tvättade torrt och torktumlaren blötte ner allt torrt igen, fast ingenting "
        "var blött.",
        "Lokalen var ren av smuts.",
    ),
    _nonsense(
        "tvättomat",
        "a made-up process that means nothing",
        "Jag valde programmet inåttvätt, där kläderna tvättas inifrån sina egna fickor.",
        "Efteråt avtvättade torkskåpet färgerna tillbaka till vitt i bokstavsordning.",
        "Golvet var nystädat.",
    ),
    _nonsense(
        "tvättomat",
        "the store's words strung into nothing possible",
        "Kortläsaren tvättade automaten och betalningen torkade i torkskåpet.",
        "Tvättmedlet bokade torktumlarna till maskinerna.",
        "Städningen städade lokalen med betalningen.",
    ),
    # sybehör
    _nonsense(
        "sybehör",
        "word salad in grammar",
        "Jag letade efter ett garn som stickar sig själv mot vinden i mars.",
        "Hjälpen var grön och knapparna nickade åt mig vid disken.",
        "Priserna var högt och mjukt som en förklaring.",
    ),
    _nonsense(
        "sybehör",
        "answers unrelated to the questions",
        "Vi ska måla om huset i sommar, troligen gult.",
        "Min dotter börjar gymnasiet till hösten.",
        "Jag har aldrig gillat fotboll.",
    ),
    _nonsense(
        "sybehör",
        "an absurd metaphor taken literally",
        "Jag letade efter den röda tråden i mitt liv, och den låg i korgen bredvid kassan.",
        "Expediten hjälpte mig att sy ihop min ekonomi med ett kaststygn.",
        "Priserna var skyhöga, jag fick stå på en stege för att läsa dem.",
    ),
    _nonsense(
        "sybehör",
        "a made-up product that means nothing",
        "Jag köpte tre meter osynligt tyg med mönster som bara syns när man glömmer det.",
        "Hon mätte upp det med en ljudlös linjal i minuter.",
        "Priset var rimligt per tanke.",
    ),
    _nonsense(
        "sybehör",
        "the store's words strung into nothing possible",
        "Härvorna knappade dragkedjorna och metervaran nålade banden.",
        "Garnet hjälpte tygerna att hitta knapparna i kassan.",
        "Priserna syddes fast i bomullstyget.",
    ),
    # urmakare
    _nonsense(
        "urmakare",
        "word salad in grammar",
        "Jag lämnade in ett armbandsur som gick för djupt i sina visare.",
        "Det tog ungefär en blå vecka innan tiden var hungrig nog.",
        "Urmakaren var rund och pratade om torsdagens ljud.",
    ),
    _nonsense(
        "urmakare",
        "answers unrelated to the questions",
        "Det är svårt att få tag på bra tomater på vintern.",
        "Vi har en sommarstuga vid Vättern.",
        "Min katt heter Selma.",
    ),
    _nonsense(
        "urmakare",
        "an absurd metaphor taken literally",
        "Jag lämnade in tiden själv, den hade börjat rinna ut ur väggklockan på golvet.",
        "Urmakaren torkade upp tiden och hällde tillbaka den, det tog en evighet bokstavligen.",
        "Kontakten var bra.",
    ),
    _nonsense(
        "urmakare",
        "self-contradicting gibberish",
        "Jag lämnade in en klocka som inte fanns för ett batteribyte på ett urverk utan "
        "batteri som gick.",
        "Den var klar innan jag lämnade in den och ändå inte klar än.",
        "Urmakaren var där och inte där samtidigt, men mest inte.",
    ),
    _nonsense(
        "urmakare",
        "the store's words strung into nothing possible",
        "Reparationen reparerade verkstaden med läderarmbanden.",
        "Batteribytet tog väggur på sig innan klockorna armbandade.",
        "Urmakaren urmakade kontakten.",
    ),
)
"""Fluent answers that say nothing a visit could have held."""


HONEST: tuple[Call, ...] = (
    # skrädderi
    _honest(
        "skrädderi",
        "minimal answers",
        "Byxor.",
        "Bra, bra.",
        "Trevligt.",
    ),
    _honest(
        "skrädderi",
        "rambling but meaningful",
        "Ja alltså, jag lämnade in min gamla kavaj, den som jag hade på min systers bröllop, "
        "fast den var för stor redan då, och nu har jag ju gått ner lite, så ärmarna skulle "
        "kortas och så skulle den tas in i ryggen.",
        "Den blev faktiskt jättebra, hon hade till och med bytt en knapp som satt löst, det "
        "hade jag inte ens bett om.",
        "Hon var lite stressad, det var kö, men vänlig.",
    ),
    _honest(
        "skrädderi",
        "an idiom of chaos",
        "En kostym som skulle sys om till min son inför studenten.",
        "Det var rena rama cirkusen när vi hämtade, de hade blandat ihop två lappar, men den "
        "satt perfekt till slut.",
        "Bra, de bad om ursäkt för röran.",
    ),
    _honest(
        "skrädderi",
        "dialect and slang",
        "Ja, int va dä mycke, ett par jeans som skulle läggas upp.",
        "Sjukt nice faktiskt, sömmen syns knappt, helt grymt.",
        "Schysst snubbe vid disken, han snacka på.",
    ),
    _honest(
        "skrädderi",
        "half-English",
        "Ett par chinos som behövde shortening, typ tre centimeter.",
        "Honestly perfect, precis the right length.",
        "Super friendly, hon förklarade allt.",
    ),
    _honest(
        "skrädderi",
        "a confused but honest customer",
        "Öh, var det en klänning? Nej vänta, det var kjolen, dragkedjan hade gått sönder.",
        "Jag tror den blev bra, jag har inte provat den än faktiskt, förlåt.",
        "Bra tror jag, det var en äldre man.",
    ),
    # glasmästare
    _honest(
        "glasmästare",
        "a child quoted",
        "En ruta i altandörren som sonen sparkat fotboll på.",
        "Montören kom på tisdagen, snabbt och prydligt. Min sexåring sa att han var en "
        "trollkarl som kunde laga luft.",
        "Nej, det var bra.",
    ),
    _honest(
        "glasmästare",
        "a joke marked as a joke",
        "Vi skulle rama in en stor affisch.",
        "Ramen blev så fin att tavlan nästan blev avundsjuk, skämt åsido, snyggt jobb.",
        "Kanske ha lite fler färger på passepartout att välja på.",
    ),
    _honest(
        "glasmästare",
        "minimal answers",
        "Spegel.",
        "Bra.",
        "Nej.",
    ),
    _honest(
        "glasmästare",
        "an idiom of heat",
        "Ett trasigt fönster i köket efter stormen.",
        "Han mätte upp på en gång och monterade två dagar senare, det tog en timme.",
        "Hela affären kokade när jag var där och ringde, ingen svarade, så ni behöver nog "
        "mer folk i telefonen.",
    ),
    _honest(
        "glasmästare",
        "rambling but meaningful",
        "Det var min mammas gamla tavla, ett broderi som hon gjorde när hon var ung, och "
        "glaset hade spruckit när vi flyttade henne till boendet.",
        "De bytte glaset och tog ett reflexfritt, vilket man inte tänker på men det gör stor "
        "skillnad, man ser stygnen nu.",
        "Kanske skicka ett sms när det är klart, jag fick ringa själv.",
    ),
    _honest(
        "glasmästare",
        "half-English",
        "Glass till en vitrinskåp, shelf glass alltså.",
        "Mätningen was quick, och monteringen gjorde jag själv.",
        "Maybe öppna på lördagar, jag jobbar vardagar.",
    ),
    # hälsokost
    _honest(
        "hälsokost",
        "minimal answers",
        "D-vitamin.",
        "Ja.",
        "Bra, bra.",
    ),
    _honest(
        "hälsokost",
        "a confused but honest customer",
        "Något för magen, vad heter det, mjölksyrebakterier? Nåt sånt i alla fall.",
        "Hon frågade vad jag hade för problem och då visste jag inte riktigt, så hon gav mig "
        "ett prov att testa först.",
        "Det fanns mycket, nästan för mycket, jag blev lite snurrig.",
    ),
    _honest(
        "hälsokost",
        "a joke marked as a joke",
        "Proteinpulver med chokladsmak.",
        "Killen sa att jag skulle få muskler som Hulken, på skämt alltså, men han gav bra råd "
        "om hur mycket man ska ta.",
        "Bra utbud av pulver, lite tunt med glutenfritt bröd.",
    ),
    _honest(
        "hälsokost",
        "dialect",
        "Nötter å torkad frukt, sånt man ha i påsen på jobbe.",
        "Jo, ho va go å glad, visste va ho prata om.",
        "Dä va bra, fast dyrt, dä ä dä ju.",
    ),
    _honest(
        "hälsokost",
        "a child quoted",
        "Vitaminer till barnen, de där gummibjörnarna.",
        "Min dotter frågade kassörskan om björnarna kunde prata, och hon svarade att de bara "
        "pratar på natten, det var gulligt.",
        "Utbudet var okej men björnarna tog slut nästan.",
    ),
    _honest(
        "hälsokost",
        "an idiom of chaos",
        "Havregryn och te.",
        "Det var rena rama cirkusen i kassan, en kortterminal hade lagt av, men tjejen fixade "
        "det lugnt.",
        "Bra, teet var gott.",
    ),
    # trädgård
    _honest(
        "trädgård",
        "rambling but meaningful",
        "Vi köpte ett äppelträd, ett Aroma, för vi har ju haft ett gammalt träd som dog i "
        "vintras, och grannarna har ett Aroma så vi tänkte att det kanske korsbefruktar.",
        "Det mår bra, det har fått nya blad, fast vi vattnar nog för mycket.",
        "Ja, fast vi fick fråga om jorden, den stod längst bak.",
    ),
    _honest(
        "trädgård",
        "slang",
        "Typ tio pelargoner och en massa jord.",
        "De mår prima, asbra faktiskt.",
        "Jao, men krukorna var slutsålda, lite synd.",
    ),
    _honest(
        "trädgård",
        "a joke marked as a joke",
        "En kaktus, för jag dödar allt annat.",
        "Den lever fortfarande, vilket är ett mirakel med mig som mamma, haha.",
        "Ja, personalen skrattade och sa att den klarar sig på ingenting.",
    ),
    _honest(
        "trädgård",
        "minimal answers",
        "Tulpaner.",
        "Bra.",
        "Ja, ja.",
    ),
    _honest(
        "trädgård",
        "a confused but honest customer",
        "Jag tror det var hortensior, eller var det rhododendron, de lila i alla fall.",
        "Lite hängiga, men det var varmt i bilen, så det var nog mitt fel.",
        "Jo, jag hittade dom vid entrén tror jag.",
    ),
    _honest(
        "trädgård",
        "an idiom taken as an idiom",
        "Gödsel och en ny slang.",
        "Det är ju inte raketforskning, men växterna mår bra.",
        "Jo, fast jag gick som katten kring het gröt innan jag frågade om hjälp.",
    ),
    # elektronik
    _honest(
        "elektronik",
        "half-English",
        "En laptop för gaming, med bra GPU.",
        "Säljaren var super knowledgeable, han visste allt om specsen.",
        "Works great, inga problem än så länge.",
    ),
    _honest(
        "elektronik",
        "a confused but honest customer",
        "Öh, en sån där sladd, till telefonen, USB-C tror jag, eller nej, den andra.",
        "Han fick rätta mig två gånger, jag hade fel modell i huvudet.",
        "Den laddar i alla fall, så den verkar fungera.",
    ),
    _honest(
        "elektronik",
        "a child quoted",
        "Hörlurar till min son.",
        "Bra, han förklarade skillnaden mellan modellerna.",
        "Sonen säger att de låter som att vara inne i en rymdraket, så han är nöjd.",
    ),
    _honest(
        "elektronik",
        "minimal answers",
        "Laddare.",
        "Okej.",
        "Funkar.",
    ),
    _honest(
        "elektronik",
        "an idiom of chaos",
        "En ny tv, femtiofem tum.",
        "Det var rena rama cirkusen, Black Friday, men killen tog sig tid med oss ändå.",
        "Bra, bilden är skarp.",
    ),
    _honest(
        "elektronik",
        "rambling but meaningful",
        "En mobil till min pappa som är åttiotvå och har haft en knapptelefon i tjugo år och "
        "vägrat byta, men nu gick den sönder så han hade inget val.",
        "Säljaren var jättetålmodig, hon ställde in stor text och visade hur han ringer mig.",
        "Han har ringt mig fyra gånger om dagen sen dess, så den fungerar.",
    ),
    # tvättomat
    _honest(
        "tvättomat",
        "minimal answers",
        "Lätt.",
        "Bra.",
        "Rent.",
    ),
    _honest(
        "tvättomat",
        "dialect",
        "Dä gick bra, man blippa kortet bara.",
        "Maskinern funka, men en va trasig, nummer tre.",
        "Dä va rent å fint.",
    ),
    _honest(
        "tvättomat",
        "an idiom of heat",
        "Appen krånglade, men kortläsaren fungerade.",
        "Hela stället kokade en söndag kväll, alla maskiner upptagna, jag fick vänta en timme.",
        "Golvet var lite blött vid torktumlarna.",
    ),
    _honest(
        "tvättomat",
        "a joke marked as a joke",
        "Smidigt i appen.",
        "Torktumlaren åt upp en strumpa, som de alltid gör, haha, men annars bra.",
        "Rent och fräscht.",
    ),
    _honest(
        "tvättomat",
        "half-English",
        "Easy, man betalar med card direkt.",
        "Maskinerna was fine, lite slow spinning kanske.",
        "Clean enough, men soporna var fulla.",
    ),
    _honest(
        "tvättomat",
        "a child quoted",
        "Jag betalade med kort i automaten.",
        "Bra, min treåring satt och tittade på trumman hela tiden och sa att tvätten dansade.",
        "Det var städat, men det låg ludd i filtret.",
    ),
    # sybehör
    _honest(
        "sybehör",
        "rambling but meaningful",
        "Jag letade efter ett särskilt garn, merino, i en grön nyans som mormor stickade "
        "med när jag var liten, det är en tröja jag försöker göra en kopia av.",
        "Hon tog fram tre olika gröna och vi höll upp dem mot ett foto på tröjan i mobilen.",
        "Lite dyrt men det är ju kvalitet.",
    ),
    _honest(
        "sybehör",
        "an idiom taken as an idiom",
        "Knappar till en kofta.",
        "Ja, hon hittade en nål i en höstack, precis den knappen jag ville ha.",
        "Helt okej.",
    ),
    _honest(
        "sybehör",
        "minimal answers",
        "Dragkedja.",
        "Ja.",
        "Okej.",
    ),
    _honest(
        "sybehör",
        "a confused but honest customer",
        "Öh, tyg till gardiner, fast jag visste inte måtten, så jag fick gissa.",
        "Hon förklarade hur jag skulle mäta, jag hade mätt fel på fönstret.",
        "Priserna vet jag inte, min man betalade.",
    ),
    _honest(
        "sybehör",
        "a child quoted",
        "Filt och pärlor till ett pyssel med barnen.",
        "Ja, min dotter frågade om knapparna var godis, och expediten sa att man inte kan äta "
        "dem, det var fint.",
        "Rimliga.",
    ),
    _honest(
        "sybehör",
        "slang",
        "Typ band och lite grejer till en klänning.",
        "Jao, hon var mega hjälpsam, asschysst.",
        "Lite saftiga priser på banden, men okej.",
    ),
    # urmakare
    _honest(
        "urmakare",
        "minimal answers",
        "Batteri.",
        "Snabbt.",
        "Bra, bra.",
    ),
    _honest(
        "urmakare",
        "rambling but meaningful",
        "Min pappas gamla fickur, det har stått still sen han dog, och jag ville att mina "
        "barn skulle kunna höra det ticka, det betyder mycket för mig.",
        "Det tog tre veckor, han fick beställa en del från Schweiz.",
        "Han var varm och berättade om uret, att det var från trettiotalet.",
    ),
    _honest(
        "urmakare",
        "a joke marked as a joke",
        "Ett väggur som gick tio minuter fel.",
        "En vecka, ironiskt nog på en klocka som inte kunde hålla tiden, haha.",
        "Trevlig, lite tystlåten.",
    ),
    _honest(
        "urmakare",
        "half-English",
        "Ett nytt strap till min watch, läder.",
        "Same day, väldigt quick.",
        "Very professional, han visste exakt vad som behövdes.",
    ),
    _honest(
        "urmakare",
        "an idiom of chaos",
        "Armbandet till min klocka hade gått av.",
        "Det var rena rama cirkusen att få tag på honom, han har bara öppet fram till ett på "
        "lördagar, men när jag väl kom in var det klart på tio minuter.",
        "Bra, han var lugn.",
    ),
    _honest(
        "urmakare",
        "a confused but honest customer",
        "Jag tror det var batteriet, eller kanske nåt med visarna, den stod i alla fall still.",
        "Några dagar, fyra kanske, jag minns inte riktigt.",
        "Bra, han förklarade vad som var fel, fast jag förstod inte allt.",
    ),
)
"""Odd but meaningful honest answers, each a near miss of a nonsense shape."""

NONSENSE, HONEST = (
    tuple(call._replace(shape=f"{call.shape} ({call.store})") for call in calls)
    for calls in (NONSENSE, HONEST)
)
"""Each shape named with its store, since every store holds the same kinds."""
CALLS = NONSENSE + HONEST
