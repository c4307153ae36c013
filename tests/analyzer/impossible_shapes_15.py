"""Impossible claims and surreal accounts inside ordinary feedback, and honest near misses.

Invented visits to thirteen kinds of business no earlier content material had: a cinema, an
optician, a bicycle workshop, a gym, a jeweller, a flea market, an indoor play centre, a party
shop, a sweet shop, a spa, a bookshop, a photo shop and a dentist. Each call is told as the
customer's answers to the AI caller, one string an answer, and each fraud holds exactly one
claim that cannot be true of a visit inside otherwise useful feedback: a physical,
biological, temporal or scale impossibility (a quantity no container, body or shop holds, a
visit or an act longer than the visit or the opening hours, an object of impossible size or
speed, a person, an animal or a thing doing what it cannot, a date not yet come), or a
surreal account told deadpan in the store's own words. The honest calls sit beside them:
idioms of exaggeration ("en evighet", "tusen gånger", "i hundra år"), jokes the caller marks
as jokes, large but plausible amounts, films, toys, pictures, adverts and costumes that show
impossible things, children's play, dreams, "kändes som", hypotheticals, reported speech and
self-corrections.

All were written for this file (`offline-15`, issue 17) before the analyzer was run on any of
them; none comes from a labelled set. Before (main at `f72e890`): 7 of 49 frauds caught
(none of the 15 surreal ones), 2 of 50 honest calls flagged (a friend's 300 kilos in a
deadlift, a toy robot that talks when pressed). After `scale_limits` and its companions: 29 of
49 caught, 0 of 50 flagged; the 20 left are strict xfails in `test_offline_impossible_15.py`.
"""

from __future__ import annotations

from tests.analyzer.inconsistency_shapes import labelled

_impossible = labelled("impossible", fraud=True)
_nonsense = labelled("nonsense", fraud=True)
_honest = labelled("honest", fraud=False)


IMPOSSIBLE = (
    _impossible(
        "biograf",
        "three long films inside a one-hour visit",
        "Ja, vi var på bion i lördags, vi var där en timme ungefär.",
        "Och under den timmen såg vi alla tre filmerna i trilogin i salong två, "
        "de är ju tre timmar var.",
        "Popcornen var färska och killen i kiosken var snabb.",
    ),
    _impossible(
        "biograf",
        "a popcorn bucket of five thousand litres carried in",
        "Stolarna var sköna och ljudet var bra inställt.",
        "Jag köpte en popcornhink på femtusen liter och bar in den i salongen själv.",
        "Kanske lite dyrt med läsken, fyrtio kronor.",
    ),
    _impossible(
        "optiker",
        "seeing from Stockholm to Gothenburg",
        "Optikern, Jenny hette hon, var jättenoggrann vid synundersökningen.",
        "Med de nya glasögonen ser jag hela vägen till Göteborg från min balkong i Stockholm.",
        "Bågarna sitter bra bakom öronen också.",
    ),
    _impossible(
        "optiker",
        "glasses ready before they were ordered",
        "Jag beställde progressiva glas på onsdagen.",
        "Och de var färdiga och låg i en påse med mitt namn på redan i måndags, "
        "två dagar innan jag ens hade varit där och beställt dem.",
        "Personalen var trevlig, inget att klaga på där.",
    ),
    _impossible(
        "optiker",
        "the smallest row read four hundred metres off inside the shop",
        "Synundersökningen gjordes i det lilla rummet längst in i butiken.",
        "Jag läste minsta raden på syntavlan på fyrahundra meters avstånd där inne.",
        "Sen fick jag hjälp att välja bågar, hon hade bra smak.",
    ),
    _impossible(
        "cykelverkstad",
        "an old bicycle at three hundred km/h",
        "De lagade växlarna och bytte bromsklossar på min gamla damcykel.",
        "Nu går den i trehundra kilometer i timmen på plan mark, och den har ingen motor.",
        "Och de var klara samma dag som de lovat.",
    ),
    _impossible(
        "cykelverkstad",
        "a mechanic lifting a car with one hand",
        "Mekanikern, Omar, var jättehjälpsam.",
        "Han lyfte upp min bil med ena handen så att han kom åt cykelstället på taket.",
        "Priset för servicen var rimligt, sexhundra kronor.",
    ),
    _impossible(
        "cykelverkstad",
        "ninety Swedish miles cycled in an hour",
        "Cykeln blev jättebra efter servicen.",
        "Jag cyklade hem från verkstaden i Uppsala till Luleå på en timme, nittio mil, "
        "det gick som en dans.",
    ),
    _impossible(
        "gym",
        "three tonnes on the bench",
        "PT:n Ali gick igenom tekniken noga med mig.",
        "Jag tryckte tre ton i bänkpress på mitt första pass, han var imponerad.",
        "Det enda är att det är trångt i omklädningsrummet vid fem.",
    ),
    _impossible(
        "gym",
        "twenty centimetres taller after yoga",
        "Yogapasset på tisdagen var lugnt och instruktören var bra.",
        "Efter passet var jag tjugo centimeter längre, jag mätte mig på väggen i "
        "omklädningsrummet, innan var jag en och sjuttio.",
    ),
    _impossible(
        "gym",
        "forty Swedish miles on a treadmill in an hour",
        "Löpbanden är nya och det är skönt.",
        "Jag sprang fyrtio mil på löpbandet på en timme i går kväll.",
        "Men luftkonditioneringen borde ni se över, det var kvavt.",
    ),
    _impossible(
        "gym",
        "a sauna at four hundred degrees sat in for half an hour",
        "Duscharna var rena och det fanns schampo.",
        "Bastun höll fyrahundra grader och vi satt där en halvtimme och pratade.",
    ),
    _impossible(
        "gym",
        "twenty hours at a gym open six to ten",
        "Gymmet har öppet från sex på morgonen till tio på kvällen.",
        "I tisdags tränade jag där i tjugo timmar i sträck, jag kom när de öppnade.",
        "Det var gott om lediga maskiner hela tiden.",
    ),
    _impossible(
        "guldsmed",
        "a ring of five kilos worn comfortably",
        "Guldsmeden gjorde om min mormors ring och den blev jättefin.",
        "Den väger fem kilo och sitter bekvämt på fingret hela dagen.",
    ),
    _impossible(
        "guldsmed",
        "a watch repaired before it broke",
        "Jag lämnade in klockan för att den hade stannat.",
        "De hade lagat den i förrgår, dagen innan den gick sönder, så den var klar när jag kom.",
        "Hon som tog emot var kunnig och förklarade allt.",
    ),
    _impossible(
        "loppis",
        "a three-seater sofa in a jacket pocket on the bus",
        "Det var fint sorterat och billigt.",
        "Jag köpte en trepersoners soffa och stoppade den i jackfickan och tog bussen hem.",
        "Kassan tog bara kontanter och Swish, det var bra att veta.",
    ),
    _impossible(
        "loppis",
        "a record pressed in 2090",
        "Jag hittade en vinylskiva som är inspelad år 2090, i fint skick för tjugo kronor.",
        "Personalen hade sorterat skivorna efter genre, det gjorde det lätt.",
    ),
    _impossible(
        "loppis",
        "a cashier at work for three hundred years",
        "Tanten i kassan har jobbat på loppiset i trehundra år, hon kan allt om porslin.",
        "Hon berättade om stämplarna på undersidan av tallrikarna.",
    ),
    _impossible(
        "lekland",
        "a ball pit two kilometres deep",
        "Det var rent och fräscht i lekhallen.",
        "Bollhavet var två kilometer djupt och min son dök ner ända till botten.",
        "Kaféet hade bra fika för oss vuxna också.",
    ),
    _impossible(
        "lekland",
        "six hours of play in a half-hour visit",
        "Vi stannade en halvtimme i lördags.",
        "Och på den tiden hann barnen leka i sex timmar i klätterställningen.",
        "Personalen hade koll på de minsta vid rutschkanan.",
    ),
    _impossible(
        "partybutik",
        "three balloons lifting a grown man",
        "Vi köpte tre heliumballonger till dotterns kalas.",
        "När jag gick ut lyfte de mig upp till tredje våningen, jag väger nittio kilo.",
        "Tjejen i kassan knöt snören på dem jättefint.",
    ),
    _impossible(
        "partybutik",
        "a piñata of two tonnes carried home",
        "Piñatan vägde två ton och jag bar hem den själv på axeln.",
        "Den var fint gjord med glitter och barnen älskade den.",
    ),
    _impossible(
        "godisbutik",
        "four hundred kilos of pick-and-mix walked home",
        "Det var många sorter och allt var påfyllt.",
        "Jag vägde upp fyrahundra kilo lösgodis i en enda påse och gick hem med den.",
    ),
    _impossible(
        "godisbutik",
        "a lollipop as big as a bus in a handbag",
        "Klubban jag köpte var stor som en buss men fick plats i min handväska.",
        "Killen i kassan gav mig en extra skopa med sura godisar.",
    ),
    _impossible(
        "spa",
        "a massage of three days inside a two-hour booking",
        "Vi hade bokat två timmar på spat.",
        "Och under de två timmarna hann vi med en massage som varade i tre dygn.",
        "Handdukarna var varma och det luktade gott.",
    ),
    _impossible(
        "spa",
        "asleep in the relaxation room for four months",
        "Jag somnade i relaxen och sov där i fyra månader, personalen väckte mig försiktigt.",
        "Det är en lugn miljö och bra musik.",
    ),
    _impossible(
        "spa",
        "breath held underwater for three hours",
        "Poolen var lagom varm.",
        "Jag höll andan under vattnet i tre timmar och simmade fram och tillbaka.",
        "Men det var lite trångt vid bubbelpoolen.",
    ),
    _impossible(
        "bokhandel",
        "nine hundred pages read in two minutes in the queue",
        "Jag läste hela den niohundra sidor långa romanen medan jag stod i kön, "
        "det tog två minuter.",
        "Hon i kassan slog in den fint som present också.",
    ),
    _impossible(
        "bokhandel",
        "ten million books on the shelf by the till",
        "De har tio miljoner böcker på den lilla hyllan vid kassan.",
        "Och personalen tipsade om en deckare som var jättebra.",
    ),
    _impossible(
        "fotobutik",
        "prints of a party that has not yet happened",
        "Jag lämnade in en filmrulle att framkalla.",
        "När jag hämtade bilderna fanns det foton från nästa veckas kalas, "
        "ett kalas som inte har hänt än.",
        "Kvaliteten på kopiorna var bra.",
    ),
    _impossible(
        "fotobutik",
        "a print four hundred metres wide hung in the hall",
        "Jag lät förstora ett foto till fyrahundra meter brett och det hänger nu i hallen hemma.",
        "De var snabba och färgerna blev rätt.",
    ),
    _impossible(
        "tandläkare",
        "forty-six teeth of one adult",
        "Tandläkaren gick igenom alla mina fyrtiosex tänder och alla var fina.",
        "Tandhygienisten var varsam när hon tog bort tandstenen.",
    ),
    _impossible(
        "tandläkare",
        "fourteen hours in a waiting room open eight to five",
        "Kliniken har öppet från åtta till fem.",
        "Jag satt i väntrummet i fjorton timmar från att de öppnade innan jag kom in.",
        "Själva lagningen gick bra.",
    ),
    _impossible(
        "guldsmed",
        "a twelve-metre jump outside the shop",
        "Jag köpte en kedja till min fru, den var fint paketerad.",
        "Sen hoppade jag tolv meter rakt upp i luften utanför butiken av glädje.",
    ),
)

NONSENSE = (
    _nonsense(
        "biograf",
        "the screen came down and shared my soda",
        "Mitt i filmen klev duken ner från väggen och satte sig bredvid mig och drack av min läsk.",
        "Annars var ljudet bra och stolarna sköna.",
    ),
    _nonsense(
        "biograf",
        "the ticket told the ending",
        "Biljetten jag köpte i kassan berättade hur filmen slutade innan vi gick in.",
        "Men salongen var ren och det var lätt att hitta platserna.",
    ),
    _nonsense(
        "optiker",
        "the frames debated which suited me",
        "Bågarna på väggen diskuterade högljutt vilka av dem som passade mitt ansikte bäst.",
        "Optikern lät dem hålla på, och till slut valde jag de svarta.",
    ),
    _nonsense(
        "cykelverkstad",
        "the bicycle neighed for hay",
        "När jag hämtade cykeln gnäggade den och ville ha hö.",
        "Men den var nyservad och bromsarna tog fint.",
    ),
    _nonsense(
        "gym",
        "the dumbbells chanted my name",
        "Hantlarna hejade på mig och ropade mitt namn när jag körde sista setet.",
        "Instruktören på spinningen var peppig också.",
    ),
    _nonsense(
        "guldsmed",
        "a forest inside the ring box",
        "När jag öppnade askan med ringen fanns det en hel skog därinne, med älgar och en bäck.",
        "Ringen var rätt storlek, de hade mätt fingret noga.",
    ),
    _nonsense(
        "loppis",
        "the vase remembered me from a former life",
        "Vasen jag köpte kände igen mig från ett tidigare liv och hälsade.",
        "Den kostade femtio kronor och var hel.",
    ),
    _nonsense(
        "loppis",
        "the mannequin followed me home",
        "Skyltdockan i fönstret följde efter mig hem och satt vid köksbordet när jag kom in.",
        "Klänningen jag köpte av den var snygg.",
    ),
    _nonsense(
        "lekland",
        "the slide told bedtime stories",
        "Rutschkanan berättade godnattsagor för de små barnen.",
        "Och det fanns sittplatser för föräldrarna nära.",
    ),
    _nonsense(
        "partybutik",
        "the dragon costume breathed real fire",
        "Draktdräkten jag köpte till min son sprutade riktig eld i bilen hem, baksätet brändes.",
        "Men den satt bra och var lätt att ta på.",
    ),
    _nonsense(
        "godisbutik",
        "the marshmallows quarrelled with the pralines",
        "Skumbananerna grälade med chokladpralinerna om vem som var godast, "
        "det hördes i hela butiken.",
        "Sen vägde jag upp ett hekto och betalade.",
    ),
    _nonsense(
        "spa",
        "the pool water stood up and waved",
        "Vattnet i poolen reste sig upp och vinkade åt oss när vi kom in.",
        "Personalen i receptionen var vänlig.",
    ),
    _nonsense(
        "bokhandel",
        "the cookbook cooked dinner itself",
        "Kokboken jag köpte lagade middag åt oss själv när vi kom hem.",
        "Den var dessutom på rea, hundrafemtio kronor.",
    ),
    _nonsense(
        "fotobutik",
        "the camera decided who to photograph",
        "Kameran jag köpte bestämde själv vem den ville fotografera "
        "och vägrade ta kort på min man.",
        "Säljaren förklarade menyerna bra.",
    ),
    _nonsense(
        "tandläkare",
        "a tooth pulled by a look",
        "Tandläkaren drog ut visdomstanden bara genom att titta på den, utan att röra mig.",
        "Efteråt fick jag bra råd om hur jag skulle sköta såret.",
    ),
)

HONEST = (
    _honest(
        "biograf",
        "a film where cars fly",
        "I filmen flög bilarna över hustaken, effekterna var jättehäftiga i stora salongen.",
        "Ljudet var lite för högt i början, men de sänkte det.",
    ),
    _honest(
        "biograf",
        "adverts for an eternity",
        "Reklamen före filmen höll på i en evighet, typ tjugo minuter.",
        "Det kan ni väl korta.",
    ),
    _honest(
        "biograf",
        "twenty-eight children of a class",
        "Vi var tjugoåtta barn från min sons klass.",
        "Och personalen hade ordnat popcorn och dricka till alla innan filmen.",
    ),
    _honest(
        "biograf",
        "three hours that felt like ten minutes",
        "Filmen var tre timmar men kändes som tio minuter, så bra var den.",
        "Stolarna i rad sju var sköna.",
    ),
    _honest(
        "biograf",
        "a bucket to live in, a joke",
        "Popcornhinken var så stor att man kunde bo i den.",
        "Nej men skämt åsido, den räckte till oss tre hela filmen.",
    ),
    _honest(
        "optiker",
        "an advert of glasses that see through walls",
        "På reklamaffischen i fönstret hade en man glasögon som kunde se genom väggar.",
        "Lite fånigt men roligt, och själva synundersökningen var grundlig.",
    ),
    _honest(
        "optiker",
        "minus ten and thin lenses",
        "Jag har minus tio och de fick ändå till tunna glas åt mig.",
        "Det tog en vecka, som de sa.",
    ),
    _honest(
        "optiker",
        "dropped a thousand times",
        "Jag har tappat de gamla glasögonen tusen gånger.",
        "Så det var skönt med bågar i titan som tål det, hon rekommenderade dem.",
    ),
    _honest(
        "optiker",
        "forty, no, fourteen minutes",
        "Synundersökningen tog fyrtio, nej förresten, fjorton minuter.",
        "Han var noggrann och förklarade värdena.",
    ),
    _honest(
        "cykelverkstad",
        "a daughter playing the bicycle is a horse",
        "Min dotter låtsades att cykeln var en häst och gav den låtsashö i väntrummet.",
        "Mekanikern spelade med, det var gulligt, och cykeln blev klar i tid.",
    ),
    _honest(
        "cykelverkstad",
        "twenty-five km/h on an electric bicycle",
        "Med elcykeln kommer jag upp i tjugofem kilometer i timmen, det är ju spärren.",
        "Batteriet de bytte håller mycket längre nu.",
    ),
    _honest(
        "cykelverkstad",
        "sixty down a hill on a racer",
        "I nedförsbacken hem kom jag upp i sextio på racern efter att de bytt bromsarna.",
        "Och bromsarna tog perfekt nere vid rödljuset.",
    ),
    _honest(
        "cykelverkstad",
        "six Swedish miles in three hours",
        "Jag cyklade hem till Enköping, sex mil, på tre timmar efter servicen.",
        "Växlarna gick mjukt hela vägen.",
    ),
    _honest(
        "gym",
        "a friend's three hundred kilos in a lift",
        "Min kompis tävlar i styrkelyft och tog trehundra kilo i marklyft i går.",
        "Det vore bra med en plattform till, för det är alltid kö till den.",
    ),
    _honest(
        "gym",
        "a hundred years in the queue for the rack",
        "Jag stod i kö till knäböjsställningen i hundra år.",
        "Det behövs fler ställningar, det är ju det alla vill använda.",
    ),
    _honest(
        "gym",
        "a dream of lifting a car",
        "I natt drömde jag att jag lyfte en bil, haha.",
        "Men på riktigt tog jag sextio kilo i bänk, och PT:n hjälpte mig med tekniken.",
    ),
    _honest(
        "gym",
        "legs like spaghetti",
        "Efter passet kändes benen som spagetti.",
        "Instruktören var tydlig med uppvärmningen.",
    ),
    _honest(
        "gym",
        "a sauna at a hundred degrees",
        "Bastun höll hundra grader, lite för varmt för mig.",
        "Kanske kan ni sänka den lite på dagtid.",
    ),
    _honest(
        "gym",
        "a night at a gym open all hours",
        "Gymmet har öppet dygnet runt.",
        "Och jag var där i tre timmar i natt, det var skönt och lugnt.",
    ),
    _honest(
        "guldsmed",
        "ring size twenty-four",
        "Jag har ringstorlek tjugofyra, och de gjorde om ringen så den passar.",
        "Den tog tre veckor men blev perfekt.",
    ),
    _honest(
        "guldsmed",
        "a watch running backwards, hearsay",
        "Urmakaren sa att en kund en gång påstod att hans klocka gick baklänges.",
        "Min klocka lagade de på en vecka och den går rätt nu.",
    ),
    _honest(
        "loppis",
        "a record from 1962",
        "Jag hittade en vinylskiva från 1962 i fint skick för tjugo kronor.",
        "Skivorna var sorterade efter genre.",
    ),
    _honest(
        "loppis",
        "a film set in 2090",
        "Jag köpte en gammal dvd med en film som utspelar sig år 2090.",
        "Rolig omslagsbild, och den kostade tio kronor.",
    ),
    _honest(
        "loppis",
        "thirty years as a volunteer",
        "Tanten i kassan har jobbat ideellt där i trettio år, hon kan allt om porslin.",
    ),
    _honest(
        "loppis",
        "a toy robot that talks",
        "Min son köpte en robot som pratar när man trycker på magen, den sa hej direkt.",
        "Batterierna var nya, det hade de kollat.",
    ),
    _honest(
        "loppis",
        "a sofa fetched with a trailer",
        "Soffan fick vi hämta med släp, och personalen hjälpte oss bära ut den.",
    ),
    _honest(
        "lekland",
        "the floor is lava",
        "Barnen låtsades att golvet var lava och hoppade mellan mattorna.",
        "Personalen sa inget om det, de lät dem leka.",
    ),
    _honest(
        "lekland",
        "four hours and still not leaving",
        "Vi var där i fyra timmar och barnen ville ändå inte gå hem.",
        "Men kaféet borde ha fler sittplatser.",
    ),
    _honest(
        "lekland",
        "down the slide a thousand times",
        "Min son åkte rutschkanan tusen gånger.",
        "Han var helt slut i bilen hem.",
    ),
    _honest(
        "lekland",
        "a bottomless ball pit with a dragon, said a child",
        "Min dotter sa att bollhavet var bottenlöst och att det bodde en drake där nere.",
        "Hon är fyra, så hon var överlycklig.",
    ),
    _honest(
        "lekland",
        "a hundred children on a Saturday",
        "Det var nog hundra barn där på lördagen, det var mycket ljud.",
        "Kanske kan ni ha ett tystare rum för de små.",
    ),
    _honest(
        "partybutik",
        "a dragon costume whose tail looks like fire",
        "Draktdräkten var jättefin, den har vingar och svansen ser ut som den sprutar eld.",
        "Fast av tyg förstås, och den gick att tvätta.",
    ),
    _honest(
        "partybutik",
        "fifty helium balloons for a party",
        "Vi köpte femtio heliumballonger till kalaset och fick hjälp att knyta dem.",
    ),
    _honest(
        "partybutik",
        "lifting off, only joking",
        "Med alla ballongerna trodde jag att jag skulle lyfta, skojar bara.",
        "Men det var svårt att få in dem i bilen, så en kartong hade varit bra.",
    ),
    _honest(
        "godisbutik",
        "three kilos for twenty children",
        "Jag köpte tre kilo lösgodis till kalaset, det räckte till tjugo barn.",
    ),
    _honest(
        "godisbutik",
        "a giant lollipop as big as a plate",
        "De hade en jätteklubba stor som en tallrik, den köpte jag till min brorson.",
    ),
    _honest(
        "godisbutik",
        "sweets shaped as cars and frogs",
        "Det fanns godisbilar och gelégrodor, och de sura ormarna var godast.",
        "Men skopan vid lakritsen var trasig.",
    ),
    _honest(
        "godisbutik",
        "felt like sweet heaven",
        "Det kändes som att jag var i godishimlen, så många sorter.",
    ),
    _honest(
        "spa",
        "twenty years younger, felt",
        "Efter ansiktsbehandlingen kände jag mig tjugo år yngre.",
        "Hon som gjorde den var jättevarsam.",
    ),
    _honest(
        "spa",
        "a whole day, ten to six",
        "Vi var där hela dagen, från tio till sex, och hann med både bastu och massage.",
    ),
    _honest(
        "spa",
        "a dream of flying during a massage",
        "Jag somnade under massagen och drömde att jag flög över havet.",
        "Massören var jättebra på nacken.",
    ),
    _honest(
        "spa",
        "waited an eternity for towels",
        "Vi fick vänta en evighet på handdukarna i receptionen.",
        "Det borde finnas fler framlagda.",
    ),
    _honest(
        "bokhandel",
        "a children's book of a cookbook that cooks",
        "Jag köpte en barnbok om en kokbok som lagar middag själv.",
        "Barnbarnet älskade den, och hon i kassan slog in den.",
    ),
    _honest(
        "bokhandel",
        "a thriller read in one evening",
        "Jag läste ut deckaren på en kväll, den var så spännande.",
        "Tack för tipset, killen i kassan.",
    ),
    _honest(
        "bokhandel",
        "ten thousand books and mine found at once",
        "De har säkert tiotusen böcker i butiken men personalen hittade min direkt.",
    ),
    _honest(
        "fotobutik",
        "an edited photo of floating over a lake",
        "På fotot de redigerade ser det ut som att jag svävar över sjön.",
        "Det var ju meningen, jättesnyggt gjort.",
    ),
    _honest(
        "fotobutik",
        "a two-metre enlargement for the living room",
        "Jag lät förstora ett foto till två meter brett till vardagsrummet.",
        "Det tog en vecka och färgerna blev rätt.",
    ),
    _honest(
        "tandläkare",
        "a daughter's twenty milk teeth",
        "Min dotter har tjugo mjölktänder och alla var fina vid kontrollen.",
    ),
    _honest(
        "tandläkare",
        "forty minutes past the booked time",
        "Jag satt i väntrummet i fyrtio minuter efter min tid.",
        "Någon kunde ha sagt till att de var sena.",
    ),
    _honest(
        "tandläkare",
        "a patient who claimed forty teeth, retold",
        "Tandläkaren sa att en patient en gång påstått att han hade fyrtio tänder.",
        "Vi skrattade åt det, hon var lätt att prata med.",
    ),
)

CALLS = IMPOSSIBLE + NONSENSE + HONEST
