"""Baseline facts in shapes no labelled set's store had, and what customers say around them.

Thirteen invented stores of different kinds (a pharmacy, a garden centre, a bakery, a petrol
station, a hardware store, a fishmonger, a kiosk, a farm shop, a florist, a sports shop, a
campsite, a bicycle shop, a laundry),
each with facts of varied shapes: a department's own hours, payment taken at one place or
by one means only, a service not offered, a facility open day and night, a rental or loan
condition, a fee, a free service on request, a time limit, what is sold only on some days,
an age or ID rule. Beside them, sentences a customer says of a visit: honest ones that
mention, agree with, ask about, wish for or narrate around a fact, and ones that tell as
experienced what a fact rules out. All were written for this file, before the checker was
run on them; none comes from a labelled set.
"""

from __future__ import annotations

from datetime import datetime, time
from functools import cache
from typing import NamedTuple

from kundrost.domain.business_context import BaselineFact, BusinessContext, Department
from kundrost.domain.opening_hours import OpeningHours
from tests.analyzer.corpus import store_id_of

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WHEN = {
    "mon": "2026-11-16", "tue": "2026-11-17", "wed": "2026-11-18", "thu": "2026-11-19",
    "fri": "2026-11-20", "sat": "2026-11-21", "sun": "2026-11-22",
}  # fmt: skip


class Store(NamedTuple):
    name: str
    hours: tuple[str, str, str]
    """Weekdays, Saturday, Sunday: "09-19", or "" when closed."""
    departments: tuple[tuple[str, tuple[str, ...]], ...]
    facts: tuple[str, ...]


class Said(NamedTuple):
    store: str
    text: str
    contradicts: bool
    at: str = "wed 12:00"


STORES: dict[str, Store] = {
    "apotek": Store(
        "Apoteket Lindgården",
        ("09-19", "10-16", "11-16"),
        (
            ("Receptdisken", ("receptet", "uttaget", "receptkassan")),
            ("Egenvård", ("egenvården", "hyllorna")),
            ("Hudvård", ("hudvården", "kosmetiken")),
        ),
        (
            "Receptdisken har öppet vardagar 9–19 och lördagar 10–15; på söndagar är den stängd.",
            "Apoteket tar kort och Swish; kontanter tas inte emot.",
            "Vi vaccinerar inte och gör inga hälsokontroller.",
            "Blodtrycksmätaren vid entrén är gratis att använda.",
            "Receptfria läkemedel med paracetamol säljs bara till den som fyllt 18 år, "
            "och legitimation krävs.",
            "Hemleverans av receptvaror kostar 49 kronor.",
            "Personalen doserar inte medicin i dosetter åt kunderna.",
            "Parkeringen framför apoteket är gratis i 30 minuter med p-skiva.",
        ),
    ),
    "plantskola": Store(
        "Plantagården i Kungsbacka",
        ("09-18", "09-17", "10-17"),
        (
            ("Växthuset", ("plantorna", "krukväxterna")),
            ("Utemöbler", ("möblerna", "utemöblerna")),
            ("Trädgårdskaféet", ("kaféet", "fiket")),
            ("Jord och gödsel", ("jordhallen", "lastkajen")),
        ),
        (
            "Trädgårdskaféet har öppet 10–15 alla dagar.",
            "Vi lånar ut släpkärra gratis i två timmar mot legitimation.",
            "Jord och gödsel på pall hämtas bara vid lastkajen, inte vid entrén.",
            "Hemkörning av växter och jord kostar 295 kronor inom kommunen.",
            "Vi planterar inte om krukväxter åt kunder, men jord och krukor finns att köpa.",
            "Snittblommor säljs bara på fredagar och lördagar.",
            "Trädgårdsrådgivningen är gratis på lördagar 10–13.",
            "Kunder laddar elbilen gratis vid entrén.",
        ),
    ),
    "bageri": Store(
        "Brödernas Bageri, Södermalm",
        ("07-18", "08-16", "08-16"),
        (
            ("Bageriet", ("bagarna", "brödhyllan")),
            ("Kaféet", ("fiket", "kaffet")),
            ("Tårtdisken", ("tårtorna", "konditoriet")),
        ),
        (
            "Surdegsbröd bakas bara på tisdagar, fredagar och lördagar.",
            "Kaféet har ingen bordsservering; man beställer och hämtar vid disken.",
            "Tårtor beställs senast två dagar i förväg.",
            "Påtår ingår i priset för bryggkaffe.",
            "Brödskivning är gratis på begäran.",
            "Butiken tar bara kort och Swish.",
            "Bageriet har inga glutenfria bröd.",
        ),
    ),
    "mack": Store(
        "Macken vid Norra infarten",
        ("06-22", "06-22", "06-22"),
        (
            ("Butiken", ("shopen", "kassan")),
            ("Biltvätten", ("tvätten", "tvätthallen", "biltvätt")),
            ("Pumparna", ("pumpen", "tanken", "tankstället")),
            ("Grillen", ("korvgrillen", "hamburgargrillen")),
        ),
        (
            "Pumparna är öppna dygnet runt med kortbetalning i automat; butiken har öppet 6–22.",
            "Biltvätten är öppen dygnet runt; tvättkort köps i butiken.",
            "Grillen har öppet 10–20 alla dagar.",
            "Luft och vatten till däcken är gratis.",
            "Släpvagn hyrs ut per dygn för 250 kronor, mot körkort och en deposition på 500 "
            "kronor.",
            "Vi säljer inte tobak till personer under 18 år och frågar om legitimation.",
            "Dammsugaren vid tvätten kostar 10 kronor för fem minuter.",
            "Vi byter inte torkarblad eller glödlampor åt kunder.",
        ),
    ),
    "järn": Store(
        "Järnboden i Lerum",
        ("07-19", "09-16", "10-16"),
        (
            ("Färgavdelningen", ("färgen", "färgbrytningen")),
            ("Verktyg", ("verktygen", "verktygsuthyrningen", "uthyrningen")),
            ("Trävaror", ("brädgården", "virket")),
            ("Trädgård", ("trädgården",)),
        ),
        (
            "Brädgården har öppet 7–16 på vardagar och är stängd på helger.",
            "Vi kapar virke gratis, högst fem snitt per kund.",
            "Verktygsuthyrningen hyr ut borrhammare och slipmaskiner per dag mot "
            "legitimation; vi har ingen släpvagnsuthyrning.",
            "Vi slipar inte knivar eller sågar.",
            "Kontanter tas bara emot i huvudkassan, inte i brädgården.",
            "Hemkörning kostar 395 kronor.",
        ),
    ),
    "fisk": Store(
        "Fiskeboden i Smögen",
        ("10-18", "10-15", ""),
        (
            ("Fiskdisken", ("disken", "fiskdisk")),
            ("Rökeriet", ("röken",)),
            ("Restaurangen", ("lunchen", "restaurang")),
        ),
        (
            "Fiskdisken är stängd på måndagar.",
            "Vi filéar fisken gratis på begäran.",
            "Färska räkor säljs bara fredag och lördag.",
            "Restaurangen serverar lunch 11–14 på vardagar; på helger är den stängd.",
            "Vi säljer inte levande hummer.",
            "Butiken tar kort och Swish, inte kontanter.",
            "Is till kylväskan är gratis.",
        ),
    ),
    "kiosk": Store(
        "Hörnkiosken vid Centralen",
        ("00-24", "00-24", "00-24"),
        (
            ("Kaffe", ("kaffet", "kaffeautomaten")),
            ("Tidningar", ("tidningarna",)),
            ("Paketombudet", ("ombudet", "paketen", "paketutlämningen")),
            ("Varmkorv", ("korven", "grillen")),
        ),
        (
            "Kiosken har öppet dygnet runt alla dagar.",
            "Paketombudet har öppet 8–20 på vardagar och 10–16 på helger.",
            "Snus och tobak säljs bara till den som fyllt 18 och visar legitimation.",
            "Kiosken har ingen kundtoalett.",
            "Paket lämnas bara ut mot legitimation eller mobilt BankID.",
            "Varmkorv och kaffe kostar 35 kronor tillsammans.",
            "Vi tar inte emot sedlar större än 500 kronor.",
        ),
    ),
    "gård": Store(
        "Gårdsbutiken på Ekeby",
        ("10-18", "10-16", "10-16"),
        (
            ("Gårdsbutiken", ("butiken", "ladan")),
            ("Äggboden", ("boden", "äggstället")),
            ("Självplocket", ("jordgubbslandet", "plocket")),
        ),
        (
            "Gårdsbutiken har bara öppet torsdag till söndag.",
            "Äggboden vid vägen är öppen dygnet runt och betalas med Swish.",
            "Självplocket av jordgubbar kostar 60 kronor kilot; korgar lånas ut gratis.",
            "Det finns ingen kortterminal i äggboden.",
            "Hundar får inte följa med in i butiken.",
            "Vi slaktar inte på gården; köttet kommer från ett slakteri i Skara.",
        ),
    ),
    "blommor": Store(
        "Blomsterhörnan",
        ("10-18", "10-15", ""),
        (
            ("Butiken", ("blomsterbutiken",)),
            ("Binderiet", ("bindningen", "bindningsbordet")),
            ("Blomsterautomaten", ("automaten",)),
        ),
        (
            "Buketter binds medan kunden väntar; begravningskransar beställs senast tre dagar "
            "i förväg.",
            "Hemleverans kostar 150 kronor inom stan.",
            "Vi skickar inte blommor via Interflora.",
            "Presentpapper och kort ingår i priset.",
            "Butiken är stängd på söndagar, men blomsterautomaten vid entrén är öppen dygnet runt.",
        ),
    ),
    "sport": Store(
        "Sportcentret i Åre",
        ("09-18", "09-17", "10-16"),
        (
            ("Skidverkstaden", ("verkstaden", "skidservicen")),
            ("Uthyrningen", ("hyran", "skiduthyrningen")),
            ("Skor", ("skoavdelningen",)),
            ("Cykel", ("cykelavdelningen", "cyklarna")),
        ),
        (
            "Uthyrningen hyr ut skidor och pjäxor per dag mot legitimation; hjälm ingår i priset.",
            "Skidverkstaden har öppet 9–17 vardagar och är stängd på söndagar.",
            "Vi har ingen cykelverkstad.",
            "Vallning kostar 200 kronor per par.",
            "Vi slipar inte skridskor.",
            "Provcyklar lånas ut gratis i en timme mot legitimation.",
            "Butiken tar inte emot kontanter.",
        ),
    ),
    "camping": Store(
        "Strandcampingen i Åhus",
        ("08-20", "08-20", "08-20"),
        (
            ("Receptionen", ("incheckningen",)),
            ("Butiken", ("kiosken", "campingbutiken")),
            ("Servicehuset", ("duscharna", "tvättstugan")),
            ("Uthyrningen", ("kanotuthyrningen", "båtuthyrningen")),
            ("Bastun", ("basturna",)),
        ),
        (
            "Servicehuset med duschar och toaletter är öppet dygnet runt; duschen kostar 5 "
            "kronor för fyra minuter.",
            "Kanoter hyrs ut 9–17 och ska bokas senast dagen innan.",
            "Bastun är öppen 16–21 onsdag till söndag.",
            "Tvättmaskinen kostar 30 kronor per tvätt och torktumlaren är gratis.",
            "Wifi är gratis för campinggäster; koden får man i receptionen.",
            "Receptionen tar bara kort; kontanter tas emot i butiken.",
            "Vi hyr inte ut cyklar.",
            "Campingen har 120 tältplatser och fyra servicehus; kanoterna tar högst tre personer.",
        ),
    ),
    "cykel": Store(
        "Cykelverket i Lund",
        ("10-18", "10-15", ""),
        (
            ("Verkstaden", ("reparationen", "servicen")),
            ("Uthyrningen", ("hyrcyklarna",)),
            ("Tillbehör", ("tillbehören",)),
        ),
        (
            "Verkstaden lämnar tillbaka cyklar efter tre arbetsdagar; punkteringar lagas samma "
            "dag.",
            "Luftpumpen utanför butiken är gratis och tillgänglig dygnet runt.",
            "Hyrcyklar hyrs per dag för 200 kronor; hjälm ingår.",
            "Vi säljer inte elcyklar.",
            "Säkerhetskontroll av cykeln är gratis på begäran.",
            "Verkstaden tar inte emot cyklar på lördagar.",
        ),
    ),
    "tvätt": Store(
        "Tvätteriet på hörnet",
        ("08-17", "10-14", ""),
        (
            ("Tvättstugan", ("maskinerna", "tumlaren")),
            ("Kemtvätten", ("kemtvätt", "inlämningen")),
            ("Strykningen", ("strykservicen",)),
        ),
        (
            "Tvättstugan har en torktumlare som är gratis för kunder som tvättar.",
            "Vi erbjuder gratis kaffe medan man väntar.",
            "Kemtvätt lämnas tillbaka efter tre dagar.",
            "Strykning kostar 30 kronor per skjorta.",
            "Tvättmaskinerna tar bara kort.",
            "Lokalen är öppen dygnet runt men personalen är på plats 8–17 på vardagar.",
        ),
    ),
}

SAID: tuple[Said, ...] = (
    # the pharmacy
    Said("apotek", "Jag hämtade ut mitt recept vid receptdisken, det gick snabbt.", False),
    Said("apotek", "Jag betalade med kort, de tar ju inte kontanter, men det gör inget.", False),
    Said(
        "apotek",
        "Jag frågade om de kunde vaccinera mig mot influensa men det gör de inte, så jag fick "
        "gå till vårdcentralen.",
        False,
    ),
    Said("apotek", "Jag mätte blodtrycket i mätaren vid entrén, smidigt att det är gratis.", False),
    Said("apotek", "De bad om legitimation när jag köpte Alvedon, bra att de kollar.", False),
    Said("apotek", "Det hade varit skönt om hemleveransen var billigare än 49 kronor.", False),
    Said(
        "apotek",
        "Jag fick dela upp tabletterna i dosetten själv hemma, det är inget de gör.",
        False,
    ),
    Said("apotek", "Jag parkerade framför apoteket en kvart, det räckte gott.", False),
    Said("apotek", "Kunde ni inte ha receptdisken öppen på söndagar också?", False),
    Said(
        "apotek",
        "Jag var där på söndagen och köpte solkräm i hudvården, receptdisken var stängd men "
        "det gjorde inget.",
        False,
        "sun 13:00",
    ),
    Said(
        "apotek",
        "Jag betalade med kontanter i kassan, en femhundralapp, och fick tillbaka växel.",
        True,
    ),
    Said("apotek", "Jag fick betala tjugo kronor för att använda blodtrycksmätaren.", True),
    Said(
        "apotek",
        "De körde hem min medicin och det kostade ingenting att få den levererad.",
        True,
    ),
    Said(
        "apotek",
        "Jag hämtade ut min medicin vid receptdisken på söndagen, tjejen där var snabb.",
        True,
        "sun 13:00",
    ),
    # the garden centre
    Said("plantskola", "Vi åt lunch i trädgårdskaféet, goda smörgåsar.", False),
    Said(
        "plantskola",
        "Jag lånade släpkärran och lämnade tillbaka den efter en timme, de ville se legitimation.",
        False,
    ),
    Said(
        "plantskola",
        "Vi fick köra runt till lastkajen för att hämta jordpallen, lite krångligt men "
        "personalen lastade snabbt.",
        False,
    ),
    Said(
        "plantskola",
        "Jag planterade om mina krukväxter själv hemma med jord jag köpte där.",
        False,
    ),
    Said(
        "plantskola",
        "Det vore bra om de sålde snittblommor fler dagar än fredag och lördag.",
        False,
    ),
    Said("plantskola", "Hemkörningen var dyr tyckte jag, men den kom i tid.", False),
    Said(
        "plantskola",
        "Rådgivningen på lördagar är guld värd, jag ska gå dit nästa helg.",
        False,
    ),
    Said(
        "plantskola",
        "Vi var i växthuset vid fyra och köpte tulpanlökar, kaféet hade redan stängt.",
        False,
        "wed 16:00",
    ),
    Said("plantskola", "Jag fick betala hundra kronor för att låna släpkärran en halvtimme.", True),
    Said(
        "plantskola",
        "Vi köpte kaffe och kaka i trädgårdskaféet vid halv fem, kaffet var gott.",
        True,
        "wed 16:30",
    ),
    Said(
        "plantskola",
        "Personalen planterade om min stora fikus åt mig, och jag betalade bara för krukan.",
        True,
    ),
    # the bakery
    Said(
        "bageri",
        "Surdegsbrödet var slut, de sa att det bakas bara på tisdagar och fredagar.",
        False,
    ),
    Said("bageri", "Jag beställde vid disken och hämtade kaffet själv, det funkar bra.", False),
    Said(
        "bageri",
        "Jag beställde en tårta i måndags och hämtade den i dag, den var perfekt.",
        False,
    ),
    Said("bageri", "Jag tog påtår, skönt att den ingår.", False),
    Said("bageri", "De skivade brödet åt mig direkt när jag bad om det.", False),
    Said("bageri", "Jag köpte ett bröd och två kanelbullar, allt var färskt.", False),
    Said("bageri", "Jag saknar glutenfritt bröd, min dotter har celiaki.", False),
    Said("bageri", "Ja, precis, de har ju ingen bordsservering, man hämtar själv.", False),
    Said("bageri", "Jag köpte ett nybakat surdegsbröd i morse, det var fortfarande varmt.", True),
    Said("bageri", "Jag fick betala tolv kronor för påtåren.", True),
    Said("bageri", "Jag betalade med kontanter, en hundralapp, vid disken.", True),
    Said("bageri", "Jag köpte ett glutenfritt bröd och det var riktigt gott.", True),
    # the petrol station
    Said(
        "mack",
        "Jag tankade vid pumpen vid tre på natten, skönt att den är öppen dygnet runt.",
        False,
        "wed 03:00",
    ),
    Said(
        "mack",
        "Jag tvättade bilen i biltvätten vid elva på kvällen, det gick bra.",
        False,
        "wed 23:00",
    ),
    Said(
        "mack",
        "Grillen hade stängt när jag kom vid nio på kvällen, så jag köpte en macka i butiken.",
        False,
        "wed 21:00",
    ),
    Said("mack", "Jag pumpade däcken vid luften, gratis och enkelt.", False),
    Said(
        "mack",
        "Jag hyrde släpvagnen över dygnet, de ville se körkortet och tog en deposition.",
        False,
    ),
    Said(
        "mack",
        "Han i kassan frågade efter legitimation när min son skulle köpa snus, bra.",
        False,
    ),
    Said("mack", "Dammsugaren kostade en tia, det är okej.", False),
    Said(
        "mack",
        "Jag bytte torkarbladen själv ute vid pumpen, de säljer dem i butiken.",
        False,
    ),
    Said("mack", "Det var många kunder där men kön gick fort.", False),
    Said("mack", "Jag köpte tvättkort i butiken och körde in i tvätthallen.", False),
    Said(
        "mack",
        "Jag åt en hamburgare från grillen vid elva på kvällen, den var god.",
        True,
        "wed 23:00",
    ),
    Said("mack", "Jag fick betala fem kronor för luften till däcken.", True),
    Said("mack", "Killen i butiken bytte torkarbladen åt mig ute på planen.", True),
    # the hardware store
    Said(
        "järn",
        "Jag var i brädgården vid tio på förmiddagen och fick hjälp direkt.",
        False,
        "wed 10:00",
    ),
    Said(
        "järn",
        "Brädgården var stängd när jag kom på lördagen, så jag får åka tillbaka på måndag.",
        False,
        "sat 11:00",
    ),
    Said("järn", "De kapade virket åt mig gratis, tre snitt.", False),
    Said("järn", "Jag hyrde en borrhammare för dagen och visade legitimation.", False),
    Said("järn", "Jag hade gärna hyrt en släpvagn, men det har de inte.", False),
    Said(
        "järn",
        "Jag fick gå till huvudkassan för att betala kontant, lite omständligt.",
        False,
    ),
    Said(
        "järn",
        "Jag slipar mina knivar själv, men det vore en bra tjänst om ni började med det.",
        False,
    ),
    Said("järn", "Färgbrytningen gick snabbt, jag väntade bara en kvart.", False),
    Said(
        "järn",
        "Jag betalade kontant ute i brädgården, han tog emot min femhundralapp.",
        True,
    ),
    Said("järn", "Jag hyrde en släpvagn av dem för att frakta hem virket.", True),
    Said(
        "järn",
        "Jag handlade virke i brädgården på söndagen, killen där hjälpte mig lasta.",
        True,
        "sun 11:00",
    ),
    # the fishmonger
    Said("fisk", "Jag köpte torsk i fiskdisken och de filéade den åt mig.", False),
    Said(
        "fisk",
        "Fiskdisken är ju stängd på måndagar, så jag kom på tisdagen istället.",
        False,
        "tue 11:00",
    ),
    Said("fisk", "Jag frågade efter levande hummer men det säljer de inte.", False),
    Said("fisk", "Vi åt fisksoppa i restaurangen till lunch.", False),
    Said("fisk", "Isen till kylväskan fick jag gratis, snällt.", False),
    Said("fisk", "Jag önskar att de hade färska räkor fler dagar i veckan.", False),
    Said(
        "fisk",
        "Det är synd att de inte tar kontanter, min pappa har bara kontanter.",
        False,
    ),
    Said("fisk", "Vi åt lunch i restaurangen på lördagen, den var full.", True, "sat 12:00"),
    Said("fisk", "Jag fick betala femtio kronor för att de filéade laxen.", True),
    Said("fisk", "Jag köpte en levande hummer som de plockade upp ur akvariet.", True),
    Said(
        "fisk",
        "Jag köpte laxfilé i fiskdisken på måndagen, killen där var trevlig.",
        True,
        "mon 11:00",
    ),
    # the kiosk
    Said(
        "kiosk",
        "Jag var där vid tre på natten och köpte kaffe, skönt att de har öppet dygnet runt.",
        False,
        "wed 03:00",
    ),
    Said(
        "kiosk",
        "Jag skulle hämta ett paket men ombudet hade stängt för kvällen, det var efter nio.",
        False,
        "wed 21:30",
    ),
    Said("kiosk", "De ville se legitimation när jag hämtade paketet, det är bra.", False),
    Said("kiosk", "Det finns ingen kundtoalett, det hade behövts.", False),
    Said("kiosk", "Jag köpte korv och kaffe för 35 kronor, prisvärt.", False),
    Said(
        "kiosk",
        "Jag hade bara en tusenlapp och de tog inte emot den, så jag fick swisha istället.",
        False,
    ),
    Said(
        "kiosk",
        "Jag hämtade ut ett paket hos ombudet vid elva på kvällen.",
        True,
        "wed 23:00",
    ),
    Said("kiosk", "Jag lånade toaletten innan jag gick, den var ren.", True),
    # the farm shop
    Said(
        "gård",
        "Vi var där på lördagen och handlade ägg och potatis.",
        False,
        "sat 11:00",
    ),
    Said(
        "gård",
        "Jag köpte ägg i äggboden sent på kvällen och swishade, fint system.",
        False,
        "tue 21:00",
    ),
    Said(
        "gård",
        "Vi plockade jordgubbar, sextio kronor kilot är rimligt, och korgarna fick vi låna.",
        False,
    ),
    Said("gård", "Jag hade önskat att man kunde betala med kort i äggboden.", False),
    Said("gård", "Hunden fick vänta i bilen eftersom de inte tillåter hundar inne.", False),
    Said(
        "gård",
        "Köttet kommer från ett slakteri i Skara, sa de, och det var jättegott.",
        False,
    ),
    Said("gård", "Vi följde skyltarna från vägen och hittade lätt dit.", False),
    Said(
        "gård",
        "Jag handlade i gårdsbutiken på tisdagen, de hade precis fått in potatis.",
        True,
        "tue 11:00",
    ),
    Said("gård", "Jag betalade äggen med kort i äggboden.", True),
    Said("gård", "Vi fick betala trettio kronor för att låna korgarna.", True),
    # the florist
    Said("blommor", "Buketten band de medan jag väntade, jättefin.", False),
    Said("blommor", "Hemleveransen kostade 150 kronor, det tycker jag är rimligt.", False),
    Said("blommor", "Jag undrade om de skickar via Interflora, men det gör de inte.", False),
    Said("blommor", "Presentpapperet ingick, snyggt inslaget.", False),
    Said(
        "blommor",
        "På söndagen köpte jag en bukett ur blomsterautomaten vid entrén.",
        False,
        "sun 14:00",
    ),
    Said("blommor", "De skickade blommorna till min mamma i Umeå via Interflora.", True),
    Said("blommor", "Jag fick betala tjugo kronor för presentpapperet.", True),
    Said(
        "blommor",
        "Jag beställde en begravningskrans på morgonen och hämtade den samma eftermiddag.",
        True,
    ),
    # the sports shop
    Said("sport", "Vi hyrde skidor och pjäxor för dagen, hjälmen ingick.", False),
    Said(
        "sport",
        "Jag frågade om de lagar cyklar, men de har ingen cykelverkstad, så jag fick åka till "
        "Östersund.",
        False,
    ),
    Said("sport", "Vallningen kostade 200 kronor, lite dyrt men bra jobbat.", False),
    Said("sport", "Jag slipar mina skridskor hemma, det är inget de gör.", False),
    Said("sport", "Jag lånade en provcykel en halvtimme, gratis, och köpte den sen.", False),
    Said("sport", "Jag betalade med kort som vanligt.", False),
    Said("sport", "Verkstaden fixade min bindning snabbt.", False),
    Said("sport", "De slipade mina skridskor medan jag väntade.", True),
    Said("sport", "Jag fick betala hundra kronor för hjälmen när vi hyrde skidor.", True),
    Said("sport", "Jag lämnade in cykeln i cykelverkstaden och de bytte kedjan.", True),
    Said(
        "sport",
        "Jag hämtade skidorna i skidverkstaden på söndagen, de var fint vallade.",
        True,
        "sun 12:00",
    ),
    Said("sport", "Jag betalade kontant i kassan, en femhundralapp.", True),
    # the campsite
    Said(
        "camping",
        "Jag duschade vid elva på kvällen, skönt att servicehuset är öppet hela natten.",
        False,
        "wed 23:00",
    ),
    Said("camping", "Duschen kostade en femma för fyra minuter, det räckte precis.", False),
    Said(
        "camping",
        "Vi hyrde en kanot som vi bokade dagen innan och paddlade hela förmiddagen.",
        False,
    ),
    Said(
        "camping",
        "Vi hämtade kanoten klockan nio och lämnade tillbaka den klockan tolv.",
        False,
    ),
    Said(
        "camping",
        "Bastun var stängd när vi kom på måndagen, synd, men vi badade i sjön istället.",
        False,
        "mon 18:00",
    ),
    Said(
        "camping",
        "Vi tvättade och torktumlade, tumlaren var gratis men tvätten kostade trettio kronor.",
        False,
    ),
    Said("camping", "Wifi-koden fick vi i receptionen, och nätet var gratis och snabbt.", False),
    Said(
        "camping",
        "Jag betalade med kort i receptionen och köpte glass för kontanter i butiken.",
        False,
    ),
    Said("camping", "Det vore kul om man kunde hyra cyklar här.", False),
    Said(
        "camping",
        "Jag fick gratis kaffe i receptionen medan jag väntade på kanoten.",
        False,
    ),
    Said("camping", "Jag betalade kontant i receptionen, en hundralapp.", True),
    Said(
        "camping",
        "Vi satt i bastun på tisdagskvällen, den var skönt varm.",
        True,
        "tue 19:00",
    ),
    Said("camping", "Vi hyrde två cyklar på campingen och cyklade in till stan.", True),
    Said("camping", "Torktumlaren kostade tjugo kronor, det var ju dyrt.", True),
    # the bicycle shop
    Said(
        "cykel",
        "Jag lämnade in cykeln på service i måndags och fick tillbaka den i dag.",
        False,
        "thu 15:00",
    ),
    Said(
        "cykel",
        "De lagade punkteringen samma dag, jag hämtade cykeln på eftermiddagen.",
        False,
    ),
    Said(
        "cykel",
        "Jag pumpade däcken vid luftpumpen utanför en söndagskväll, bra att den alltid går "
        "att använda.",
        False,
        "sun 20:00",
    ),
    Said("cykel", "Vi hyrde två cyklar för 400 kronor, hjälmarna ingick.", False),
    Said(
        "cykel",
        "Jag frågade efter elcyklar men det säljer de inte, så jag köpte en vanlig.",
        False,
    ),
    Said("cykel", "De gjorde en säkerhetskontroll på min cykel utan att ta betalt.", False),
    Said(
        "cykel",
        "Jag ville lämna in cykeln på lördagen men verkstaden tar inte emot då, så jag kom "
        "tillbaka på måndagen.",
        False,
        "sat 11:00",
    ),
    Said("cykel", "Jag köpte en ny hjälm för 499 kronor och en lampa i tillbehören.", False),
    Said("cykel", "Jag köpte en elcykel där i dag, den går jättebra.", True),
    Said("cykel", "Jag fick betala 150 kronor för säkerhetskontrollen.", True),
    Said(
        "cykel",
        "Jag lämnade in cykeln på service på morgonen och hämtade den klockan tre samma dag.",
        True,
    ),
    # more of the earlier stores
    Said(
        "mack",
        "Jag hyrde släpvagnen klockan nio och lämnade tillbaka den klockan tolv, smidigt.",
        False,
    ),
    Said(
        "sport",
        "Jag betalade 200 kronor för vallningen och fick låna hjälmen gratis när vi hyrde.",
        False,
    ),
    Said("bageri", "Jag köpte en kaffe och fick påtår gratis.", False),
    # free things beside paid ones, counts beside limits
    Said("mack", "Jag köpte en flaska vatten och en kaffe för 45 kronor.", False),
    Said(
        "mack",
        "Jag betalade 189 kronor för tvätten och fyllde luft i däcken efteråt.",
        False,
    ),
    Said(
        "camping",
        "Vi betalade 350 kronor för tältplatsen per natt, och wifi fungerade bra.",
        False,
    ),
    Said("camping", "Vi var fem personer och hyrde två kanoter.", False),
    Said(
        "camping",
        "Det var fullt på alla 120 platserna i helgen, men vi fick en plats ändå.",
        False,
    ),
    Said(
        "plantskola",
        "Det var många kunder, och jag fick betala 40 kronor för en kaffe i kaféet.",
        False,
    ),
    Said(
        "camping",
        "Vi gick runt till alla sex servicehusen och alla var rena.",
        True,
    ),
    Said(
        "plantskola",
        "Jag fick betala 60 kronor för att ladda elbilen vid entrén.",
        True,
    ),
    # the laundry
    Said(
        "tvätt",
        "Jag betalade 60 kronor för tvätten i tvättstugan och torkade sen i tumlaren.",
        False,
    ),
    Said("tvätt", "Jag betalade för tvätten, och kaffet medan jag väntade var gott.", False),
    Said(
        "tvätt",
        "Jag tvättade vid tio på kvällen, lokalen var öppen men ingen personal fanns där.",
        False,
        "wed 22:00",
    ),
    Said("tvätt", "Strykningen kostade 90 kronor för tre skjortor, helt okej.", False),
    Said(
        "tvätt",
        "Jag lämnade in kostymen på kemtvätt i måndags och hämtade den i dag.",
        False,
        "thu 12:00",
    ),
    Said("tvätt", "Jag betalade med kort i maskinen.", False),
    Said(
        "tvätt",
        "Jag betalade 120 kronor i tvättstugan för strykningen av fyra skjortor.",
        False,
    ),
    Said("tvätt", "Jag fick betala 20 kronor för tumlaren efter tvätten.", True),
    Said("tvätt", "Kaffet kostade tio kronor medan jag väntade.", True),
    Said(
        "tvätt",
        "Jag lämnade in kostymen på morgonen och hämtade den kemtvättad samma eftermiddag.",
        True,
    ),
    Said("tvätt", "Jag betalade tvätten med en hundralapp i maskinen.", True),
    # what may not be done
    Said(
        "gård",
        "Hunden fick vänta i bilen medan vi följde med personalen till ladan.",
        False,
        "sat 11:00",
    ),
    Said(
        "gård",
        "Min ledarhund fick följa med in i butiken, precis som det ska vara.",
        False,
        "sat 11:00",
    ),
    Said("gård", "Jag fick följa med bonden ut och titta på korna.", False, "sat 11:00"),
    Said(
        "gård",
        "Hunden fick följa med in i butiken och personalen gav den en godisbit.",
        True,
        "sat 11:00",
    ),
    # supposed, planned, told by staff
    Said(
        "mack",
        "Om grillen hade haft öppet på kvällen hade jag köpt en hamburgare vid elva.",
        False,
        "wed 23:00",
    ),
    Said("mack", "Nästa gång ska jag hyra släpvagnen hela helgen.", False),
    Said(
        "kiosk",
        "Jag trodde att ombudet hade öppet till tio, men det stängde åtta.",
        False,
        "wed 21:00",
    ),
    Said("kiosk", "Jag frågade om jag kunde låna toaletten, men de har ingen.", False),
    Said(
        "bageri",
        "Förra veckan köpte jag ett nybakat surdegsbröd på fredagen, i dag var det slut.",
        False,
    ),
    Said(
        "fisk",
        "Vi hade tänkt äta lunch i restaurangen på lördagen, men den var stängd.",
        False,
        "sat 12:00",
    ),
    Said(
        "apotek",
        "Tjejen i kassan sa att de inte vaccinerar, men att vårdcentralen gör det.",
        False,
    ),
    Said(
        "blommor",
        "Jag ska beställa en krans till begravningen på fredag, tre dagar i förväg som de sa.",
        False,
    ),
    Said(
        "sport",
        "Killen i verkstaden sa att de slipar skridskor på Intersport, inte här.",
        False,
    ),
)


def _hours(span: str) -> OpeningHours | None:
    if not span:
        return None
    opens, closes = (int(hour) for hour in span.split("-"))
    return OpeningHours(time(opens), time(23, 59) if closes == 24 else time(closes))


@cache
def context(key: str) -> BusinessContext:
    return store_context(f"fact-shapes-{key}", STORES[key])


def store_context(key: str, store: Store) -> BusinessContext:
    """The business context of an invented store, its id made from `key`."""
    weekday, saturday, sunday = (_hours(span) for span in store.hours)
    spans = (weekday,) * 5 + (saturday, sunday)
    return BusinessContext(
        store_id=store_id_of(key),
        timezone="Europe/Stockholm",
        operating_hours={day: hours for day, hours in zip(DAYS, spans, strict=True) if hours},
        departments=[Department(name, aliases) for name, aliases in store.departments],
        baseline_facts=[BaselineFact(statement) for statement in store.facts],
        store_name=store.name,
    )


def moment(at: str) -> datetime:
    """ "wed 12:00" as a Stockholm time in the week of 16 November 2026."""
    day, clock = at.split()
    return datetime.fromisoformat(f"{WHEN[day]}T{clock}:00+01:00")
