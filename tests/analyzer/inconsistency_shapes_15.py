"""Calls inconsistent with themselves, and honest near misses, at ten kinds of store the first
inconsistency material (`inconsistency_shapes`) did not visit.

An optician, a bicycle shop with a workshop, a bookshop, a gym, a cinema, a vet, a car
dealer's service desk, a farm shop, a state liquor store and a parcel agent. Each call is the
customer's answers, one string an answer, in spoken Swedish. A contradiction is two things
of the same visit that cannot both be true, usually split across answers and paraphrased
(never the same word twice): alone and a companion there; paid by card or Swish and cash
change counted out; came by bus, train or on foot and parked; the visit in the morning and
in the evening; an empty shop and a long queue; never buying a kind of goods and buying it
as usual; a child's age and what the child did; a count of things that changes; the only
member of staff and their colleagues at work; the size of one's party changed; leaving
without buying and the goods bought. The near misses sit beside each shape: a correction
("nej förresten, det var kort"), another person's act, a hypothetical, an earlier visit,
"nästan", reported speech, a time word about another day, a change over the visit.

Written for this file before the analyzer was run on it; nothing comes from a labelled set.
The verdict is the one a careful store manager would give.

Figures (impossible claim or nonsense at 0.7 or more, no store context, a Wednesday noon
purchase), before → after this round's readings: 4 → 43 of 48 contradictions caught, 1 → 0
of 48 honest calls flagged; `WRITTEN_WITH_READINGS` adds 13 honest ones, all clean.
"""

from __future__ import annotations

from tests.analyzer.inconsistency_shapes import Call


def _fraud(store: str, shape: str, *answers: str) -> Call:
    return Call(store, answers, True, shape)


def _honest(store: str, shape: str, *answers: str) -> Call:
    return Call(store, answers, False, shape)


ALONE = (
    _fraud(
        "optiker",
        "alone, wife judged the frames beside",
        "Jag gick dit helt själv en vanlig tisdag, det var ingen som följde med.",
        "Hon visade mig tre olika bågar och min fru som stod bredvid tyckte de svarta var "
        "snyggast.",
        "Synundersökningen var grundlig och optikern förklarade allt.",
    ),
    _fraud(
        "bokhandel",
        "on my own, friend paid",
        "Jag var där ensam, jag tycker om att strosa bland hyllorna i lugn och ro.",
        "Min kompis betalade för deckaren i kassan eftersom jag hade glömt plånboken.",
    ),
    _fraud(
        "veterinär",
        "came alone, two of us held the dog",
        "Jag kom dit ensam med hunden.",
        "Veterinären var lugn, och min sambo och jag höll i Bamse medan hon tog blodprovet.",
        "Det tog ungefär en halvtimme och kostade niohundra kronor.",
    ),
    _fraud(
        "gym",
        "went alone, trained with a partner there",
        "Jag åkte dit själv på morgonen, som jag alltid gör.",
        "Min träningskompis och jag körde marklyft tillsammans och vi turades om på samma stång.",
        "Omklädningsrummet var rent men duschen var kall.",
    ),
    _fraud(
        "gårdsbutik",
        "nobody along, daughter picked the eggs",
        "Ingen var med mig den dagen, jag handlade i min egen takt.",
        "Min dotter plockade ut ägg och potatis från hyllan vid dörren medan jag vägde äpplena.",
    ),
)

ALONE_HONEST = (
    _honest(
        "optiker",
        "alone, wife's opinion at home",
        "Jag gick dit helt själv, det var ingen som följde med.",
        "När jag kom hem tyckte min fru att de nya bågarna var för stora, så jag funderar "
        "på att byta.",
        "Optikern var tydlig med vad glasen kostade.",
    ),
    _honest(
        "bokhandel",
        "alone, a friend had recommended the book",
        "Jag var där ensam och letade efter en deckare.",
        "Min kompis hade tipsat om en bok av Kristina Ohlsson och den hade de inne.",
    ),
    _honest(
        "veterinär",
        "alone, staff held the dog",
        "Jag kom dit ensam med hunden.",
        "Veterinären och sköterskan höll i Bamse medan de tog blodprovet, de var väldigt "
        "lugna med honom.",
    ),
    _honest(
        "gym",
        "alone this time, usually with a partner",
        "Jag åkte dit själv den här gången.",
        "Annars brukar jag köra marklyft med min träningskompis, men hon var sjuk.",
        "Stången vid fönstret var böjd, det borde ni titta på.",
    ),
    _honest(
        "gårdsbutik",
        "alone, met a neighbour there",
        "Jag var där själv, men jag stötte på min granne vid äggen.",
        "Min granne tog de sista äggen, så jag fick nöja mig med potatis.",
    ),
)

CARD_CASH = (
    _fraud(
        "cykelaffär",
        "card tapped, change counted out",
        "Jag köpte en ny cykelhjälm för sexhundrafyrtio kronor.",
        "Jag blippade kortet vid kassan och det gick fort.",
        "Killen räknade upp växeln, sextio kronor, och la kvittot i påsen.",
    ),
    _fraud(
        "systembolag",
        "Swish, coins back",
        "Jag swishade för två flaskor vin, allt gick smidigt.",
        "Sen fick jag tillbaka några tiokronor som jag la i fickan.",
    ),
    _fraud(
        "postombud",
        "paid by card, change from a note",
        "Paketet kostade åttiofem kronor att skicka och jag drog mitt bankkort.",
        "Hon gav mig femton kronor tillbaka och sa ha en bra dag.",
    ),
    _fraud(
        "bio",
        "app paid, cash change",
        "Jag betalade biljetterna i appen direkt i kassan.",
        "Tjejen i kassan var trevlig och gav mig växeln i handen med ett leende.",
    ),
    _fraud(
        "gårdsbutik",
        "card terminal, coins in change",
        "Jag betalade med kort i den lilla terminalen vid disken.",
        "Bonden gav mig tillbaka tre enkronor och en femma, han hade inte mer mynt.",
        "Äpplena var fantastiska.",
    ),
)

CARD_CASH_HONEST = (
    _honest(
        "cykelaffär",
        "a correction to card",
        "Jag betalade kontant och fick tillbaka sextio kronor, eller nej förresten, det var "
        "kort, kontanterna använde jag på Biltema.",
        "Hjälmen satt bra och killen hjälpte mig justera den.",
    ),
    _honest(
        "systembolag",
        "another customer's change",
        "Jag swishade för två flaskor vin.",
        "Mannen före mig fick tillbaka en massa mynt och det tog en stund.",
    ),
    _honest(
        "postombud",
        "card this time, cash last time",
        "Paketet kostade åttiofem kronor och jag drog kortet.",
        "Förra gången betalade jag kontant och fick tillbaka femton kronor, då var det en "
        "annan tjej där.",
    ),
    _honest(
        "bio",
        "card would not work, so cash",
        "Först försökte jag betala med kort men terminalen var trasig.",
        "Så jag betalade med en hundralapp och fick tillbaka tjugo kronor i växel.",
    ),
    _honest(
        "gårdsbutik",
        "card, and a wish for cash",
        "Jag betalade med kort i terminalen vid disken.",
        "Det vore bra om ni hade växel i kassan, för min mamma vill betala kontant och "
        "förra veckan fick hon inte tillbaka något.",
    ),
)

TRAVEL = (
    _fraud(
        "bilverkstad",
        "bus there, parked there",
        "Jag tog bussen till verkstaden för att hämta bilen efter servicen.",
        "Jag parkerade min egen bil vid entrén och gick in till servicedisken.",
        "Det tog tjugo minuter innan någon kom, fast jag hade bokat tid.",
    ),
    _fraud(
        "gym",
        "came by train, parked",
        "Jag kom med pendeltåget, det stannar ju precis utanför.",
        "Sen fick jag leta parkering i tio minuter för garaget var fullt.",
    ),
    _fraud(
        "systembolag",
        "walked there, loaded the car",
        "Jag promenerade till butiken, det är bara en kvart hemifrån.",
        "Killen hjälpte mig bära ut vinlådorna och lasta dem i bagageluckan på min bil.",
    ),
    _fraud(
        "veterinär",
        "taxi there, own car in the lot",
        "Vi åkte taxi till kliniken eftersom katten var så dålig.",
        "Parkeringen var nästan full men jag hittade en ruta till vår bil längst bort.",
    ),
    _fraud(
        "bokhandel",
        "on the tram, drove home after",
        "Jag tog spårvagnen in till stan och gick till bokhandeln.",
        "Efteråt satte jag mig i bilen och körde hem med böckerna i baksätet.",
    ),
)

TRAVEL_HONEST = (
    _honest(
        "bilverkstad",
        "bus there, then drove the serviced car home",
        "Jag tog bussen till verkstaden för att hämta bilen efter servicen.",
        "Sen körde jag hem den och den gick mycket tystare än förut.",
    ),
    _honest(
        "gym",
        "train because parking is hard",
        "Jag kom med pendeltåget eftersom det är så svårt att hitta parkering.",
        "Ni borde ha fler parkeringsplatser, folk letar i evigheter.",
    ),
    _honest(
        "systembolag",
        "walked, husband fetched the boxes by car",
        "Jag promenerade till butiken, det är bara en kvart hemifrån.",
        "Min man kom och hämtade vinlådorna med bilen efteråt, killen hjälpte honom bära.",
    ),
    _honest(
        "veterinär",
        "taxi now, next time by car",
        "Vi åkte taxi till kliniken eftersom katten var så dålig.",
        "Nästa gång tar vi bilen, för parkeringen verkar stor.",
    ),
    _honest(
        "bokhandel",
        "tram this time, usually drives",
        "Jag tog spårvagnen in till stan den här gången.",
        "Annars brukar jag köra bil och parkera i garaget under bokhandeln.",
    ),
)

DAY_PARTS = (
    _fraud(
        "bio",
        "morning visit, evening arrival",
        "Vi var där i morse på en tidig visning av den nya Bondfilmen.",
        "När vi kom dit på kvällen var foajén full av popcorn på golvet.",
    ),
    _fraud(
        "cykelaffär",
        "went at lunch, arrived after dark at nine",
        "Jag gick dit på lunchen för att lämna in cykeln.",
        "Klockan var nio på kvällen när jag kom in i butiken och de höll på att stänga.",
    ),
    _fraud(
        "optiker",
        "early morning, evening at the counter",
        "Jag hade en tid tidigt på morgonen, klockan åtta.",
        "Sen när jag stod vid disken i kväll och hämtade glasögonen var det ingen kö.",
    ),
    _fraud(
        "postombud",
        "morning parcel, evening when there",
        "Jag var där i förmiddags och lämnade ett paket.",
        "Det var mörkt ute och sent på kvällen när jag var i butiken, så det var lugnt.",
    ),
)

DAY_PARTS_HONEST = (
    _honest(
        "bio",
        "booked in the morning, saw the film in the evening",
        "I morse bokade jag biljetterna i appen.",
        "När vi kom dit på kvällen var foajén full av popcorn på golvet.",
    ),
    _honest(
        "cykelaffär",
        "left in at lunch, fetched in the evening",
        "Jag lämnade in cykeln på lunchen.",
        "Sen hämtade jag den klockan sex på kvällen och bromsarna var perfekt justerade.",
    ),
    _honest(
        "optiker",
        "morning yesterday, evening today",
        "I går morse var jag där på synundersökningen.",
        "I kväll hämtade jag glasögonen, och det var ingen kö vid disken.",
    ),
    _honest(
        "postombud",
        "evening plans about the parcel",
        "Jag var där i förmiddags och lämnade ett paket.",
        "I kväll ska jag spåra det i appen och se om det kommit fram.",
    ),
)

EMPTY_CROWD = (
    _fraud(
        "systembolag",
        "not a soul, queue out the door",
        "Det var inte en käft i butiken när jag var där, helt dött.",
        "Kön till kassorna ringlade ända ut genom dörren, så jag stod där länge.",
    ),
    _fraud(
        "postombud",
        "only customer, long queue for parcels",
        "Jag var den enda kunden i butiken.",
        "Det var jättelång kö till paketutlämningen och jag fick vänta i tjugo minuter.",
    ),
    _fraud(
        "bio",
        "alone in the cinema, full house",
        "Vi var helt ensamma i salongen, det var lite spöklikt.",
        "Filmen var utsåld och vi fick sitta längst fram för det fanns inga andra platser.",
    ),
    _fraud(
        "gym",
        "empty gym, queued for every machine",
        "Gymmet var helt tomt, jag hade hela lokalen för mig själv.",
        "Jag fick köa till varenda maskin eftersom det var så mycket folk.",
    ),
    _fraud(
        "bokhandel",
        "no other customers, jostling crowd",
        "Det fanns inga andra kunder där, bara jag och expediten.",
        "Vid kassan var det trångt och folk knuffades för att komma fram.",
    ),
)

EMPTY_CROWD_HONEST = (
    _honest(
        "systembolag",
        "empty at first, a queue later",
        "Det var helt tomt när jag kom, men efter en kvart var det lång kö till kassorna.",
        "Ni borde öppna en kassa till när det fylls på så snabbt.",
    ),
    _honest(
        "postombud",
        "almost empty, short queue",
        "Det var nästan tomt i butiken.",
        "Det var en liten kö till paketutlämningen men det gick fort.",
    ),
    _honest(
        "bio",
        "alone in the auditorium, crowd at another film",
        "Vi var helt ensamma i salongen, det var lite spöklikt.",
        "Men i foajén var det lång kö till den nya barnfilmen i salong ett.",
    ),
    _honest(
        "gym",
        "empty in the morning, crowded on Mondays",
        "Gymmet var helt tomt i morse, jag hade hela lokalen för mig själv.",
        "På måndagskvällar brukar man få köa till varenda maskin, så morgonen är bättre.",
    ),
    _honest(
        "bokhandel",
        "a crowd at another shop",
        "Det fanns inga andra kunder i bokhandeln, bara jag och expediten.",
        "Det var trångt och lång kö på Åhléns bredvid, så jag var glad att komma därifrån.",
    ),
)

NEVER_BUYS = (
    _fraud(
        "systembolag",
        "never buys spirits, the usual whisky",
        "Jag köper aldrig sprit, bara lite vin ibland.",
        "Som vanligt tog jag min flaska whisky och en sexpack öl.",
    ),
    _fraud(
        "bokhandel",
        "never buys paperbacks, my usual pocket",
        "Pocketböcker handlar jag aldrig, de går sönder så lätt.",
        "Jag köpte min vanliga pocket, en ny Camilla Läckberg, och den var billig.",
    ),
    _fraud(
        "gårdsbutik",
        "never buys meat there, the usual sausages",
        "Kött köper jag aldrig i gårdsbutiken, det är för dyrt.",
        "Jag tog som vanligt två paket av deras hemgjorda korv och lite lammfärs.",
    ),
    _fraud(
        "cykelaffär",
        "never buys spare parts, the usual inner tube",
        "Jag köper aldrig reservdelar hos er, det gör jag på nätet.",
        "Jag köpte två slangar och ett nytt däck som jag alltid gör på hösten.",
    ),
)

NEVER_BUYS_HONEST = (
    _honest(
        "systembolag",
        "never buys spirits, except this time",
        "Jag köper aldrig sprit annars.",
        "Men den här gången tog jag en flaska whisky till min svärfars sextioårsdag.",
    ),
    _honest(
        "bokhandel",
        "husband buys the paperbacks",
        "Pocketböcker handlar jag aldrig, de går sönder så lätt.",
        "Min man köpte sin vanliga pocket, en ny Läckberg, medan jag tittade på kokböcker.",
    ),
    _honest(
        "gårdsbutik",
        "never bought before, now tried it",
        "Kött har jag aldrig köpt här förut.",
        "Nu tog jag två paket av deras hemgjorda korv och den var jättegod.",
    ),
    _honest(
        "cykelaffär",
        "never buys online parts",
        "Jag köper aldrig reservdelar på nätet, jag vill kunna fråga någon.",
        "Jag köpte två slangar och ett nytt däck och fick bra hjälp.",
    ),
)

CHILD_AGE = (
    _fraud(
        "cykelaffär",
        "a baby rode the bike",
        "Vi var där för att köpa en cykelsits till vår son, han är sju månader.",
        "Han provcyklade en röd tjugotumscykel runt hela butiken och ville inte sluta.",
    ),
    _fraud(
        "bilverkstad",
        "a ten-year-old drove the car in",
        "Min dotter är tio år och följde med för att titta.",
        "Hon körde in bilen i verkstaden och lämnade nyckeln i receptionen.",
    ),
    _fraud(
        "systembolag",
        "a twelve-year-old bought the wine",
        "Jag hade med mig min tolvåriga son.",
        "Han betalade för vinet med sitt eget kort och ingen frågade om legitimation.",
    ),
    _fraud(
        "bokhandel",
        "a two-year-old read the book aloud",
        "Vår dotter är två år och älskar böcker.",
        "Hon läste högt ur hela kapitelboken för expediten, det var gulligt.",
    ),
)

CHILD_AGE_HONEST = (
    _honest(
        "cykelaffär",
        "a baby's seat, an older brother rode",
        "Vi köpte en cykelsits till vår son, han är sju månader.",
        "Hans storebror, som är nio, provcyklade en röd tjugotumscykel runt hela butiken.",
    ),
    _honest(
        "bilverkstad",
        "a ten-year-old watched the mechanic drive",
        "Min dotter är tio år och följde med för att titta.",
        "Mekanikern körde in bilen i verkstaden och hon fick stå och titta genom rutan.",
    ),
    _honest(
        "systembolag",
        "a twelve-year-old waited outside",
        "Jag hade med mig min tolvåriga son, han fick vänta utanför.",
        "Jag betalade för vinet med kort och de frågade om legitimation, bra.",
    ),
    _honest(
        "bokhandel",
        "the staff read aloud to a two-year-old",
        "Vår dotter är två år och älskar böcker.",
        "Expediten läste högt ur en bilderbok för henne medan jag letade.",
    ),
)

COUNTS = (
    _fraud(
        "bokhandel",
        "two books bought, all five",
        "Jag köpte två böcker, en deckare och en kokbok.",
        "Alla fem böckerna slogs in i fint papper utan att jag behövde be om det.",
    ),
    _fraud(
        "cykelaffär",
        "one bike left in, both bikes",
        "Jag lämnade in en cykel på service.",
        "När jag hämtade båda cyklarna var kedjorna smorda och bromsarna nya.",
    ),
    _fraud(
        "postombud",
        "three parcels sent, the seventh",
        "Jag skickade tre paket till Tyskland.",
        "Det sjunde paketet vägdes två gånger för att vågen krånglade.",
    ),
    _fraud(
        "systembolag",
        "a single bottle, all four bottles",
        "Jag köpte bara en flaska rött till middagen.",
        "Kassören slog in alla fyra flaskorna i papper.",
    ),
    _fraud(
        "optiker",
        "one pair ordered, the three pairs collected",
        "Jag beställde ett par nya glasögon med progressiva glas.",
        "När jag hämtade de tre paren satt alla lite snett.",
    ),
)

COUNTS_HONEST = (
    _honest(
        "bokhandel",
        "two books, then three more",
        "Jag köpte två böcker först och sen gick jag tillbaka och tog tre till.",
        "Alla fem böckerna slogs in i fint papper utan att jag behövde be om det.",
    ),
    _honest(
        "cykelaffär",
        "one bike mine, both fetched",
        "Jag lämnade in en cykel och min man lämnade in sin.",
        "När vi hämtade båda cyklarna var kedjorna smorda och bromsarna nya.",
    ),
    _honest(
        "postombud",
        "three parcels planned, one sent",
        "Jag skulle skicka tre paket men fick bara med mig ett.",
        "Paketet vägdes två gånger för att vågen krånglade.",
    ),
    _honest(
        "systembolag",
        "one bottle, four for the neighbour",
        "Jag köpte bara en flaska rött till middagen.",
        "Grannen före mig köpte fyra flaskor och kassören slog in dem i papper.",
    ),
    _honest(
        "optiker",
        "one pair ordered, three tried",
        "Jag beställde ett par nya glasögon med progressiva glas.",
        "Innan dess provade jag tre par bågar och optikern hade tålamod.",
    ),
)

SOLE_STAFF = (
    _fraud(
        "gårdsbutik",
        "alone in the shop, two colleagues",
        "Kvinnan i kassan var ensam i butiken och hade fullt upp.",
        "Hennes två kollegor stod och packade potatis bakom disken och hjälpte till.",
    ),
    _fraud(
        "cykelaffär",
        "the only one working, another mechanic",
        "Det var bara en person som jobbade där, en äldre man.",
        "Medan han tog betalt lagade en annan mekaniker min punktering i verkstaden.",
    ),
    _fraud(
        "postombud",
        "one staff member, another colleague weighed",
        "Killen bakom disken var den enda som jobbade.",
        "Hans kollega vägde paketet och skrev ut fraktsedeln åt mig.",
    ),
    _fraud(
        "veterinär",
        "vet on her own, the nurses",
        "Veterinären var helt ensam på kliniken den dagen.",
        "Två sköterskor höll i katten medan hon gav sprutan.",
    ),
    _fraud(
        "bilverkstad",
        "single mechanic, his workmates",
        "Det fanns bara en mekaniker på plats.",
        "Hans arbetskamrater bytte däck på min bil medan han pratade med mig i receptionen.",
    ),
)

SOLE_STAFF_HONEST = (
    _honest(
        "gårdsbutik",
        "alone, colleagues away",
        "Kvinnan i kassan var ensam i butiken eftersom hennes kollegor var ute på fältet.",
        "Hon hade fullt upp men var trevlig ändå.",
    ),
    _honest(
        "cykelaffär",
        "the only one at first, then a colleague came",
        "Först var det bara en person som jobbade där.",
        "Efter en stund kom en annan mekaniker tillbaka från lunch och lagade punkteringen.",
    ),
    _honest(
        "postombud",
        "a colleague on another day",
        "Killen bakom disken var den enda som jobbade.",
        "Förra veckan var det hans kollega som vägde paketen, hon var snabbare.",
    ),
    _honest(
        "veterinär",
        "alone, and wished for nurses",
        "Veterinären var helt ensam på kliniken den dagen.",
        "Det hade varit bra med två sköterskor som höll i katten, hon fick klara sig själv.",
    ),
    _honest(
        "bilverkstad",
        "one mechanic said he had colleagues elsewhere",
        "Det fanns bara en mekaniker på plats.",
        "Han sa att hans arbetskamrater var på kurs i Jönköping hela veckan.",
    ),
)

PARTY = (
    _fraud(
        "bio",
        "three of us, four tickets for us all",
        "Vi var tre stycken, jag och mina två barn.",
        "Alla fyra fick var sin stor popcorn och satt på rad sju.",
    ),
    _fraud(
        "gym",
        "a pair, then the five of us",
        "Vi var två som provtränade, jag och min kollega.",
        "Instruktören tog oss fem runt i hela lokalen och visade maskinerna.",
    ),
    _fraud(
        "gårdsbutik",
        "family of four, all six tasted",
        "Vi var fyra i familjen som åkte dit.",
        "Vi sex smakade var sin bit av osten och alla tyckte den var god.",
    ),
)

PARTY_HONEST = (
    _honest(
        "bio",
        "three of us, a friend joined",
        "Vi var tre från början, men sen kom min systers dotter också.",
        "Alla fyra fick var sin stor popcorn och satt på rad sju.",
    ),
    _honest(
        "gym",
        "two of us, a group of five",
        "Vi var två som provtränade, jag och min kollega.",
        "Instruktören hade en grupp på fem andra samtidigt, så det blev lite rörigt.",
    ),
    _honest(
        "gårdsbutik",
        "four of us, six cheeses tasted",
        "Vi var fyra i familjen som åkte dit.",
        "Vi smakade sex olika ostar och alla tyckte den lagrade var godast.",
    ),
)

EMPTY_HANDED = (
    _fraud(
        "bokhandel",
        "left empty-handed, read the book bought",
        "Jag gick därifrån tomhänt, det fanns inget som lockade.",
        "Boken jag köpte var så spännande att jag läste ut den samma kväll.",
    ),
    _fraud(
        "gårdsbutik",
        "left without buying, the honey bought",
        "Jag lämnade butiken utan att handla något.",
        "Honungen jag köpte var kristalliserad redan när jag kom hem.",
    ),
    _fraud(
        "optiker",
        "went without buying, paid for lenses",
        "Jag gick därifrån utan att köpa någonting.",
        "Jag betalade ettusentvåhundra kronor för linserna och fick ett kvitto.",
    ),
)

EMPTY_HANDED_HONEST = (
    _honest(
        "bokhandel",
        "almost left empty-handed",
        "Jag gick nästan därifrån tomhänt, men sen hittade jag en deckare vid kassan.",
        "Boken jag köpte var så spännande att jag läste ut den samma kväll.",
    ),
    _honest(
        "gårdsbutik",
        "left without buying last time",
        "Förra gången lämnade jag butiken utan att handla något, allt var slut.",
        "Den här gången var honungen jag köpte perfekt.",
    ),
    _honest(
        "optiker",
        "without buying frames, paid for the test",
        "Jag gick därifrån utan att köpa några bågar.",
        "Jag betalade fyrahundra kronor för synundersökningen och fick ett kvitto.",
    ),
)

FIRST_WRITTEN = (
    *ALONE,
    *ALONE_HONEST,
    *CARD_CASH,
    *CARD_CASH_HONEST,
    *TRAVEL,
    *TRAVEL_HONEST,
    *DAY_PARTS,
    *DAY_PARTS_HONEST,
    *EMPTY_CROWD,
    *EMPTY_CROWD_HONEST,
    *NEVER_BUYS,
    *NEVER_BUYS_HONEST,
    *CHILD_AGE,
    *CHILD_AGE_HONEST,
    *COUNTS,
    *COUNTS_HONEST,
    *SOLE_STAFF,
    *SOLE_STAFF_HONEST,
    *PARTY,
    *PARTY_HONEST,
    *EMPTY_HANDED,
    *EMPTY_HANDED_HONEST,
)

WRITTEN_WITH_READINGS = (
    _honest(
        "cykelaffär",
        "card, and cash back for a wrong price",
        "Jag betalade lampan med kort.",
        "Sen gav hon mig tjugo kronor tillbaka eftersom priset var fel i kassan.",
    ),
    _honest(
        "gårdsbutik",
        "two of us, five kronor off",
        "Vi var två som handlade ägg och honung.",
        "Bonden gav oss fem kronor rabatt på honungen för att burken var kantstött.",
    ),
    _honest(
        "bokhandel",
        "two books, the fifth in a series",
        "Jag köpte två böcker till mitt barnbarn.",
        "Den femte boken i serien var slut, så jag fick beställa den.",
    ),
    _honest(
        "bilverkstad",
        "bus there, husband parked",
        "Jag tog bussen dit på morgonen.",
        "Min man parkerade bilen utanför när han kom och hämtade mig efter servicen.",
    ),
    _honest(
        "bokhandel",
        "a three-year-old son, she who read was staff",
        "Min son är tre år.",
        "Hon läste högt för honom i barnhörnan, expediten alltså, det var jättefint.",
    ),
    _honest(
        "systembolag",
        "empty now, a queue on Saturday",
        "Det var helt tomt i butiken.",
        "I lördags var det däremot jättelång kö ända ut på gatan.",
    ),
    _honest(
        "gårdsbutik",
        "alone in the shop, colleagues at the other farm",
        "Hon var ensam i butiken den dagen.",
        "Hennes kollegor jobbar på den andra gården utanför Skänninge.",
    ),
    _honest(
        "optiker",
        "morning visit, back again in the evening",
        "Jag var där i morse för att lämna in glasögonen.",
        "Klockan sju på kvällen var jag där igen och hämtade dem, och skalmarna var raka.",
    ),
    _honest(
        "systembolag",
        "the only one at the till, colleagues filling shelves",
        "Hon var ensam i kassan, så kön växte hela tiden.",
        "Två kollegor stod och fyllde på ölhyllorna under tiden, de kunde ha hjälpt till.",
    ),
    _honest(
        "postombud",
        "card, change counted out to another customer",
        "Jag betalade frakten med kort.",
        "Hon räknade upp växeln åt damen bakom mig och det tog evigheter.",
    ),
    _honest(
        "bio",
        "empty auditorium, crowded foyer in one breath",
        "Vi var ensamma i salongen men i foajén var det fullt med folk.",
    ),
    _honest(
        "cykelaffär",
        "two bought, three tried",
        "Jag köpte två cykeltröjor.",
        "De tre tröjorna jag provade satt bra allihop, men två fick räcka.",
    ),
    _honest(
        "gym",
        "alone today, usually with husband",
        "Jag gick dit själv i dag.",
        "Min man och jag brukar annars träna tillsammans på tisdagar.",
    ),
)
"""Honest near misses written while the readings were written, to hold them narrow; not in
the figures before."""

CALLS = (*FIRST_WRITTEN, *WRITTEN_WITH_READINGS)
