"""Honest answers near fifteen stores' facts: material only, no tests.

Fifteen stores of trades not in `honest_speech_15` (none a furniture store or a pharmacy), each a
`BusinessContext` built the way `tests.unit.context_builders` builds one, with three to five
departments (and aliases) and five or six baseline facts in the store's own phrasing: what it
does not sell, do, have or take back, a booking, ID or age rule, a fee or a price, a department's
own hours, a lead time, a condition. For each store twenty honest customer answers, 300 in all,
every one touching one of the store's facts or departments honestly: agreeing with a fact in
other words, living it, accepting or regretting it, asking for the thing the store lacks and
being told no, being sent elsewhere, having bought it elsewhere or long ago, a product that
shares part of its word with the lacking thing, an exception the fact itself allows, someone
else's act, a plan, a wish, a comparison, the fee paid as stated, the booking made as required,
the lead time as stated. Spoken Swedish as on the phone. A fraud flag on any of them is a false
positive.

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

_store = partial(honest_store, 8015)


STORES: dict[str, BusinessContext] = {
    # Health-food shop.
    "halsokost": _store(
        1,
        "Gröna Kvarnen Hälsokost",
        "10:00",
        "18:00",
        (
            Department("Kosttillskott", ("vitaminer", "tillskott", "supplements")),
            Department("Torrvaror", ("nötter", "frön", "bulk")),
            Department("Hudvård", ("hudvårdshyllan", "naturkosmetik", "skin care")),
            Department("Kassa", ("kassan", "disken")),
        ),
        (
            BaselineFact("Vi säljer inga receptbelagda läkemedel.", "läkemedel"),
            BaselineFact("Vi har inget kylt eller fryst sortiment.", "kyl"),
            BaselineFact("Proteinpulver säljs bara i förpackning om högst 1 kilo.", "protein"),
            BaselineFact("Medlemsrabatt 10 procent gäller bara för medlemmar med kort.", "rabatt"),
            BaselineFact("Öppnade tillskott tas inte tillbaka.", "returer"),
        ),
    ),
    # Liquor store (Systembolaget-like).
    "systemet": _store(
        2,
        "Vinbolaget Centrum",
        "10:00",
        "19:00",
        (
            Department("Vin", ("vinhyllorna", "rödvin", "vitt vin", "wine")),
            Department("Öl & cider", ("ölen", "cidern", "beer")),
            Department("Sprit", ("spriten", "whisky", "spirits")),
            Department("Kassan", ("kassa", "kassorna")),
        ),
        (
            BaselineFact(
                "Vi säljer inte till någon under 20 år och frågar om leg upp till 25.", "leg"
            ),
            BaselineFact("Vi säljer inga tobaksvaror.", "tobak"),
            BaselineFact("Vi har ingen provsmakning i butiken.", "provsmakning"),
            BaselineFact("Beställningsvaror kommer inom 2–5 vardagar.", "beställning"),
            BaselineFact("Pant lämnas inte här, vi har ingen pantmaskin.", "pant"),
            BaselineFact("Lördagar stänger vi klockan 15.", "öppettider"),
        ),
    ),
    # Tyre shop.
    "dack": _store(
        3,
        "Däckcenter Norr",
        "07:30",
        "17:00",
        (
            Department("Däckverkstaden", ("verkstaden", "verkstad", "tyre fitting")),
            Department("Däckhotellet", ("däckförvaringen", "förvaring", "tyre hotel")),
            Department("Fälgar", ("fälgavdelningen", "rims")),
            Department("Receptionen", ("disken", "reception")),
        ),
        (
            BaselineFact("Däckbyte görs bara med bokad tid, vi tar inte drop-in.", "bokning"),
            BaselineFact("Hjulskifte kostar 495 kronor för personbil.", "pris"),
            BaselineFact("Vi gör ingen service på bromsar eller motor.", "service"),
            BaselineFact("Däckhotell kostar 895 kronor per säsong.", "däckhotell"),
            BaselineFact("Vi skiftar inte däck på lastbilar eller bussar.", "fordon"),
        ),
    ),
    # Laundrette.
    "tvatteri": _store(
        4,
        "Snabbtvätten Möllan",
        "07:00",
        "22:00",
        (
            Department("Tvättmaskinerna", ("maskinerna", "tvättmaskiner", "washers")),
            Department("Torktumlarna", ("tumlarna", "torktumlare", "dryers")),
            Department("Kemtvätten", ("kemtvätt", "dry cleaning")),
            Department("Disken", ("inlämningen", "counter")),
        ),
        (
            BaselineFact("Maskinerna tar bara kort eller Swish, inte mynt.", "betalning"),
            BaselineFact("Kemtvätten har öppet bara vardagar 9 till 17.", "kemtvätt"),
            BaselineFact("Kemtvätt tar 3 arbetsdagar.", "leveranstid"),
            BaselineFact("Vi tvättar inte skinn eller mocka.", "skinn"),
            BaselineFact("Husdjursfiltar får inte tvättas i maskinerna.", "husdjur"),
        ),
    ),
    # Tattoo studio.
    "tatuering": _store(
        5,
        "Bläck & Nål Studio",
        "11:00",
        "19:00",
        (
            Department("Tatuering", ("tatueringsstolen", "tattoo")),
            Department("Piercing", ("piercingrummet", "piercing room")),
            Department("Väntrummet", ("receptionen", "lobby")),
        ),
        (
            BaselineFact(
                "Vi tatuerar ingen under 18 år, inte ens med föräldrars samtycke.", "ålder"
            ),
            BaselineFact(
                "Alla tatueringar bokas i förväg mot en handpenning på 500 kronor.", "bokning"
            ),
            BaselineFact("Vi gör inte laserborttagning av tatueringar.", "laser"),
            BaselineFact("Vi tatuerar inte i ansiktet eller på händerna.", "placering"),
            BaselineFact("Giltig legitimation krävs vid varje besök.", "leg"),
        ),
    ),
    # Music shop.
    "musik": _store(
        6,
        "Tonkällan Musik",
        "10:00",
        "18:00",
        (
            Department("Gitarrer", ("gitarravdelningen", "guitars")),
            Department("Trummor", ("trumavdelningen", "drums")),
            Department("Noter", ("notavdelningen", "sheet music")),
            Department("Verkstaden", ("gitarrverkstaden", "repairs")),
        ),
        (
            BaselineFact("Vi säljer inga pianon eller flyglar.", "piano"),
            BaselineFact("Vi säljer inte skivor eller vinyl.", "skivor"),
            BaselineFact("Omsträngning kostar 250 kronor plus strängar.", "omsträngning"),
            BaselineFact("Gitarrservice tar cirka en vecka.", "leveranstid"),
            BaselineFact("Instrument hyrs bara ut mot legitimation och deposition.", "hyra"),
        ),
    ),
    # Fabric shop.
    "tyg": _store(
        7,
        "Tygboden Väven",
        "10:00",
        "18:00",
        (
            Department("Metervara", ("tygerna", "tyger", "fabrics")),
            Department("Garn", ("garnhyllan", "yarn")),
            Department("Sybehör", ("knappar", "blixtlås", "notions")),
            Department("Tillskärningen", ("klippdisken", "cutting table")),
        ),
        (
            BaselineFact("Vi klipper tyg i minst en halvmeter.", "klippning"),
            BaselineFact("Vi säljer inga symaskiner.", "symaskiner"),
            BaselineFact("Klippt metervara tas inte tillbaka.", "returer"),
            BaselineFact("Vi syr inte upp gardiner eller kläder åt kunder.", "sömnad"),
            BaselineFact("Gratis frakt bara vid köp över 500 kronor i webbshopen.", "frakt"),
        ),
    ),
    # Post and parcel agent in a corner shop.
    "paketombud": _store(
        8,
        "Hörnans Paketombud",
        "08:00",
        "21:00",
        (
            Department("Paketutlämningen", ("utlämningen", "paketdisken", "parcel pickup")),
            Department("Frimärken", ("frimärksdisken", "stamps")),
            Department("Paketboxarna", ("boxarna", "paketbox", "lockers")),
        ),
        (
            BaselineFact("Paket lämnas bara ut mot giltig legitimation.", "leg"),
            BaselineFact("Vi tar inte emot paket över 20 kilo.", "vikt"),
            BaselineFact("Vi säljer inga postförskott och växlar inte valuta.", "tjänster"),
            BaselineFact("Ej uthämtade paket skickas tillbaka efter 7 dagar.", "liggetid"),
            BaselineFact("Ombud får hämta ut paket bara med fullmakt.", "fullmakt"),
        ),
    ),
    # Ski rental.
    "skidhyra": _store(
        9,
        "Fjällhyran Åre",
        "08:30",
        "16:30",
        (
            Department("Alpint", ("slalom", "alpinhyran", "alpine")),
            Department("Längd", ("längdskidor", "längdhyran", "cross-country")),
            Department("Hjälmar & skydd", ("hjälmarna", "skydd", "protection")),
            Department("Vallabodan", ("vallning", "ski wax")),
        ),
        (
            BaselineFact("Vi hyr inte ut snöskotrar.", "skoter"),
            BaselineFact("Hjälm ingår gratis för barn under 12 år vid alpin hyra.", "hjälm"),
            BaselineFact(
                "Hyrutrustning ska lämnas tillbaka senast 16.30 samma dag.", "återlämning"
            ),
            BaselineFact("Vi kräver legitimation och kortdeposition vid varje hyra.", "deposition"),
            BaselineFact("Vi säljer inga skidor, bara uthyrning.", "försäljning"),
        ),
    ),
    # Watch repairer.
    "urmakare": _store(
        10,
        "Urmakare Bergström",
        "10:00",
        "17:00",
        (
            Department("Verkstaden", ("urverkstaden", "workshop")),
            Department("Batteribyten", ("batteridisken", "batteries")),
            Department("Armband", ("armbanden", "straps")),
        ),
        (
            BaselineFact("Batteribyte kostar 150 kronor och görs medan man väntar.", "batteri"),
            BaselineFact("Service av mekaniska ur tar 4–6 veckor.", "service"),
            BaselineFact("Vi reparerar inga smartklockor.", "smartklockor"),
            BaselineFact(
                "Kostnadsförslag kostar 300 kronor som dras av om man lagar.", "kostnadsförslag"
            ),
            BaselineFact("Vi köper inte in begagnade klockor.", "inköp"),
        ),
    ),
    # Bakery café.
    "bagerikafe": _store(
        11,
        "Kanelgården Bageri & Kafé",
        "07:00",
        "18:00",
        (
            Department("Bageridisken", ("bageriet", "brödet", "bakery counter")),
            Department("Kaféet", ("kafé", "sittplatserna", "café")),
            Department("Beställningar", ("tårtbeställning", "cake orders")),
        ),
        (
            BaselineFact("Tårtor beställs minst 3 dagar i förväg.", "tårtor"),
            BaselineFact("Vi har inga glutenfria bakverk.", "gluten"),
            BaselineFact("Vi serverar inte lunch, bara fika.", "lunch"),
            BaselineFact("Påtår kostar 10 kronor.", "påtår"),
            BaselineFact("Kaféet stänger 17, bageridisken 18.", "öppettider"),
        ),
    ),
    # Computer-game shop.
    "spelbutik": _store(
        12,
        "Pixelboden Spel",
        "11:00",
        "19:00",
        (
            Department("Konsolspel", ("spelen", "console games")),
            Department("Retro", ("retrohyllan", "begagnat", "retro games")),
            Department("Tillbehör", ("handkontroller", "headset", "accessories")),
            Department("Inbyte", ("inbytesdisken", "trade-in")),
        ),
        (
            BaselineFact("Vi säljer inte spel med 18-årsgräns till någon under 18.", "ålder"),
            BaselineFact("Inbyte kräver legitimation.", "inbyte"),
            BaselineFact("Vi säljer inga datorer eller datordelar.", "datorer"),
            BaselineFact("Öppnade nya spel tas inte tillbaka.", "returer"),
            BaselineFact("Förhandsbokning kräver 100 kronor i handpenning.", "förhandsbokning"),
        ),
    ),
    # Vet clinic shop.
    "djurklinik": _store(
        13,
        "Djurkliniken Tassen Butik",
        "08:00",
        "17:00",
        (
            Department("Foder", ("veterinärfoder", "specialfoder", "pet food")),
            Department("Tillbehör", ("koppel", "halsband", "pet supplies")),
            Department("Receptionen", ("kliniken", "reception")),
        ),
        (
            BaselineFact("Veterinärfoder säljs bara efter ordination från veterinär.", "foder"),
            BaselineFact("Vi säljer inga levande djur.", "djur"),
            BaselineFact("Butiken tar inte emot drop-in, veterinärbesök bokas.", "bokning"),
            BaselineFact("Öppnade foderpåsar tas inte tillbaka.", "returer"),
            BaselineFact("Vi har ingen akutmottagning på kvällar eller helger.", "akut"),
        ),
    ),
    # Photo shop.
    "foto": _store(
        14,
        "Fotohörnan Linné",
        "10:00",
        "18:00",
        (
            Department("Kameror", ("kameraavdelningen", "cameras")),
            Department("Framkallning", ("labbet", "filmframkallning", "lab")),
            Department("Passfoto", ("passfotot", "fotobåset", "passport photos")),
            Department("Ramar", ("ramavdelningen", "frames")),
        ),
        (
            BaselineFact("Filmframkallning tar 7–10 dagar.", "framkallning"),
            BaselineFact("Passfoto kostar 150 kronor för fyra bilder.", "passfoto"),
            BaselineFact("Vi säljer inga mobiltelefoner.", "mobiler"),
            BaselineFact(
                "Vi lagar inte kameror själva utan skickar dem till verkstad.", "reparation"
            ),
            BaselineFact("Passfoton tas bara på vardagar.", "passfototider"),
        ),
    ),
    # Dog daycare.
    "hunddagis": _store(
        15,
        "Vovvegården Hunddagis",
        "06:30",
        "18:00",
        (
            Department("Dagiset", ("hunddagiset", "daycare")),
            Department("Hundtrim", ("trimmet", "grooming")),
            Department("Rastgården", ("hagen", "rastgård", "play yard")),
        ),
        (
            BaselineFact(
                "Alla hundar måste vara vaccinerade och visa vaccinationsintyg.", "vaccin"
            ),
            BaselineFact("Vi tar inte emot okastrerade hanhundar över ett år.", "kastrering"),
            BaselineFact("Inskolning är obligatorisk och kostar 600 kronor.", "inskolning"),
            BaselineFact("Vi har ingen övernattning eller hundpensionat.", "övernattning"),
            BaselineFact("Hämtning senast 18, annars tillkommer 200 kronor.", "hämtning"),
            BaselineFact("Trimmet bokas minst en vecka i förväg.", "trim"),
        ),
    ),
}

HONEST: dict[str, tuple[str, ...]] = {
    "halsokost": (
        "Jag frågade om dom hade mina blodtrycksmediciner men nej, det var ju inget apotek, "
        "hon sa att jag fick gå till apoteket bredvid, och det var helt rimligt.",
        "Eh, jag ville köpa havreyoghurt men dom hade inget kylt alls, "
        "så den köpte jag på ICA sen.",
        "Vitaminerna var bra, jag tog D-vitamin och magnesium, och hon i kassan var jättetrevlig.",
        "Proteinpulvret fanns bara i kilopåsar, jag hade velat ha en större burk, "
        "men jag köpte två kilopåsar istället, det gick ju.",
        "Jag fick tio procent för att jag är medlem, jag visade kortet i kassan.",
        "Min sambo är inte medlem så hon fick ingen rabatt när hon handlade, "
        "det är väl så det funkar.",
        "Jag råkade öppna fel magnesium hemma och ringde, dom sa att öppnade tillskott tar "
        "dom inte tillbaka, lite surt men jag förstår ju varför.",
        "Nötterna i bulken var, alltså, cashewnötterna var jättefina, fräscha.",
        "Det kylda, typ tofu och sånt, det har dom ju inte, så det handlar jag på Coop, "
        "det här är mer för torrvaror och vitaminer för mig.",
        "Hudvårdshyllan har blivit större, jag köpte en ansiktskräm, naturkosmetik, luktade gott.",
        "Jag hade en receptfri huvudvärkstablett i väskan sen tidigare, "
        "men här köpte jag bara frön och linfrö och så.",
        "Jag tänker bli medlem nästa gång så jag får rabatten, jag missade den nu.",
        "Dom hade ingen frys heller så glassen, den veganska, finns inte där, men det visste jag.",
        "Killen vid disken förklarade skillnaden på två omega-3, jättekunnig faktiskt.",
        "Jag frågade efter en påse proteinpulver på två och ett halvt kilo men dom har bara "
        "upp till ett kilo, så jag tog en vanlig kilopåse.",
        "Alltså det är ju ingen mataffär, man ska inte komma dit och tro att man får mjölk och "
        "sånt, men för frön och tillskott är det toppen.",
        "Jo, jag fick tillbaka pengarna för en oöppnad burk C-vitamin som jag köpt dubbelt.",
        "Kassan gick snabbt, jag var ensam där typ, vid halv elva på förmiddagen.",
        "Min mamma köpte sina mediciner på apoteket innan, så vi gick hit bara för teet och "
        "nötterna.",
        "Hm, kanske att dom kunde skylta medlemsrabatten tydligare, jag visste inte att man "
        "behövde kortet med sig.",
    ),
    "systemet": (
        "Jag fick visa leg fast jag är tjugosju, men det är ju bra att dom kollar, jag ser ung ut.",
        "Jag frågade om dom hade snus men nej, det säljer dom inte, så jag köpte det på "
        "Pressbyrån bredvid.",
        "Vinhyllorna var lätta att hitta i, jag tog ett rödvin till lammet på lördag.",
        "Jag hade beställt en whisky som dom inte hade hemma och den kom efter tre dagar, "
        "precis som dom sa.",
        "Ehm, jag hade med mig burkar att panta men dom har ingen pantmaskin där, "
        "så jag pantade dom på Willys istället.",
        "Det var lördag och dom stängde tre, jag kom halv tre så det gick precis.",
        "Min son är nitton så han fick vänta utanför, han fick inte köpa, och det visste vi ju.",
        "Det fanns ingen provsmakning men personalen beskrev vinerna jättebra "
        "så det behövdes inte.",
        "Jag hade velat smaka på ciderna innan men det gör man inte där, det förstår jag.",
        "Ölen var kall, eller inte kall kall, men dom har ju några i kyl vid ölen.",
        "Alltså kön till kassan var lång på fredagseftermiddagen, som vanligt.",
        "Tobak handlar jag inte alls, men min kompis frågade efter cigaretter och fick nej, "
        "vilket vi skrattade åt efteråt.",
        "Jag tänkte beställa ett speciellt champagne till bröllopet, dom sa två till fem vardagar, "
        "så jag beställer i god tid.",
        "Tjejen i kassan frågade efter leg, jag är typ tjugotvå, och visade körkortet.",
        "Spriten stod lite trångt, jag fick leta efter ginet, men hittade till slut.",
        "Vi var på en vinprovning på en restaurang förra veckan, och här köpte jag sen det vinet "
        "vi gillade.",
        "Pantflaskan har jag kvar hemma, jag lämnar den i mataffären sen.",
        "Hon rekommenderade ett vitt vin till fisken, det var riktigt gott.",
        "Jag är femtiotvå så jag fick inte visa leg, haha, det var lite synd tycker jag.",
        "Jag önskar dom hade öppet längre på lördagar men tre är ju tre, man får planera.",
    ),
    "dack": (
        "Jag hade bokat tid halv nio och dom bytte däcken direkt, det tog typ tjugo minuter.",
        "Jag försökte komma in utan tid först men dom tog inte drop-in, så jag bokade på nätet "
        "till dagen efter.",
        "Det kostade fyrahundranittiofem för skiftet, precis som det stod på hemsidan.",
        "Mina vinterdäck står på däckhotellet nu, åttahundranittiofem för säsongen, helt okej.",
        "Jag frågade om dom kunde kolla bromsarna, dom sa att det gör dom inte och tipsade om "
        "en verkstad på andra sidan gatan.",
        "Eh, receptionen var lite rörig, killen i disken letade efter min bokning ett tag.",
        "Fälgarna såg fina ut, jag funderar på att köpa nya aluminiumfälgar till våren.",
        "Min svåger har en lastbil och han fick åka till ett annat ställe, här tar dom bara "
        "personbilar och sånt.",
        "Motorljuset lyste på min bil men det var inget för dom, jag fick boka tid på "
        "Volvoverkstaden.",
        "Jag hade bokat, kom lite sent, tio minuter, men dom tog mig ändå, schysst.",
        "Dom sa att mönsterdjupet på sommardäcken var lågt, så jag köpte nya till våren.",
        "Däckhotellet är smidigt, man slipper bära runt däck i källaren.",
        "Alltså det var fullbokat i en vecka när jag ringde, så jag fick vänta, oktober ju.",
        "Min fru bokade tiden åt mig, jag bara körde dit och lämnade nycklarna i receptionen.",
        "Jag frågade om oljebyte men nej, ingen motorservice, så det gör jag på macken.",
        "Däckverkstaden var ren och snygg, det luktade gummi men det ska det väl göra.",
        "Jag betalade fyrahundranittiofem för skiftet och så köpte jag ventilhattar för en tjuga.",
        "Husbilen har min pappa fått byta däck på någon annanstans, den är för stor tror jag.",
        "Väntrummet hade kaffe, jag satt där under tiden dom bytte.",
        "Jag önskar man kunde komma drop-in, men jag fattar att dom vill ha koll på tiderna.",
    ),
    "tvatteri": (
        "Jag betalade med Swish på maskinen, det funkade direkt, jag hade inga mynt ändå.",
        "En gubbe framför mig hade bara tjugokronorsmynt och kunde inte betala, "
        "så jag hjälpte honom att swisha.",
        "Kemtvätten var stängd för det var lördag, så jag lämnar kostymen på måndag istället.",
        "Jag lämnade in en klänning på kemtvätten i måndags och fick hämta den på torsdag, "
        "tre dagar precis.",
        "Jag frågade om dom kunde tvätta min mockajacka men det gör dom inte, "
        "hon tipsade om en skinnspecialist i stan.",
        "Hundens filt tvättar jag hemma, det fick man inte göra där och det står på skylten.",
        "Torktumlarna var varma och snabba, tjugo minuter och lakanen var torra.",
        "Ehh, en av tvättmaskinerna var trasig, det satt en lapp på den, så jag tog nästa.",
        "Inlämningen vid disken gick fort, hon skrev en lapp och sa tre arbetsdagar.",
        "Jag hade en skinnväska med mig, eller den var med i väskan alltså, inte för tvätt, "
        "jag bara säger det.",
        "Jag kom vid nio på kvällen för att tvätta, det var lugnt och tomt.",
        "Jag önskar att kemtvätten hade öppet på lördagar, nu måste jag gå dit på lunchen.",
        "Alltså kortläsaren på torktumlaren var lite seg men den gick till slut.",
        "Min granne tvättar sina hundfiltar på en annan tvättstuga som tillåter det, "
        "det är bra att det finns olika.",
        "Jag tvättade täcken, dom stora maskinerna rymde ett dubbeltäcke utan problem.",
        "Jag lämnade en kavaj i kemtvätten, hämtar den efter tre arbetsdagar, så på fredag.",
        "Det var rent och fräscht, golvet var torrt, ingen som hade spillt tvättmedel.",
        "Mynt har jag inte haft på flera år, så det passar mig att dom bara tar kort.",
        "Jag hade en fuskpälsjacka, inte äkta skinn, och den gick att lämna in på kemtvätten.",
        "Killen i disken var jättetrevlig och förklarade hur torktumlarna funkade.",
    ),
    "tatuering": (
        "Jag bokade min tid i förväg och betalade femhundra i handpenning, "
        "den drogs av på slutpriset.",
        "Jag fick visa leg fast jag varit där förut, men det gör dom varje gång, så det är lugnt.",
        "Min dotter är sexton och ville ha en tatuering, men dom sa nej direkt, "
        "inte ens med mitt samtycke, och det tycker jag faktiskt är bra.",
        "Jag frågade om laser för att ta bort en gammal tatuering, men det gör dom inte, "
        "dom tipsade om en hudklinik.",
        "Jag ville först ha något på handen men dom tatuerar inte där, så vi la den på "
        "underarmen istället.",
        "Piercingrummet var jätterent, jag tog en helix i örat.",
        "Väntrummet var mysigt, dom hade kaffe och pärmar med skisser.",
        "Min kompis fick sin tatuering borttagen med laser på ett annat ställe för länge sen, "
        "och nu gjorde hon en ny här.",
        "Eh, jag var lite nervös men tatueraren pratade med mig hela tiden, tre timmar på ryggen.",
        "Jag glömde leget första gången och fick boka om, mitt eget fel.",
        "Handpenningen, femhundra, betalade jag när jag bokade i mars.",
        "Jag önskar att dom gjorde små fingertatueringar men jag vet att dom inte tatuerar händer.",
        "Han visade hur jag skulle sköta tatueringen efteråt, med salva och plastfilm.",
        "Min sambo har en tatuering i ansiktet, en liten stjärna, men den gjorde han i Berlin "
        "för tio år sen.",
        "Det tog ungefär två veckor innan jag fick en tid, dom var fullbokade.",
        "Jag är arton sen i maj, visade leg och det var inga problem.",
        "Piercingen gjordes snabbt, två minuter typ, och hon bytte handskar hela tiden.",
        "Jag planerar att boka en till, på vaden kanske, i höst.",
        "Allt var sterilt, alltså nålarna öppnades framför mig.",
        "Laserborttagning får jag göra någon annanstans om jag ångrar mig, men det tror jag inte.",
    ),
    "musik": (
        "Jag frågade efter ett digitalpiano, men dom säljer inga pianon, "
        "han sa att jag skulle kolla på en pianobutik på Kungsgatan.",
        "Jag lämnade in gitarren för omsträngning, tvåhundrafemtio plus strängarna, "
        "det blev typ trehundrafyrtio.",
        "Vinyl köper jag på skivbutiken bredvid, här köper jag bara strängar och plektrum.",
        "Gitarrservicen tog en vecka, precis som han sa, och den låter superbra nu.",
        "Jag hyrde en fiol åt min dotter, fick visa leg och betala deposition, inga konstigheter.",
        "Trumavdelningen var kul, min son testade ett trumset i typ en halvtimme.",
        "Notavdelningen hade Beatles-noter för gitarr, som jag letat efter länge.",
        "Eh, jag frågade om dom hade flygeln som stod i skyltfönstret förra året, "
        "men det var tydligen en annan butik jag tänkte på.",
        "Han i verkstaden var jättekunnig, förklarade halsjusteringen.",
        "Jag köpte ett pianostämningsverktyg, nej förlåt, ett stämapparat, en clip-on tuner, "
        "för gitarren.",
        "Min pappa har ett piano hemma sen sjuttiotalet, så det behövde vi inte köpa.",
        "Jag önskar att dom sålde skivor också, men det är ju en instrumentbutik.",
        "Depositionen fick jag tillbaka när jag lämnade tillbaka hyrgitarren.",
        "Alltså gitarrerna hänger snyggt på väggen, man får prova, det är det bästa.",
        "Jag hade glömt leget när jag skulle hyra en elbas, så jag fick åka hem och hämta det.",
        "Keyboardstativet köpte jag där, det finns ju sånt fast dom inte har pianon.",
        "Det var lite trångt vid kassan, men det var lördag.",
        "Jag ska lämna in min akustiska för service nästa vecka och räknar med en veckas väntan.",
        "Jag köpte en cajón på trumavdelningen, kul instrument.",
        "Killen sa att det är billigare att köpa strängarna själv, ärligt av honom.",
    ),
    "tyg": (
        "Jag ville ha en kvarts meter men dom klipper minst en halvmeter, "
        "så jag tog en halvmeter och har lite över.",
        "Jag frågade om symaskiner men dom säljer inga, hon sa jag skulle kolla "
        "på symaskinsbutiken på Storgatan.",
        "Min symaskin köpte jag för tjugo år sen, så den behövde jag inte.",
        "Jag klippte fel mått, köpte för lite, men klippt tyg tar dom inte tillbaka, "
        "så jag köpte en halvmeter till.",
        "Garnhyllan var fantastisk, merinoull i alla färger.",
        "Hon vid klippdisken mätte noga och klippte rakt, riktigt proffsigt.",
        "Jag frågade om dom kunde sy upp gardinerna åt mig men det gör dom inte, "
        "så min mamma syr dom.",
        "Eh, jag beställde på webben för sexhundra och fick gratis frakt.",
        "Jag beställde för trehundra på nätet och fick betala frakt, det stod ju tydligt.",
        "Knapparna och blixtlåsen i sybehören, jättebra utbud, jag hittade en tjugo centimeters "
        "blixtlås i rätt färg.",
        "Jag köpte symaskinsnålar där, dom har ju nålar fast dom inte har maskiner.",
        "Det var kö vid tillskärningen, en kvart typ.",
        "Jag önskar att dom kunde sälja mindre bitar, men jag fattar att det blir spill.",
        "Jag hade med mig ett gammalt tyg för att matcha färgen, och hon hittade nästan samma.",
        "Min svärmor syr kläder åt hela familjen så sömnaden fixar hon, jag köper bara tyget här.",
        "Bomullstyget var lite dyrare än jag trodde, men kvaliteten var bra.",
        "Jag ska beställa mer på webbshopen, över femhundra så jag slipper frakten.",
        "Jag fick byta ett oklippt garnnystan som jag köpt i fel färg, inga problem.",
        "Metervaran är sorterad efter material, lätt att hitta linnet.",
        "Hon sa att en sömmerska i närheten syr upp gardiner, och gav mig ett kort.",
    ),
    "paketombud": (
        "Jag fick visa leg när jag hämtade paketet, körkortet, och det gick snabbt.",
        "Min man hämtade mitt paket med fullmakt, han visade sitt leg och lappen.",
        "Jag skulle skicka en stor låda, tjugofem kilo, men dom tar inte över tjugo, "
        "så jag fick dela upp den i två.",
        "Jag frågade om dom växlade euro, men nej, hon sa att jag skulle gå till Forex.",
        "Frimärken köpte jag, till julkorten, tio stycken.",
        "Ehh, mitt paket hade legat i sex dagar, jag hann precis innan det skickades tillbaka.",
        "En gång missade jag ett paket som skickades tillbaka efter sju dagar, "
        "mitt fel, jag var bortrest.",
        "Paketboxarna var smidiga, koden funkade direkt.",
        "Min son ville hämta mitt paket men hade ingen fullmakt, så han fick gå hem och "
        "hämta den, helt rätt av dom.",
        "Jag hade tappat leget och fick inte ut paketet, jobbigt men jag förstår.",
        "Kön vid paketdisken var lång vid fem, alla hämtar efter jobbet.",
        "Postförskott visste jag inte ens fanns längre, men det har dom inte i alla fall.",
        "Jag skickade ett paket på tre kilo till Göteborg, hon vägde det och skrev ut lappen.",
        "Alltså det var lite rörigt bakom disken, massa paket i högar.",
        "Jag önskar att dom hade paketboxar som var större, mitt paket fick inte plats.",
        "Jag hämtade ut två paket, hon kollade leget en gång för båda.",
        "Valutan växlade jag på flygplatsen sen istället.",
        "Hon var jättevänlig, hjälpte mig att spåra ett paket som inte kommit fram än.",
        "Min granne skickade sin cykel på en annan fraktfirma, den var ju över tjugo kilo.",
        "Jag hämtade paketet efter tre dagar, inga problem.",
    ),
    "skidhyra": (
        "Vi hyrde alpint för hela familjen och barnen fick hjälmarna gratis, dom är sju och nio.",
        "Jag är fyrtio så jag fick betala för min hjälm, det är ju bara barn under tolv som "
        "får den gratis.",
        "Jag frågade om man kunde hyra skoter men det gör dom inte, killen tipsade om "
        "en skoteruthyrning nere i byn.",
        "Vi lämnade tillbaka skidorna kvart över fyra, precis innan halv fem.",
        "Jag fick visa leg och dom drog en deposition på kortet, som släpptes när vi "
        "lämnade tillbaka.",
        "Längdskidorna var nyvallade och gick jättebra i spåren.",
        "Jag ville köpa skidorna efter att ha hyrt dom men dom säljer inga, bara uthyrning, "
        "så jag köper i en sportbutik sen.",
        "Vallabodan vallade mina egna skidor, dom jag köpt hemma i Stockholm.",
        "Eh, pjäxorna skavde lite, men dom bytte till en större storlek direkt.",
        "Min dotter är tretton, så hennes hjälm kostade, men det stod på skylten.",
        "Vi åkte skoter på en guidad tur hos en annan firma, och skidorna hyrde vi här.",
        "Kön på morgonen var lång, vid halv nio, alla ville ut i backen.",
        "Hjälmarna och ryggskydden såg nya ut, det kändes tryggt.",
        "Vi lämnade tillbaka allt före halv fem, sista dagen var vi där vid fyra.",
        "Jag önskar dom hade öppet längre, så man kunde åka kvällsskidåkning med hyrskidor.",
        "Personalen ställde in bindningarna efter min vikt, väldigt noggrant.",
        "Jag hade glömt plånboken med leget i stugan, så min fru fick stå för hyran.",
        "Snowboard hyrde min son också, det fanns vid alpint.",
        "Mina egna skidor är gamla, köpta på nittiotalet, så jag hyrde nya för att testa.",
        "Det var smidigt, vi var ute i backen tjugo minuter efter att vi kom in.",
    ),
    "urmakare": (
        "Jag bytte batteri i klockan, hundrafemtio kronor, och jag väntade i typ tio minuter.",
        "Jag lämnade in min pappas gamla Omega på service, han sa fyra till sex veckor, "
        "så jag hämtar den i juli.",
        "Jag frågade om dom kunde laga min Apple Watch men det gör dom inte, "
        "dom sa att jag skulle vända mig till Apple.",
        "Kostnadsförslaget kostade trehundra, och dom drog av det när jag sa ja till lagningen.",
        "Jag ville sälja en gammal klocka men dom köper inte in begagnade, "
        "så jag ska testa en auktion.",
        "Armbanden var fina, jag köpte ett läderarmband till min Seiko.",
        "Eh, han i verkstaden var gammal i gemet, alltså jättekunnig, han visade urverket.",
        "Smartklockan lämnade jag på en mobilverkstad, här tog jag bara batteribytet på "
        "min vanliga klocka.",
        "Min mekaniska klocka var klar efter fem veckor, precis inom tiden dom sa.",
        "Jag fick ett kostnadsförslag men lagade inte, så jag betalade trehundra för det, "
        "och det var rimligt.",
        "Batteridisken var snabb, jag var där på lunchen.",
        "Jag önskar att service gick fortare, sex veckor är länge, men det är ju hantverk.",
        "Han justerade armbandet, tog bort två länkar, gratis faktiskt.",
        "Min bror har sålt klockor på Tradera, det verkar vara enklare än butiker.",
        "Min smartklocka har jag kvar hemma, den är trasig, men här var det den gamla "
        "armbandsklockan jag lämnade.",
        "Det var lite mörkt i butiken men mysigt, massa väggur som tickade.",
        "Jag fick ett kvitto och en lapp med när jag kan hämta, om ungefär fem veckor.",
        "Batteriet i min frus klocka byttes också, så det blev trehundra för två.",
        "Jag frågade om dom köpte guld, men nej, inget inköp, han sa guldsmeden på hörnet.",
        "Klockan går perfekt nu efter servicen.",
    ),
    "bagerikafe": (
        "Jag beställde en prinsesstårta på måndagen och hämtade den på torsdagen, "
        "tre dagar i förväg som man ska.",
        "Jag frågade om glutenfritt till min kompis men dom hade inget, så hon tog bara kaffe.",
        "Kanelbullarna var fantastiska, nybakade, fortfarande varma.",
        "Påtår kostade tio kronor, helt okej, jag tog en.",
        "Vi ville äta lunch men dom serverar bara fika, så vi åt lunch på restaurangen bredvid "
        "och kom tillbaka för kaffe.",
        "Kaféet hade stängt när vi kom kvart över fem, men vi köpte bröd i bageridisken.",
        "Eh, sittplatserna var fulla på söndagen, vi fick stå och vänta en stund.",
        "Jag försökte beställa tårta till dagen efter men det gick inte, "
        "minst tre dagar, så jag köpte en kladdkaka från disken istället.",
        "Min dotter har celiaki så vi köper hennes bröd på ett annat bageri, "
        "men jag köpte surdegsbröd här till mig.",
        "Surdegsbrödet är det bästa i stan tycker jag.",
        "Jag tänker beställa bröllopstårtan där, jag ska ringa två veckor innan.",
        "Tjejen i kassan var stressad men glad, det var mycket folk.",
        "Kaffet var starkt och gott, påtåren tog jag med, tio kronor.",
        "Vi kom kvart i sex och köpte det sista brödet i disken.",
        "Jag önskar dom hade någon sallad eller smörgås till lunch, men det är ju ett fik.",
        "Min kollega hade glutenfria kakor hemifrån, så vi åt våra bullar och hon sina kakor.",
        "Tårtbeställningen var enkel, jag fyllde i en lapp vid disken.",
        "Kardemummabullen var lite torr idag, men annars bra.",
        "Jag satt i kaféet och läste tidningen till fem när dom stängde kaféet.",
        "Lunchbröd köpte jag i bageridisken och åt hemma.",
    ),
    "spelbutik": (
        "Min son är fjorton och ville köpa ett spel med artonårsgräns men dom sa nej, "
        "så jag köpte det åt honom efter att ha kollat vad det var.",
        "Jag bytte in tre gamla spel, fick visa leg, och fick typ tvåhundra kronor.",
        "Jag frågade efter ett grafikkort men dom säljer inga datordelar, "
        "så han sa att jag skulle kolla på Webhallen.",
        "Jag förhandsbokade det nya Zelda, betalade hundra i handpenning.",
        "Retrohyllan var fantastisk, jag hittade ett Super Nintendo-spel jag hade som liten.",
        "Eh, jag öppnade spelet hemma och det var fel version, men dom tar inte tillbaka öppnade, "
        "mitt misstag.",
        "Handkontrollerna var lite dyra, men kvaliteten var bra.",
        "Min dator byggde jag själv för två år sen, så jag köper bara konsolspel här.",
        "Jag glömde leget första gången jag skulle byta in, fick komma tillbaka.",
        "Killen bakom disken visste allt om spelen, riktigt nördig på ett bra sätt.",
        "Jag köpte ett headset till PlayStation, funkar jättebra.",
        "Jag önskar dom hade datorspel också, men det är konsol som gäller där.",
        "Jag fick byta ett oöppnat spel mot ett annat, inga problem.",
        "Min kompis köper sina datordelar på nätet, och spelen här.",
        "Jag är nitton så jag fick köpa GTA, dom frågade efter leg först.",
        "Inbytesdisken var snabb, dom kollade skivorna och gav ett pris direkt.",
        "Jag planerar att förhandsboka nästa FIFA också, hundralappen dras av sen.",
        "Jag köpte en speldator, nej alltså, en spelkonsol, en begagnad Switch i retrohyllan.",
        "Det var lite trångt i butiken, mycket folk på lördagen.",
        "Jag letade efter ett tangentbord men det har dom inte, bara konsoltillbehör.",
    ),
    "djurklinik": (
        "Jag köpte njurfoder till katten, det hade veterinären ordinerat förra veckan.",
        "Jag frågade om dom sålde kaniner men nej, inga levande djur, hon tipsade om en uppfödare.",
        "Jag försökte komma in med hunden utan tid men dom tar bara bokade besök, "
        "så jag bokade till nästa dag.",
        "Jag öppnade en påse foder som katten inte gillade, men dom tar inte tillbaka öppnat, "
        "så jag gav den till grannen.",
        "Vår hund blev sjuk på en söndag och dom hade inte akut, så vi åkte till djursjukhuset.",
        "Koppel och halsband fanns det mycket av, jag köpte ett reflexkoppel.",
        "Receptionen var jättetrevlig, hon mindes vår hunds namn.",
        "Eh, jag ville köpa specialfoder men fick inte utan ordination, "
        "så jag bokade tid hos veterinären först.",
        "Vår katt köpte vi från ett katthem för tre år sen.",
        "Jag fick en ordination för diabetesfoder och köpte det direkt i butiken.",
        "Jag önskar dom hade akut på kvällarna, det hade varit tryggt, "
        "men det finns ju djursjukhus.",
        "Vanligt hundfoder köpte jag också, det behövde ingen ordination.",
        "Min sambo bokade tiden och jag gick dit med katten.",
        "Fodret var dyrare än i vanliga djuraffären, men det är ju specialfoder.",
        "Jag fick byta en oöppnad påse mot en mindre, det gick bra.",
        "Väntan i receptionen var en kvart, det var okej.",
        "Jag planerar att boka vaccination för valpen i maj.",
        "Jag frågade om fiskar men nej, dom säljer inga levande djur, så jag gick till zoobutiken.",
        "Hon förklarade hur mycket foder jag skulle ge per dag, jättebra.",
        "Jag köpte en kattleksak, en mus, alltså en tygmus, inte en levande, haha.",
    ),
    "foto": (
        "Jag lämnade in två filmrullar och fick tillbaka bilderna efter åtta dagar.",
        "Passfotot kostade hundrafemtio och man fick fyra bilder, perfekt.",
        "Jag frågade om dom hade mobiler, min gick sönder, men nej, dom säljer inga, "
        "så jag gick till Elgiganten.",
        "Min kamera hade fel på objektivet och dom skickade den till en verkstad, "
        "tog ett par veckor.",
        "Jag ville ta passfoto på lördagen men det gör dom bara på vardagar, "
        "så jag kom på måndagen.",
        "Ramarna var fina, jag köpte en svart ram till en affisch.",
        "Eh, kameraavdelningen hade många analoga kameror, jag köpte en begagnad Olympus.",
        "Min mobiltelefon tog jag med för att skriva ut bilder från den, det gick jättebra.",
        "Framkallningen tog tio dagar, precis som dom sa.",
        "Jag önskar att framkallningen gick fortare, men dom skickar iväg den ju.",
        "Passfotoautomaten, eller fotobåset, tog en bild direkt, fint ljus.",
        "Min dotter tog passfoto på en tisdag, hundrafemtio.",
        "Mobilskal köpte jag på en annan butik, här köpte jag bara ett minneskort.",
        "Han i kassan var kunnig och förklarade skillnaden mellan filmer.",
        "Jag tänker lämna in fler filmer nästa vecka, räknar med en och en halv vecka.",
        "Kameran jag lämnade in är tillbaka från verkstaden nu, dom ringde mig.",
        "Det var lite trångt vid passfotot, en familj stod före mig.",
        "Jag köpte en kameraväska och ett stativ.",
        "Labbet scannade också filmen, så jag fick bilderna digitalt.",
        "Min mobil har en bra kamera, men jag gillar film mer, därför går jag dit.",
    ),
    "hunddagis": (
        "Jag fick visa vaccinationsintyget första dagen, dom kollade det noga.",
        "Inskolningen kostade sexhundra och tog tre dagar, sen var hon helt trygg.",
        "Vi hämtade kvart i sex, dom stänger sex, så vi hann precis.",
        "En gång kom vi tjugo över sex och fick betala tvåhundra extra, helt rättvist.",
        "Jag frågade om dom hade övernattning när vi skulle resa, men nej, "
        "dom tipsade om ett hundpensionat i Bromma.",
        "Trimmet bokade jag två veckor innan, och hunden fick en fin klippning.",
        "Vår hane är kastrerad så det var inga problem att börja.",
        "Min kompis hund är en okastrerad hane på två år och fick inte börja där, "
        "det sa dom direkt.",
        "Rastgården var stor och ren, hundarna sprang runt hela dagen.",
        "Eh, jag försökte boka trim till dagen efter men det gick inte, "
        "minst en vecka i förväg, så jag väntade.",
        "Personalen skickar bilder på hundarna i en app, jättemysigt.",
        "Valpen är nio månader, en hane, okastrerad än, och han fick börja, "
        "för gränsen är ju ett år.",
        "Vi lämnade vid halv sju på morgonen, precis när dom öppnade.",
        "Pensionat fick vi ordna någon annanstans när vi åkte till Thailand.",
        "Jag önskar dom hade övernattning, det hade varit smidigt, men det har dom inte.",
        "Vår hund trivs jättebra i hagen med dom andra hundarna.",
        "Inskolningen, sexhundra kronor, var värd varje krona.",
        "Min sambo hämtar oftast, han kom fem i sex idag.",
        "Dom kollade vaccinationsintyget igen efter ett år, när hon skulle ha ny vaccination.",
        "Jag planerar att boka trim inför sommaren, ringer i god tid.",
    ),
}
