"""Baseline facts and departments at nine trades no fact material had, and what honest and
lying customers say around them (the fifteenth material).

Nine invented stores (a building-supplies yard, a toy superstore, an outdoor-gear shop, a
home-electronics store with a service workshop, a car-rental desk, a swimming hall with a
swim shop, a garden centre with a café, a DIY hire counter, a high-ropes adventure park),
each with five facts of the kinds held-out calls showed unread: an age, height or
supervision rule, a service offered only on a condition (a least purchase, a membership, a
booking ahead), a return exception naming several kinds of goods, a refused guarantee or
price-match, a loan or rental against a deposit, a department's own hours. Beside each fact,
honest sentences (agreeing as experienced, accepting or regretting the rule, a wish, another
store, an exception the fact itself allows) and contradictions told deadpan as experienced.
Beside each store, departments it lacks told as used here (fraud), and honest talk of such a
department at another store, at home or as a wish.

All were written for this file before the analyzer ran on them; none comes from a labelled
set. On main (`offline-14`) 3 of the 170 honest sentences and 1 of the 27 honest department
sentences were flagged, 26 of the 97 contradictions and 14 of the 19 lacking departments
caught; with the fifteenth round's readings 0, 0, 60 and 15.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Said, Store, store_context

STORES: dict[str, Store] = {
    "bygg": Store(
        "Granlunds Bygghandel i Gävle",
        ("07-18", "09-15", ""),
        (
            ("Brädgården", ("virkeslagret", "brädgårn")),
            ("Kapservicen", ("kapen", "sågen")),
            ("Färg", ("färgavdelningen", "färgblandningen")),
            ("Verktyg", ("verktygsavdelningen",)),
            ("Kassa", ("kassan", "kassorna")),
        ),
        (
            "Brädgården har öppet 7–16 på vardagar och 9–13 på lördagar.",
            "Släpkärran lånas ut gratis i tre timmar mot en deposition på 500 kronor.",
            "Hemleverans är gratis vid köp över 5 000 kronor; annars kostar den 595 kronor.",
            "Kapat virke, brytfärg och beställda dörrar tas inte tillbaka.",
            "Vi matchar inte andra bygghandlares priser.",
        ),
    ),
    "leksak": Store(
        "Lekjätten Leksaksvaruhus i Linköping",
        ("10-20", "10-18", "11-17"),
        (
            ("Lekrummet", ("bollhavet", "lekhörnan")),
            ("Spel och pussel", ("spelavdelningen", "pusslen")),
            ("Byggleksaker", ("legoavdelningen", "legot")),
            ("Utomhus", ("cyklarna", "studsmattorna")),
            ("Kundtjänst", ("kundservice", "inslagningen")),
            ("Kassa", ("kassan",)),
        ),
        (
            "Barn under 6 år får bara vara i lekrummet med en vuxen, högst 45 minuter.",
            "Presentinslagning är gratis för medlemmar i Lekklubben; andra betalar 20 kronor "
            "per paket.",
            "Öppnade pussel, spel och byggsatser tas inte tillbaka; andra leksaker får lämnas "
            "tillbaka inom 30 dagar med kvitto.",
            "Vi lämnar ingen prisgaranti och matchar inte nätbutikers priser.",
            "Cyklar monteras gratis, men bara om de beställs två dagar i förväg.",
        ),
    ),
    "friluft": Store(
        "Fjällboden Friluftsbutik i Östersund",
        ("10-18", "10-16", "12-16"),
        (
            ("Tält och sovsäckar", ("tälten", "sovsäckarna")),
            ("Kläder", ("jackorna", "skalkläderna")),
            ("Skor", ("kängorna", "skoavdelningen")),
            ("Uthyrningen", ("hyrdisken",)),
            ("Verkstaden", ("skidservicen",)),
            ("Kassa", ("kassan",)),
        ),
        (
            "Tält och kanoter hyrs ut mot en deposition på 1 000 kronor och legitimation.",
            "Kanoter hyrs bara ut om de bokas minst en dag i förväg.",
            "Verkstaden har öppet tisdag till torsdag 12–17.",
            "Använda sovsäckar, underställ och gaskassetter tas inte tillbaka.",
            "Vi matchar inte andra butikers priser, men medlemmar får 10 procent rabatt.",
        ),
    ),
    "elektronik": Store(
        "Teknikhallen Hemelektronik i Borås",
        ("10-20", "10-18", "11-17"),
        (
            ("TV och ljud", ("tv-avdelningen", "ljudet")),
            ("Mobiler", ("mobilavdelningen", "telefonerna")),
            ("Datorer", ("datoravdelningen",)),
            ("Vitvaror", ("vitvarorna",)),
            ("Serviceverkstaden", ("verkstaden", "reparationerna")),
            ("Kassa", ("kassan",)),
        ),
        (
            "Serviceverkstaden har öppet 10–16 på vardagar och är stängd på helger.",
            "Under en reparation lånar vi ut en telefon mot en deposition på 500 kronor.",
            "TV-montering på vägg görs bara när tv:n är köpt hos oss och monteringen bokas i "
            "förväg.",
            "Öppnade hörlurar, mobiltelefoner och programvara tas inte tillbaka.",
            "Gamla vitvaror tas med gratis, men bara när vi levererar en ny hem.",
        ),
    ),
    "bilhyra": Store(
        "Kustens Biluthyrning i Halmstad",
        ("07-19", "09-15", "10-14"),
        (
            ("Uthyrningsdisken", ("disken", "hyrdisken")),
            ("Bilparken", ("bilarna", "hyrbilarna")),
            ("Släpvagnar", ("släpen", "släpkärrorna")),
        ),
        (
            "Den som hyr bil måste ha fyllt 21 år och haft körkort i minst ett år.",
            "Vi tar en deposition på 3 000 kronor på kreditkort; betalkort och kontanter tas "
            "inte emot för depositionen.",
            "Barnstolar hyrs bara ut om de bokas i förväg och kostar 150 kronor per hyra.",
            "Bilen lämnas tillbaka med full tank, annars tar vi en tankavgift på 500 kronor.",
            "Släpvagnar hyrs bara ut måndag till fredag.",
        ),
    ),
    "simhall": Store(
        "Vattenhallen Simhall och Badbutik i Karlstad",
        ("06-21", "08-18", "08-18"),
        (
            ("Badbutiken", ("butiken", "shopen")),
            ("Bassängerna", ("stora bassängen", "lilla bassängen", "femtiometersbassängen")),
            ("Hopptornet", ("tornet", "tiometern")),
            ("Entrén", ("receptionen", "kassan")),
            ("Simskolan", ("simlektionerna",)),
        ),
        (
            "Barn under 10 år badar bara med en vuxen i vattnet.",
            "Hopptornet är öppet bara lördagar och söndagar 12–15; barn under 140 cm hoppar "
            "inte från tiometern.",
            "Badkläder, simglasögon och öronproppar tas inte tillbaka; andra varor byts inom "
            "14 dagar med kvitto.",
            "Handdukar lånas ut i entrén mot en deposition på 50 kronor.",
            "Simskolan bokas terminsvis i förväg; vi tar inte emot drop-in.",
        ),
    ),
    "tradgard": Store(
        "Rosengårdens Handelsträdgård och Kafé i Lund",
        ("09-19", "09-17", "10-17"),
        (
            ("Växthuset", ("växthusen", "krukväxterna")),
            ("Plantskolan", ("buskarna", "träden")),
            ("Kaféet", ("fiket", "caféet")),
            ("Jord och gödsel", ("jordsäckarna", "gödseln")),
            ("Kassa", ("kassan",)),
        ),
        (
            "Kaféet har öppet 10–16 alla dagar och stänger före butiken.",
            "Träd och buskar har ett års växtgaranti, men bara för medlemmar i Trädgårdsklubben.",
            "Jord levereras hem bara vid köp av minst 20 säckar; leveransen kostar 395 kronor.",
            "Krukväxter, snittblommor och fröer tas inte tillbaka.",
            "Hundar får inte följa med in i växthuset eller kaféet.",
        ),
    ),
    "hyr": Store(
        "Maskinhyran Hyrcenter i Norrköping",
        ("07-17", "08-12", ""),
        (
            ("Uthyrningen", ("hyrdisken", "disken")),
            ("Maskinparken", ("maskinerna", "maskinlagret")),
            ("Förbrukning", ("slippapperet", "förbrukningsmaterialet")),
            ("Kassa", ("kassan",)),
        ),
        (
            "Maskiner hyrs ut mot legitimation och en deposition på 1 000 kronor.",
            "Motorsågar och röjsågar hyrs bara ut till den som fyllt 18 år.",
            "Golvslipar och kompressorer måste bokas minst två dagar i förväg.",
            "Slippapper och sågklingor tas inte tillbaka när förpackningen är öppnad.",
            "Hyrda maskiner lämnas tillbaka senast klockan 16; lämnas de senare debiteras en "
            "dag till.",
        ),
    ),
    "aventyr": Store(
        "Trädtoppen Äventyrspark i Sundsvall",
        ("11-19", "10-18", "10-18"),
        (
            ("Klätterbanorna", ("banorna", "röda banan", "gröna banan")),
            ("Barnbanan", ("småbarnsbanan",)),
            ("Grillplatsen", ("grillen",)),
            ("Entrén", ("kassan", "receptionen")),
        ),
        (
            "Barn under 130 cm går bara på barnbanan; den röda banan kräver 150 cm.",
            "Barn under 12 år klättrar bara med en vuxen som går med på banan.",
            "Grupper på fler än tio personer måste boka i förväg.",
            "Vi hyr inte ut klätterskor; handskar säljs i entrén för 50 kronor.",
            "Grillplatsen är gratis för besökare; egen alkohol är inte tillåten i parken.",
        ),
    ),
}


def _honest(store: str, *texts: str) -> tuple[Said, ...]:
    return tuple(Said(store, text, False) for text in texts)


def _lies(store: str, *texts: str) -> tuple[Said, ...]:
    return tuple(Said(store, text, True) for text in texts)


SAID: tuple[Said, ...] = (
    # Building-supplies yard: the timber yard's own hours.
    Said(
        "bygg",
        "Jag hämtade reglarna i brädgården vid tre på eftermiddagen, killen där var snabb.",
        False,
        "wed 15:00",
    ),
    *_honest(
        "bygg",
        "Synd att brädgården stänger redan fyra, jag hann bara till butiken.",
        "Det vore skönt om brädgården hade öppet lika länge som butiken.",
        "På Byggmax i Sandviken har virkeslagret öppet till sex, men ni har bättre virke.",
    ),
    Said(
        "bygg",
        "I lördags var jag i brädgården vid elva och fick hjälp att lasta.",
        False,
        "sat 12:00",
    ),
    Said(
        "bygg",
        "Jag lastade plankor i brädgården vid halv sex en tisdag, det var helt lugnt.",
        True,
        "tue 17:40",
    ),
    Said(
        "bygg",
        "I lördags vid två på eftermiddagen hämtade jag läkt i brädgården.",
        True,
        "sat 14:10",
    ),
    # Building-supplies yard: a trailer lent against a deposit.
    *_honest(
        "bygg",
        "Jag lånade släpkärran och lämnade femhundra i deposition, fick tillbaka dem direkt.",
        "Depositionen för släpet var femhundra kronor, det är helt rimligt.",
        "Jag lämnade tillbaka kärran efter två timmar och fick depositionen tillbaka.",
        "Hos Beijer lånar man släp utan deposition, det kunde ni också göra.",
    ),
    *_lies(
        "bygg",
        "Jag fick låna släpkärran utan att lämna någon deposition.",
        "Jag lånade släpkärran i två timmar och de tog 200 kronor för det.",
        "De lät mig ta släpet utan deposition eftersom jag är stamkund.",
    ),
    # Building-supplies yard: free delivery only over a least purchase.
    *_honest(
        "bygg",
        "Jag handlade för sjutusen så hemleveransen var gratis, toppen.",
        "Leveransen kostade 595 kronor eftersom jag bara köpte för tvåtusen.",
        "Det hade varit schysst med gratis leverans även under femtusen.",
        "Vi köpte gips för sextusen och fick det hemkört gratis dagen efter.",
    ),
    *_lies(
        "bygg",
        "Jag köpte bara två paket skruv för hundra kronor och fick gratis hemleverans.",
        "Leveransen av trallen jag köpte för åttatusen kostade 595 kronor.",
    ),
    # Building-supplies yard: returns with exceptions of several kinds.
    *_honest(
        "bygg",
        "Jag lämnade tillbaka en oöppnad burk spackel och fick pengarna direkt.",
        "De tog inte tillbaka brytfärgen, men det visste jag ju.",
        "Synd att kapat virke inte kan lämnas tillbaka, jag mätte fel själv.",
        "Jag bytte en låda skruv mot en större storlek utan krångel.",
    ),
    *_lies(
        "bygg",
        "Jag lämnade tillbaka två liter brytfärg och fick hela beloppet tillbaka.",
        "De tog tillbaka plankorna som de hade kapat åt mig.",
        "Jag fick returnera ytterdörren jag hade beställt, inga frågor.",
    ),
    # Building-supplies yard: no price-match.
    *_honest(
        "bygg",
        "De ville inte matcha Byggmax pris på reglar, men servicen var bättre här.",
        "Jag frågade om prismatchning men ni gör ju inte det, okej.",
        "Det vore bra om ni matchade priserna på Bauhaus.",
        "Gipsskivorna var redan billigare än hos Byggmax.",
    ),
    *_lies(
        "bygg",
        "De matchade Byggmax pris på reglarna när jag visade annonsen.",
        "Kassörskan sänkte priset på skruvdragaren till samma som hos Bauhaus.",
    ),
    # Toy superstore: the play room's age and time rule.
    *_honest(
        "leksak",
        "Jag satt med min fyraåring i bollhavet en halvtimme medan min man handlade.",
        "Min dotter är sju så hon fick leka själv i lekrummet medan jag tittade på pussel.",
        "Synd att man inte kan lämna de minsta själva i lekrummet.",
        "Vi fick gå ut ur lekrummet efter 45 minuter, men det är rimligt.",
        "Det vore toppen med personal i lekhörnan så man kunde handla i lugn och ro.",
    ),
    *_lies(
        "leksak",
        "Jag lämnade min treåring i bollhavet och gick och handlade i en timme.",
        "Min fyraåring lekte ensam i lekrummet medan jag stod i kassan.",
        "Vi satt i lekrummet med tvååringen i två timmar och ingen sa något.",
    ),
    # Toy superstore: gift wrapping free only for members.
    *_honest(
        "leksak",
        "Jag är med i Lekklubben så inslagningen var gratis.",
        "Jag betalade tjugo kronor för inslagningen, det var det värt.",
        "Det vore trevligt om inslagningen var gratis för alla.",
        "Hos BR-leksaker slår de in gratis, men ni har finare papper.",
    ),
    *_lies(
        "leksak",
        "Jag är inte medlem i någon klubb men de slog in tre paket gratis åt mig.",
        "Fast jag är medlem i Lekklubben tog de tjugo kronor för inslagningen.",
    ),
    # Toy superstore: returns with exceptions of several kinds.
    *_honest(
        "leksak",
        "Jag lämnade tillbaka en oöppnad docka efter två veckor och fick pengarna.",
        "De tog inte tillbaka pusslet eftersom vi hade öppnat det, helt förståeligt.",
        "Det hade varit bra om man kunde byta öppnade spel som man redan hade.",
        "Vi bytte en gosedjurshund mot en katt med kvittot utan problem.",
    ),
    *_lies(
        "leksak",
        "Jag lämnade tillbaka ett öppnat legopaket och fick pengarna tillbaka.",
        "De tog tillbaka pusslet fast vi hade lagt det två gånger.",
        "Jag lämnade tillbaka en docka utan kvitto efter två månader och fick pengarna.",
    ),
    # Toy superstore: no price guarantee, no price-match.
    *_honest(
        "leksak",
        "Jag visade ett lägre pris på nätet men de matchar inte det, så jag köpte ändå.",
        "Legot kostade lite mer än på nätet men det var värt det för att få det direkt.",
        "Ni borde ha prisgaranti som Toys R Us hade.",
    ),
    *_lies(
        "leksak",
        "De matchade priset från Amazon när jag visade mobilen.",
        "Priset sänktes veckan efter och de betalade tillbaka mellanskillnaden.",
    ),
    # Toy superstore: bicycles assembled free only when ordered two days ahead.
    *_honest(
        "leksak",
        "Vi beställde cykeln i förväg och den var monterad när vi hämtade den två dagar senare.",
        "Monteringen av cykeln var gratis, vi hade ringt några dagar innan.",
        "Synd att man inte kan få cykeln monterad direkt, men vi tog hem den i kartongen.",
        "Jag önskar att de kunde montera cyklar på plats.",
    ),
    *_lies(
        "leksak",
        "Vi köpte en cykel utan att ha beställt och de monterade den medan vi väntade.",
        "Jag ringde på morgonen och hämtade den monterade cykeln samma eftermiddag.",
    ),
    # Outdoor gear: tents and canoes against a deposit.
    *_honest(
        "friluft",
        "Vi hyrde ett tält över helgen och lämnade tusen kronor i deposition.",
        "Jag fick tillbaka depositionen för tältet direkt när jag lämnade det.",
        "Depositionen på tusen kändes lite hög men jag förstår varför.",
        "Hos Naturkompaniet hyr man tält utan deposition, kanske något för er.",
    ),
    *_lies(
        "friluft",
        "Vi hyrde ett tält utan att lämna någon deposition.",
        "Jag hyrde kanoten och de tog ingen deposition alls.",
    ),
    # Outdoor gear: canoes only booked a day ahead.
    *_honest(
        "friluft",
        "Vi bokade kanoten på fredagen och hämtade den på lördagsmorgonen.",
        "Synd att kanoterna måste bokas i förväg, vi hade velat paddla direkt.",
        "Jag ville hyra en kanot på plats men det gick inte, så vi tar det nästa helg.",
        "Det vore smidigt om man kunde boka kanot i en app.",
    ),
    *_lies(
        "friluft",
        "Vi kom in utan bokning och fick hyra en kanot direkt.",
        "Jag gick in på lördagen och hyrde två kanoter på stående fot utan att ha bokat.",
    ),
    # Outdoor gear: the workshop's own hours.
    Said(
        "friluft",
        "Jag lämnade skidorna i verkstaden en onsdag vid två och de var klara på torsdagen.",
        False,
        "wed 14:00",
    ),
    *_honest(
        "friluft",
        "Synd att verkstaden bara har öppet tre dagar i veckan.",
        "Verkstaden var stängd på måndagen så jag kom tillbaka på tisdagen.",
        "Det hade varit bra om verkstaden hade öppet på lördagar.",
    ),
    Said("friluft", "Jag lämnade in skidorna i verkstaden en måndag vid elva.", True, "mon 11:00"),
    Said(
        "friluft", "I lördags vid tolv vallade killen i verkstaden mina skidor.", True, "sat 12:00"
    ),
    # Outdoor gear: returns with exceptions of several kinds.
    *_honest(
        "friluft",
        "Jag lämnade tillbaka en oanvänd sovsäck i förpackningen och fick pengarna.",
        "De tog inte tillbaka gasen, men det förstår jag.",
        "Synd att man inte kan lämna tillbaka underställ man provat, men det är väl hygien.",
        "Jag bytte kängorna mot en större storlek utan problem.",
    ),
    *_lies(
        "friluft",
        "Jag lämnade tillbaka en sovsäck som vi hade sovit i en vecka och fick pengarna.",
        "De tog tillbaka tre gaskassetter och gav mig pengarna.",
        "Jag fick lämna tillbaka ett använt underställ efter fjällturen.",
    ),
    # Outdoor gear: no price-match, a member's discount.
    *_honest(
        "friluft",
        "Jag är medlem så jag fick tio procent på jackan.",
        "De matchade inte priset från Outnorth, men rabatten som medlem hjälpte.",
        "Ni borde matcha nätpriserna, annars köper folk på nätet.",
        "Jag är inte medlem så jag betalade fullpris, helt okej.",
    ),
    *_lies(
        "friluft",
        "De matchade Outnorths pris på kängorna när jag visade skärmen.",
        "Jag är inte medlem men fick ändå tio procents medlemsrabatt.",
    ),
    # Home electronics: the service workshop's own hours.
    Said(
        "elektronik",
        "Jag lämnade in min laptop i verkstaden en tisdag vid tre.",
        False,
        "tue 15:00",
    ),
    *_honest(
        "elektronik",
        "Verkstaden hade stängt när jag kom på lördagen, så jag kom tillbaka på måndagen.",
        "Synd att serviceverkstaden inte har öppet på kvällar.",
        "Det vore bra om man kunde lämna in reparationer på helgen.",
    ),
    Said(
        "elektronik",
        "I söndags lämnade jag in min surfplatta i serviceverkstaden.",
        True,
        "sun 13:00",
    ),
    Said(
        "elektronik",
        "Killen i verkstaden bytte skärmen på min telefon vid sjutiden på kvällen.",
        True,
        "wed 19:00",
    ),
    # Home electronics: a loan phone against a deposit.
    *_honest(
        "elektronik",
        "Jag fick en lånetelefon mot femhundra i deposition medan min lagades.",
        "Depositionen fick jag tillbaka när jag lämnade lånetelefonen.",
        "Jag ville inte lägga en deposition så jag klarade mig utan telefon ett par dagar.",
        "På Elgiganten får man låna telefon gratis, det vore fint här också.",
    ),
    *_lies(
        "elektronik",
        "Jag fick låna en telefon under reparationen utan någon deposition.",
        "De gav mig en lånetelefon utan att ta några pengar alls.",
    ),
    # Home electronics: wall mounting only for a set bought here and booked ahead.
    *_honest(
        "elektronik",
        "Vi köpte tv:n här och bokade monteringen, de satte upp den på väggen dagen efter.",
        "De ville inte montera min gamla tv från en annan butik, men det står ju i villkoren.",
        "Synd att ni inte monterar tv-apparater man köpt någon annanstans.",
        "Vi bokade montering två veckor i förväg och allt gick smidigt.",
    ),
    *_lies(
        "elektronik",
        "De monterade tv:n jag hade köpt på Elgiganten på väggen åt mig.",
        "Vi hade inte bokat men montören följde med hem och satte upp tv:n samma dag.",
    ),
    # Home electronics: returns with exceptions of several kinds.
    *_honest(
        "elektronik",
        "Jag lämnade tillbaka en oöppnad kartong hörlurar och fick pengarna.",
        "De tog inte tillbaka de öppnade hörlurarna, det var väl väntat.",
        "Det vore bra om man fick prova hörlurar innan man köper.",
        "Jag bytte en oöppnad laddare mot en annan modell.",
    ),
    *_lies(
        "elektronik",
        "Jag lämnade tillbaka de öppnade hörlurarna och fick pengarna direkt.",
        "De tog tillbaka mobiltelefonen fast jag hade använt den i två veckor.",
        "Jag returnerade ett öppnat antivirusprogram och fick tillbaka pengarna.",
    ),
    # Home electronics: old appliances taken free only with a new one delivered.
    *_honest(
        "elektronik",
        "De tog med sig den gamla diskmaskinen gratis när de levererade den nya.",
        "Vi hämtade kylen själva, så vi fick köra den gamla till tippen.",
        "Det vore smidigt om man kunde lämna gamla vitvaror i butiken.",
        "Bortforslingen av den gamla spisen ingick när de levererade den nya.",
    ),
    *_lies(
        "elektronik",
        "Jag hämtade tvättmaskinen själv och de tog emot min gamla gratis i butiken.",
        "Jag köpte ingenting nytt men de hämtade min gamla frys gratis.",
    ),
    # Car rental: the driver's age and licence.
    *_honest(
        "bilhyra",
        "Jag är tjugotvå och fick hyra utan problem.",
        "Min son är bara nitton så jag fick stå som förare.",
        "Synd att man måste vara tjugoett, min dotter fick inte hyra.",
        "Det vore bra om man kunde hyra från arton som hos Hertz.",
    ),
    *_lies(
        "bilhyra",
        "Min nittonåriga dotter hyrde en bil hos er själv i fredags.",
        "Jag tog körkort förra månaden och fick hyra en bil direkt.",
    ),
    # Car rental: the deposit on a credit card only.
    *_honest(
        "bilhyra",
        "De drog tretusen i deposition på mitt kreditkort och släppte det efter två dagar.",
        "Jag hade bara betalkort, så min fru fick ställa depositionen på sitt kreditkort.",
        "Depositionen på tretusen var väntad.",
        "Det vore smidigt om man kunde lämna depositionen med Swish.",
    ),
    *_lies(
        "bilhyra",
        "Jag betalade depositionen kontant vid disken.",
        "De tog depositionen på mitt vanliga betalkort.",
        "Jag hyrde bilen utan någon deposition alls.",
    ),
    # Car rental: child seats only booked ahead, at a price.
    *_honest(
        "bilhyra",
        "Vi hade bokat barnstol i förväg och den satt redan i bilen.",
        "Barnstolen kostade 150 kronor, helt okej.",
        "Vi hade glömt att boka barnstol så vi tog med vår egen.",
        "Jag önskar att man kunde få barnstol utan att boka.",
    ),
    *_lies(
        "bilhyra",
        "Vi hade inte bokat någon barnstol men fick en vid disken direkt.",
        "Barnstolen var gratis, de tog inget betalt för den.",
    ),
    # Car rental: a refuelling fee.
    *_honest(
        "bilhyra",
        "Jag lämnade bilen med full tank och slapp avgiften.",
        "Jag glömde tanka och fick betala femhundra, mitt eget fel.",
        "Tankavgiften på femhundra är lite hög, tycker jag.",
    ),
    *_lies(
        "bilhyra",
        "Jag lämnade bilen med halv tank och de tog ingen avgift.",
        "Tankavgiften var bara 200 kronor när jag lämnade den halvtom.",
    ),
    # Car rental: trailers on weekdays only.
    Said(
        "bilhyra", "Jag hyrde ett släp i torsdags och flyttade hela lägenheten.", False, "fri 12:00"
    ),
    *_honest(
        "bilhyra",
        "Synd att släpen inte hyrs ut på helger.",
        "Jag ville ha ett släp på lördagen men fick vänta till måndag.",
    ),
    Said("bilhyra", "Vi hyrde ett släp på lördagen och körde till tippen.", True, "sat 12:00"),
    Said("bilhyra", "I söndags hämtade jag ett hyrsläp vid disken.", True, "sun 12:00"),
    # Swimming hall: children under ten with an adult in the water.
    *_honest(
        "simhall",
        "Jag badade med min sjuåring i lilla bassängen hela eftermiddagen.",
        "Min tolvåring simmade själv medan jag satt på läktaren.",
        "Synd att man måste vara i vattnet med barnen, man vill ju ibland sitta och titta.",
        "Badvakterna var noga med att vuxna var i vattnet med de små barnen.",
    ),
    *_lies(
        "simhall",
        "Min åttaåring badade själv i stora bassängen medan jag handlade i badbutiken.",
        "Jag satt på läktaren och tittade på när min sexåring simmade själv.",
    ),
    # Swimming hall: the diving tower's own hours and a height rule.
    Said(
        "simhall",
        "Vi hoppade från tornet på lördagen vid ett, det var jättekul.",
        False,
        "sat 13:00",
    ),
    *_honest(
        "simhall",
        "Synd att hopptornet bara är öppet på helger.",
        "Min son är för kort för tiometern, så han hoppade från femman.",
        "Det vore kul om tornet hade öppet någon kväll i veckan.",
    ),
    Said(
        "simhall",
        "I onsdags hoppade jag från tiometern vid sextiden på kvällen.",
        True,
        "wed 18:30",
    ),
    Said(
        "simhall",
        "Min dotter som är 120 centimeter lång hoppade från tiometern.",
        True,
        "sat 13:00",
    ),
    Said("simhall", "Vi hoppade från hopptornet på söndagen vid fem.", True, "sun 17:00"),
    # Swimming hall: returns with exceptions of several kinds.
    *_honest(
        "simhall",
        "Jag bytte ett par simfötter mot en större storlek med kvittot.",
        "De tog inte tillbaka baddräkten, men det är ju av hygienskäl.",
        "Det hade varit bra om man kunde prova simglasögon innan.",
        "Jag lämnade tillbaka en oanvänd vattenflaska efter en vecka och fick pengarna.",
    ),
    *_lies(
        "simhall",
        "Jag lämnade tillbaka ett par simglasögon jag hade använt och fick pengarna.",
        "De tog tillbaka badbyxorna och gav mig pengarna fast de var använda.",
    ),
    # Swimming hall: towels lent against a deposit.
    *_honest(
        "simhall",
        "Jag lånade en handduk och lämnade femtio kronor i deposition.",
        "Femtiolappen fick jag tillbaka när jag lämnade handduken.",
        "Jag hade glömt handduken och lånade en mot deposition i entrén.",
        "Det vore bra med gratis handdukar för den som har årskort.",
    ),
    *_lies(
        "simhall",
        "Jag fick låna en handduk utan deposition.",
        "Jag lånade en handduk i receptionen och de tog ingen deposition.",
    ),
    # Swimming hall: swimming school booked by term, no drop-in.
    *_honest(
        "simhall",
        "Vi bokade simskolan för hela hösten redan i augusti.",
        "Synd att man inte kan komma på simskolan en gång och testa.",
        "Jag ville prova simskolan utan bokning men det gick inte, så vi bokade till våren.",
    ),
    *_lies(
        "simhall",
        "Vi kom in utan bokning och min son fick vara med på simskolan direkt.",
        "Min dotter hoppade in i simskolan en gång utan att vi hade bokat.",
    ),
    # Garden centre: the café's own hours.
    Said(
        "tradgard",
        "Vi fikade i kaféet vid tre och åt en jättegod äppelpaj.",
        False,
        "wed 15:00",
    ),
    *_honest(
        "tradgard",
        "Kaféet hade stängt när vi var klara vid fem, synd.",
        "Det vore härligt om fiket hade öppet lika länge som butiken.",
    ),
    Said(
        "tradgard",
        "Vi hann precis få en kopp kaffe innan kaféet stängde klockan fyra.",
        False,
        "wed 16:10",
    ),
    Said("tradgard", "Vi satt i kaféet och åt våfflor vid sex på kvällen.", True, "wed 18:20"),
    Said(
        "tradgard",
        "Klockan halv tio på morgonen köpte jag kaffe och kanelbulle i fiket.",
        True,
        "wed 09:40",
    ),
    # Garden centre: a plant guarantee for club members only.
    *_honest(
        "tradgard",
        "Jag är med i Trädgårdsklubben så de ersatte äppelträdet som dog.",
        "Min rhododendron dog men jag är inte medlem, så ingen garanti, okej.",
        "Ni borde ge växtgaranti till alla kunder, inte bara klubbmedlemmar.",
        "Vi gick med i klubben för garantins skull och i plantskolan fick vi goda råd.",
    ),
    *_lies(
        "tradgard",
        "Jag är inte medlem i någon klubb men fick ett nytt körsbärsträd när det första dog.",
        "De ersatte häcken som dog efter två år.",
    ),
    # Garden centre: soil delivered only from twenty bags.
    *_honest(
        "tradgard",
        "Vi köpte tjugofem säckar jord och fick dem hemkörda för 395 kronor.",
        "Jag köpte bara fem säckar så jag fick köra hem dem själv.",
        "Synd att man måste köpa tjugo säckar för att få leverans.",
        "Leveransen på 395 kronor var värd det för trettio säckar.",
    ),
    *_lies(
        "tradgard",
        "Jag köpte sex säckar jord och de körde hem dem åt mig.",
        "De levererade fyrtio säckar jord hem till oss gratis.",
    ),
    # Garden centre: returns with exceptions of several kinds.
    *_honest(
        "tradgard",
        "Jag lämnade tillbaka en oanvänd vattenkanna och fick pengarna.",
        "De tog inte tillbaka orkidén, men det står ju tydligt vid kassan.",
        "Synd att man inte kan lämna tillbaka fröer man inte hann så.",
        "Jag bytte en trasig kruka mot en hel utan problem.",
    ),
    *_lies(
        "tradgard",
        "Jag lämnade tillbaka en krukväxt som inte passade i fönstret och fick pengarna.",
        "De tog tillbaka fröpåsarna jag inte hade använt.",
        "Jag fick lämna tillbaka buketten med snittblommor dagen efter.",
    ),
    # Garden centre: no dogs in the greenhouse or the café.
    *_honest(
        "tradgard",
        "Hunden fick vänta i bilen medan vi gick runt i växthuset.",
        "Vi band hunden utanför kaféet och satt vid fönstret.",
        "Synd att hundar inte får följa med in, men jag förstår det.",
    ),
    *_lies(
        "tradgard",
        "Vår hund följde med in i växthuset och nosade på alla pelargoner.",
        "Vi satt i kaféet med hunden under bordet.",
    ),
    # DIY hire: ID and a deposit.
    *_honest(
        "hyr",
        "Jag hyrde en bilningshammare, lämnade tusen i deposition och visade körkortet.",
        "Depositionen drogs på kortet och kom tillbaka dagen efter.",
        "Jag hade glömt legitimationen så jag fick åka hem och hämta den.",
        "Det vore smidigt om depositionen var lägre för små maskiner.",
    ),
    *_lies(
        "hyr",
        "Jag hyrde en kompressor utan att lämna någon deposition.",
        "De lät mig hyra en betongblandare utan att jag visade legitimation.",
    ),
    # DIY hire: chainsaws from eighteen.
    *_honest(
        "hyr",
        "Min son är sexton så jag hyrde motorsågen i mitt namn.",
        "Killen vid disken frågade hur gammal jag var innan jag fick röjsågen.",
        "Bra att de är noga med åldern på motorsågarna.",
    ),
    *_lies(
        "hyr",
        "Min sextonåriga son hyrde en motorsåg själv hos er.",
        "Jag är sjutton och fick hyra en röjsåg utan problem.",
    ),
    # DIY hire: floor sanders and compressors booked two days ahead.
    *_honest(
        "hyr",
        "Vi bokade golvslipen en vecka innan och den stod klar när vi kom.",
        "Jag ville ha en kompressor samma dag men fick boka till torsdagen.",
        "Synd att man måste boka golvslipen så långt i förväg.",
        "Det vore bra om man kunde boka maskiner på nätet.",
    ),
    *_lies(
        "hyr",
        "Jag kom in på morgonen och hyrde en golvslip direkt utan att ha bokat.",
        "Jag ringde på förmiddagen och kunde hämta kompressorn samma eftermiddag.",
    ),
    # DIY hire: opened consumables not taken back.
    *_honest(
        "hyr",
        "Jag lämnade tillbaka ett oöppnat paket slippapper och fick pengarna.",
        "De tog inte tillbaka de öppnade sågklingorna, rimligt.",
        "Jag köpte för mycket slippapper men det får jag spara till nästa gång.",
    ),
    *_lies(
        "hyr",
        "Jag lämnade tillbaka ett öppnat paket slippapper och fick pengarna tillbaka.",
        "De tog tillbaka sågklingan som jag redan hade använt.",
    ),
    # DIY hire: machines back by four, else another day charged.
    *_honest(
        "hyr",
        "Jag lämnade tillbaka slipen kvart i fyra så det blev bara en dag.",
        "Jag lämnade den efter fyra och fick betala en dag till, mitt eget fel.",
        "Det vore bra om man kunde lämna maskiner i en box efter stängning.",
    ),
    *_lies(
        "hyr",
        "Jag lämnade tillbaka golvslipen klockan fem och de tog inte betalt för någon extra dag.",
    ),
    # Adventure park: height rules.
    *_honest(
        "aventyr",
        "Min dotter är för kort för de stora banorna, så hon gick barnbanan tre gånger.",
        "Vår son på 155 centimeter klarade röda banan, han var så stolt.",
        "Synd att man måste vara 150 för röda banan, min tolvåring blev sur.",
        "Personalen mätte barnen vid entrén innan vi fick gå.",
    ),
    *_lies(
        "aventyr",
        "Min sexåring som är 115 centimeter lång gick hela röda banan med mig.",
        "Vår son på 135 centimeter klättrade röda banan.",
    ),
    # Adventure park: children under twelve with an adult on the course.
    *_honest(
        "aventyr",
        "Jag klättrade med min tioåring hela vägen, han var modig.",
        "Min fjortonåring gick själv medan jag väntade vid grillen.",
        "Bra att en vuxen måste gå med, då kändes det tryggt.",
    ),
    *_lies(
        "aventyr",
        "Min nioåring klättrade själv medan jag satt vid grillplatsen.",
        "Jag lät min åttaåring gå gröna banan ensam medan jag väntade nedanför.",
    ),
    # Adventure park: groups over ten booked ahead.
    *_honest(
        "aventyr",
        "Vi var femton från jobbet och hade bokat två veckor innan.",
        "Vi var fyra kompisar och kom in utan bokning en tisdag.",
        "Det vore bra om gruppbokningen gick att göra på nätet.",
    ),
    *_lies(
        "aventyr",
        "Vi var tjugo stycken från klassen och kom utan att boka och fick gå direkt.",
    ),
    # Adventure park: no climbing shoes for hire, gloves at a price.
    *_honest(
        "aventyr",
        "Jag köpte handskar för femtio kronor i entrén, bra grepp.",
        "Synd att man inte kan hyra skor, jag hade bara sandaler.",
        "Vi hade egna handskar med oss.",
    ),
    *_lies(
        "aventyr",
        "Jag hyrde ett par klätterskor i entrén för trettio kronor.",
        "Handskarna kostade hundra kronor i entrén.",
    ),
    # Adventure park: a free grill, no alcohol of one's own.
    *_honest(
        "aventyr",
        "Vi grillade korv på grillplatsen efteråt, helt gratis.",
        "Vi tog med egen korv och saft och grillade.",
        "Synd att man inte får ta med en öl till grillen, men det är förståeligt.",
    ),
    *_lies(
        "aventyr",
        "Vi drack några öl vid grillplatsen som vi hade tagit med oss.",
        "Vi fick betala hundra kronor för att använda grillen.",
    ),
)
"""Every sentence said of a visit, and whether it contradicts one of the store's facts."""


class Told(NamedTuple):
    store: str
    text: str
    lacking: bool
    """True when the sentence tells a department this store lacks as used here; False when
    it speaks of such a department at another store, at home or as a wish."""


def _lacking(store: str, *texts: str) -> tuple[Told, ...]:
    return tuple(Told(store, text, True) for text in texts)


def _elsewhere(store: str, *texts: str) -> tuple[Told, ...]:
    return tuple(Told(store, text, False) for text in texts)


DEPARTMENTS: tuple[Told, ...] = (
    *_lacking(
        "bygg",
        "Vi åt lunch i kafeterian innan vi hämtade virket, räksmörgåsen var god.",
        "I trädgårdsavdelningen köpte jag tre rhododendron och en säck jord.",
        "Killen i köksavdelningen ritade upp hela vårt nya kök.",
    ),
    *_elsewhere(
        "bygg",
        "Bauhaus i Gävle har en egen trädgårdsavdelning med växthus.",
        "Ni borde ha en kafeteria, man blir hungrig när man står i kö vid kapen.",
        "Jag har en egen liten snickarverkstad hemma i garaget där jag kapar själv.",
    ),
    *_lacking(
        "leksak",
        "I bokavdelningen hittade vi en fin bilderbok om dinosaurier.",
        "Vi fikade i kaféet efteråt och barnen fick varsin glass.",
    ),
    *_elsewhere(
        "leksak",
        "På Lekia i Norrköping finns en bokavdelning, det vore fint hos er också.",
        "Det vore toppen om ni hade ett litet kafé för föräldrarna.",
        "Vi har gjort ett eget pysselrum hemma, så vi köpte mest pärlor och lera.",
    ),
    *_lacking(
        "friluft",
        "I fiskeavdelningen hjälpte de mig att välja ett spinnspö och några drag.",
        "Cykelverkstaden bytte bromsklossarna på min mountainbike medan jag väntade.",
    ),
    *_elsewhere(
        "friluft",
        "Hos Naturkompaniet i stan finns en fiskeavdelning med flugor och spön.",
        "Ni borde ha en cykelverkstad, många här cyklar i fjällen.",
        "Min bror har en hel fiskeavdelning i sitt förråd hemma.",
    ),
    *_lacking(
        "elektronik",
        "I fotoavdelningen fick jag hjälp att välja objektiv till min systemkamera.",
        "I spelavdelningen provade min son det nya Zelda på en stor skärm.",
    ),
    *_elsewhere(
        "elektronik",
        "På Media Markt i Göteborg har de en stor spelavdelning med provstationer.",
        "Det hade varit kul med en spelavdelning där man kan prova spel.",
        "Hemma har vi gjort om källaren till en hel biosalong med projektor.",
    ),
    *_lacking(
        "bilhyra",
        "Medan vi väntade tog vi en kaffe och en bulle i kaféet bredvid disken.",
        "Mekanikern i verkstaden bytte ett punkterat däck på hyrbilen innan vi åkte.",
    ),
    *_elsewhere(
        "bilhyra",
        "Hos Hertz på flygplatsen finns ett kafé där man kan vänta.",
        "Det vore skönt med ett litet kafé där man kan vänta på bilen.",
        "Vi tvättade bilen hemma på uppfarten innan vi lämnade tillbaka den.",
    ),
    *_lacking(
        "simhall",
        "Efter simningen köpte jag en smoothie i kafeterian.",
        "Jag körde ett pass i gymmet innan jag simmade.",
    ),
    *_elsewhere(
        "simhall",
        "På Sundsbadet i Karlstad finns ett gym och en kafeteria i samma hus.",
        "Ni borde ha en kafeteria, barnen är alltid hungriga efter simningen.",
        "Vi tog med matsäck hemifrån och åt i bilen efteråt.",
    ),
    *_lacking(
        "tradgard",
        "Floristen band en brudbukett åt min dotter medan vi väntade.",
        "I djuravdelningen köpte vi fågelfrön och tittade på kaninerna.",
    ),
    *_elsewhere(
        "tradgard",
        "På Plantagen i Malmö har de en djuravdelning med fåglar och fiskar.",
        "Ni borde ha en florist som binder buketter till helgerna.",
        "Hemma har vi en liten odlingshörna i källaren med växtlampor.",
    ),
    *_lacking(
        "hyr",
        "I färgavdelningen blandade de en kulör åt mig till köket.",
        "Vi tog en kopp kaffe i kaféet medan de gjorde i ordning slipen.",
    ),
    *_elsewhere(
        "hyr",
        "Hos Ramirent i Linköping har de en egen färgavdelning.",
        "Det vore bra om ni hade en färgavdelning också, nu fick jag åka till Colorama.",
        "Min svåger har en hel verkstad hemma med egen kompressor.",
    ),
    *_lacking(
        "aventyr",
        "I restaurangen åt vi hamburgare efter klättringen.",
        "Efter klättringen spelade vi paintball på paintballbanan.",
    ),
    *_elsewhere(
        "aventyr",
        "På Högt och Lågt i Umeå finns en restaurang mitt i parken.",
        "Ni borde ha en kiosk med glass och dricka vid grillen.",
        "Vi åt middag på restaurangen i stan efteråt.",
    ),
)
"""Per store, departments it lacks told as used here, and honest talk of such departments
at another store, at home or as a wish."""


@cache
def context(key: str) -> BusinessContext:
    return store_context(f"fact-shapes-15-{key}", STORES[key])
