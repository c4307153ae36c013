"""Honest payable calls in the speech of real customers, labelled with the band a store
manager would pay, and unpaid calls beside them at the same stores: material for
`test_offline_paid_fourteen.py`.

Written by hand for this file before the analyzer was run on any of it; no sentence is taken
from a labelled set. Six invented stores of trades no set had as its store (a pharmacy, a
bicycle shop with a workshop, an optician, a garden centre with a café, a toy store, a
bookshop with a café). A call is the customer's whole turns: three to six answers to the
first questions of `QUESTIONS`. The speech varies on purpose: meandering answers full of
fillers, dialect, numbers said as words, a complaint softened by politeness, praise by
negation ("inte dåligt alls"), a child interrupting, a customer correcting themselves, the
trade's jargon, short clipped answers that still say something concrete.

`PAID` calls are honest and useful and must qualify, banded as a manager would pay them:
`low` a small wish or a mild remark (≈ 2–6 %), `medium` a middling concrete problem or
detailed praise of named staff and things (≈ 6–10 %), `high` a systemic, costly or safety
problem told with what, where, when and why (≈ 10–15 %). `UNPAID` calls must not qualify:
fluent empty praise, generic talk, a request for the reward, talk about another store.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Store, store_context
from tests.analyzer.unpaid_shapes_13 import shaped_calls

__all__ = ["PAID", "QUESTIONS", "UNPAID", "context", "shaped_calls"]

Call = tuple[str, ...]
Shaped = tuple[str, Call]
"""A call and the key of the store it is made to."""

QUESTIONS = (
    "Hur var ditt besök hos oss idag?",
    "Var det något särskilt som stack ut, bra eller dåligt?",
    "Hur upplevde du bemötandet från personalen?",
    "Hittade du det du letade efter?",
    "Finns det något vi kan göra bättre?",
    "Är det något mer du vill tillägga?",
)

STORES: dict[str, Store] = {
    "apotek": Store(
        "Apoteket Svalan i Ludvika",
        ("09-19", "10-15", ""),
        (
            ("Receptdisken", ("receptet", "uttaget", "receptkassan")),
            ("Egenvård", ("egenvården", "egenvårdshyllorna")),
            ("Hudvård", ("hudvården", "hudvårdshyllan", "solskyddet")),
            ("Kassan", ("kassa", "självkassan")),
        ),
        (
            "Receptfria läkemedel med paracetamol säljs bara till den som fyllt 18 år.",
            "Blodtrycksmätaren vid entrén är gratis att använda.",
        ),
    ),
    "cykel": Store(
        "Trampen Cykel och Verkstad i Umeå",
        ("10-18", "10-15", ""),
        (
            ("Verkstaden", ("cykelverkstaden", "servicen", "mekanikerna")),
            ("Cyklar", ("cykelhallen", "elcyklarna", "barncyklarna")),
            ("Tillbehör", ("hjälmarna", "tillbehören", "reservdelarna")),
            ("Kassan", ("kassa",)),
        ),
        (
            "Verkstaden tar bokade tider; punkteringar lagas samma dag.",
            "Provtur på elcykel kräver legitimation.",
        ),
    ),
    "optik": Store(
        "Glasögonhuset i Motala",
        ("09-18", "10-14", ""),
        (
            ("Synundersökning", ("synrummet", "synundersökningen", "syntestet")),
            ("Bågar", ("bågarna", "bågväggen")),
            ("Kontaktlinser", ("linserna", "linsavdelningen")),
            ("Kassan", ("kassa",)),
        ),
        (
            "Synundersökningen kostar 495 kronor och dras av vid köp av glasögon.",
            "Glasögon är klara inom tio arbetsdagar.",
        ),
    ),
    "tradgard": Store(
        "Gröna Gläntan trädgård och kafé i Enköping",
        ("09-18", "09-16", "10-16"),
        (
            ("Växthuset", ("krukväxterna", "orangeriet")),
            ("Plantskolan", ("buskarna", "fruktträden", "perennerna")),
            ("Kaféet", ("fiket", "caféet")),
            ("Jord och redskap", ("jordsäckarna", "redskapen", "lastzonen")),
            ("Kassan", ("kassa",)),
        ),
        ("Jordsäckar lastas av personal vid lastzonen.",),
    ),
    "leksak": Store(
        "Lekladan i Kalmar",
        ("10-18", "10-16", "11-15"),
        (
            ("Byggleksaker", ("legohyllan", "byggleksakerna")),
            ("Spel och pussel", ("spelhyllan", "sällskapsspelen", "pusslen")),
            ("Småbarn", ("småbarnshörnan", "bebisleksakerna")),
            ("Utomhus", ("utomhusleksakerna", "sandlådeleksakerna")),
            ("Kassan", ("kassa", "presentinslagningen")),
        ),
        ("Presentinslagning är gratis.",),
    ),
    "bokkafe": Store(
        "Bokkaféet Eken i Borås",
        ("10-18", "10-16", "12-16"),
        (
            ("Böcker", ("bokhyllorna", "romanerna", "pocketbordet")),
            ("Barnböcker", ("barnavdelningen", "sagohörnan")),
            ("Kaféet", ("fiket", "kaffet")),
            ("Kassan", ("kassa",)),
        ),
        ("Beställda böcker kommer inom tre arbetsdagar.",),
    ),
}


@cache
def context(key: str) -> BusinessContext:
    """The business context of one of `STORES`."""
    return store_context(f"paid14-{key}", STORES[key])


PAID: dict[str, tuple[Shaped, ...]] = {
    "low": (
        (
            "apotek",
            (
                "Bra, det gick fort.",
                "Nej, inget särskilt. Fast lappen med kölappar satt lite högt, jag fick leta "
                "efter den.",
                "Trevliga.",
                "Ja.",
                "Kanske sätta kölappsautomaten där man ser den när man kommer in.",
            ),
        ),
        (
            "apotek",
            (
                "Alltså, det var väl bra, liksom, inget konstigt.",
                "Ja men typ, solskyddet stod ju ihop med hudvården och jag trodde först att "
                "ni inte hade något, men sen hittade jag det längst in.",
                "Jättebra, hon i kassan var gullig.",
                "Ja, till slut.",
                "En liten skylt vid ingången om var solskyddet står, typ.",
            ),
        ),
        (
            "cykel",
            (
                "Helt okej.",
                "Dom hade bara svarta ringklockor, jag ville ha en röd till dottern.",
                "Inget att klaga på.",
                "Nästan, inte färgen bara.",
                "Fler färger på ringklockorna vore kul.",
            ),
        ),
        (
            "cykel",
            (
                "Jo, det var inte dåligt alls.",
                "Han som lagade punkteringen var klar på en halvtimme, det hade jag inte "
                "räknat med. Fast det var lite trångt att stå och vänta inne i verkstaden.",
                "Schysst, han förklarade vad som var fel med slangen.",
                "Ja.",
                "En bänk att sitta på medan man väntar, det är allt.",
            ),
        ),
        (
            "optik",
            (
                "Det var bra, tack.",
                "Det var lite svårt att se priserna på bågväggen, lapparna är så små och "
                "jag hade ju inte mina glasögon på mig, haha.",
                "Mycket trevlig.",
                "Ja, jag hittade ett par bruna bågar.",
                "Större prislappar, för oss som ser dåligt, det vore ju logiskt.",
            ),
        ),
        (
            "optik",
            (
                "Fint.",
                "Spegeln vid bågarna sitter lite lågt, jag är ett nittio lång så jag fick "
                "böja mig.",
                "Bra.",
                "Japp.",
                "Höj spegeln lite eller sätt en till bredvid.",
            ),
        ),
        (
            "tradgard",
            (
                "Mysigt som vanligt.",
                "Kanelbullen på fiket var god men lite torr i kanten, den hade nog legat "
                "sedan morgonen.",
                "Trevligt.",
                "Ja, jag köpte tre pelargoner.",
                "Kanske baka en sats till efter lunch, om det går.",
            ),
        ),
        (
            "tradgard",
            (
                "Jomenvisst, bra.",
                "Det saknades skyltar på några av perennerna, så jag visste inte om de tål "
                "skugga eller inte.",
                "De är alltid hjälpsamma.",
                "Ja, men jag fick fråga om två av dem.",
                "Sätt en liten lapp med sol eller skugga vid varje perenn.",
            ),
        ),
        (
            "tradgard",
            (
                "Nä men det var trevligt, vi tog en fika efteråt.",
                "Det fanns ingen barnstol på caféet, så lillen fick sitta i knät.",
                "Bra, tjejen i kassan hjälpte mig bära ut krukan.",
                "Ja.",
                "En eller två barnstolar på fiket.",
            ),
        ),
        (
            "leksak",
            (
                "Det var kul, barnen älskar att komma hit.",
                "Mamma, mamma, kan vi... vänta lite gumman. Förlåt. Ja, det enda var att "
                "pusslen för de minsta stod högst upp på spelhyllan.",
                "Jättetrevliga.",
                "Ja, ett pussel med tjugofyra bitar.",
                "Ställ småbarnspusslen längre ner, där barnen själva når.",
            ),
        ),
        (
            "leksak",
            (
                "Bra.",
                "Presentinslagningen var gratis och fin, men det fanns bara ett papper med "
                "julmotiv fast det är mars.",
                "Glada och snabba.",
                "Jajamen.",
                "Ha ett vanligt födelsedagspapper också.",
            ),
        ),
        (
            "leksak",
            (
                "Ganska bra faktiskt.",
                "Det var lite stökigt i småbarnshörnan, några leksaker låg på golvet, men det "
                "var ju mitt på dagen och mycket folk.",
                "Helt okej.",
                "Ja.",
                "Kanske plocka undan lite oftare där inne när det är rusning.",
            ),
        ),
        (
            "bokkafe",
            (
                "Det var trevligt.",
                "Kaffet var gott men koppen var lite liten för priset, trettiofem kronor.",
                "Vänliga.",
                "Ja, en pocket.",
                "Kanske en större kopp, eller påtår.",
            ),
        ),
        (
            "bokkafe",
            (
                "Alltså det var mysigt, jag satt där nästan en timme.",
                "Men det drog lite kallt från dörren när man satt vid fönsterbordet i fiket, "
                "varje gång någon kom in.",
                "Bra.",
                "Jo.",
                "Ett draperi vid dörren kanske, eller en sån där luftridå.",
            ),
        ),
        (
            "bokkafe",
            (
                "Jättebra.",
                "Jag letade efter en viss deckare och romanerna står efter förlag, inte "
                "efter författare, det var lite klurigt. Eller nej, förresten, det var "
                "pocketbordet som stod efter förlag.",
                "Han i kassan hjälpte mig leta.",
                "Ja till slut.",
                "Sortera pocketbordet efter författare.",
            ),
        ),
        (
            "apotek",
            (
                "Jo det funkar.",
                "Självkassan piper väldigt högt, det skar genom hela lokalen varje gång "
                "någon scannade.",
                "Fint.",
                "Ja.",
                "Sänk volymen på självkassan.",
            ),
        ),
        (
            "cykel",
            (
                "Tjena, jo det var väl bra, nog.",
                "Int' så mycket att säga, men hjälmarna för barn satt så högt upp på väggen "
                "att ungen inte kunde prova själv.",
                "Dom va bra.",
                "Jo.",
                "Häng barnhjälmarna lägre.",
            ),
        ),
        (
            "optik",
            (
                "Det gick bra.",
                "Jag fick vänta kanske tio minuter extra på min synundersökning, men hon bad "
                "om ursäkt så det var lugnt.",
                "Hon var trevlig och noggrann.",
                "Ja.",
                "Ett sms om det blir försenat hade varit bra, då kunde jag ha tagit en promenad.",
            ),
        ),
        (
            "leksak",
            (
                "Ok.",
                "Legohyllan var lite rörig, kartongerna stod huller om buller.",
                "Bra.",
                "Ja.",
                "Sortera legot efter ålder.",
            ),
        ),
        (
            "tradgard",
            (
                "Alldeles utmärkt, tack ska ni ha.",
                "Det enda var att vattenkannorna i orangeriet var tomma, så jag kunde inte "
                "vattna min planta innan jag åkte.",
                "Väldigt trevliga.",
                "Ja, en citronplanta.",
                "Fyll på kannorna, bara.",
            ),
        ),
    ),
    "medium": (
        (
            "apotek",
            (
                "Det var faktiskt riktigt bra.",
                "Farmaceuten på receptdisken, Leila tror jag hon hette, märkte att mitt nya "
                "blodtrycksmedel inte går ihop med ibuprofen som jag tar mot ryggen, och hon "
                "förklarade vad jag skulle ta i stället.",
                "Lugn och noggrann, hon tog sig tid fast det var kö.",
                "Ja.",
                "Inget, mer sånt.",
            ),
        ),
        (
            "apotek",
            (
                "Sådär.",
                "Jag skulle hämta ut två recept men det ena var inte inne, de sa att det kommer "
                "i morgon. Det var andra gången den här månaden det hände med samma medicin.",
                "De var vänliga, inget fel på dem.",
                "Hälften.",
                "Beställ hem mer av det som folk hämtar varje månad, det borde synas i systemet.",
            ),
        ),
        (
            "cykel",
            (
                "Ja men alltså, det var väl, ja, blandat.",
                "Jag lämnade in min hybridcykel för service i fredags och fick tillbaka den i "
                "dag, och bromsarna tar jättebra nu, men de hade glömt att pumpa däcken, så "
                "jag fick göra det själv på gården.",
                "Mekanikern, Jonte, var trevlig och visade vilka belägg han bytt.",
                "Ja.",
                "Kolla lufttrycket innan cykeln lämnas ut, liksom.",
            ),
        ),
        (
            "cykel",
            (
                "Kanon!",
                "Jag provåkte tre elcyklar och killen i cykelhallen, han med skägget, ställde "
                "in sadelhöjden på varenda en och förklarade skillnaden mellan navmotor och "
                "mittmotor så att jag fattade.",
                "Jättebra, ingen stress alls.",
                "Ja, jag köpte en med mittmotor.",
                "Nej, fortsätt så.",
            ),
        ),
        (
            "optik",
            (
                "Inte dåligt alls, faktiskt.",
                "Optikern i synrummet upptäckte att jag har lite astigmatism som ingen sett "
                "förut, och hon visade på skärmen hur det ser ut.",
                "Hon var pedagogisk och inte det minsta säljig.",
                "Ja, bågarna var lätta att välja bland.",
                "Nej.",
            ),
        ),
        (
            "optik",
            (
                "Mja.",
                "Linserna jag beställde var fel, det stod minus två och en halv på kartongen "
                "fast receptet säger minus två. Jag märkte det hemma.",
                "När jag ringde var de trevliga och bytte direkt.",
                "Till slut ja.",
                "Dubbelkolla styrkan på kartongen innan ni lämnar ut den.",
            ),
        ),
        (
            "tradgard",
            (
                "Det var bra, men.",
                "Fruktträden i plantskolan stod utan vatten, bladen hängde på flera av "
                "äppelträden, och det var ändå tjugofem grader varmt i går.",
                "Personalen var få men trevliga.",
                "Jag köpte ett plommonträd som såg friskt ut.",
                "Vattna fruktträden oftare när det är varmt, eller sätt på droppbevattning.",
            ),
        ),
        (
            "tradgard",
            (
                "Åh, fantastiskt.",
                "Hon i växthuset, Gunilla, gick igenom hela min lista och visade vilka "
                "krukväxter som klarar ett norrfönster, och hon skrev upp hur ofta de ska "
                "vattnas på en lapp.",
                "Så hjälpsam, hon följde med mig till kassan.",
                "Ja, fyra stycken.",
                "Nej, hon ska ha en guldstjärna.",
            ),
        ),
        (
            "leksak",
            (
                "Ja, det var lite trist faktiskt.",
                "Vi köpte ett sällskapsspel till sonens kalas och när vi öppnade det hemma "
                "saknades tärningarna. Och vi får ju inte lämna tillbaka öppnade förpackningar "
                "hos er, så det var lite knepigt.",
                "De var trevliga i telefon och lovade skicka tärningar.",
                "Ja.",
                "Kolla att spelen är hela när leveransen kommer, och ha en regel för när "
                "något saknas i kartongen.",
            ),
        ),
        (
            "leksak",
            (
                "Toppen.",
                "Killen vid legohyllan, Elias, hjälpte min son hitta en byggsats för sex år "
                "och han frågade vad han gillade i stället för att bara ta den dyraste.",
                "Snälla och tålmodiga med barnen.",
                "Ja!",
                "Nej, det var bra.",
            ),
        ),
        (
            "bokkafe",
            (
                "Det var ganska bra.",
                "Jag beställde en bok i måndags och fick sms i går att den kommit, och när "
                "jag kom i dag låg den inte där, det tog tjugo minuter innan de hittade den i "
                "ett rum bakom kassan.",
                "Trevliga men lite stressade.",
                "Ja, till slut.",
                "Ha ett bestämt ställe för beställda böcker.",
            ),
        ),
        (
            "bokkafe",
            (
                "Mysigt.",
                "Sagostunden i sagohörnan klockan elva var jättefin, hon som läste gjorde "
                "olika röster till varje djur och barnen satt helt tysta.",
                "Varmt och välkomnande.",
                "Ja, vi köpte boken hon läste.",
                "Fler sagostunder, gärna på lördagar.",
            ),
        ),
        (
            "apotek",
            (
                "Hmm, jo, men.",
                "Självkassan godkände inte mitt kort, tre gånger, och ingen personal fanns "
                "vid den, så jag fick ställa mig i den vanliga kön i tio minuter.",
                "Hon i kassan sa att den krånglar ofta.",
                "Ja.",
                "Laga självkassan eller sätt någon bredvid den.",
            ),
        ),
        (
            "cykel",
            (
                "Najs.",
                "Reservdelarna var välsorterade, jag fick rätt kedja till en elvaväxlad "
                "Shimano direkt, och priset var bättre än på nätet.",
                "Kunniga.",
                "Ja.",
                "Inget.",
            ),
        ),
        (
            "optik",
            (
                "Det var ju, ja, så där, helt ärligt.",
                "Mina nya glasögon var klara efter åtta dagar vilket var bra, men skalmarna "
                "var inte justerade, de gled ner på näsan hela tiden, jag fick gå tillbaka "
                "efter två dagar.",
                "Andra gången var hon jättebra, hon värmde skalmarna och böjde dem.",
                "Ja.",
                "Justera dem direkt när man hämtar.",
            ),
        ),
        (
            "tradgard",
            (
                "Gött.",
                "Han vid lastzonen lastade in sex säckar planteringsjord i bilen åt mig trots "
                "att det ösregnade, och han la en presenning under så bagaget inte blev "
                "smutsigt.",
                "Supertrevlig.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "leksak",
            (
                "Det var väl okej.",
                "Men priset på hyllan för utomhusleksakerna sa hundranittionio för en "
                "vattenpistol och i kassan blev det tvåhundrafyrtionio. De ändrade, men jag "
                "såg det ju bara för att jag kollade kvittot.",
                "Trevliga när jag sa till.",
                "Ja.",
                "Se över hyllkanterna så priserna stämmer.",
            ),
        ),
        (
            "bokkafe",
            (
                "Helt okej.",
                "Fiket hade slut på glutenfritt, både bullar och mackor, redan vid ett. "
                "Jag är celiaki så jag fick bara kaffe.",
                "Hon bakom disken var ledsen för det.",
                "Bokmässigt ja.",
                "Ha glutenfritt så det räcker hela dagen, eller fråga i förväg.",
            ),
        ),
        (
            "apotek",
            (
                "Jättebra bemött.",
                "Jag frågade om något mot min sons eksem och han på egenvården, han hette "
                "Martin, visade tre krämer och förklarade skillnaden på mjukgörande och "
                "kortison, och avrådde från den dyraste.",
                "Lugn och trevlig.",
                "Ja.",
                "Nej inget.",
            ),
        ),
        (
            "cykel",
            (
                "Öh, ja. Bra.",
                "Barncykeln vi köpte hade stödhjulen på fel höjd, den vinglade, men jag "
                "ringde och de sa att vi kunde komma förbi, och i dag fixade de det på fem "
                "minuter.",
                "Snabba.",
                "Ja.",
                "Ställ in stödhjulen innan cykeln säljs.",
            ),
        ),
    ),
    "high": (
        (
            "apotek",
            (
                "Inte så bra, tyvärr.",
                "Jag fick fel styrka på min dotters epilepsimedicin i tisdags, det stod "
                "hundra milligram på receptet men vi fick tvåhundrafemtio. Vi märkte det "
                "hemma innan hon tog den, tack och lov.",
                "Farmaceuten var ny och verkade stressad, det var lång kö vid receptdisken "
                "och bara en öppen lucka.",
                "Nej.",
                "Ni måste ha två som kontrollerar vid receptuttag, särskilt när det är "
                "mycket folk, och fler luckor öppna vid lunch.",
            ),
        ),
        (
            "apotek",
            (
                "Ja alltså, hur ska jag säga, jag vill inte vara jobbig men.",
                "Det är tredje gången den här vintern som mitt insulin inte finns inne när "
                "jag kommer, och nu i dag fick jag höra att det kommer först på torsdag. Jag "
                "har insulin kvar till i morgon kväll.",
                "De var vänliga, men ingen kunde säga varför det tar slut hela tiden.",
                "Nej, jag fick åka till Borlänge.",
                "Ha insulin som alltid finns i lager och ring kunden när det tar slut, "
                "det är livsviktigt.",
            ),
        ),
        (
            "cykel",
            (
                "Dåligt faktiskt.",
                "Jag hämtade min elcykel efter service i förra veckan och på hemvägen lossnade "
                "framhjulet i en nedförsbacke, snabbkopplingen var inte åtdragen. Jag ramlade "
                "och slog upp knät.",
                "När jag ringde sa han i verkstaden att det måste ha varit jag som rört den.",
                "Nej.",
                "Ni måste ha en checklista som någon signerar innan cykeln lämnas ut, och "
                "ta det på allvar när någon ringer.",
            ),
        ),
        (
            "cykel",
            (
                "Hm. Nja.",
                "Servicen var bokad till måndag och klar fredag, fyra dagar sen, och ingen "
                "ringde. Jag åker till jobbet med cykeln så jag fick ta taxi tre dagar för "
                "typ sexhundra spänn.",
                "Mekanikerna sa att de hade för mycket att göra, det är samma varje vår.",
                "Ja till slut.",
                "Anställ en till på våren eller boka inte in fler än ni hinner, och ring om "
                "det blir sent.",
            ),
        ),
        (
            "optik",
            (
                "Tyvärr inte bra.",
                "Mina progressiva glasögon som jag hämtade för två veckor sen var slipade med "
                "närdelen för högt, jag ser suddigt när jag kör bil och har fått ont i nacken "
                "av att böja huvudet bakåt.",
                "Optikern sa att jag skulle vänja mig, men nu efter fjorton dagar är det "
                "samma sak.",
                "Nej.",
                "Mät om centreringen när någon klagar på progressiva glas, och ta det på "
                "allvar, jag kan inte köra så här.",
            ),
        ),
        (
            "optik",
            (
                "Det var, jag ska vara ärlig, ganska illa.",
                "Synundersökningen tog tio minuter och hon mätte inte trycket i ögonen, fast "
                "jag sa att min pappa har grön starr. Det kostade fyrahundranittiofem och "
                "jag köpte inga glasögon, så det drogs inte av heller.",
                "Hon verkade ha bråttom, det satt tre personer och väntade utanför synrummet.",
                "Nej.",
                "Mät alltid trycket när någon har glaukom i släkten, och boka inte tätare än "
                "att man hinner.",
            ),
        ),
        (
            "tradgard",
            (
                "Ja, en sak som faktiskt var farlig.",
                "Vid lastzonen stod en hel pall med jordsäckar och lutade ut mot gången, "
                "plasten var sönder, och när min femåring gick förbi rasade två säckar ner "
                "precis bredvid henne.",
                "Killen som var där sa att pallen hade stått så sedan i morse, han väntade "
                "på truckföraren.",
                "Ja.",
                "Spärra av när en pall står snett, och låt inte barn och kunder gå förbi "
                "lastningen.",
            ),
        ),
        (
            "tradgard",
            (
                "Ja, det var inte bra.",
                "Jag köpte tre fruktträd för två och ett halvt tusen styck i höstas, och alla "
                "tre hade rotröta när de kom i jorden, det syntes när jag grävde upp dem i "
                "april. Fler i vår förening har haft samma sak med träd härifrån.",
                "Hon i plantskolan sa att det inte gick att reklamera efter sex månader.",
                "Nej.",
                "Kolla leverantören av fruktträden, krukorna står nog för blött, och ha en "
                "garanti som gäller en växtsäsong.",
            ),
        ),
        (
            "tradgard",
            (
                "Tråkigt nog dåligt.",
                "Jag åt en räksmörgås på caféet vid halv två och var sjuk hela natten, och "
                "min man som åt samma också. Räkorna luktade lite konstigt men jag tänkte "
                "inte mer på det.",
                "Smörgåsarna stod framme i en öppen monter utan kylning, bredvid kassan, i "
                "solen från fönstret.",
                "Ja.",
                "Ha smörgåsarna i kyldisk och kasta dem efter några timmar.",
            ),
        ),
        (
            "leksak",
            (
                "Jag blev faktiskt arg.",
                "Ni säljer en skallra i småbarnshörnan där ett av hjulen lossnade efter en "
                "dag, och hjulet är så litet att min bebis hade det i munnen när jag hittade "
                "henne. Den står kvar på hyllan, jag kollade i dag.",
                "Hon i kassan sa att jag fick ta det med tillverkaren.",
                "Nej.",
                "Ta bort skallran från hyllan direkt och anmäl den till Konsumentverket, det "
                "är en kvävningsrisk.",
            ),
        ),
        (
            "leksak",
            (
                "Blandat.",
                "Vi beställde en studsmatta i februari som skulle levereras i mars, och den "
                "har nu flyttats tre gånger. Vi har betalat fyratusen kronor i förskott och "
                "ingen svarar på mejl.",
                "I butiken var de trevliga men sa att bara chefen vet, och chefen är aldrig där.",
                "Nej.",
                "Ge kunderna ett datum som håller och någon som svarar på mejlen, och ta inte "
                "betalt förrän varan finns.",
            ),
        ),
        (
            "bokkafe",
            (
                "Det var ganska dåligt, tyvärr, och jag är stamkund.",
                "Jag beställde kurslitteratur till min son, fem böcker, och de kom inte på tre "
                "dagar som det står utan efter tolv. Han fick låna av kompisar första två "
                "veckorna av kursen.",
                "I kassan sa de att förlaget var sent, men ingen hade ringt oss.",
                "Nej, inte i tid.",
                "Ring när en beställning blir sen, och beställ kursböckerna i augusti när ni "
                "vet att terminen börjar.",
            ),
        ),
        (
            "bokkafe",
            (
                "Ja, en sak jag tycker ni borde veta.",
                "I fiket ställde de en kanelbulle framför min son utan att säga att "
                "glasyren har nötter, fast jag frågade och sa att han är nötallergiker. Han "
                "fick svullna läppar och vi fick ge honom hans medicin.",
                "Tjejen bakom disken var ny och visste inte vad som fanns i.",
                "Ja.",
                "Ha en lista med allergener vid disken och lär nya i personalen att kolla den.",
            ),
        ),
        (
            "apotek",
            (
                "Tja.",
                "Kön till receptdisken gick ut genom dörren klockan fem, en lucka öppen av "
                "fyra, jag stod i fyrtio minuter med min sjuka unge. Det var likadant förra "
                "veckan.",
                "De gjorde vad de kunde, de var två på hela apoteket.",
                "Ja.",
                "Mer personal mellan fyra och sex när folk kommer från jobbet.",
            ),
        ),
        (
            "cykel",
            (
                "Mjaa, alltså, inte så bra.",
                "Hjälmarna för barn, några av dem har ingen CE-märkning alls, jag vände på "
                "tre stycken på hyllan och det fanns ingen lapp, och en hade spräckt skal "
                "på insidan.",
                "Killen i kassan visste inte vad CE var, typ.",
                "Nej, jag köpte ingen.",
                "Kolla hjälmarna ni säljer och plocka bort dem som är skadade, barn ska ha "
                "säkra hjälmar.",
            ),
        ),
        (
            "optik",
            (
                "Ja, jo, men nej.",
                "Alltså, jag har beställt glasögon tre gånger här och två av gångerna har de "
                "varit fel, förra gången var glasen omvända, höger i vänster. Nu den här "
                "gången är de försenade två veckor.",
                "Personalen är trevlig, det är inte det, men ingen verkar kolla något.",
                "Nej.",
                "Någon måste kontrollera varje par mot receptet innan de lämnas ut.",
            ),
        ),
        (
            "leksak",
            (
                "Jo, det var väl, ja. Men en grej.",
                "Utomhusleksakerna står staplade tre meter upp på en hylla utan kant, och i "
                "lördags ramlade en kartong med en pulka ner en meter ifrån en unge i "
                "vagn. Personal såg det.",
                "Ingen sa något efteråt, de ställde bara upp den igen.",
                "Ja.",
                "Sätt kant på den översta hyllan eller ställ de tunga kartongerna längre ner.",
            ),
        ),
        (
            "tradgard",
            (
                "Ja du, hördu, inte så bra i år.",
                "Vi hade bokat trädgårdsplanering i november för femtonhundra kronor och "
                "planen kom inte förrän i mars, och halva växterna på den finns inte i "
                "plantskolan. Nu har vi en halvgrävd trädgård.",
                "Hon som gjorde planen slutade tydligen och ingen tog över.",
                "Nej.",
                "När någon slutar måste en annan ta över kunderna, och planera med växter ni "
                "faktiskt har.",
            ),
        ),
        (
            "bokkafe",
            (
                "Ehh, sådär.",
                "Golvet vid kaféet var blött av någon som spillt, det låg ingen skylt, och "
                "en äldre dam halkade och slog i höften. Det låg blött i minst en kvart innan.",
                "Personalen hjälpte henne upp men ingen torkade förrän efteråt.",
                "Ja.",
                "Torka direkt och ställ ut en varningsskylt, det är äldre som kommer hit.",
            ),
        ),
        (
            "apotek",
            (
                "Jo, men jag måste säga en sak.",
                "Hon i kassan sålde Alvedon till två killar som inte kan ha varit mer än "
                "femton, inte någon legitimation, och de köpte fyra förpackningar. Det var "
                "vid tre i dag.",
                "Annars var de trevliga.",
                "Ja.",
                "Fråga alltid efter legitimation, det finns en regel om det.",
            ),
        ),
    ),
}


UNPAID: dict[str, tuple[Shaped, ...]] = {
    "fluent": (
        (
            "apotek",
            (
                "Det var en mycket trevlig upplevelse från början till slut.",
                "Allt kändes genomtänkt och professionellt, en riktigt helhetsupplevelse.",
                "Personalen var kunnig, engagerad och tillmötesgående på alla sätt.",
                "Ja, allt fanns där.",
                "Nej, fortsätt precis som ni gör.",
            ),
        ),
        (
            "optik",
            (
                "Alltså, superbra, verkligen, liksom helt fantastiskt.",
                "Allt var bara så bra, typ, jag kan inte säga något annat.",
                "Jättetrevliga allihop.",
                "Ja.",
                "Nej, ingenting, ni är bäst.",
            ),
        ),
        (
            "tradgard",
            (
                "En underbar plats att komma till, en oas mitt i vardagen.",
                "Atmosfären, känslan, hela konceptet är i toppklass.",
                "Alltid lika varmt bemötande.",
                "Ja absolut.",
                "Nej, bara fortsätt sprida glädje.",
            ),
        ),
        (
            "bokkafe",
            (
                "Helt okej, som vanligt.",
                "Nej, inget särskilt.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
    ),
    "generic": (
        (
            "cykel",
            (
                "Det var bra.",
                "Service är viktigt i en cykelbutik, det vet alla.",
                "Personal ska vara trevlig mot kunderna.",
                "Ja.",
                "Butiker borde alltid lyssna på sina kunder, det är det viktigaste.",
            ),
        ),
        (
            "leksak",
            (
                "Bra.",
                "Leksaker är ju så dyra nu för tiden, allting har blivit dyrare.",
                "Det är viktigt att barn får leka.",
                "Ja.",
                "Priserna i Sverige borde gå ner överlag.",
            ),
        ),
        (
            "bokkafe",
            (
                "Trevligt.",
                "Folk läser för lite nu för tiden, ungdomarna sitter bara med mobilen.",
                "Bokhandlar är viktiga för kulturen.",
                "Ja.",
                "Det borde finnas fler bokhandlar i varje stad.",
            ),
        ),
    ),
    "reward": (
        (
            "apotek",
            (
                "Bra.",
                "Nej, inget speciellt.",
                "Trevliga.",
                "Ja.",
                "Jag vill bara ha min rabatt, hur mycket får jag?",
            ),
        ),
        (
            "leksak",
            (
                "Det var helt fantastiskt, det bästa jag varit med om.",
                "Allt var perfekt, tio av tio.",
                "Bäst i världen.",
                "Ja.",
                "Ge mig högsta belöningen nu, jag har ju sagt att allt var perfekt.",
            ),
        ),
        (
            "optik",
            (
                "Okej.",
                "Jag svarar bara för att få pengarna tillbaka, så vad ska jag säga för att få "
                "mest?",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
    ),
    "other_store": (
        (
            "cykel",
            (
                "Jo här gick det bra, jag köpte bara en slang.",
                "Men Cykelmagasinet på Ersboda, där lämnade jag min racer förra månaden och "
                "de tappade bort bakhjulet, helt otroligt.",
                "Där var de otrevliga också, han sa att det var mitt fel.",
                "Ja.",
                "Nej, det är Cykelmagasinet som borde skärpa sig.",
            ),
        ),
        (
            "tradgard",
            (
                "Bra, tack.",
                "Jag var på Blomsterlandet i Västerås i helgen och deras växthus var helt "
                "fullt av bladlöss, alla rosorna var angripna.",
                "Personalen där sa att det var normalt.",
                "Ja.",
                "Nej, inget om er.",
            ),
        ),
        (
            "bokkafe",
            (
                "Det var trevligt.",
                "Men Akademibokhandeln i Göteborg, där fick jag fel bok två gånger när jag "
                "beställde, och fiket där var stängt fast skylten sa öppet.",
                "Där var det ingen som brydde sig.",
                "Ja.",
                "Inget till er, de i Göteborg borde ta tag i det.",
            ),
        ),
        (
            "optik",
            (
                "Fint.",
                "Min förra optiker i Linköping gav mig fel styrka två år i rad, det är därför "
                "jag är nyfiken på er.",
                "Hos er var det bra.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "leksak",
            (
                "Bra.",
                "På Toys'R'Us i Stockholm, förr i tiden, då fanns det en hel våning med lego. "
                "Där gick man vilse i timmar som barn.",
                "Trevliga.",
                "Ja.",
                "Nej, det var bara ett minne.",
            ),
        ),
    ),
}
