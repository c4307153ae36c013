"""Impossible claims and surreal accounts inside ordinary feedback, and honest near misses.

Invented visits to ten kinds of business no earlier material had: a furniture store, a
locksmith, a lighting shop, a car dealer, a golf course, an ice rink, a coffee roastery, an
aquarium shop, a rug shop and a tattoo studio. Each call is told as the customer's answers
to the AI caller, one string an answer, and each fraud holds exactly one claim that cannot be
true of a visit inside otherwise useful feedback: a physical, biological, temporal or scale
impossibility (a quantity no body, container or room holds, a stay longer than the opening
hours, a speed, size or weight no such thing has, a person, an animal or a thing doing what
it cannot, a date that does not exist or has not come), or a surreal account told deadpan in
the trade's own words (furniture that walks, a lock opened by a whisper, a fish that names
itself). The honest calls sit beside them: idioms of exaggeration, jokes the caller marks as
jokes, large but plausible amounts at that trade (a 400-kilo corner sofa on a trailer, a
puck at 170 km/h, 300,000 km on a used car), adverts, films, drawings and toys, children's
play, dreams, "kändes som", hypotheticals, reported speech, a parrot that talks and
self-corrections.

All were written for this file (`offline-16`, issue 17) before the analyzer was run on any of
them; none comes from a labelled set. Before (main at `caa48f4`): 14 of 60 frauds caught
(1 of the 20 surreal ones, and one impossible date only by a surreal misreading of
"Montörerna … städade efter sig"), 7 of 61 honest calls flagged (a 300-kilo safe, a
500-litre tank, a roastery's 200 kilos a week, a roaster at 220 degrees, a puck at
170 km/h, eighteen holes in five hours "det var kö", fifty rugs rolled out "åt oss").
After the offline-16 readings (`calendar_dates`, `magic_means`, `person_ages` and narrower
`magnitudes`, `claims`, `consistency`, `subjects`, `scale_limits`): 24 of 60 caught (19 of
40 impossible, 5 of 20 surreal), 0 of 61 honest flagged; the 36 left are strict xfails in
`test_offline_impossible_16.py`.
"""

from __future__ import annotations

from tests.analyzer.inconsistency_shapes import labelled

_impossible = labelled("impossible", fraud=True)
_nonsense = labelled("nonsense", fraud=True)
_honest = labelled("honest", fraud=False)


IMPOSSIBLE = (
    _impossible(
        "möbelaffär",
        "a 140-kilo wardrobe carried three kilometres under one arm",
        "Vi köpte en tredörrars garderob i vitt, den var på rea för fyratusen.",
        "Jag bar hem den under ena armen, tre kilometer, den väger hundrafyrtio kilo.",
        "Men monteringsanvisningen saknade ett steg, det borde ni titta på.",
    ),
    _impossible(
        "möbelaffär",
        "a dining table twelve hundred metres long in the showroom",
        "Utställningen på övervåningen var snyggt uppbyggd.",
        "Matbordet i ekfanér där uppe var tolvhundra meter långt, så hela släkten fick plats.",
        "Säljaren, Linnea, visste allt om ytbehandlingen.",
    ),
    _impossible(
        "möbelaffär",
        "a whole kitchen of twenty cabinets assembled in thirty seconds",
        "Vi hade beställt montering av köket.",
        "Montören satte ihop hela köket, tjugo skåp med luckor, på trettio sekunder.",
        "Han tog med sig alla kartonger också, det var skönt.",
    ),
    _impossible(
        "möbelaffär",
        "three hours of trying beds inside a quarter-hour visit",
        "Vi hann bara vara där en kvart innan de stängde.",
        "Under den kvarten provlåg vi sängarna i tre timmar och bestämde oss för en "
        "kontinentalsäng.",
        "Personalen stressade inte på oss trots att det var sent.",
    ),
    _impossible(
        "låssmed",
        "came from Malmö to Stockholm in two minutes",
        "Jag hade låst mig ute en söndag och ringde jouren.",
        "Låssmeden åkte från Malmö och var hos oss i Stockholm på två minuter.",
        "Han var lugn och snäll och priset var det han sagt i telefon.",
    ),
    _impossible(
        "låssmed",
        "a padlock of three tonnes hung on the bicycle",
        "Jag köpte ett nytt hänglås till cykeln, godkänt av försäkringsbolaget.",
        "Låset väger tre ton och hänger nu på pakethållaren när jag cyklar till jobbet.",
        "Killen i disken visade hur man byter kod.",
    ),
    _impossible(
        "låssmed",
        "a locksmith of a hundred and fifty",
        "Låssmeden är hundrafemtio år gammal och fortfarande snabbast i stan.",
        "Han kopierade tre nycklar åt mig medan jag väntade.",
        "Nycklarna fungerade direkt i alla lås.",
    ),
    _impossible(
        "låssmed",
        "a door fitted on the thirtieth of February",
        "Vi beställde en säkerhetsdörr till lägenheten.",
        "De kom och monterade den den trettionde februari, exakt på utsatt tid.",
        "Montörerna skyddade golvet och städade efter sig.",
    ),
    _impossible(
        "lampbutik",
        "a four-tonne ceiling lamp on an ordinary hook",
        "De hade ett stort urval av taklampor i mässing.",
        "Lampan vi köpte väger fyra ton och vi hängde upp den själva i den vanliga kroken i "
        "vardagsrummet.",
        "Expediten gav bra råd om ljusstyrka.",
    ),
    _impossible(
        "lampbutik",
        "a five-watt bulb heating the whole house",
        "Vi bytte alla glödlampor till LED.",
        "Nu räcker en enda lampa på fem watt för att värma upp hela huset på vintern, vi har "
        "stängt av elementen.",
        "Personalen förklarade skillnaden mellan varmvitt och kallvitt bra.",
    ),
    _impossible(
        "lampbutik",
        "thirteen hours comparing lamps in a shop open ten to six",
        "Butiken har öppet från tio till sex på vardagar.",
        "I fredags stod jag där och jämförde golvlampor i tretton timmar i sträck.",
        "Till slut valde jag en i svart metall.",
    ),
    _impossible(
        "lampbutik",
        "four million lamps in a small room",
        "Butiken ligger i ett litet rum på Storgatan.",
        "Där inne har de fyra miljoner lampor på hyllorna, jag räknade dem.",
        "Ägaren var trevlig och slog in lampan som present.",
    ),
    _impossible(
        "bilhandlare",
        "a used Volvo at six hundred km/h on the test drive",
        "Vi provkörde en begagnad Volvo V70 med säljaren bredvid.",
        "Ute på E4:an körde vi i sexhundra kilometer i timmen, den gick jättemjukt.",
        "Han berättade allt om servicehistoriken.",
    ),
    _impossible(
        "bilhandlare",
        "forty people in the back seat of a family car",
        "Vi tittade på en familjebil, en Skoda Octavia kombi.",
        "På provturen satt vi fyrtio personer i baksätet, hela min sons fotbollslag med föräldrar.",
        "Säljaren var ärlig om rosten på bakluckan.",
    ),
    _impossible(
        "bilhandlare",
        "a car built in 2033 with thirty thousand km",
        "Bilen vi köpte är tillverkad år 2033 och har bara gått tre tusen mil.",
        "Finansieringen gick smidigt och vi fick vinterdäck på köpet.",
    ),
    _impossible(
        "bilhandlare",
        "four wheels carried on one little finger",
        "Säljaren bar ut alla fyra vinterhjulen, på fälg, hängande på ena lillfingret.",
        "Sen hjälpte han oss lasta dem i bagaget och förklarade däcktrycket.",
    ),
    _impossible(
        "golfbana",
        "a two-thousand-metre drive into the hole",
        "Banan var i toppskick, greenerna var snabba.",
        "På hål sju slog jag drivern tvåtusen meter, rakt ner i hålet.",
        "Caféet i klubbhuset hade god räksmörgås.",
    ),
    _impossible(
        "golfbana",
        "eighteen holes of six kilometres walked in ten minutes",
        "Vi gick alla arton hål på tio minuter, och banan är ju sex kilometer lång.",
        "Starttiden hölls och det var inga köer vid tee.",
    ),
    _impossible(
        "golfbana",
        "a golf bag of three hundred kilos carried the whole round",
        "Jag hyrde inte vagn utan bar bagen själv alla arton hål.",
        "Den väger trehundra kilo med alla klubbor och bollar, men det gick bra.",
        "Shoppen hade bra handskar på rea.",
    ),
    _impossible(
        "golfbana",
        "a round played on the thirty-first of April",
        "Vi spelade arton hål den trettioförsta april, på en av säsongens första dagar.",
        "Banpersonalen hade redan klippt fairways fint.",
    ),
    _impossible(
        "ishall",
        "skating at two hundred km/h around the rink",
        "Isen var nyspolad och blank.",
        "Jag åkte skridskor i tvåhundra kilometer i timmen runt rinken, varv efter varv.",
        "Skridskoslipningen i kiosken var billig, femtio kronor.",
    ),
    _impossible(
        "ishall",
        "hard ice at plus forty degrees",
        "Isen höll plus fyrtio grader men var hård och fin att åka på.",
        "Det var inte så mycket folk en tisdagskväll.",
    ),
    _impossible(
        "ishall",
        "a four-year-old's quintuple axel on her first time on skates",
        "Min dotter är fyra år och stod på skridskor för första gången.",
        "Hon hoppade en femdubbel axel direkt, mitt på isen.",
        "Hyrskridskorna satt bra och personalen knöt åt henne.",
    ),
    _impossible(
        "ishall",
        "nine hours of skating in a two-hour public session",
        "Allmänhetens åkning är mellan tolv och två på lördagar.",
        "Vi åkte där i nio timmar i sträck från att de öppnade.",
        "Det fanns varm choklad i caféet.",
    ),
    _impossible(
        "kafferosteri",
        "forty litres of coffee drunk at a tasting",
        "Jag var på deras provsmakning i lördags.",
        "Jag drack fyrtio liter kaffe där och cyklade hem sen.",
        "Rostmästaren förklarade skillnaden mellan ljus och mörk rost väldigt pedagogiskt.",
    ),
    _impossible(
        "kafferosteri",
        "beans roasted at two thousand degrees",
        "De rostade bönorna i tvåtusen grader i maskinen framför oss, i tolv minuter.",
        "Sen fick vi smaka direkt, det var fruktigt och gott.",
    ),
    _impossible(
        "kafferosteri",
        "half a kilo of beans for thirty thousand cups",
        "Jag köpte en påse på ett halvt kilo, en etiopisk.",
        "Den räckte till trettiotusen koppar kaffe hemma.",
        "Tjejen i kassan malde den åt mig till bryggare.",
    ),
    _impossible(
        "kafferosteri",
        "five hundred cappuccinos in one minute by one barista",
        "Baristan gjorde femhundra cappuccino på en minut, helt själv.",
        "Mjölken var perfekt skummad och koppen var varm.",
    ),
    _impossible(
        "akvariebutik",
        "a goldfish three metres long after a week in sixty litres",
        "Jag köpte två guldfiskar och ett akvarium på sextio liter.",
        "Efter en vecka är den ena tre meter lång.",
        "Expediten var noga med att förklara hur man kör in filtret.",
    ),
    _impossible(
        "akvariebutik",
        "a killer whale in a thirty-litre tank",
        "I det lilla akvariet på trettio liter vid kassan simmade en späckhuggare.",
        "Vattnet var klart i alla akvarier och de hade bra koll på temperaturen.",
    ),
    _impossible(
        "akvariebutik",
        "fish four days without water in a paper bag",
        "Jag hade fiskarna utan vatten i en papperspåse i fyra dagar.",
        "De mådde prima när jag satte i dem i akvariet, och växterna jag köpte har rotat sig.",
    ),
    _impossible(
        "akvariebutik",
        "a tortoise keeping pace with the bus at sixty km/h",
        "Vi köpte en landsköldpadda till barnen.",
        "Den sprang bredvid bussen hela vägen hem i sextio kilometer i timmen.",
        "Personalen gav oss en utskrift om foder och värmelampa.",
    ),
    _impossible(
        "mattaffär",
        "a four-by-five wool rug in a wallet",
        "Jag rullade ihop mattan, fyra gånger fem meter ull, och stoppade den i plånboken.",
        "Säljaren gav mig en halkskyddsmatta på köpet.",
    ),
    _impossible(
        "mattaffär",
        "twelve square metres knotted by hand in two hours",
        "Den handknutna mattan på tolv kvadratmeter knöts av en enda kvinna på två timmar, "
        "vi såg henne göra den i butiken.",
        "Färgerna är jättefina och priset var rimligt.",
    ),
    _impossible(
        "mattaffär",
        "a Persian rug knotted in 2095",
        "Den äkta persiska mattan vi köpte är knuten år 2095, och den är i fint skick.",
        "Ägaren berättade om mönstren från olika regioner.",
    ),
    _impossible(
        "mattaffär",
        "a four-hundred-kilo rug lifted with one hand",
        "Säljaren lyfte den hoprullade mattan på fyrahundra kilo med en hand och bar ut den "
        "till bilen.",
        "Vi fick också tips om hur man tvättar ull.",
    ),
    _impossible(
        "tatueringsstudio",
        "a full back piece in colour done in five minutes",
        "Tatueraren gjorde en hel ryggtatuering med alla färger på fem minuter.",
        "Studion var jättehygienisk och allt var engångsmaterial.",
    ),
    _impossible(
        "tatueringsstudio",
        "thirty hours in the chair at a studio open twelve to eight",
        "Studion har öppet från tolv till åtta.",
        "Jag satt i stolen i trettio timmar i sträck från att de öppnade.",
        "Eftervårdsråden var tydliga.",
    ),
    _impossible(
        "tatueringsstudio",
        "a six-year-old tattooist with twenty years in the trade",
        "Tatueraren är sex år gammal och har jobbat som tatuerare i tjugo år.",
        "Linjerna blev raka och skuggningen fin.",
    ),
    _impossible(
        "tatueringsstudio",
        "twenty kilos heavier from the ink",
        "Jag gjorde klart min helkroppstatuering där i fredags.",
        "Efteråt vägde jag tjugo kilo mer, av bläcket.",
        "Priset var det vi kommit överens om.",
    ),
)

NONSENSE = (
    _nonsense(
        "möbelaffär",
        "the armchair walked out and sat in the car",
        "Fåtöljen jag köpte gick ut till bilen på egna ben och satte sig i baksätet.",
        "Tyget är slitstarkt och färgen blev precis som på bilden.",
    ),
    _nonsense(
        "möbelaffär",
        "the sofa sighed and asked me to sit",
        "Soffan i utställningen suckade och bad mig sätta mig.",
        "Den var skön, och säljaren gav oss tygprover att ta hem.",
    ),
    _nonsense(
        "låssmed",
        "a door opened by whispering to the lock",
        "Låssmeden öppnade dörren genom att viska till låset.",
        "Det tog en minut och han tog sexhundra kronor för utryckningen.",
    ),
    _nonsense(
        "låssmed",
        "the key walked home and unlocked the door",
        "Nyckeln jag fick kopierad gick hem själv och låste upp dörren innan jag kom fram.",
        "Annars bra service och kort väntetid.",
    ),
    _nonsense(
        "lampbutik",
        "the table lamp answers good night",
        "Bordslampan jag köpte svarar god natt tillbaka när jag säger god natt till den.",
        "Den har en fin tygskärm och sladden är lång.",
    ),
    _nonsense(
        "lampbutik",
        "a bulb conjured from the ear glowing without a cord",
        "Expediten trollade fram en glödlampa ur örat, och den lyste i hans hand utan sladd.",
        "Sen hjälpte han mig hitta rätt sockel.",
    ),
    _nonsense(
        "bilhandlare",
        "the car winked and asked to live with us",
        "Bilen vi provkörde blinkade åt mig och sa att den ville bo hos oss.",
        "Säljaren var inte påstridig och vi fick fundera i lugn och ro.",
    ),
    _nonsense(
        "bilhandlare",
        "an old Saab turned into a new Volvo with a snap",
        "Säljaren förvandlade min gamla Saab till en ny Volvo genom att knäppa med fingrarna.",
        "Inbytespriset var bra och pappren var klara samma dag.",
    ),
    _nonsense(
        "golfbana",
        "the ball apologised in mid-air",
        "Bollen jag slog vände i luften och bad om ursäkt innan den landade i dammen.",
        "Men banan var fin och ranger var hjälpsam.",
    ),
    _nonsense(
        "golfbana",
        "the flag on the ninth ran off",
        "Flaggan på nionde hålet sprang iväg när jag närmade mig greenen.",
        "Annars är banan välskött och bunkrarna krattade.",
    ),
    _nonsense(
        "ishall",
        "the ice sang a waltz",
        "Isen sjöng en vals för oss medan vi åkte.",
        "Omklädningsrummen var varma och rena.",
    ),
    _nonsense(
        "ishall",
        "the hired skates fetched hot chocolate",
        "Skridskorna jag hyrde åkte iväg utan mig och kom tillbaka med en kopp varm choklad.",
        "De var välslipade och rätt storlek.",
    ),
    _nonsense(
        "kafferosteri",
        "the beans complained of the dark roast",
        "Kaffebönorna i rostaren klagade på att de blev för hårt rostade.",
        "Men kaffet blev gott och de malde det åt mig.",
    ),
    _nonsense(
        "kafferosteri",
        "a cup filled by a look",
        "Baristan fyllde min kopp bara genom att titta på den.",
        "Kaffet var en ljusrost från Kenya, väldigt gott.",
    ),
    _nonsense(
        "akvariebutik",
        "the goldfish told me its name",
        "Guldfisken jag köpte berättade för mig vad den ville heta.",
        "Akvariet vi köpte till den var lätt att sätta ihop.",
    ),
    _nonsense(
        "akvariebutik",
        "the starfish counted my change",
        "Sjöstjärnan i akvariet vid kassan räknade växeln åt mig.",
        "Butiken var ren och det luktade inte alls.",
    ),
    _nonsense(
        "mattaffär",
        "the rug flew me home over town",
        "Mattan jag köpte flög hem med mig över stan och landade på balkongen.",
        "Den var dessutom tjugo procent billigare än på nätet.",
    ),
    _nonsense(
        "mattaffär",
        "the pattern moves around every night",
        "Mönstret på mattan flyttar sig varje natt till nya ställen på mattan.",
        "Säljaren hjälpte oss bära ut den, och den är tjock och mjuk.",
    ),
    _nonsense(
        "tatueringsstudio",
        "the tattooed dragon flew out of the window",
        "Draken som de tatuerade på min arm blev levande och flög ut genom fönstret.",
        "Tatueraren var noggrann med att förklara eftervården.",
    ),
    _nonsense(
        "tatueringsstudio",
        "a tattoo drawn by thought without a needle",
        "Tatueraren ritade in tatueringen i huden bara med tanken, utan nål.",
        "Det gjorde inte ont alls och studion var fin.",
    ),
)

HONEST = (
    _honest(
        "möbelaffär",
        "waited an eternity for delivery",
        "Vi väntade en evighet på leveransen av soffan.",
        "Men den kom till slut, efter tre veckor, och chauffören bar upp den.",
    ),
    _honest(
        "möbelaffär",
        "a sofa to sleep on for a hundred years",
        "Soffan var så skön att man kunde sova på den i hundra år.",
        "Vi köpte den i grått sammet, och säljaren gav oss tygprover först.",
    ),
    _honest(
        "möbelaffär",
        "a three-metre family bed",
        "Familjesängen i utställningen var tre meter bred, så alla barnen får plats.",
        "Vi beställde en likadan, leverans om sex veckor.",
    ),
    _honest(
        "möbelaffär",
        "a four-hundred-kilo corner sofa on a trailer",
        "Hörnsoffan väger fyrahundra kilo i alla delar, så vi hämtade den med släpvagn.",
        "Två killar från lagret hjälpte oss att lasta den.",
    ),
    _honest(
        "möbelaffär",
        "children playing the floor is lava",
        "Barnen lekte att golvet var lava och hoppade mellan sofforna.",
        "Personalen skrattade bara, men vi sa åt dem att sluta.",
    ),
    _honest(
        "möbelaffär",
        "an advert of sofas flying over the sky",
        "I reklamfilmen på skärmen vid entrén flög sofforna över himlen.",
        "Kul idé, men själva butiken var rörig och skyltarna satt fel.",
    ),
    _honest(
        "låssmed",
        "came within twenty minutes on a Sunday evening",
        "Låssmeden kom inom tjugo minuter fast det var söndagskväll.",
        "Han var vänlig och tog det pris han hade sagt i telefon.",
    ),
    _honest(
        "låssmed",
        "a lock opened in ten seconds",
        "Han öppnade låset på tio sekunder, det var nästan läskigt hur snabbt det gick.",
        "Sen bytte han cylindern så att de gamla nycklarna inte går längre.",
    ),
    _honest(
        "låssmed",
        "a three-hundred-kilo safe carried in with a stair climber",
        "Kassaskåpet vi köpte väger trehundra kilo.",
        "De bar in det med en trappklättrare och skruvade fast det i golvet.",
    ),
    _honest(
        "låssmed",
        "a five-year-old calling the locksmith a wizard",
        "Min son sa att låssmeden var en trollkarl, han är fem år.",
        "Han var jättegullig med honom och visade hur låset ser ut inuti.",
    ),
    _honest(
        "låssmed",
        "keys lost a thousand times",
        "Jag har tappat nycklarna tusen gånger.",
        "Så nu köpte jag en nyckelbricka som piper när man klappar i händerna, och den funkar.",
    ),
    _honest(
        "låssmed",
        "ten thousand doors in thirty years, as he said",
        "Han har öppnat över tiotusen dörrar under sina trettio år i yrket, sa han.",
        "Det märktes, han var väldigt säker på det han gjorde.",
    ),
    _honest(
        "lampbutik",
        "a bulb rated for twenty-five thousand hours",
        "Lampan ska enligt förpackningen hålla i tjugofemtusen timmar.",
        "Den var lite dyr, men expediten räknade ut att den lönar sig.",
    ),
    _honest(
        "lampbutik",
        "a chandelier of two metres and fifty kilos",
        "Kristallkronan i entrén var enorm, typ två meter bred, och vägde säkert femtio kilo.",
        "Den var inte till salu, men de hade mindre varianter.",
    ),
    _honest(
        "lampbutik",
        "felt like an hour in the queue",
        "Det kändes som att jag stod i kön i en timme, men det var nog tio minuter.",
        "Det var bara en i kassan en lördag.",
    ),
    _honest(
        "lampbutik",
        "a smart bulb that changes colour by itself",
        "Jag ville ha en lampa som byter färg själv på kvällen.",
        "Sådana fanns, smarta lampor som man styr med mobilen, och expediten visade appen.",
    ),
    _honest(
        "lampbutik",
        "a lamp with a voice assistant that talks",
        "Lampan jag köpte pratar faktiskt, den har inbyggd högtalare och röstassistent.",
        "Den var enkel att koppla till wifi.",
    ),
    _honest(
        "lampbutik",
        "a joke that bulbs breed in the stockroom",
        "Expediten skojade om att glödlamporna förökar sig på lagret på natten.",
        "Men de hade gott om de sorter vi behövde, E27 och GU10.",
    ),
    _honest(
        "bilhandlare",
        "a top speed told by the seller, driven at seventy",
        "Säljaren sa att bilen går i tvåhundrafemtio kilometer i timmen.",
        "Men vi provkörde bara i sjuttio inne i stan, och den var tyst och skön.",
    ),
    _honest(
        "bilhandlare",
        "thirty thousand Swedish miles on a well-kept car",
        "Bilen har gått trettiotusen mil, men den var välskött och servad hos märkesverkstad.",
        "Säljaren visade hela servicehäftet.",
    ),
    _honest(
        "bilhandlare",
        "three hours of paperwork",
        "Vi satt i säljarens rum i tre timmar med pappersarbetet, det tog evigheter.",
        "Men finansieringen blev bra till slut.",
    ),
    _honest(
        "bilhandlare",
        "if the car could fly, a joke",
        "Om bilen kunde flyga hade den varit värd priset, haha.",
        "Nej men den är bra, vi är nöjda med köpet och säljaren var ärlig.",
    ),
    _honest(
        "bilhandlare",
        "a Saab from 1987 traded in",
        "Vi bytte in min gamla Saab från 1987 och fick tiotusen för den.",
        "Det tyckte jag var schysst för en så gammal bil.",
    ),
    _honest(
        "bilhandlare",
        "next year's model not yet out, a demonstrator bought",
        "Den nya modellen kommer först nästa år, 2027.",
        "Så vi köpte en demobil av årsmodell 2026 med rabatt.",
    ),
    _honest(
        "golfbana",
        "a two-hundred-and-fifty-metre drive",
        "Jag slog drivern tvåhundrafemtio meter på första hålet, mitt bästa någonsin.",
        "Fairway var nyklippt och bollen rullade långt.",
    ),
    _honest(
        "golfbana",
        "eighteen holes in five hours with queues",
        "Vi gick arton hål på fem timmar, det var kö vid nästan varje tee.",
        "Det borde ni se över, för långa starttider.",
    ),
    _honest(
        "golfbana",
        "a friend's joke of a ball to the moon",
        "Min kompis skämtade om att bollen flög till månen.",
        "Den hamnade i skogen, men vi hittade den.",
    ),
    _honest(
        "golfbana",
        "thousands of used balls in a crate",
        "Shoppen hade tusentals begagnade golfbollar i en stor back vid kassan, fem kronor styck.",
        "Bra för oss nybörjare som tappar många.",
    ),
    _honest(
        "golfbana",
        "a dream of holes in one",
        "Jag drömde i natt att jag gjorde hole in one på alla hål.",
        "I verkligheten blev det nittiosju slag, men jag hade kul.",
    ),
    _honest(
        "golfbana",
        "a pro's ball at three hundred km/h, told by the coach",
        "Tränaren sa att en proffsspelare slår iväg bollen i över trehundra kilometer i timmen.",
        "Han var pedagogisk och jag fick ordning på svingen.",
    ),
    _honest(
        "golfbana",
        "two thousand, no, two hundred metres",
        "Jag slog tvåtusen, nej förlåt, tvåhundra meter på sista hålet.",
        "Bästa rundan i år, och greenerna var snabba.",
    ),
    _honest(
        "ishall",
        "so cold the toes might fall off",
        "Det var så kallt i hallen att jag trodde att tårna skulle ramla av.",
        "Ta med tjocka strumpor, och caféet borde ha öppet längre.",
    ),
    _honest(
        "ishall",
        "a pirouette of ten turns",
        "Min dotter gjorde en piruett och snurrade säkert tio varv, hon går i konståkning.",
        "Tränarna var jättebra med barnen.",
    ),
    _honest(
        "ishall",
        "two hours from opening at twelve to two",
        "Vi åkte i två timmar, från att de öppnade för allmänheten klockan tolv till två.",
        "Det var lagom mycket folk på isen.",
    ),
    _honest(
        "ishall",
        "minus five degrees in the ice, as the ice master said",
        "Isen höll minus fem grader och var perfekt hård, sa ismästaren.",
        "Den var nyspolad när vi kom.",
    ),
    _honest(
        "ishall",
        "a puck at a hundred and seventy km/h",
        "Hockeyspelarna på träningen före oss sköt pucken i hundrasjuttio kilometer i timmen.",
        "Det mätte de med en radar, barnen tyckte det var häftigt att titta.",
    ),
    _honest(
        "ishall",
        "children playing ice princesses with magic",
        "Barnen lekte att de var isprinsessor med trollkrafter, som i filmen Frost.",
        "De fick låna hjälmar gratis, det var bra.",
    ),
    _honest(
        "kafferosteri",
        "a thousand cups in a lifetime",
        "Jag har druckit typ tusen koppar kaffe i mitt liv, men det här var bäst.",
        "Bönorna från Guatemala är rekommenderade.",
    ),
    _honest(
        "kafferosteri",
        "two hundred kilos roasted a week",
        "De rostar omkring tvåhundra kilo bönor i veckan, berättade ägaren.",
        "Allt säljs inom en månad från rostning, så det är färskt.",
    ),
    _honest(
        "kafferosteri",
        "a roaster at two hundred and twenty degrees",
        "Rostaren höll runt tvåhundratjugo grader och vi fick stå bredvid och titta.",
        "Det luktade fantastiskt.",
    ),
    _honest(
        "kafferosteri",
        "fifty, no, five kilos for the office",
        "Jag köpte femtio, nej förlåt, fem kilo bönor till kontoret.",
        "Vi är trettio som dricker kaffe där, så det räcker en månad ungefär.",
    ),
    _honest(
        "kafferosteri",
        "a barista's joke of reading the future",
        "Baristan skämtade om att hon kunde läsa framtiden i koppen.",
        "Skön stämning, och cortadon var perfekt.",
    ),
    _honest(
        "kafferosteri",
        "could have stayed a week for the smell",
        "Doften var så god att jag kunde ha stannat där i en vecka.",
        "Men jag köpte bara en påse och gick, det var kö.",
    ),
    _honest(
        "akvariebutik",
        "a catfish of nearly a metre, twenty years old",
        "Malen i det stora visningsakvariet var nästan en meter lång.",
        "Den var tjugo år gammal, berättade killen som jobbade där.",
    ),
    _honest(
        "akvariebutik",
        "a parrot that said hello",
        "Papegojan vid disken sa hej när vi kom in, den kunde flera ord.",
        "Barnen älskade den, och vi köpte fiskfoder och en ny pump.",
    ),
    _honest(
        "akvariebutik",
        "a five-hundred-litre tank delivered on a pallet",
        "Vi köpte ett akvarium på femhundra liter.",
        "De levererade det hem på en pall och hjälpte till att bära in.",
    ),
    _honest(
        "akvariebutik",
        "children pretending the fish talked",
        "Barnen låtsades att fiskarna pratade med dem.",
        "Expediten var med på leken och gav fiskarna röster, väldigt gulligt.",
    ),
    _honest(
        "akvariebutik",
        "goldfish of thirty years, as the assistant said",
        "Guldfiskar kan bli trettio år gamla, sa expediten, om man sköter dem.",
        "Så vi köpte ett större akvarium än vi hade tänkt.",
    ),
    _honest(
        "akvariebutik",
        "a son's drawing of a shark bigger than the shop",
        "Min son ritade en haj som var större än hela butiken.",
        "Teckningen hänger nu på kylskåpet, och fiskarna vi köpte mår bra.",
    ),
    _honest(
        "mattaffär",
        "fifty rugs rolled out",
        "Säljaren rullade ut kanske femtio mattor åt oss innan vi hittade rätt.",
        "Han var aldrig otålig.",
    ),
    _honest(
        "mattaffär",
        "an antique kilim from the 1890s",
        "Mattan är över hundra år gammal, en antik kelim från 1890-talet.",
        "Den har några lagningar men är i fint skick.",
    ),
    _honest(
        "mattaffär",
        "months to knot six square metres, as the seller explained",
        "En handknuten matta på sex kvadratmeter tar flera månader att knyta, förklarade säljaren.",
        "Därför kostar den trettiotusen, och det förstår jag.",
    ),
    _honest(
        "mattaffär",
        "if the rug could fly as in the tales",
        "Om mattan kunde flyga som i sagorna hade jag sluppit bära den till bilen, haha.",
        "Den var tung men fin.",
    ),
    _honest(
        "mattaffär",
        "a forty-kilo rug carried out by two",
        "Vi bar ut mattan till bilen tillsammans, den vägde fyrtio kilo.",
        "Den fick plats i bagaget när vi fällde sätena.",
    ),
    _honest(
        "mattaffär",
        "the cat sleeping on it for a week",
        "Min katt tycker att mattan är hennes nu, hon har sovit på den i en vecka.",
        "Det är väl det bästa betyget.",
    ),
    _honest(
        "tatueringsstudio",
        "six hours for the back at a studio open till ten",
        "Studion har öppet till tio på kvällen.",
        "Jag låg i stolen i sex timmar för ryggen, med pauser.",
    ),
    _honest(
        "tatueringsstudio",
        "twenty years and thousands of tattoos",
        "Tatueraren har jobbat i tjugo år och har säkert gjort tusentals tatueringar.",
        "Det syns i hans linjer.",
    ),
    _honest(
        "tatueringsstudio",
        "a tattoo of a dragon that breathes fire",
        "Min tatuering är en drake som sprutar eld över axeln.",
        "Jättefint gjord med skuggningar, och den läkte fint.",
    ),
    _honest(
        "tatueringsstudio",
        "felt like the needle went ten centimetres in",
        "Det kändes som att nålen gick in tio centimeter vid revbenen.",
        "Men det var väl inbillning, och tatueraren tog pauser när jag behövde.",
    ),
    _honest(
        "tatueringsstudio",
        "a daughter's teddy given a heart in felt pen",
        "Min dotter ville att de skulle tatuera hennes nalle.",
        "De ritade ett hjärta på den med tuschpenna och hon var överlycklig.",
    ),
    _honest(
        "tatueringsstudio",
        "an elephant tattooed, said as a joke",
        "Han sa att han hade tatuerat en elefant en gång.",
        "Det var bara ett skämt, men han var rolig och lugnande.",
    ),
)

CALLS = IMPOSSIBLE + NONSENSE + HONEST
