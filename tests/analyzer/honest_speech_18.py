"""Honest speech at ten more trades: material only, no tests.

Ten stores of trades no earlier honest material uses (an ice-cream parlour, a swimming hall, a
sushi restaurant, a car workshop, a fishing-tackle shop, a cobbler, a driving range with a golf
shop, a yarn shop, a small farm park and a butcher), each a `BusinessContext` built by
`tests.analyzer.honest_stores.honest_store`, with departments (and aliases) and baseline facts
in the owner's own words; and for each store twenty honest customer answers, 200 in all, as
Swedes speak on the phone: the trade's true big numbers and odd but real events, animals and
children, idioms and exaggerations, jokes marked as jokes, corrections, other places visited the
same day, agreement with the facts, staff quoted, weather, travel, money and times. Every
answer is something an honest customer could truthfully say; a fraud flag on any is a false
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

_store = partial(honest_store, 8180)


STORES: dict[str, BusinessContext] = {
    # Ice-cream parlour (glassbar).
    "glassbar": _store(
        1,
        "Glassfabriken på Kajen",
        "11:00",
        "21:00",
        (
            Department("Glassdisken", ("disken", "kulglass", "ice cream counter")),
            Department("Mjukglass", ("mjukglassmaskinen", "softice")),
            Department("Uteserveringen", ("terrassen", "uteplatsen")),
        ),
        (
            BaselineFact("En kula kostar 35 kronor, tre kulor 85 kronor.", "pris"),
            BaselineFact("Vi gör all glass själva i köket bakom disken.", "tillverkning"),
            BaselineFact("Vi har alltid minst två veganska sorter.", "vegansk"),
            BaselineFact("Vi säljer inte kaffe.", "kaffe"),
        ),
    ),
    # Public swimming hall with a small café.
    "simhall": _store(
        2,
        "Norrvikens Simhall",
        "06:30",
        "20:00",
        (
            Department("Stora bassängen", ("25-metersbassängen", "motionsbanorna")),
            Department("Barnbassängen", ("plaskdammen", "undervisningsbassängen")),
            Department("Bastun", ("bastu", "relaxen")),
            Department("Caféet", ("kafét", "fiket")),
        ),
        (
            BaselineFact("Vuxenbiljett kostar 80 kronor, barn under 7 år badar gratis.", "pris"),
            BaselineFact("Barn under 10 år måste ha en vuxen med sig i vattnet.", "barn"),
            BaselineFact("Hopptornet är öppet bara på helger.", "hopptorn"),
            BaselineFact(
                "Vi hyr inte ut badkläder, men handdukar finns att hyra för 20 kronor.", "hyra"
            ),
        ),
    ),
    # Sushi restaurant with take-away.
    "sushi": _store(
        3,
        "Sushi Hana",
        "11:00",
        "21:00",
        (
            Department("Restaurangen", ("matsalen", "borden")),
            Department("Take away", ("avhämtning", "takeaway-disken")),
            Department("Baren", ("sushibaren", "disken")),
        ),
        (
            BaselineFact("Lunchen kostar 129 kronor och serveras 11–15 på vardagar.", "lunch"),
            BaselineFact("Vi serverar inte alkohol.", "alkohol"),
            BaselineFact("Misosoppa och grönt te ingår i lunchen.", "ingår"),
            BaselineFact("All lax är odlad i Norge.", "lax"),
        ),
    ),
    # Car repair workshop.
    "bilverkstad": _store(
        4,
        "Lindqvists Bilverkstad",
        "07:00",
        "17:00",
        (
            Department("Verkstaden", ("verkstad", "hallen", "workshop")),
            Department("Kundmottagningen", ("mottagningen", "receptionen", "disken")),
            Department("Väntrummet", ("väntrum", "kundfiket")),
        ),
        (
            BaselineFact("Vi servar alla bilmärken men inte motorcyklar.", "motorcyklar"),
            BaselineFact("Lånebil finns mot bokning och kostar 200 kronor per dag.", "lånebil"),
            BaselineFact("Vi ger tre månaders garanti på utfört arbete.", "garanti"),
            BaselineFact("Kaffe i väntrummet är gratis.", "kaffe"),
        ),
    ),
    # Fishing-tackle shop.
    "sportfiske": _store(
        5,
        "Fiskeboden i Mora",
        "09:00",
        "18:00",
        (
            Department("Spön och rullar", ("spöavdelningen", "rullar", "rods")),
            Department("Flugfiske", ("flugor", "flugfiskeavdelningen")),
            Department("Bete", ("levande bete", "maskar", "betesdisken")),
            Department("Kassan", ("kassa",)),
        ),
        (
            BaselineFact("Vi säljer fiskekort till Österdalälven och Orsasjön.", "fiskekort"),
            BaselineFact("Vi säljer inte båtar eller motorer.", "båtar"),
            BaselineFact("Levande mask säljs per burk för 45 kronor.", "mask"),
            BaselineFact("Vi lagar rullar, det tar oftast en vecka.", "reparation"),
        ),
    ),
    # Cobbler with key cutting.
    "skomakare": _store(
        6,
        "Skomakare Berg",
        "10:00",
        "18:00",
        (
            Department("Skoreparation", ("skomakeriet", "verkstaden")),
            Department("Nyckelservice", ("nycklar", "nyckelmaskinen")),
            Department("Disken", ("kassan", "receptionen")),
        ),
        (
            BaselineFact("Nya klackar tar två arbetsdagar och kostar från 250 kronor.", "klackar"),
            BaselineFact("Vi gör inga bilnycklar med chip.", "bilnycklar"),
            BaselineFact("Vi slipar knivar och saxar för 60 kronor styck.", "slipning"),
            BaselineFact(
                "Skor som inte hämtats inom sex månader skänks till välgörenhet.", "hämtning"
            ),
        ),
    ),
    # Driving range with a golf shop.
    "golf": _store(
        7,
        "Ängsbacka Golf",
        "08:00",
        "20:00",
        (
            Department("Rangen", ("drivingrangen", "utslagsplatserna", "range")),
            Department("Golfshopen", ("shopen", "proshopen")),
            Department("Puttinggreenen", ("putting green", "övningsgreenen")),
        ),
        (
            BaselineFact("En hink med 40 bollar kostar 50 kronor i bollautomaten.", "bollar"),
            BaselineFact("Rangen är öppen för alla, man behöver inte vara medlem.", "medlem"),
            BaselineFact("Vi hyr ut klubbor för 100 kronor.", "hyra"),
            BaselineFact("Vi säljer inte golfbilar.", "golfbilar"),
            BaselineFact(
                "Prova-på-lektion med tränaren kostar 300 kronor i 45 minuter.", "lektion"
            ),
        ),
    ),
    # Yarn shop with knitting evenings.
    "garn": _store(
        8,
        "Garnladan",
        "10:00",
        "18:00",
        (
            Department("Garnväggen", ("garnet", "ullgarner", "yarn")),
            Department("Stickor och tillbehör", ("stickor", "virknålar", "tillbehör")),
            Department("Mönster", ("mönsterhyllan", "böckerna")),
            Department("Kassan", ("kassa",)),
        ),
        (
            BaselineFact("Vi har stickcafé varje torsdag klockan 18.", "stickcafé"),
            BaselineFact("Vi säljer inte tyg eller symaskiner.", "tyg"),
            BaselineFact("Hela nystan byts inom 30 dagar mot kvitto.", "byten"),
            BaselineFact("Allt ullgarn är spunnet i Sverige.", "ull"),
        ),
    ),
    # Small farm park with a farm shop.
    "djurgard": _store(
        9,
        "Hagby Djurgård",
        "10:00",
        "16:00",
        (
            Department("Hagen", ("hagarna", "djurhagen", "fårhagen")),
            Department("Ladan", ("stallet", "kaninladan")),
            Department("Gårdsbutiken", ("butiken", "gårdsbutik")),
            Department("Lekplatsen", ("lekparken", "sandlådan")),
        ),
        (
            BaselineFact("Entrén kostar 60 kronor, barn under 3 år gratis.", "entré"),
            BaselineFact(
                "Djuren får bara matas med fodret vi säljer för 10 kronor påsen.", "matning"
            ),
            BaselineFact("Hundar är inte tillåtna i hagarna.", "hundar"),
            BaselineFact("Vi har ponnyridning bara på lördagar.", "ponny"),
        ),
    ),
    # Butcher (köttbutik och chark).
    "slakteri": _store(
        10,
        "Ekströms Kött & Chark",
        "09:00",
        "18:00",
        (
            Department("Köttdisken", ("disken", "färskdisken")),
            Department("Charken", ("charkdisken", "korvarna")),
            Department("Frysen", ("frysdisken", "frysavdelningen")),
            Department("Kassan", ("kassa",)),
        ),
        (
            BaselineFact("Allt nötkött kommer från gårdar inom fem mil.", "ursprung"),
            BaselineFact("Vi maler färs på beställning utan extra kostnad.", "malning"),
            BaselineFact("Vi säljer inte fisk.", "fisk"),
            BaselineFact("Korvarna röker vi själva i rökeriet på gården.", "rökning"),
        ),
    ),
}


HONEST: dict[str, tuple[str, ...]] = {
    # Ice-cream parlour (glassbar).
    "glassbar": (
        "Tre kulor för åttiofem spänn, det är ju inte gratis, men glassen var fantastisk.",
        "Kön ringlade sig ända ner till båtarna, det var väl femtio personer före oss.",
        "Min son tappade hela strutten på marken efter två sekunder, och tjejen i disken gav "
        "honom en ny kula utan att vi bad om det.",
        "En mås snodde glassen ur handen på min fru ute på terrassen, det var nästan komiskt.",
        "Jag tog lakritsglass och hallonsorbet, sorbeten var vegansk sa hon.",
        "Det var trettio grader varmt så glassen smälte fortare än vi hann äta den.",
        "Jag frågade om de hade kaffe, men det säljer de inte, så vi gick till caféet bredvid "
        "efteråt.",
        "Mjukglassmaskinen var trasig en stund, men de lagade den medan vi väntade.",
        "Jag skämtar alltid om att jag ska äta alla fyrtio sorterna en dag, men jag klarade "
        "bara två.",
        "Man kunde se genom fönstret när de gjorde glassen i köket bakom disken, barnen "
        "tyckte det var jättespännande.",
        "Vi var där typ vid sju på kvällen efter att ha badat vid Långholmen hela dagen.",
        "Hunden fick en liten hundglass i en bägare, jag visste inte ens att det fanns.",
        "Jag tog först pistage, nej förresten, det var mandel, de ser likadana ut.",
        "Killen bakom disken sa att saltkola är deras mest sålda sort, och jag förstår varför.",
        "Det var en liten kö, kanske fem minuter, inga problem alls.",
        "Vi cyklade dit från Hornstull, det tog en kvart i motvind.",
        "Min dotter ville ha blå glass, och det fanns faktiskt en blåbärssort som var helt lila.",
        "Det är världens bästa glass, och då har jag ätit glass i Italien.",
        "Jag betalade med Swish, hundrasjuttio kronor för två personer.",
        "Det var lite trångt på uteplatsen, men vi hittade en bänk till slut.",
    ),
    # Public swimming hall with a small café.
    "simhall": (
        "Jag simmade mina vanliga tusen meter på motionsbanorna klockan sju i morse.",
        "Barnen badade gratis eftersom de är fem och sex år, så det blev bara åttio kronor för "
        "mig.",
        "Min fyraåring vägrade först gå i vattnet, men sen fick vi inte upp honom på två timmar.",
        "Hopptornet var stängt eftersom det var onsdag, det är bara öppet på helger.",
        "Jag glömde handduken hemma, så jag hyrde en för tjugo kronor i kassan.",
        "Badvakten blåste i visselpipan åt några tonåringar som sprang, helt rätt av henne.",
        "Bastun var kokhet, det kändes som att sitta i en ugn, precis som jag vill ha det.",
        "Det var ösregn ute, men i vattnet märker man ju inte det, ha ha.",
        "Jag åt en toast i fiket efteråt och den var helt okej för trettio spänn.",
        "Någon hade tappat en nyckel i bassängen och en badvakt dök ner och hämtade den.",
        "Omklädningsrummet var lite kallt, men duscharna hade varmt vatten.",
        "Jag simmar som en sten, men i barnbassängen klarade jag mig fint med min dotter.",
        "Vi tog bussen dit, tjugo minuter från centrum, och den stannar precis utanför.",
        "Skåpen tar en tiokrona, men jag hade ingen så tjejen i kassan växlade åt mig.",
        "Det var nog tre hundra personer där på söndagen, helt fullt i plaskdammen.",
        "Simläraren sa att min son är en riktig fisk, det gjorde honom så stolt.",
        "Jag glömde mössan i relaxen, men de hade den kvar dagen efter.",
        "Först trodde jag att det kostade hundra, men det var åttio, jag blandade ihop det "
        "med gymmet.",
        "Jag var på gymmet bredvid först och sen gick jag över och simmade.",
        "Klorlukten satt i håret hela kvällen, men så är det ju i alla simhallar.",
    ),
    # Sushi restaurant with take-away.
    "sushi": (
        "Lunchen var riktigt bra, misosoppan och teet ingår ju, för hundratjugonio kronor.",
        "Jag hämtade tolv bitar take away till mig och min sambo på väg hem från jobbet.",
        "Laxen var så färsk att den nästan smälte i munnen.",
        "Jag frågade om de hade öl, men de serverar inte alkohol, så jag tog en ramune istället.",
        "Kocken vid baren skar fisken så snabbt att det var som att se en trollkarl.",
        "Min dotter på åtta år åt med pinnar för första gången och fick in varenda bit.",
        "Wasabin var så stark att tårarna rann, men det var mitt eget fel, jag tog för mycket.",
        "Det var fullt vid tolv, men vi fick ett bord efter tio minuter.",
        "Servitrisen sa att laxen kommer från Norge, det tyckte jag var bra att veta.",
        "Vi var på bio innan och gick dit efteråt, ungefär halv sju.",
        "Jag beställde en sjuttonbitars men fick en femtonbitars, de rättade det direkt när jag "
        "sa till.",
        "Det snöade ute, så en varm misosoppa var precis vad jag behövde.",
        "Jag skojade med kocken att jag skulle ta hela laxen med mig hem, han skrattade.",
        "Ingefäran tog slut på vårt bord, men de kom med mer direkt.",
        "Det var lite högljutt, ett barnkalas på tio ungar vid bordet bredvid.",
        "Jag betalade tvåhundrafemtioåtta kronor för två luncher, helt rimligt.",
        "Sushin var vackrare än en tavla, nästan synd att äta den.",
        "Jag åt där i tisdags också, men i dag var det ännu bättre.",
        "Take away-påsen var lite blöt i botten av sojan, men maten var god.",
        "Han i kassan rekommenderade en rulle med räkor, och den var toppen.",
    ),
    # Car repair workshop.
    "bilverkstad": (
        "Jag lämnade bilen klockan sju och den var klar vid lunch, snabbare än jag trodde.",
        "Bilen hade gått tjugotvåtusen mil, så mekanikern sa att kamremmen var hög tid att byta.",
        "Notan blev fyratusen åttahundra kronor, men de ringde och frågade innan de gjorde "
        "något extra.",
        "Jag frågade om de kunde titta på min moped, men de tar inte motorcyklar och sånt, så "
        "han tipsade om en firma i Arlöv.",
        "Kaffet i väntrummet var gratis och faktiskt riktigt gott.",
        "Jag lånade en lånebil för tvåhundra kronor eftersom jag behövde ta mig till jobbet.",
        "Mekanikern visade mig de gamla bromsbeläggen, de var tunna som papper.",
        "Det lät som en kaffekvarn under huven innan, nu är den tyst som en mus.",
        "Min hund fick följa med in i väntrummet, hon sov under stolen hela tiden.",
        "Jag skämtade om att bilen var äldre än killen i receptionen, och det var den nog.",
        "Det var minus femton grader ute och bilen startade inte, så jag fick bogsera dit den.",
        "Han sa att det var tre månaders garanti på jobbet, vilket kändes tryggt.",
        "Jag väntade nästan två timmar, men det hade de sagt från början.",
        "Först sa jag fel registreringsnummer i telefonen, men de hittade bokningen ändå.",
        "Jag var på Biltema efteråt och köpte nya torkarblad.",
        "Verkstaden var förvånansvärt ren, man kunde nästan äta från golvet.",
        "De hade en gammal Volvo Amazon inne som någon renoverade, den var jättefin.",
        "Kvinnan i mottagningen förklarade allt på ett sätt som även jag förstod.",
        "Det kostade skjortan, men bilen går som en klocka nu.",
        "Jag åkte buss hem och hämtade bilen dagen efter vid fyra.",
    ),
    # Fishing-tackle shop.
    "sportfiske": (
        "Jag köpte fiskekort för Orsasjön för helgen och en burk mask för fyrtiofem kronor.",
        "Killen i butiken berättade att någon fått en gädda på fjorton kilo i förra veckan.",
        "Jag fick en gös på sju kilo på en av deras jiggar, men det var förra året, ingen tror "
        "på mig.",
        "Jag frågade om de hade en elmotor till båten, men de säljer inte motorer, så jag fick "
        "åka till Mora Marin.",
        "Min rulle hade fastnat, de lagade den, och det tog precis en vecka som de sa.",
        "Min son på sju år fick välja ett eget spö och han har inte släppt det sen.",
        "Det finns ju fler flugor i flugfiskeavdelningen än det finns stjärnor på himlen.",
        "Maskarna i burken levde och sprattlade, så de var färska.",
        "Jag var på Systemet först och sen på Fiskeboden, klassisk fredag.",
        "Han sa att harren nappar bäst i skymningen nu, vi får se om det stämmer.",
        "Det spöregnade, så jag stod kvar där inne i en halvtimme och pratade fiske.",
        "Jag skojade om att jag köper mer grejer än jag får fisk, och det är tyvärr sant.",
        "En kund hade med sig en levande kräfta i en hink för att visa, det var lite udda.",
        "Ett nytt flugspö kostade tre tusen fyrahundra, men det var värt varenda krona.",
        "Jag köpte först fel lina, nej förresten, jag bytte den direkt vid kassan.",
        "Vi körde tolv mil från Falun för att handla där, och det var det värt.",
        "Kassan var lite långsam eftersom kortläsaren hängde sig, men det löste sig.",
        "Hunden låg och sov på mattan vid dörren, det är nog butikens hund.",
        "Jag var där vid nio när de öppnade, för att hinna ut på sjön innan lunch.",
        "Man fick känna på alla spön, och han visade hur man kastar utanför butiken.",
    ),
    # Cobbler with key cutting.
    "skomakare": (
        "Jag lämnade in mina stövlar för nya klackar, och de var klara på två dagar som han sa.",
        "Det kostade tvåhundrafemtio kronor för klackarna, helt okej.",
        "Jag frågade om han kunde göra en ny bilnyckel, men sånt med chip gör de inte, så jag "
        "fick gå till Volvo.",
        "Han slipade tre knivar åt mig för sextio kronor styck, nu skär de som rakblad.",
        "Skomakaren har hållit på i fyrtio år, sa han, och det märks.",
        "Min dotter hade sin nalle med sig och han låtsades mäta nallens fötter.",
        "Skorna var gamla som gatan, men han fick dem att se nästan nya ut.",
        "Nyckelmaskinen lät som en tandläkarborr, min son höll för öronen.",
        "Jag kopierade två nycklar, och båda fungerade när jag kom hem.",
        "Det var en liten butik, man fick nästan stå på varandras tår när vi var tre där.",
        "Jag skämtade om att mina skor har gått jorden runt, och han sa att det ser ut så.",
        "Han sa att skor som inte hämtas på ett halvår skänks bort, så jag skyndade mig.",
        "Jag var där på lunchen, vid tolv ungefär, och det var ingen kö.",
        "Först trodde jag att jag lämnat kvittot hemma, men det låg i jackfickan.",
        "Jag gick till apoteket efteråt, det ligger två dörrar bort.",
        "Det blåste snålt ute, så det var skönt att komma in i den varma butiken.",
        "Han rekommenderade en impregnering för sjuttionio kronor, och den funkar.",
        "Butiken luktade läder och lim, som en skomakare ska lukta.",
        "Han lagade väskans dragkedja också, fast det inte stod på skylten.",
        "Jag cyklade dit i regnet, men det var ju inte deras fel.",
    ),
    # Driving range with a golf shop.
    "golf": (
        "Jag slog två hinkar, åttio bollar, för hundra kronor, och ingen frågade om medlemskap.",
        "Bollautomaten tog mitt kort först efter tredje försöket, men sen funkade det.",
        "Min son slog sin första boll över femtio meter och jublade som om han vunnit Masters.",
        "Jag hyrde klubbor för hundra kronor eftersom mina står i förrådet hos min bror.",
        "Tränaren gav mig en prova-på-lektion i fyrtiofem minuter, tre hundra kronor väl använda.",
        "Jag frågade om de sålde golfbilar, mest på skoj, och det gör de inte.",
        "En hare satt mitt på rangen och ingen ville slå åt det hållet.",
        "Det blåste så mycket att bollarna flög som fjädrar åt sidan.",
        "Proshopen hade en rea på handskar, jag köpte två för tvåhundra.",
        "Jag träffade en flaggstång på hundra meter, ren tur, jag lovar.",
        "Vi var där från sex på kvällen tills det blev för mörkt att se bollen.",
        "Puttinggreenen var i fint skick, snabbare än jag trodde.",
        "Killen i shopen sa att mitt grepp var fel, och han hade rätt.",
        "Jag skojade om att jag slår som en gammal tant, fast min mamma slår längre än mig.",
        "Vi åt lunch på en restaurang i stan först och åkte sen ut till rangen.",
        "Det var kanske trettio personer på utslagsplatserna, men det fanns plats.",
        "Jag köpte först fel storlek på handsken, nej vänta, jag bytte den innan jag gick.",
        "Det var tjugofem grader och sol, perfekt golfväder.",
        "Min fru som aldrig spelat träffade bättre än jag, det var förödmjukande.",
        "Vi körde trettio minuter från Uppsala, och vägen dit var fin.",
    ),
    # Yarn shop with knitting evenings.
    "garn": (
        "Jag gick på stickcaféet i torsdags klockan sex och vi var tolv stycken runt bordet.",
        "Garnväggen är som en regnbåge, jag kunde stått där i timmar.",
        "Jag frågade om de hade tyg till en kudde, men det säljer de inte, så jag gick till "
        "Stoff och Stil.",
        "Jag bytte två hela nystan mot en annan färg och visade kvittot, inga problem.",
        "Ägaren sa att all ull är spunnen i Sverige, det gillar jag.",
        "Jag köpte garn för nästan åttahundra kronor, men det blir en hel tröja.",
        "Min katt kommer att älska det här garnet, ha ha, jag får gömma det.",
        "Min mormor lärde mig sticka, och nu lär jag min dotter, hon var med i butiken.",
        "Jag hade med mig min halvfärdiga sjal och hon visade hur jag skulle rätta en maska.",
        "Virknålarna låg lite huller om buller, men hon hittade rätt storlek åt mig.",
        "Det var strålande sol ute, men jag satt ändå inne och stickade hela eftermiddagen.",
        "Jag tänkte köpa tre nystan, nej fem, det räcker aldrig med tre.",
        "Mönsterböckerna var många, det tar en hel vinter att sticka allt.",
        "Jag tog tåget från Västerås bara för att handla där.",
        "Hon i kassan stickade själv mellan kunderna, det var mysigt.",
        "Jag var på biblioteket innan och lånade en stickbok.",
        "Det luktade lite fårull när man kom in, på ett bra sätt.",
        "Jag kom lite efter fem och hann ändå handla innan de stängde.",
        "Stickorna kostade nittio kronor paret, bambu, och de är jättesköna.",
        "Det är inte billigt, men kvaliteten är helt annan än på varuhuset.",
    ),
    # Small farm park with a farm shop.
    "djurgard": (
        "Entrén var sextio kronor, och vår lilla på två år kom in gratis.",
        "Vi köpte två påsar foder för tio kronor styck och getterna åt ur handen på barnen.",
        "En get åt upp en bit av min dotters jacka, hon tyckte det var det roligaste i hela "
        "världen.",
        "Vi lämnade hunden hemma eftersom hundar inte får gå in i hagarna.",
        "Ponnyridningen var bara på lördagar, så vi kom tillbaka i lördags bara för det.",
        "Tuppen gol som ett brandlarm precis när vi kom in.",
        "Det var ett nyfött lamm i ladan, kanske två dagar gammalt, barnen var helt lyriska.",
        "Det var lerigt i hagarna efter regnet, så stövlar var ett måste.",
        "Kaninerna i kaninladan var så många att jag slutade räkna efter trettio.",
        "Jag skämtar om att min son hellre vill bo där än hemma, men det är nästan sant.",
        "Vi köpte ägg och honung i gårdsbutiken, äggen var fortfarande lite varma.",
        "Grisen låg och sov i leran hela tiden, den rörde sig inte en millimeter.",
        "Flickan som jobbade där visste namnet på alla djuren, till och med hönsen.",
        "Vi åt matsäck vid lekplatsen, det fanns bord och bänkar.",
        "Vi kom vid tio när de öppnade och var där tills de stängde vid fyra.",
        "En gås jagade min man över halva gården, det var det bästa jag sett i år.",
        "Vi åkte förbi Ikea på vägen hem, barnen sov i bilen.",
        "Först trodde jag att det var en alpacka, men det var ett får som inte var klippt.",
        "Kossan var stor som en buss, tyckte min treåring.",
        "Det var kallt och blåsigt, men barnen märkte inget för allt de såg.",
    ),
    # Butcher (köttbutik och chark).
    "slakteri": (
        "Jag köpte två kilo högrev och de malde den till färs åt mig utan att ta extra.",
        "Slaktaren berättade vilken gård nötköttet kom från, bara tre mil bort.",
        "Jag frågade om de hade lax, men de säljer inte fisk, så jag gick till fiskaffären i "
        "hallen.",
        "Korvarna är rökta på gården, sa han, och man känner det på smaken.",
        "Jag beställde en hel gris till midsommarfesten, sextio kilo, det gick alldeles utmärkt.",
        "Köttdisken var som ett smörgåsbord, jag visste inte var jag skulle börja.",
        "Min son fick en skiva korv att smaka, han har pratat om den hela kvällen.",
        "Det var kö ut på gatan före jul, men den gick fort.",
        "Jag köpte först en entrecote, nej förlåt, det var en ryggbiff, jag blandar ihop dem.",
        "Det kostade fyrahundra kronor för kilot, men det är det bästa köttet i stan.",
        "Han i charkdisken skämtade att korven är så god att den borde vara olaglig.",
        "Vi var på torget innan och köpte potatis, sen gick vi dit.",
        "Hunden satt utanför och väntade och dreglade som en fontän, han kände lukten.",
        "Frysdisken var lite rörig, men jag hittade kalvfonden till slut.",
        "Jag kom vid halv sex och de hade fortfarande kvar det mesta.",
        "Kortläsaren krånglade, så jag betalade med Swish i stället.",
        "Jag höll med honom om att man inte ska stressa en köttbit i stekpannan.",
        "Det snöade ute och det var härligt varmt i butiken.",
        "Slaktaren visade hur man skär en fläskkarré, han var som en kirurg.",
        "Jag lagade kåldolmar på färsen samma kväll och hela familjen åt som vargar.",
    ),
}
