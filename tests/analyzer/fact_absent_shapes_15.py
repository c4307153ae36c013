"""Baseline facts that a store lacks a thing, and what honest and lying customers say near it
(the fifteenth material: ABSENT claims at stores the readings have never seen).

Eleven invented stores of trades no furniture store or pharmacy (a bookshop, a pet shop, a
toy shop, an electronics store, a fishing-tackle shop, a watchmaker, a health-food shop, a
florist, a petrol station, a clothes shop, a paint shop), each with two to four facts saying
what the store does not sell, have, offer, do or take, in varied phrasings ("säljer inte",
"har ingen", "erbjuder inte", "det finns ingen", "vi gör inte", "tar inte emot", "endast …
inte …", a fronted object). Beside each fact, honest sentences of the shapes a paying
customer says near a thing the store lacks (a compound or product sharing its word, the lack
agreed with, advice staff gave, the thing done elsewhere, at home, before or after the visit
or by someone else, the reason they came anyway, an exception the fact allows, a question, a
wish, a comparison, a general word of the fact in another sense) and real contradictions: the
customer tells as their own experience here that they used, bought or got the lacking thing.
All were written for this file before the analyzer ran on them; none comes from a labelled
set.

Before (main at 19bcd66): 20 of the 164 honest sentences flagged, 46 of the 70 contradictions
caught. After the readings of `fact_absent` and the lack put first: 0 flagged, 51 caught
(`test_offline_fact_absent_15`).

The probe (`PROBE_STORES`, `PROBE`: a hairdresser, a hardware store, a bakery) was written
after those readings and committed before they ran on it: run once, 2 of its 18 honest
sentences were flagged and 4 of its 6 contradictions caught (main: the same 2 and 4). The 2
honest ones were then cleared by two more general readings (a definite form of the lack's own
word placed "på" a place with a time away; a shop or trade anywhere in a clause told away
from the visit): 0 and 4.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Said, Store, store_context

STORES: dict[str, Store] = {
    "bok": Store(
        "Bokhandeln Pärmen i Västerås",
        ("10-18", "10-16", ""),
        (
            ("Skönlitteratur", ("romanerna", "deckarhyllan")),
            ("Barnböcker", ("barnavdelningen", "bilderböckerna")),
            ("Kontorsvaror", ("pennorna", "papperet")),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi säljer inte begagnade böcker.",
            "Butiken har inget kafé.",
            "Vi erbjuder ingen presentinslagning.",
        ),
    ),
    "zoo": Store(
        "Zoo Kompaniet i Gävle",
        ("10-19", "10-16", "11-15"),
        (
            ("Akvarium", ("akvarierna", "fiskavdelningen")),
            ("Hund och katt", ("hundavdelningen", "kattavdelningen")),
            ("Smådjur", ("burarna", "gnagaravdelningen")),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi säljer inte hundar eller katter.",
            "Det finns ingen hundtrim i butiken.",
            "Vi har ingen veterinär.",
        ),
    ),
    "lek": Store(
        "Lekladan i Borås",
        ("10-18", "10-16", "11-16"),
        (
            ("Spel", ("sällskapsspelen", "spelhyllan")),
            ("Byggleksaker", ("byggklossarna", "klossarna")),
            ("Utomhuslek", ("sandleksakerna",)),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi säljer inga leksaksvapen.",
            "Butiken har ingen lekhörna för barn.",
            "Batterier säljer vi inte.",
        ),
    ),
    "el": Store(
        "Elhuset i Sundsvall",
        ("10-19", "10-17", "11-16"),
        (
            ("Datorer", ("datoravdelningen", "datorerna")),
            ("Ljud och bild", ("tv-avdelningen", "hörlurarna")),
            ("Mobiler", ("mobilhörnan", "mobildisken")),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi reparerar inte mobiltelefoner.",
            "Butiken tar inte emot elavfall.",
            "Vi monterar inte tv-apparater på vägg.",
            "Personalen hjälper inte till med installation av datorer.",
        ),
    ),
    "fiske": Store(
        "Fiskeboden i Kalmar",
        ("09-18", "09-15", ""),
        (
            ("Spön och rullar", ("spöavdelningen", "rullarna")),
            ("Beten", ("betesväggen", "dragen")),
            ("Kläder", ("vadarna", "regnkläderna")),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi säljer inga levande beten.",
            "Fiskekort säljs inte i butiken.",
            "Vi hyr inte ut båtar, bara kanoter.",
        ),
    ),
    "ur": Store(
        "Urmakaren i Visby",
        ("10-17", "10-14", ""),
        (
            ("Klockor", ("armbandsuren", "klockdisken")),
            ("Smycken", ("smyckesdisken", "ringarna")),
            ("Urverkstaden", ("verkstaden",)),
        ),
        (
            "Vi gör inte gravyr.",
            "Vi köper inte guld.",
            "Vi byter inte batterier i smartklockor.",
        ),
    ),
    "halsa": Store(
        "Hälsokällan i Luleå",
        ("10-18", "10-15", ""),
        (
            ("Kosttillskott", ("vitaminerna", "tillskotten")),
            ("Livsmedel", ("ekohyllan", "müslin")),
            ("Hudvård", ("krämerna",)),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi säljer inga receptbelagda läkemedel.",
            "Det finns ingen kostrådgivning i butiken.",
            "Vi har inget glutenfritt bröd.",
        ),
    ),
    "blomster": Store(
        "Blomsterboden i Falun",
        ("09-18", "09-15", "11-15"),
        (
            ("Snittblommor", ("blomsterdisken", "buketterna")),
            ("Krukväxter", ("krukväxterna", "orkidéerna")),
            ("Begravning", ("begravningsbinderiet",)),
        ),
        (
            "Vi erbjuder inte hemleverans av blommor.",
            "Butiken säljer inte konstgjorda blommor.",
            "Vi har inga frön eller sättpotatis.",
        ),
    ),
    "mack": Store(
        "Macken i Ljusdal",
        ("06-22", "07-22", "08-22"),
        (
            ("Butiken", ("shopen", "kassan")),
            ("Biltvätten", ("tvätthallen", "tvätten")),
            ("Kaffehörnan", ("kaffet", "korvgrillen")),
        ),
        (
            "Endast bensin säljs, inte diesel.",
            "Det finns ingen verkstad på macken.",
            "Vi hyr inte ut släpvagnar.",
            "Vi erbjuder ingen service på bilar.",
        ),
    ),
    "klader": Store(
        "Klädboden i Umeå",
        ("10-19", "10-17", "12-16"),
        (
            ("Dam", ("damavdelningen",)),
            ("Herr", ("herravdelningen",)),
            ("Barn", ("barnavdelningen",)),
            ("Provrummen", ("provrummet",)),
        ),
        (
            "Vi gör inga ändringar av kläder.",
            "Vi säljer inte skor.",
            "Underkläder och badkläder säljer vi inte.",
        ),
    ),
    "farg": Store(
        "Färgkompaniet i Halmstad",
        ("07-18", "09-15", ""),
        (
            ("Färg", ("färgbrytningen", "blandningen")),
            ("Tapeter", ("tapetavdelningen", "tapeterna")),
            ("Verktyg", ("penslarna", "rollrarna")),
        ),
        (
            "Vi lånar inte ut stegar.",
            "Endast inomhusfärg säljs här, inte fasadfärg.",
            "Vi tar inte emot gamla färgburkar.",
        ),
    ),
}

PROBE_STORES: dict[str, Store] = {
    "frisor": Store(
        "Salong Saxen i Karlstad",
        ("09-18", "10-14", ""),
        (
            ("Klippning", ("stolarna", "klippningen")),
            ("Hårvård", ("schampona", "hårvårdshyllan")),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi erbjuder inte färgning av hår.",
            "Salongen har ingen nagelstudio.",
        ),
    ),
    "jarn": Store(
        "Järnboden i Nora",
        ("07-18", "09-14", ""),
        (
            ("Verktyg", ("verktygsväggen",)),
            ("Byggmaterial", ("virket", "brädgården")),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi kapar inte virke åt kunder.",
            "Det finns ingen nyckelservice i butiken.",
            "Vi säljer inga vitvaror.",
        ),
    ),
    "bageri": Store(
        "Bageriet Vetekornet i Ystad",
        ("07-17", "08-14", "08-12"),
        (
            ("Brödet", ("brödhyllan", "limporna")),
            ("Fikat", ("kaffet", "borden")),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi bakar inga tårtor.",
            "Vi serverar inte lunch.",
        ),
    ),
}
"""Three more stores written after the readings, to probe them without tuning (see PROBE)."""


def _honest(store: str, *texts: str) -> tuple[Said, ...]:
    return tuple(Said(store, text, False) for text in texts)


def _lies(store: str, *texts: str) -> tuple[Said, ...]:
    return tuple(Said(store, text, True) for text in texts)


SAID: tuple[Said, ...] = (
    # bok: begagnade böcker
    *_honest(
        "bok",
        "Mina gamla begagnade böcker lämnade jag på biblioteket, och här köpte jag en ny deckare.",
        "Det är synd att ni inte har begagnade böcker, men den nya romanen var värd priset.",
        "Personalen tipsade om antikvariatet på Stora gatan för den som vill ha begagnat.",
        "Begagnade böcker köper jag annars på loppis, men den här gången ville jag ha en ny.",
        "Min bror säljer begagnade böcker på nätet, så jag köpte bara en kalender här.",
        "Jag frågade om ni tar emot begagnade böcker, och det gjorde ni inte.",
    ),
    *_lies(
        "bok",
        "Jag köpte tre begagnade deckare för tjugo kronor styck i hyllan vid kassan.",
        "Den begagnade kokboken jag köpte här hade understrykningar på varje sida.",
    ),
    # bok: kafé
    *_honest(
        "bok",
        "Det vore mysigt med ett litet kafé i hörnet där man kan läsa en stund.",
        "Kassörskan sa att närmaste kafé ligger vid torget, så dit gick vi efteråt.",
        "Jag köpte en bok om kaféer i Paris till min syster.",
        "Vi fikade på ett kafé i gallerian innan vi gick in i bokhandeln.",
        "Jag saknade ett kafé, men jag hittade böckerna jag letade efter.",
        "Kaffemuggen med bokmotiv som jag köpte blev en fin present.",
    ),
    *_lies(
        "bok",
        "Jag satt på kaféet och drack en latte medan min man letade böcker.",
        "Kanelbullen jag köpte på ert kafé var torr.",
    ),
    # bok: presentinslagning
    *_honest(
        "bok",
        "Jag köpte presentpapper här och slog in boken själv när jag kom hem.",
        "Hon i kassan sa att de inte slår in presenter, men det gjorde ingenting.",
        "Boken var en present till min syster som fyller år.",
        "Det hade varit trevligt om ni kunde slå in presenter till jul.",
        "Min dotter slog in presenten åt mig hemma, hon är bäst på sånt.",
    ),
    *_lies(
        "bok",
        "De slog in presenten i fint papper med rosett åt mig i kassan.",
        "Presentinslagningen i kassan gick snabbt och blev jättefin.",
    ),
    # zoo: hundar och katter
    *_honest(
        "zoo",
        "Vi köpte foder till vår katt och en ny klösbräda.",
        "Vår hund följde med in och fick en godisbit i kassan.",
        "Personalen tipsade om en bra kattuppfödare i Sandviken.",
        "Det är bra att ni inte säljer valpar, sådant ska man köpa hos en uppfödare.",
        "Vi fick vår katt från ett katthem förra året och köpte kattsand här i dag.",
        "Jag köpte ett hundhalsband och en kattleksak.",
        "Vi kom hit just för att ni inte säljer djur som hundar, det känns seriöst.",
    ),
    *_lies(
        "zoo",
        "Vi köpte en kattunge här i lördags och han mår jättebra.",
        "Hunden vi köpte av er för en vecka sedan har redan lärt sig sitta.",
    ),
    # zoo: hundtrim
    *_honest(
        "zoo",
        "Jag trimmar hunden själv hemma med saxen jag köpte här.",
        "Personalen tipsade om en hundtrim i Valbo.",
        "Det vore toppen om ni öppnade en hundtrim.",
        "Efter besöket åkte vi till hundtrimmen i Hille med vår pudel.",
        "Jag köpte en trimkam och ett schampo till pudeln.",
    ),
    *_lies(
        "zoo",
        "Vår pudel blev trimmad i hundtrimmen längst in i butiken och såg jättefin ut.",
        "Hundtrimmen här var billigare än i stan och tjejen som klippte var snäll.",
    ),
    # zoo: veterinär
    *_honest(
        "zoo",
        "Vi kom direkt från veterinären med en katt som behövde specialfoder.",
        "Personalen sa att vi skulle kontakta en veterinär om kaninens tänder.",
        "Veterinären hade rekommenderat ett foder som ni hade i lager.",
        "Jag hade hoppats att ni hade en veterinär, men personalen gav ändå goda råd.",
        "Min syster är veterinär och hon tycker att ert foder är bra.",
    ),
    *_lies(
        "zoo",
        "Veterinären i butiken tittade på min hunds öra och gav mig droppar.",
        "Jag fick träffa er veterinär som vaccinerade katten på en gång.",
    ),
    # lek: leksaksvapen
    *_honest(
        "lek",
        "Min son ville ha ett leksaksvapen, men jag är glad att ni inte har sådana.",
        "Leksaksvapen köper farmor alltid på nätet, så vi köpte ett pussel här.",
        "Jag frågade efter leksaksvapen till ett maskeradkalas och fick tips om ett trollspö.",
        "Vi köpte ett riddarslott med sköldar och hästar.",
        "Jag valde er butik för att ni inte har leksaksvapen.",
    ),
    *_lies(
        "lek",
        "Vi köpte ett leksaksvapen med ljud till vår sexåring.",
        "Leksaksvapnet vi köpte här gick sönder efter en dag.",
    ),
    # lek: lekhörna
    *_honest(
        "lek",
        "Barnen lekte i lekhörnan på biblioteket efteråt.",
        "En liten lekhörna skulle göra det lättare att handla med små barn.",
        "Vi köpte mattor och kuddar till lekhörnan på förskolan där jag jobbar.",
        "På Toys finns det en lekhörna, men här var personalen trevligare.",
        "Hemma har vi gjort en lekhörna i vardagsrummet, så vi köpte en leklåda.",
    ),
    *_lies(
        "lek",
        "Barnen lekte i lekhörnan medan jag valde ett spel.",
        "Lekhörnan var stökig och full av trasiga leksaker.",
    ),
    # lek: batterier
    *_honest(
        "lek",
        "Det stod tydligt på kartongen att batterier inte ingår.",
        "Vi köpte batterier på macken på vägen hem till den radiostyrda bilen.",
        "Personalen påminde oss om att köpa batterier någon annanstans.",
        "Vi köpte en batteridriven brandbil och hade batterier hemma.",
        "Batteriluckan på dockan var lätt att öppna med en vanlig skruvmejsel.",
    ),
    *_lies(
        "lek",
        "Jag köpte ett fyrpack batterier i kassan till brandbilen.",
        "Batterierna vi köpte här tog slut på en timme.",
    ),
    # el: mobiler repareras inte
    *_honest(
        "el",
        "Min mobil var trasig så jag lämnade den på en verkstad och köpte ett skal här.",
        "De sa att de inte reparerar mobiler men tipsade om en reparatör i Birsta.",
        "Jag köpte en ny mobil eftersom den gamla inte gick att laga.",
        "Min son reparerar mobiltelefoner som hobby, så jag köpte en skruvmejselsats till honom.",
        "Det hade varit smidigt om ni kunde reparera mobiltelefoner också.",
    ),
    *_lies(
        "el",
        "De reparerade min mobiltelefon medan jag väntade.",
        "Killen i mobilhörnan lagade skärmen på min mobiltelefon på en kvart.",
    ),
    # el: elavfall
    *_honest(
        "el",
        "Jag lämnade elavfallet på återvinningscentralen innan jag åkte hit.",
        "Personalen förklarade att elavfall ska till kommunens återvinning.",
        "Det vore bra om man kunde lämna elavfall här när man köper nytt.",
        "Den gamla tv:n blev elavfall, så vi köpte en ny här.",
    ),
    *_lies(
        "el",
        "Jag lämnade in min gamla brödrost som elavfall i kassan och de tog emot den.",
        "De tog emot mitt elavfall, en gammal tv och två lampor.",
    ),
    # el: tv på vägg
    *_honest(
        "el",
        "Vi monterade tv:n på väggen själva hemma.",
        "Säljaren sa att en elektriker kan montera den på väggen åt oss.",
        "Jag köpte ett väggfäste och min svåger monterade tv-apparaten.",
        "Tv-apparaterna stod på rad längs väggen så det var lätt att jämföra bilden.",
    ),
    *_lies(
        "el",
        "De monterade vår nya tv-apparat på väggen hemma hos oss dagen efter.",
        "Montören ni skickade satte upp tv-apparaten på väggen i vardagsrummet.",
    ),
    # el: hjälp med installation av datorer
    *_honest(
        "el",
        "Personalen hjälpte mig att hitta rätt laddare till datorn.",
        "Jag fick bra hjälp i datoravdelningen med att välja en bärbar dator.",
        "Min dotter installerade datorn åt mig hemma samma kväll.",
        "De sa att de inte hjälper till med installationen, så jag ringde min brorson.",
    ),
    *_lies(
        "el",
        "De installerade alla program på min nya dator innan jag gick.",
        "Personalen hjälpte mig att installera datorn i butiken.",
    ),
    # fiske: levande beten
    *_honest(
        "fiske",
        "Jag köpte konstgjorda beten, wobblers och jiggar.",
        "Levande mask grävde jag upp själv i trädgården.",
        "Personalen tipsade om en bensinmack som säljer levande beten.",
        "Det är synd att ni inte har levande beten.",
        "Betena jag köpte såg nästan levande ut i vattnet.",
    ),
    *_lies(
        "fiske",
        "Jag köpte en burk levande beten, fetmaskar som var pigga hela dagen.",
        "De levande betena jag köpte här dog innan jag hann fiska.",
    ),
    # fiske: fiskekort
    *_honest(
        "fiske",
        "Fiskekortet köpte jag i appen innan jag åkte hit.",
        "Personalen förklarade var man köper fiskekort till sjön.",
        "Jag har haft fiskekort sedan i våras och behövde bara nya krokar.",
        "Fiskekortsfodralet jag köpte passar perfekt i jackfickan.",
        "Jag frågade om fiskekort och fick en lapp med kommunens hemsida.",
    ),
    *_lies(
        "fiske",
        "Jag köpte fiskekort för en vecka i kassan.",
        "Fiskekortet jag köpte här gällde inte i rätt sjö.",
    ),
    # fiske: båtar
    *_honest(
        "fiske",
        "Vi hyrde en kanot av er för en dag och paddlade ut till ön.",
        "Jag köpte ett båtankare och två flytvästar.",
        "Min kompis har en båt, så vi köpte bara drag.",
        "Det hade varit perfekt att kunna hyra en båt här.",
        "Vi hyrde båt vid campingen efteråt.",
    ),
    *_lies(
        "fiske",
        "Vi hyrde en båt av er för hela lördagen.",
        "Båten vi hyrde här läckte vid aktern.",
    ),
    # ur: gravyr
    *_honest(
        "ur",
        "Jag lät gravera ringen hos en gravör på Adelsgatan efteråt.",
        "Personalen tipsade om var man kan få gravyr gjord.",
        "Det hade varit fint med gravyr på klockan, men det gjorde inget.",
        "Min klocka har redan en gravyr från min morfar.",
        "Gravyrpennan jag köpte till min fru var perfekt för hennes hobby.",
    ),
    *_lies(
        "ur",
        "De gjorde en fin gravyr med våra initialer på vigselringarna.",
        "Gravyren jag fick på armbandet här blev sned.",
    ),
    # ur: köper inte guld
    *_honest(
        "ur",
        "Jag sålde mitt gamla guld till en guldköpare i Stockholm och köpte en klocka här.",
        "Jag köpte ett guldhalsband till min fru.",
        "De sa att de inte köper guld, men de värderade ringen muntligt.",
        "Guldet i armbandet glänste fint efter putsningen.",
    ),
    *_lies(
        "ur",
        "Jag sålde mina gamla guldringar till er och fick bra betalt.",
        "Vi sålde farmors guld till dem för tretusen kronor.",
    ),
    # ur: batterier i smartklockor
    *_honest(
        "ur",
        "De bytte batteri i min vanliga armbandsklocka på fem minuter.",
        "Min smartklocka laddar jag hemma, den har inget batteri man byter.",
        "Jag köpte en ny smartklocka eftersom batteriet i den gamla var slut.",
        "De sa att de inte byter batterier i smartklockor, så jag skickade in den till Apple.",
    ),
    *_lies(
        "ur",
        "De bytte batteriet i min smartklocka medan jag väntade.",
        "Urmakaren bytte batterierna i både min och min mans smartklockor.",
    ),
    # halsa: receptbelagda läkemedel
    *_honest(
        "halsa",
        "Jag hämtade ut mitt receptbelagda läkemedel på apoteket och köpte vitaminer här.",
        "Personalen sa att jag skulle fråga läkaren innan jag blandar tillskotten med "
        "mina receptbelagda läkemedel.",
        "Jag köpte magnesium och omega-3.",
        "Bra att ni inte säljer receptbelagda läkemedel, det ska man hämta på apotek.",
    ),
    *_lies(
        "halsa",
        "Jag köpte mitt receptbelagda blodtrycksläkemedel här i stället för på apoteket.",
        "De receptbelagda läkemedlen jag köpte här var billigare än på apoteket.",
    ),
    # halsa: kostrådgivning
    *_honest(
        "halsa",
        "Jag fick kostrådgivning av min dietist innan och köpte det hon rekommenderade.",
        "Personalen gav bra råd om vilket magnesium som passar mig.",
        "Det vore bra med kostrådgivning en gång i månaden.",
        "Jag har gått på kostrådgivning på vårdcentralen och ville hitta rätt müsli.",
        "Rådgivningen om vitaminerna var snabb och vänlig.",
    ),
    *_lies(
        "halsa",
        "Jag bokade kostrådgivning och fick ett helt kostschema av en rådgivare här.",
        "Kostrådgivningen i butiken tog en timme och var värd varenda krona.",
    ),
    # halsa: glutenfritt bröd
    *_honest(
        "halsa",
        "Jag köpte glutenfritt mjöl och bakade bröd själv hemma.",
        "Vi köpte vanligt bröd på Ica och glutenfria kakor här.",
        "Personalen tipsade om ett bageri som bakar glutenfritt bröd.",
        "Jag saknade glutenfritt bröd, men pastan fanns.",
    ),
    *_lies(
        "halsa",
        "Det glutenfria brödet jag köpte här var färskt och gott.",
        "Jag köpte två limpor glutenfritt bröd från brödhyllan.",
    ),
    # blomster: hemleverans
    *_honest(
        "blomster",
        "Jag bar hem buketten själv, det var bara tio minuters promenad.",
        "Min dotter beställde hemleverans av blommor från en nätbutik förra året.",
        "Det hade varit bra med hemleverans av blommor till mammas födelsedag.",
        "De sa att de inte levererar hem, så vi hämtade blommorna på morgonen.",
        "Hemleveransen av matkassen kom samtidigt som jag kom hem med blommorna.",
    ),
    *_lies(
        "blomster",
        "Hemleveransen av blommorna kom fram i tid till mamma.",
        "Vi fick blommorna levererade hem på torsdagen, budet var jättetrevligt.",
    ),
    # blomster: konstgjorda blommor
    *_honest(
        "blomster",
        "Jag köpte riktiga blommor eftersom konstgjorda blommor ser så tråkiga ut.",
        "Min mamma har bara konstgjorda blommor hemma, så hon fick en riktig bukett.",
        "Bra att ni inte säljer konstgjorda blommor.",
        "Buketten var så perfekt att min man trodde att blommorna var konstgjorda.",
    ),
    *_lies(
        "blomster",
        "Jag köpte en bukett konstgjorda blommor till graven eftersom de håller länge.",
        "De konstgjorda blommorna jag köpte här såg nästan äkta ut.",
    ),
    # blomster: frön och sättpotatis
    *_honest(
        "blomster",
        "Fröerna till sommarblommorna köpte jag på Plantagen.",
        "Jag köpte en basilika i kruka som jag ska ta frön från.",
        "Kassörskan tipsade om var man får tag i sättpotatis.",
        "Jag frågade efter frön men köpte en orkidé i stället.",
    ),
    *_lies(
        "blomster",
        "Jag köpte tre påsar frön till grönsakslandet.",
        "Sättpotatisen jag köpte här grodde fint.",
    ),
    # mack: diesel
    *_honest(
        "mack",
        "Jag tankade bensin och köpte en korv.",
        "Min granne kör diesel och får åka till Järvsö för att tanka.",
        "Jag köpte en flaska dieseltillsats till traktorn hemma.",
        "Dieselbilen står hemma, så jag tog bensinbilen hit i dag.",
        "Synd att ni inte har diesel, men kaffet var gott.",
    ),
    *_lies(
        "mack",
        "Jag tankade diesel vid pump tre och betalade i kassan.",
        "Dieseln jag tankade här var dyrare än i Järvsö.",
    ),
    # mack: verkstad
    *_honest(
        "mack",
        "Jag köpte en liten verktygssats och en flaska spolarvätska.",
        "Personalen tipsade om en verkstad i Järvsö när bilen lät konstigt.",
        "Bilen var på verkstaden i veckan, så jag fyllde bara spolarvätska här.",
        "Det hade varit praktiskt med en verkstad här.",
        "Jag lånade verktygen vid luftpumpen och bytte en lampa själv.",
    ),
    *_lies(
        "mack",
        "De bytte bromsklossar på bilen i verkstaden medan jag drack kaffe.",
        "Verkstaden på macken lagade mitt avgasrör på en timme.",
    ),
    # mack: släpvagnar
    *_honest(
        "mack",
        "Jag kom med min egen släpvagn och köpte spännband.",
        "Vi hyrde släpvagn på OKQ8 i stan.",
        "Killen i kassan sa att de inte hyr ut släp.",
        "Jag köpte en ny kopplingskåpa till släpvagnen.",
    ),
    *_lies(
        "mack",
        "Vi hyrde en släpvagn av er och körde soporna till tippen.",
        "Släpvagnen vi hyrde här hade punktering på ena hjulet.",
    ),
    # mack: service på bilar
    *_honest(
        "mack",
        "Servicen i kassan var jättebra, killen var glad och snabb.",
        "Bilen har sin service hos märkesverkstaden i Hudiksvall.",
        "Jag köpte en servicesats med torkarblad och spolarvätska.",
        "Det är bra service på macken, kaffet är alltid nybryggt.",
    ),
    *_lies(
        "mack",
        "Bilen fick sin service här och de bytte oljefiltret.",
        "Jag lämnade in bilen på service på macken och fick tillbaka den på eftermiddagen.",
    ),
    # klader: ändringar av kläder
    *_honest(
        "klader",
        "Jag lät sy upp byxorna hos en skräddare efteråt.",
        "Personalen tipsade om en sömmerska som gör ändringar av kläder.",
        "Byxorna var för långa, så min mamma sydde upp dem hemma.",
        "Det skulle vara smidigt om ni gjorde ändringar av kläder.",
        "Jag ändrade mig och köpte en blå klänning i stället för den röda.",
    ),
    *_lies(
        "klader",
        "De gjorde en ändring av kavajen här så att ärmarna blev kortare.",
        "Ändringen av klänningen var klar på två dagar och satt perfekt.",
    ),
    # klader: skor
    *_honest(
        "klader",
        "Skorna köpte jag i skoaffären bredvid.",
        "Jag hade på mig mina nya skor när jag provade byxorna.",
        "Expediten sa att skor säljer de inte, men hon hjälpte mig hitta strumpor.",
        "Jag köpte en skojig t-shirt med tryck till min son.",
        "Vi kom hit för byxor och köpte skor på Skopunkten efteråt.",
    ),
    *_lies(
        "klader",
        "Jag köpte ett par skor i herravdelningen.",
        "Skorna jag köpte här skavde redan första dagen.",
    ),
    # klader: underkläder och badkläder
    *_honest(
        "klader",
        "Jag letade efter badkläder men köpte en sommarklänning i stället.",
        "Badkläder köper jag alltid på nätet.",
        "Expediten sa att underkläder har de inte, så jag gick till Lindex.",
    ),
    *_lies(
        "klader",
        "Jag köpte badkläder till semestern och en solhatt.",
        "Underkläderna jag köpte här var sköna.",
    ),
    # farg: stegar
    *_honest(
        "farg",
        "Jag lånade en stege av grannen för att måla taket.",
        "Jag köpte en stegpall till köket.",
        "Personalen sa att vi kunde hyra stege på byggvaruhuset.",
        "Det hade varit toppen att låna en stege här till taklisten.",
    ),
    *_lies(
        "farg",
        "Vi lånade en stege av er över helgen och lämnade tillbaka den på måndagen.",
        "Stegen jag lånade här var vinglig.",
    ),
    # farg: fasadfärg
    *_honest(
        "farg",
        "Jag köpte inomhusfärg till sovrummet; fasadfärgen köpte vi i fjol på Beijer.",
        "Fasaden målade min pappa förra sommaren.",
        "De sa att fasadfärg får man köpa någon annanstans.",
        "Det är bra att ni specialiserar er på inomhusfärg.",
        "Jag frågade om fasadfärg och fick ett bra tips om en annan butik.",
    ),
    *_lies(
        "farg",
        "Jag köpte tio liter fasadfärg till huset.",
        "Fasadfärgen vi köpte här flagnade efter en vinter.",
    ),
    # farg: gamla färgburkar
    *_honest(
        "farg",
        "Vi lämnade gamla färgburkar på återvinningscentralen på vägen hit.",
        "Personalen förklarade att gamla färgburkar ska till miljöstationen.",
        "Jag tog med en gammal färgburk för att visa kulören jag ville ha.",
        "De brytade en ny färg efter kulören på min gamla färgburk.",
    ),
    *_lies(
        "farg",
        "Jag lämnade in tre gamla färgburkar hos er och de tog emot dem utan problem.",
        "De tog emot mina gamla färgburkar i kassan.",
    ),
)
"""Every sentence said of a visit, and whether it contradicts one of the store's facts."""


PROBE: tuple[Said, ...] = (
    *_honest(
        "frisor",
        "Färgningen gjorde jag själv hemma veckan innan.",
        "Frisören föreslog att jag skulle färga håret hos en kollega i Kil.",
        "Jag köpte ett färgbevarande schampo efter klippningen.",
        "Min dotter jobbar på en nagelstudio i Forshaga.",
        "Vi gick till nagelstudion på torget efteråt.",
        "Det vore lyxigt med en nagelstudio i salongen.",
    ),
    *_lies(
        "frisor",
        "De färgade mitt hår i en ljusare nyans och det blev jättefint.",
        "Jag fick naglarna gjorda i nagelstudion medan håret torkade.",
    ),
    *_honest(
        "jarn",
        "Min granne kapade virket åt mig med sin cirkelsåg.",
        "Jag köpte en kapsåg och kapade brädorna själv hemma.",
        "Killen i kassan tipsade om en nyckelservice vid stationen.",
        "Vi fick en nyckel kopierad på Mister Minit efteråt.",
        "Vitvaror köper jag annars på Elgiganten.",
        "Jag köpte en vitvarulampa till kylskåpet.",
    ),
    *_lies(
        "jarn",
        "De kapade virket åt mig i brädgården så att det fick plats i bilen.",
        "Jag köpte en ny diskmaskin och ett kylskåp här, vitvarorna levererades i dag.",
    ),
    *_honest(
        "bageri",
        "Tårtan till kalaset beställde vi på konditoriet i Simrishamn.",
        "Jag köpte tårtljus och en limpa.",
        "De sa att de inte bakar tårtor, så vi tog kanelbullar i stället.",
        "Lunch åt vi på restaurangen vid hamnen efteråt.",
        "Min man lagar alltid lunch hemma, så jag köpte bara bröd.",
        "Det hade varit trevligt om ni serverade lunch också.",
    ),
    *_lies(
        "bageri",
        "Vi köpte en prinsesstårta här till mammas födelsedag.",
        "Vi åt lunch vid borden, en god soppa med bröd.",
    ),
)
"""Sentences at the probe stores, written after the readings and run once without tuning."""


@cache
def context(key: str) -> BusinessContext:
    return store_context(f"fact-absent-shapes-15-{key}", {**STORES, **PROBE_STORES}[key])
