"""Calls inconsistent with themselves, and honest near misses, at ten kinds of business no
earlier material visited.

A padel hall, a furniture store, a cobbler, a vehicle inspection station, a golf course, a ski
resort, a massage clinic, a mobile phone shop, a campsite and a street kitchen. Each call is
the customer's answers, one string an answer, in spoken Swedish, with one contradiction inside
otherwise useful feedback. Most contradictions are of kinds the earlier inconsistency material
did not hold: the wallet or the phone left at home or dead and then used to pay; something
free and then paid for; food taken away and eaten at a table there; a total smaller than the
items at their told price; more things returned or handed back than were bought or left in;
no staff met and a member of staff helping; no wait and a long wait; the weather of one short
visit both ways; no booking and a booked time; a facility the place lacks and then used. The
rest tell covered kinds in new words (card and change, bus and a parked car, a first visit and
"som vanligt", a clock time left before arrival, a weekday, a companion, an evening meal at a
noon purchase, a baby's act, an empty hall and a crowd, nothing bought and goods).

The near misses sit beside each kind: paying partly by card and partly in cash, a friend who
drove home, a correction ("nej förresten"), another person's act or another day's, a habit
against this time, a change over the visit, an expectation that proved wrong, a discount
that explains a total.

Written for this file before the analyzer was run on it; nothing comes from a labelled set.
The verdict is the one a careful store manager would give.

Figures (impossible claim or nonsense at 0.7 or more, no store context, a Wednesday noon
purchase), before → after this round's readings: 3 → 45 of 50 contradictions caught, 1 → 0 of
60 honest calls flagged.
"""

from __future__ import annotations

from tests.analyzer.inconsistency_shapes import Call


def _fraud(store: str, shape: str, *answers: str) -> Call:
    return Call(store, answers, True, shape)


def _honest(store: str, shape: str, *answers: str) -> Call:
    return Call(store, answers, False, shape)


MEANS = (
    _fraud(
        "mobilbutik",
        "wallet at home, paid from the wallet",
        "Jag märkte redan i kön att jag hade glömt plånboken hemma på köksbordet.",
        "Skyddsglaset kostade tvåhundrafyrtio kronor, jag tog upp plånboken och räknade "
        "fram jämna pengar i mynt.",
        "Killen satte på glaset åt mig och det blev inga bubblor alls.",
    ),
    _fraud(
        "gatukök",
        "phone dead, swished",
        "Mobilen hade dött redan på förmiddagen, batteriet var helt slut.",
        "Jag swishade nittiofem kronor för en halv special med mos och räksallad.",
        "Korven var perfekt grillad men moset var lite klumpigt.",
    ),
    _fraud(
        "golfbana",
        "phone charging at home, scanned with it",
        "Mobilen låg på laddning hemma hela dagen, jag hade den inte med mig.",
        "Vid första tee scannade jag QR-koden med mobilen för att registrera rundan.",
        "Greenerna var snabba och fint klippta, men bunkrarna var hårda.",
    ),
    _fraud(
        "skidanläggning",
        "bank card lost, drew it in the lift office",
        "Jag hade tappat bankkortet veckan innan och inte fått något nytt än.",
        "I liftkassan drog jag mitt bankkort och fick ut ett dagskort på en minut.",
        "Backarna var välpistade på morgonen men isiga efter lunch.",
    ),
    _fraud(
        "campingplats",
        "no cash on me, paid with a twenty",
        "Jag hade inga kontanter alls på mig under helgen.",
        "I kiosken betalade jag två glassar med en tjugolapp och fick en femma tillbaka.",
        "Servicehuset var rent och det fanns gott om varmvatten.",
    ),
)

MEANS_HONEST = (
    _honest(
        "mobilbutik",
        "wallet at home, paid by phone",
        "Plånboken låg hemma, men jag betalade med mobilen så det gick fint ändå.",
        "Skyddsglaset kostade tvåhundrafyrtio kronor och killen satte på det åt mig.",
    ),
    _honest(
        "gatukök",
        "phone dead, so card instead of Swish",
        "Mobilen hade dött så jag kunde inte swisha, men jag hade kortet i jackfickan.",
        "Korven var perfekt grillad men moset var lite klumpigt.",
    ),
    _honest(
        "golfbana",
        "phone left in the car, friend scanned",
        "Jag hade lämnat mobilen i bilen, så min kompis scannade QR-koden åt oss båda.",
        "Greenerna var snabba och fint klippta.",
    ),
    _honest(
        "skidanläggning",
        "card lost, wife paid",
        "Jag hade tappat bankkortet veckan innan, så min fru betalade liftkortet med sitt.",
        "Backarna var välpistade på morgonen men isiga efter lunch.",
    ),
    _honest(
        "campingplats",
        "no cash at first, took some out",
        "Jag hade inga kontanter när vi kom, men det fanns en bankomat vid receptionen.",
        "Så jag tog ut tvåhundra och betalade glassarna i kiosken med en tjugolapp.",
    ),
    _honest(
        "massageklinik",
        "thought the wallet was forgotten, found it",
        "Jag trodde att jag hade glömt plånboken, men den låg i innerfickan på jackan.",
        "Så jag betalade med kort som vanligt, sexhundrafemtio för en timme.",
        "Massören hittade direkt den ömma punkten i axeln.",
    ),
)

FREE = (
    _fraud(
        "padelhall",
        "free hour, paid for the same hour",
        "Första timmen var helt gratis eftersom det var prova-på-dag, vi betalade ingenting.",
        "Banan kostade oss fyrahundrafyrtio kronor för den timmen och vi delade på det.",
        "Glaset runt banan var smutsigt så det var svårt att se bollen.",
    ),
    _fraud(
        "skomakare",
        "heel mended free, paid for the heel",
        "Lagningen av klacken kostade ingenting, han gjorde den helt gratis.",
        "När jag hämtade skorna betalade jag hundrafemtio kronor för klacken.",
        "Han var klar på två dagar som han lovade.",
    ),
    _fraud(
        "bilprovning",
        "follow-up free, paid for the follow-up",
        "Efterkontrollen var kostnadsfri, det sa de redan när jag bokade.",
        "I kassan fick jag betala fyrahundra kronor för efterkontrollen.",
        "Teknikern var noggrann och visade vad som var åtgärdat.",
    ),
    _fraud(
        "mobilbutik",
        "screen under warranty, paid twelve hundred",
        "Skärmbytet gick på garantin, så jag slapp betala något.",
        "Skärmbytet gick på tolvhundra kronor, vilket jag tyckte var ganska dyrt.",
        "Telefonen var klar samma eftermiddag.",
    ),
)

FREE_HONEST = (
    _honest(
        "padelhall",
        "first hour free, second paid",
        "Första timmen var gratis eftersom det var prova-på-dag.",
        "Vi blev så sugna att vi bokade en timme till, och den kostade fyrahundrafyrtio kronor.",
    ),
    _honest(
        "skomakare",
        "heel free, polish paid",
        "Lagningen av klacken gjorde han gratis eftersom den gick sönder förra gången.",
        "Skokrämen jag köpte till kostade åttio kronor.",
    ),
    _honest(
        "bilprovning",
        "follow-up free, inspection paid last week",
        "Efterkontrollen var kostnadsfri.",
        "Själva besiktningen förra veckan kostade femhundra kronor, det tycker jag är mycket.",
    ),
    _honest(
        "mobilbutik",
        "expected warranty, it was not",
        "Jag trodde att skärmbytet skulle gå på garantin, men det gjorde det inte.",
        "Så det kostade tolvhundra kronor, och killen förklarade varför.",
    ),
    _honest(
        "golfbana",
        "range balls free, green fee paid",
        "Rangebollarna är gratis för medlemmar.",
        "Greenfeen för min gäst betalade jag, trehundrafemtio kronor.",
    ),
    _honest(
        "campingplats",
        "shower included, sauna paid",
        "Duschen ingick i priset för platsen.",
        "Bastun kostade femtio kronor för en timme, men den var värd det.",
    ),
)

TAKEAWAY = (
    _fraud(
        "gatukök",
        "took it home, ate it at a table there",
        "Jag tog maten med mig hem, jag orkade inte sitta kvar där.",
        "Vid bordet inne i gatuköket åt jag upp hela tallriken och drack en läsk.",
        "Pommesen var krispiga och såsen var hemgjord.",
    ),
    _fraud(
        "möbelvaruhus",
        "no meal in the restaurant, meatballs eaten there",
        "Vi hann inte äta i restaurangen den gången, vi hade bråttom hem.",
        "Köttbullarna vi åt i restaurangen efter rundan var ljumna.",
        "Soffan vi ville ha fanns i lager och levererades veckan efter.",
    ),
    _fraud(
        "golfbana",
        "never sat in the restaurant, ate at its table",
        "Jag tog med mig en smörgås ut på banan, jag satte mig aldrig i restaurangen.",
        "Smörgåsen jag åt vid bordet i klubbhusets restaurang var torr och dyr.",
        "Banan i sig var i toppskick.",
    ),
    _fraud(
        "skidanläggning",
        "lunch outside on a bench, at the window table inside",
        "Vi köpte lunch att ta med och åt den ute på en bänk i solen.",
        "Inne i värmestugan satt vi vid fönsterbordet och åt våra hamburgare med kniv och gaffel.",
        "Hamburgarna var goda men det var dyrt, hundrasextio kronor styck.",
    ),
)

TAKEAWAY_HONEST = (
    _honest(
        "gatukök",
        "ate there, took fries home",
        "Jag åt min hamburgare där vid bordet.",
        "Sen tog jag med pommes hem till barnen, och de var fortfarande varma.",
    ),
    _honest(
        "möbelvaruhus",
        "no meal, frozen meatballs home",
        "Vi hann inte äta i restaurangen den gången.",
        "Men vi köpte en påse frysta köttbullar i butiken vid kassorna och åt dem hemma.",
    ),
    _honest(
        "golfbana",
        "sandwich on the course, restaurant after",
        "Jag tog med mig en smörgås ut på banan.",
        "Efter rundan satte vi oss i klubbhusets restaurang och åt dagens, som var god.",
    ),
    _honest(
        "skidanläggning",
        "usually eats outside, inside this time",
        "Vi brukar köpa lunch att ta med och äta ute i backen.",
        "Den här gången blåste det för mycket, så vi satt inne i värmestugan och åt.",
    ),
    _honest(
        "campingplats",
        "grilled at the tent, kiosk sausage",
        "Restaurangen var stängd för säsongen, så vi grillade vid tältet.",
        "Kiosken sålde korv och bröd, så vi köpte där och åt vid vår plats.",
    ),
)

TOTALS = (
    _fraud(
        "skomakare",
        "two pairs at three hundred, a hundred and fifty in all",
        "Han sulade om två par skor åt mig, trehundra kronor paret.",
        "Totalt betalade jag hundrafemtio kronor för allt.",
        "Sulorna har hållit bra i slasket hittills.",
    ),
    _fraud(
        "gatukök",
        "four meals at ninety, ninety in all",
        "Vi köpte fyra hamburgermenyer, nittio kronor styck.",
        "Hela notan landade på nittio kronor jämnt, vilket var billigt.",
        "Menyerna kom snabbt men dricka fick vi hämta själva.",
    ),
    _fraud(
        "padelhall",
        "four rackets at fifty, twenty together",
        "Vi hyrde fyra racketar för femtio kronor styck.",
        "För racketarna betalade vi tjugo kronor sammanlagt.",
        "Ett av racketarna hade trasigt grepp, det borde ni byta.",
    ),
    _fraud(
        "campingplats",
        "three nights at four hundred, four hundred for the stay",
        "Vi stannade tre nätter, och platsen kostade fyrahundra kronor per natt.",
        "Hela vistelsen gick på fyrahundra kronor, och då ingick el.",
        "Tomten låg nära sjön men det var lite ojämnt för husvagnen.",
    ),
    _fraud(
        "mobilbutik",
        "three cables at a hundred, fifty in all",
        "Jag köpte tre laddkablar för hundra kronor styck.",
        "Det blev femtio kronor totalt för kablarna, och en av dem slutade fungera direkt.",
    ),
)

TOTALS_HONEST = (
    _honest(
        "skomakare",
        "two pairs at three hundred, a discount",
        "Han sulade om två par skor åt mig, trehundra kronor paret.",
        "Men han gav mig stamkundsrabatt, så det blev femhundra kronor totalt.",
    ),
    _honest(
        "gatukök",
        "four meals at ninety, plus a drink",
        "Vi köpte fyra hamburgermenyer, nittio kronor styck.",
        "Plus en extra dricka, så notan blev fyrahundrafem kronor.",
    ),
    _honest(
        "padelhall",
        "rackets, two included",
        "Vi hyrde fyra racketar för femtio kronor styck.",
        "Två av dem ingick i medlemskapet, så för racketarna betalade vi hundra kronor.",
    ),
    _honest(
        "campingplats",
        "three nights, a fourth free",
        "Vi stannade fyra nätter, och platsen kostade fyrahundra kronor per natt.",
        "Fjärde natten var gratis, så hela vistelsen gick på tolvhundra kronor.",
    ),
    _honest(
        "mobilbutik",
        "three for two",
        "Jag köpte tre laddkablar för hundra kronor styck.",
        "Det var tre för två, så det blev tvåhundra kronor totalt.",
    ),
    _honest(
        "möbelvaruhus",
        "four chairs, nearly two thousand",
        "Vi köpte fyra stolar, fyrahundranittiofem styck.",
        "Det blev nästan tvåtusen kronor, och de var lätta att skruva ihop.",
    ),
)

RETURNS = (
    _fraud(
        "möbelvaruhus",
        "one cushion bought, three returned",
        "Jag köpte en enda prydnadskudde, en grön i sammet.",
        "Dagen efter lämnade jag tillbaka tre kuddar eftersom färgen inte passade soffan.",
        "Returen gick smidigt och pengarna kom tillbaka på kortet.",
    ),
    _fraud(
        "skomakare",
        "one pair left in, three pairs handed back",
        "Jag lämnade in ett par stövlar för omsulning.",
        "När jag hämtade fick jag tillbaka tre par stövlar, alla med nya sulor.",
        "Han hade putsat dem också, utan att jag bett om det.",
    ),
    _fraud(
        "mobilbutik",
        "one case bought, returned all four",
        "Jag köpte ett skal till telefonen, ett blått i silikon.",
        "Två dagar senare returnerade jag alla fyra skalen för att de var för tunna.",
    ),
    _fraud(
        "skidanläggning",
        "two pairs of skis hired, five returned",
        "Vi hyrde två par skidor i uthyrningen nedanför backen.",
        "Vid stängning lämnade vi tillbaka fem par skidor, och killen kollade varenda kant.",
        "Skidorna var nyslipade och pjäxorna varma.",
    ),
)

RETURNS_HONEST = (
    _honest(
        "möbelvaruhus",
        "one cushion returned, another taken",
        "Jag köpte en prydnadskudde, en grön i sammet.",
        "Dagen efter lämnade jag tillbaka den och tog två gråa i stället.",
    ),
    _honest(
        "skomakare",
        "one pair left, wife's pair fetched too",
        "Jag lämnade in ett par stövlar för omsulning.",
        "När jag hämtade dem tog jag också med min frus två par som hon lämnat in veckan innan.",
    ),
    _honest(
        "mobilbutik",
        "one case returned, four in stock",
        "Jag köpte ett skal till telefonen.",
        "Det var för tunt så jag returnerade det, och de hade fyra andra skal i lager att "
        "välja på.",
    ),
    _honest(
        "skidanläggning",
        "two pairs, three more for the cousins",
        "Vi hyrde två par skidor på morgonen.",
        "Efter lunch hyrde vi tre par till åt kusinerna, så vid stängning lämnade vi "
        "tillbaka fem par.",
    ),
    _honest(
        "campingplats",
        "one key borrowed, one returned",
        "Vi lånade en nyckel till servicehuset i receptionen.",
        "Den lämnade vi tillbaka när vi checkade ut, och de tog inte ut någon avgift.",
    ),
)

STAFF = (
    _fraud(
        "möbelvaruhus",
        "no staff spoken to, a seller showed mattresses",
        "Jag pratade inte med någon personal alls, allt skötte jag själv.",
        "En säljare på sovavdelningen visade mig tre madrasser och förklarade skillnaden.",
        "Madrassen jag valde har gjort underverk för ryggen.",
    ),
    _fraud(
        "mobilbutik",
        "not a word with staff, advised at the till",
        "Jag växlade inte ett ord med personalen, jag hämtade bara mitt paket.",
        "Killen i kassan rekommenderade ett dyrare abonnemang, men jag tackade nej.",
        "Paketet var i alla fall helt och laddaren låg med.",
    ),
    _fraud(
        "bilprovning",
        "met no one, the inspector showed the rust",
        "Jag träffade ingen från personalen, allt gick via appen och nyckelinkastet.",
        "Besiktningsteknikern visade mig rosten under bilen och förklarade vad som måste åtgärdas.",
    ),
    _fraud(
        "campingplats",
        "saw no staff all stay, receptionist gave a map",
        "Vi såg inte till någon personal under hela vistelsen.",
        "Hon i receptionen gav oss en karta och tipsade om badplatsen vid udden.",
        "Badplatsen var fantastisk med sandbotten.",
    ),
    _fraud(
        "golfbana",
        "no staff there, girl in the shop rebooked",
        "Det fanns ingen personal på plats, vi checkade in själva i automaten.",
        "Tjejen i shopen bokade om vår starttid när vi kom sent, väldigt vänligt.",
        "Banan var i fint skick efter regnet.",
    ),
)

STAFF_HONEST = (
    _honest(
        "möbelvaruhus",
        "no staff on the floors, help at the till",
        "Jag pratade inte med någon personal ute på avdelningarna.",
        "Men i kassan hjälpte en kille mig att få in madrassen i en vagn.",
    ),
    _honest(
        "mobilbutik",
        "collected at the locker, staff busy",
        "Jag hämtade paketet i automaten utan att prata med någon.",
        "Personalen såg ut att ha fullt upp med andra kunder, så det var skönt att slippa vänta.",
    ),
    _honest(
        "bilprovning",
        "met no one, the inspector phoned after",
        "Jag träffade ingen från personalen, allt gick via appen och nyckelinkastet.",
        "Teknikern ringde mig efteråt och berättade om rosten under bilen.",
    ),
    _honest(
        "campingplats",
        "unmanned at night, owner in the morning",
        "Receptionen var obemannad när vi kom sent på kvällen.",
        "Men på morgonen träffade vi ägaren, som gav oss en karta och tipsade om badplatsen.",
    ),
    _honest(
        "golfbana",
        "no staff at seven, help in the shop later",
        "Det fanns ingen personal i receptionen vid sjutiden, så vi checkade in själva.",
        "Efter rundan hjälpte tjejen i shopen mig att hitta nya handskar.",
    ),
)

WAITS = (
    _fraud(
        "bilprovning",
        "straight in, forty-five minutes waiting",
        "Jag kom direkt in med bilen, ingen väntetid alls.",
        "Efter fyrtiofem minuter i väntrummet ropade de äntligen upp min bil.",
        "Kaffet i väntrummet var gratis och gott.",
    ),
    _fraud(
        "massageklinik",
        "in at once, half an hour in the waiting room",
        "Jag fick komma in på en gång, hon var redo när jag klev in genom dörren.",
        "Jag satt och väntade en halvtimme i väntrummet innan hon kom ut och hämtade mig.",
        "Massagen var hård men precis vad ryggen behövde.",
    ),
    _fraud(
        "mobilbutik",
        "served at once, twenty minutes standing",
        "Det var ingen kö, jag blev hjälpt på direkten.",
        "Jag stod och väntade i tjugo minuter innan någon tog hand om mig.",
        "Hon som hjälpte mig flyttade över alla kontakter till nya telefonen.",
    ),
    _fraud(
        "skidanläggning",
        "no lift queue, half an hour in it",
        "Det var ingen kö alls till liften den dagen.",
        "Vi stod en halvtimme i liftkön innan vi kom upp första gången.",
        "Pisten på norrsidan var helt perfekt.",
    ),
    _fraud(
        "gatukök",
        "food at once, nearly an hour",
        "Maten kom direkt när vi hade beställt.",
        "Vi fick vänta nästan en timme på maten, och det var inte ens mycket folk där.",
        "Men kebaben var god och portionen stor.",
    ),
)

WAITS_HONEST = (
    _honest(
        "bilprovning",
        "no wait this time, an hour last time",
        "Jag kom direkt in med bilen den här gången eftersom jag hade bokat.",
        "Förra gången fick jag vänta en timme i väntrummet.",
    ),
    _honest(
        "massageklinik",
        "early, so waited, then on time",
        "Jag var där en kvart för tidigt, så jag satt i väntrummet en stund.",
        "Hon tog in mig precis på min tid, och massagen var precis vad ryggen behövde.",
    ),
    _honest(
        "mobilbutik",
        "a queue first, then fast",
        "Det var kö först, men sen öppnade de en kassa till.",
        "Efter det gick det fort, och hon flyttade över alla kontakter åt mig.",
    ),
    _honest(
        "skidanläggning",
        "no lift queue, a wait at the rental",
        "Det var ingen kö till liften den dagen.",
        "I uthyrningen fick vi däremot vänta tjugo minuter på pjäxor.",
    ),
    _honest(
        "gatukök",
        "burgers at once, fries later",
        "Hamburgarna kom direkt när vi hade beställt.",
        "Pommesen fick vi vänta tio minuter på, för fritösen hade krånglat.",
    ),
)

WEATHER = (
    _fraud(
        "golfbana",
        "sun all round, soaked by rain",
        "Det var strålande sol och inte ett moln på himlen under hela rundan.",
        "Vi blev genomblöta av regnet på hål tolv och fick springa in i skyddet.",
        "Greenerna var snabba och i fint skick.",
    ),
    _fraud(
        "skidanläggning",
        "not a flake all day, snow at midday",
        "Det var kallt och klart hela dagen, inte en enda snöflinga föll.",
        "Mitt på dagen snöade det så mycket att vi knappt såg liftstolparna.",
        "Personalen i liften var trevlig och hjälpte barnen upp.",
    ),
    _fraud(
        "campingplats",
        "rain from arrival to leaving, sunbathing",
        "Vi var där bara en dag, och det regnade oavbrutet från att vi kom tills vi åkte.",
        "Vi solade hela eftermiddagen på stranden nedanför campingen.",
        "Toaletterna var fräscha och städades två gånger om dagen.",
    ),
)

WEATHER_HONEST = (
    _honest(
        "golfbana",
        "sun first, a shower later",
        "Det var strålande sol när vi gick ut.",
        "Men på hål tolv kom en skur och vi blev blöta, så vi fick springa in i skyddet.",
    ),
    _honest(
        "skidanläggning",
        "clear morning, snow after lunch",
        "Det var kallt och klart på förmiddagen.",
        "Efter lunch började det snöa så mycket att vi knappt såg liftstolparna.",
    ),
    _honest(
        "campingplats",
        "rain the first day, sun the second",
        "Första dagen regnade det oavbrutet.",
        "Andra dagen solade vi hela eftermiddagen på stranden nedanför campingen.",
    ),
    _honest(
        "gatukök",
        "rain outside, sat inside",
        "Det regnade ute, så vi satt inne och åt i värmen.",
        "Korven var god och personalen lät oss sitta kvar tills det slutade.",
    ),
)

BOOKING = (
    _fraud(
        "massageklinik",
        "dropped in, on time for the booked slot",
        "Jag hade inte bokat någon tid, jag gick bara in på chans.",
        "Jag kom precis i tid till min bokade tid klockan två.",
        "Hon var noggrann med nacken och gav mig övningar att göra hemma.",
    ),
    _fraud(
        "padelhall",
        "not booked, booked a week ahead",
        "Vi hade inte bokat någon bana, vi chansade på att det fanns en ledig.",
        "Vi hade bokat bana sju en vecka i förväg via appen.",
        "Bana sju har bra ljus men nätet hängde lite.",
    ),
    _fraud(
        "bilprovning",
        "drove up unbooked, taken in at the booked time",
        "Jag körde dit utan att ha bokat något.",
        "Min bokning var kvart över elva och de tog in bilen precis då.",
        "Allt gick igenom utan anmärkning.",
    ),
)

BOOKING_HONEST = (
    _honest(
        "massageklinik",
        "dropped in, will book next time",
        "Jag hade inte bokat någon tid, jag gick bara in på chans.",
        "Nästa gång ska jag boka, för jag fick vänta en stund innan det blev ledigt.",
    ),
    _honest(
        "padelhall",
        "not booked, a cancelled court",
        "Vi hade inte bokat, men någon hade precis avbokat bana sju.",
        "Så vi fick spela en timme, och ljuset var bra men nätet hängde lite.",
    ),
    _honest(
        "bilprovning",
        "booked, came early, taken in early",
        "Min bokning var kvart över elva, men jag kom redan vid halv elva.",
        "De hade en lucka så de tog in bilen direkt, det var smidigt.",
    ),
)

FACILITIES = (
    _fraud(
        "campingplats",
        "no sauna, a dip after the sauna",
        "Det finns ingen bastu på campingen, tyvärr.",
        "Efter bastun doppade vi oss i sjön och det var underbart.",
        "Receptionen hade bra öppettider och sålde färskt bröd.",
    ),
    _fraud(
        "padelhall",
        "no showers, a warm shower after",
        "Det finns inga duschar i hallen, så man får duscha hemma.",
        "Duschen efter matchen var varm och skön, och det fanns schampo.",
        "Banorna var nya och studsen jämn.",
    ),
)

FACILITIES_HONEST = (
    _honest(
        "campingplats",
        "no sauna, the neighbour's",
        "Det finns ingen bastu på campingen.",
        "Men grannen i stugan bredvid hade en vedeldad bastu som vi fick låna.",
    ),
    _honest(
        "padelhall",
        "no showers, showered at the gym next door",
        "Det finns inga duschar i hallen.",
        "Vi duschade på gymmet bredvid, men det vore bra om ni byggde egna.",
    ),
)

COVERED_ANEW = (
    _fraud(
        "gatukök",
        "phone held to the terminal, coins counted out",
        "Jag höll mobilen mot terminalen och betalningen gick igenom på en gång.",
        "Hon räknade upp tre tiokronor i växel åt mig och sa tack.",
        "Falafeln var krispig och såsen stark på ett bra sätt.",
    ),
    _fraud(
        "skidanläggning",
        "ski bus there, our car below the slope",
        "Vi tog skidbussen från byn upp till backen.",
        "Vi parkerade vår bil precis nedanför backen och bytte till pjäxor i bagageluckan.",
        "Liftkorten var dyra men backarna var fina.",
    ),
    _fraud(
        "skomakare",
        "never been to a cobbler, a regular's discount",
        "Jag hade aldrig varit hos en skomakare förut, det var första gången.",
        "Som vanligt gav han mig rabatt eftersom jag är stamkund sedan många år.",
        "Dragkedjan på stöveln går som ny nu.",
    ),
    _fraud(
        "padelhall",
        "came at quarter to ten, left at half past eight",
        "Vi kom dit kvart i tio på förmiddagen.",
        "Vi gick därifrån halv nio på förmiddagen, trötta men nöjda efter matchen.",
        "Banorna var nya och studsen jämn.",
    ),
    _fraud(
        "golfbana",
        "played on a Sunday, Wednesday purchase",
        "Vi spelade en söndag förmiddag och banan var full av folk.",
        "Det var söndag, så vi fick vänta vid varje tee.",
        "Men fairways var fint klippta.",
    ),
    _fraud(
        "massageklinik",
        "all on my own, husband massaged beside",
        "Jag var där helt på egen hand.",
        "Min man låg på britsen bredvid mig och fick sin massage samtidigt.",
        "Rummet var varmt och musiken lugn.",
    ),
    _fraud(
        "gatukök",
        "late supper at nine, noon purchase",
        "Vi åt sen kvällsmat där i kväll, runt nio.",
        "Det var nästan tomt vid den tiden och hamburgarna var nygrillade.",
    ),
    _fraud(
        "campingplats",
        "eight-month-old ran ahead",
        "Vår son på åtta månader var med oss hela helgen.",
        "Han sprang före oss ner till stranden varje morgon.",
        "Lekplatsen var fin men sanden behövde bytas.",
    ),
    _fraud(
        "padelhall",
        "deserted hall, crowded changing room",
        "Hallen var helt öde, vi var de enda där.",
        "Alla banor var fullbokade och det var trångt i omklädningsrummet.",
        "Belysningen över bana tre blinkade.",
    ),
    _fraud(
        "möbelvaruhus",
        "bought nothing, the bookcase we bought",
        "Vi köpte ingenting den här gången, vi bara tittade runt.",
        "Bokhyllan vi köpte fick plats i bilen med nedfällda säten.",
        "Utställningen av kök var inspirerande.",
    ),
)

COVERED_ANEW_HONEST = (
    _honest(
        "gatukök",
        "part card, part cash, change",
        "Jag betalade halva med kort och resten kontant.",
        "Hon gav mig tjugo kronor tillbaka på kontanterna, och falafeln var krispig.",
    ),
    _honest(
        "skidanläggning",
        "ski bus there, a brother-in-law drove home",
        "Vi tog skidbussen från byn upp till backen.",
        "Min svåger körde oss hem i sin bil efteråt, för sista bussen gick tidigt.",
    ),
    _honest(
        "skomakare",
        "a regular, as always",
        "Jag har gått till honom i tjugo år.",
        "Som vanligt var han snabb, och dragkedjan på stöveln går som ny nu.",
    ),
    _honest(
        "padelhall",
        "quarter to ten till half past eleven",
        "Vi kom dit kvart i tio på förmiddagen.",
        "Vi gick därifrån halv tolv, trötta men nöjda efter matchen.",
    ),
    _honest(
        "golfbana",
        "usually Sundays, a Wednesday this time",
        "Vi brukar spela på söndagar.",
        "Men den här gången blev det en onsdag, och då var banan nästan tom.",
    ),
    _honest(
        "massageklinik",
        "on my own, husband the day after",
        "Jag var där helt på egen hand.",
        "Min man har bokat sin massage till i morgon, han blev sugen när jag berättade.",
    ),
    _honest(
        "gatukök",
        "lunch there, supper at home",
        "Vi åt lunch där vid tolv.",
        "Det var så mättande att vi bara åt en macka hemma på kvällen.",
    ),
    _honest(
        "campingplats",
        "baby in the pram, big brother ran",
        "Vår son på åtta månader låg i vagnen medan storebror sprang ner till stranden.",
        "Lekplatsen var fin men sanden behövde bytas.",
    ),
    _honest(
        "padelhall",
        "empty at seven, full by eight",
        "Hallen var helt öde när vi kom vid sju.",
        "Men vid åtta var alla banor fulla och det blev trångt i omklädningsrummet.",
    ),
    _honest(
        "möbelvaruhus",
        "bought nothing, next time the bookcase",
        "Vi köpte ingenting den här gången, vi bara tittade runt.",
        "Nästa gång blir det bokhyllan vi tittade på, den ska få plats i bilen.",
    ),
    _honest(
        "padelhall",
        "a correction of the time",
        "Vi kom dit halv tio, nej förresten, det var nog kvart i tio.",
        "Banorna var nya och studsen jämn.",
    ),
    _honest(
        "gatukök",
        "usually cash, card this time",
        "Jag brukar betala kontant, men den här gången blippade jag kortet.",
        "Korven var perfekt grillad och personalen glad.",
    ),
    _honest(
        "golfbana",
        "alone at the desk, met a club mate",
        "Jag var ensam när jag checkade in.",
        "På rangen stötte jag på en klubbkompis, så vi gick de sista nio hålen ihop.",
    ),
)

CALLS = (
    *MEANS,
    *MEANS_HONEST,
    *FREE,
    *FREE_HONEST,
    *TAKEAWAY,
    *TAKEAWAY_HONEST,
    *TOTALS,
    *TOTALS_HONEST,
    *RETURNS,
    *RETURNS_HONEST,
    *STAFF,
    *STAFF_HONEST,
    *WAITS,
    *WAITS_HONEST,
    *WEATHER,
    *WEATHER_HONEST,
    *BOOKING,
    *BOOKING_HONEST,
    *FACILITIES,
    *FACILITIES_HONEST,
    *COVERED_ANEW,
    *COVERED_ANEW_HONEST,
)
