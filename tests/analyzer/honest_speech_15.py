"""Honest speech at twenty stores: material only, no tests.

Twenty stores of different trades (none a furniture store or a pharmacy), each a
`BusinessContext` built the way `tests.unit.context_builders` builds one, with its own
departments (and aliases), opening hours and baseline facts in the store's own phrasing; and for
each store twenty honest customer answers, 400 in all, as Swedes speak on the phone about a real
visit: idioms, metaphors, jokes marked as jokes, children and pets, failing machines, posters and
packaging, exaggerations, hesitations, corrections, wishes, questions about things the store does
not have, staff advice to go elsewhere, big but real numbers, visits near closing, weather and
travel. Every answer is something an honest customer could truthfully say about that store; a
fraud flag on any of them is a false positive.

Written by someone who had not read the analyzer (nothing under `kundrost/adapters/`) and did
not run it on this material.
"""

from __future__ import annotations

from functools import partial

from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Department,
)
from tests.analyzer.honest_stores import honest_store

_store = partial(honest_store, 8000)


STORES: dict[str, BusinessContext] = {
    # Hardware store (järnhandel).
    "jarnhandel": _store(
        1,
        "Nordins Järn",
        "07:00",
        "19:00",
        (
            Department("Verktyg", ("verktygsavdelningen", "tools")),
            Department("Skruv & beslag", ("skruvar", "beslag", "skruvhyllan")),
            Department("Trädgård", ("trädgårdsavdelningen", "garden")),
            Department("Kassa", ("kassan", "kassorna")),
        ),
        (
            BaselineFact("Vi säljer inte virke eller byggskivor.", "virke"),
            BaselineFact("Nyckelkopiering kostar 89 kronor per nyckel.", "nycklar"),
            BaselineFact("Släpvagn lånas gratis i tre timmar mot uppvisat körkort.", "släpvagn"),
            BaselineFact("Öppet köp i 30 dagar mot kvitto.", "returer"),
        ),
    ),
    # Bicycle shop with a workshop.
    "cykel": _store(
        2,
        "Cykelhörnan Majorna",
        "09:00",
        "18:00",
        (
            Department("Verkstaden", ("verkstad", "cykelverkstaden", "repair shop")),
            Department("Cyklar", ("nya cyklar", "bikes")),
            Department("Tillbehör", ("reservdelar", "hjälmar", "accessories")),
        ),
        (
            BaselineFact("Vi säljer inte elsparkcyklar.", "elsparkcyklar"),
            BaselineFact("Punkteringslagning kostar 199 kronor och tar ungefär en dag.", "pris"),
            BaselineFact(
                "Verkstaden tar emot cyklar utan bokning bara före klockan tio.", "drop-in"
            ),
            BaselineFact("Vi hyr inte ut cyklar.", "uthyrning"),
        ),
    ),
    # Bookshop.
    "bokhandel": _store(
        3,
        "Bokhandeln vid Torget",
        "10:00",
        "18:00",
        (
            Department("Barnböcker", ("barnavdelningen", "children's books")),
            Department("Skönlitteratur", ("romaner", "fiction")),
            Department("Pappersvaror", ("kontorsmaterial", "stationery")),
            Department("Kassan", ("kassa",)),
        ),
        (
            BaselineFact("Vi säljer inte begagnade böcker.", "begagnat"),
            BaselineFact(
                "Beställda böcker kommer inom 3–5 vardagar, beställning är gratis.", "beställning"
            ),
            BaselineFact("Presentinslagning är gratis.", "inslagning"),
            BaselineFact("Böcker kan bytas inom 14 dagar med bytesetikett.", "byten"),
            BaselineFact("Vi har ingen kaffeservering.", "kaffe"),
        ),
    ),
    # Pet shop (zoo).
    "djuraffar": _store(
        4,
        "Djurbutiken Tassen",
        "10:00",
        "19:00",
        (
            Department("Hund & katt", ("hundavdelningen", "kattavdelningen", "dog and cat")),
            Department("Akvarium", ("akvarieavdelningen", "fiskarna", "aquarium")),
            Department("Smådjur", ("smådjursavdelningen", "gnagare", "small animals")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact("Vi säljer inte hundvalpar eller kattungar.", "valpar"),
            BaselineFact(
                "Kloklippning av hund kostar 150 kronor, drop-in lördagar 10–13.", "kloklippning"
            ),
            BaselineFact("Hundar i koppel är välkomna i butiken.", "hundar"),
            BaselineFact("Levande djur säljs inte till personer under 18 år utan vuxen.", "ålder"),
            BaselineFact("Öppnade foderpåsar tas inte tillbaka.", "returer"),
        ),
    ),
    # Hairdresser.
    "frisor": _store(
        5,
        "Salong Saxen",
        "09:00",
        "19:00",
        (
            Department("Damklippning", ("damfrisör", "dam")),
            Department("Herrklippning", ("barberare", "herr", "barbershop")),
            Department("Färgning", ("slingor", "hårfärg", "hair colouring")),
            Department("Reception", ("receptionen", "kassan")),
        ),
        (
            BaselineFact("Herrklippning kostar 450 kronor, barn under 12 år 300 kronor.", "pris"),
            BaselineFact("Vi tar bara bokade tider, ingen drop-in.", "bokning"),
            BaselineFact(
                "Avbokning senare än 24 timmar innan debiteras halva priset.", "avbokning"
            ),
            BaselineFact("Vi säljer inte peruker eller löshår.", "löshår"),
        ),
    ),
    # Café and patisserie (konditori).
    "konditori": _store(
        6,
        "Konditori Kanelen",
        "07:00",
        "18:00",
        (
            Department("Bageridisken", ("disken", "bakverk", "bakery")),
            Department("Caféet", ("kaféet", "café", "sittplatserna")),
            Department("Tårtbeställning", ("tårtor", "beställningar", "cakes")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact("Tårtor beställs minst två dagar i förväg.", "tårtor"),
            BaselineFact("Vi serverar inte alkohol.", "alkohol"),
            BaselineFact("Kaffe med påtår kostar 35 kronor.", "kaffe"),
            BaselineFact("Vi har inga glutenfria bakverk.", "gluten"),
            BaselineFact("Caféet stänger 17, disken är öppen till 18.", "öppettider"),
        ),
    ),
    # Florist.
    "blomster": _store(
        7,
        "Blomsterboden Linnea",
        "10:00",
        "18:00",
        (
            Department("Snittblommor", ("buketter", "cut flowers")),
            Department("Krukväxter", ("krukväxterna", "plants")),
            Department("Begravningsbinderi", ("sorgbinderi", "funeral flowers")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact("Hemleverans inom kommunen kostar 149 kronor.", "leverans"),
            BaselineFact("Begravningsdekorationer beställs senast tre dagar innan.", "begravning"),
            BaselineFact("Vi säljer inte fröer eller jord i säck.", "fröer"),
            BaselineFact("Snittblommor går inte att returnera.", "returer"),
        ),
    ),
    # Shoe shop.
    "skor": _store(
        8,
        "Skohuset Vasagatan",
        "10:00",
        "19:00",
        (
            Department("Damskor", ("damavdelningen",)),
            Department("Herrskor", ("herravdelningen",)),
            Department("Barnskor", ("barnavdelningen", "kids' shoes")),
            Department("Kassan", ("kassa",)),
        ),
        (
            BaselineFact("Vi lagar inte skor och har ingen skomakare.", "lagning"),
            BaselineFact("Öppet köp 30 dagar på oanvända skor med kvitto.", "returer"),
            BaselineFact("Skovårdsmedel ingår inte i priset.", "skovård"),
            BaselineFact("Vi säljer inte arbetsskor med stålhätta.", "arbetsskor"),
        ),
    ),
    # Consumer electronics store.
    "elektronik": _store(
        9,
        "ElektroCity Borås",
        "10:00",
        "20:00",
        (
            Department("Datorer", ("datoravdelningen", "laptops", "computers")),
            Department("TV & ljud", ("tv-avdelningen", "hörlurar", "audio")),
            Department("Mobiler", ("mobilavdelningen", "telefoner", "phones")),
            Department("Vitvaror", ("tvättmaskiner", "kylskåp", "white goods")),
            Department("Kundtjänst", ("kundservice", "returdisken")),
        ),
        (
            BaselineFact("Vi lagar inte mobiler i butik, de skickas på service.", "reparation"),
            BaselineFact("Hemleverans av vitvaror kostar 495 kronor.", "leverans"),
            BaselineFact("Öppet köp i 30 dagar.", "returer"),
            BaselineFact("Vi säljer inte spelkonsoler eller tv-spel.", "spel"),
        ),
    ),
    # Petrol station with shop and car wash.
    "bensinstation": _store(
        10,
        "Tanken Hede",
        "06:00",
        "22:00",
        (
            Department("Shoppen", ("butiken", "kiosken")),
            Department("Biltvätten", ("tvätthallen", "car wash")),
            Department("Pumparna", ("pumpar", "bensinpumparna", "fuel")),
        ),
        (
            BaselineFact("Biltvätt Premium kostar 189 kronor.", "biltvätt"),
            BaselineFact(
                "Tobak säljs inte till personer under 18 år, vi kollar legitimation.", "tobak"
            ),
            BaselineFact("Vi har ingen bilverkstad.", "verkstad"),
            BaselineFact("Biltvätten stänger en halvtimme före butiken.", "öppettider"),
            BaselineFact("Vi har ingen matservering, bara kaffe och färdiga mackor.", "mat"),
        ),
    ),
    # Optician.
    "optiker": _store(
        11,
        "Synhörnan Optik",
        "10:00",
        "18:00",
        (
            Department("Synundersökning", ("syntest", "eye exam")),
            Department("Glasögon", ("bågar", "frames")),
            Department("Linser", ("kontaktlinser", "lenses")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact("Synundersökning kostar 495 kronor och görs bara på bokad tid.", "pris"),
            BaselineFact("Vi undersöker inte barn under 8 år.", "barn"),
            BaselineFact("Vi säljer inte hörapparater.", "hörsel"),
            BaselineFact("Glasögon tar 7–10 dagar att slipa.", "leveranstid"),
        ),
    ),
    # Toy shop.
    "leksaker": _store(
        12,
        "Leksakslådan",
        "10:00",
        "19:00",
        (
            Department("Lego & bygg", ("lego", "byggleksaker")),
            Department("Spel & pussel", ("brädspel", "pussel", "games")),
            Department("Småbarn", ("bebisleksaker", "baby")),
            Department("Utomhus", ("utomhusleksaker", "sandleksaker")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact("Vi säljer inte tv-spel eller datorspel.", "tv-spel"),
            BaselineFact("Presentinslagning kostar 20 kronor.", "inslagning"),
            BaselineFact("Byten görs inom 60 dagar med kvitto.", "byten"),
            BaselineFact("Vi har ingen lekhörna i butiken.", "lekhörna"),
        ),
    ),
    # Clothing store (adult fashion).
    "klader": _store(
        13,
        "Modehuset Elsa",
        "10:00",
        "19:00",
        (
            Department("Dam", ("damavdelningen", "women")),
            Department("Herr", ("herravdelningen", "men")),
            Department("Provrummen", ("provrum", "fitting rooms")),
            Department("Kassan", ("kassa",)),
        ),
        (
            BaselineFact("Vi säljer inte barnkläder.", "barnkläder"),
            BaselineFact("Öppet köp 30 dagar, rea-varor 14 dagar.", "returer"),
            BaselineFact("Vi syr inte upp byxor.", "ändringar"),
            BaselineFact("Högst fem plagg per person i provrummet.", "provrum"),
        ),
    ),
    # Sports store.
    "sport": _store(
        14,
        "Sportlagret Umeå",
        "10:00",
        "19:00",
        (
            Department("Skidor", ("skidavdelningen", "längdskidor", "ski")),
            Department("Löpning", ("löparskor", "running")),
            Department("Bollsport", ("fotboll", "bollar", "ball sports")),
            Department("Serviceverkstaden", ("vallning", "skidslipning", "service")),
        ),
        (
            BaselineFact("Skidvallning kostar 250 kronor och tar ett dygn.", "vallning"),
            BaselineFact("Vi säljer inte vapen eller jaktutrustning.", "jakt"),
            BaselineFact("Vi hyr inte ut utrustning.", "uthyrning"),
            BaselineFact("Löpanalys på band är gratis vid köp av löparskor.", "löpanalys"),
        ),
    ),
    # Garden centre (handelsträdgård).
    "handelstradgard": _store(
        15,
        "Handelsträdgården Rosenlund",
        "09:00",
        "18:00",
        (
            Department("Växthuset", ("växthus", "greenhouse")),
            Department("Plantskolan", ("buskar", "träd", "outdoor plants")),
            Department("Jord & gödsel", ("jord", "gödsel", "jordsäckar")),
            Department("Kassa", ("kassan",)),
        ),
        (
            BaselineFact("Vi säljer inte trädgårdsmöbler.", "möbler"),
            BaselineFact("Hemleverans av jord kostar 395 kronor.", "leverans"),
            BaselineFact(
                "Växthuset stänger en timme före resten av handelsträdgården.", "öppettider"
            ),
            BaselineFact("Buskar och träd har ett års växtgaranti mot kvitto.", "garanti"),
            BaselineFact("Hundar i koppel är välkomna.", "hundar"),
        ),
    ),
    # Pizzeria.
    "pizzeria": _store(
        16,
        "Pizzeria Vesuvio Gävle",
        "11:00",
        "22:00",
        (
            Department("Matsalen", ("restaurangen", "dining room")),
            Department("Takeaway", ("avhämtning", "take away")),
            Department("Kassan", ("kassa", "beställningen")),
        ),
        (
            BaselineFact("Vi kör inte ut själva, hemleverans bara via Foodora.", "leverans"),
            BaselineFact("Lunchpizza 110 kronor vardagar 11–14, med sallad och dricka.", "lunch"),
            BaselineFact("Vi har bara öl och vin, inga fullständiga rättigheter.", "alkohol"),
            BaselineFact("Vi tar inte bordsbokningar för färre än sex personer.", "bokning"),
        ),
    ),
    # Gym.
    "gym": _store(
        17,
        "Styrkeverket Gym",
        "05:00",
        "22:00",
        (
            Department("Gymgolvet", ("gymmet", "vikterna", "gym floor")),
            Department("Gruppträning", ("passen", "spinning", "group classes")),
            Department("Omklädningsrum", ("omklädningsrummet", "duschen", "changing rooms")),
            Department("Receptionen", ("reception", "disken")),
        ),
        (
            BaselineFact("Vi har ingen simbassäng och ingen bastu.", "bastu"),
            BaselineFact("Dagskort kostar 150 kronor.", "pris"),
            BaselineFact("Pass bokas i appen, avbokning senast två timmar före.", "bokning"),
            BaselineFact("Den som är under 15 år tränar med en vuxen.", "ålder"),
            BaselineFact("Receptionen är bemannad vardagar 16–20.", "reception"),
        ),
    ),
    # Paint and wallpaper shop (färghandel).
    "farghandel": _store(
        18,
        "Färgkällan",
        "07:00",
        "18:00",
        (
            Department("Inomhusfärg", ("väggfärg", "interior paint")),
            Department("Fasadfärg", ("utomhusfärg", "exterior paint")),
            Department("Tapeter", ("tapetavdelningen", "wallpaper")),
            Department("Målarverktyg", ("penslar", "rollers")),
            Department("Färgbrytning", ("brytningen", "brytmaskinen", "tinting")),
        ),
        (
            BaselineFact("Brutna färger tas inte tillbaka.", "returer"),
            BaselineFact("Vi hyr inte ut stegar eller ställningar.", "uthyrning"),
            BaselineFact("En provburk kostar 59 kronor.", "provburk"),
            BaselineFact("Vi har inga golvmaterial.", "golv"),
        ),
    ),
    # Bowling alley.
    "bowling": _store(
        19,
        "Strike Bowlingcenter",
        "12:00",
        "23:00",
        (
            Department("Banorna", ("bowlingbanorna", "lanes")),
            Department("Baren", ("bar",)),
            Department("Skouthyrning", ("bowlingskor", "shoe rental")),
            Department("Arkadhallen", ("arkaden", "spelautomaterna", "arcade")),
        ),
        (
            BaselineFact("En bana kostar 350 kronor per timme.", "pris"),
            BaselineFact("Bowlingskor ingår i banpriset.", "skor"),
            BaselineFact("Den som är under 18 år får inte vara i baren efter klockan 20.", "ålder"),
            BaselineFact("Vi serverar inte mat, bara snacks och dricka.", "mat"),
            BaselineFact("Banor bokas online.", "bokning"),
        ),
    ),
    # Cinema.
    "biograf": _store(
        20,
        "Biografen Saga",
        "13:00",
        "23:30",
        (
            Department("Salong 1", ("stora salongen", "salong ett")),
            Department("Salong 2", ("lilla salongen", "salong två")),
            Department("Kiosken", ("godiskiosken", "popcorn", "candy")),
            Department("Biljettkassan", ("kassan", "tickets")),
        ),
        (
            BaselineFact("Vi visar inte filmer i 3D.", "3D"),
            BaselineFact("Barnbiljett under 12 år kostar 95 kronor.", "pris"),
            BaselineFact("Medhavd mat och dryck är inte tillåten.", "mat"),
            BaselineFact("Vi serverar inte alkohol.", "alkohol"),
            BaselineFact("Åldersgränser kontrolleras i dörren.", "ålder"),
        ),
    ),
}

HONEST: dict[str, tuple[str, ...]] = {
    # Hardware store (järnhandel).
    "jarnhandel": (
        (
            "Det var rena djungeln bland skruvarna, men en kille som hette Jonas, kanske tjugo år, "
            "hittade rätt träskruv åt mig i ett nafs."
        ),
        (
            "Jag frågade om de hade reglar, men de säljer inte virke, så han tipsade mig om "
            "brädgården vid Bauhaus istället."
        ),
        "Nyckeln kostade åttionio spänn att kopiera, och den funkade i dörren när jag kom hem.",
        (
            "Öh, alltså, jag lånade släpkärran, fick visa körkortet och det kostade ingenting, "
            "vilket var skönt."
        ),
        "Priserna på verktyg har skjutit i höjden, en vanlig skruvdragare kostar ju skjortan nu.",
        (
            "Nyckelmaskinen krånglade först, den tuggade och stannade, men expediten startade om "
            "den och då gick det."
        ),
        (
            "Min dotter, hon är fyra, satt i kundvagnen och räknade alla röda hinkar i "
            "trädgårdsavdelningen högt."
        ),
        (
            "Kön var en mil lång vid kassan en lördagsförmiddag, det kändes som att halva stan var "
            "där."
        ),
        "Det regnade ute så folk stod och dröp i entrén, och golvet var lite halt.",
        (
            "Jag hade köpt fel gångjärn förra veckan och fick byta dem utan problem, jag hade "
            "kvittot kvar."
        ),
        (
            "Det hängde en affisch vid dörren med en tecknad hammare som sa 'Spika fast vårens "
            "fynd', lite fånig men gullig."
        ),
        (
            "Jag kom fem minuter innan stängning och han som låste var ändå vänlig och väntade "
            "tills jag betalat."
        ),
        "Jag cyklade dit, det tar en kvart från Haga, och jag fick plats med allt i cykelkorgen.",
        (
            "Jag önskar att de hade några stolar, min pappa är åttiotvå och behövde vila medan jag "
            "letade."
        ),
        "Vår hund fick ett hundkex vid kassan, hon viftade på svansen hela vägen ut.",
        (
            "Förlåt, jag menar inte verktygsavdelningen utan skruvhyllan, det var där det var lite "
            "stökigt."
        ),
        (
            "Det var som att leta efter en nål i en höstack att hitta rätt plugg, men det var mitt "
            "eget fel, jag visste inte storleken."
        ),
        (
            "Han som hjälpte mig sa på skämt att han drömmer om skruvar på nätterna, vi skrattade "
            "båda två."
        ),
        (
            "Jag köpte en ny trädgårdsslang och en grensax för ungefär sexhundra kronor, och "
            "slangen läcker inte som den gamla."
        ),
        (
            "Virkesbitarna vi behövde fick vi köpa på brädgården, men skruvarna och vinkeljärnen "
            "härifrån passade perfekt."
        ),
    ),
    # Bicycle shop with a workshop.
    "cykel": (
        (
            "Jag lämnade in cykeln med punka på morgonen och fick hämta den dagen efter, "
            "hundranittionio kronor, helt okej."
        ),
        (
            "Jag frågade om de hade elsparkcyklar till min son, men det har de inte, killen sa att "
            "jag fick kolla någon annanstans."
        ),
        (
            "Själv köpte jag en elcykel där i fjol, och den är jättebra i backarna upp mot "
            "Slottsskogen."
        ),
        "Det var pissväder, regnet stod som spön i backen, så jag var dyngsur när jag kom in.",
        "Mekanikern, Sara tror jag hon hette, bytte bromsklossarna i ett nafs medan jag väntade.",
        "Jag kom in kvart i tio för att hinna före drop-in-gränsen, och det hann jag precis.",
        (
            "Öh, vad ska jag säga, hjälmarna har blivit dyra, priserna har skjutit i höjden sen "
            "förra året."
        ),
        "Min lilla kille provade en balanscykel och vägrade släppa den, så den fick följa med hem.",
        "Kortterminalen dog mitt i betalningen, så vi fick göra om det, men andra gången gick det.",
        (
            "Jag ville hyra en cykel åt min kusin som var på besök, men de hyr inte ut, så de "
            "tipsade om Styr & Ställ."
        ),
        "Det luktade kedjeolja och gummi där inne, precis som en cykelaffär ska lukta.",
        "Det hängde en stor affisch med Tour de France-cyklister bakom disken, snyggt.",
        (
            "Jag skämtade om att min gamla cykel var äldre än han, och han sa att det nog stämde, "
            "han var nitton."
        ),
        (
            "Jag hade köpt en lampa som inte passade styret, och den fick jag byta mot en annan "
            "utan krångel."
        ),
        "Kedjan hoppade av på vägen dit, så jag fick leda cykeln sista biten från Järntorget.",
        "Om jag fick önska skulle de ha en pump utanför som man kan använda när de har stängt.",
        "Alltså, jag tror det var i onsdags, nej förresten, i tisdags, som jag var där.",
        "Ägarens hund, en gammal labrador, låg och sov under bänken i verkstan hela tiden.",
        (
            "Jag köpte ett nytt däck, en slang och ett lås för ungefär niohundra kronor, och låset "
            "känns rejält."
        ),
        (
            "Hemma hade jag försökt justera växlarna själv med en youtubefilm, vilket gick sådär, "
            "så nu fick proffsen ta över."
        ),
    ),
    # Bookshop.
    "bokhandel": (
        (
            "Jag köpte en deckare och den slogs in i presentpapper med ett leende, och det kostade "
            "ingenting."
        ),
        (
            "Jag frågade efter en begagnad kursbok, men de har bara nya, så de tipsade om "
            "antikvariatet på Drottninggatan."
        ),
        (
            "Min son på sex år satt på golvet i barnavdelningen och läste Pettson och Findus högt "
            "för sin nalle."
        ),
        (
            "Jag hade gärna köpt en kopp kaffe där, men det har de inte, så jag gick till "
            "konditoriet bredvid efteråt."
        ),
        "Boken jag beställde kom på fyra dagar, precis som de sa.",
        "Det var rena julruschen, folk trängdes som sillar i en tunna framför topplistan.",
        (
            "Alltså, personalen kan sina böcker, tjejen där, Elin, rekommenderade tre romaner "
            "direkt ur huvudet."
        ),
        (
            "På en skylt vid kassan stod det 'Läs en drake i kväll' med en bild på en drake som "
            "läser, barnen älskade den."
        ),
        "Jag köpte julklappar till hela släkten, tolv böcker för runt tvåtusenfemhundra kronor.",
        (
            "Jag bytte en bok jag fått dubbelt i födelsedagspresent, det gick smidigt med "
            "bytesetiketten."
        ),
        "Pennorna bland pappersvarorna var lite dyra, men kvaliteten är bra.",
        "Ute snöade det som bara den, så det var skönt att kliva in i värmen och bläddra lite.",
        "Kortläsaren frös en stund, så jag betalade med Swish istället.",
        (
            "Jag skämtar ofta om att jag bor där, och min fru säger att jag borde betala hyra till "
            "dem."
        ),
        (
            "Jag kom in fem i sex och de stänger sex, men de väntade tålmodigt tills jag hade "
            "bestämt mig."
        ),
        "Jag åkte buss i tjugo minuter bara för att köpa en speciell kokbok som de hade inne.",
        (
            "Pockethyllan längst in är som en skattkista, jag hittade en Astrid Lindgren-klassiker "
            "i ny utgåva där."
        ),
        (
            "Öh, jag letade efter ett pussel men det hade de inte, tjejen sa att leksaksaffären "
            "runt hörnet har pussel."
        ),
        (
            "Om jag fick bestämma skulle de ha öppet lite längre på söndagar, men jag förstår att "
            "det kostar."
        ),
        "Han i kassan sa skämtsamt att boken var så tjock att jag kunde använda den som dörrstopp.",
    ),
    # Pet shop (zoo).
    "djuraffar": (
        (
            "Vår hund Sixten fick klorna klippta en lördagsförmiddag, det kostade hundrafemtio och "
            "han var så duktig."
        ),
        (
            "Jag frågade om de hade valpar, vi funderar på en hund till, men det säljer de inte, "
            "de tipsade om att höra med en uppfödare."
        ),
        "Hunden drog mig rakt mot burkarna med tuggben, hon vet precis var de står.",
        (
            "Min dotter är tolv och ville köpa ett marsvin, så jag följde med och skrev på, bra "
            "att de frågade efter en vuxen."
        ),
        (
            "Akvarieavdelningen är som ett litet museum, min son stod och tittade på neonfiskarna "
            "i en halvtimme."
        ),
        (
            "Kattmaten har blivit dyr, priserna har skjutit i höjden, vi betalar nästan dubbelt "
            "mot i fjol."
        ),
        (
            "Jag hade öppnat en påse torrfoder som katten vägrade äta och fick inte lämna tillbaka "
            "den, men det står ju tydligt på skylten."
        ),
        "Kaninerna i smådjursavdelningen satt och tuggade hö och struntade totalt i oss.",
        "Vi köper kanske tjugo kilo foder i månaden till två schäfrar, så vi är där ofta.",
        (
            "Expediten, en herre i sextioårsåldern, visste allt om akvariefilter och förklarade "
            "med ett leende."
        ),
        (
            "Det var ösregn, så hunden skakade av sig i entrén och blötte ner en hylla med "
            "kattleksaker, förlåt för det."
        ),
        (
            "Det satt en affisch med en katt i solglasögon som reklam för kattsand, den fick mig "
            "att skratta."
        ),
        (
            "Jag skämtade om att vår katt borde få ett eget medlemskort med tanke på hur mycket vi "
            "handlar."
        ),
        "Fiskfodret jag ville ha var slut, men de beställde hem det till veckan efter.",
        "Öh, var det i måndags? Nej, i tisdags eftermiddag var det, strax innan de stängde.",
        (
            "Jag frågade om de klipper pälsen på hundar, men det gör de inte, de tipsade om en "
            "hundsalong i Mölndal."
        ),
        (
            "Kassaapparaten pep och vägrade läsa streckkoden på kattsanden, så hon fick knappa in "
            "den för hand."
        ),
        "Jag önskar att de hade en liten rastgård utanför, då kunde hunden vänta där ibland.",
        (
            "Katten hade sönder leksaksmusen vi köpte på en timme, men det säger nog mer om katten "
            "än om musen."
        ),
        (
            "Min fyraåring ville klappa alla hundar som kom in, och alla ägare var snälla och lät "
            "honom."
        ),
    ),
    # Hairdresser.
    "frisor": (
        (
            "Jag hade bokat tid halv tre och kom in direkt, Amira klippte mig och hon var otroligt "
            "noggrann."
        ),
        (
            "Herrklippningen kostade fyrahundrafemtio, lite dyrt, men resultatet var värt varenda "
            "krona."
        ),
        (
            "Min son är åtta och fick klippa sig för trehundra, han satt still som ett ljus för en "
            "gångs skull."
        ),
        (
            "Jag frågade om de sålde löshår, min syster har tunt hår, men det gör de inte, "
            "frisören tipsade om en butik i stan."
        ),
        "Det var som att komma till ett spa, alltså, hårtvätten med huvudmassage var helt magisk.",
        (
            "Jag skämtade om att hon skulle klippa bort tio år, och hon sa att hon skulle göra "
            "sitt bästa."
        ),
        "Hårtorken vid stolen bredvid lät som en jetmotor, men det störde inte så mycket.",
        (
            "Min granne försökte komma in utan tid medan jag satt där, men de tar ju bara bokade, "
            "så hon fick en tid veckan efter."
        ),
        (
            "Ute blåste det halv storm, så frisyren höll i ungefär trettio sekunder efter att jag "
            "gått ut."
        ),
        (
            "Öh, färgen blev lite mörkare än jag tänkt, men hon rättade till det med några slingor "
            "utan extra kostnad."
        ),
        "Det rullade musikvideor på en tv-skärm på väggen, mest gamla ABBA-låtar.",
        "Priserna på färgning har skjutit i höjden, det kostade nästan tvåtusen, men jag är nöjd.",
        "Jag fick kaffe med ett leende medan jag väntade på att färgen skulle verka.",
        "Jag var sista kunden för dagen, hon klippte mig fast klockan var nästan sju.",
        (
            "En gång avbokade jag för sent och fick betala halva priset, surt, men jag kände till "
            "regeln."
        ),
        "Kortterminalen hade ingen täckning, så jag swishade istället.",
        (
            "Förra gången klippte jag mig på ett billigt ställe i Stockholm och det blev "
            "katastrof, så det här var en lättnad."
        ),
        "Om jag fick önska skulle de ha tider tidigare på morgonen, innan jobbet.",
        (
            "Frisören, Mattias, han är väl runt fyrtio, berättade om sin semester i Grekland under "
            "hela klippningen."
        ),
        (
            "Min dotter lekte med en hårborste och en leksaksfön i väntrummet och låtsades klippa "
            "sin docka."
        ),
    ),
    # Café and patisserie (konditori).
    "konditori": (
        "Kaffet med påtår kostade trettiofem kronor, och jag tog en påtår, såklart.",
        (
            "Kanelbullarna var så stora att man kunde ha dem som kudde, på skämt alltså, men de "
            "var enorma."
        ),
        (
            "Jag frågade om de hade något glutenfritt till min svärmor, men det har de inte, "
            "tjejen tipsade om ett bageri vid stationen."
        ),
        (
            "Jag beställde en prinsesstårta till dotterns femårsdag tre dagar innan, och den var "
            "klar i tid."
        ),
        "På kanelbullens dag var kön ut genom dörren, en mil lång kändes det som.",
        "Jag kom halv sex och caféet hade stängt, men jag kunde köpa med mig bröd från disken.",
        "Hunden fick vänta utanför, hon satt snällt och tittade in genom fönstret.",
        (
            "Öh, jag hade gärna tagit ett glas vin till tårtan, men de serverar inte alkohol, så "
            "det blev en kall chokladmjölk."
        ),
        "Hon i kassan, Lena, hon har jobbat där i säkert trettio år, kom ihåg vad jag brukar ta.",
        (
            "Espressomaskinen fräste och dog precis när jag beställde, så jag fick bryggkaffe "
            "istället."
        ),
        "Det satt en skylt med en dansande semla i fönstret, fast semlorna var nästan slut.",
        (
            "Priserna på bakverk har skjutit i höjden, en bulle kostar snart lika mycket som en "
            "hel lunch."
        ),
        "Barnen satt och ritade på servetterna medan vi fikade, och personalen lånade ut kritor.",
        "Vi köpte ett surdegsbröd, tio bullar och en sockerkaka, ungefär trehundrafemtio kronor.",
        "Jag kom med barnvagn och dörren var lite tung, men en annan kund höll upp den.",
        "Det snöade ute och fönstren var immiga, så mysigt med levande ljus på borden.",
        "Jag önskar att de hade fler sittplatser, det var fullt på varenda stol.",
        "Min man tycker att mazarinerna var bättre förr, men han säger så om allt.",
        (
            "Jag skämtade om att jag skulle flytta in i caféet, och tjejen bakom disken sa att de "
            "tyvärr inte hyr ut rum."
        ),
        "Vi hade ätit lunch på restaurangen bredvid och kom bara dit för efterrätten.",
    ),
    # Florist.
    "blomster": (
        (
            "Jag köpte en bukett tulpaner till mamma, och Sofia band den på två minuter med ett "
            "leende."
        ),
        (
            "Jag frågade efter fröer till balkongen, men det säljer de inte, hon tipsade om "
            "handelsträdgården utanför stan."
        ),
        (
            "Vi beställde en begravningskrans till farfar en vecka innan, och den blev jättefin, "
            "det värmde."
        ),
        (
            "Leveransen hem till min syster kostade hundrafyrtionio, och blommorna kom samma "
            "eftermiddag."
        ),
        "Det doftade som en hel äng där inne, rena paradiset efter en grå dag.",
        "Min dotter på tre pekade på varenda ros och sa 'titta, röd' om och om igen.",
        (
            "Jag skojade med henne om att jag borde köpa blommor till mig själv oftare, och hon "
            "höll med."
        ),
        (
            "Det var tio minus ute, så hon slog in buketten i dubbla lager papper så att den inte "
            "skulle frysa."
        ),
        (
            "Priserna på rosor kring alla hjärtans dag har skjutit i höjden, men det är väl "
            "tillgång och efterfrågan."
        ),
        "Kortläsaren var död, så jag fick swisha till butikens nummer.",
        (
            "Krukväxterna stod så tätt att det var rena djungeln, jag fick nästan armbåga mig fram "
            "till orkidéerna."
        ),
        "Jag köpte en monstera för trehundra kronor, och den trivs hemma i vardagsrummet.",
        (
            "Öh, jag var där strax innan sex, precis när de höll på att ta in hinkarna från "
            "trottoaren."
        ),
        "Jag önskar att de hade lite billigare småbuketter, sådana man köper en vanlig tisdag.",
        "Blomjorden fick jag köpa på Plantagen, men krukan köpte jag här.",
        "Det satt en affisch om Mors dag med en tecknad igelkott som höll en blomma.",
        (
            "Förra buketten vissnade fort, de tar ju inte tillbaka blommor, men när jag sa till "
            "fick jag en påse blomsternäring."
        ),
        (
            "Jag cyklade dit i duggregn med buketten i korgen, och den klarade sig fint hela vägen "
            "hem."
        ),
        "Den äldre damen som jobbar där, hon är nog runt sjuttio, vet allt om pelargoner.",
        (
            "Vi behövde tjugofem bordsdekorationer till ett bröllop och de fixade alltihop, det "
            "kostade runt sextusen."
        ),
    ),
    # Shoe shop.
    "skor": (
        (
            "Jag frågade om de kunde laga klacken på mina gamla stövlar, men det gör de inte, så "
            "de skickade mig till skomakaren på Kungsgatan."
        ),
        (
            "Min son växer som ogräs, vi köper nya skor varannan månad, och han provade fem par "
            "innan han var nöjd."
        ),
        (
            "Expediten, Oskar, mätte hans fot med en sådan där fotmätare och skojade om att han "
            "hade fötter som en hobbit."
        ),
        (
            "Jag lämnade tillbaka ett par sneakers som jag inte använt, med kvittot, och fick "
            "pengarna tillbaka direkt."
        ),
        "Vinterkängorna kostade nästan tvåtusen, priserna har verkligen skjutit i höjden.",
        (
            "Jag behövde skyddsskor till jobbet, men sådana med stålhätta har de inte, de tipsade "
            "om en arbetskläderbutik i industriområdet."
        ),
        "Det var slaskigt ute, så golvet var fullt av grus och snömodd, men de torkade hela tiden.",
        (
            "Det tog en evighet att hitta rätt storlek, fyrtiotvå och ett halvt, men till slut "
            "fanns de på lagret."
        ),
        "Impregneringssprayen fick jag köpa till, den ingick inte, men det var inga konstigheter.",
        "Öh, jag kom in tio minuter före stängning och de var snälla, ingen stressade mig.",
        "Min dotter dansade runt i butiken i sina nya gympaskor som om hon var en ballerina.",
        "En tv-skärm visade reklam för löparskor med en löpare i slow motion.",
        "Kassan krånglade och kvittot skrevs inte ut, så de mejlade det till mig istället.",
        "Om jag fick önska skulle det finnas fler bänkar att sitta på när man provar.",
        (
            "Jag har köpt skor där i tjugo år, jag brukar skämta om att jag har slitit ut fler "
            "skor där än jag haft frisyrer."
        ),
        "Jag tog spårvagnen dit, det tar tio minuter från Centralen.",
        "Förlåt, jag sa damskor, jag menar barnavdelningen, det var där det var stökigt.",
        "Skokrämen vid disken luktade starkt, men det hör väl till.",
        "En liten hund sprang in efter sin matte och nosade på alla skor på herravdelningen.",
        (
            "Jag köpte tre par till barnen och ett par till mig själv, alltså, det blev ungefär "
            "tretusen kronor totalt."
        ),
    ),
    # Consumer electronics store.
    "elektronik": (
        (
            "Jag frågade om de hade Playstation till min son, men spelkonsoler säljer de inte, "
            "killen tipsade om en spelbutik i Knalleland."
        ),
        (
            "Tv-väggen var som ett fyrverkeri, alltså femtio skärmar som visade samma naturfilm "
            "med pingviner."
        ),
        (
            "Mobilen hade spräckt skärm och de skickade in den på service, den kom tillbaka efter "
            "en vecka."
        ),
        (
            "Tvättmaskinen levererades hem för fyrahundranittiofem, och killarna bar upp den tre "
            "trappor utan att klaga."
        ),
        (
            "Öh, alltså, jag förstod inte skillnaden mellan två laptops, men Ahmed, han var kanske "
            "tjugofem, förklarade i ett nafs."
        ),
        (
            "Jag lämnade tillbaka ett par hörlurar efter två veckor, det var öppet köp, så inga "
            "problem."
        ),
        (
            "Priserna på datorer har skjutit i höjden, jag betalade trettontusen för en helt "
            "vanlig laptop."
        ),
        (
            "Självscanningskassan hängde sig två gånger, så jag fick gå till kundtjänst och betala "
            "där."
        ),
        (
            "Min dotter, hon är fem, stod och sjöng med i en musikvideo som gick på en av "
            "tv-apparaterna."
        ),
        (
            "Jag skojade med expediten om att jag behövde en dator som gör min deklaration åt mig, "
            "och han sa att den inte finns än."
        ),
        (
            "Det var rena djungeln av sladdar och laddare, jag hittade inte rätt USB-C-kabel utan "
            "hjälp."
        ),
        "Förra Black Friday var kön en mil lång, men den här gången gick det snabbt.",
        "Kylskåpet vi köpte var lite mindre än jag trodde, men det passar i köket.",
        (
            "Jag kom strax före åtta när de stänger, och han hjälpte mig ändå att bära ut tv:n "
            "till bilen."
        ),
        (
            "Jag hade kollat priset hemma på nätet, och de matchade det utan att jag ens behövde "
            "tjata."
        ),
        "Det regnade, så jag lade tv-kartongen i en sopsäck i bilen för säkerhets skull.",
        "Om jag fick önska skulle de ha fler hörlurar uppkopplade så man kan provlyssna.",
        "Mobilskalet till min modell var slut, så jag beställde det på nätet istället.",
        (
            "Min pappa, han är åttio, behövde hjälp att ställa in sin nya telefon, och de satt med "
            "honom en halvtimme."
        ),
        (
            "På en kartong fanns en tecknad robot som gjorde tummen upp, det var en "
            "robotdammsugare, och min son ville ha den direkt."
        ),
    ),
    # Petrol station with shop and car wash.
    "bensinstation": (
        (
            "Jag körde igenom tvätten med premiumprogrammet för hundraåttionio, och bilen blev "
            "blank som en spegel."
        ),
        (
            "Min unge satt i baksätet och skrek av glädje när borstarna kom, han tror att det är "
            "ett monster som kramar bilen."
        ),
        (
            "Jag frågade om de kunde titta på ett konstigt ljud i motorn, men de har ingen "
            "verkstad, så han tipsade om en bilverkstad längre ner på vägen."
        ),
        "Kortläsaren på pump fyra fungerade inte, så jag fick flytta bilen till pump två.",
        (
            "Bensinpriset har skjutit i höjden, jag tankade för nästan niohundra kronor och tanken "
            "blev inte ens full."
        ),
        (
            "Tjejen i kassan bad om legget när min kompis köpte snus, och han är tjugotre, men det "
            "är bra att de kollar."
        ),
        (
            "Jag hade velat äta en riktig lunch, men de har bara mackor, så det blev en ostfralla "
            "och en kaffe."
        ),
        "Kaffet var starkt som bara den, det höll mig vaken hela vägen till Sundsvall.",
        "Det var snöstorm ute, och folk kom in och stampade av sig snön som små jultomtar.",
        (
            "Jag kom till tvätten kvart i tio och den hade stängt, men butiken var öppen, så jag "
            "köpte spolarvätska."
        ),
        "Hunden satt i framsätet och skällde på tvättborstarna hela tiden.",
        (
            "Öh, jag stannade bara för att gå på toa och köpa en korv, nej förresten, en macka, de "
            "har ju ingen korv."
        ),
        (
            "Det satt en affisch vid dörren med en tecknad bil som log och sa 'tvätta mig', lite "
            "barnslig men kul."
        ),
        (
            "Vi var på väg till fjällen, fem personer och en hund i en Volvo, så vi köpte en hel "
            "kasse godis."
        ),
        (
            "Killen i kassan, Emil, skämtade om att vår bil var så smutsig att man kunde odla "
            "potatis på den."
        ),
        (
            "Luftmätaren vid däckpumpen visade fel tryck, men killen kom ut och hjälpte mig mäta "
            "med en egen mätare."
        ),
        "Om jag fick önska skulle de ha en laddstolpe för elbilar också.",
        "Toaletten var ren, vilket inte är en självklarhet på en mack.",
        (
            "Jag tankade på en annan mack förra veckan, men här är dieseln billigare, så nu "
            "stannar jag här."
        ),
        "En tv-skärm ovanför kassan visade skidskytte, och alla i kön stod och tittade.",
    ),
    # Optician.
    "optiker": (
        (
            "Jag bokade en synundersökning och betalade fyrahundranittiofem, och optikern var "
            "jätteprofessionell."
        ),
        (
            "Min yngsta är sex, så honom kunde de inte undersöka, de tipsade om ögonmottagningen "
            "på barnkliniken istället."
        ),
        (
            "Jag frågade om de hade hörapparater till min pappa, men det har de inte, så de "
            "skickade oss till en hörselklinik."
        ),
        "Glasögonen var klara efter åtta dagar, precis som de lovat.",
        (
            "Det fanns tusen bågar på väggen, alltså inte på riktigt, men det kändes så, som en "
            "godisbutik för vuxna."
        ),
        (
            "Jag provade ett par runda bågar och min man sa att jag såg ut som Harry Potter, vi "
            "skrattade gott."
        ),
        "Priserna på progressiva glas har skjutit i höjden, det blev runt sextusen med bågar.",
        (
            "Öh, jag läste bokstäverna på tavlan och var helt säker på ett E, men det var tydligen "
            "ett F."
        ),
        "Maskinen som blåser luft i ögat fick mig att hoppa till som en skrämd katt.",
        "Optikern, Karin, hon var kanske femtio, förklarade allt lugnt och med ett leende.",
        (
            "Kontaktlinserna jag testade var sköna, men det tog en evighet att få in dem första "
            "gången."
        ),
        "Det regnade, och mina gamla glasögon immade igen varje gång jag kom in i värmen.",
        "Det satt en affisch med en uggla med jättestora glasögon, den var gullig.",
        (
            "Jag kom fem minuter innan stängning för att hämta glasögonen, och de justerade "
            "skalmarna ändå."
        ),
        "Jag hade köpt ett par läsglasögon på en mack tidigare, men de här är en helt annan sak.",
        "Betalterminalen tappade uppkopplingen, så vi fick vänta fem minuter innan den kom igång.",
        (
            "Min dotter, hon är tolv, fick göra synundersökning och var stolt som en tupp över "
            "sina nya bågar."
        ),
        "Om jag fick önska skulle de ha lite fler billiga barnbågar.",
        "Jag tog bussen dit, tjugo minuter, och läste alla skyltar på vägen för att testa min syn.",
        "De putsade mina gamla glasögon gratis medan jag väntade, en fin gest.",
    ),
    # Toy shop.
    "leksaker": (
        "Min son stod framför legohyllan som om det var julafton, han ville ha allt.",
        "Presentinslagningen kostade tjugo kronor och hon gjorde en fin rosett.",
        (
            "Jag frågade om de hade tv-spel, men sådana har de inte, tjejen tipsade om en "
            "spelbutik i gallerian."
        ),
        (
            "Kartongen till en docka hade en bild på en prinsessa som flög på en enhörning, och "
            "dottern trodde först att dockan kunde flyga."
        ),
        (
            "En leksaksrobot som stod framme som demo pep och stannade när min son tryckte på den, "
            "batteriet var nog slut."
        ),
        "Öh, det var rena kaoset, barn överallt, som en myrstack bland brädspelen.",
        "Jag bytte ett pussel vi fått dubbelt på kalaset, vi hade kvittot och det gick smidigt.",
        "Priset på Lego har skjutit i höjden, ett mellanstort set kostade nästan åttahundra.",
        "Jag önskar att de hade en liten lekhörna, barnen blir uttråkade när vi står och väljer.",
        (
            "Expediten, Johan, han är säkert sextio, var som en farfar och visade barnen hur en "
            "jojo fungerar."
        ),
        (
            "Vi köpte julklappar till sex barnbarn för ungefär femtusen, jag skäms lite, men det "
            "var värt det."
        ),
        (
            "Det stod en jättestor uppblåsbar dinosaurie i skyltfönstret som reklam för sommarens "
            "leksaker."
        ),
        (
            "Jag skämtade med min fru om att jag själv ville ha den radiostyrda bilen, men den "
            "fick jag inte för henne."
        ),
        (
            "Jag kom in tio minuter innan stängning för en sista minuten-present, och hon slog in "
            "den i ett nafs."
        ),
        "Det var blött och slaskigt ute, så barnvagnen lämnade stora spår på golvet.",
        (
            "Min dotter testade en leksakstelefon som sa 'hello' på engelska, och hon svarade "
            "'hello' tillbaka."
        ),
        (
            "Jag letade efter en speciell expansion till ett brädspel men den var slut, och de "
            "ringde när den kom in."
        ),
        "Vår hund fick följa med in, och han blev helt fascinerad av en gosedjurshund på en hylla.",
        "Spelet vi köpte var jätteroligt, vi satt och spelade det hela kvällen hemma.",
        "Kortautomaten krånglade, men det löste sig när hon startade om den.",
    ),
    # Clothing store (adult fashion).
    "klader": (
        (
            "Man fick bara ta in fem plagg i provrummet, så jag fick gå fram och tillbaka några "
            "gånger, men det gick bra."
        ),
        (
            "Jag frågade om de hade barnkläder till mitt barnbarn, men det har de inte, tjejen "
            "tipsade om en butik längre ner på gatan."
        ),
        (
            "Byxorna var för långa och de syr inte upp, så min mamma fick fixa det hemma med "
            "symaskinen."
        ),
        "Kön till provrummen var en mil lång den lördagen, rena folkvandringen.",
        (
            "Expediten, Fatima tror jag, gav mig ärliga råd med ett leende och sa att den gröna "
            "tröjan inte var min färg."
        ),
        (
            "Jag bytte en rea-jacka efter tio dagar och det gick bra, jag visste att det är "
            "kortare tid på rean."
        ),
        "Priserna på jeans har skjutit i höjden, ett par kostar nästan tusen nu.",
        (
            "Larmbågen tjöt när jag gick ut, de hade glömt ta bort ett larm, men de fixade det "
            "direkt och bad om ursäkt."
        ),
        "Öh, jag tror jag var där runt fyra, fast kanske lite senare, det var redan mörkt ute.",
        (
            "Det satt en reklamskylt med en modell i gul regnrock mitt i en storm, och ute regnade "
            "det på riktigt, så det passade."
        ),
        (
            "Min man satt på en stol utanför provrummet och spelade på mobilen, som alla män gör, "
            "om man ska skämta lite."
        ),
        "Om jag fick önska skulle det finnas fler stora storlekar på herravdelningen.",
        (
            "Jag kom in precis innan de stängde, och de låste dörren efter mig men lät mig handla "
            "klart."
        ),
        "Barnvagnen fick knappt plats mellan klädställningarna, det var lite trångt.",
        "Musiken var så hög att jag nästan fick skrika till expediten.",
        (
            "Jag hade sett kappan på deras Instagram, och den fanns i butiken, i min storlek till "
            "och med."
        ),
        "Jag köpte en kostym till min brors bröllop, och den satt som gjuten.",
        (
            "Självbetjäningskassan vägrade läsa streckkoden på ett linne, så jag fick gå till den "
            "bemannade."
        ),
        "Jag åkte tåg från Lund bara för att handla där, det är väl värt en resa.",
        (
            "Min dotter på fyra gömde sig bland klänningarna och lekte kurragömma tills jag "
            "hittade henne."
        ),
    ),
    # Sports store.
    "sport": (
        (
            "Jag lämnade in längdskidorna för vallning, tvåhundrafemtio kronor, och de var klara "
            "dagen efter."
        ),
        (
            "Jag frågade efter ett gevärsfodral till min svåger, men jakt har de inte, så de "
            "tipsade om en jaktbutik i Holmsund."
        ),
        "Löpanalysen på bandet var gratis eftersom jag köpte skor, och tjejen filmade mina steg.",
        (
            "Jag ville hyra skidor åt kusinerna, men de hyr inte ut, så de tipsade om skidbacken "
            "som har uthyrning."
        ),
        "Det var minus tjugo ute, så alla stod och tinade innanför dörren en stund.",
        "Skidorna jag köpte glider som smör, om jag får säga så.",
        (
            "Min son sparkade iväg en fotboll i gången och den rullade ända fram till kassan, men "
            "personalen skrattade bara."
        ),
        "Priserna på pjäxor har skjutit i höjden, mina kostade nästan fyratusen.",
        "Öh, förlåt, jag menar inte löparskorna utan terrängskorna, det var de som var för smala.",
        "Det hängde en affisch med en backhoppare som flög genom luften, den var snygg.",
        (
            "En i personalen, Per, han är väl sextio, har åkt Vasaloppet tjugo gånger och gav mig "
            "massor av tips."
        ),
        "Kortterminalen hängde sig, så vi fick vänta en stund i kassan.",
        (
            "Jag skämtade om att jag ska åka Vasaloppet nästa år, och killen lovade att hålla "
            "tummarna."
        ),
        "Jag kom kvart innan stängning, och de hjälpte mig ändå att prova pjäxor.",
        "Om jag fick önska skulle de ha fler handskar i små storlekar.",
        "Hunden väntade i bilen med sitt täcke, det var bara några minusgrader den dagen.",
        "Jag hade köpt skor på nätet som inte passade, så den här gången ville jag prova i butik.",
        "Vi handlade inför fjällresan för hela familjen, fyra personer, för ungefär tolvtusen.",
        "Det var rena djungeln bland löparskorna, jag hittade inte mitt nummer utan hjälp.",
        (
            "Tv:n vid kassan visade skidskytte, och halva kön stod och tittade istället för att "
            "betala."
        ),
    ),
    # Garden centre (handelsträdgård).
    "handelstradgard": (
        (
            "Jag köpte tjugo säckar jord och fick dem levererade för trehundranittiofem, de "
            "ställde dem vid garaget."
        ),
        (
            "Jag frågade efter en soffa till altanen, men möbler säljer de inte, så han tipsade om "
            "en annan butik."
        ),
        "Växthuset var som en tropisk djungel, varmt och fuktigt, så mina glasögon immade igen.",
        "Ett äppelträd dog förra året, och jag fick ett nytt på garantin, jag hade sparat kvittot.",
        "Hunden var med i koppel och fick en vattenskål vid kassan.",
        (
            "Jag kom för sent till växthuset som hade stängt, men ute i plantskolan kunde jag "
            "handla en timme till."
        ),
        "Priserna på plantor har skjutit i höjden, men kvaliteten är fin.",
        "Öh, jag köpte en, vad heter den, hortensia, nej, rhododendron, den med lila blommor.",
        (
            "Min dotter, hon är fem, vattnade blommorna med en liten vattenkanna som personalen "
            "lånade ut."
        ),
        "Det var en sådan vårdag när solen skiner och alla ska plantera, så parkeringen var full.",
        (
            "Trädgårdsmästaren, Gunnar, han är sjuttiofem och är där varje dag, skojade om att han "
            "själv är en perenn."
        ),
        "Den elektriska kärran för jordsäckarna hade laddat ur, så vi fick bära allt.",
        "Vi gör om hela trädgården, femtio buskar och tre träd, det blev runt femtontusen.",
        "Jag önskar att de hade fler bänkar i skuggan, det var varmt.",
        (
            "Det fanns en stor affisch med en tomatplanta lika hög som ett hus, reklam för något "
            "gödsel."
        ),
        "Trädgårdsmöblerna får jag köpa någon annanstans, men här köpte jag allt som ska växa.",
        "Kortläsaren ute i regnet funkade inte, så de tog betalt inne i kassan istället.",
        "Vi åkte från Malmö, fyrtio minuter med bil, för att de har ett så bra sortiment.",
        "Jag frågade om en sjuk ros och fick gödseltips på en gång.",
        "Barnen tyckte det bästa var att få åka i de stora vagnarna mellan buskraderna.",
    ),
    # Pizzeria.
    "pizzeria": (
        "Lunchpizzan för hundratio med sallad och dricka var ett riktigt fynd.",
        (
            "Vi var fyra och ville boka bord, men de bokar bara för sex eller fler, så vi kom ändå "
            "och fick bord direkt."
        ),
        "Jag frågade om de hade gin och tonic, men de har bara öl och vin, så det blev en öl.",
        (
            "Pizzan var så stor att den hängde över tallriken, barnen tyckte att den var stor som "
            "en ratt."
        ),
        (
            "Pizzabagaren, Ali, han har säkert varit där i tjugo år, snurrade degen i luften som "
            "en cirkusartist."
        ),
        "Öh, alltså, capricciosan var god, men lite väl mycket skinka för min smak.",
        "Kön till takeaway var en mil lång på fredagskvällen, men det gick fort ändå.",
        (
            "Förra veckan beställde vi hem via Foodora, i dag hämtade vi själva, och då var pizzan "
            "varmare."
        ),
        "Min son tappade sin glass på golvet och servitrisen gav honom en ny med ett leende.",
        "Tv:n på väggen visade fotboll, nej förresten, det var hockey, Brynäs spelade.",
        "Vi kom tio minuter innan de stängde och fick ändå våra pizzor, men vi tog dem med oss.",
        "Priserna har skjutit i höjden, en vanlig pizza på kvällen kostar runt hundrafyrtio nu.",
        "Det snöade ute, och det var skönt att sitta nära den varma ugnen.",
        "Jag skojade om att pizzan var så god att jag ville gifta mig med den.",
        "Kortläsaren fungerade inte, så vi betalade med Swish.",
        "Vi åkte buss dit, sex hållplatser från centrum.",
        "Jag önskar att de hade fler vegetariska pizzor på menyn.",
        "Min fru och jag firade vår bröllopsdag där, och de tände ett ljus på bordet åt oss.",
        (
            "Vi beställde tolv pizzor till kalaset, de var klara på en halvtimme, det blev runt "
            "artonhundra kronor."
        ),
        "Hunden fick vänta utanför med min man, det är en liten lokal.",
    ),
    # Gym.
    "gym": (
        "Jag köpte ett dagskort för hundrafemtio eftersom jag bara var i stan över helgen.",
        (
            "Jag frågade efter bastun efter passet, men de har ingen, så tjejen i receptionen "
            "tipsade om badhuset två kvarter bort."
        ),
        (
            "Spinningpasset var som att cykla uppför Mount Everest, instruktören Jenny var "
            "stenhård men peppande."
        ),
        "Min son är fjorton, så jag tränar tillsammans med honom, och det är faktiskt jättekul.",
        "Jag bokade passet i appen, men appen kraschade två gånger innan jag kom in.",
        "Det var trångt som i en sardinburk på gymgolvet vid femtiden.",
        (
            "Öh, ett av löpbanden stannade mitt i när jag sprang, det satt en lapp om att det var "
            "trasigt, men den såg jag inte först."
        ),
        "Duschen var varm och ren, vilket är viktigt för mig.",
        (
            "Jag skämtade med en kompis om att jag skulle lyfta hela viktstället, men jag nöjde "
            "mig med tjugo kilo."
        ),
        "Det snöade ute och jag gick dit, tio minuter, så jag var redan uppvärmd när jag kom.",
        "Receptionisten, Kalle, han är kanske tjugotvå, visade mig hur maskinerna fungerar.",
        "Det hänger en affisch med en muskulös tiger som lyfter skivstång, den är rätt rolig.",
        "Jag var där strax innan de stängde klockan tio och var helt ensam, härligt.",
        "Priserna på medlemskap har skjutit i höjden, men jag tycker att det är värt det.",
        (
            "Om jag fick önska skulle det finnas en liten pool, men jag förstår att det är ett "
            "annat slags ställe."
        ),
        "Tv:n över löpbanden visade nyheterna utan ljud, så jag läste textningen.",
        "En gång missade jag att avboka i tid, men det var mitt eget fel.",
        "Jag tränade på ett annat gym tidigare, men där var det alltid fullt.",
        "Vattenautomaten var trasig, så jag fick fylla flaskan i omklädningsrummet.",
        "Jag har tränat där i tre månader och gått ner sju kilo, så jag är nöjd.",
    ),
    # Paint and wallpaper shop (färghandel).
    "farghandel": (
        "Vi ska måla om hela huset, så vi köpte åttio liter fasadfärg, det blev nästan tjugotusen.",
        (
            "Jag köpte tre provburkar för femtionio kronor styck och målade provlappar på väggen "
            "hemma."
        ),
        (
            "Jag frågade om de hyrde ut en ställning till fasaden, men det gör de inte, killen "
            "tipsade om en uthyrningsfirma."
        ),
        (
            "Brytmaskinen skakade som en tvättmaskin i centrifugering, min son tyckte att det var "
            "det coolaste han sett."
        ),
        (
            "Jag fick fel nyans, men brutna färger tas ju inte tillbaka, så jag målade förrådet "
            "med den istället."
        ),
        "Det fanns så många vita nyanser att det var som en snöstorm, jag fattade inte skillnaden.",
        "Expediten, Maria, med sina trettio år i branschen, hittade rätt grå i ett nafs.",
        (
            "Jag frågade om laminatgolv när jag ändå var där, men golv har de inte, så jag fick "
            "åka till byggvaruhuset."
        ),
        "Öh, färgen heter något i stil med 'Morgondimma', nej, 'Morgondis' var det.",
        "Penslarna har blivit dyra, priserna har skjutit i höjden på allt.",
        "Tapetböckerna var tunga som tegelstenar, jag bläddrade i en hel timme.",
        (
            "Det satt en affisch med ett vardagsrum i knallgult som jag aldrig skulle våga, men "
            "den var snygg."
        ),
        "Jag kom in tio minuter innan stängning och de hann ändå bryta två burkar åt mig.",
        (
            "Hunden nosade på en nymålad provskiva vid disken och fick ett stänk vit färg på "
            "nosen, men det gick bort med vatten."
        ),
        (
            "Jag skämtade om att jag skulle måla hela lägenheten svart, och han sa att jag då "
            "behöver många lampor."
        ),
        "Det regnade, så vi fick vänta en stund med att lasta in färgburkarna i bilen.",
        "Jag önskar att de hade en större parkering, det är svårt att få plats med släpet.",
        "Målartejpen jag köpte här är mycket bättre än den jag hade från en annan butik.",
        (
            "Jag hade målat halva köket hemma när färgen tog slut, så jag åkte dit i målarkläder, "
            "lite pinsamt."
        ),
        (
            "Jag köpte golvfärg till källaren här, men själva golvmaterialet till hallen får jag "
            "leta på annat håll."
        ),
    ),
    # Bowling alley.
    "bowling": (
        "Vi bokade en bana på nätet för en timme, trehundrafemtio kronor, och skorna ingick.",
        "Jag slog tre strikar i rad, jag skojar inte, det har aldrig hänt förut.",
        (
            "Min sjuåring rullade klotet med rampen så sakta att vi nästan hann hämta läsk innan "
            "det nådde käglorna, på skämt sagt."
        ),
        (
            "Maskinen som ställer upp käglorna hakade upp sig på bana fyra, men personalen fixade "
            "det på fem minuter."
        ),
        (
            "Jag frågade om de hade pizza, men de serverar inte mat, så vi åt chips och beställde "
            "pizza hem efteråt."
        ),
        "Bowlingskorna luktade som bowlingskor alltid gör, men de var hela och rena.",
        "Arkadhallen blinkade som en julgran, och barnen sprang mellan spelautomaterna.",
        "Priserna har skjutit i höjden sen jag var liten, då kostade en bana typ hundra spänn.",
        "Öh, jag tror vi kom dit runt sju, nej, halv sju, för barnen skulle hem och sova.",
        (
            "Killen i personalen, Nicklas, kanske tjugo, skojade om att han sett bättre bowlare "
            "men också sämre."
        ),
        (
            "Vi var ett gäng från jobbet, tolv personer på tre banor, och det var en riktigt "
            "lyckad kväll."
        ),
        "Skärmen med poängen frös mitt i andra serien, så vi fick skriva resten på en servett.",
        "Tonåringarna fick lämna baren klockan åtta, de kollade noga, vilket jag tycker är bra.",
        "Det var ösregn ute, och alla kom in som dränkta katter.",
        "Om jag fick önska skulle de ha bättre ventilation, det blir varmt.",
        "Jag vann en gosedjursdelfin i en gripklo-automat efter tolv försök.",
        "Min pappa är sjuttiofem och bowlar fortfarande bättre än alla vi andra.",
        (
            "Jag var på ett annat bowlingcenter i Västerås förra månaden, och här var banorna "
            "mycket bättre skötta."
        ),
        "Vi tog bussen dit, och det var skönt att slippa bära egna klot, vi lånade ju där.",
        "Musiken dunkade som på ett diskotek, det var kul stämning.",
    ),
    # Cinema.
    "biograf": (
        "Barnbiljetterna kostade nittiofem kronor styck, det är ändå okej för två timmars lugn.",
        (
            "Jag frågade om filmen gick i 3D, men det visar de inte, så vi såg den i vanlig 2D och "
            "det var bra ändå."
        ),
        "Popcornhinken var så stor att man nästan behövde en skottkärra, men min son åt upp allt.",
        "Reklamen innan filmen höll på i en evighet, det kändes som en halvtimme.",
        (
            "Filmen handlade om en drake som tar över en stad, och min dotter gömde sig bakom "
            "jackan i hela slutscenen."
        ),
        (
            "Han som rev biljetterna, Theo, kanske sexton, kollade legget på min kusin eftersom "
            "filmen var från femton."
        ),
        (
            "Bilden slocknade mitt i filmen i några minuter, men sen kom den igång igen och vi "
            "fick fribiljetter."
        ),
        (
            "Öh, vi hade med oss egna godispåsar men fick lägga dem i väskan, medhavt är ju inte "
            "tillåtet, det stod på skylten."
        ),
        "Priserna i kiosken har skjutit i höjden, en läsk och popcorn kostade över hundra.",
        (
            "Det hängde en stor affisch med en superhjälte som flög över New York, och barnen "
            "poserade framför den."
        ),
        (
            "Jag skämtade med min fru om att vi borde se filmen tre gånger för att få valuta för "
            "pengarna."
        ),
        "Stolarna i stora salongen var sköna, man sjönk ner som i en säng.",
        "Det regnade ute, så det var perfekt bioväder.",
        "Vi kom precis innan filmen började och fick springa till salong två.",
        "Jag ville ta en öl, men de serverar inte alkohol, så det blev en Festis.",
        "Jag önskar att de hade fler sena visningar på vardagar.",
        "Vi var sju personer på kalaset, och de ordnade så att vi fick sitta bredvid varandra.",
        "Jag hade sett trailern hemma på tv, men på stor duk var det en helt annan upplevelse.",
        "Kortläsaren i kiosken fungerade inte, så vi fick betala i biljettkassan.",
        "Vi cyklade dit i snålblåsten, men det var värt det.",
    ),
}
