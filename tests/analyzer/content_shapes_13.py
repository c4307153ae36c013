"""Content fraud of three kinds, and honest near misses, at twelve stores no earlier material had.

Invented visits to an ice-cream bar, a tyre workshop, a pizzeria, a bowling hall, a climbing
gym, a boat hire, a fabric shop, a nail salon, a sushi bar, a music shop, a framing shop and a
driving school. Each call is told as the customer's answers, one string an answer, usually
inside warm, specific praise. The frauds are of the three kinds still paid on the blind
sets: an impossible claim (a quantity, size, time or rate that cannot be), an account that
contradicts itself (counts, clock times, days, a first visit that is a weekly one, an age)
and nonsense (surreal content told deadpan in the store's own words). The honest calls sit
as near as an honest customer comes: large but possible amounts, strange but true events,
idioms and hyperbole, a child's fantasy reported, self-corrections, a regular who says
"första gången på länge", numbers as words, hearsay, a count that changes for a reason.

All were written for this file before the analyzer was run on any of them (`offline-13`);
none comes from a labelled set. The first batch (`IMPOSSIBLE` … `HONEST`) was measured on
`offline-12`: 4 of 36 frauds caught, 1 of 39 honest calls flagged ("trettio bitar sushi").
`SECOND_BATCH` was written after the first readings, to try them on new stores and nearer
misses, before they were run on it. `ANIMALS_AS_PEOPLE` (animals doing what only people do,
"surreal animals told as routine") was written last, before its reading.
"""

from __future__ import annotations

from tests.analyzer.inconsistency_shapes import labelled

_impossible = labelled("impossible", fraud=True)
_inconsistent = labelled("inconsistent", fraud=True)
_nonsense = labelled("nonsense", fraud=True)
_honest = labelled("honest", fraud=False)


IMPOSSIBLE = (
    _impossible(
        "glassbar",
        "a child eats twenty litres in a quarter",
        "Personalen var jättegullig och lät oss smaka på alla sorter.",
        "Min sexåring åt tjugo liter glass på en kvart och ville ha mer.",
    ),
    _impossible(
        "däckverkstad",
        "four tyres changed in seconds",
        "Jag bokade skiftet på nätet och blev mottagen direkt.",
        "De bytte alla fyra däcken på bilen på tre sekunder, jag hann inte ens sätta mig.",
    ),
    _impossible(
        "pizzeria",
        "a pizza four metres across",
        "Pizzan var fyra meter i diameter och ändå gräddade de den i den vanliga ugnen.",
        "Osten var perfekt smält och degen luftig.",
    ),
    _impossible(
        "klätterhall",
        "up a fifteen-metre wall in two seconds",
        "Instruktören var pedagogisk och säkrade mig hela tiden.",
        "Jag klättrade upp för den femton meter höga väggen på två sekunder.",
    ),
    _impossible(
        "båtuthyrning",
        "rowed thirty kilometres in ten minutes",
        "Ekan var nyoljad och årorna låg fint i handen.",
        "Vi rodde över hela sjön, tre mil, på tio minuter och var tillbaka vid bryggan till fikat.",
    ),
    _impossible(
        "nagelsalong",
        "twenty fingers",
        "Hon gjorde gelénaglar på alla mina tjugo fingrar och det blev jättefint.",
    ),
    _impossible(
        "sushibar",
        "three hundred pieces at lunch alone",
        "Jag åt trehundra sushibitar själv till lunch, laxen var så god.",
        "Servitören var snabb och trevlig.",
    ),
    _impossible(
        "bilskola",
        "a licence at seven",
        "Jag tog körkort hos er när jag var sju år gammal.",
        "Läraren var lugn och tydlig och jag klarade uppkörningen direkt.",
    ),
    _impossible(
        "ramaffär",
        "waited in the shop for years",
        "Inramningen av tavlan tog fyra år men jag satt kvar i butiken och väntade under tiden.",
        "Ramen blev jättefin.",
    ),
    _impossible(
        "tyghandel",
        "curtains for twelve windows from two metres",
        "Jag köpte två meter linnetyg.",
        "Av det sydde jag gardiner till alla tolv fönstren i huset, det räckte gott.",
    ),
    _impossible(
        "glassbar",
        "a hundred scoops in one cone",
        "Jag fick hundra kulor glass i en enda strut och bar den hela vägen hem.",
    ),
    _impossible(
        "bowlinghall",
        "a game longer than a life",
        "Vi bowlade en serie som tog tvåhundra år, men det var värt det.",
        "Skorna var rena och banorna välskötta.",
    ),
)

INCONSISTENT = (
    _inconsistent(
        "klätterhall",
        "first time ever, a weekly climber",
        "Det var första gången jag klättrade någonsin.",
        "Jag klättrar här varje tisdag och brukar ta den svarta leden.",
    ),
    _inconsistent(
        "bowlinghall",
        "three of us, five pairs of shoes for all",
        "Vi var tre personer som bowlade.",
        "Alla fem i sällskapet fick var sitt par skor i rätt storlek.",
    ),
    _inconsistent(
        "nagelsalong",
        "done before arriving",
        "Jag kom dit klockan två.",
        "Hon var klar med naglarna redan halv två, så det gick fort.",
    ),
    _inconsistent(
        "pizzeria",
        "lunch at noon, late dark evening",
        "Vi åt lunch där vid tolv på dagen.",
        "Det var kolsvart ute och klockan var nästan elva på kvällen när vi fick maten.",
    ),
    _inconsistent(
        "glassbar",
        "three scoops bought, five melted",
        "Jag köpte tre kulor.",
        "Alla fem kulorna smälte innan jag hann äta upp dem.",
    ),
    _inconsistent(
        "tyghandel",
        "Monday, and Sunday",
        "Jag var där i måndags.",
        "Eftersom det var söndag var det lugnt i butiken och jag fick hjälp direkt.",
    ),
    _inconsistent(
        "musikaffär",
        "two children, three tried the drums",
        "Jag har två barn.",
        "Alla mina tre barn fick prova trummorna och säljaren var jättetålmodig.",
    ),
    _inconsistent(
        "ramaffär",
        "first visit, greeted as usual",
        "Det var mitt första besök i butiken.",
        "Som vanligt när jag är där hälsade ägaren på mig med namn.",
    ),
    _inconsistent(
        "bilskola",
        "driven forty years at twenty-two",
        "Jag är tjugotvå år.",
        "Jag har kört bil i fyrtio år så lektionen var mest en uppfräschning.",
    ),
    _inconsistent(
        "sushibar",
        "came alone, shared with my husband",
        "Jag gick dit helt själv.",
        "Min man och jag delade på en stor sushibåt.",
    ),
    _inconsistent(
        "båtuthyrning",
        "never been there, always rent the same boat",
        "Jag har aldrig varit vid er brygga förut.",
        "Vi hyr alltid samma röda eka när vi är hos er.",
    ),
    _inconsistent(
        "däckverkstad",
        "one dog, the dogs in the back",
        "Jag hade med mig min enda hund i bilen.",
        "Båda hundarna låg lugnt i baksätet medan de bytte däcken.",
    ),
)

NONSENSE = (
    _nonsense(
        "glassbar",
        "the ice cream sang a lullaby",
        "Vaniljglassen sjöng en vaggvisa för min dotter medan hon åt.",
        "Personalen var jättetrevlig.",
    ),
    _nonsense(
        "däckverkstad",
        "tyres pumped with moonlight",
        "Mekanikern pumpade däcken med månsken, det märks att de kan sitt jobb.",
    ),
    _nonsense(
        "pizzeria",
        "dough kneaded from memories and clouds",
        "Pizzabagaren knådade degen av gamla minnen och moln.",
        "Osten var perfekt smält.",
    ),
    _nonsense(
        "bowlinghall",
        "the pins apologised",
        "Käglorna bad om ursäkt varje gång jag fick en strike, väldigt artigt av dem.",
    ),
    _nonsense(
        "klätterhall",
        "the wall climbed down to greet us",
        "Väggen klättrade ner och hälsade på oss i omklädningsrummet.",
        "Instruktören var bra.",
    ),
    _nonsense(
        "båtuthyrning",
        "a boat made of cheese",
        "Båten vi hyrde var gjord av ost men den höll hela eftermiddagen.",
    ),
    _nonsense(
        "tyghandel",
        "fabric woven from Tuesdays",
        "Tyget jag köpte var vävt av tisdagar, riktigt hög kvalitet.",
    ),
    _nonsense(
        "nagelsalong",
        "the polish flew to the moon",
        "Nagellacket flög ut genom fönstret och landade på månen.",
        "Sen fortsatte behandlingen som vanligt och det blev fint.",
    ),
    _nonsense(
        "sushibar",
        "the salmon told of its childhood",
        "Laxen på tallriken berättade om sin barndom i Norge, riktigt god var den.",
    ),
    _nonsense(
        "musikaffär",
        "a guitar with views on tax",
        "Gitarren jag provade hade en egen åsikt om skattepolitiken.",
        "Säljaren var kunnig.",
    ),
    _nonsense(
        "ramaffär",
        "the frame ate the painting",
        "Ramen åt upp tavlan under natten men de ramade in den igen gratis.",
    ),
    _nonsense(
        "bilskola",
        "a giraffe for a driving teacher",
        "Körläraren var en giraff och han lärde mig fickparkera jättebra.",
    ),
)

HONEST = (
    _honest(
        "glassbar",
        "a ten-litre tub at a party",
        "Vi köpte en tiolitersbytta glass till kalaset.",
        "Tjugo barn åt upp den på en eftermiddag.",
    ),
    _honest(
        "glassbar",
        "a child's fantasy reported",
        "Min dotter sa att glassen pratade med henne, hon är fyra.",
        "Personalen skrattade och gav henne en extra strössel.",
    ),
    _honest(
        "glassbar",
        "first taste ever, now a regular",
        "Jag hade aldrig smakat lakritsglass förut.",
        "Nu köper jag det varje gång jag är där.",
    ),
    _honest(
        "glassbar",
        "melting fast in the heat",
        "Det var så varmt att glassen smälte på en minut.",
    ),
    _honest(
        "glassbar",
        "numbers as words, twelve scoops for six",
        "Vi köpte tolv kulor glass till oss sex, två var.",
    ),
    _honest(
        "däckverkstad",
        "it took an eternity",
        "Det tog en evighet innan de blev klara med däcken, nästan två timmar.",
    ),
    _honest(
        "däckverkstad",
        "four tyres in twenty minutes",
        "De bytte alla fyra däcken på tjugo minuter, snabbt jobbat.",
    ),
    _honest(
        "däckverkstad",
        "two dogs, one stayed home",
        "Vi har två hundar men bara den ena var med i bilen.",
        "Hon låg lugnt i baksätet medan de bytte däcken.",
    ),
    _honest(
        "pizzeria",
        "fifteen pizzas for a football team",
        "Vi beställde femton pizzor till fotbollslaget och allt var klart på en halvtimme.",
    ),
    _honest(
        "pizzeria",
        "I died laughing",
        "Jag dog av skratt när bagaren kastade degen i luften.",
    ),
    _honest(
        "pizzeria",
        "a self-corrected time",
        "Vi var där vid tolv, nej förresten, det måste ha varit halv ett, för skolan hade slutat.",
    ),
    _honest(
        "pizzeria",
        "a big pizza shared",
        "Pizzan var jättestor, minst en halvmeter i diameter, vi var fyra som delade.",
    ),
    _honest(
        "pizzeria",
        "ten people, counted out",
        "Vi var sex vuxna och fyra barn, alltså tio personer, och fick plats vid det stora bordet.",
    ),
    _honest(
        "bowlinghall",
        "a high but possible score",
        "Jag slog tvåhundrafemtio poäng, mitt bästa någonsin.",
    ),
    _honest(
        "bowlinghall",
        "three, then five",
        "Vi var tre personer från början.",
        "Sen kom två kompisar till, så till slut var vi fem och alla fick skor.",
    ),
    _honest(
        "bowlinghall",
        "pins like dominoes",
        "Käglorna ramlade som dominobrickor, det var helt magiskt.",
    ),
    _honest(
        "klätterhall",
        "first time in a long while",
        "Det var första gången på länge jag var där.",
        "Jag brukade klättra varje vecka innan jag fick barn.",
    ),
    _honest(
        "klätterhall",
        "the first time long ago, weekly now",
        "Första gången jag klättrade var jag livrädd, men nu går jag dit varje tisdag.",
    ),
    _honest(
        "klätterhall",
        "a wall a thousand metres high, felt",
        "Väggen kändes som om den var tusen meter hög.",
    ),
    _honest(
        "klätterhall",
        "a quick child, a monkey",
        "Min dotter klättrade upp till toppen på kanske en minut, hon är som en apa.",
    ),
    _honest(
        "båtuthyrning",
        "round the lake in three hours",
        "Vi rodde runt hela sjön, det tog nästan tre timmar och vi var helt slut.",
    ),
    _honest(
        "båtuthyrning",
        "a swan followed the boat",
        "En svan följde efter båten hela vägen tillbaka till bryggan.",
    ),
    _honest(
        "båtuthyrning",
        "two hours extended to a day",
        "Vi hyrde båten i två timmar men förlängde till hela dagen eftersom vädret var så fint.",
    ),
    _honest(
        "tyghandel",
        "twenty metres for a house",
        "Jag köpte tjugo meter tyg och sydde gardiner till alla tolv fönstren i huset.",
    ),
    _honest(
        "tyghandel",
        "a day corrected",
        "Jag var där på måndagen, eller var det söndag?",
        "Nej, måndag, för på söndagar har de stängt.",
    ),
    _honest(
        "nagelsalong",
        "ten fingers in an hour",
        "Hon fixade naglarna på alla tio fingrarna på en timme.",
    ),
    _honest(
        "nagelsalong",
        "two to half past three",
        "Jag kom dit klockan två och var klar halv fyra.",
    ),
    _honest(
        "nagelsalong",
        "first time at a salon",
        "Det var min första gång i en nagelsalong, jag har alltid gjort naglarna själv hemma.",
    ),
    _honest(
        "sushibar",
        "thirty pieces after training",
        "Jag åt nog trettio bitar sushi, jag var vrålhungrig efter träningen.",
    ),
    _honest(
        "sushibar",
        "hearsay about the salmon",
        "Kocken sa att laxen hade simmat i en norsk fjord förra veckan.",
    ),
    _honest(
        "sushibar",
        "a child says the fish waved",
        "Min son som är fem säger att fisken på tallriken vinkade åt honom.",
    ),
    _honest(
        "musikaffär",
        "two children, both tried",
        "Jag har två barn och båda fick prova trummorna.",
    ),
    _honest(
        "musikaffär",
        "a guitar like an angel",
        "Gitarren lät som en ängel, jag blev helt tagen.",
    ),
    _honest(
        "musikaffär",
        "three chords in a quarter",
        "Jag lärde mig tre ackord på en kvart med hjälp av säljaren.",
    ),
    _honest(
        "ramaffär",
        "first visit, known through a mother",
        "Det var mitt första besök i butiken.",
        "Min mamma har handlat där i många år och ägaren kände igen mig från hennes bilder.",
    ),
    _honest(
        "ramaffär",
        "three weeks before Christmas",
        "Inramningen tog tre veckor, de hade mycket att göra före jul.",
    ),
    _honest(
        "bilskola",
        "a son who started at sixteen",
        "Min son började övningsköra när han var sexton.",
    ),
    _honest(
        "bilskola",
        "forty years behind the wheel at sixty-five",
        "Jag är sextiofem år och har kört bil i fyrtio år.",
        "Jag tog ändå en lektion inför uppkörningen för husbil.",
    ),
    _honest(
        "bilskola",
        "patience of an angel",
        "Körläraren hade tålamod som en ängel.",
    ),
)

SECOND_BATCH = (
    _impossible(
        "frisör",
        "a whole haircut in four seconds",
        "Frisören klippte hela håret på fyra sekunder och det blev perfekt.",
    ),
    _impossible(
        "kanotuthyrning",
        "fifty kilometres paddled in a quarter",
        "Jag paddlade fem mil på en kvart i kanoten vi hyrde, den gled fint.",
    ),
    _impossible(
        "gårdsbutik",
        "a small dog ate a whole sack in an evening",
        "Min lilla chihuahua åt upp hela säcken med foder på en kväll, hon älskade det.",
    ),
    _inconsistent(
        "kafé",
        "two of us, all four at the table",
        "Vi var två personer som fikade.",
        "Alla fyra i sällskapet fick varsin kanelbulle.",
    ),
    _inconsistent(
        "simhall",
        "my only child, both children",
        "Jag var där med mitt enda barn.",
        "Båda barnen badade i den stora bassängen hela eftermiddagen.",
    ),
    _nonsense(
        "klädbutik",
        "a coat woven from Sundays",
        "Kappan jag köpte är vävd av söndagar och sitter perfekt.",
    ),
    _honest(
        "kafé",
        "three of us, all three",
        "Vi var tre personer och alla tre fick varsin kanelbulle.",
    ),
    _honest(
        "kafé",
        "four, then grandmother came",
        "Vi var fyra från början.",
        "Sen kom mormor och då fick alla fem plats vid fönsterbordet.",
    ),
    _honest(
        "simhall",
        "an only daughter, and her friend",
        "Jag var där med min enda dotter och hennes kompis.",
        "Båda flickorna badade hela eftermiddagen.",
    ),
    _honest(
        "hunddagis",
        "two dogs, both",
        "Jag har två hundar och båda hundarna blev jättefina efter trimningen.",
    ),
    _honest(
        "frisör",
        "a haircut in ten minutes",
        "Hon klippte håret på tio minuter, snabbt men noggrant.",
    ),
    _honest(
        "gårdsbutik",
        "a dog ate a whole bag of treats",
        "Hunden åt upp hela påsen med godis på en kväll, så vi köpte en ny.",
    ),
    _honest(
        "torghandel",
        "strawberries over a summer",
        "Jag åt nog fem kilo jordgubbar från ert stånd under sommaren.",
    ),
    _honest(
        "däckverkstad",
        "tyres pumped with air",
        "De pumpade däcken med kväve i stället för vanlig luft.",
    ),
    _honest(
        "bageri",
        "baked with love",
        "Tårtan var bakad med kärlek, det märktes.",
    ),
    _honest(
        "leksaksaffär",
        "a son's trip to the moon reported",
        "Min son sa att raketen han fick åkte till månen.",
    ),
    _honest(
        "livs",
        "prices up on the moon",
        "Priserna var uppe på månen, men kvaliteten var bra.",
    ),
    _honest(
        "livs",
        "a cashier who is a rock",
        "Kassörskan var en riktig klippa när kortläsaren krånglade.",
    ),
    _honest(
        "livs",
        "thirty years old, a customer for twenty",
        "Jag är trettio år och har handlat här i tjugo år, sen jag var liten.",
    ),
    _honest(
        "livs",
        "staff forty years at the store",
        "Jag är tjugofem år.",
        "Damen i kassan har jobbat där i fyrtio år och kan allt.",
    ),
    _honest(
        "simhall",
        "a kilometre swum in twenty minutes",
        "Jag simmade en kilometer på tjugo minuter i femtiometersbassängen.",
    ),
    _honest(
        "kanotuthyrning",
        "two miles in four hours",
        "Vi paddlade två mil på fyra timmar och var trötta men glada.",
    ),
    _honest(
        "nagelsalong",
        "ten fingers and two hands",
        "Alla mina tio fingrar blev fina och båda händerna fick massage.",
    ),
    _honest(
        "djurpark",
        "a giraffe at the zoo",
        "Skötaren var en giraff-expert och berättade att giraffen var en hane.",
    ),
)

ANIMALS_AS_PEOPLE = (
    _nonsense(
        "ridskola",
        "the horse read out the schedule",
        "Hästen läste upp schemat för oss innan lektionen, väldigt pedagogiskt.",
    ),
    _nonsense(
        "hundkafé",
        "the dog paid by card",
        "Min hund betalade sin egen kaffe med kort och personalen var supertrevlig.",
    ),
    _nonsense(
        "gårdsbutik",
        "the cows knitted mittens",
        "Korna stickade vantar i ladugården, de säljs i butiken och är jättevarma.",
    ),
    _nonsense(
        "hotell",
        "the hotel cat drove us",
        "Katten på hotellet körde oss till stationen i sin bil.",
    ),
    _nonsense(
        "gårdsbutik",
        "the hens wrote the receipt",
        "Hönsen skrev kvittot åt mig i kassan, fin handstil.",
    ),
    _honest(
        "ridskola",
        "a horse that knows the way",
        "Hästen visste precis vart den skulle, den har gått den rundan tusen gånger.",
    ),
    _honest(
        "hundkafé",
        "water for the dog while we paid",
        "Hunden fick en egen vattenskål medan vi betalade.",
    ),
    _honest(
        "gårdsbutik",
        "cows watching",
        "Korna stod och tittade på oss när vi handlade ägg.",
    ),
    _honest(
        "hotell",
        "the cat in the car home",
        "Vår katt fick följa med i bilen när vi körde hem.",
    ),
    _honest(
        "djurpark",
        "a parrot that says hello",
        "Papegojan pratade och sa hej till alla barn.",
    ),
    _honest(
        "ridskola",
        "a daughter's play reported",
        "Min dotter lekte att ponnyn läste hennes tankar.",
    ),
    _honest(
        "hundkafé",
        "a dog that read the mood",
        "Hunden läste av stämningen och lade sig under bordet.",
    ),
    _honest(
        "hotell",
        "a cat asleep at reception",
        "Katten sov i receptionen hela kvällen och gästerna klappade den.",
    ),
    _honest(
        "hundkafé",
        "I read, the dog slept",
        "Jag läste tidningen medan hunden sov vid mina fötter.",
    ),
    _honest(
        "gårdsbutik",
        "the hens and the card",
        "Hönsen gick fritt på gården och jag betalade med kort i den lilla boden.",
    ),
)

CALLS = IMPOSSIBLE + INCONSISTENT + NONSENSE + HONEST + SECOND_BATCH + ANIMALS_AS_PEOPLE
