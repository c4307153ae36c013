"""Calls that contradict themselves or claim the physically impossible, and honest near misses.

Invented visits to nineteen kinds of store (a petrol station, a car wash, a bakery, a café,
a restaurant, a fishmonger, a pharmacy, a hardware store, a sports shop, a pet shop, a
hairdresser, a laundry, a garden centre, a grocery, a kiosk, an electronics shop, a food
hall, a florist, a toy shop). Each call is told as the customer's
answers, one string an answer. The contradictions come in many shapes: a state declared
(never, only, alone, without, first time, closed, empty, sold out, didn't buy) and later
an act that needs the opposite; a count or an order that cannot both hold; a sequence
impossible in time; a quantity bought smaller than what was used; a person's attribute
contradicted; and magnitudes no vehicle, body or machine reaches, across units. The honest
calls sit as near as an honest customer comes: corrections, hypotheticals, other people's
acts, reported speech, "nästan", plans not carried out, a first visit to this store but not
ever, large but plausible amounts, and idioms of exaggeration. All were written for this
file, each batch before the analyzer was run on it; none comes from a labelled set.

What the analyzer made of each batch before the readings it led to (`declared_states`,
`physical_limits`, and wider readings in `consistency`, `timeline` and `claims`):

- first (`CONTRADICTIONS`, `MAGNITUDES`, `NEAR_MISSES`): 6 of 37 caught, 1 of 53 honest calls
  flagged (twenty people sharing sixty buns);
- second (`SECOND_CONTRADICTIONS`, `SECOND_NEAR_MISSES`), written after the first readings:
  3 of 4 caught, 3 of 23 honest flagged (standing in the queue, a party's buns over a day, a
  tall tree kept outside); three of the honest ones (bags, another sort, a new batch) were
  added after a blind set's aggregate showed one more honest call flagged by the sold-out
  reading, which was then narrowed;
- third (`THIRD_BATCH`): 4 of 5 caught, 0 of 6 honest flagged;
- fourth (`FOURTH_BATCH`): 0 of 5 caught, 0 of 7 honest flagged; two honest ones (a trolley
  pushed, a sister's child) were added while writing its readings, and the first showed the
  older `timeline` reading taking "körde kundvagnen" for driving; two more (enough buns for
  four, more at home) were written with the reading of pieces eaten against pieces bought.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple


class Call(NamedTuple):
    store: str
    answers: tuple[str, ...]
    fraud: bool
    shape: str


def labelled(kind: str, *, fraud: bool) -> Callable[..., Call]:
    """A maker of calls whose shape is named "<kind>: <shape>": `maker(store, shape, *answers)`."""

    def make(store: str, shape: str, *answers: str) -> Call:
        return Call(store, answers, fraud, f"{kind}: {shape}")

    return make


def _fraud(store: str, shape: str, *answers: str) -> Call:
    return Call(store, answers, True, shape)


def _honest(store: str, shape: str, *answers: str) -> Call:
    return Call(store, answers, False, shape)


CONTRADICTIONS = (
    _fraud(
        "mack",
        "vehicle without fuel",
        "Jag har kört elbil i tre år nu, en vit Kia.",
        "Jag tankade elbilen full med diesel vid pump fyra och betalade inne i butiken.",
    ),
    _fraud(
        "biltvätt",
        "no car, yet washed it",
        "Jag sålde bilen i våras och har ingen bil längre.",
        "Sen körde jag min bil genom tvättgatan och den blev skinande ren.",
    ),
    _fraud(
        "bageri",
        "allergic, ate it",
        "Jag har celiaki och tål inte gluten alls.",
        "Jag åt två vanliga kanelbullar vid fönstret och de var underbart goda.",
    ),
    _fraud(
        "restaurang",
        "never ate meat, praised meat eaten",
        "Jag har aldrig ätit kött i hela mitt liv.",
        "Köttbullarna jag åt till lunchen var saftiga och perfekt kryddade.",
    ),
    _fraud(
        "kafé",
        "never drinks coffee, drank it",
        "Jag har aldrig druckit kaffe, jag tycker inte om smaken.",
        "Jag drack en cappuccino vid baren och den var perfekt med fint mjölkskum.",
    ),
    _fraud(
        "apotek",
        "never owned a phone, used an app",
        "Jag har aldrig ägt någon mobiltelefon.",
        "Vid disken visade jag receptet i appen på min mobil och fick medicinen direkt.",
    ),
    _fraud(
        "fiskaffär",
        "never eaten fish, tasted fish",
        "Jag smakade på den rökta laxen vid disken och den var len och mild.",
        "Själv har jag aldrig ätit fisk, jag står inte ut med den.",
    ),
    _fraud(
        "bygg",
        "no licence, drove",
        "Jag har aldrig haft körkort.",
        "Jag körde själv hem virket i min pickup samma eftermiddag.",
    ),
    _fraud(
        "djuraffär",
        "never had a pet, fed it",
        "Vi har aldrig haft något husdjur hemma.",
        "Vår katt åt upp hela påsen med det nya fodret på en kväll, hon älskade det.",
    ),
    _fraud(
        "livs",
        "shopped alone, companion acted",
        "Jag handlade helt ensam, ingen var med mig.",
        "Min fru valde ut tomaterna medan jag betalade i kassan.",
    ),
    _fraud(
        "kafé",
        "stood all the time, sat for an hour",
        "Det fanns inga stolar alls, så vi stod upp hela besöket.",
        "Vi satt vid fönsterbordet i en timme och drack te.",
    ),
    _fraud(
        "restaurang",
        "sat for long, never sat",
        "Vi satt vid långbordet i två timmar och åt i lugn och ro.",
        "Vi tog maten med oss ut, vi satte oss aldrig ner där inne.",
    ),
    _fraud(
        "bageri",
        "sold out, bought it",
        "Alla semlor var slutsålda redan när jag kom.",
        "Jag köpte sex semlor och åt två av dem i bilen.",
    ),
    _fraud(
        "livs",
        "empty shelf, chose from it",
        "Bananhyllan var helt tom, det fanns inte en enda banan.",
        "Jag valde ut sex fina bananer från hyllan.",
    ),
    _fraud(
        "fiskaffär",
        "bought none of it, praised what was bought",
        "Jag köpte ingen fisk den här gången.",
        "Torsken jag köpte var fantastiskt färsk.",
    ),
    _fraud(
        "livs",
        "the only customer, far down the queue",
        "Jag var den enda kunden i hela butiken.",
        "Det stod tolv personer framför mig i kassakön.",
    ),
    _fraud(
        "apotek",
        "empty pharmacy, queue ticket far away",
        "Det var inte en enda annan kund på apoteket.",
        "Jag fick nummer åttiotvå och de visade nummer fyrtio när jag kom.",
    ),
    _fraud(
        "bygg",
        "left before arriving",
        "Jag kom till butiken klockan sex på kvällen.",
        "Jag var hemma igen redan klockan fem, så det gick fort.",
    ),
    _fraud(
        "restaurang",
        "short visit, long meal",
        "Hela besöket tog tio minuter från dörr till dörr.",
        "Vi åt en lång lunch i restaurangen, vi satt nog där en och en halv timme.",
    ),
    _fraud(
        "livs",
        "ate more than was bought",
        "Jag köpte tre bullar.",
        "Vi var sex personer och alla åt två bullar var.",
    ),
    _fraud(
        "frisör",
        "bald, had hair cut long",
        "Jag har varit helt skallig i tjugo år.",
        "Frisören klippte och tunnade ur mitt långa hår i en hel timme.",
    ),
    _fraud(
        "tvätteri",
        "closed all day, staff served",
        "Tvätteriet var stängt hela dagen på grund av sjukdom.",
        "Damen i disken tog emot mina skjortor och skrev ut ett kvitto.",
    ),
    _fraud(
        "sport",
        "first time ever on skis, a veteran",
        "Det var första gången i mitt liv jag stod på skidor.",
        "Jag har åkt Vasaloppet tolv gånger, så jag vet vad jag vill ha.",
    ),
    _fraud(
        "livs",
        "power cut, everything worked",
        "Det var strömavbrott i hela butiken och alla kassor var döda.",
        "Jag betalade med kort i kassan och det gick blixtsnabbt.",
    ),
)

MAGNITUDES = (
    _fraud("mack", "fuel beyond the tank", "Jag tankade trehundrafemtio liter bensin i min Volvo."),
    _fraud("mack", "fuel beyond the tank", "Vi fyllde vår lilla Polo med 180 liter diesel."),
    _fraud(
        "mack",
        "charged too fast",
        "Elbilen laddades från noll till fullt på två minuter vid snabbladdaren.",
    ),
    _fraud(
        "mack",
        "charged too fast",
        "Jag laddade bilen från tomt batteri till hundra procent på fyrtio sekunder.",
    ),
    _fraud("kafé", "eaten beyond a body", "Jag åt fyrtio semlor på fikarasten."),
    _fraud(
        "bageri",
        "eaten beyond a body",
        "Under kafferasten satte jag i mig femtio kanelbullar helt själv.",
    ),
    _fraud("restaurang", "drunk beyond a body", "Jag drack tolv liter mjölk till maten."),
    _fraud("sport", "an age no one reaches", "Min morfar är hundrafyrtio år och provade pjäxorna."),
    _fraud(
        "bygg",
        "a speed no car reaches",
        "Vi körde de trettio milen hem till stugan på tjugo minuter.",
    ),
    _fraud(
        "frisör",
        "a task in seconds",
        "Frisören klippte, färgade och föntorkade mitt hår på fyra sekunder.",
    ),
    _fraud(
        "trädgård",
        "a height no home holds",
        "Granen var fyrtio meter hög och vi ställde den i vardagsrummet.",
    ),
    _fraud("kafé", "a temperature no cup holds", "Teet var trehundra grader varmt när jag drack."),
    _fraud(
        "tvätteri",
        "a machine too fast",
        "Torktumlaren torkade hela tvätten på tre sekunder.",
    ),
)

SECOND_CONTRADICTIONS = (
    _fraud(
        "restaurang",
        "never tasted beer, drank beer",
        "Jag har aldrig smakat öl, det har bara inte blivit av.",
        "Till maten drack jag två öl från fat och de var friska och goda.",
    ),
    _fraud(
        "kiosk",
        "vegan, ate sausage",
        "Jag är vegan sedan tio år tillbaka.",
        "Jag åt en korv med bröd vid disken, den var riktigt god.",
    ),
    _fraud(
        "djuraffär",
        "no dog, bought for our dog",
        "Vi har ingen hund och har aldrig velat ha någon.",
        "Vi köpte ett nytt koppel åt vår hund, han drog så i det gamla.",
    ),
    _fraud(
        "restaurang",
        "alone in the room, a crowd at the next table",
        "Vi var helt ensamma i restaurangen hela kvällen.",
        "Det satt femton personer vid långbordet bredvid oss och firade en födelsedag.",
    ),
)

SECOND_NEAR_MISSES = (
    _honest(
        "restaurang",
        "plant-based meatballs",
        "Jag äter inte kött, så jag åt de vegetariska köttbullarna, och de var jättegoda.",
    ),
    _honest(
        "bageri",
        "a son's allergy",
        "Min son tål inte gluten, så han fick en glutenfri bulle och jag åt en vanlig kanelbulle.",
    ),
    _honest(
        "apotek",
        "no phone, offered an app",
        "Jag har ingen mobil, så jag betalade med kort.",
        "Kassörskan frågade om jag ville ha kvittot i appen, men det gick ju inte.",
    ),
    _honest(
        "djuraffär",
        "a neighbour's dog",
        "Vi har inga husdjur själva, men vår grannes hund fick ett tuggben av personalen.",
    ),
    _honest(
        "livs",
        "a power cut another day",
        "Det var strömavbrott i hela stan i förrgår, men i dag fungerade allt.",
        "Jag betalade med kort i självkassan utan problem.",
    ),
    _honest(
        "livs",
        "a power cut, then reserve power",
        "Det blev strömavbrott i hela butiken, vi fick vänta tills reservkraften kom igång.",
        "Jag betalade med kort och allt gick bra.",
    ),
    _honest(
        "livs",
        "sold out, restocked",
        "Mjölken var helt slut i kylen.",
        "Personalen hämtade nya från lagret och jag köpte två liter mjölk.",
    ),
    _honest(
        "kafé",
        "stood in the queue, then sat",
        "Vi stod upp hela tiden i kön, det var lång väntan.",
        "Sen satt vi vid ett bord vid fönstret och åt.",
    ),
    _honest(
        "kafé",
        "came alone, met a friend",
        "Jag kom dit ensam, men träffade min kompis vid kaffeautomaten.",
        "Min kompis valde ut en kaka åt mig, och den var god.",
    ),
    _honest(
        "restaurang",
        "a teetotaller's alcohol-free wine",
        "Jag har aldrig druckit alkohol, så jag drack alkoholfritt vin till maten.",
    ),
    _honest(
        "kafé",
        "no coffee, tea instead",
        "Jag dricker aldrig kaffe, så jag drack te och åt en kanelbulle.",
    ),
    _honest(
        "mack",
        "an electric car and a mower",
        "Jag kör elbil till jobbet, men tankade bensin till gräsklipparen i en dunk.",
    ),
    _honest(
        "elektronik",
        "a phone charged fast",
        "Jag laddade mobilen från noll till fullt på en kvart i laddskåpet.",
    ),
    _honest(
        "bageri",
        "a party's buns over a day",
        "Vi var sex stycken som åt sextio bullar under hela kalasdagen.",
    ),
    _honest("livs", "an old store", "Butiken är hundrafemtio år gammal, sa ägaren stolt."),
    _honest("kafé", "water over a day", "Jag drack tre liter vatten under dagen i värmen."),
    _honest(
        "trädgård",
        "a tall tree kept outside",
        "Granen var sex meter hög, så den fick stå ute på gården i stället för i vardagsrummet.",
    ),
    _honest("livs", "a grandmother's hundredth", "Min mormor fyllde hundra år och vi köpte tårta."),
    _honest("bygg", "a fast but legal drive", "Vi körde tio mil på en timme och en kvart."),
    _honest(
        "livs",
        "no bags at the scanner, bought one",
        "Det fanns inga påsar vid självkassan, så jag fick köpa en påse i kassan.",
    ),
    _honest(
        "livs",
        "one kind gone, another bought",
        "Den laktosfria mjölken var helt slut.",
        "Jag köpte vanlig mjölk i stället, fast jag mår inte så bra av den.",
    ),
    _honest(
        "bageri",
        "sold out in the morning, later baked",
        "Surdegsbröden var slutsålda på förmiddagen.",
        "De bakade en ny sats och jag köpte två bröd vid lunch.",
    ),
    _honest(
        "restaurang",
        "a crowd, not alone",
        "Det satt femton personer vid långbordet bredvid oss, men de var trevliga.",
    ),
)

NEAR_MISSES = (
    _honest("mack", "self-correction", "Det tog tjugo minuter, nej förresten, tio minuter."),
    _honest(
        "mack",
        "a plausible tank",
        "Jag tankade sextio liter diesel i min Volvo och betalade vid pumpen.",
    ),
    _honest("mack", "a truck's tank", "Jag tankade fyrahundra liter diesel i lastbilen på natten."),
    _honest(
        "mack",
        "a plausible charge",
        "Elbilen laddades från tjugo till åttio procent på tjugofem minuter.",
    ),
    _honest(
        "mack",
        "an electric car charged",
        "Jag kör elbil och laddade den vid laddstolparna medan jag köpte kaffe.",
    ),
    _honest(
        "mack",
        "someone else's car",
        "Jag har ingen bil, så min granne körde mig dit och tankade sin bil.",
    ),
    _honest(
        "mack",
        "a state that changed",
        "Jag hade ingen bil förra året, men nu kör jag en elbil och laddade den där.",
    ),
    _honest(
        "biltvätt",
        "a plan not carried out",
        "Jag tänkte tvätta bilen men tvättgatan var stängd, så jag åkte hem.",
    ),
    _honest(
        "biltvätt",
        "a hypothetical",
        "Om jag hade haft bil skulle jag tvätta den där varje vecka.",
    ),
    _honest(
        "bageri",
        "allergic, took the safe one",
        "Jag har celiaki så jag tog den glutenfria bullen, och den var god.",
    ),
    _honest(
        "restaurang",
        "vegetarian, bought for others",
        "Jag är vegetarian men köpte köttbullar till barnen, och de åt upp allt.",
    ),
    _honest(
        "kafé",
        "never drinks coffee, another drank it",
        "Jag dricker aldrig kaffe, men min fru sa att cappuccinon var perfekt.",
    ),
    _honest(
        "fiskaffär",
        "an idiom of praise",
        "Jag har aldrig ätit så god fisk i hela mitt liv, laxen var helt fantastisk.",
    ),
    _honest(
        "fiskaffär",
        "another person's state",
        "Min man har aldrig ätit fisk, men jag älskade laxsoppan.",
    ),
    _honest(
        "restaurang",
        "never tried this dish before",
        "Jag hade aldrig ätit deras fisksoppa förut, och den var mycket god.",
    ),
    _honest(
        "apotek",
        "a first phone",
        "Jag har aldrig haft en smartphone förut, men min dotter hjälpte mig med appen i dag.",
    ),
    _honest(
        "apotek",
        "reported speech",
        "Farmaceuten berättade att hon aldrig har haft mobiltelefon, hon är en original.",
        "Jag betalade med Swish och det gick fint.",
    ),
    _honest(
        "kafé",
        "took away, never sat",
        "Vi satte oss inte ner, vi tog kaffet med oss i pappmuggar.",
        "Personalen var snabb och trevlig.",
    ),
    _honest(
        "kafé",
        "no seat at first",
        "Det fanns inga lediga stolar först, men efter tio minuter satt vi vid fönstret.",
    ),
    _honest(
        "bageri",
        "sold out, bought something else",
        "Semlorna var slutsålda, så jag köpte en kanelbulle i stället.",
        "Den var god och nybakad.",
    ),
    _honest(
        "livs",
        "nearly empty",
        "Det var nästan tomt i butiken, bara tre personer före mig i kön.",
    ),
    _honest(
        "livs",
        "alone at the till, a crowd elsewhere",
        "Jag var ensam i kassakön, men det var mycket folk vid delin.",
    ),
    _honest(
        "livs",
        "alone then, others later",
        "Jag var den enda kunden när jag kom in, sen blev det fullt.",
    ),
    _honest(
        "livs",
        "a large party",
        "Vi köpte tjugotvå kilo färs till kalaset, vi var åttio gäster.",
    ),
    _honest(
        "fiskaffär",
        "enough for everyone",
        "Vi köpte tre kilo räkor och var fyra vuxna som åt ett halvkilo var.",
    ),
    _honest(
        "bageri",
        "many buns, many eaters",
        "Vi var tjugo på fikat och åt upp sextio bullar tillsammans.",
    ),
    _honest(
        "kafé",
        "too many buns, a complaint",
        "Jag åt tre semlor på fikarasten, det var nog två för mycket.",
    ),
    _honest(
        "bygg",
        "a plausible time",
        "Jag kom dit klockan fem och var hemma igen vid sex.",
    ),
    _honest(
        "bygg",
        "twelve-hour clock",
        "Jag kom dit vid elva och gick därifrån vid ett.",
    ),
    _honest(
        "restaurang",
        "a long lunch, a long visit",
        "Vi åt lunch i en timme och var där kanske en och en halv timme totalt.",
    ),
    _honest(
        "sport",
        "first time at this store",
        "Det var första gången jag handlade hos er, men jag har åkt skidor i fyrtio år.",
    ),
    _honest(
        "sport",
        "an age a person may have",
        "Min farfar fyller hundra år nästa vecka och fick nya stavar.",
    ),
    _honest(
        "tvätteri",
        "closed yesterday, open today",
        "Tvätteriet var stängt i går, så jag kom tillbaka i dag och lämnade skjortorna.",
    ),
    _honest(
        "tvätteri",
        "closed at first",
        "Disken var stängd när jag kom, men efter en kvart öppnade hon och tog emot tvätten.",
    ),
    _honest(
        "fiskaffär",
        "reported speech of staff",
        "Kassörskan sa att hon aldrig ätit surströmming, vi skrattade åt det.",
    ),
    _honest(
        "fiskaffär",
        "a son's act",
        "Jag har aldrig haft körkort, så min son körde och parkerade bilen.",
    ),
    _honest("mack", "a price per litre", "Bensinen kostade nitton kronor litern."),
    _honest("kafé", "an eternity", "Det tog en evighet i kön, men kaffet var gott."),
    _honest("kafé", "a thousand times", "Jag har sagt det tusen gånger: era bullar är bäst."),
    _honest(
        "livs",
        "felt like",
        "Det kändes som att vi stod i kön i tusen år, men kassörskan var gullig.",
    ),
    _honest(
        "bageri",
        "nearly out",
        "Det var nästan slut på limpor, men jag fick den sista.",
    ),
    _honest(
        "djuraffär",
        "a new pet",
        "Vi har aldrig haft husdjur förut, men nu har vi en kattunge och köpte foder till henne.",
    ),
    _honest(
        "livs",
        "shopped alone, wife at home",
        "Jag handlade ensam i dag, min fru var hemma med förkylning.",
    ),
    _honest(
        "frisör",
        "thin hair, cut",
        "Jag har tunt hår sedan många år, och frisören klippte det fint på tjugo minuter.",
    ),
    _honest(
        "livs",
        "power cut, then back",
        "Det blev strömavbrott en kort stund, men sen kom strömmen tillbaka och jag betalade.",
    ),
    _honest(
        "trädgård",
        "a tall tree outside",
        "Granen vi köpte var tre meter hög och står nu i trädgården.",
    ),
    _honest(
        "restaurang",
        "a hot oven",
        "Pizzaugnen höll fyrahundra grader, och pizzan var klar på nittio sekunder.",
    ),
    _honest(
        "mack",
        "a fast payment",
        "Jag betalade på tre sekunder med mobilen vid pumpen.",
    ),
    _honest(
        "bygg",
        "a long drive",
        "Vi körde de trettio milen hem till stugan på fyra timmar.",
    ),
    _honest(
        "kafé",
        "a barista's counts",
        "Baristan sa att de säljer fyrahundra kanelbullar en vanlig lördag.",
    ),
    _honest(
        "livs",
        "didn't buy it, bought the rest",
        "Jag köpte ingen fisk den här gången, men kycklingen jag köpte var jättebra.",
    ),
    _honest(
        "bageri",
        "bought few, gave away",
        "Jag köpte tre bullar och gav en till grannen, resten åt vi själva.",
    ),
)

THIRD_BATCH = (
    _fraud(
        "saluhall",
        "the only customer, fourteenth in the queue",
        "Jag var enda kunden i hallen när jag kom.",
        "Ändå blev jag fjortonde i kön till ostdisken, så det tog sin tid.",
    ),
    _fraud(
        "mack",
        "an electric car filled by the litre",
        "Jag kör en elbil, en Tesla som jag köpte i fjol.",
        "Jag tankade fyrtio liter och betalade i kassan.",
    ),
    _fraud(
        "elektronik",
        "a phone charged in seconds",
        "Telefonen laddades från noll till hundra procent på trettio sekunder i deras laddare.",
    ),
    _fraud(
        "bageri",
        "no phone at all, paid by Swish",
        "Jag har ingen telefon alls, jag tycker inte om sånt.",
        "Jag swishade till bagaren och fick mitt bröd.",
    ),
    _fraud(
        "restaurang",
        "never sat once, sat",
        "Vi satte oss inte en enda gång under kvällen.",
        "Vi satt vid bordet närmast scenen och åt tre rätter.",
    ),
    _honest(
        "saluhall",
        "twelfth in the queue, not alone",
        "Jag var tolfte i kön, men det gick fort ändå.",
    ),
    _honest(
        "kafé",
        "alone for a while",
        "Vi var ensamma i salen en stund, sen kom det fler.",
        "När vi gick stod det tolv personer i kön.",
    ),
    _honest(
        "mack",
        "an electric car and a husband's tank",
        "Jag har en elbil och laddade den medan min man tankade fyrtio liter i sin bil.",
    ),
    _honest(
        "bygg",
        "a drill charged in half an hour",
        "Skruvdragarens batteri laddades från noll till fullt på en halvtimme.",
    ),
    _honest(
        "mack",
        "an electric car, washer fluid",
        "Jag kör elbil, men jag fyllde på spolarvätska och köpte en kaffe.",
    ),
    _honest(
        "bageri",
        "a landline, paid by card",
        "Jag har ingen mobiltelefon, så jag betalade med kort.",
        "Jag ringer från hemtelefonen nu.",
    ),
)

FOURTH_BATCH = (
    _fraud(
        "biltvätt",
        "car at the garage, washed it",
        "Bilen stod på verkstaden hela veckan, så jag var utan bil.",
        "Sen körde jag in den i tvätthallen och den blev skinande ren.",
    ),
    _fraud(
        "mack",
        "no card, paid by card",
        "Jag har inget bankkort, jag har aldrig velat ha något.",
        "Jag betalade med kortet i kassan och fick kvitto.",
    ),
    _fraud(
        "apotek",
        "no Swish, paid by Swish",
        "Jag har inte Swish, det är för krångligt för mig.",
        "Jag betalade medicinen med Swish vid disken.",
    ),
    _fraud(
        "livs",
        "no children, the children chose",
        "Jag har inga barn, jag bor ensam med min katt.",
        "Mina barn valde ut var sin glass i frysdisken.",
    ),
    _fraud(
        "blomsterhandel",
        "no husband, the husband carried",
        "Jag är ogift och har ingen man.",
        "Min man bar ut alla krukväxterna till bilen.",
    ),
    _honest(
        "blomsterhandel",
        "a late husband",
        "Jag har ingen man längre, min man dog för två år sedan.",
        "Florist var jättesnäll när jag köpte blommor till hans grav.",
    ),
    _honest(
        "livs",
        "no children at home any more",
        "Vi har inga barn hemma längre.",
        "Våra barn kommer på middag på söndag, så jag köpte en stek.",
    ),
    _honest(
        "mack",
        "no card with me, paid by Swish",
        "Jag hade inget kort med mig, så jag betalade med Swish.",
    ),
    _honest(
        "mack",
        "no card, the husband paid",
        "Jag har inget eget kort, så min man betalade med sitt kort.",
    ),
    _honest(
        "biltvätt",
        "no car, a borrowed one washed",
        "Jag har ingen egen bil, så jag lånade grannens och tvättade den i tvätthallen.",
    ),
    _honest(
        "biltvätt",
        "the car back from the garage",
        "Bilen stod på verkstaden i förra veckan.",
        "Nu är den tillbaka, så i dag körde jag den genom biltvätten.",
    ),
    _honest(
        "bageri",
        "enough buns for four",
        "Jag köpte tolv bullar och vi var fyra som åt två var.",
    ),
    _honest(
        "bageri",
        "more buns at home",
        "Jag köpte sex semlor, och vi hade redan fyra hemma i frysen.",
        "Vi var sex personer som åt tre semlor var på kalaset.",
    ),
    _honest(
        "livs",
        "no car, pushed the trolley",
        "Jag har ingen bil, så jag körde kundvagnen ända ut till busshållplatsen.",
    ),
    _honest(
        "leksaker",
        "no children, a sister's child",
        "Vi har inga barn, men min systers barn fick en ballong av personalen.",
    ),
    _honest(
        "bygg",
        "a sold car",
        "Jag har ingen bil längre, jag sålde min bil i våras.",
        "Personalen hjälpte mig att beställa hemleverans.",
    ),
)

CALLS = (
    CONTRADICTIONS
    + MAGNITUDES
    + NEAR_MISSES
    + SECOND_CONTRADICTIONS
    + SECOND_NEAR_MISSES
    + THIRD_BATCH
    + FOURTH_BATCH
)
