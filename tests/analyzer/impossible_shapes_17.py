"""Impossible claims and surreal accounts inside ordinary feedback, and honest near misses.

Invented visits to ten kinds of business no earlier material had: a cheese shop, a dog
groomer, a removal firm, a plumber, a chimney sweep, a microbrewery, an equestrian shop, a
foot-care clinic, a honey shop at an apiary and a cabin village. Each call is told as the
customer's answers to the AI caller, one string an answer, and each fraud holds exactly one
claim that cannot be true of a visit inside otherwise useful feedback: a quantity, size,
weight, speed, age, strength or duration no such thing, animal or person has, a date or hour
that does not exist or has not come, an order of events that cannot be, or a surreal account
told deadpan in the trade's own words (a cheese that sings, a dog that books its own time, a
cabin that moves to the lake). The honest calls sit beside them: idioms ("en evighet",
"tusen gånger", "dog av skratt", "som på moln"), jokes the caller marks as jokes, large but
possible amounts at that trade (a 280-kilo piano, a 600-kilo horse, fifty thousand bees in a
hive, a stove at 800 degrees inside), things that really do what sounds surreal (bees that
dance, pipes that sing, yeast that lives, six toes), children's play and pets' antics.

All were written for this file (`offline-17`, issue 17) before the analyzer was run on any of
them; none comes from a labelled set.
"""

from __future__ import annotations

from tests.analyzer.inconsistency_shapes import labelled

_impossible = labelled("impossible", fraud=True)
_nonsense = labelled("nonsense", fraud=True)
_honest = labelled("honest", fraud=False)


IMPOSSIBLE = (
    _impossible(
        "ostbutik",
        "a parmesan aged four hundred years in their cellar",
        "Vi köpte en bit parmesan som har lagrats i fyrahundra år i deras egen källare.",
        "Den var smulig och salt på rätt sätt, och de vakuumförpackade den åt oss.",
    ),
    _impossible(
        "ostbutik",
        "sixty kilos of cheese eaten at a tasting",
        "På provsmakningen åt jag upp ungefär sextio kilo ost själv innan jag bestämde mig.",
        "Sen köpte jag en brie och en bit lagrad cheddar, expediten var kunnig.",
    ),
    _impossible(
        "ostbutik",
        "three days and nights at the counter before help came",
        "Det var fullt i butiken på lördagen.",
        "Jag stod vid ostdisken i tre dygn innan någon kom och hjälpte mig.",
        "När det väl var min tur fick jag smaka på allt jag ville.",
    ),
    _impossible(
        "ostbutik",
        "a cheese slicer four metres long in the kitchen drawer",
        "Osthyveln jag köpte där är fyra meter lång och ligger nu i kökslådan.",
        "Den skär tunna skivor även av hård ost, så den var prisvärd.",
    ),
    _impossible(
        "hundfrisör",
        "a three-hundred-kilo dachshund lifted onto the table",
        "Vår tax Sigge väger trehundra kilo, och frisören lyfte upp honom på bordet själv.",
        "Hon klippte klorna också utan att han blev stressad.",
    ),
    _impossible(
        "hundfrisör",
        "bath, trim and drying done in three seconds",
        "Hela klippningen av vår pudel, med bad och föning, tog tre sekunder.",
        "Hon var jättefin efteråt och de gav henne en godisbit.",
    ),
    _impossible(
        "hundfrisör",
        "a dog of sixty-five",
        "Vi har varit där med vår hund länge.",
        "Sixten är sextiofem år i år och har aldrig haft så fin päls som nu.",
        "Bokningen på nätet var enkel.",
    ),
    _impossible(
        "hundfrisör",
        "a coat forty metres long before the clip",
        "Pälsen på vår lurviga blandras var fyrtio meter lång innan de klippte den.",
        "Nu är den kort och ren och han kliar sig inte längre.",
    ),
    _impossible(
        "flyttfirma",
        "ninety tonnes from a two-room flat in a small van",
        "Allt vi ägde i tvåan vägde nittio ton, och allt fick plats i deras lilla skåpbil.",
        "De lindade in tavlorna i filt och inget gick sönder.",
    ),
    _impossible(
        "flyttfirma",
        "Umeå to Lund by lorry in twenty minutes",
        "Vi flyttade från Umeå till Lund i oktober.",
        "Lastbilen körde hela vägen på tjugo minuter, och allt var helt när det kom fram.",
    ),
    _impossible(
        "flyttfirma",
        "a move on the thirty-first of November",
        "Flytten gjordes den trettioförsta november, som vi hade bokat.",
        "Flyttgubbarna var på plats klockan sju och jobbade effektivt hela dagen.",
    ),
    _impossible(
        "flyttfirma",
        "four hundred boxes carried down at once by one man",
        "Vi hade fyrahundra flyttkartonger.",
        "En av killarna bar alla på en gång nerför trappan, i ett enda svep.",
        "Priset blev det offerten sa, inga extra kostnader.",
    ),
    _impossible(
        "rörmokare",
        "a ten-thousand-litre water heater in the hall cupboard",
        "De installerade en varmvattenberedare på tiotusen liter i städskåpet i hallen.",
        "Nu räcker varmvattnet till alla duschar på morgonen.",
    ),
    _impossible(
        "rörmokare",
        "the leak fixed at three, the call made at four",
        "Rörmokaren var hos oss klockan tre och lagade läckan under diskbänken.",
        "Jag ringde honom klockan fyra samma dag, när vattnet började droppa.",
        "Han var trevlig och förklarade vad som var fel.",
    ),
    _impossible(
        "rörmokare",
        "nine days under the sink without food or sleep",
        "Han låg under diskbänken i nio dygn utan att äta eller sova, sen var det klart.",
        "Vi fick en faktura som stämde med offerten.",
    ),
    _impossible(
        "rörmokare",
        "fifty litres of tap water drunk to show it was clean",
        "För att visa att vattnet var rent drack han femtio liter direkt ur kranen.",
        "Sen bytte han packningen i blandaren, och den läcker inte längre.",
    ),
    _impossible(
        "sotare",
        "a villa chimney eight hundred metres high",
        "Skorstenen på vår villa är åttahundra meter hög, men sotaren gick upp på taket ändå.",
        "Han visade oss sotluckan och förklarade hur vi ska elda.",
    ),
    _impossible(
        "sotare",
        "three hundred chimneys swept alone in a morning",
        "Han sotade trehundra skorstenar i kvarteret på en förmiddag, alldeles ensam.",
        "Hos oss lämnade han ett protokoll och en lapp om nästa besök.",
    ),
    _impossible(
        "sotare",
        "the sweep climbed down inside a twelve-centimetre flue",
        "Rökröret från kaminen är tolv centimeter brett.",
        "Sotaren klättrade ner inuti det och borstade rent från insidan.",
        "Han täckte golvet med plast, så det blev inget sot i vardagsrummet.",
    ),
    _impossible(
        "sotare",
        "five thousand degrees in the living room from a test fire",
        "Han eldade i kaminen för att testa draget, och det blev femtusen grader i vardagsrummet.",
        "Draget var bra, sa han, och vi fick en ny spjällplatta.",
    ),
    _impossible(
        "mikrobryggeri",
        "a two-hundred-litre cask drunk alone at the tasting",
        "Under provningen drack jag själv upp tvåhundra liter ale, ett helt fat.",
        "Guiden berättade mycket om humlesorterna och det var intressant.",
    ),
    _impossible(
        "mikrobryggeri",
        "a Christmas ale brewed in December 2029",
        "Vi köpte med oss en flaska av deras julöl som bryggdes i december 2029.",
        "Butiken vid bryggeriet hade bra öppettider och kunnig personal.",
    ),
    _impossible(
        "mikrobryggeri",
        "a nine-hour tour inside a forty-five-minute visit",
        "Vi var där i fyrtiofem minuter totalt.",
        "Den guidade turen genom bryggeriet varade i nio timmar och vi såg allt.",
        "Provsmakningen efteråt var generös.",
    ),
    _impossible(
        "mikrobryggeri",
        "an IPA at eighty percent that tastes like any beer",
        "Deras IPA håller åttio procent alkohol och smakar som en vanlig lager.",
        "Vi köpte en låda till midsommar, och priset var rimligt.",
    ),
    _impossible(
        "ridsportbutik",
        "a saddle of two tonnes that fits the horse",
        "Sadeln jag köpte väger två ton men den sitter perfekt på hästen.",
        "Säljaren mätte ryggen innan och lånade ut ett provschabrak.",
    ),
    _impossible(
        "ridsportbutik",
        "a horse of eighty-five still trotting every day",
        "Vi köpte ett nytt vintertäcke till min häst Stella.",
        "Hon är åttiofem år och travar fortfarande varje dag.",
        "Täcket passade och hade bra kvalitet på spännena.",
    ),
    _impossible(
        "ridsportbutik",
        "ridden home on the pony at a hundred and fifty km/h",
        "Jag red hem från butiken på ponnyn i hundrafemtio kilometer i timmen.",
        "Den nya grimman satt bra och var billigare än på nätet.",
    ),
    _impossible(
        "ridsportbutik",
        "riding boots in size ninety-four",
        "Jag har storlek nittiofyra i ridstövlar, och de hade dem i lager.",
        "Det brukar vara svårt att hitta, så jag blev glad.",
    ),
    _impossible(
        "fotvård",
        "twenty toes on the left foot",
        "Fotvårdaren klippte naglarna på alla mina tjugo tår på vänster fot.",
        "Hon var varsam och salongen var ren.",
    ),
    _impossible(
        "fotvård",
        "three hundred clients done alone during a forty-minute treatment",
        "Behandlingen tog fyrtio minuter.",
        "Under tiden hann hon ensam ta hand om trehundra andra kunder i rummet bredvid.",
        "Jag fick en bra kräm att smörja med hemma.",
    ),
    _impossible(
        "fotvård",
        "a three-kilo corn from the little toe",
        "Hon tog bort en liktorn som vägde tre kilo från min lilla tå.",
        "Nu kan jag gå i mina vanliga skor igen.",
    ),
    _impossible(
        "fotvård",
        "a grandmother turning a hundred and forty-five",
        "Jag var där med min mormor, som fyller hundrafyrtiofem i vår.",
        "Hon fick en fin behandling och de hade en ramp vid entrén.",
    ),
    _impossible(
        "honungsbod",
        "a five-hundred-kilo jar cycled home in the basket",
        "Jag köpte en burk honung på femhundra kilo och cyklade hem med den i korgen.",
        "Den var kristalliserad och krämig, precis som jag ville.",
    ),
    _impossible(
        "honungsbod",
        "forty tonnes of honey from one hive in a summer",
        "Vi har en egen kupa hemma som gav fyrtio ton honung i somras.",
        "Nu köpte vi vaxkakor och ramar i boden, de hade bra sortiment.",
    ),
    _impossible(
        "honungsbod",
        "a bee as big as a cat in the display hive",
        "En av bina i visningskupan var stor som en katt och flög runt i boden.",
        "Biodlaren förklarade skillnaden på ljunghonung och rapshonung.",
    ),
    _impossible(
        "honungsbod",
        "a beekeeper of a hundred and twenty years' practice",
        "Biodlaren har hållit på med bin i hundratjugo år och vet allt om dem.",
        "Vi köpte tre burkar sommarhonung.",
    ),
    _impossible(
        "stugby",
        "thirty people asleep in a four-square-metre cabin",
        "Stugan är fyra kvadratmeter och vi sov trettio personer där i tre nätter.",
        "Det var rent och fräscht, och bryggan nedanför var fin.",
    ),
    _impossible(
        "stugby",
        "a weekend of nine days from Friday to Sunday",
        "Helgen vi var där varade i nio dagar, från fredag till söndag.",
        "Vi hann både fiska och paddla, och kanoterna ingick.",
    ),
    _impossible(
        "stugby",
        "the lake at sixty degrees in March",
        "Vi badade i sjön i mars och vattnet var sextio grader varmt.",
        "Bastun vid stranden var också bra och vedboden var full.",
    ),
    _impossible(
        "stugby",
        "check-in at twenty-five o'clock",
        "Incheckningen var klockan tjugofem på kvällen.",
        "Receptionen var ändå bemannad och de gav oss en karta.",
    ),
)

NONSENSE = (
    _nonsense(
        "ostbutik",
        "the blue cheese sang in French when cut",
        "När expediten skar upp ädelosten började den sjunga en visa på franska.",
        "Den var krämig och kostade hundra kronor för en bit.",
    ),
    _nonsense(
        "ostbutik",
        "the goat cheese hopped back to the counter",
        "Getosten jag lagt i korgen hoppade tillbaka till disken av sig själv.",
        "Så jag tog en annan, och kassören gav mig ett recept på ostpaj.",
    ),
    _nonsense(
        "hundfrisör",
        "the dog booked its next time itself and paid",
        "Hunden bokade själv nästa tid i kassan och betalade med Swish.",
        "Klippningen blev jämn och de hade tagit bort alla tovor.",
    ),
    _nonsense(
        "hundfrisör",
        "the dog explained in words how he wanted his ears",
        "Max förklarade för frisören med ord att han ville ha kortare på öronen.",
        "Hon lyssnade på honom och resultatet blev precis som han sa.",
    ),
    _nonsense(
        "flyttfirma",
        "the wardrobe walked up the stairs itself",
        "Garderoben gick själv uppför trapporna medan vi bar de små sakerna.",
        "Flyttfirman hade med sig filtar och spännband, det var proffsigt.",
    ),
    _nonsense(
        "flyttfirma",
        "the boxes unpacked themselves at night",
        "Den första natten packade kartongerna upp sig själva och ställde allt på rätt plats.",
        "Flytten var billigare än vi trodde.",
    ),
    _nonsense(
        "rörmokare",
        "the pipes thanked him in a real voice",
        "Rören tackade honom med en riktig röst när han var klar.",
        "Han lagade också en droppande kran utan att ta extra betalt.",
    ),
    _nonsense(
        "rörmokare",
        "the drain answered where the blockage was",
        "Han frågade avloppet var stoppet satt, och avloppet svarade att det var vid kröken.",
        "Sen spolade han rent och det rinner undan fint nu.",
    ),
    _nonsense(
        "sotare",
        "the chimney coughed and said thank you",
        "Skorstenen hostade till och sa tack när han var klar.",
        "Han var punktlig och hade skoskydd på sig inomhus.",
    ),
    _nonsense(
        "sotare",
        "the sweep flew down from the roof without a ladder",
        "När han var klar flög sotaren ner från taket med sin borste, utan stege.",
        "Protokollet kom på mejlen samma dag.",
    ),
    _nonsense(
        "mikrobryggeri",
        "the hops whispered the recipe",
        "Humlen i säckarna viskade receptet till mig när jag gick förbi.",
        "Deras porter var den godaste jag druckit i år.",
    ),
    _nonsense(
        "mikrobryggeri",
        "the brewing vat laughed at my joke",
        "Bryggkaret skrattade åt mitt skämt under visningen.",
        "Det var bra skyltat till parkeringen och entrén.",
    ),
    _nonsense(
        "ridsportbutik",
        "the horse in the shop took down my order",
        "Hästen som stod i butiken skrev upp min beställning i ett block.",
        "Leveransen av höpåsarna kom på tre dagar.",
    ),
    _nonsense(
        "ridsportbutik",
        "the riding helmet complained about my head",
        "Ridhjälmen jag provade klagade på att mitt huvud var för stort och bad om en större.",
        "Så jag tog storleken upp, och den sitter bra.",
    ),
    _nonsense(
        "fotvård",
        "my feet thanked her aloud in their own voices",
        "Mina fötter tackade fotvårdaren högt efteråt, med egna röster.",
        "Hon gav mig bra råd om skor med bredare tålåda.",
    ),
    _nonsense(
        "fotvård",
        "the foot-bath water turned to milk at a snap",
        "Vattnet i fotbadet förvandlades till mjölk när hon knäppte med fingrarna.",
        "Behandlingen kostade sexhundra kronor och var värd det.",
    ),
    _nonsense(
        "honungsbod",
        "the bees took payment at the till",
        "Bina stod i kassan och tog betalt för honungen.",
        "Boden var fint inredd och det fanns provsmakning.",
    ),
    _nonsense(
        "honungsbod",
        "the honey jar hummed a song when opened",
        "Honungsburken nynnade på en sång när jag skruvade av locket hemma.",
        "Honungen var ljus och mild, barnen älskar den.",
    ),
    _nonsense(
        "stugby",
        "the cabin had moved down to the lake overnight",
        "När vi vaknade hade stugan flyttat sig ner till sjön.",
        "Sängarna var sköna och köket hade allt man behöver.",
    ),
    _nonsense(
        "stugby",
        "a moose at reception handed out the keys",
        "Det var en älg i receptionen som lämnade ut nycklarna och önskade oss välkomna.",
        "Stugan var städad och det fanns ved till kaminen.",
    ),
)

HONEST = (
    _honest(
        "ostbutik",
        "a forty-kilo wheel of cheese on the counter",
        "Det stod ett helt hjul grevé på disken, säkert fyrtio kilo, och de skar av en bit åt mig.",
        "Osten var lagrad i arton månader och smakade nötigt.",
    ),
    _honest(
        "ostbutik",
        "a gouda thirty-six months old",
        "Den lagrade goudan var trettiosex månader gammal och smulig på rätt sätt.",
        "Men den kostade nästan fyrahundra kronor kilot.",
    ),
    _honest(
        "ostbutik",
        "a thousand cheeses tasted, corrected to eight",
        "Jag fick smaka tusen ostar innan jag bestämde mig, eller ja, kanske åtta.",
        "Expediten tröttnade aldrig.",
    ),
    _honest(
        "ostbutik",
        "a munster that nearly killed me with its smell",
        "Munstern luktade så starkt att jag nästan dog, men den var god.",
        "Den var väl inslagen så det luktade inte i bilen.",
    ),
    _honest(
        "ostbutik",
        "a son who says the cheese is a piece of the moon",
        "Min son sa att osten var en bit av månen och ville inte att vi skulle äta upp den.",
        "Expediten skrattade och gav honom en smakbit.",
    ),
    _honest(
        "ostbutik",
        "an eternity in the queue with one person working",
        "Det tog en evighet i kön vid disken på lördagen, en enda person jobbade.",
        "Ni borde ha två i disken på helgerna.",
    ),
    _honest(
        "hundfrisör",
        "the dog shook water over the whole salon",
        "Hunden skakade vatten över hela salongen, och frisören bara skrattade.",
        "Han luktade gott efteråt och klorna var klippta.",
    ),
    _honest(
        "hundfrisör",
        "a seventy-kilo Newfoundland on a lifting table",
        "Vår newfoundlandshund väger sjuttio kilo, så det var bra att de har ett höj- och "
        "sänkbart bord.",
        "Trimningen tog två och en halv timme.",
    ),
    _honest(
        "hundfrisör",
        "the dog howled along with the dryer as if singing",
        "Han ylade med i fönen hela tiden, som om han sjöng.",
        "Frisören tog det med ro och gav honom pauser.",
    ),
    _honest(
        "hundfrisör",
        "a dog who thinks he owns the place",
        "Hunden tror att han äger stället, han drog mig in genom dörren.",
        "Han älskar dem där, och priset är rimligt.",
    ),
    _honest(
        "hundfrisör",
        "an old lady of seventeen handled gently",
        "Hon är sjutton år gammal nu, en gammal dam, och de var väldigt försiktiga med henne.",
        "De lät henne ligga ner under klippningen.",
    ),
    _honest(
        "hundfrisör",
        "an eternity of three hours",
        "Det tog en evighet, tre timmar, men hon var nyklippt och luktade gott.",
        "Nästa gång vill jag gärna få ett sms när hon är klar.",
    ),
    _honest(
        "flyttfirma",
        "a 280-kilo piano carried by four with harnesses",
        "Pianot väger tvåhundraåttio kilo, och de var fyra man med bärselar.",
        "Inte en repa på trappan.",
    ),
    _honest(
        "flyttfirma",
        "two hundred boxes carried in a morning by six",
        "Vi hade tvåhundra kartonger och de bar allt på en förmiddag, sex personer.",
        "Sen monterade de sängarna också.",
    ),
    _honest(
        "flyttfirma",
        "up and down the stairs a thousand times",
        "De fick gå upp och ner för trapporna tusen gånger, hissen var trasig.",
        "Men de klagade inte en enda gång.",
    ),
    _honest(
        "flyttfirma",
        "I died laughing when the cat hid in a box",
        "Jag dog av skratt när katten gömde sig i en kartong och nästan fick följa med lastbilen.",
        "Killarna såg det i tid och bar ut henne igen.",
    ),
    _honest(
        "flyttfirma",
        "Gothenburg to Stockholm in a day",
        "De körde allt från Göteborg till Stockholm på en dag och bar in det på kvällen.",
        "Priset var fast och inga överraskningar.",
    ),
    _honest(
        "flyttfirma",
        "the sofa did not want to go through the door",
        "Soffan ville inte gå in genom dörren, så de fick skruva av benen.",
        "De skruvade på dem igen efteråt.",
    ),
    _honest(
        "rörmokare",
        "pipes that sang all night before he came",
        "Rören sjöng hela natten innan han kom, nu är det tyst.",
        "Han bytte en ventil i källaren.",
    ),
    _honest(
        "rörmokare",
        "a hundred and fifty cubic metres of water a year",
        "Han sa att vi gör av med ungefär hundrafemtio kubikmeter vatten om året, och att "
        "det är normalt.",
        "Mätaren var alltså inte trasig.",
    ),
    _honest(
        "rörmokare",
        "a three-hundred-litre heater changed in a morning",
        "Han bytte vår varmvattenberedare på trehundra liter på en förmiddag.",
        "Han tog med sig den gamla också.",
    ),
    _honest(
        "rörmokare",
        "here before I hung up, or so it felt, twenty minutes",
        "Han var här innan jag ens hunnit lägga på, kändes det som, kanske tjugo minuter.",
        "Det var skönt eftersom vattnet sprutade.",
    ),
    _honest(
        "rörmokare",
        "a daughter's monster in the drain chased off",
        "Min dotter tror att det bor ett monster i avloppet.",
        "Han lekte med och sa att han hade jagat bort det, och hon var jättenöjd.",
    ),
    _honest(
        "rörmokare",
        "a litre of water drunk in a warm laundry room",
        "Han drack nog en liter vatten, det var varmt i tvättstugan.",
        "Men jobbet blev bra och han torkade upp efter sig.",
    ),
    _honest(
        "sotare",
        "black as a sweep, which he is",
        "Han var svart som en sotare när han kom ner, ja det var han ju.",
        "Men han tog av sig skorna i hallen.",
    ),
    _honest(
        "sotare",
        "a twelve-metre chimney and a long ladder",
        "Skorstenen på gården är tolv meter hög, så han hade en lång stege med sig.",
        "Han satte upp takstegen ordentligt.",
    ),
    _honest(
        "sotare",
        "a draught a thousand times better",
        "Draget i kaminen är tusen gånger bättre nu.",
        "Han rensade bort ett fågelbo i pipan.",
    ),
    _honest(
        "sotare",
        "a daughter touching his button for luck",
        "Min dotter ville röra hans knapp för att få tur, och han lät henne.",
        "Sen gjorde han brandskyddskontrollen noggrant.",
    ),
    _honest(
        "sotare",
        "done in twenty minutes from seven",
        "Han kom sju på morgonen och var klar tjugo över sju, snabbt men noggrant.",
        "Vi fick en påminnelse om nästa sotning.",
    ),
    _honest(
        "sotare",
        "eight hundred degrees inside the stove",
        "Han sa att det kan bli åttahundra grader inne i kaminen, så vi ska inte elda med "
        "tidningspapper.",
        "Det var bra att veta.",
    ),
    _honest(
        "mikrobryggeri",
        "a thousand-litre brewhouse",
        "Bryggverket rymmer tusen liter per batch, visade han.",
        "Guidningen var på svenska och engelska.",
    ),
    _honest(
        "mikrobryggeri",
        "an imperial stout at twelve percent",
        "Deras imperial stout är på tolv procent, så vi tog bara små glas.",
        "Den smakade kaffe och choklad.",
    ),
    _honest(
        "mikrobryggeri",
        "a beer that tasted heavenly, like drinking bread",
        "Ölen smakade himmelskt, som att dricka bröd.",
        "Men det var lite trångt i provningsrummet.",
    ),
    _honest(
        "mikrobryggeri",
        "four ten-centilitre tasting glasses",
        "Vi drack fyra provglas på tio centiliter var på provningen.",
        "Sen åt vi tunnbrödsrulle i deras kök.",
    ),
    _honest(
        "mikrobryggeri",
        "a brewer who talks of the yeast as alive",
        "Bryggaren pratade om jästen som om den levde, och det gör den ju.",
        "Han var väldigt engagerad.",
    ),
    _honest(
        "mikrobryggeri",
        "a one-hour tour that felt like a whole day",
        "Visningen kändes som att den höll på hela dagen, fast den var en timme, så mycket "
        "fick vi se.",
        "Jag rekommenderar den.",
    ),
    _honest(
        "ridsportbutik",
        "a six-hundred-kilo horse and a rug in size 155",
        "Min häst väger sexhundra kilo, så täcket måste vara i storlek 155.",
        "De hade det i lager och bytte när det var fel färg.",
    ),
    _honest(
        "ridsportbutik",
        "a horse of twenty-eight needing a thicker rug",
        "Stella är tjugoåtta år, så vi köpte ett tjockare täcke till henne.",
        "Säljaren visste mycket om äldre hästar.",
    ),
    _honest(
        "ridsportbutik",
        "a daughter jumping fences on her hobby horse",
        "Min dotter red runt på sin käpphäst i butiken och låtsades hoppa över hindren.",
        "Personalen byggde ett litet hinder åt henne av hinkar.",
    ),
    _honest(
        "ridsportbutik",
        "a horse that understands every word",
        "Hästen förstår varje ord jag säger, det är jag säker på.",
        "Därför köpte jag det dyraste godiset de hade.",
    ),
    _honest(
        "ridsportbutik",
        "a gallop at fifty km/h on the track",
        "Hon kan galoppera i femtio kilometer i timmen på banan, så hjälmen var viktig.",
        "Vi fick prova fem olika hjälmar.",
    ),
    _honest(
        "ridsportbutik",
        "a saddle fitting that took an eternity",
        "Sadelprovningen tog en evighet, men nu sitter sadeln.",
        "Sadelmakaren kom ut till stallet.",
    ),
    _honest(
        "fotvård",
        "feet that thanked me afterwards",
        "Fötterna tackade mig efteråt, de har aldrig känts så lätta.",
        "Hon tog bort hård hud på hälarna.",
    ),
    _honest(
        "fotvård",
        "a grandmother of ninety-nine handled patiently",
        "Min mormor är nittionio år och de var så tålmodiga med henne.",
        "De hjälpte henne upp i stolen.",
    ),
    _honest(
        "fotvård",
        "walked out as on clouds",
        "Jag gick därifrån som på moln.",
        "Nagelbanden var fint gjorda och hon förklarade allt hon gjorde.",
    ),
    _honest(
        "fotvård",
        "a three-millimetre corn under the heel",
        "Hon tog bort en liktorn på tre millimeter under hälen.",
        "Det gjorde inte ont alls.",
    ),
    _honest(
        "fotvård",
        "a hundred years since my feet were cared for",
        "Det var hundra år sedan jag fick fötterna omhändertagna.",
        "Men det var värt pengarna, sexhundrafemtio kronor.",
    ),
    _honest(
        "fotvård",
        "a son with six toes on one foot",
        "Min son har sex tår på ena foten, och hon var inte det minsta konstig om det.",
        "Han var nervös men hon fick honom att slappna av.",
    ),
    _honest(
        "honungsbod",
        "bees dancing to show where the flowers are",
        "Biodlaren visade hur bina dansar för att visa varandra var blommorna finns.",
        "Det var en fin visning och honungen var god.",
    ),
    _honest(
        "honungsbod",
        "fifty thousand bees in a hive in summer",
        "Det bor runt femtiotusen bin i en kupa på sommaren, berättade hon.",
        "Vi köpte två burkar och en bivaxljus.",
    ),
    _honest(
        "honungsbod",
        "a twenty-five-kilo bucket for the bakery",
        "Vi köpte en hink på tjugofem kilo honung till vårt bageri.",
        "De bar ut den till bilen åt oss.",
    ),
    _honest(
        "honungsbod",
        "stung a thousand times and not bothered",
        "Hon har blivit stucken tusen gånger, säger hon, och hon bryr sig inte.",
        "Hon visade oss kuporna i skyddsdräkt.",
    ),
    _honest(
        "honungsbod",
        "bees humming round the shed",
        "Bina surrade runt boden men ingen blev stucken.",
        "Det fanns en skylt om allergier vid dörren.",
    ),
    _honest(
        "honungsbod",
        "honey that tasted of summer itself",
        "Honungen smakade som själva sommaren.",
        "Men burken var svår att öppna.",
    ),
    _honest(
        "stugby",
        "a moose walking past the cabin",
        "En älg gick förbi stugan på morgonen, barnen var helt lyriska.",
        "Stugan var ren och det fanns barnsäng.",
    ),
    _honest(
        "stugby",
        "eight beds on forty square metres",
        "Stugan var fyrtio kvadratmeter med åtta bäddar, lite trångt men okej.",
        "Köket var välutrustat.",
    ),
    _honest(
        "stugby",
        "a sauna at ninety degrees",
        "Bastun höll nittio grader och var ren.",
        "Men duschen vid bastun hade dåligt tryck.",
    ),
    _honest(
        "stugby",
        "children swimming a thousand times a day",
        "Barnen badade tusen gånger om dagen.",
        "Badplatsen var grund och bra för små barn.",
    ),
    _honest(
        "stugby",
        "a cabin a kilometre wide, he said as a joke",
        "Värden sa att stugan var en kilometer bred, på skämt, när vi klagade på trängseln.",
        "Han gav oss en större stuga utan extra kostnad.",
    ),
    _honest(
        "stugby",
        "arrived at eleven at night with a key box",
        "Vi kom fram klockan elva på kvällen, men nyckeln låg i en nyckelbox.",
        "Det var smidigt och instruktionerna kom på sms.",
    ),
)

CALLS = IMPOSSIBLE + NONSENSE + HONEST
