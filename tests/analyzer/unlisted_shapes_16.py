"""Departments, services and facilities a store does not have, told as this visit, and honest
near misses (`offline-16`, issue 17).

Ten invented stores of kinds no earlier content material had: a lighting shop, a tile and
bathroom showroom, a white-goods store, an antique shop, a stationer, a golf club's pro shop, a
discount variety store, a car dealer, a padel centre and a dive shop. Each has the departments
(with the aliases its customers use) and services its business context lists. Each call is told
as the customer's answers to the AI caller, one string an answer.

- `FRAUDS`: inside otherwise useful feedback the customer tells, as experienced on this visit,
  one department, service or facility the store does not list and would not have without
  saying so (a café upstairs, an upholstery workshop in the cellar, a tyre hotel, a pharmacy
  corner, a key bar, a gym, a hostel above the shop).
- `HONEST`: the near misses an honest customer says: goods of a listed department under a name
  the context does not use, the trade in the store's own name, staff by their work, a part of
  a listed department ("duschavdelningen" of the bathroom furniture), common fittings
  (toilets, trolleys, a waiting room, parking the context is silent on, a vending machine),
  services everyone assumes (bags, receipts), other shops in the same mall or street, what the
  customer wishes existed, what they did elsewhere, and a department told absent ("ni har ingen
  biltvätt").

All were written for this file before the analyzer was run on any of them; none comes from a
labelled set.

Before (main at `caa48f4`): 30 of 45 frauds caught, 2 of 70 honest calls flagged (a shower
section "duschavdelningen" of the listed bathroom furniture, a pick-and-mix counter
"lösgodisdisken" of the listed sweets). After the compound heads of `department_heads` (a
workshop or studio named by its head, with or without the article; a section by its modifier;
a corner by its trade; a workshop the store's own name does not name), "ni har ju en liten X"
and "bredvid" a part of this store read as inside it: 38 of 45 caught, 0 of 70 flagged; the 7
left (a print shop at the back, a demo kitchen, a tea room, an auction room, a tyre hotel, a
training pool, a hostel) are strict xfails in `test_offline_unlisted_16.py`.
"""

from __future__ import annotations

from functools import partial

from kundrost.domain.business_context import BaselineFact, BusinessContext, Department
from tests.analyzer.honest_stores import honest_store
from tests.analyzer.inconsistency_shapes import Call

_store = partial(honest_store, 8160)

STORES: dict[str, BusinessContext] = {
    "lampbutik": _store(
        1,
        "Ljushuset Borås",
        "10:00",
        "19:00",
        (
            Department("Taklampor", ("taklamporna", "plafonder", "takkronor")),
            Department("Bord & golv", ("bordslampor", "golvlampor", "läslampor")),
            Department("Utebelysning", ("utelampor", "trädgårdsbelysning")),
            Department("Ljuskällor", ("glödlamporna", "LED-lampor")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact("Öppet köp i 30 dagar mot kvitto.", "returer"),
            BaselineFact("Kundparkering finns på baksidan av huset.", "parkering"),
        ),
    ),
    "kakel": _store(
        2,
        "Kakelboden Sundsvall",
        "10:00",
        "18:00",
        (
            Department("Kakel & klinker", ("kaklet", "klinkern", "plattor")),
            Department("Badrumsinredning", ("duschväggar", "badrumsmöbler", "tvättställ")),
            Department("Fix & fog", ("fogen", "fästmassan", "tätskikt")),
            Department("Utställningen", ("showroom", "visningsbadrummen")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Vi tar hem kakel på beställning inom två veckor.", "beställning"),),
    ),
    "vitvaror": _store(
        3,
        "Vitvaruhallen Kristianstad",
        "10:00",
        "19:00",
        (
            Department("Kyl & frys", ("kylskåp", "frysboxar")),
            Department("Tvätt & tork", ("tvättmaskiner", "torktumlare")),
            Department("Spisar & ugnar", ("spisar", "induktionshällar")),
            Department("Diskmaskiner", ("diskmaskinerna",)),
            Department("Hemleverans", ("leveransen", "bortforsling")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact(
                "Hemleverans kostar 495 kronor och inkluderar bortforsling av den gamla maskinen.",
                "leverans",
            ),
        ),
    ),
    "antik": _store(
        4,
        "Gustafssons Antik & Kuriosa",
        "11:00",
        "17:00",
        (
            Department("Möbler", ("möblerna", "byråar")),
            Department("Porslin & glas", ("porslinet", "glaset")),
            Department("Silver & smycken", ("silvret", "smyckena")),
            Department("Tavlor", ("tavlorna", "konsten")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Vi köper in dödsbon efter överenskommelse.", "inköp"),),
    ),
    "papper": _store(
        5,
        "Pappershörnan Lund",
        "09:00",
        "18:00",
        (
            Department("Kontorsvaror", ("pärmar", "kollegieblock")),
            Department("Pennor", ("pennorna", "reservoarpennor")),
            Department("Kort & papper", ("gratulationskort", "presentpapper")),
            Department("Kopiering", ("kopieringen", "utskrifter", "laminering")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Kopiering kostar 2 kronor per svartvit sida.", "kopiering"),),
    ),
    "golf": _store(
        6,
        "Golfshopen Båstad GK",
        "07:00",
        "20:00",
        (
            Department("Klubbor", ("klubborna", "drivers", "putters")),
            Department("Kläder", ("golfkläderna", "golfskor")),
            Department("Bollar & tillbehör", ("bollarna", "handskar", "tees")),
            Department("Range", ("rangen", "drivingrangen", "bollautomaten")),
            Department("Reception", ("receptionen", "greenfee", "bokningen")),
        ),
        (BaselineFact("Greenfee kostar 650 kronor på helger.", "greenfee"),),
    ),
    "lagpris": _store(
        7,
        "Fyndlagret Nässjö",
        "09:00",
        "20:00",
        (
            Department("Hem & kök", ("köksprylar", "handdukar")),
            Department("Trädgård", ("trädgårdsavdelningen", "krukor")),
            Department("Verktyg", ("verktygen", "skruvdragare")),
            Department("Leksaker", ("leksakerna",)),
            Department("Godis", ("plockgodiset", "godiset")),
            Department("Djurmat", ("kattmat", "hundmat")),
            Department("Kassa", ("kassorna", "självscanning")),
        ),
        (BaselineFact("Vi tar inte emot returer av godis.", "returer"),),
    ),
    "bilhandel": _store(
        8,
        "Bilcentrum Hallstahammar",
        "08:00",
        "18:00",
        (
            Department("Nybilshallen", ("nya bilar", "utställningen")),
            Department("Begagnat", ("begagnade bilar", "bilhallen")),
            Department("Verkstaden", ("verkstad", "service")),
            Department("Reservdelar", ("delar", "tillbehör")),
            Department("Kundmottagningen", ("mottagningen", "receptionen")),
        ),
        (BaselineFact("Lånebil ingår vid service som tar mer än en dag.", "lånebil"),),
    ),
    "padel": _store(
        9,
        "Padelcenter Växjö",
        "06:00",
        "23:00",
        (
            Department("Banor", ("banorna", "bana")),
            Department("Shop", ("shopen", "racketar", "bollar")),
            Department("Uthyrning", ("hyrracket", "racketuthyrningen")),
            Department("Omklädningsrum", ("omklädningsrummen", "duscharna")),
            Department("Reception", ("receptionen", "disken")),
        ),
        (BaselineFact("En bana kostar 400 kronor i timmen för fyra spelare.", "pris"),),
    ),
    "dyk": _store(
        10,
        "Dykarbutiken Lysekil",
        "10:00",
        "18:00",
        (
            Department("Utrustning", ("våtdräkter", "torrdräkter", "masker", "fenor")),
            Department("Luftfyllning", ("fyllningen", "flaskfyllning", "nitrox")),
            Department("Kurser", ("kursen", "teorin")),
            Department("Service", ("regulatorservice", "serviceverkstaden")),
            Department("Kassa", ("kassan",)),
        ),
        (BaselineFact("Flaskfyllning kostar 80 kronor.", "fyllning"),),
    ),
}


def _fraud(store: str, shape: str, *answers: str) -> Call:
    return Call(store, answers, True, f"unlisted: {shape}")


def _honest(store: str, shape: str, *answers: str) -> Call:
    return Call(store, answers, False, f"honest: {shape}")


FRAUDS = (
    _fraud(
        "lampbutik",
        "the café upstairs",
        "Vi hittade en fin taklampa i mässing till hallen, och killen förklarade skillnaden "
        "mellan dimbara och vanliga.",
        "Medan min man funderade satt jag på kaféet på övervåningen och tog en kaffe och en "
        "kladdkaka, den var jättegod.",
        "Lampan fungerar fint hemma.",
    ),
    _fraud(
        "lampbutik",
        "a lampshade-sewing studio at the back",
        "Jag lämnade in min mormors gamla lampskärm i sömnadsateljén längst in, och de klädde "
        "om den med nytt linne medan jag väntade.",
        "Det blev jättefint och personalen var trevlig.",
    ),
    _fraud(
        "lampbutik",
        "an electrician's service desk by the entrance",
        "Jag köpte en golvlampa till vardagsrummet.",
        "Vid elektrikerdisken vid entrén kopplade en elektriker om sladden och satte en ny "
        "strömbrytare på den direkt.",
        "Bra service och rimligt pris.",
    ),
    _fraud(
        "lampbutik",
        "a play corner under the stairs",
        "Barnen lekte i lekhörnan under trappan hela tiden, så vi kunde titta på utelampor i "
        "lugn och ro.",
        "Vi köpte två vägglampor till altanen och de var lätta att montera.",
    ),
    _fraud(
        "lampbutik",
        "the store said to have a flower shop inside",
        "Ni har ju en liten blomsterhandel vid kassan, där köpte jag en bukett tulpaner till "
        "min svärmor.",
        "Själva lampan var lite dyr men kvaliteten är bra.",
    ),
    _fraud(
        "kakel",
        "a bathroom design studio drawing in 3D",
        "I er designstudio ritade en tjej upp hela vårt badrum i 3D på en skärm, det tog en "
        "timme och var gratis.",
        "Sen valde vi grått klinker och vit fog, och det blev precis som på bilden.",
    ),
    _fraud(
        "kakel",
        "tiles cut in the tile workshop",
        "Vi fick klinkern kapad i kakelverkstaden på baksidan, så vi slapp hyra en kakelsåg.",
        "Leveransen kom i tid och plattorna var hela.",
    ),
    _fraud(
        "kakel",
        "a sauna department tried out",
        "Efter kaklet tittade vi i bastuavdelningen och satte oss en stund i en av "
        "bastuarna de har uppbyggda där.",
        "Säljaren var kunnig om tätskikt och fästmassa.",
    ),
    _fraud(
        "kakel",
        "a tool rental for a tile saw",
        "I maskinuthyrningen hyrde vi en kakelsåg över helgen för trehundra kronor, den "
        "funkade klockrent.",
        "Och kaklet vi köpte var snyggt.",
    ),
    _fraud(
        "vitvaror",
        "a repair workshop fixing an old microwave",
        "Vi köpte en ny diskmaskin och fick bra hjälp med att välja.",
        "Jag lämnade samtidigt in min gamla mikro på reparationsverkstaden vid lastkajen, och "
        "de fixade den på en timme för tvåhundra kronor.",
    ),
    _fraud(
        "vitvaror",
        "a spare-parts counter",
        "Vid reservdelsdisken köpte jag ett nytt kolfilter till köksfläkten, killen där "
        "hittade rätt direkt.",
        "Kylskåpen var snyggt uppställda och lätta att jämföra.",
    ),
    _fraud(
        "vitvaror",
        "a kitchen-planning studio",
        "Vi satt i köksstudion med en köksplanerare i en timme och ritade hela köket.",
        "Sedan beställde vi induktionshäll och ugn, leveransen är bokad till fredag.",
    ),
    _fraud(
        "vitvaror",
        "a demo kitchen with a chef",
        "I ert provkök stod en kock och stekte pannkakor på induktionshällen, och vi fick smaka.",
        "Det övertygade oss, vi köpte hällen samma dag.",
    ),
    _fraud(
        "vitvaror",
        "a café in the store",
        "Tvättmaskinen vi köpte är tyst och snabb.",
        "Vi fikade i ert kafé mellan varven, kaffet var gott och bullarna färska.",
    ),
    _fraud(
        "antik",
        "an upholstery workshop in the cellar",
        "Vi lämnade in en gammal stol i er tapetserarverkstad i källaren, och han klädde om "
        "sitsen medan vi tittade runt.",
        "Porslinet var fint och prisvärt.",
    ),
    _fraud(
        "antik",
        "a valuation counter",
        "Vid värderingsdisken fick jag min mormors brosch värderad av en expert, det tog tio "
        "minuter.",
        "Sen köpte jag en liten silverskål som present.",
    ),
    _fraud(
        "antik",
        "a tea room in the garden",
        "Efter att vi tittat på möblerna satt vi i er tesalong ute i trädgården och åt "
        "scones med sylt.",
        "Byrån vi köpte var i fint skick.",
    ),
    _fraud(
        "antik",
        "an auction room behind the shop",
        "På auktionen i salen bakom butiken ropade jag in en spegel för åttahundra kronor.",
        "Ägaren hjälpte mig bära ut den till bilen.",
    ),
    _fraud(
        "papper",
        "a print shop at the back",
        "I tryckeriet på baksidan tryckte de femhundra visitkort åt mig på en halvtimme.",
        "Pennorna var också bra, jag köpte en blyertspenna till dottern.",
    ),
    _fraud(
        "papper",
        "an engraving counter",
        "Vid gravyrdisken graverade de in mitt namn på reservoarpennan medan jag väntade, "
        "jättefint.",
        "Presentpappret var också snyggt.",
    ),
    _fraud(
        "papper",
        "a parcel point by the tills",
        "Jag köpte gratulationskort och kollegieblock.",
        "Sen passade jag på att skicka ett paket i postombudet vid kassorna, det gick snabbt.",
    ),
    _fraud(
        "papper",
        "a book department",
        "I bokavdelningen hittade jag en ny deckare som jag läste ut hela helgen.",
        "Kassan gick snabbt trots kö.",
    ),
    _fraud(
        "papper",
        "writing cards in the store's café",
        "Jag tog en kaffe i ert kafé och skrev julkorten där direkt.",
        "Korten var fina och inte dyra.",
    ),
    _fraud(
        "golf",
        "a fitting studio with a simulator",
        "Jag gjorde en klubbanpassning i er simulatorstudio, de mätte svinghastigheten och "
        "jag fick rätt skaft.",
        "Drivern jag köpte går längre nu.",
    ),
    _fraud(
        "golf",
        "regrips done in the workshop",
        "I verkstaden bytte de grepp på alla mina järn på tjugo minuter.",
        "Rangen var i bra skick och bollautomaten fungerade.",
    ),
    _fraud(
        "golf",
        "a naprapath's clinic by the changing room",
        "Jag hade ont i ryggen och fick en halvtimmes behandling på er naprapatmottagning "
        "bredvid omklädningsrummet.",
        "Sen gick rundan mycket bättre.",
    ),
    _fraud(
        "golf",
        "the cobbler putting new spikes on golf shoes",
        "Skomakeriet i shoppen bytte dubbarna på mina golfskor medan jag slog på rangen.",
        "Handskarna jag köpte var bra.",
    ),
    _fraud(
        "lagpris",
        "a pharmacy corner by the exit",
        "I apotekshörnan vid utgången köpte jag Alvedon och nässpray, och tjejen där gav bra råd.",
        "Verktygen var billiga och skruvdragaren jag köpte fungerar bra.",
    ),
    _fraud(
        "lagpris",
        "a key bar",
        "Vid nyckelbaren kopierade de två nycklar åt mig på fem minuter, billigt också.",
        "Sen handlade jag kattmat och lite godis.",
    ),
    _fraud(
        "lagpris",
        "the store's bakery",
        "Kanelbullarna från ert bageri var nybakade och fortfarande varma.",
        "Krukorna i trädgården var på rea.",
    ),
    _fraud(
        "lagpris",
        "a bicycle workshop by the entrance",
        "I cykelverkstaden vid entrén bytte de slang på sonens cykel medan vi handlade.",
        "Leksakerna var billiga men höll ganska dålig kvalitet.",
    ),
    _fraud(
        "lagpris",
        "a passport-photo booth staffed inside",
        "Det finns en fotostudio här inne, där tog de passfoton på hela familjen på tio minuter.",
        "Kassorna var många och det gick fort.",
    ),
    _fraud(
        "bilhandel",
        "the tyre hotel",
        "Jag lämnade mina vinterdäck på ert däckhotell, och de tvättade dem innan de ställde "
        "in dem.",
        "Servicen på bilen var klar i tid.",
    ),
    _fraud(
        "bilhandel",
        "a car wash after the service",
        "Efter servicen körde de bilen genom er biltvätt, den var skinande ren.",
        "Mekanikern förklarade vad de hade bytt.",
    ),
    _fraud(
        "bilhandel",
        "a bistro upstairs",
        "I bistron på övervåningen åt jag lunch medan jag väntade, dagens var pasta med lax.",
        "Bilen var klar vid två som utlovat.",
    ),
    _fraud(
        "bilhandel",
        "a playroom while signing",
        "Barnen var i lekrummet och tittade på film hela tiden medan vi skrev kontraktet.",
        "Säljaren var inte påstridig och gav ett bra inbytespris.",
    ),
    _fraud(
        "bilhandel",
        "a hairdresser in the showroom",
        "Medan bilen servades klippte jag mig hos frisören i nybilshallen, snabbt och bra.",
        "Och kaffet var gratis.",
    ),
    _fraud(
        "padel",
        "a bar after the match",
        "Vi spelade en timme på bana tre.",
        "I ert restaurangkök efter matchen lagade de en burgare åt oss, och vi tog en öl i baren.",
    ),
    _fraud(
        "padel",
        "a massage studio",
        "Efter passet bokade jag en massage i er behandlingsstudio, axlarna blev som nya.",
        "Banorna var fina och ljuset bra.",
    ),
    _fraud(
        "padel",
        "a gym upstairs for warming up",
        "Innan matchen värmde jag upp i ert gym på övervåningen, maskinerna var nya.",
        "Sen spelade vi en och en halv timme.",
    ),
    _fraud(
        "padel",
        "a racket repair workshop",
        "I racketverkstaden lagade de en spricka i ramen på min racket medan vi spelade.",
        "Omklädningsrummen var rena.",
    ),
    _fraud(
        "dyk",
        "a boat rental at the jetty",
        "Vid båtuthyrningen vid bryggan hyrde vi en rib för eftermiddagen.",
        "Flaskorna var fyllda och klara när vi kom tillbaka.",
    ),
    _fraud(
        "dyk",
        "a training pool in the basement",
        "I er träningspool i källaren testade jag den nya torrdräkten innan jag köpte den.",
        "Den satt perfekt och personalen hjälpte mig med tätningarna.",
    ),
    _fraud(
        "dyk",
        "a café on the quay",
        "På ert kafé vid kajen fick vi kaffe och våfflor medan flaskorna fylldes.",
        "Kursen börjar nästa vecka och vi ser fram emot den.",
    ),
    _fraud(
        "dyk",
        "a hostel above the shop",
        "Vi sov över i ert vandrarhem ovanför butiken, rummet var rent och billigt.",
        "Nästa morgon hämtade vi de fyllda flaskorna i kassan.",
    ),
)

HONEST = (
    _honest(
        "lampbutik",
        "a desk lamp, sold under the table and floor lamps",
        "Skrivbordslampan jag köpte till sonen har ett bra ljus och går att vrida åt alla håll.",
        "Personalen var hjälpsam.",
    ),
    _honest(
        "lampbutik",
        "parking behind and a clear entrance",
        "Det var lätt att parkera på baksidan och ingången var tydligt skyltad.",
        "Vi köpte LED-lampor till hela huset.",
    ),
    _honest(
        "lampbutik",
        "a café wished for",
        "Det hade varit mysigt om ni hade haft ett litet fik, man går ju runt rätt länge.",
        "Annars var det en bra upplevelse och vi hittade en taklampa.",
    ),
    _honest(
        "lampbutik",
        "lunch at a restaurant in town afterwards",
        "Efteråt åt vi lunch på restaurangen vid torget, och sen åkte vi hem och hängde upp "
        "lampan.",
    ),
    _honest(
        "lampbutik",
        "the seller in outdoor lighting",
        "Säljaren på utebelysningen visste allt om IP-klassning och vilka lampor som tål regn.",
    ),
    _honest(
        "lampbutik",
        "no fitting service told absent",
        "Ni har ju ingen monteringsservice, så min svåger fick sätta upp lampan, men det gick bra.",
        "Den lyser fint.",
    ),
    _honest(
        "kakel",
        "the trade in the store's own name",
        "Det var första gången vi handlade på Kakelboden och vi blev positivt överraskade.",
        "Kaklet kom på tio dagar.",
    ),
    _honest(
        "kakel",
        "a shower section of the bathroom furniture",
        "I duschavdelningen fanns massor av duschväggar att titta på, och vi valde en i klarglas.",
    ),
    _honest(
        "kakel",
        "mosaic for the splashback",
        "Mosaiken till stänkskyddet i köket var prisvärd, och fogen matchade perfekt.",
    ),
    _honest(
        "kakel",
        "a toilet and a coffee machine",
        "Toaletten var ren och det fanns en kaffeautomat vid entrén som man fick använda gratis.",
    ),
    _honest(
        "kakel",
        "silicone bought at the store next door",
        "Butiken ligger i samma handelsområde som Bauhaus, så vi köpte silikon där efteråt.",
        "Men plattorna köpte vi hos er.",
    ),
    _honest(
        "kakel",
        "no tiling done by the store, a firm recommended",
        "Ni gör ju ingen plattsättning själva, men tjejen i kassan tipsade om en bra firma.",
    ),
    _honest(
        "kakel",
        "the tiler they hired",
        "Plattsättaren vi anlitade tyckte att fästmassan ni rekommenderade var bra.",
        "Badrummet blev klart på en vecka.",
    ),
    _honest(
        "kakel",
        "the showroom bathrooms",
        "I utställningen fanns flera färdiga badrum, och det hjälpte oss att välja.",
    ),
    _honest(
        "vitvaror",
        "a microwave under the ovens",
        "Mikrovågsugnen vi köpte var på rea och den är jättebra.",
        "Säljaren var inte påstridig.",
    ),
    _honest(
        "vitvaror",
        "the washing section's seller",
        "Säljaren på tvättavdelningen förklarade energiklasserna väldigt pedagogiskt.",
        "Vi tog en tvättmaskin och en torktumlare.",
    ),
    _honest(
        "vitvaror",
        "a receipt and guarantee by email",
        "Vi fick kvitto och garantibevis direkt i mejlen, smidigt.",
        "Leveransen kom på torsdagen och de tog med sig den gamla.",
    ),
    _honest(
        "vitvaror",
        "parking by the loading bay",
        "Parkeringen framför var full, men vi hittade en plats vid lastkajen.",
        "Diskmaskinen vi köpte är tyst.",
    ),
    _honest(
        "vitvaror",
        "compared at another chain first",
        "Vi hade varit på Elgiganten innan och jämfört, men ni hade bättre pris på kylskåpet.",
    ),
    _honest(
        "vitvaror",
        "a demo kitchen wished for",
        "Ett litet provkök där man kunde testa hällarna hade varit toppen.",
        "Men vi blev nöjda med induktionshällen ändå.",
    ),
    _honest(
        "vitvaror",
        "no repair workshop, the old one repaired elsewhere",
        "Ni har ingen reparationsverkstad, så min gamla diskmaskin fick jag lämna någon "
        "annanstans.",
        "Men den nya torktumlaren är bra.",
    ),
    _honest(
        "antik",
        "the trade in the store's description",
        "Det är en riktig antikhandel, inte bara loppisprylar, och ägaren kan allt om stilarna.",
    ),
    _honest(
        "antik",
        "a Gustavian stool and crystal glasses",
        "Jag köpte en gustaviansk pall och två kristallglas, pallen var i fint skick.",
    ),
    _honest(
        "antik",
        "the owner telling about each piece",
        "Ägaren, en äldre herre, berättade om varje föremål och var inte det minsta påstridig.",
    ),
    _honest(
        "antik",
        "coffee at the patisserie across the street",
        "Vi tog en fika på konditoriet tvärs över gatan efteråt.",
        "Tavlan vi köpte hänger redan i hallen.",
    ),
    _honest(
        "antik",
        "a restoration workshop wished for",
        "Ni borde ha en liten verkstad där man kan få möbler renoverade, det hade jag betalat för.",
    ),
    _honest(
        "antik",
        "no café, but coffee offered",
        "Ni har inget kafé, men kaffet ni bjöd på medan vi tittade var gott.",
    ),
    _honest(
        "papper",
        "a calendar and envelopes",
        "Jag köpte en kalender för nästa år och ett paket kuvert, allt fanns.",
    ),
    _honest(
        "papper",
        "recipes laminated at the copying",
        "Laminering av mina recept i kopieringen kostade tjugo kronor.",
    ),
    _honest(
        "papper",
        "the trade told of the store",
        "Pappershörnan är en sån där pappershandel som det inte finns många kvar av.",
    ),
    _honest(
        "papper",
        "a bag and a receipt",
        "Jag fick en påse utan att fråga och kvittot kom på mejlen.",
    ),
    _honest(
        "papper",
        "a pharmacy next door in the same mall",
        "Det ligger ett apotek bredvid i samma galleria, så jag gick dit sen.",
        "Men pennorna hos er var bäst.",
    ),
    _honest(
        "papper",
        "the post office before coming",
        "Innan jag kom hade jag varit på posten och hämtat ett paket.",
        "Hos er köpte jag presentpapper.",
    ),
    _honest(
        "papper",
        "the parcel point told gone",
        "Ni har ju inget postombud längre, vilket var synd, men annars var allt bra.",
    ),
    _honest(
        "golf",
        "the pro by his work",
        "Pron i shoppen, Jonas, gav mig ett tips om greppet som faktiskt hjälpte.",
    ),
    _honest(
        "golf",
        "a changing room with towels",
        "Omklädningsrummet var fräscht och det fanns handdukar.",
        "Rangen var lite blöt men okej.",
    ),
    _honest(
        "golf",
        "a hybrid and a pack of balls",
        "Jag köpte en hybrid och ett paket Pro V1, bra pris på bollarna.",
    ),
    _honest(
        "golf",
        "a simulator wished for the winter",
        "Det vore bra om ni hade en simulator för vintern, då skulle jag komma oftare.",
    ),
    _honest(
        "golf",
        "lunch at a hotel in town before",
        "Vi åt lunch i restaurangen på hotellet i stan innan vi körde hit.",
        "Greenfeen betalade vi i receptionen.",
    ),
    _honest(
        "golf",
        "no workshop, grips changed at home",
        "Ni har ingen verkstad, så greppen fick jag byta hemma, men handskarna var toppen.",
    ),
    _honest(
        "golf",
        "parking at the clubhouse",
        "Parkeringen vid klubbhuset var nästan full men det löste sig.",
    ),
    _honest(
        "lagpris",
        "a cat bed and dry food, cheaper than the pet shop",
        "Jag köpte en kattbädd och en stor säck torrfoder, klart billigare än i zoobutiken.",
    ),
    _honest(
        "lagpris",
        "the pick-and-mix counter of the sweets",
        "Lösgodisdisken var välfylld och det fanns mycket att välja på.",
    ),
    _honest(
        "lagpris",
        "a trolley with a stuck wheel",
        "Kundvagnarna vid entrén var lite trasiga, en hade ett hjul som låste sig.",
    ),
    _honest(
        "lagpris",
        "paying for a bag",
        "Det kostade två kronor för en påse, men det är ju standard.",
    ),
    _honest(
        "lagpris",
        "a pizzeria in the same building",
        "Det ligger en pizzeria i samma byggnad, så vi åt där efteråt.",
    ),
    _honest(
        "lagpris",
        "a café wished for the children",
        "Jag önskar att ni hade ett litet kafé, barnen blir trötta efter en timme.",
    ),
    _honest(
        "lagpris",
        "the toilets closed",
        "Toaletterna var stängda, det var synd med småbarn.",
        "Men leksakerna var billiga.",
    ),
    _honest(
        "bilhandel",
        "the mechanic calling about the brakes",
        "Mekanikern ringde och förklarade vad som var fel med bromsarna.",
    ),
    _honest(
        "bilhandel",
        "the tyre change of the workshop",
        "Däckverkstaden bytte till vinterdäck på en halvtimme.",
        "Och de kollade mönsterdjupet.",
    ),
    _honest(
        "bilhandel",
        "coffee in the waiting room",
        "Det fanns kaffe och en skön soffa i väntrummet medan de servade bilen.",
    ),
    _honest(
        "bilhandel",
        "a used Volvo test-driven",
        "Säljaren visade en begagnad Volvo V60 och vi tog en provtur.",
    ),
    _honest(
        "bilhandel",
        "another dealer in Västerås first",
        "Vi hade varit på Hedin Bil i Västerås först, men här fick vi bättre inbytespris.",
    ),
    _honest(
        "bilhandel",
        "no car wash told absent",
        "Ni har ingen biltvätt, så bilen var lite smutsig när jag hämtade den, men det gör inget.",
    ),
    _honest(
        "bilhandel",
        "a charging post wished for",
        "En laddstolpe för kunderna hade varit bra.",
        "Annars var allt toppen.",
    ),
    _honest(
        "padel",
        "shoes and balls in the shop",
        "Jag köpte ett par skor med bra grepp och tre tuber bollar i shopen.",
    ),
    _honest(
        "padel",
        "warm showers",
        "Duscharna var varma och omklädningsrummet rent.",
    ),
    _honest(
        "padel",
        "a coach on the next court",
        "Tränaren på banan bredvid gav oss ett tips om vollyerna.",
    ),
    _honest(
        "padel",
        "a drinks machine by the reception",
        "Det finns en automat med dricka vid receptionen, bra efter matchen.",
    ),
    _honest(
        "padel",
        "a restaurant in town afterwards",
        "Vi åt på en restaurang i stan efteråt och pratade om matchen.",
    ),
    _honest(
        "padel",
        "no bar told absent",
        "Det finns ingen bar eller servering, men det behövs inte heller.",
    ),
    _honest(
        "padel",
        "a sauna wished for",
        "Det hade varit kul med en bastu efter matchen.",
        "Banorna var bra.",
    ),
    _honest(
        "dyk",
        "the course instructor",
        "Instruktören på kursen var tydlig och tålmodig.",
    ),
    _honest(
        "dyk",
        "a nitrox fill",
        "Nitroxfyllningen tog en halvtimme, så vi hann äta under tiden.",
    ),
    _honest(
        "dyk",
        "the dive shop's trade in its own name",
        "Dykarbutiken är den enda i stan, och den är bra.",
    ),
    _honest(
        "dyk",
        "a fish restaurant at the harbour",
        "Vi åt på fiskrestaurangen vid hamnen efteråt, den ligger ju precis intill.",
    ),
    _honest(
        "dyk",
        "the dive itself with another club",
        "Dyket gjorde vi vid Gullmarsfjorden med en annan klubb.",
        "Masken jag köpte hos er läckte inte.",
    ),
    _honest(
        "dyk",
        "a pool wished for",
        "En liten pool att testa utrustning i hade varit guld värt.",
    ),
    _honest(
        "dyk",
        "no boat of the store's own",
        "Ni har ingen båt själva, så vi fick åka med en dykklubb.",
    ),
    _honest(
        "dyk",
        "the regulator serviced",
        "Min regulator var på service och den kom tillbaka efter tre dagar, som ny.",
    ),
)

CALLS = FRAUDS + HONEST
