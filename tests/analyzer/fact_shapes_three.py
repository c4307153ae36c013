"""Baseline facts of ten more kinds of business, and what customers say around them.

Ten invented stores of businesses no earlier fact material had (a hair salon, a swimming
hall, a car workshop, a soup kitchen, a cinema, a gym, a hotel, a toy shop, an electronics
store, a furniture store), each with facts of varied shapes: a department's own hours, payment
taken only at one place or one way, a service not offered, a free thing and its condition, a
rule with an exception, a limit, a lead time, an age rule, what staff do not do. Beside each
fact, sentences a customer says of a visit: contradictions told deadpan as experienced (times
in words, relative days, pronouns, synonyms, members of a kind, the act told by the customer or
by staff) and honest near misses (agreeing, another day or place, a wish, a question, hearsay,
the rule's exception used). All were written for this file before the checker ran on them;
none comes from a labelled set.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Said, Store, store_context

STORES: dict[str, Store] = {
    "frisör": Store(
        "Salong Sax och Kam, Västerås",
        ("09-19", "10-15", ""),
        (
            ("Damfrisör", ("klippningen", "salongen")),
            ("Barberaren", ("barbershopen", "herrfrisören")),
            ("Nagelstudion", ("naglarna", "manikyren")),
        ),
        (
            "Nagelstudion har öppet tisdag till fredag 10–18.",
            "Salongen tar bara kort och Swish; kontanter tas inte emot.",
            "Vi färgar inte ögonfransar eller ögonbryn.",
            "Hårtvätt ingår i priset för klippning.",
            "Barnklippning för barn under 12 år kostar 250 kronor.",
            "Personalen rakar inte skägg med kniv.",
        ),
    ),
    "badhus": Store(
        "Forsbadet i Mölndal",
        ("06-21", "09-17", "09-17"),
        (
            ("Bassängen", ("simhallen", "bassängerna")),
            ("Relaxavdelningen", ("relaxen", "bastun", "spaet")),
            ("Kaféet", ("fiket", "badkaféet")),
        ),
        (
            "Relaxavdelningen har öppet 16–21 på vardagar och 10–17 på helger.",
            "Kaféet tar bara kort.",
            "Barn under 10 år får inte bada utan en vuxen i vattnet.",
            "Vi hyr inte ut handdukar eller badkläder.",
            "Hårtorkarna i omklädningsrummen är gratis.",
            "Simskolan har inga lektioner på söndagar.",
        ),
    ),
    "verkstad": Store(
        "Bilverkstan i Borås",
        ("07-17", "", ""),
        (
            ("Verkstaden", ("mekanikerna", "lyften")),
            ("Däckhotellet", ("däcken", "däckbytet")),
            ("Reservdelar", ("delarna", "reservdelsdisken")),
        ),
        (
            "Vi lagar inte motorcyklar eller mopeder.",
            "Lånebil ingår vid service som tar mer än en dag.",
            "Reservdelsdisken tar bara kort och faktura.",
            "Däckhotellet kostar 800 kronor per säsong.",
            "Vi har ingen biltvätt.",
            "Service tar minst två arbetsdagar.",
        ),
    ),
    "soppkök": Store(
        "Soppköket på Kungsgatan",
        ("10-20", "12-18", ""),
        (
            ("Soppbaren", ("soppan", "soppköket")),
            ("Salladsbuffén", ("buffén", "salladsbaren")),
            ("Brödhörnan", ("brödet", "bröden")),
        ),
        (
            "Soppköket serverar lunch vardagar 11–14.",
            "Påfyllning av soppa och bröd ingår.",
            "Vi har inga rätter med fläskkött.",
            "Restaurangen tar inte emot bordsbokningar.",
            "Take away-lådor kostar 5 kronor styck.",
            "Vi serverar ingen alkohol.",
        ),
    ),
    "bio": Store(
        "Biografen Röda Kvarn",
        ("16-23", "12-23", "12-23"),
        (
            ("Salongerna", ("salongen", "salong ett", "stora salongen")),
            ("Kiosken", ("godiset", "popcornen")),
            ("Biljettkassan", ("kassan", "biljetterna")),
        ),
        (
            "Kiosken har öppet 17–22 alla dagar.",
            "Filmer med 15-årsgräns visas inte för den som är under 15 år.",
            "Vi säljer inte alkohol.",
            "Popcorn fylls på gratis en gång.",
            "Biljetter betalas bara i biljettkassan, inte i kiosken.",
            "Vi har inga 3D-visningar.",
        ),
    ),
    "gym": Store(
        "Kraftverket Gym, Umeå",
        ("05-23", "05-23", "05-23"),
        (
            ("Gymmet", ("gymsalen", "vikterna")),
            ("Bastun", ("bastu",)),
            ("Receptionen", ("disken", "receptionsdisken")),
            ("Gruppträning", ("passen", "spinningen")),
        ),
        (
            "Receptionen är bemannad vardagar 16–20.",
            "Personlig träning kostar 600 kronor i timmen.",
            "Bastun är stängd på måndagar.",
            "Vi säljer inga kosttillskott.",
            "Handdukar lånas ut gratis i receptionen.",
            "Gruppträningen har ingen yoga.",
        ),
    ),
    "hotell": Store(
        "Hotell Strandkanten, Ystad",
        ("00-24", "00-24", "00-24"),
        (
            ("Restaurangen", ("frukostmatsalen", "frukosten")),
            ("Receptionen", ("incheckningen",)),
            ("Spa", ("bastun", "relaxen")),
        ),
        (
            "Frukosten serveras 7–10 på vardagar och 8–11 på helger.",
            "Hotellet har ingen pool.",
            "Parkeringen kostar 150 kronor per dygn.",
            "Husdjur får inte följa med in på rummen, utom ledarhundar.",
            "Restaurangen tar inte kontanter.",
            "Vi har ingen rumsservice.",
        ),
    ),
    "leksak": Store(
        "Lekboden i Karlstad",
        ("10-18", "10-16", "11-15"),
        (
            ("Lekhörnan", ("lekrummet",)),
            ("Pussel och spel", ("spelhyllan", "pusslen")),
            ("Kassan", ("disken",)),
        ),
        (
            "Vi säljer inga leksaksvapen.",
            "Presentinslagning är gratis.",
            "Lekhörnan har öppet lördagar 10–14.",
            "Vi säljer inga tv-spel.",
            "Personalen monterar inte studsmattor eller lekstugor åt kunder.",
            "Ballonger delas ut gratis till barn under 10 år.",
        ),
    ),
    "elektronik": Store(
        "Elektrohuset i Luleå",
        ("10-19", "10-17", "11-16"),
        (
            ("Servicedisken", ("servicen", "kundtjänsten")),
            ("Ljud och bild", ("tv-avdelningen", "hörlurarna")),
            ("Datorer", ("datoravdelningen",)),
        ),
        (
            "Vi reparerar inte mobiltelefoner.",
            "Hemleverans av tv-apparater kostar 499 kronor.",
            "Vi monterar inte tv-apparater på vägg.",
            "Vi säljer inga begagnade datorer.",
            "Kontanter tas bara emot i huvudkassan, inte i servicedisken.",
            "Återvinning av gamla elprylar är gratis.",
        ),
    ),
    "möbel": Store(
        "Möbelhallen i Jönköping",
        ("10-20", "10-18", "10-18"),
        (
            ("Restaurangen", ("matsalen", "köttbullarna")),
            ("Lagret", ("varuutlämningen", "utlämningen")),
            ("Barnpassningen", ("bollhavet", "lekrummet")),
        ),
        (
            "Restaurangen har öppet 11–19 på vardagar och 10–17 på helger.",
            "Vi lånar ut släpkärra gratis i tre timmar.",
            "Montering av möbler kostar 695 kronor.",
            "Vi säljer inga mattor.",
            "Personalen bär inte ut möbler till kundernas bilar.",
            "Hemleverans tar minst fem arbetsdagar.",
        ),
    ),
}

SAID: tuple[Said, ...] = (
    # Hair salon: the nail studio's own days and hours.
    Said("frisör", "Jag gjorde naglarna i nagelstudion i måndags vid elvatiden.", True),
    Said("frisör", "I lördags fixade tjejen i nagelstudion mina naglar, jättefint.", True),
    Said("frisör", "Jag gjorde naglarna i nagelstudion i torsdags, de blev fina.", False),
    Said("frisör", "Jag ville göra naglarna i lördags men nagelstudion var stängd.", False),
    Said("frisör", "Synd att nagelstudion inte har öppet på måndagar.", False),
    Said("frisör", "Har nagelstudion öppet på lördagar nu?", False),
    Said(
        "frisör",
        "Min kompis sa att hon gjort naglarna där en lördag, men det tror jag inte.",
        False,
    ),
    # Hair salon: card and Swish only.
    Said("frisör", "Jag betalade klippningen kontant, fyrahundra kronor i sedlar.", True),
    Said("frisör", "Jag gav frisören en femhundralapp och fick växel tillbaka.", True),
    Said("frisör", "Jag betalade med Swish efter klippningen.", False),
    Said("frisör", "Jag hade bara kontanter med mig, så jag fick gå till bankomaten först.", False),
    Said("frisör", "Det vore bra om man kunde betala kontant.", False),
    Said("frisör", "Jag betalade kontant på kaféet bredvid efteråt.", False),
    # Hair salon: no lash or brow tint.
    Said("frisör", "Hon färgade mina ögonfransar medan håret fick verka.", True),
    Said("frisör", "Jag fick ögonbrynen färgade samtidigt som klippningen.", True),
    Said("frisör", "Jag frågade om de färgar ögonbryn, men det gör de inte.", False),
    Said("frisör", "Jag färgar ögonfransarna själv hemma.", False),
    Said("frisör", "Jag önskar att ni färgade ögonbryn också.", False),
    Said("frisör", "Hon färgade håret jättefint, precis den nyans jag ville ha.", False),
    # Hair salon: hair wash included.
    Said("frisör", "Jag fick betala 100 kronor extra för hårtvätten.", True),
    Said("frisör", "Hårtvätten kostade femtio kronor utöver klippningen.", True),
    Said("frisör", "Hårtvätten ingick, skönt.", False),
    Said("frisör", "Hon tvättade håret innan klippningen och det ingick.", False),
    Said("frisör", "Jag köpte ett schampo för 189 kronor efter klippningen.", False),
    Said("frisör", "Kostar hårtvätten något extra?", False),
    # Hair salon: child cut costs 250.
    Said("frisör", "Min son på åtta år klipptes gratis.", True),
    Said("frisör", "Barnklippningen var gratis för min dotter.", True),
    Said("frisör", "Min son på åtta år klipptes för 250 kronor.", False),
    Said("frisör", "Barnklippningen kostade 250, helt okej.", False),
    Said("frisör", "Jag fick en gratis kaffe medan dottern klipptes.", False),
    Said("frisör", "Vore skönt om barnklippningen var gratis.", False),
    # Hair salon: no knife shave.
    Said("frisör", "Barberaren rakade mitt skägg med kniv, jättelent.", True),
    Said("frisör", "Han rakade mig med rakkniv och varma handdukar.", True),
    Said("frisör", "Barberaren trimmade skägget med maskin.", False),
    Said("frisör", "Jag rakar mig med kniv själv hemma.", False),
    Said("frisör", "Jag frågade om de rakar med kniv, men det gör de inte.", False),
    Said("frisör", "Han klippte mig snyggt och putsade skägget.", False),
    # Swimming hall: the relaxation's own hours.
    Said("badhus", "Jag satt i bastun i relaxen vid niotiden på morgonen i tisdags.", True),
    Said("badhus", "Vi gick in i relaxavdelningen kvart över tio i förmiddags.", True),
    Said("badhus", "Jag satt i bastun i relaxen vid sextiden i tisdags kväll.", False),
    Said("badhus", "Jag simmade vid niotiden på morgonen, relaxen öppnar ju först fyra.", False),
    Said("badhus", "Synd att relaxen inte har öppet på förmiddagen.", False),
    Said("badhus", "I söndags var vi i relaxen vid elvatiden, skönt.", False),
    # Swimming hall: the café takes card only.
    Said("badhus", "Jag betalade kaffet i fiket med en tjuga.", True),
    Said("badhus", "På kaféet betalade jag glassen kontant.", True),
    Said("badhus", "Jag betalade kaffet i fiket med kort.", False),
    Said("badhus", "Jag hade bara kontanter så jag kunde inte köpa något i fiket.", False),
    Said("badhus", "Jag betalade entrén kontant i kassan.", False),
    Said("badhus", "Kan man swisha i kaféet?", False),
    # Swimming hall: children under ten with an adult.
    Said(
        "badhus",
        "Vår sjuåring badade ensam i stora bassängen medan vi satt i kaféet.",
        True,
    ),
    Said("badhus", "Min dotter på sex år fick simma själv utan oss i vattnet.", True),
    Said("badhus", "Jag var i vattnet med min sjuåring hela tiden.", False),
    Said("badhus", "Min tolvåring badade själv medan jag satt i fiket.", False),
    Said("badhus", "Livvakten påminde oss om att barn under tio ska ha en vuxen med sig.", False),
    Said("badhus", "Barnen badade och jag badade med dem.", False),
    # Swimming hall: no towels or swimwear rented.
    Said("badhus", "Jag hade glömt handduken och hyrde en i kassan.", True),
    Said("badhus", "De hyrde ut en baddräkt till mig för fyrtio kronor.", True),
    Said("badhus", "Jag hade glömt handduken och fick låna en av min kompis.", False),
    Said("badhus", "Synd att man inte kan hyra handduk.", False),
    Said("badhus", "Jag köpte en ny handduk på stan innan.", False),
    Said("badhus", "Går det att hyra badkläder?", False),
    # Swimming hall: hair dryers free.
    Said("badhus", "Jag fick betala fem kronor för hårtorken i omklädningsrummet.", True),
    Said("badhus", "Hårtorken kostade en tia för tre minuter.", True),
    Said("badhus", "Hårtorkarna var gratis, bra.", False),
    Said("badhus", "Jag torkade håret med hårtorken efteråt.", False),
    Said("badhus", "Jag betalade 80 kronor i entré och använde hårtorken.", False),
    Said("badhus", "En av hårtorkarna var trasig.", False),
    # Swimming hall: no swimming lessons on Sundays.
    Said("badhus", "Min son hade simskola i söndags förmiddag.", True),
    Said("badhus", "I söndags hade dottern sin simlektion klockan tio.", True),
    Said("badhus", "Min son hade simskola i lördags.", False),
    Said("badhus", "I söndags simmade vi bara själva.", False),
    Said("badhus", "Det vore bra med simskola på söndagar.", False),
    Said("badhus", "Har ni simskola på söndagar?", False),
    # Car workshop: no motorcycles or mopeds.
    Said("verkstad", "De lagade min motorcykel på en dag.", True),
    Said("verkstad", "Mekanikern bytte kedjan på min moped.", True),
    Said("verkstad", "De lagade min bil på en dag.", False),
    Said("verkstad", "Jag kom på motorcykeln och lämnade in bilen.", False),
    Said("verkstad", "De lagar inte motorcyklar, så jag fick åka till en annan verkstad.", False),
    Said("verkstad", "Min moped står hemma och väntar på att jag lagar den själv.", False),
    # Car workshop: loan car included when service takes over a day.
    Said(
        "verkstad",
        "Servicen tog tre dagar och jag fick betala 300 kronor per dag för lånebilen.",
        True,
    ),
    Said("verkstad", "Bilen stod där i två dagar och lånebilen kostade femhundra.", True),
    Said("verkstad", "Servicen tog två dagar och jag fick en lånebil utan kostnad.", False),
    Said("verkstad", "Jag fick låna en bil medan de jobbade, det ingick.", False),
    Said("verkstad", "Jag betalade 3 400 kronor för servicen och tog lånebilen hem.", False),
    Said("verkstad", "Kostar lånebilen något?", False),
    # Car workshop: parts counter takes card and invoice only.
    Said("verkstad", "Jag betalade bromsbeläggen med kontanter i reservdelsdisken.", True),
    Said("verkstad", "Jag swishade för torkarbladen vid reservdelsdisken.", True),
    Said("verkstad", "Jag betalade bromsbeläggen med kort i reservdelsdisken.", False),
    Said("verkstad", "Jag fick faktura på delarna.", False),
    Said("verkstad", "Jag frågade om jag kunde swisha, men de tar bara kort och faktura.", False),
    Said("verkstad", "Jag swishade min bror för bensinen.", False),
    # Car workshop: tyre hotel costs 800.
    Said("verkstad", "De förvarade mina sommardäck gratis i däckhotellet.", True),
    Said("verkstad", "Däckhotellet kostade ingenting för mig.", True),
    Said("verkstad", "Däckhotellet kostade 800 kronor som vanligt.", False),
    Said("verkstad", "Jag betalade för däckhotellet och däckbytet.", False),
    Said("verkstad", "Skiftet av däck gick snabbt.", False),
    Said("verkstad", "Vore bra om däckhotellet var gratis för stamkunder.", False),
    # Car workshop: no car wash.
    Said("verkstad", "Efter servicen tvättade jag bilen i er biltvätt.", True),
    Said("verkstad", "Biltvätten på verkstaden gjorde bilen skinande ren.", True),
    Said("verkstad", "Jag tvättade bilen på macken bredvid efteråt.", False),
    Said("verkstad", "Synd att ni inte har någon biltvätt.", False),
    Said("verkstad", "Bilen var smutsig när jag lämnade in den.", False),
    Said("verkstad", "Har ni biltvätt?", False),
    # Car workshop: service takes at least two working days.
    Said(
        "verkstad",
        "Jag lämnade in bilen på service klockan åtta och hämtade den klockan tolv.",
        True,
    ),
    Said("verkstad", "Servicen var klar på två timmar, jag väntade i fikarummet.", True),
    Said("verkstad", "Jag lämnade in bilen på service i måndags och hämtade den i onsdags.", False),
    Said("verkstad", "Däckbytet var klart på en halvtimme.", False),
    Said("verkstad", "Servicen tog två dagar som de sa.", False),
    Said("verkstad", "Jag hoppades att servicen skulle gå på en dag.", False),
    # Soup kitchen: lunch on weekdays 11–14.
    Said("soppkök", "I söndags åt vi lunchsoppa i soppbaren.", True),
    Said("soppkök", "Jag åt soppa där vid halv fyra i går eftermiddag.", True),
    Said("soppkök", "Jag åt lunchsoppa i soppbaren vid tolvtiden i går.", False),
    Said("soppkök", "I lördags köpte vi bara bröd, lunchen serveras ju bara vardagar.", False),
    Said("soppkök", "Synd att de inte serverar lunch på helgen.", False),
    Said("soppkök", "Vi kom kvart över två och lunchen var slut.", False),
    # Soup kitchen: refills included.
    Said("soppkök", "Jag fick betala 20 kronor för påfyllningen av soppa.", True),
    Said("soppkök", "Påfyllning av bröd kostade en tia.", True),
    Said("soppkök", "Påfyllningen av soppa ingick, jag tog två gånger.", False),
    Said("soppkök", "Jag betalade 119 kronor för soppan och tog påfyllning.", False),
    Said("soppkök", "Brödet var nybakat.", False),
    Said("soppkök", "Ingår påfyllning?", False),
    # Soup kitchen: no pork dishes.
    Said("soppkök", "Jag åt en ärtsoppa med fläsk.", True),
    Said("soppkök", "Dagens soppa var med fläskkött, god.", True),
    Said("soppkök", "Jag åt en ärtsoppa utan fläsk, helt vegetarisk.", False),
    Said("soppkök", "Jag saknar ärtsoppa med fläsk på torsdagar.", False),
    Said("soppkök", "Min man frågade efter fläskkött men de har inget.", False),
    Said("soppkök", "Kycklingsoppan var god.", False),
    # Soup kitchen: no table bookings.
    Said("soppkök", "Vi hade bokat bord till klockan tolv och det stod klart.", True),
    Said("soppkök", "Jag ringde och bokade bord för sex personer.", True),
    Said("soppkök", "Vi fick stå och vänta på bord eftersom man inte kan boka.", False),
    Said("soppkök", "Jag försökte boka bord men det gick inte.", False),
    Said("soppkök", "Det vore bra om man kunde boka bord.", False),
    Said("soppkök", "Vi fick ett bord vid fönstret direkt.", False),
    # Soup kitchen: take-away boxes cost 5 kronor.
    Said("soppkök", "Take away-lådan var gratis.", True),
    Said("soppkök", "Jag fick lådan till soppan utan kostnad.", True),
    Said("soppkök", "Lådan kostade fem kronor.", False),
    Said("soppkök", "Jag tog soppan med mig hem i en låda.", False),
    Said("soppkök", "Jag tog med en egen låda hemifrån.", False),
    Said("soppkök", "Kostar take away-lådorna något?", False),
    # Soup kitchen: no alcohol.
    Said("soppkök", "Jag tog ett glas vin till soppan.", True),
    Said("soppkök", "Vi delade en öl till lunchen.", True),
    Said("soppkök", "Jag drack vatten till soppan.", False),
    Said("soppkök", "Vi tog ett glas vin på restaurangen mittemot efteråt.", False),
    Said("soppkök", "Ett glas vin hade passat till soppan.", False),
    Said("soppkök", "Serverar ni öl?", False),
    # Cinema: the kiosk's own hours.
    Said("bio", "Jag köpte popcorn i kiosken vid halv fyra i går.", True, "thu 19:00"),
    Said("bio", "Vi handlade godis i kiosken kvart i elva på kvällen i går.", True, "thu 19:00"),
    Said("bio", "Jag köpte popcorn i kiosken vid sjutiden i går.", False, "thu 19:00"),
    Said("bio", "Kiosken hade stängt när filmen slutade kvart över elva.", False, "wed 19:00"),
    Said("bio", "Vi köpte godis på Ica innan, kiosken öppnar ju först fem.", False, "wed 19:00"),
    Said("bio", "Synd att kiosken stänger redan tio.", False, "wed 19:00"),
    # Cinema: 15 age limit.
    Said(
        "bio",
        "Min dotter på tolv år fick se en film med femtonårsgräns utan problem.",
        True,
        "wed 19:00",
    ),
    Said(
        "bio", "De släppte in min son som är tretton på en film med 15-årsgräns.", True, "wed 19:00"
    ),
    Said(
        "bio", "Min dotter på tolv år fick inte se filmen med femtonårsgräns.", False, "wed 19:00"
    ),
    Said("bio", "Min son som är sexton såg en film med 15-årsgräns.", False, "wed 19:00"),
    Said("bio", "De frågade efter legitimation på min son.", False, "wed 19:00"),
    Said("bio", "Vi såg en barntillåten film med våra barn.", False, "wed 19:00"),
    # Cinema: no alcohol.
    Said("bio", "Jag köpte en öl i kiosken och tog med den in.", True, "wed 19:00"),
    Said("bio", "Vi drack ett glas vin i foajén innan filmen.", True, "wed 19:00"),
    Said("bio", "Jag köpte en läsk i kiosken.", False, "wed 19:00"),
    Said("bio", "Vi tog en öl på puben innan filmen.", False, "wed 19:00"),
    Said("bio", "Det hade varit trevligt med ett glas vin.", False, "wed 19:00"),
    Said("bio", "Säljer ni öl?", False, "wed 19:00"),
    # Cinema: one free popcorn refill.
    Said("bio", "Jag fick betala 30 kronor för påfyllningen av popcorn.", True, "wed 19:00"),
    Said("bio", "Påfyllningen av popcornen kostade en tjuga.", True, "wed 19:00"),
    Said("bio", "Jag fick fylla på popcornen gratis en gång.", False, "wed 19:00"),
    Said("bio", "Jag betalade 65 kronor för popcornen och fyllde på en gång.", False, "wed 19:00"),
    Said("bio", "Popcornen var salta.", False, "wed 19:00"),
    Said("bio", "Får man fylla på popcornen?", False, "wed 19:00"),
    # Cinema: tickets paid only at the ticket office.
    Said("bio", "Jag betalade biljetterna med kort i kiosken.", True, "wed 19:00"),
    Said("bio", "I kiosken köpte jag två biljetter till kvällens film.", True, "wed 19:00"),
    Said(
        "bio",
        "Jag betalade biljetterna i biljettkassan och popcornen i kiosken.",
        False,
        "wed 19:00",
    ),
    Said("bio", "Jag köpte godis i kiosken med kort.", False, "wed 19:00"),
    Said(
        "bio",
        "Jag ville köpa biljetter i kiosken men de hänvisade till kassan.",
        False,
        "wed 19:00",
    ),
    Said("bio", "Jag köpte biljetterna i biljettkassan.", False, "wed 19:00"),
    # Cinema: no 3D.
    Said("bio", "Vi såg den nya Avatar-filmen i 3D i stora salongen.", True, "wed 19:00"),
    Said("bio", "3D-glasögonen var repiga.", True, "wed 19:00"),
    Said(
        "bio",
        "Vi såg den nya Avatar-filmen i stora salongen, synd att den inte gick i 3D.",
        False,
        "wed 19:00",
    ),
    Said("bio", "Vi såg den i 3D på Filmstaden förra veckan.", False, "wed 19:00"),
    Said("bio", "Visar ni några filmer i 3D?", False, "wed 19:00"),
    Said("bio", "Ljudet i salongen var fantastiskt.", False, "wed 19:00"),
    # Gym: reception staffed weekdays 16–20.
    Said("gym", "Jag fick hjälp i receptionen vid sjutiden i morse.", True),
    Said("gym", "I söndags eftermiddag köpte jag ett kort av killen i receptionen.", True),
    Said("gym", "Jag fick hjälp i receptionen vid sextiden i går kväll.", False),
    Said("gym", "Jag tränade vid sjutiden i morse, receptionen var obemannad.", False),
    Said("gym", "Synd att receptionen inte är bemannad på helgen.", False),
    Said("gym", "I söndags tränade jag ensam.", False),
    # Gym: personal training costs 600 an hour.
    Said("gym", "Jag fick en timme personlig träning gratis.", True),
    Said("gym", "Den personliga träningen kostade ingenting.", True),
    Said("gym", "Den personliga träningen kostade 600 kronor.", False),
    Said("gym", "Jag fick en gratis introduktion av en instruktör.", False),
    Said("gym", "Vore bra med gratis personlig träning första gången.", False),
    Said("gym", "Jag tränade på egen hand i två timmar.", False),
    # Gym: sauna shut on Mondays.
    Said("gym", "I måndags satt jag i bastun efter passet.", True),
    Said("gym", "Efter måndagens spinning bastade jag en halvtimme.", True),
    Said("gym", "I tisdags satt jag i bastun efter passet.", False),
    Said("gym", "I måndags var bastun stängd som vanligt.", False),
    Said("gym", "Synd att bastun är stängd på måndagar.", False),
    Said("gym", "Jag tränade i måndags och duschade sedan.", False),
    # Gym: no supplements sold.
    Said("gym", "Jag köpte proteinpulver i receptionen.", True),
    Said("gym", "De sålde mig en burk kreatin.", True),
    Said("gym", "Jag tog med mitt eget proteinpulver.", False),
    Said("gym", "Jag köpte en vattenflaska i receptionen.", False, "wed 17:00"),
    Said("gym", "Jag köper mitt proteinpulver på nätet.", False),
    Said("gym", "Säljer ni proteinpulver?", False),
    # Gym: towels lent free.
    Said("gym", "Jag fick betala 20 kronor för en handduk i receptionen.", True),
    Said("gym", "Handduken kostade en tjuga att låna.", True),
    Said("gym", "Jag lånade en handduk gratis.", False),
    Said("gym", "Jag betalade 399 kronor för månadskortet och lånade en handduk.", False),
    Said("gym", "Handdukarna var sköna.", False),
    Said("gym", "Jag glömde min handduk hemma.", False),
    # Gym: no yoga classes.
    Said("gym", "Jag gick på ett yogapass i fredags.", True),
    Said("gym", "Yogainstruktören på passet i går var jättebra.", True),
    Said("gym", "Jag gick på ett spinningpass i fredags.", False),
    Said("gym", "Jag gör yoga hemma på morgnarna.", False),
    Said("gym", "Jag önskar att ni hade yoga.", False),
    Said("gym", "Har ni yoga på schemat?", False),
    # Hotel: breakfast hours.
    Said("hotell", "Vi åt frukost halv tolv i lördags.", True),
    Said("hotell", "I tisdags satt vi vid frukosten strax efter halv elva.", True),
    Said("hotell", "Vi åt frukost halv elva i lördags.", False),
    Said("hotell", "I tisdags åt vi frukost vid åttatiden.", False),
    Said("hotell", "Vi kom ner kvart över tio i tisdags och frukosten var slut.", False),
    Said("hotell", "Vore skönt om frukosten var öppen längre på vardagar.", False),
    # Hotel: no pool.
    Said("hotell", "Barnen badade i poolen hela eftermiddagen.", True),
    Said("hotell", "Vi tog ett dopp i hotellets pool innan middagen.", True),
    Said("hotell", "Barnen badade i havet hela eftermiddagen.", False),
    Said("hotell", "Synd att hotellet inte har någon pool.", False),
    Said("hotell", "Vi badade i poolen på hotellet i Malmö förra året.", False),
    Said("hotell", "Har ni pool?", False),
    # Hotel: parking costs 150 a night.
    Said("hotell", "Parkeringen var gratis hela helgen.", True),
    Said("hotell", "Vi parkerade utan kostnad två nätter.", True),
    Said("hotell", "Parkeringen kostade 150 kronor per natt.", False),
    Said("hotell", "Vi parkerade gratis på gatan utanför.", False),
    Said("hotell", "Vore bra om parkeringen ingick.", False),
    Said("hotell", "Vi åkte tåg, så vi behövde ingen parkering.", False),
    # Hotel: no pets in rooms except guide dogs.
    Said("hotell", "Vår tax sov med oss på rummet.", True),
    Said("hotell", "Katten fick följa med upp på rummet utan problem.", True),
    Said("hotell", "Min ledarhund fick följa med upp på rummet.", False),
    Said("hotell", "Vår tax fick stanna hos mormor.", False),
    Said("hotell", "Hunden fick vänta i bilen medan vi checkade in.", False),
    Said("hotell", "Får man ta med hund?", False),
    # Hotel: the restaurant takes no cash.
    Said("hotell", "Jag betalade middagen i restaurangen kontant.", True),
    Said("hotell", "I restaurangen betalade vi notan med sedlar.", True),
    Said("hotell", "Jag betalade middagen i restaurangen med kort.", False),
    Said("hotell", "Jag betalade rummet kontant i receptionen.", False),
    Said("hotell", "Jag hade bara kontanter men de tog inte det i restaurangen.", False),
    Said("hotell", "Tar restaurangen kontanter?", False),
    # Hotel: no room service.
    Said("hotell", "Vi beställde rumsservice sent på kvällen.", True),
    Said("hotell", "Vi fick frukost på rummet via rumsservicen.", True),
    Said("hotell", "Synd att det inte finns rumsservice.", False),
    Said("hotell", "Vi hade rumsservice på hotellet i Köpenhamn.", False),
    Said("hotell", "Vi åt middag i restaurangen.", False),
    Said("hotell", "Har ni rumsservice?", False),
    # Toy shop: no toy guns.
    Said("leksak", "Jag köpte en vattenpistol till mitt barnbarn.", True),
    Said("leksak", "De sålde oss ett leksaksgevär.", True),
    Said("leksak", "Jag köpte ett pussel till mitt barnbarn.", False),
    Said("leksak", "Min son ville ha en leksakspistol men de säljer inga.", False),
    Said("leksak", "Vi köpte en vattenpistol på Jula.", False),
    Said("leksak", "Säljer ni vattenpistoler?", False),
    # Toy shop: gift wrapping free.
    Said("leksak", "Jag fick betala 25 kronor för presentinslagningen.", True),
    Said("leksak", "Inslagningen kostade en tjuga.", True),
    Said("leksak", "Presentinslagningen var gratis och fin.", False),
    Said("leksak", "Jag betalade 299 kronor för dockan och fick den inslagen.", False),
    Said("leksak", "Jag slog in presenten själv hemma.", False),
    Said("leksak", "Kostar inslagning något?", False),
    # Toy shop: the play corner on Saturdays 10–14.
    Said("leksak", "Barnen lekte i lekhörnan i onsdags.", True),
    Said("leksak", "I lördags vid tretiden lekte barnen i lekhörnan.", True),
    Said("leksak", "I lördags vid elvatiden lekte barnen i lekhörnan.", False),
    Said("leksak", "Lekhörnan var stängd i onsdags.", False),
    Said("leksak", "Synd att lekhörnan bara har öppet på lördagar.", False),
    Said("leksak", "Barnen lekte i parken bredvid i onsdags.", False),
    # Toy shop: no video games.
    Said("leksak", "Jag köpte ett Nintendo-spel till sonen.", True),
    Said("leksak", "De sålde mig ett tv-spel till Playstation.", True),
    Said("leksak", "Jag köpte ett brädspel till sonen.", False),
    Said("leksak", "Sonen ville ha ett tv-spel men de säljer inga.", False),
    Said("leksak", "Vi köper tv-spel på nätet.", False),
    Said("leksak", "Säljer ni tv-spel?", False),
    # Toy shop: staff do not assemble trampolines or playhouses.
    Said("leksak", "Personalen monterade studsmattan åt oss.", True),
    Said("leksak", "De byggde ihop lekstugan åt mig på plats.", True),
    Said("leksak", "Vi monterade studsmattan själva hemma.", False),
    Said("leksak", "Jag köpte en studsmatta som de bar ut till bilen.", False),
    Said("leksak", "Jag frågade om de kunde montera lekstugan men det gör de inte.", False),
    Said("leksak", "Vore bra om ni monterade studsmattor.", False),
    # Toy shop: free balloons for children under ten.
    Said("leksak", "Min dotter på fem år fick betala tio kronor för en ballong.", True),
    Said("leksak", "Ballongen kostade fem kronor för min son.", True),
    Said("leksak", "Min dotter fick en gratis ballong.", False),
    Said("leksak", "Jag köpte en ballongpump för 79 kronor.", False),
    Said("leksak", "Ballongen sprack i bilen på väg hem.", False),
    Said("leksak", "Får vuxna också ballonger?", False),
    # Electronics: no phone repairs.
    Said("elektronik", "De bytte skärmen på min mobil på en timme.", True),
    Said("elektronik", "Servicedisken lagade min telefon som inte laddade.", True),
    Said("elektronik", "De lagade min dator på en vecka.", False),
    Said("elektronik", "De reparerar inte mobiler, så jag fick gå till en annan butik.", False),
    Said("elektronik", "Jag köpte ett skal till min mobil.", False),
    Said("elektronik", "Kan ni laga min telefon?", False),
    # Electronics: TV delivery costs 499.
    Said("elektronik", "Tv:n levererades hem gratis.", True),
    Said("elektronik", "Hemleveransen av tv-apparaten kostade ingenting.", True),
    Said("elektronik", "Hemleveransen av tv:n kostade 499 kronor.", False),
    Said("elektronik", "Jag bar hem tv:n själv.", False),
    Said("elektronik", "Vore bra om hemleveransen var gratis.", False),
    Said("elektronik", "Jag fick gratis hörlurar på köpet.", False),
    # Electronics: no wall mounting.
    Said("elektronik", "De monterade tv:n på väggen åt oss.", True),
    Said(
        "elektronik", "Killen från butiken hängde upp tv-apparaten på väggen i vardagsrummet.", True
    ),
    Said("elektronik", "Jag monterade tv:n på väggen själv.", False),
    Said("elektronik", "De tipsade om en firma som monterar tv-apparater.", False),
    Said("elektronik", "Jag köpte ett väggfäste.", False),
    Said("elektronik", "Monterar ni tv-apparater?", False),
    # Electronics: no used computers.
    Said("elektronik", "Jag köpte en begagnad laptop till min son.", True),
    Said("elektronik", "De sålde mig en begagnad dator för 3 000 kronor.", True),
    Said("elektronik", "Jag köpte en ny laptop till min son.", False),
    Said("elektronik", "Jag sålde min begagnade dator på Blocket.", False),
    Said("elektronik", "Synd att ni inte har begagnade datorer.", False),
    Said("elektronik", "Säljer ni begagnade datorer?", False),
    # Electronics: cash only at the main till.
    Said("elektronik", "Jag betalade reparationen kontant i servicedisken.", True),
    Said("elektronik", "I servicedisken betalade jag med en femhundralapp.", True),
    Said("elektronik", "Jag betalade kontant i huvudkassan.", False),
    Said("elektronik", "Jag betalade med kort i servicedisken.", False),
    Said("elektronik", "I servicedisken sa de att jag fick betala kontant i huvudkassan.", False),
    Said("elektronik", "Jag tog ut kontanter i bankomaten.", False),
    # Electronics: recycling free.
    Said("elektronik", "Jag fick betala 50 kronor för att lämna min gamla brödrost.", True),
    Said("elektronik", "Återvinningen av min gamla mikro kostade en hundralapp.", True),
    Said("elektronik", "Jag lämnade min gamla brödrost till återvinning gratis.", False),
    Said("elektronik", "Jag betalade 799 kronor för en ny mikro och lämnade den gamla.", False),
    Said("elektronik", "Kostar det något att lämna gamla elprylar?", False),
    Said("elektronik", "Jag lämnade batterierna på återvinningscentralen.", False),
    # Furniture store: restaurant hours.
    Said("möbel", "Vi åt köttbullar i restaurangen kvart i åtta i tisdags kväll.", True),
    Said("möbel", "I söndags vid halv sex på kvällen åt vi lunch i restaurangen.", True),
    Said("möbel", "Vi åt köttbullar i restaurangen vid sextiden i tisdags kväll.", False),
    Said("möbel", "I söndags vid halv sex var restaurangen stängd.", False),
    Said("möbel", "Vi åt på hamburgerstället bredvid vid sjutiden i går.", False),
    Said("möbel", "Synd att restaurangen stänger fem på helgen.", False),
    # Furniture store: free trailer for three hours.
    Said("möbel", "Jag fick betala 200 kronor för släpkärran.", True),
    Said("möbel", "Släpet kostade en hundralapp för två timmar.", True),
    Said("möbel", "Jag lånade släpkärran gratis.", False),
    Said("möbel", "Jag lämnade tillbaka släpkärran efter fyra timmar och fick betala.", False),
    Said("möbel", "Jag betalade 4 995 kronor för soffan och lånade en släpkärra.", False),
    Said("möbel", "Kostar släpkärran något?", False),
    # Furniture store: assembly costs 695.
    Said("möbel", "De monterade garderoben gratis.", True),
    Said("möbel", "Monteringen av sängen kostade ingenting.", True),
    Said("möbel", "Monteringen kostade 695 kronor.", False),
    Said("möbel", "Jag monterade bokhyllan själv.", False),
    Said("möbel", "Vore bra om monteringen var gratis.", False),
    Said("möbel", "Jag fick gratis kaffe i restaurangen.", False),
    # Furniture store: no rugs.
    Said("möbel", "Jag köpte en matta till vardagsrummet.", True),
    Said("möbel", "De sålde oss en stor ullmatta.", True),
    Said("möbel", "Jag köpte en soffa till vardagsrummet.", False),
    Said("möbel", "Jag köpte mattan på Jysk bredvid.", False),
    Said("möbel", "Synd att ni inte säljer mattor.", False),
    Said("möbel", "Mattan i entrén var blöt.", False),
    # Furniture store: staff do not carry furniture to cars.
    Said("möbel", "Personalen bar ut soffan till bilen åt oss.", True),
    Said("möbel", "Två killar från lagret bar ut garderoben till min bil.", True),
    Said("möbel", "Vi bar ut soffan till bilen själva.", False),
    Said("möbel", "Jag frågade om någon kunde bära ut soffan, men det gör de inte.", False),
    Said("möbel", "Personalen hämtade soffan från lagret.", False),
    Said("möbel", "Vore bra om personalen hjälpte till att bära.", False),
    # Furniture store: delivery takes at least five working days.
    Said("möbel", "Jag beställde en soffa på förmiddagen och den levererades samma kväll.", True),
    Said("möbel", "Hemleveransen kom dagen efter att jag beställt.", True),
    Said("möbel", "Jag beställde en soffa i måndags och den kom veckan efter.", False),
    Said("möbel", "Vi tog hem soffan själva samma dag.", False),
    Said("möbel", "Hemleveransen tog en vecka som de sa.", False),
    Said("möbel", "Vore bra om leveransen gick fortare.", False),
)


@cache
def context(key: str) -> BusinessContext:
    return store_context(f"fact-shapes-three-{key}", STORES[key])
