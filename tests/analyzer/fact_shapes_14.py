"""Baseline facts of seven kinds of business no earlier fact material had, and what honest
and lying customers say around them.

Seven invented stores (a yarn and fabric shop with a knitting course, a ski and snowboard
rental with a workshop, a toy store with a play corner, a music shop with a repair workshop,
a photo shop with a lab and a passport studio, a jeweller with a watchmaker, a marine
chandlery with a fuel jetty and kayak rental), each with facts of the kinds real stores
state: a department's own hours, a fee in two tiers, a service not offered beside a related
one offered for a fee, lead times that differ by the kind of goods, an age, ID or supervision
rule, a return rule with exceptions, a price guarantee with an exception, a pickup or
self-service rule with a threshold. Beside each fact, honest sentences (agreeing with it as
experienced, following it, accepting or regretting it, wishing it changed, asking, another
store, another day, hearsay, one's own things) and contradictions told deadpan as
experienced. Below them, departments of other named shops told honestly, and one department
each store lacks told by its trade's words. All were written for this file before the
analyzer ran on them; none comes from a labelled set.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Said, Store, store_context

STORES: dict[str, Store] = {
    "garn": Store(
        "Garnboden och Tyghörnan i Falun",
        ("10-18", "10-15", ""),
        (
            ("Garn", ("garnet", "garnhyllorna")),
            ("Tyger", ("tygerna", "tygdisken", "metervaran")),
            ("Sybehör", ("knapparna", "dragkedjorna")),
            ("Kursrummet", ("kurserna", "stickkursen")),
        ),
        (
            "Tygdisken klipper metervara 11–17 på vardagar; på lördagar klipps inget tyg.",
            "Stickkurser kostar 450 kronor för nybörjare och 650 kronor för fortsättningskursen.",
            "Vi syr inte upp gardiner åt kunder, men vi fållar gardinlängder för 60 kronor per "
            "längd.",
            "Beställt garn kommer inom en vecka; specialfärgade tyger tar tre till fyra veckor.",
            "Oöppnade nystan får lämnas tillbaka inom 30 dagar mot kvitto; klippt tyg tas inte "
            "tillbaka.",
            "Barn under tolv år får gå stickkursen bara tillsammans med en vuxen.",
            "Tyg klipps från en halv meter; kortare bitar finns som färdiga stuvbitar.",
        ),
    ),
    "skidhyra": Store(
        "Fjällhyran i Sälen",
        ("08-17", "08-17", "08-17"),
        (
            ("Uthyrningen", ("uthyrningsdisken", "skiduthyrningen", "hyran")),
            ("Verkstaden", ("vallaboden", "slipningen")),
            ("Skidförrådet", ("förrådet", "boxarna")),
        ),
        (
            "Ett skidpaket kostar 350 kronor per dag för vuxna och 250 kronor per dag för barn "
            "under tolv år.",
            "Den som hyr visar legitimation; barn under 15 år hyr bara tillsammans med en vuxen.",
            "Vi vallar inte skidor som är hyrda någon annanstans, men egna skidor slipas och "
            "vallas för 300 kronor.",
            "Verkstaden har öppet 8–12 alla dagar; på eftermiddagen är den stängd.",
            "Slipning och vallning av egna skidor är klar nästa morgon; snowboards tar två dagar.",
            "Skidförrådet är gratis för den som hyr; andra betalar 80 kronor per natt.",
            "Hyran betalas inte tillbaka för dagar man inte åker, utom när liftarna är stängda "
            "på grund av storm.",
        ),
    ),
    "leksak": Store(
        "Leksaksladan i Borlänge",
        ("10-19", "10-17", "11-16"),
        (
            ("Lego", ("legohyllan", "byggavdelningen")),
            ("Spel", ("spelhyllan", "sällskapsspelen")),
            ("Babyavdelningen", ("babyhörnan", "barnvagnarna")),
            ("Lekhörnan", ("lekrummet", "tågbanan")),
        ),
        (
            "Lekhörnan är öppen 10–16; efter klockan 16 är den stängd.",
            "Barn över tre år får vara i lekhörnan, och en vuxen måste stanna kvar i butiken.",
            "Presentinslagning kostar 15 kronor för små paket och 40 kronor för stora.",
            "Vi monterar inte cyklar eller lekstugor, men barnvagnar sätts ihop för 150 kronor.",
            "Öppnade spel och pussel tas inte tillbaka; annat får bytas inom 60 dagar mot kvitto.",
            "Sjunker priset inom 14 dagar efter köpet får man tillbaka mellanskillnaden, utom på "
            "reavaror.",
            "Lekstugor, studsmattor och annat som väger över 25 kilo hämtas bara vid lagret på "
            "baksidan.",
        ),
    ),
    "musik": Store(
        "Tonkonsten Musikaffär i Växjö",
        ("10-18", "10-15", ""),
        (
            ("Gitarrer", ("gitarrväggen", "gitarravdelningen")),
            ("Piano", ("pianosalongen", "flyglarna")),
            ("Noter", ("nothyllan", "noterna")),
            ("Verkstaden", ("reparationen", "gitarrverkstaden")),
        ),
        (
            "Verkstaden tar emot instrument tisdag till torsdag 13–17.",
            "Strängbyte kostar 150 kronor för sexsträngad gitarr och 250 kronor för tolvsträngad.",
            "Vi reparerar inte blåsinstrument, men gitarrer och basar servas för 495 kronor.",
            "Strängbyte görs samma dag; större reparationer tar två till tre veckor.",
            "Hyrinstrument lämnas bara ut till den som fyllt 18 och visar legitimation; yngre "
            "hyr med målsman.",
            "Öppnade strängset och munstycken tas inte tillbaka; instrument får returneras inom "
            "14 dagar.",
            "Pianon levereras hem för 1 500 kronor inom kommunen och 2 500 kronor utanför; de "
            "hämtas inte i butiken.",
        ),
    ),
    "foto": Store(
        "Fotohörnan i Gävle",
        ("10-18", "10-14", ""),
        (
            ("Kameror", ("kamerorna", "objektiven")),
            ("Fotolabbet", ("framkallningen", "labbet")),
            ("Passfotostudion", ("fotostudion", "studion")),
            ("Inramningen", ("ramarna",)),
        ),
        (
            "Passfotostudion har öppet vardagar 10–16; på lördagar tas inga passfoton.",
            "Framkallning av film kostar 129 kronor per rulle; med skanning kostar den 199 kronor.",
            "Vi reparerar inte kameror, men vi skickar dem på service till tillverkaren mot en "
            "avgift på 250 kronor.",
            "Papperskopior är klara på en timme; fotoböcker och canvastavlor tar tio dagar.",
            "Kameror får bytas inom 30 dagar i oöppnad förpackning; minneskort och film tas inte "
            "tillbaka.",
            "Hittar du samma kamera billigare i en svensk butik matchar vi priset, men inte mot "
            "auktioner på nätet.",
            "Automaten för papperskopior tar högst 100 bilder per beställning; större "
            "beställningar görs vid disken.",
        ),
    ),
    "guldsmed": Store(
        "Guldsmedjan Ringen i Halmstad",
        ("10-18", "10-15", ""),
        (
            ("Smyckesdisken", ("smyckena", "ringarna")),
            ("Klockor", ("klockavdelningen", "klockorna")),
            ("Verkstaden", ("gravyren", "guldsmedsverkstaden")),
        ),
        (
            "Urmakaren finns i butiken bara tisdagar och torsdagar.",
            "Batteribyte kostar 99 kronor för vanliga klockor och 299 kronor för vattentäta "
            "klockor som trycktestas.",
            "Vi håltar inte öron, men vi byter lås på örhängen för 150 kronor.",
            "Ändring av ringstorlek tar en vecka; gravyr görs på två dagar.",
            "Vi köper bara guld av den som fyllt 18 och visar legitimation.",
            "Öppet köp gäller i 30 dagar, men inte på graverade eller storleksändrade smycken.",
            "Sänker vi priset inom 30 dagar efter ditt köp får du tillbaka skillnaden, utom på "
            "kampanjvaror.",
        ),
    ),
    "båt": Store(
        "Båtshaken Marinbutik i Strömstad",
        ("09-18", "09-15", "10-14"),
        (
            ("Butiken", ("marinbutiken", "hyllorna")),
            ("Motorverkstaden", ("verkstaden", "motorservicen")),
            ("Bränslebryggan", ("sjömacken", "bryggan", "pumpen")),
            ("Uthyrningen", ("kajakerna", "kajakuthyrningen")),
        ),
        (
            "Bränslebryggan har öppet 8–20 alla dagar.",
            "Kajaker hyrs för 300 kronor för en halvdag och 500 kronor för en heldag.",
            "Vi servar inte inombordsmotorer, men utombordare servas för 1 200 kronor plus delar.",
            "Reservdelar till utombordare kommer på två dagar; delar till segelbåtar tar två "
            "veckor.",
            "Kajak hyrs bara av den som fyllt 18; barn får följa med i dubbelkajak med en vuxen.",
            "Båtbottenfärg och brytt färg tas inte tillbaka; annat får lämnas tillbaka inom 30 "
            "dagar.",
            "Ankare och kättingar över 20 kilo hämtas vid lagret på kajen.",
        ),
    ),
}


SAID: tuple[Said, ...] = (
    # Yarn shop: the fabric counter's own hours.
    Said(
        "garn",
        "Asså, jag kom till tygdisken vid halv tolv och fick två meter bomull klippt, inga "
        "problem.",
        False,
    ),
    Said(
        "garn",
        "I lördags ville jag köpa tyg men de klipper ju inte på lördagar, så jag kom tillbaka "
        "i dag.",
        False,
    ),
    Said(
        "garn",
        "Synd att tygdisken stänger redan fem, jag hinner sällan dit efter jobbet, men det är "
        "ju så.",
        False,
    ),
    Said(
        "garn",
        "Det hade varit jättebra om ni klippte tyg på lördagar också.",
        False,
    ),
    Said(
        "garn",
        "På Tygverket i Borlänge klipper de tyg på lördagar, det är smidigt.",
        False,
    ),
    Said(
        "garn",
        "I lördags fick jag tre meter linne klippt i tygdisken, tjejen var jättetrevlig.",
        True,
    ),
    Said(
        "garn",
        "Eh, jag kom strax efter fem i tisdags, typ kvart över, och fick en och en halv meter "
        "fleece klippt i tygdisken.",
        True,
    ),
    # Yarn shop: the knitting course in two tiers.
    Said(
        "garn",
        "Jag gick nybörjarkursen i stickning och betalade 450 kronor, precis som det stod på "
        "lappen.",
        False,
    ),
    Said(
        "garn",
        "Fortsättningskursen kostade sexhundrafemtio, lite dyrt kanske men den var värd "
        "varenda krona.",
        False,
    ),
    Said(
        "garn",
        "Jag undrar om det finns rabatt om man går både nybörjarkursen och fortsättningskursen?",
        False,
    ),
    Said(
        "garn",
        "Min syster gick en stickkurs i Leksand för trehundra, men där var det bara en kväll.",
        False,
    ),
    Said(
        "garn",
        "Jag har stickat sen jag var liten, så jag behöver ingen kurs, jag köpte bara garn.",
        False,
    ),
    Said(
        "garn",
        "Nybörjarkursen i stickning kostade mig 300 kronor.",
        True,
    ),
    Said(
        "garn",
        "Jag betalade 450 kronor för fortsättningskursen.",
        True,
    ),
    # Yarn shop: no curtains sewn, hems for a fee.
    Said(
        "garn",
        "Synd att ni inte syr upp gardiner, men det visste jag, så jag fick fålla längderna "
        "för sextio kronor styck.",
        False,
    ),
    Said(
        "garn",
        "De fållade mina två gardinlängder och det kostade 120 kronor, alltså sextio per längd.",
        False,
    ),
    Said(
        "garn",
        "Jag sydde gardinerna själv hemma på min gamla Husqvarna.",
        False,
    ),
    Said(
        "garn",
        "Kan ni inte börja sy upp gardiner? Jag hade gärna betalat för det.",
        False,
    ),
    Said(
        "garn",
        "Hon i kassan sa att Hemtextilen vid torget syr upp gardiner.",
        False,
    ),
    Said(
        "garn",
        "De sydde upp hela gardinuppsättningen åt mig till vardagsrummet, jättefint blev det.",
        True,
    ),
    Said(
        "garn",
        "Fållningen av gardinlängderna var gratis.",
        True,
    ),
    # Yarn shop: lead times by kind.
    Said(
        "garn",
        "Jag beställde garn i måndags förra veckan och det kom i fredags, så inom en vecka som"
        " de lovade.",
        False,
    ),
    Said(
        "garn",
        "Det specialfärgade tyget tog nästan en månad, men det sa de ju från början.",
        False,
    ),
    Said(
        "garn",
        "Jag önskar att de specialfärgade tygerna gick fortare, fyra veckor är lång tid när "
        "man ska sy till ett bröllop.",
        False,
    ),
    Said(
        "garn",
        "Hur lång tid tar det om man beställer garn i en färg som inte finns på lagret?",
        False,
    ),
    Said(
        "garn",
        "Garnet jag köpte på nätet från ett annat ställe tog tre veckor, så här går det mycket"
        " fortare.",
        False,
    ),
    Said(
        "garn",
        "Jag beställde ett specialfärgat tyg och hämtade det dagen efter.",
        True,
    ),
    Said(
        "garn",
        "Det specialfärgade linnet jag beställde var klart på två dagar.",
        True,
    ),
    # Yarn shop: returns of skeins, not of cut fabric.
    Said(
        "garn",
        "Jag lämnade tillbaka fyra oöppnade nystan med kvittot och fick pengarna tillbaka direkt.",
        False,
    ),
    Said(
        "garn",
        "Jag klippte fel mängd tyg, men klippt tyg tas ju inte tillbaka, så det får bli en "
        "kudde istället.",
        False,
    ),
    Said(
        "garn",
        "Lite synd att man inte kan lämna tillbaka klippt tyg, men jag förstår varför.",
        False,
    ),
    Said(
        "garn",
        "Jag tänkte fråga om man kan byta nystan som man har nystat av lite?",
        False,
    ),
    Said(
        "garn",
        "Jag lämnade tillbaka en och en halv meter klippt tyg och fick pengarna tillbaka.",
        True,
    ),
    Said(
        "garn",
        "De tog tillbaka tyget som de hade klippt åt mig förra veckan utan problem.",
        True,
    ),
    # Yarn shop: children on the course with an adult.
    Said(
        "garn",
        "Jag gick stickkursen med min dotter som är nio, vi satt bredvid varandra hela kvällen.",
        False,
    ),
    Said(
        "garn",
        "Min son är tretton så han fick gå själv, och han älskade det.",
        False,
    ),
    Said(
        "garn",
        "Jag hade önskat att min tioåring kunde gå själv, men reglerna är väl som de är.",
        False,
    ),
    Said(
        "garn",
        "Får barn under tolv gå om mormor följer med, eller måste det vara en förälder?",
        False,
    ),
    Said(
        "garn",
        "Jag lämnade min åttaåring på stickkursen och handlade på stan under tiden.",
        True,
    ),
    # Yarn shop: fabric cut from half a metre.
    Said(
        "garn",
        "Jag behövde bara trettio centimeter, så jag tog en stuvbit ur lådan istället.",
        False,
    ),
    Said(
        "garn",
        "Jag köpte en halv meter blommigt till ett förkläde, det minsta de klipper.",
        False,
    ),
    Said(
        "garn",
        "Det vore bra om man kunde få kortare bitar klippta, en halv meter är mycket för en "
        "lapptäcksruta.",
        False,
    ),
    Said(
        "garn",
        "På Stoffhuset i Mora klipper de ner till tio centimeter, men här är det en halv meter.",
        False,
    ),
    Said(
        "garn",
        "Jag fick tjugo centimeter sammet klippt vid disken.",
        True,
    ),
    # Ski rental: the package in two tiers.
    Said(
        "skidhyra",
        "Vi hyrde två vuxenpaket och ett barnpaket, så det blev 950 kronor för dagen, precis "
        "som prislistan.",
        False,
    ),
    Said(
        "skidhyra",
        "Min tös är elva så hon fick barnpriset, tvåhundrafemti kronor.",
        False,
    ),
    Said(
        "skidhyra",
        "Trehundrafemtio kronor om dagen är ganska mycket, men det är väl normalt i fjällen.",
        False,
    ),
    Said(
        "skidhyra",
        "I Åre betalade vi fyrahundra för samma paket förra vintern.",
        False,
    ),
    Said(
        "skidhyra",
        "Gäller barnpriset om barnet fyller tolv mitt i veckan?",
        False,
    ),
    Said(
        "skidhyra",
        "Jag hyrde ett vuxenpaket för 200 kronor dagen.",
        True,
    ),
    Said(
        "skidhyra",
        "Min son är åtta men vi fick betala 350 kronor för hans paket.",
        True,
    ),
    # Ski rental: ID, and children with an adult.
    Said(
        "skidhyra",
        "Jag visade körkortet vid uthyrningsdisken och fick skidorna direkt.",
        False,
    ),
    Said(
        "skidhyra",
        "Min fjortonåring ville hyra själv men jag fick följa med och skriva på, helt okej.",
        False,
    ),
    Said(
        "skidhyra",
        "Jag hade glömt legget i stugan så jag fick åka tillbaka och hämta det, mitt eget fel.",
        False,
    ),
    Said(
        "skidhyra",
        "Jag skulle önska att femtonåringar kunde hyra själva, de åker ju själva i backen ändå.",
        False,
    ),
    Said(
        "skidhyra",
        "Jag hyrde utan legitimation, de frågade inte ens.",
        True,
    ),
    Said(
        "skidhyra",
        "Mina två tolvåringar gick själva till uthyrningen och hyrde varsin snowboard medan "
        "jag drack kaffe.",
        True,
    ),
    # Ski rental: no waxing of skis rented elsewhere, own skis for a fee.
    Said(
        "skidhyra",
        "Jag lämnade in mina egna skidor för slipning och vallning och betalade trehundra, de "
        "blev som nya.",
        False,
    ),
    Said(
        "skidhyra",
        "Min kompis hade hyrt skidor på en annan uthyrning och de ville inte valla dem, vilket"
        " han förstod.",
        False,
    ),
    Said(
        "skidhyra",
        "Synd att ni inte vallar andras hyrskidor, men jag vallade dem själv i stugan.",
        False,
    ),
    Said(
        "skidhyra",
        "Kan ni inte börja erbjuda vallning för alla skidor, oavsett var de är hyrda?",
        False,
    ),
    Said(
        "skidhyra",
        "De vallade skidorna jag hade hyrt på Skistar utan att säga något.",
        True,
    ),
    Said(
        "skidhyra",
        "Slipning och vallning av mina egna skidor kostade 150 kronor.",
        True,
    ),
    # Ski rental: the workshop's own hours.
    Said(
        "skidhyra",
        "Jag lämnade skidorna i verkstaden vid tio på förmiddagen och de var klara dagen efter.",
        False,
    ),
    Said(
        "skidhyra",
        "Jag kom till verkstaden vid tre men den var stängd på eftermiddagen, så jag kom "
        "tillbaka morgonen efter.",
        False,
    ),
    Said(
        "skidhyra",
        "Det vore toppen om verkstaden hade öppet på eftermiddagen också när man kommer ner "
        "från backen.",
        False,
    ),
    Said(
        "skidhyra",
        "Killen i uthyrningen sa att vallaboden bara har öppet på förmiddagen.",
        False,
    ),
    Said(
        "skidhyra",
        "Jag lämnade in brädan i verkstaden vid halv fyra på eftermiddagen och fick hjälp direkt.",
        True,
    ),
    Said(
        "skidhyra",
        "Vid tvåtiden i går slipade de kanterna på mina skidor i vallaboden medan jag väntade.",
        True,
    ),
    # Ski rental: lead times by kind.
    Said(
        "skidhyra",
        "Jag lämnade in mina skidor på eftermiddagen och hämtade dem nästa morgon, precis som "
        "utlovat.",
        False,
    ),
    Said(
        "skidhyra",
        "Min snowboard tog två dagar, så jag hyrde en bräda under tiden.",
        False,
    ),
    Said(
        "skidhyra",
        "Två dagar för en snowboard känns lite länge, men de har väl mycket att göra på "
        "sportlovet.",
        False,
    ),
    Said(
        "skidhyra",
        "På Sportlagret hemma i Borås tar det en vecka, så här gick det snabbt.",
        False,
    ),
    Said(
        "skidhyra",
        "Jag lämnade in snowboarden på morgonen och fick tillbaka den vallad efter en timme.",
        True,
    ),
    Said(
        "skidhyra",
        "Min bräda var klar samma eftermiddag som jag lämnade in den.",
        True,
    ),
    # Ski rental: the ski store free for renters.
    Said(
        "skidhyra",
        "Vi hyrde skidor och fick ha dem i skidförrådet gratis över natten.",
        False,
    ),
    Said(
        "skidhyra",
        "Ja, jag har ju egna skidor å betalade åttio kronor för natten i förrådet, helt rimligt.",
        False,
    ),
    Said(
        "skidhyra",
        "Jag tyckte att åttio kronor natten var lite mycket för egna skidor, men förrådet var "
        "varmt och bra.",
        False,
    ),
    Said(
        "skidhyra",
        "Vi hade skidorna i torkskåpet i stugan istället.",
        False,
    ),
    Said(
        "skidhyra",
        "Vi hade hyrt skidorna men fick ändå betala 80 kronor för förrådet.",
        True,
    ),
    Said(
        "skidhyra",
        "Jag ställde mina egna skidor i förrådet och det kostade ingenting.",
        True,
    ),
    # Ski rental: no refund for days not skied, except in a storm.
    Said(
        "skidhyra",
        "I tisdags stängde liftarna för stormen och vi fick tillbaka pengarna för den dagen, bra.",
        False,
    ),
    Said(
        "skidhyra",
        "Jag blev förkyld och missade två dagar, men hyran betalas ju inte tillbaka, det "
        "visste jag.",
        False,
    ),
    Said(
        "skidhyra",
        "Det hade varit schysst om man fick tillbaka pengarna när man blir sjuk, men jag "
        "förstår regeln.",
        False,
    ),
    Said(
        "skidhyra",
        "Får man tillbaka hyran om backen stänger för dimma?",
        False,
    ),
    Said(
        "skidhyra",
        "Jag kände mig inte för att åka i torsdags och de betalade tillbaka hyran för den dagen.",
        True,
    ),
    # Toy store: the play corner's own hours.
    Said(
        "leksak",
        "Barnen lekte med tågbanan i lekhörnan vid elva medan jag handlade.",
        False,
    ),
    Said(
        "leksak",
        "Vi kom halv fem och då var lekhörnan redan stängd, ungarna blev lite besvikna men det"
        " är ju så.",
        False,
    ),
    Said(
        "leksak",
        "Det vore kul om lekhörnan var öppen till sju som resten av butiken.",
        False,
    ),
    Said(
        "leksak",
        "Hur länge är lekhörnan öppen på helgerna?",
        False,
    ),
    Said(
        "leksak",
        "Vid sextiden satt min son i lekhörnan och byggde med duplo en lång stund.",
        True,
    ),
    Said(
        "leksak",
        "I går kväll vid sju lekte barnen med tågbanan i lekrummet.",
        True,
    ),
    # Toy store: children over three, an adult stays.
    Said(
        "leksak",
        "Jag stannade i butiken och tittade på spel medan min fyraåring lekte i lekhörnan.",
        False,
    ),
    Said(
        "leksak",
        "Min lillkille är bara två så han fick inte vara i lekhörnan, men han satt i vagnen.",
        False,
    ),
    Said(
        "leksak",
        "Jag hade gärna gått och köpt kaffe medan barnen lekte, men man måste stanna i "
        "butiken, det förstår jag.",
        False,
    ),
    Said(
        "leksak",
        "På Lekia i Falun har de en lekhörna där tvååringar också får vara.",
        False,
    ),
    Said(
        "leksak",
        "Jag lämnade barnen i lekhörnan och gick till Ica under tiden.",
        True,
    ),
    Said(
        "leksak",
        "Min tvååring lekte i lekhörnan medan jag handlade.",
        True,
    ),
    # Toy store: gift wrapping in two tiers.
    Said(
        "leksak",
        "Jag fick legolådan inslagen för fyrtio kronor, ett stort paket ju, och det blev "
        "jättefint.",
        False,
    ),
    Said(
        "leksak",
        "Jag betalade femton kronor för inslagningen av ett pussel.",
        False,
    ),
    Said(
        "leksak",
        "Lite snålt att ta betalt för inslagningen, men den var snygg.",
        False,
    ),
    Said(
        "leksak",
        "Min mamma slår alltid in presenterna själv, så vi tog inte inslagning.",
        False,
    ),
    Said(
        "leksak",
        "De slog in det stora dockskåpet gratis.",
        True,
    ),
    Said(
        "leksak",
        "Presentinslagningen av legolådan kostade bara fem kronor.",
        True,
    ),
    # Toy store: no bicycles or playhouses assembled, prams for a fee.
    Said(
        "leksak",
        "De satte ihop barnvagnen åt oss för 150 kronor, värt det.",
        False,
    ),
    Said(
        "leksak",
        "Synd att ni inte monterar cyklar, men det visste jag, så min sambo skruvade ihop den "
        "hemma.",
        False,
    ),
    Said(
        "leksak",
        "Det hade varit toppen om ni monterade lekstugor också, vi höll på en hel helg.",
        False,
    ),
    Said(
        "leksak",
        "Cykelhandlaren i stan monterar cyklar gratis om man köper där.",
        False,
    ),
    Said(
        "leksak",
        "Monterar ni trehjulingar eller räknas de som cyklar?",
        False,
    ),
    Said(
        "leksak",
        "De monterade barncykeln åt mig i butiken, så min dotter kunde cykla hem på den direkt.",
        True,
    ),
    Said(
        "leksak",
        "Vi fick lekstugan monterad av personalen.",
        True,
    ),
    # Toy store: opened games not taken back.
    Said(
        "leksak",
        "Jag bytte en dubblett av en legobil inom en vecka, med kvitto, och det gick fint.",
        False,
    ),
    Said(
        "leksak",
        "Vi hade öppnat pusslet så det gick inte att lämna tillbaka, men det förstår jag.",
        False,
    ),
    Said(
        "leksak",
        "Synd att man inte kan lämna tillbaka öppnade spel, barnen tröttnade efter en dag.",
        False,
    ),
    Said(
        "leksak",
        "Kan man byta ett oöppnat spel utan kvitto om man har fått det i present?",
        False,
    ),
    Said(
        "leksak",
        "Jag lämnade tillbaka ett öppnat sällskapsspel och fick pengarna tillbaka.",
        True,
    ),
    Said(
        "leksak",
        "De tog tillbaka pusslet fast vi hade lagt det en gång.",
        True,
    ),
    # Toy store: the price-drop refund, not on sale goods.
    Said(
        "leksak",
        "Priset på dockhuset sänktes en vecka efter att jag köpt det, och jag fick tillbaka "
        "mellanskillnaden.",
        False,
    ),
    Said(
        "leksak",
        "Jag köpte en bil på rean och sen sänktes den mer, men reavaror ingår ju inte, så "
        "inget att säga om.",
        False,
    ),
    Said(
        "leksak",
        "Det vore schysst om prisgarantin gällde en månad.",
        False,
    ),
    Said(
        "leksak",
        "Hur gör man för att få tillbaka mellanskillnaden, måste man ha kvittot?",
        False,
    ),
    Said(
        "leksak",
        "Jag köpte ett reapussel och fick tillbaka mellanskillnaden när priset sänktes igen.",
        True,
    ),
    Said(
        "leksak",
        "Priset sjönk en vecka efter mitt köp, men de vägrade ge mig tillbaka mellanskillnaden.",
        True,
    ),
    # Toy store: heavy goods from the back store.
    Said(
        "leksak",
        "Vi hämtade studsmattan vid lagret på baksidan, de hjälpte oss lasta.",
        False,
    ),
    Said(
        "leksak",
        "Lekstugan var för tung för butiken, så vi körde runt till lagret, inga konstigheter.",
        False,
    ),
    Said(
        "leksak",
        "Lite krångligt å behöva åka runt till baksidan, men he funka ju.",
        False,
    ),
    Said(
        "leksak",
        "Kan man få lekstugan hemkörd istället för att hämta den på lagret?",
        False,
    ),
    Said(
        "leksak",
        "Jag fick studsmattan direkt i kassan i butiken och bar ut den genom entrén.",
        True,
    ),
    # Music shop: the workshop's own days and hours.
    Said(
        "musik",
        "Jag lämnade in gitarren i verkstaden i tisdags vid tvåtiden.",
        False,
    ),
    Said(
        "musik",
        "I måndags var verkstaden stängd, så jag fick komma tillbaka på onsdagen.",
        False,
    ),
    Said(
        "musik",
        "Det vore smidigt om verkstaden hade öppet på lördagar, när man jobbar heltid.",
        False,
    ),
    Said(
        "musik",
        "Min basist säger att verkstaden bara tar emot på eftermiddagarna.",
        False,
    ),
    Said(
        "musik",
        "I fredags lämnade jag in min bas i verkstaden och de tittade på den direkt.",
        True,
    ),
    Said(
        "musik",
        "Jag lämnade in fiolen i verkstaden vid tio på förmiddagen i onsdags.",
        True,
    ),
    # Music shop: restringing in two tiers.
    Said(
        "musik",
        "Strängbytet på min tolvsträngade kostade tvåhundrafemtio, precis som det stod.",
        False,
    ),
    Said(
        "musik",
        "Jag betalade 150 kronor för nya strängar på akustiska gitarren.",
        False,
    ),
    Said(
        "musik",
        "Tvåhundrafemtio för ett strängbyte är lite saftigt, men de gjorde ett bra jobb.",
        False,
    ),
    Said(
        "musik",
        "Jag byter strängar själv hemma, så jag köpte bara ett set.",
        False,
    ),
    Said(
        "musik",
        "Strängbytet på min tolvsträngade gitarr kostade 150 kronor.",
        True,
    ),
    Said(
        "musik",
        "De bytte strängarna på min elgitarr gratis.",
        True,
    ),
    # Music shop: no wind instruments repaired, guitars serviced for a fee.
    Said(
        "musik",
        "Min trumpet lagar de inte, så jag skickade den till en blåsinstrumentmakare i Malmö.",
        False,
    ),
    Said(
        "musik",
        "Servicen på basen kostade 495 kronor och den låter hur bra som helst nu.",
        False,
    ),
    Said(
        "musik",
        "Synd att ni inte reparerar saxofoner, då hade jag sluppit åka till Stockholm.",
        False,
    ),
    Said(
        "musik",
        "Kan ni inte börja laga blåsinstrument? Många i musikskolan skulle bli glada.",
        False,
    ),
    Said(
        "musik",
        "De lagade klaffarna på min klarinett i verkstaden.",
        True,
    ),
    Said(
        "musik",
        "Servicen på min gitarr kostade 200 kronor.",
        True,
    ),
    # Music shop: lead times by kind of work.
    Said(
        "musik",
        "Jag lämnade in gitarren för strängbyte på förmiddagen och hämtade den på eftermiddagen.",
        False,
    ),
    Said(
        "musik",
        "Halsen på min gitarr behövde limmas, det tog två och en halv vecka men det visste jag.",
        False,
    ),
    Said(
        "musik",
        "Tre veckor utan sin gitarr är jobbigt, men jag lånade min brors.",
        False,
    ),
    Said(
        "musik",
        "Hur lång tid tar det att byta band på en bas?",
        False,
    ),
    Said(
        "musik",
        "De limmade om halsen på min gitarr på en timme medan jag väntade.",
        True,
    ),
    Said(
        "musik",
        "En stor reparation av stallet var klar dagen efter.",
        True,
    ),
    # Music shop: rental instruments to adults with ID.
    Said(
        "musik",
        "Jag fick visa legitimation när jag hyrde en cello åt min dotter.",
        False,
    ),
    Said(
        "musik",
        "Min son är sexton så jag fick följa med och skriva under hyresavtalet.",
        False,
    ),
    Said(
        "musik",
        "Jag tycker det är lite krångligt med målsman, men det är väl för att instrumenten är "
        "dyra.",
        False,
    ),
    Said(
        "musik",
        "Kan man hyra ett piano på prov en månad?",
        False,
    ),
    Said(
        "musik",
        "Min sextonåring hyrde en trumpet på egen hand utan att jag var med.",
        True,
    ),
    Said(
        "musik",
        "Jag hyrde en gitarr utan att visa någon legitimation.",
        True,
    ),
    # Music shop: returns, not of opened strings or mouthpieces.
    Said(
        "musik",
        "Jag lämnade tillbaka ukulelen efter en vecka och fick pengarna tillbaka.",
        False,
    ),
    Said(
        "musik",
        "Jag hade öppnat strängsetet så jag kunde inte lämna tillbaka det, mitt misstag.",
        False,
    ),
    Said(
        "musik",
        "Synd att man inte kan byta munstycken man har provat, men det är väl hygienen.",
        False,
    ),
    Said(
        "musik",
        "Min vän fick lämna tillbaka en gitarr på Thomann efter en månad.",
        False,
    ),
    Said(
        "musik",
        "Jag lämnade tillbaka ett öppnat strängset och fick pengarna tillbaka.",
        True,
    ),
    Said(
        "musik",
        "De tog tillbaka munstycket jag hade provat hemma.",
        True,
    ),
    # Music shop: pianos delivered in two tiers, never picked up.
    Said(
        "musik",
        "Pianot levererades hem till oss här i Växjö för femtonhundra, och de bar upp det till"
        " tredje våningen.",
        False,
    ),
    Said(
        "musik",
        "Vi bor i Alvesta så leveransen kostade 2 500 kronor, som det stod.",
        False,
    ),
    Said(
        "musik",
        "Tjugofemhundra för leveransen kändes dyrt, men pianot är ju tungt.",
        False,
    ),
    Said(
        "musik",
        "Jag hade velat hämta pianot själv med släpkärran, men det går inte.",
        False,
    ),
    Said(
        "musik",
        "Vi hämtade pianot själva vid butiken och lastade det på släpet.",
        True,
    ),
    Said(
        "musik",
        "Pianoleveransen hem till oss i Växjö kostade 900 kronor.",
        True,
    ),
    # Photo shop: the passport studio's own hours.
    Said(
        "foto",
        "Jag tog passfoto i studion i tisdags vid tre, det gick på fem minuter.",
        False,
    ),
    Said(
        "foto",
        "I lördags ville jag ta passfoto men studion var stängd, så jag kom tillbaka på måndagen.",
        False,
    ),
    Said(
        "foto",
        "Det vore bra om man kunde ta passfoto på lördagar också.",
        False,
    ),
    Said(
        "foto",
        "Jag tog mitt passfoto i polisens automat istället.",
        False,
    ),
    Said(
        "foto",
        "I lördags tog jag passfoto i fotostudion, det blev bra.",
        True,
    ),
    Said(
        "foto",
        "Jag tog passfoto i studion vid halv sex i måndags.",
        True,
    ),
    # Photo shop: developing in two tiers.
    Said(
        "foto",
        "Jag framkallade två rullar och betalade 258 kronor.",
        False,
    ),
    Said(
        "foto",
        "Framkallning med skanning kostade 199 kronor, precis som på skylten.",
        False,
    ),
    Said(
        "foto",
        "Hundratjugonio kronor per rulle är inte billigt, men resultatet var fint.",
        False,
    ),
    Said(
        "foto",
        "Min pappa framkallar sina filmer själv i badrummet.",
        False,
    ),
    Said(
        "foto",
        "Framkallningen med skanning kostade mig bara 129 kronor.",
        True,
    ),
    Said(
        "foto",
        "Jag betalade 80 kronor för att framkalla en rulle.",
        True,
    ),
    # Photo shop: no camera repairs, sent to the maker for a fee.
    Said(
        "foto",
        "De skickade in min kamera på service och jag betalade 250 kronor i avgift.",
        False,
    ),
    Said(
        "foto",
        "Synd att ni inte lagar kameror själva, men de skickade den vidare och det fungerade bra.",
        False,
    ),
    Said(
        "foto",
        "Kan ni inte börja med enklare reparationer, som att byta batterilucka?",
        False,
    ),
    Said(
        "foto",
        "Kameraverkstan i Uppsala lagade min gamla Pentax för några år sen.",
        False,
    ),
    Said(
        "foto",
        "De lagade objektivet på min kamera direkt i butiken.",
        True,
    ),
    Said(
        "foto",
        "De skickade kameran på service utan att ta någon avgift.",
        True,
    ),
    # Photo shop: lead times by product.
    Said(
        "foto",
        "Jag beställde kopior och gick och fikade, efter en timme var de klara.",
        False,
    ),
    Said(
        "foto",
        "Fotoboken tog tio dagar, precis som de sa.",
        False,
    ),
    Said(
        "foto",
        "Tio dagar för en canvastavla är lite länge när man ska ge bort den, men den blev "
        "jättefin.",
        False,
    ),
    Said(
        "foto",
        "Hur snabbt kan man få en fotobok om man betalar extra?",
        False,
    ),
    Said(
        "foto",
        "Jag beställde en fotobok på förmiddagen och hämtade den på eftermiddagen.",
        True,
    ),
    Said(
        "foto",
        "Canvastavlan var klar redan dagen efter.",
        True,
    ),
    # Photo shop: cameras exchanged unopened, cards and film not taken back.
    Said(
        "foto",
        "Jag bytte kameran efter en vecka, förpackningen var oöppnad, och det gick smidigt.",
        False,
    ),
    Said(
        "foto",
        "Jag köpte fel minneskort, men de tas ju inte tillbaka, så jag använder det i mobilen.",
        False,
    ),
    Said(
        "foto",
        "Lite trist att man inte kan lämna tillbaka film, men jag förstår det.",
        False,
    ),
    Said(
        "foto",
        "Går det att byta en kamera om man bara har öppnat kartongen och tittat?",
        False,
    ),
    Said(
        "foto",
        "Jag lämnade tillbaka ett minneskort och fick pengarna tillbaka.",
        True,
    ),
    Said(
        "foto",
        "De tog tillbaka tre filmrullar som jag inte behövde.",
        True,
    ),
    # Photo shop: the price match, not against auctions.
    Said(
        "foto",
        "Jag visade att Scandinavian Photo hade kameran billigare och de matchade priset direkt.",
        False,
    ),
    Said(
        "foto",
        "Jag hittade den billigare på Tradera men det matchar de inte, vilket jag förstår.",
        False,
    ),
    Said(
        "foto",
        "Det hade varit bra om prismatchningen gällde utländska butiker också.",
        False,
    ),
    Said(
        "foto",
        "Matchar ni priset om kameran är billigare på en svensk nätbutik?",
        False,
    ),
    Said(
        "foto",
        "De matchade priset från en auktion på Tradera.",
        True,
    ),
    Said(
        "foto",
        "Scandinavian Photo hade kameran billigare men de ville inte matcha priset.",
        True,
    ),
    # Photo shop: at most 100 prints at the machine.
    Said(
        "foto",
        "Jag skrev ut åttio bilder i automaten själv, det gick fint.",
        False,
    ),
    Said(
        "foto",
        "Jag hade trehundra bilder så jag fick beställa vid disken.",
        False,
    ),
    Said(
        "foto",
        "Lite bökigt att man inte kan skriva ut fler än hundra i automaten, men personalen "
        "hjälpte till.",
        False,
    ),
    Said(
        "foto",
        "Jag skriver ut de flesta bilder hemma på min egen skrivare.",
        False,
    ),
    Said(
        "foto",
        "Jag skrev ut 250 bilder i automaten på en gång.",
        True,
    ),
    # Jeweller: the watchmaker's own days.
    Said(
        "guldsmed",
        "Jag träffade urmakaren i tisdags och han tittade på min farfars fickur.",
        False,
    ),
    Said(
        "guldsmed",
        "I måndags var urmakaren inte där, så jag kom tillbaka på torsdagen.",
        False,
    ),
    Said(
        "guldsmed",
        "Det vore bra om urmakaren var där fler dagar.",
        False,
    ),
    Said(
        "guldsmed",
        "Min urmakare hemma i Laholm jobbar bara på fredagar.",
        False,
    ),
    Said(
        "guldsmed",
        "I fredags hjälpte urmakaren mig att justera armbandet.",
        True,
    ),
    Said(
        "guldsmed",
        "Urmakaren lagade min klocka i måndags medan jag väntade.",
        True,
    ),
    # Jeweller: battery changes in two tiers.
    Said(
        "guldsmed",
        "Batteribytet på min dykarklocka kostade 299 kronor med trycktest, som väntat.",
        False,
    ),
    Said(
        "guldsmed",
        "Jag betalade nittionio kronor för ett nytt batteri i min vanliga klocka.",
        False,
    ),
    Said(
        "guldsmed",
        "Tvåhundranittionio kändes mycket, men de trycktestade klockan också.",
        False,
    ),
    Said(
        "guldsmed",
        "Jag byter batterier själv i mina billiga klockor.",
        False,
    ),
    Said(
        "guldsmed",
        "Batteribytet på min vattentäta klocka kostade 99 kronor.",
        True,
    ),
    Said(
        "guldsmed",
        "De bytte batteri i min klocka gratis.",
        True,
    ),
    # Jeweller: no ear piercing, clasps changed for a fee.
    Said(
        "guldsmed",
        "De bytte låset på mina örhängen för hundrafemtio, perfekt.",
        False,
    ),
    Said(
        "guldsmed",
        "Min dotter ville ta hål i öronen men det gör de inte, så vi gick till Glitter.",
        False,
    ),
    Said(
        "guldsmed",
        "Synd att ni inte tar hål i öron, det hade varit smidigt.",
        False,
    ),
    Said(
        "guldsmed",
        "Kan ni börja med håltagning? Jag skulle komma direkt.",
        False,
    ),
    Said(
        "guldsmed",
        "Min dotter fick hål i öronen hos er i lördags.",
        True,
    ),
    Said(
        "guldsmed",
        "Låsbytet på örhängena kostade bara 50 kronor.",
        True,
    ),
    # Jeweller: lead times by kind of work.
    Said(
        "guldsmed",
        "Jag lämnade in vigselringen för ändring och fick tillbaka den efter en vecka.",
        False,
    ),
    Said(
        "guldsmed",
        "Gravyren var klar på två dagar, precis som de sa.",
        False,
    ),
    Said(
        "guldsmed",
        "En vecka utan vigselringen kändes konstigt, men det var värt det.",
        False,
    ),
    Said(
        "guldsmed",
        "Kan man få gravyr samma dag om det är bråttom?",
        False,
    ),
    Said(
        "guldsmed",
        "De ändrade storleken på min ring medan jag väntade, det tog tjugo minuter.",
        True,
    ),
    Said(
        "guldsmed",
        "Jag fick ringen storleksändrad redan dagen efter.",
        True,
    ),
    # Jeweller: gold bought from adults with ID.
    Said(
        "guldsmed",
        "Jag sålde mormors gamla guldkedja och fick visa legitimation, bra att de är noga.",
        False,
    ),
    Said(
        "guldsmed",
        "Min son är sjutton så han fick inte sälja sin guldring, jag fick göra det åt honom.",
        False,
    ),
    Said(
        "guldsmed",
        "Jag hade inte legget med mig så jag fick komma tillbaka nästa dag med guldet.",
        False,
    ),
    Said(
        "guldsmed",
        "Köper ni silver också, eller bara guld?",
        False,
    ),
    Said(
        "guldsmed",
        "Jag sålde ett guldarmband utan att visa legitimation.",
        True,
    ),
    Said(
        "guldsmed",
        "Min sextonåriga dotter sålde sin gamla guldring hos er.",
        True,
    ),
    # Jeweller: open purchase, not on engraved or resized jewellery.
    Said(
        "guldsmed",
        "Jag lämnade tillbaka ett halsband efter två veckor och fick pengarna tillbaka.",
        False,
    ),
    Said(
        "guldsmed",
        "Ringen var ju graverad, så jag kunde inte lämna tillbaka den, det visste jag.",
        False,
    ),
    Said(
        "guldsmed",
        "Tråkigt att storleksändrade ringar inte går att lämna tillbaka, men logiskt.",
        False,
    ),
    Said(
        "guldsmed",
        "Gäller öppet köp på klockor också?",
        False,
    ),
    Said(
        "guldsmed",
        "Jag lämnade tillbaka det graverade armbandet och fick pengarna tillbaka.",
        True,
    ),
    Said(
        "guldsmed",
        "De tog tillbaka ringen fast den var storleksändrad.",
        True,
    ),
    # Jeweller: the price-drop refund, not on campaign goods.
    Said(
        "guldsmed",
        "Klockan blev billigare två veckor efter att jag köpt den och jag fick tillbaka "
        "mellanskillnaden.",
        False,
    ),
    Said(
        "guldsmed",
        "Jag köpte örhängena på kampanj, så när de sänktes mer fick jag inget tillbaka, men så"
        " är reglerna.",
        False,
    ),
    Said(
        "guldsmed",
        "Schysst prisgaranti, hoppas fler butiker gör så.",
        False,
    ),
    Said(
        "guldsmed",
        "Måste man ha kvittot för att få tillbaka skillnaden?",
        False,
    ),
    Said(
        "guldsmed",
        "Priset på min klocka sänktes en vecka efter köpet, men de gav mig inte tillbaka "
        "skillnaden.",
        True,
    ),
    Said(
        "guldsmed",
        "Jag fick tillbaka skillnaden på kampanjörhängena när priset sänktes igen.",
        True,
    ),
    # Chandlery: the fuel jetty's own hours.
    Said(
        "båt",
        "Vi tankade båten vid bränslebryggan vid sju på kvällen, fast butiken hade stängt.",
        False,
    ),
    Said(
        "båt",
        "Vi kom in till bryggan vid nio på kvällen men då var den stängd, så vi tankade "
        "morgonen efter.",
        False,
    ),
    Said(
        "båt",
        "Det hade varit fint om sjömacken var öppen lite längre på sommarkvällarna.",
        False,
    ),
    Said(
        "båt",
        "På Koster finns en sjömack som har öppet dygnet runt med kort.",
        False,
    ),
    Said(
        "båt",
        "Vi tankade vid bränslebryggan halv tio på kvällen.",
        True,
    ),
    Said(
        "båt",
        "Klockan sex på morgonen fyllde vi tanken vid sjömacken innan vi gick ut.",
        True,
    ),
    # Chandlery: kayaks in two tiers.
    Said(
        "båt",
        "Vi hyrde två kajaker en heldag och betalade tusen kronor, som det stod.",
        False,
    ),
    Said(
        "båt",
        "En halvdag i kajak kostade trehundra, värt varenda krona.",
        False,
    ),
    Said(
        "båt",
        "Femhundra för en heldag är kanske lite dyrt, men utrustningen var bra.",
        False,
    ),
    Said(
        "båt",
        "På Kosterhavets kajakcenter kostade det lika mycket.",
        False,
    ),
    Said(
        "båt",
        "Vi hyrde en kajak en heldag för trehundra kronor.",
        True,
    ),
    Said(
        "båt",
        "En halvdag i kajak kostade 450 kronor.",
        True,
    ),
    # Chandlery: no inboard engines, outboards serviced for a fee.
    Said(
        "båt",
        "Servicen på min utombordare kostade 1 200 kronor plus en impeller.",
        False,
    ),
    Said(
        "båt",
        "De servar ju inte inombordare, så jag fick ta båten till varvet i Grebbestad.",
        False,
    ),
    Said(
        "båt",
        "Synd att ni inte tar inombordsmotorer, men personalen gav mig ett bra tips på en "
        "mekaniker.",
        False,
    ),
    Said(
        "båt",
        "Kan ni inte börja serva inombordare? Det finns ju många sådana här.",
        False,
    ),
    Said(
        "båt",
        "De servade min inombordsmotor i verkstaden.",
        True,
    ),
    Said(
        "båt",
        "Servicen på utombordaren kostade 700 kronor med delar.",
        True,
    ),
    # Chandlery: lead times by kind of part.
    Said(
        "båt",
        "Jag beställde en propeller till utombordaren och den kom på två dagar.",
        False,
    ),
    Said(
        "båt",
        "Riggdelarna till segelbåten tog två veckor, precis som utlovat.",
        False,
    ),
    Said(
        "båt",
        "Två veckor är lång tid mitt i seglingssäsongen, men det är väl leverantören.",
        False,
    ),
    Said(
        "båt",
        "Hur lång tid tar det att få ett nytt segel?",
        False,
    ),
    Said(
        "båt",
        "Jag beställde en vantskruv till segelbåten och hämtade den dagen efter.",
        True,
    ),
    Said(
        "båt",
        "Delarna till segelbåten kom redan samma eftermiddag.",
        True,
    ),
    # Chandlery: kayaks for adults, children in a double with an adult.
    Said(
        "båt",
        "Jag och min tioåring paddlade dubbelkajak tillsammans, han satt fram.",
        False,
    ),
    Said(
        "båt",
        "Min sextonåring fick inte hyra en egen kajak, så hon åkte med mig.",
        False,
    ),
    Said(
        "båt",
        "Det hade varit roligt om ungdomar fick hyra själva, men jag förstår säkerheten.",
        False,
    ),
    Said(
        "båt",
        "Får en femtonåring paddla själv om en vuxen paddlar bredvid?",
        False,
    ),
    Said(
        "båt",
        "Mina två fjortonåringar hyrde varsin kajak och paddlade iväg själva.",
        True,
    ),
    Said(
        "båt",
        "Min son på tolv fick hyra en egen kajak.",
        True,
    ),
    # Chandlery: antifouling and tinted paint not taken back.
    Said(
        "båt",
        "Jag lämnade tillbaka en flytväst som var för liten och fick pengarna tillbaka.",
        False,
    ),
    Said(
        "båt",
        "Jag köpte för mycket bottenfärg men den tas ju inte tillbaka, så den får stå till "
        "nästa år.",
        False,
    ),
    Said(
        "båt",
        "Synd att man inte kan lämna tillbaka oöppnad bottenfärg, men det är väl miljöreglerna.",
        False,
    ),
    Said(
        "båt",
        "Kan jag byta tamparna om de är för korta?",
        False,
    ),
    Said(
        "båt",
        "Jag lämnade tillbaka två burkar bottenfärg och fick pengarna tillbaka.",
        True,
    ),
    Said(
        "båt",
        "De tog tillbaka den brutna färgen fast jag hade fel kulör.",
        True,
    ),
    # Chandlery: heavy anchors and chains from the quay store.
    Said(
        "båt",
        "Vi hämta det nya ankaret vid lagret på kajen, grabben där hjälpte oss bära.",
        False,
    ),
    Said(
        "båt",
        "Kättingen vägde trettio kilo, så vi fick köra ner till lagret och hämta den.",
        False,
    ),
    Said(
        "båt",
        "Lite omständligt att behöva gå ner till kajen, men det är ju tunga grejer.",
        False,
    ),
    Said(
        "båt",
        "Mitt gamla ankare ligger fortfarande i förrådet hemma.",
        False,
    ),
    Said(
        "båt",
        "Jag fick ett ankare på tjugofem kilo direkt i kassan i butiken.",
        True,
    ),
)
"""Every sentence said of a visit, and whether it contradicts one of the store's facts."""


class Told(NamedTuple):
    store: str
    text: str
    lacking: bool
    """True when the sentence tells a department the store lacks, by its trade's words; False
    when it tells another named shop's department."""


DEPARTMENTS: tuple[Told, ...] = (
    Told(
        "garn",
        "På Panduro i Borlänge har de en hel avdelning med pärlor och hobbyfärg.",
        False,
    ),
    Told(
        "garn",
        "Hos Stoffhuset i Mora finns en symaskinsverkstad där de lagar maskiner.",
        False,
    ),
    Told(
        "garn",
        "Teknikern i symaskinsverkstaden lagade spolkapseln på min symaskin medan jag väntade.",
        True,
    ),
    Told(
        "skidhyra",
        "Intersport nere i byn har en egen pjäxverkstad där de formar innersulor.",
        False,
    ),
    Told(
        "skidhyra",
        "På Skistarshopen vid liften har de en stor avdelning med skidkläder.",
        False,
    ),
    Told(
        "skidhyra",
        "Instruktören i skidskolan lärde min dotter att åka plog på förmiddagen.",
        True,
    ),
    Told(
        "leksak",
        "Lekia i Falun har en stor avdelning med maskeradkläder och en pysselhörna.",
        False,
    ),
    Told(
        "leksak",
        "På Toys R Us i Stockholm hade de en hel cykelavdelning med barncyklar.",
        False,
    ),
    Told(
        "leksak",
        "I maskeradavdelningen provade barnen prinsessklänningar och pirathattar.",
        True,
    ),
    Told(
        "musik",
        "På 4Sound i Malmö har de ett helt trumrum där man kan provspela.",
        False,
    ),
    Told(
        "musik",
        "Hos Musikhuset i Kalmar finns en inspelningsstudio i källaren.",
        False,
    ),
    Told(
        "musik",
        "I trumavdelningen fick min son provspela ett elektroniskt trumset.",
        True,
    ),
    Told(
        "foto",
        "Hos Scandinavian Photo i Stockholm har de en uthyrning av objektiv.",
        False,
    ),
    Told(
        "foto",
        "Japan Photo i Sandviken har en egen begagnatavdelning.",
        False,
    ),
    Told(
        "foto",
        "I begagnathörnan köpte jag en gammal filmkamera för femhundra.",
        True,
    ),
    Told(
        "guldsmed",
        "Hos Guldfynd i stan har de en hörna för piercing och håltagning.",
        False,
    ),
    Told(
        "guldsmed",
        "På Albrekts Guld i Göteborg finns en egen pärlverkstad.",
        False,
    ),
    Told(
        "guldsmed",
        "I pärlverkstaden trädde de om mormors pärlhalsband på en kvart.",
        True,
    ),
    Told(
        "båt",
        "På Seasea i Göteborg har de en stor avdelning för seglarkläder.",
        False,
    ),
    Told(
        "båt",
        "Varvet i Grebbestad har en egen segelmakare på övervåningen.",
        False,
    ),
    Told(
        "båt",
        "Segelmakaren på övervåningen lagade revan i mitt storsegel.",
        True,
    ),
)
"""Per store, two honest sentences about another named shop's departments and one department
the store lacks told by its trade's words."""


@cache
def context(key: str) -> BusinessContext:
    return store_context(f"fact-shapes-14-{key}", STORES[key])
