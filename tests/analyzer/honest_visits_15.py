"""Honest visits at fifteen stores: material only, no tests.

Fifteen stores of trades not in `honest_speech_15` (and none a furniture store or a
pharmacy), each a `BusinessContext` built the way `tests.unit.context_builders` builds one, with
its own departments (and aliases), opening hours and baseline facts in the store's own phrasing;
and for each store twenty honest customer answers, 300 in all, as Swedes tell things on the phone
about a real visit: counts, times and prices in digits and in words, children and animals doing
ordinary things, products with human names and mascots, packaging, posters, screens, toys and
films that show impossible things, labels and books that "talar om" something, jokes marked as
jokes, exaggeration idioms, corrections, comparisons with other days and other stores, parties
of several people, card and cash in one visit, arriving one way and leaving another, talk near
closing time, failing machines, weather and travel. Every answer is something an honest customer
could truthfully say about a real visit to that store; a fraud flag on any of them is a false
positive.

Written by someone who had not read the analyzer (nothing under `kundrost/adapters/`) and did
not run it on this material.
"""

from __future__ import annotations

from functools import partial

from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Department,
)
from tests.analyzer.honest_stores import honest_store

_store = partial(honest_store, 8016)


STORES: dict[str, BusinessContext] = {
    # Big grocery hypermarket.
    "stormarknad": _store(
        1,
        "Maxlivs Stormarknad Kungens kurva",
        "07:00",
        "22:00",
        (
            Department("Frukt & grönt", ("frukten", "grönsakerna", "fruit and vegetables")),
            Department("Chark & ost", ("charken", "ostdisken", "deli")),
            Department("Fiskdisken", ("fisken", "fish counter")),
            Department("Bageriet", ("bröd", "bakery")),
            Department("Fackhandel", ("non-food", "leksaker", "kläder")),
            Department("Kassorna", ("kassan", "självscanningen", "checkout")),
        ),
        (
            BaselineFact("Vi har 24 kassor, varav tio med självscanning.", "kassor"),
            BaselineFact("Parkeringen är gratis i tre timmar.", "parkering"),
            BaselineFact("Pantmaskinerna står vid entré B.", "pant"),
            BaselineFact("Vi erbjuder inte hemleverans, bara Klicka och hämta.", "leverans"),
        ),
    ),
    # Fishmonger in a market hall.
    "fiskhandlare": _store(
        2,
        "Strömbergs Fisk & Skaldjur",
        "10:00",
        "18:00",
        (
            Department("Fiskdisken", ("disken", "färsk fisk")),
            Department("Skaldjur", ("räkor", "skaldjursdisken", "shellfish")),
            Department("Rökeriet", ("rökt fisk", "rökeri")),
            Department("Deli", ("färdigrätter", "fisksoppa", "takeaway")),
        ),
        (
            BaselineFact("Vi säljer inget kött.", "kött"),
            BaselineFact("Vi rensar och filéar fisken gratis medan du väntar.", "rensning"),
            BaselineFact("Räkorna kokas på båten samma dag som de fångas.", "räkor"),
            BaselineFact("Laxen kommer från Norge.", "lax"),
        ),
    ),
    # Kiosk.
    "kiosk": _store(
        3,
        "Hörnkiosken Tegnérlunden",
        "07:00",
        "23:00",
        (
            Department("Godis", ("lösgodis", "godiset")),
            Department("Tidningar", ("tidningshyllan", "magasin")),
            Department("Spel & ombud", ("spel", "paketombud", "ombudet")),
            Department("Glass & korv", ("glassboxen", "korv", "grillen")),
        ),
        (
            BaselineFact("Lösgodis kostar 9,90 kronor per hekto.", "godis"),
            BaselineFact("Vi är ombud för två paketbolag.", "paket"),
            BaselineFact("Vi har ingen kundtoalett.", "toalett"),
            BaselineFact("Vi tar kort och kontanter men inte Swish.", "betalning"),
        ),
    ),
    # Chocolatier with a small café.
    "chokladmakare": _store(
        4,
        "Chokladmakarna på Drottninggatan",
        "10:00",
        "18:00",
        (
            Department("Praliner", ("pralindisken", "pralinerna")),
            Department("Caféet", ("café", "fiket", "kaffebaren")),
            Department("Presentbutiken", ("presenter", "askar", "gift shop")),
        ),
        (
            BaselineFact("Alla praliner görs för hand i vårt kök i källaren.", "tillverkning"),
            BaselineFact("En ask med nio praliner kostar 195 kronor.", "pris"),
            BaselineFact("Vi har inga sockerfria produkter.", "sockerfritt"),
            BaselineFact("Caféet stänger en halvtimme före butiken.", "café"),
        ),
    ),
    # Second-hand shop.
    "secondhand": _store(
        5,
        "Andra Chansen Second Hand",
        "11:00",
        "18:00",
        (
            Department("Kläder", ("klädavdelningen", "klädhängarna")),
            Department("Porslin & glas", ("porslin", "glas", "husgeråd")),
            Department("Böcker & skivor", ("böcker", "vinyl", "skivor")),
            Department("Leksaker", ("barnhörnan", "leksakshyllan")),
            Department("Inlämningen", ("inlämning", "donationer")),
        ),
        (
            BaselineFact("Vi tar inte emot elektronik eller madrasser.", "inlämning"),
            BaselineFact("Överskottet går till vårt arbete med hemlösa.", "överskott"),
            BaselineFact("Nya varor ställs ut varje dag klockan elva.", "påfyllning"),
            BaselineFact("Vi tar kort och Swish, inte kontanter.", "betalning"),
        ),
    ),
    # Interior-design shop.
    "inredning": _store(
        6,
        "Rum & Ro Inredning",
        "10:00",
        "18:00",
        (
            Department("Textil", ("textilier", "gardiner", "kuddar")),
            Department("Belysning", ("lampor", "lamphyllan")),
            Department("Doft & ljus", ("ljus", "doftljus")),
            Department("Kök & servering", ("köksavdelningen", "porslin", "serveringsfat")),
        ),
        (
            BaselineFact("Vi säljer inte möbler, bara inredningsdetaljer.", "möbler"),
            BaselineFact("Gardiner sys upp på beställning på två veckor.", "gardiner"),
            BaselineFact("Presentinslagning är gratis.", "inslagning"),
        ),
    ),
    # Perfumery.
    "parfymeri": _store(
        7,
        "Parfymeri Ambra",
        "10:00",
        "19:00",
        (
            Department("Parfym", ("dofter", "parfymhyllan")),
            Department("Hudvård", ("krämer", "skin care")),
            Department("Smink", ("makeup", "sminkdisken")),
            Department("Herr", ("herravdelningen", "rakning")),
        ),
        (
            BaselineFact("Vi ger doftprover i små flaskor på 2 ml.", "prover"),
            BaselineFact("Vi har ingen frisör och inga behandlingsrum.", "behandlingar"),
            BaselineFact("Medlemmar får tio procent rabatt.", "medlem"),
            BaselineFact("Alla köp slås in gratis.", "inslagning"),
        ),
    ),
    # Nail salon.
    "nagelsalong": _store(
        8,
        "Nagelstudion Pärlan",
        "09:00",
        "19:00",
        (
            Department("Manikyr", ("naglar", "gellack", "händer")),
            Department("Pedikyr", ("fötter", "fotvård", "fotspa")),
            Department("Fransar", ("fransförlängning", "lashes")),
            Department("Receptionen", ("disken", "bokningen")),
        ),
        (
            BaselineFact("Vi tar bara bokade kunder, ingen drop-in.", "bokning"),
            BaselineFact("Gellack på händerna kostar 495 kronor.", "pris"),
            BaselineFact("Vi har fyra manikyrbord och två fotspastolar.", "platser"),
        ),
    ),
    # Car wash.
    "biltvatt": _store(
        9,
        "Glansen Biltvätt Sisjön",
        "07:00",
        "21:00",
        (
            Department("Automattvätten", ("tvättgatan", "automattvätt", "portalen")),
            Department("Självtvätten", ("tvätthallen", "självtvätt", "boxarna")),
            Department("Dammsugarna", ("dammsugare", "dammsugarstationen")),
            Department("Shoppen", ("butiken", "kassan")),
        ),
        (
            BaselineFact("Automattvätten tar bilar upp till 2,3 meter höga.", "höjd"),
            BaselineFact("Motorcyklar tvättas bara i självtvätten.", "motorcykel"),
            BaselineFact("Tvättkort laddas i shoppen.", "tvättkort"),
            BaselineFact("Premiumtvätten kostar 249 kronor.", "pris"),
        ),
    ),
    # Trampoline park.
    "trampolinpark": _store(
        10,
        "Hoppland Trampolinpark",
        "10:00",
        "20:00",
        (
            Department("Hopphallen", ("trampolinerna", "hallen")),
            Department("Skumgropen", ("foam pit", "skumbadet")),
            Department("Caféet", ("kafé", "fiket")),
            Department("Kalasrummen", ("kalas", "kalasrummet")),
        ),
        (
            BaselineFact("Alla hoppare måste ha greppstrumpor, 35 kronor paret.", "strumpor"),
            BaselineFact("Barn under sju år hoppar tillsammans med en vuxen.", "ålder"),
            BaselineFact("En timmes hopp kostar 189 kronor.", "pris"),
            BaselineFact("Vi har ingen klätterbana.", "klättring"),
        ),
    ),
    # Museum shop.
    "museibutik": _store(
        11,
        "Stadsmuseets butik",
        "11:00",
        "17:00",
        (
            Department("Böcker", ("bokhyllan", "bokhandeln")),
            Department("Affischer & kort", ("vykort", "affischer", "posters")),
            Department("Barnhörnan", ("barnleksaker", "barnavdelningen")),
            Department("Smycken & design", ("smycken", "design")),
        ),
        (
            BaselineFact("Butiken kan besökas utan museibiljett.", "entré"),
            BaselineFact("Alla affischer är tryck av föremål i museets samlingar.", "affischer"),
            BaselineFact("Medlemmar i Museivännerna får tio procent rabatt.", "medlem"),
        ),
    ),
    # Garden-machinery dealer.
    "tradgardsmaskiner": _store(
        12,
        "Enköpings Skog & Trädgårdsmaskiner",
        "07:00",
        "17:00",
        (
            Department("Gräsklippare", ("robotgräsklippare", "åkgräsklippare")),
            Department("Motorsågar", ("sågar", "skogsavdelningen")),
            Department("Verkstaden", ("service", "reparationer")),
            Department("Reservdelar", ("delar", "reservdelsdisken")),
        ),
        (
            BaselineFact("Vårservice av gräsklippare kostar 895 kronor.", "service"),
            BaselineFact("Vi hämtar och lämnar maskiner inom tre mil för 300 kronor.", "hämtning"),
            BaselineFact("Verkstaden har en väntetid på ungefär en vecka på våren.", "väntetid"),
        ),
    ),
    # Hunting shop.
    "jaktbutik": _store(
        13,
        "Jaktboden Sollefteå",
        "10:00",
        "18:00",
        (
            Department("Vapen", ("vapendisken", "gevär")),
            Department("Jaktkläder", ("kläder", "klädavdelningen")),
            Department("Optik", ("kikare", "sikten")),
            Department("Hund", ("hundavdelningen", "hundprylar")),
        ),
        (
            BaselineFact("Ammunition säljs bara mot uppvisad vapenlicens.", "ammunition"),
            BaselineFact("Vi säljer inga fiskespön.", "fiske"),
            BaselineFact("Vår vapensmed är på plats tisdagar och torsdagar.", "vapensmed"),
        ),
    ),
    # Home-electronics repair shop.
    "elektronikreparation": _store(
        14,
        "Elektronikdoktorn Västerås",
        "10:00",
        "18:00",
        (
            Department("Mobilreparation", ("mobiler", "telefoner", "skärmbyte")),
            Department("Datorer", ("datorreparation", "laptops")),
            Department("TV & ljud", ("tv", "stereo", "hemmabio")),
            Department("Inlämningen", ("disken", "receptionen")),
        ),
        (
            BaselineFact("Felsökning kostar 395 kronor och dras av om du reparerar.", "felsökning"),
            BaselineFact("Vi ger sex månaders garanti på våra reparationer.", "garanti"),
            BaselineFact("Vi reparerar inte vitvaror.", "vitvaror"),
            BaselineFact("Skärmbyte på de flesta mobiler tar en timme.", "skärmbyte"),
        ),
    ),
    # Wine bar.
    "vinbar": _store(
        15,
        "Vinbaren Druvan",
        "16:00",
        "23:00",
        (
            Department("Baren", ("bardisken", "bar")),
            Department("Matsalen", ("borden", "salen")),
            Department("Uteserveringen", ("terrassen", "ute")),
            Department("Vinkällaren", ("källaren", "provningsrummet")),
        ),
        (
            BaselineFact("Vi serverar bara småplock och ostbrickor, inga varmrätter.", "mat"),
            BaselineFact("Ett glas husets vin kostar 95 kronor.", "pris"),
            BaselineFact("Åldersgränsen är 20 år.", "ålder"),
            BaselineFact("Vi tar bordsbokningar bara för sällskap på sex eller fler.", "bokning"),
        ),
    ),
}

HONEST: dict[str, tuple[str, ...]] = {
    "stormarknad": (
        "Vi var där i en och en halv timme, så parkeringen räckte gott och väl. Handlade för "
        "tvåtusenåttahundra kronor, det är en hel månads mat för oss fem.",
        "Min son ville ha ett flingpaket med en tecknad tiger som flög över månen på kartongen, "
        "så det fick följa med hem.",
        "Självscanningen pep och låste sig två gånger, så en tjej i personalen fick komma och "
        "låsa upp. Hon var snabb, tog kanske en minut.",
        "Fiskdisken hade fin torsk, 189 kronor kilot. Nej förresten, det var 198, jag blandade "
        "ihop siffrorna.",
        "Jag pantade vid entré B först, en hel säck burkar, och sen fick jag gå varvet runt hela "
        "huset för att komma till bilen. Det är som att gå ett halvmaraton, skämt åsido.",
        "Det var kaos vid halv sex, alla från kontoren verkar handla samtidigt. På en tisdag "
        "förmiddag förra veckan var det nästan tomt.",
        "Vi åkte buss dit men min svåger hämtade oss med bil, för vi hade köpt en hel "
        "trädgårdsstol i fackhandeln och den gick inte att bära på bussen.",
        "På charken stod en kartongfigur av en gris i kockmössa som vinkade, barnen tyckte han "
        "var rolig och döpte honom till Sigge.",
        "Jag betalade maten med kort och sedan köpte min fru lotter för kontanter i samma kassa, "
        "det gick fint.",
        "Bageriet hade slut på surdegsbröd redan vid tolv, vilket är synd, för det är därför jag "
        "åker dit.",
        "Vi var sex stycken, jag och min man plus fyra barn. Han tog frukt och grönt och jag tog "
        "resten, och vi möttes vid kassorna efter en halvtimme.",
        "Det regnade så det stod härliga till på parkeringen, men inne var det torrt och varmt "
        "så det gjorde inget.",
        "Där finns en tv-skärm ovanför ostdisken som visade en reklamfilm där en ost pratade och "
        "dansade, min dotter skrattade hela vägen hem.",
        "Jag frågade om de kunde köra hem varorna, men de sa att de inte har hemleverans, bara "
        "Klicka och hämta. Det var helt okej, vi tog bilen ändå.",
        "Jag köpte tjugo liter mjölk, ja, verkligen tjugo, för vi skulle ha kalas för skolklassen.",
        "Hunden satt i bilen och skällde på varenda kundvagn som rullade förbi, så jag skyndade "
        "mig lite extra.",
        "De stänger tio och vi kom in kvart i tio, och ingen sa något, vi hann ut fem i.",
        "Det är större än Ica Maxi hemma i Borlänge, jag gick vilse två gånger bland leksakerna.",
        "Etiketten på äggen talade om att hönsen går ute, och det tycker jag är bra att de "
        "skriver.",
        "Jag vet inte riktigt. Det var bra, tror jag, lite trångt vid kassorna men annars okej.",
    ),
    "fiskhandlare": (
        "Jag bad dem filéa två gösar och killen gjorde det medan jag väntade, på kanske fem "
        "minuter. Det kostade inget extra.",
        "Räkorna var så färska att de nästan simmade hem själva, om man säger så.",
        "Min dotter, hon är fyra, stod med näsan mot glaset och pratade med en hummer hela tiden. "
        "Hon döpte den till Harald.",
        "Fisksoppan på delin kostade nittiofem kronor och den var värd varenda krona.",
        "Jag frågade efter lammfärs av bara farten, jag var lite förvirrad, och de sa vänligt att "
        "de bara har fisk och skaldjur, och att slaktaren finns två stånd bort i hallen.",
        "Vi var där vid halv sex och de började plocka undan lite, men jag fick ändå både rökt "
        "lax och ett halvt kilo räkor.",
        "Skylten vid laxen talade om att den kommer från Norge, det uppskattar jag att de skriver "
        "ut.",
        "Jag cyklade dit men åkte spårvagn hem, för påsarna hängde så illa på styret.",
        "Kortterminalen krånglade, så jag betalade räkorna kontant och sen gick den igång igen "
        "och jag kunde ta den rökta makrillen på kort.",
        "Där hänger en affisch med en tecknad torsk med pipa och sydväst som säger att fisk är "
        "hjärnmat, barnen älskar den.",
        "Förra gången var kön lång som ett långt år, men i dag stod det bara två före mig.",
        "Vi var tre, min fru valde fisken, jag bar och min svärmor hade synpunkter på allt, som "
        "vanligt.",
        "Rökeriet luktade så gott att jag köpte tre bitar varmrökt lax fast jag bara skulle ha "
        "torsk.",
        "Jag fick ett recept på en lapp, det talade om hur man gör en enkel fiskgratäng med dill, "
        "och vi lagade den i kväll.",
        "Det var stormigt ute och killen i disken skämtade om att fiskarna nog hade fått "
        "sjösjuka i dag. Han var rolig.",
        "Fjärsingen var slut, tyvärr, men de föreslog rödspätta i stället och den var jättegod.",
        "Jag handlade för fyrahundrasextio kronor, nej vänta, det var fyrahundrasjuttio med påsen.",
        "Hunden fick vänta utanför hallen och han tjöt som om han aldrig skulle få se mig igen, "
        "men det var tio minuter.",
        "Det är dyrare än på Lidl, absolut, men kvaliteten går inte att jämföra.",
        "Kräftorna kom i en ask med en gubbe med rödmålade klor på locket, lite tramsigt men "
        "gulligt.",
    ),
    "kiosk": (
        "Jag köpte lösgodis för trettio kronor och en kvällstidning, och killen i kassan var "
        "trevlig trots att klockan var kvart i elva.",
        "Jag skulle hämta ett paket i ombudet men de hade två olika paketbolag och mitt låg hos "
        "det andra, så det tog en stund att hitta. Men han hittade det.",
        "Min son tog tre hekto godis, han vägde upp det själv och det kostade typ trettio kronor.",
        "Jag frågade om toalett men de har ingen för kunder, så jag fick gå till McDonald's runt "
        "hörnet. Inget konstigt, det är en kiosk.",
        "Korven var god, men grillen hade stannat så han fick värma den i mikron. Det gick ändå.",
        "Jag ville swisha men de tar inte Swish, så jag betalade med kort. Tidningen tog jag med "
        "en tjuga i kontanter eftersom jag hade den i fickan.",
        "På glassboxen satt en bild av en pingvin som åkte skidor på en glasstrut, min brorsdotter "
        "tyckte den var fantastisk.",
        "Jag gick dit i spöregn och hade glömt paraplyet, så jag såg ut som en dränkt katt när jag "
        "kom in. Han skrattade lite, vänligt.",
        "Serietidningen jag köpte till barnen handlade om en anka som flög till Mars, de har läst "
        "den tre gånger redan.",
        "Det var kö på fem personer vid sju på morgonen, alla skulle ha kaffe och tidning innan "
        "bussen.",
        "Jag lämnade ett paket och fick kvitto direkt, det tog under två minuter.",
        "Jag och min kompis delade på en lott för tjugofem kronor och vann tjugofem kronor, så vi "
        "gick plus minus noll, haha.",
        "Hunden väntade utanför och en tant som gick förbi gav honom en klapp, han var nöjd.",
        "Pressbyrån vid stationen har större urval, men den här kiosken har godare korv.",
        "Jag frågade efter en tidning om segelbåtar men den hade de inte, han tipsade om "
        "bokhandeln på Drottninggatan.",
        "Jag kom med cykel och gick hem, för kedjan hoppade av precis utanför.",
        "Det var tomt på hallonbåtar, nej förresten, de fanns men i en annan låda längre ner.",
        "Killen sa att de stänger elva och jag kom fem i, men han sålde ändå en glass utan att "
        "sucka.",
        "Skylten vid godiset talade om priset per hekto tydligt, så man visste vad man gav sig in "
        "på.",
        "Bra. Snabbt. Inget mer egentligen.",
    ),
    "chokladmakare": (
        "Jag köpte en ask med nio praliner för hundranittiofem kronor till min mamma som fyller "
        "sjuttio, och hon blev så glad.",
        "Expediten berättade att allt görs för hand nere i källaren, och man kunde känna doften "
        "ända upp i butiken.",
        "Jag frågade om de hade något sockerfritt till min pappa som har diabetes, men det hade "
        "de inte. Hon var ärlig om det och det uppskattar jag.",
        "Caféet hade stängt när vi kom halv sex, eftersom det stänger en halvtimme tidigare, men "
        "butiken var öppen så vi köpte med oss i stället.",
        "Det fanns en pralin formad som en liten groda med krona, den hette Prins Gustav på "
        "skylten. Min dotter ville inte äta upp honom.",
        "Vi var fyra, och alla fick välja två var. Min man tog de med lakrits och ångrade sig "
        "direkt, haha.",
        "Varm choklad i caféet för femtiofem kronor, så tjock att skeden nästan stod upp av sig "
        "själv.",
        "I fönstret stod en chokladskulptur av en häst som flög med vingar, helt galet fint gjord.",
        "Jag betalade asken med kort och en kaffe kontant, för jag ville bli av med växeln i "
        "plånboken.",
        "Presentasken hade ett kort som talade om vad varje pralin innehöll, bra för min kompis "
        "som är nötallergiker.",
        "Jag var där i förrgår också och då var det ännu mer folk, det var nästan som på alla "
        "hjärtans dag.",
        "Vi kom med tåget från Stockholm för en dagstur och gick dit från stationen, tio minuter "
        "ungefär.",
        "Det snöade stora flingor utanför och vi satt i fönstret med kakao, som på ett julkort.",
        "Det är dyrt, ska jag säga, men det är ju handgjort. Jämfört med Marabou är det en helt "
        "annan värld.",
        "Expediten lät min son provsmaka en bit och han sa att det var det godaste han ätit i "
        "hela sitt liv, och han är sex.",
        "Jag tog fel ask först, den med sexton, nej förresten, den med tolv, och fick byta till "
        "nio bitar, inga problem.",
        "Kortläsaren laddade jättelänge, säkert en minut, men till slut gick det igenom.",
        "Affischen bakom kassan visade en kakaoböna med ansikte som surfade på en våg av choklad, "
        "väldigt söt.",
        "Min hund fick stå i koppel utanför och hon gnällde så att expediten kom ut med en "
        "vattenskål. Så gulligt.",
        "Jag kommer absolut tillbaka, kanske till påsk.",
    ),
    "secondhand": (
        "Jag hittade en ylletröja för åttio kronor som ser helt oanvänd ut, min man tror inte att "
        "den är begagnad.",
        "Vi kom dit vid elva precis när de ställde ut nya saker, så det var som julafton för oss "
        "som gillar porslin.",
        "Jag ville lämna in en gammal brödrost men de tar inte elektronik, så jag fick ta med den "
        "hem igen. Det stod på en skylt vid inlämningen också.",
        "Jag hade bara kontanter, men de tar inte kontanter så jag fick swisha. Det löste sig.",
        "Min son hittade en plastdinosaurie som kan prata, den säger att den kommer från månen, "
        "och den kostade tio kronor.",
        "Det fanns en gammal vinylskiva med ett skivomslag där en gitarr brann i rymden, min sambo "
        "köpte den direkt.",
        "Vi var där i två timmar, jag och min syster. Hon gick igenom alla kläder och jag satt i "
        "bokhörnan och läste.",
        "Kassan hade problem med kortläsaren, så jag fick swisha det första och betala resten med "
        "kort när den gick igång igen.",
        "En bok om fåglar talade om hur man bygger fågelholkar, den kostade tjugo kronor och jag "
        "ska testa till våren.",
        "Det är billigare än Myrorna i stan, i alla fall på glas och porslin.",
        "Jag gick in tio i sex och personalen sa att de stänger sex, så jag hann bara med "
        "böckerna. Det var helt rätt av dem.",
        "Jag tyckte det var fint att skylten vid kassan talade om att pengarna går till arbetet "
        "med hemlösa.",
        "Vi åkte dit med bil men min man gick hem, för han ville ta en promenad i solen.",
        "Min mamma hittade exakt samma kaffekoppar som hon hade när hon var barn, hon blev "
        "alldeles tårögd.",
        "Valpen var med i väskan och sov hela tiden, ingen hade något emot det.",
        "Jag lämnade fyra kassar kläder och en låda med leksaker, och de tog emot allt.",
        "Det luktade lite källare i böckerna, men det gör det alltid på second hand.",
        "Jag köpte tre jeans för sammanlagt tvåhundratjugofem kronor, nej, tvåhundrafemton, en "
        "var nedsatt.",
        "Där hängde en gammal filmaffisch med en jättegorilla på ett skyskrapetak, jag frågade om "
        "den var till salu men den var bara dekoration.",
        "Jag är där nästan varje vecka, och i dag var det som vanligt mycket folk.",
    ),
    "inredning": (
        "Jag beställde gardiner som ska sys upp, och de sa två veckor, så de blir klara lagom "
        "till min mammas besök.",
        "Jag köpte fyra kuddfodral för tvåhundrafemtio kronor styck och fick dem inslagna gratis, "
        "med ett sånt där sidenband.",
        "Jag frågade efter en soffa, jag trodde de hade möbler, men de säljer bara detaljer. Hon "
        "tipsade om en möbelaffär på samma gata.",
        "Det luktade vanilj och kanel i hela butiken från doftljusen, lite som att gå in i en "
        "kanelbulle.",
        "Lampavdelningen var så ljus att jag fick kisa, man blev nästan solbränd, skämtade min "
        "man.",
        "Vi var där en timme, jag och min väninna, hon köpte ett serveringsfat och jag köpte ljus.",
        "Jag betalade fatet med kort och ljusen med en hundralapp, det var min mammas julpengar.",
        "Ett ljus hade en etikett som talade om att det doftar som en skog efter regn, och det "
        "gör det faktiskt.",
        "Det fanns en tavla med en elefant som flöt omkring bland molnen, väldigt drömsk, men den "
        "var inte till salu.",
        "Kortterminalen hängde sig och vi fick stå och vänta en stund, kanske tre minuter, sen "
        "fungerade det.",
        "Vi kom med tunnelbanan och tog taxi hem, för lampskärmen var för stor att bära.",
        "Min treåring rörde vid allt porslin och jag var livrädd, men ingenting gick sönder, tack "
        "och lov.",
        "Det var bättre sortiment än på Åhléns, tycker jag, mer personligt.",
        "Vi kom in kvart i sex och hon frågade vänligt om vi hann, de stänger ju sex.",
        "Det blåste snålt ute och butiken var härligt varm, jag blev kvar längre än jag tänkt.",
        "Jag köpte en kaffekopp med en katt i kostym som spelar fiol, den heter Herr Mjau enligt "
        "lappen.",
        "Jag tror det var tre hundra kronor för ljuset, nej förresten, tvåhundranittionio.",
        "Ingen kö alls i dag, förra lördagen var det kö ut på gatan.",
        "Jag fick bra råd om vilken glödlampa jag skulle ha till min taklampa hemma.",
        "Lite dyrt men fint. Jag kommer tillbaka.",
    ),
    "parfymeri": (
        "Jag fick tre doftprover i små flaskor, två milliliter i varje, så jag kan testa hemma "
        "innan jag bestämmer mig.",
        "Min man köpte ett rakvatten på herravdelningen och jag en ansiktskräm, och vi betalade "
        "var för sig, han med kort och jag kontant.",
        "Jag frågade om de gör ansiktsbehandlingar, men de har inga behandlingsrum, så hon "
        "tipsade om en salong på torget.",
        "Jag är medlem och fick tio procent, så parfymen kostade åttahundrafyrtio i stället för "
        "niohundratrettio.",
        "Expediten sa att doften luktade som en sommaräng i Provence, och visst, den gjorde det.",
        "Sminkdisken hade en skärm som visade en modell med glittrande fjärilsvingar, en reklam "
        "för en ögonskugga.",
        "Vi var där en kvart före stängning, alltså kvart i sju, och hon hann ändå slå in allt "
        "snyggt.",
        "Min dotter sprayade på sig typ tio olika dofter, hon luktade som en hel blomsteraffär "
        "sen i bilen.",
        "Förpackningen talade om att krämen inte är testad på djur, det var viktigt för mig.",
        "Det finns mer utbud på Kicks, men här får man mycket bättre hjälp.",
        "Vi kom med bil men jag gick hem, för min man skulle vidare till jobbet.",
        "Flaskan har formen av en liten ballerina, den står nu på byrån som prydnad.",
        "Kortläsaren vägrade läsa mitt kort två gånger, men det var nog mitt kort som var slitet.",
        "Jag köpte en present till min svärmor och den slogs in gratis, med rosett och allt.",
        "Hon var jättehjälpsam. Jag var inne i nästan fyrtiofem minuter och hon tröttnade aldrig.",
        "Det regnade så hårt när vi gick därifrån att det nästan sköljde bort parfymen, haha.",
        "Parfymen hette Nattens Drottning, det är ett roligt namn på en flaska.",
        "Det var rea på smink, tjugo procent, nej trettio stod det på skylten.",
        "Min son på elva ville ha en deodorant och de hade en med en rymdraket på, så han blev "
        "nöjd.",
        "Jag har inte så mycket mer att säga. Bra bemötande.",
    ),
    "nagelsalong": (
        "Jag hade bokat tid klockan två och kom in på minuten, och det var gellack för "
        "fyrahundranittiofem kronor.",
        "Min kompis och jag var där samtidigt, hon på pedikyr och jag på manikyr, så vi kunde "
        "prata hela tiden.",
        "Nageltekniker Linh målade en liten snögubbe på mitt ringfinger, han är så söt.",
        "Fotbadet var så skönt att jag nästan somnade, jag trodde jag var på Maldiverna en stund.",
        "Receptionen bokade in nästa tid direkt, om fyra veckor.",
        "Jag betalade behandlingen med kort och gav dricks i kontanter, en femtiolapp.",
        "Det satt en affisch på väggen med en enhörning med regnbågsnaglar, min dotter älskade "
        "den.",
        "Jag gick dit i blötsnö och fötterna var iskalla, så det var perfekt att börja med "
        "fotbadet.",
        "De har fyra manikyrbord, alla var upptagna, men jag hade ju bokat.",
        "Torktiden under lampan var kortare än på min gamla salong i Solna.",
        "En kvinna ringde på dörren och ville komma in utan tid, men de sa att de bara tar "
        "bokade kunder. Hon fick en tid till dagen efter.",
        "Det tog en och en halv timme med fransarna, längre än jag trodde.",
        "Flaskan med nagellack hette Kärlek i Paris, och färgen var precis som på bilden.",
        "Jag kom med buss och min man hämtade mig med bil, för jag ville inte förstöra naglarna "
        "på att hålla i stången.",
        "En av naglarna flagnade redan efter två dagar förra gången, men den här gången ser "
        "allt bra ut.",
        "Receptionisten var lite stressad, telefonen ringde hela tiden.",
        "Min tid var klockan sex, nej förresten, kvart över sex, och vi var klara vid sju.",
        "De visade en film på en skärm med fiskar som simmade genom luften i en stad, väldigt "
        "lugnande.",
        "Jag tog med min dotter på tio, hon fick bara titta, men hon fick en klisterlapp.",
        "Allt var rent och fräscht. Jag rekommenderar dem.",
    ),
    "biltvatt": (
        "Jag tog premiumtvätten för tvåhundrafyrtionio kronor och bilen blev blank som en spegel.",
        "Vi har en husbil som är för hög för automaten, så vi tog självtvätten i stället.",
        "Min son satt i baksätet och skrek av glädje när borstarna kom, han trodde det var ett "
        "monster som kramade bilen.",
        "Dammsugaren vid plats tre var trasig, så jag fick flytta till plats fyra.",
        "Jag laddade tvättkortet i shoppen med femhundra kronor och köpte en kopp kaffe kontant.",
        "Det var kö på sju bilar klockan tio på förmiddagen, alla ville tvätta bort saltet.",
        "Jag kom in med bilen tio i nio och de stänger nio, men automaten gick fortfarande.",
        "Killen i shoppen var jättehjälpsam och visade hur man använder högtryckstvätten.",
        "Hunden satt i bilen under tvätten och skällde på borstarna hela vägen igenom.",
        "På väggen satt en skylt med en bil med ett leende som sa 'tack för att du tvättade "
        "mig', barnen tyckte den var rolig.",
        "Jag tvättade motorcykeln i självtvätten, för den får inte gå i automaten, och det gick "
        "bra.",
        "Det började snöa fem minuter efter tvätten, så det var ganska bortkastat, haha.",
        "Premiumtvätten är bättre än den på Statoil, förlåt, Circle K, där jag brukar tvätta.",
        "Min fru körde dit och jag körde hem, hon ville sitta och läsa.",
        "Jag tog tvätten med kort och betalade dammsugaren med tiokronor.",
        "Skärmen i tvättgatan visade att jag skulle köra fram tre decimeter till, sen blev den "
        "grön.",
        "Torkfläkten lämnade lite vatten kvar på bakluckan, men inget farligt.",
        "Vi var tre bilar från samma familj, min pappa, min bror och jag, som tvättade samtidigt.",
        "Bilen var så lerig efter jaktresan att man knappt såg färgen, nu är den vit igen.",
        "Det tog ungefär en kvart. Smidigt.",
    ),
    "trampolinpark": (
        "Vi köpte greppstrumpor för trettiofem kronor paret, fyra par, och en timmes hopp var "
        "för barnen.",
        "Min yngsta är fem så jag fick hoppa med henne, och jag har träningsvärk i hela kroppen i "
        "dag, jag är sjuttio år i kroppen.",
        "Skumgropen var barnens favorit, de kastade sig i som små sälar.",
        "Vi hade kalas för min son som fyllde åtta, tolv barn i kalasrummet, och personalen "
        "skötte allt.",
        "Jag betalade hoppet med kort och glassarna i caféet med kontanter.",
        "Det var en film på en skärm med en tecknad känguru som hoppade ända till månen, barnen "
        "härmade honom.",
        "Maskotten, en stor kanin som heter Hoppe, kom ut och gjorde high five med alla.",
        "Vi kom strax före sju och hoppade en timme, fram till stängning klockan åtta, perfekt.",
        "Min dotter frågade efter klätterväggen men de har ingen, så hon hoppade i stället.",
        "Kaffemaskinen i caféet var trasig, så jag fick te. Det gick ju också.",
        "Vi kom med bussen, men pappa hämtade med bil, för barnen var helt slut.",
        "Det var fler barn än förra söndagen, säkert hundra, men det kändes inte trångt.",
        "En timme kostade hundranittio kronor, nej, hundraåttionio, jag säger fel.",
        "Ljudet var som en flygplats, men barnen hade kul och det är huvudsaken.",
        "Min son sa att han hoppade tio meter högt, vilket han förstås inte gjorde.",
        "Det var snöstorm ute och skönt att ha något inomhus att göra.",
        "En av personalen hjälpte min dotter när hon ramlade, hon blev lite ledsen men fick ett "
        "plåster och en klisterlapp.",
        "Det är bättre än Superpark i Upplands Väsby, tycker vi.",
        "Mormor satt i caféet och läste och vi andra hoppade.",
        "Jag har inget mer. Barnen vill åka tillbaka redan.",
    ),
    "museibutik": (
        "Vi gick in i butiken utan att gå på museet, det gick bra, och köpte en bok om stadens "
        "historia för tvåhundrafyrtio kronor.",
        "Jag köpte en affisch med en gammal karta över stan, skylten talade om att originalet "
        "finns på andra våningen.",
        "Min son fick ett pussel med en drake som sprutar eld över slottet, han har lagt det två "
        "gånger redan.",
        "Jag är med i Museivännerna så jag fick tio procent, det blev hundraåtta kronor i stället "
        "för hundratjugo.",
        "Vi var där i en halvtimme efter museibesöket, mormor, jag och två barn. Mormor köpte "
        "vykort och barnen tittade i barnhörnan.",
        "Jag betalade boken med kort och vykorten med en femtiolapp.",
        "Det fanns en bok som talade om hur man levde i staden på 1600-talet, med bilder på "
        "sjöodjur som folk trodde fanns i sjön.",
        "Vi kom kvart i fem och hon sa att de stänger fem, så vi fick skynda oss lite, men det "
        "gick.",
        "Det finns ett smycke format som en liten uggla, jag köpte det till min syster.",
        "Kortläsaren hade lagg, hon fick slå in beloppet två gånger.",
        "Barnhörnan hade en gosedjursmus i museivakts-uniform, den hette Musse Vakt, haha.",
        "Vi kom med cykel och gick hem med cyklarna, för det började regna och blåsa så kraftigt.",
        "Det är roligare än butiken på Nationalmuseum, tycker jag, mer lokalt.",
        "En affisch föreställde en flygande val över hamnen, det var tydligen från en gammal "
        "barnbok i samlingen.",
        "Min dotter frågade om hon fick ta med sig en riktig dinosaurieskalle hem, det var ett "
        "skämt, hon är tolv.",
        "Det var kö på fem personer för att en busslast med pensionärer kom samtidigt.",
        "Jag köpte tre böcker, nej fyra, den lilla om stadens parker också.",
        "Det fanns en liten skärm som visade en film om hur man tryckte affischer förr, väldigt "
        "intressant.",
        "Vi bodde på hotell två kvarter bort och gick dit på förmiddagen, helt perfekt.",
        "Ett fint litet ställe. Inte mer än så.",
    ),
    "tradgardsmaskiner": (
        "Jag lämnade in gräsklipparen på vårservice, åttahundranittiofem kronor, och de sa att "
        "det tar ungefär en vecka.",
        "De hämtade robotgräsklipparen hemma hos oss för trehundra kronor, vi bor två mil utanför.",
        "Jag köpte en motorsåg och fick en lång genomgång om hur kedjan ska spännas, säkert en "
        "halvtimme.",
        "Reservdelsdisken hade rätt tändstift direkt, han visste numret utantill.",
        "Jag kom med traktorn och släpet för att lämna åkgräsklipparen och åkte hem i bilen med "
        "min fru, för min bror körde traktorn tillbaka.",
        "Jag betalade servicen med kort och en ny sågkedja kontant, det var lite pengar kvar från "
        "en skogsaffär.",
        "På väggen satt en affisch med en robotgräsklippare som körde på månen, en rolig reklam.",
        "Vi kom sju på morgonen när de öppnade och det stod redan tre före oss.",
        "Min hund följde med in och han skällde på en åkgräsklippare, han trodde den var levande.",
        "Lappen på sågen talade om att man ska ha skyddsbyxor, och killen sa samma sak.",
        "Det var bättre service än hos Jula, där fick jag vänta i två veckor förra året.",
        "Det regnade hela dagen, men det gjorde inget eftersom vi var inne i verkstaden.",
        "Jag frågade om de hade snöslungor och de hade ett par, men jag köpte ingen i dag.",
        "Robotgräsklipparen heter Gräs-Gunnar hos oss, min dotter döpte den, och verkstaden sa "
        "att han var i fint skick.",
        "Kortläsaren strulade lite, men det gick igenom till slut.",
        "Vi var där i en och en halv timme, det var mycket att titta på.",
        "Priset var tretusenfyrahundra, nej, tretusenfemhundra med kedjeolja.",
        "De stänger fem och vi var där halv fem och ingen hade bråttom att få ut oss.",
        "Min pappa är åttiotvå och han pratade motorer med killen i verkstaden i tjugo minuter.",
        "Bra service. Kommer tillbaka till våren.",
    ),
    "jaktbutik": (
        "Jag visade vapenlicensen och köpte två askar ammunition till älgjakten.",
        "Jag frågade efter fiskespön och de sa att de inte säljer sådana, men tipsade om "
        "fiskebutiken vid bron.",
        "Jag lämnade studsaren till vapensmeden, och de sa att han tittar på den nästa gång han "
        "är på plats.",
        "Min hund, en jämthund, fick prova en ny väst i hundavdelningen och han såg stolt ut som "
        "en tupp.",
        "Jag köpte en jaktjacka för tvåtusentvåhundra och betalade med kort, och en kaffe i "
        "automaten med ett tjugokronorsmynt.",
        "Kikaren var så skarp att jag nästan kunde räkna fjädrarna på en skata på andra sidan "
        "älven.",
        "Min fru köpte kläder och jag kikare, sen möttes vi vid kassan.",
        "Vi åkte tjugo mil dit i snöoväder, det var värt det.",
        "Det satt en affisch med en älg med solglasögon som sa 'Gå inte ut utan reflexväst', "
        "väldigt rolig.",
        "Kortterminalen strulade och de fick ta betalt med en annan terminal, det tog två minuter.",
        "Killen bakom disken berättade om sin egen jakt förra veckan, trevligt.",
        "Vi kom kvart i sex och de stänger sex, men han hjälpte oss ändå att välja sikte.",
        "Det är mer personligt än på Jaktia i Sundsvall.",
        "Min son är tretton och fick prova en kepsmodell som hade öron, han skrattade hela tiden.",
        "Jag betalade tretusen, nej förresten, tretusentvåhundra, med hunddelarna.",
        "Hunden skällde på en uppstoppad räv vid entrén, han trodde att den levde.",
        "En bok i hyllan talade om hur man tar hand om viltkött, jag köpte den.",
        "Vi kom dit med bil och jag åkte tillbaka med min svåger, för frugan skulle vidare.",
        "Det var ganska mycket folk, inför jakten.",
        "Inget mer. Bra butik.",
    ),
    "elektronikreparation": (
        "Jag bytte skärm på mobilen och det tog precis en timme, så jag hann ta en fika under "
        "tiden.",
        "Felsökningen på datorn kostade trehundranittiofem kronor, men den drogs av eftersom jag "
        "lät dem laga den.",
        "Jag frågade om de kunde laga min diskmaskin, men de reparerar inte vitvaror, så han "
        "tipsade om en firma i stan.",
        "De gav sex månaders garanti på reparationen, det stod på kvittot också.",
        "Min tv visade en grön rand över hela skärmen, och killen hittade felet på tjugo minuter.",
        "Jag betalade reparationen med kort och en laddsladd med en hundralapp.",
        "Skärmen i butiken visade en film med en robot som flög över en stad, bara en demo för "
        "en tv.",
        "Min son på tolv var med och han tyckte det var spännande att se alla kretskort.",
        "Det var kö på tre personer klockan tio när de öppnade.",
        "Förra veckan fick jag vänta två dagar på en laptop, den här gången gick det snabbare.",
        "Jag kom med cykel och gick hem, för jag skulle vidare till en kompis på gatan bredvid.",
        "Jag hämtade min stereo och den låter bättre än när den var ny, säger min pappa.",
        "Kortläsaren var död en stund, så jag fick vänta fem minuter tills den startade om.",
        "Lappen på datorn talade om vad de hade bytt ut, bra att veta.",
        "Det är billigare än hos Apple, mycket billigare faktiskt.",
        "Det ösregnade och min mobil hade ju gått sönder, så jag kunde inte ens kolla bussen.",
        "Det kostade niohundra, nej förresten, niohundranittionio för skärmen.",
        "Min hund var med och låg under disken hela tiden, killen gav honom ett hundgodis.",
        "Vi kom tio i sex, de stänger sex, och han tog ändå emot datorn.",
        "Snabbt och professionellt. Jag är nöjd.",
    ),
    "vinbar": (
        "Vi var fyra som satt i baren och delade en ostbricka, och husets vin kostade "
        "nittiofem kronor glaset.",
        "Jag frågade om de hade någon varmrätt men de har bara småplock och ostbrickor, så vi "
        "åt middag på en restaurang först.",
        "Vi var åtta personer och hade bokat bord i matsalen, det fungerade jättebra.",
        "Sommelieren berättade att vinet smakade som körsbär och läder, och det gjorde det nästan.",
        "Etiketten på flaskan hade en tecknad räv som dansade tango, min kompis tog en bild.",
        "Jag betalade första rundan med kort och dricksen i kontanter, en hundralapp.",
        "Vi kom klockan fem och stannade till tio, fem timmar, det var mysigt.",
        "Vinprovningen i källaren var väldigt trevlig, vi provade sex viner på en och en halv "
        "timme.",
        "Det var kallt ute, så vi satt inne, men terrassen hade värmelampor.",
        "Bartendern skämtade om att vinet var så gammalt att det mindes kungens bröllop.",
        "Kortterminalen fungerade inte en stund, så vi fick vänta lite med att betala.",
        "De stänger elva och vi gick fem i, ingen stressade oss.",
        "Vi kom med taxi och gick hem, för det var bara tio minuter.",
        "Det är bättre stämning än på Pocket i Gamla stan, mindre stökigt.",
        "Min fru tog ett glas rött och jag tog två glas vitt, nej förresten, ett vitt och en "
        "cider.",
        "En målning på väggen föreställde en vindruva med vingar som flög över ett vinfält.",
        "Servitrisen frågade efter leg av min kompis, som är tjugotvå, och han blev glad.",
        "Det var mycket folk, men inte stökigt.",
        "Ostbrickan hade fem sorter, och lappen talade om var varje ost kommer ifrån.",
        "Bra kväll. Vi kommer tillbaka.",
    ),
}
