"""Departments a store lacks told without their names, and other stores told as the visit.

Thirteen invented stores of different kinds (a toy shop, an optician, a bookshop, a pet shop,
a shoe shop, a deli without alcohol, a builder's merchant, a tea room, an electronics shop, a
grocery without counters, a florist, a running shop, a roadside petrol station), each with
its departments and the aliases its customers use, and sometimes a fact or a campaign. Beside
them, what a customer says of a visit, of four kinds:

- `HONEST`: what the store has, told in the words of its own departments, including words
  that also belong to a trade it lacks (fish in an aquarium shop, a latte at a tea room, a
  bouquet at a florist), and its staff's acts that are its own service;
- `IDEA`: another store cited only as the idea to copy here;
- `ABSENT`: a department or service the store lacks, told through that trade's staff, tools,
  goods and acts, never by the department's name;
- `OTHER`: a visit to another store told in detail (named, "filialen i X", "butiken i stan",
  "deras …"), which is no feedback about this store;
- `HERE`: this store told with words another store's talk also has (its own town, "er butik
  i …", "den bästa affären i stan", a branch set against "här"), which stays this store's.

All were written for this file, before the analyzer was run on them; none comes from a
labelled set.
"""

from __future__ import annotations

from datetime import datetime, time
from functools import cache
from typing import NamedTuple

from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
)
from kundrost.domain.opening_hours import OpeningHours
from tests.analyzer.corpus import store_id_of

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
VISIT = datetime.fromisoformat("2026-11-18T12:00:00+01:00")
"""A Wednesday noon, when every store is open."""
HONEST = "honest"
IDEA = "idea"
ABSENT = "absent"
OTHER = "other"
HERE = "here"


class Store(NamedTuple):
    name: str
    departments: tuple[tuple[str, tuple[str, ...]], ...]
    facts: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()


class Said(NamedTuple):
    store: str
    kind: str
    text: str


STORES: dict[str, Store] = {
    "leksak": Store(
        "Leksakslådan i Mora",
        (
            ("Spel och pussel", ("spelhyllan", "pusslen", "brädspelen")),
            ("Byggleksaker", ("legot", "byggklossarna")),
            ("Dockor och gosedjur", ("gosedjuren", "dockorna")),
            ("Utomhuslek", ("sandlådesakerna", "sparkcyklarna")),
            ("Presentinslagning", ("inslagningen", "paketbordet")),
            ("Kassa", ("kassan",)),
        ),
        ("Vi slår in presenter gratis vid paketbordet.",),
    ),
    "optiker": Store(
        "Synhuset i Ludvika",
        (
            ("Synundersökning", ("syntestet", "undersökningsrummet", "optikern")),
            ("Bågar", ("bågväggen", "glasögonbågarna")),
            ("Kontaktlinser", ("linserna",)),
            ("Solglasögon", ("solbrillorna",)),
            ("Kassa", ("kassan",)),
        ),
        ("Synundersökningen är gratis vid köp av glasögon.",),
    ),
    "bok": Store(
        "Bokhandeln Pärmen i Falun",
        (
            ("Skönlitteratur", ("romanerna", "pocketväggen")),
            ("Barnböcker", ("barnhörnan", "bilderböckerna")),
            ("Papper och kontor", ("pappershandeln", "pennorna", "kalendrarna")),
            ("Kassa", ("kassan",)),
        ),
        (),
        ("Tre pocket för 199 kronor",),
    ),
    "zoo": Store(
        "Zoohörnan i Eskilstuna",
        (
            ("Akvarium", ("akvarierna", "fiskarna", "akvariefiskarna")),
            ("Hund och katt", ("hundfodret", "kattsanden", "koppelväggen")),
            ("Smådjur", ("kaninerna", "burarna", "marsvinen")),
            ("Kassa", ("kassan",)),
        ),
    ),
    "sko": Store(
        "Skoboden i Nässjö",
        (
            ("Damskor", ("damavdelningen",)),
            ("Herrskor", ("herravdelningen",)),
            ("Barnskor", ("barnavdelningen",)),
            ("Skovård", ("skokrämerna", "impregneringen", "skosnörena")),
            ("Kassa", ("kassan",)),
        ),
    ),
    "deli": Store(
        "Skafferiet Delikatesser i Visby",
        (
            ("Ostdisken", ("osten", "ostarna")),
            ("Chark", ("charken", "skinkorna", "salamin")),
            ("Skafferi", ("konserverna", "oljorna", "hyllorna")),
            ("Smörgåsar", ("mackorna", "baguetterna")),
            ("Kassa", ("kassan",)),
        ),
        ("Vi säljer ingen alkohol.",),
    ),
    "bygg": Store(
        "Nilssons Bygghandel i Tranås",
        (
            ("Trävaror", ("virket", "brädgården", "kapningen")),
            ("Färg", ("färgavdelningen", "färgblandningen")),
            ("Verktyg", ("verktygen", "elverktygen")),
            ("VVS", ("rören", "kopplingarna")),
            ("Kassa", ("kassan", "kundtjänsten")),
        ),
        ("Vi kopierar nycklar i kundtjänsten för 60 kronor styck.",),
    ),
    "te": Store(
        "Tesalongen Kamomill i Ystad",
        (
            ("Teer", ("tehyllan", "teburkarna", "lösvikten")),
            ("Servering", ("salongen", "borden", "fönsterborden")),
            ("Bakverk", ("sconesen", "kakorna", "tårtorna")),
            ("Kassa", ("kassan",)),
        ),
        ("Vi serverar kaffe och te men ingen lunch.",),
    ),
    "el": Store(
        "Elbutiken i Sandviken",
        (
            ("TV och ljud", ("tv-apparaterna", "högtalarna")),
            ("Datorer", ("laptopparna", "datorerna")),
            ("Mobiler", ("mobilväggen", "telefonerna")),
            ("Vitvaror", ("diskmaskinerna", "kylskåpen")),
            ("Kassa", ("kassan",)),
        ),
    ),
    "mat": Store(
        "Tallbackens Matbutik i Kiruna",
        (
            ("Frukt och grönt", ("frukten", "grönsakerna")),
            ("Mejeri", ("mjölken", "mejerihyllan")),
            ("Kött och chark", ("köttkylen", "charken")),
            ("Bröd", ("brödhyllan",)),
            ("Frys", ("frysarna",)),
            ("Kassa", ("kassan",)),
        ),
        ("Butiken har ingen manuell disk.",),
    ),
    "blommor": Store(
        "Blomsterboden Iris i Lund",
        (
            ("Snittblommor", ("buketterna", "binderiet")),
            ("Krukväxter", ("krukväxterna", "orkidéerna")),
            ("Begravning", ("kransarna", "begravningsbinderiet")),
            ("Kassa", ("kassan",)),
        ),
    ),
    "löp": Store(
        "Löparshopen i Umeå",
        (
            ("Löparskor", ("skoväggen", "löpbandet", "löpanalysen")),
            ("Kläder", ("tightsen", "jackorna")),
            ("Pulsklockor", ("klockorna",)),
            ("Kassa", ("kassan",)),
        ),
    ),
    "mack": Store(
        "Hovamacken i Hova",
        (
            ("Drivmedel", ("pumparna", "tanken")),
            ("Butik", ("butiken", "hyllorna")),
            ("Korvgrill", ("grillen", "korvkiosken")),
            ("Kassa", ("kassan",)),
        ),
        ("Vi har ingen verkstad och byter inga däck.",),
    ),
}


SAID: tuple[Said, ...] = (
    # --- the toy shop ------------------------------------------------------------------
    Said("leksak", HONEST, "Tjejen vid paketbordet slog in legot i blått papper med snöre."),
    Said(
        "leksak",
        HONEST,
        "Min son fick prova en sparkcykel i gången innan vi köpte den, det var snällt.",
    ),
    Said(
        "leksak",
        HONEST,
        "Pusslen stod huller om buller och det var svårt att hitta tusenbitarspusslen.",
    ),
    Said(
        "leksak",
        IDEA,
        "På Lekboden i Rättvik har de ett bord där barnen får prova spelen, det borde ni också ha.",
    ),
    Said(
        "leksak",
        ABSENT,
        "Medan vi handlade satt barnen i ett rum med bollar och rutschkana, och en tjej "
        "läste sagor för dem.",
    ),
    Said(
        "leksak",
        ABSENT,
        "Killen i förklädet bakade en pizza i stenugnen åt oss och vi åt den vid ett bord "
        "bland dockorna.",
    ),
    Said(
        "leksak",
        OTHER,
        "Egentligen vill jag berätta om leksaksaffären i Orsa. Där fick vi vänta i tjugo "
        "minuter och killen i kassan var sur.",
    ),
    Said(
        "leksak",
        OTHER,
        "Jag var på er filial i Leksand i lördags. Deras legohylla var tom och ingen "
        "personal fanns i närheten.",
    ),
    # --- the optician ------------------------------------------------------------------
    Said(
        "optiker",
        HONEST,
        "Optikern mätte trycket i ögonen och visade mig bilder av näthinnan på skärmen.",
    ),
    Said(
        "optiker",
        HONEST,
        "Hon justerade skalmarna på mina nya bågar så att de inte tryckte bakom öronen.",
    ),
    Said(
        "optiker",
        HONEST,
        "Jag fick prova linser i en vecka och sedan kom jag tillbaka och fick en ny styrka.",
    ),
    Said(
        "optiker",
        IDEA,
        "Hos Glasögonmästarn i Borlänge får man kaffe medan man väntar, det kunde ni "
        "också bjuda på.",
    ),
    Said(
        "optiker",
        ABSENT,
        "En audionom satte lurar på mig i ett ljudisolerat bås och testade hörseln med pip.",
    ),
    Said(
        "optiker",
        ABSENT,
        "Gubben bakom disken öppnade mitt armbandsur med en liten skruvmejsel och bytte "
        "batteri och länk.",
    ),
    Said(
        "optiker",
        OTHER,
        "Förra månaden köpte jag glasögon i butiken i stan, inte hos er. Där tappade de "
        "bort min beställning två gånger.",
    ),
    Said(
        "optiker",
        OTHER,
        "Jag gjorde syntestet på Optikhuset i Smedjebacken. Optikern där var stressad och "
        "glasen blev fel.",
    ),
    # --- the bookshop ------------------------------------------------------------------
    Said(
        "bok",
        HONEST,
        "Killen i kassan beställde hem en slutsåld diktsamling åt mig och ringde när den kom.",
    ),
    Said(
        "bok",
        HONEST,
        "Barnen satt på kuddarna i barnhörnan och bläddrade i bilderböcker medan jag letade.",
    ),
    Said(
        "bok",
        HONEST,
        "Kampanjen med tre pocket gick inte igenom i kassan förrän hon slog in dem igen.",
    ),
    Said(
        "bok",
        IDEA,
        "Bokcentralen i Borlänge har signerade böcker på ett eget bord, det vore kul här med.",
    ),
    Said(
        "bok",
        ABSENT,
        "Baristan gjorde en cappuccino med havremjölk åt mig och jag satt i fåtöljen och "
        "drack den.",
    ),
    Said(
        "bok",
        ABSENT,
        "Hon framkallade mina semesterbilder på en timme och jag fick dem i ett fint kuvert.",
    ),
    Said(
        "bok",
        OTHER,
        "Jag handlade mest på antikvariatet på Åsgatan den här gången. Deras böcker var "
        "dammiga och priserna stod inte på.",
    ),
    # --- the pet shop ------------------------------------------------------------------
    Said(
        "zoo",
        HONEST,
        "Killen håvade upp sex neontetror åt mig och förklarade hur jag skulle vänja dem "
        "vid vattnet.",
    ),
    Said(
        "zoo",
        HONEST,
        "Fiskarna i det stora akvariet vid entrén såg friska ut och vattnet var klart.",
    ),
    Said(
        "zoo",
        HONEST,
        "Hon visade hur man klipper klorna på ett marsvin innan vi köpte buren.",
    ),
    Said(
        "zoo",
        ABSENT,
        "Min pudel blev badad, föhnad och klippt på bordet längst in medan jag handlade foder.",
    ),
    Said(
        "zoo",
        ABSENT,
        "Veterinären lyssnade på katten med stetoskop och gav den en spruta i nacken.",
    ),
    Said(
        "zoo",
        OTHER,
        "Jag vill egentligen klaga på djuraffären i Torshälla. Deras kaniner satt i för små "
        "burar och det luktade illa.",
    ),
    Said(
        "zoo",
        OTHER,
        "På Djurmagasinet i Kungsör sålde de ett koppel som gick sönder efter en dag. De "
        "vägrade ta tillbaka det.",
    ),
    # --- the shoe shop -----------------------------------------------------------------
    Said(
        "sko",
        HONEST,
        "Hon sprejade impregnering på mina nya kängor direkt i kassan och tog inget betalt.",
    ),
    Said(
        "sko",
        HONEST,
        "Expediten mätte min dotters fötter på en mätsticka i barnavdelningen.",
    ),
    Said(
        "sko",
        HONEST,
        "Jag köpte nya sulor och skokräm, och killen visade hur man putsar läder.",
    ),
    Said(
        "sko",
        ABSENT,
        "Gubben med läderförklädet sydde fast sulan på min gamla känga med en syl medan jag "
        "väntade.",
    ),
    Said(
        "sko",
        ABSENT,
        "Killen satte min nyckel i maskinen, frästa fram en kopia och filade av kanterna.",
    ),
    Said(
        "sko",
        OTHER,
        "Jag köpte kängorna i skoaffären i Eksjö. Där var personalen stressad och ingen "
        "hjälpte mig med storleken.",
    ),
    Said(
        "sko",
        IDEA,
        "I skobutiken i Jönköping har de en bänk med skohorn vid spegeln, det skulle ni "
        "också kunna ha.",
    ),
    # --- the deli ----------------------------------------------------------------------
    Said(
        "deli",
        HONEST,
        "Tjejen skar upp skinkan tunt åt mig och lät mig smaka på två sorters salami.",
    ),
    Said(
        "deli",
        HONEST,
        "Killen bredde en baguette med brie och päron åt mig medan jag väntade.",
    ),
    Said(
        "deli",
        HONEST,
        "Den lagrade osten var torr i kanterna och luktade kylskåp.",
    ),
    Said(
        "deli",
        ABSENT,
        "En kock i vit mössa rullade maki med lax och avokado på en bambumatta framför oss.",
    ),
    Said(
        "deli",
        ABSENT,
        "Kvinnan bakom disken filéade en torsk åt mig och plockade ut benen med en pincett.",
    ),
    Said(
        "deli",
        OTHER,
        "Jag var på saluhallen i Slite och köpte ost. Deras ostmästare var otrevlig och "
        "brien var övermogen.",
    ),
    # --- the builder's merchant --------------------------------------------------------
    Said(
        "bygg",
        HONEST,
        "Killen i kundtjänsten kopierade två nycklar åt mig på några minuter.",
    ),
    Said(
        "bygg",
        HONEST,
        "De kapade reglarna i rätt längd åt mig i brädgården och bar ut dem till släpet.",
    ),
    Said(
        "bygg",
        HONEST,
        "Hon blandade tre liter färg i rätt nyans och skakade burken i maskinen.",
    ),
    Said(
        "bygg",
        IDEA,
        "Hos Bygglagret i Eksjö lånar man ut en släpkärra gratis, det borde ni också göra.",
    ),
    Said(
        "bygg",
        ABSENT,
        "Jag hyrde en golvslip över helgen och killen i lagret visade hur man byter sandpappret.",
    ),
    Said(
        "bygg",
        ABSENT,
        "En inredare ritade upp hela vårt kök på datorn och visade det i 3D med luckorna vi valde.",
    ),
    Said(
        "bygg",
        OTHER,
        "Det jag vill ta upp gäller järnhandeln i Gränna. Där fick jag fel skruv och killen "
        "i kassan skrattade åt mig.",
    ),
    # --- the tea room ------------------------------------------------------------------
    Said(
        "te",
        HONEST,
        "Vi satt vid fönsterbordet och drack en kanna rökigt te med nybakade scones.",
    ),
    Said(
        "te",
        HONEST,
        "Hon vägde upp hundra gram jasminte ur en av burkarna och skrev namnet på påsen.",
    ),
    Said(
        "te",
        HONEST,
        "Jag tog en latte och en bit morotskaka, och kakan var lite torr.",
    ),
    Said(
        "te",
        ABSENT,
        "En man i vitt kulade upp pistagglass och citronsorbet i våffelstrutar ur frysdisken.",
    ),
    Said(
        "te",
        ABSENT,
        "Kvinnan band en bukett av tulpaner och eukalyptus och lindade in den i brunt papper.",
    ),
    Said(
        "te",
        ABSENT,
        "En konditor temperade choklad på en marmorskiva och fyllde pralinformar framför oss.",
    ),
    Said(
        "te",
        OTHER,
        "Jag fikade på konditoriet vid torget i Simrishamn den här gången. Där var "
        "bakelserna gamla och kaffet kallt.",
    ),
    # --- the electronics shop ----------------------------------------------------------
    Said(
        "el",
        HONEST,
        "Säljaren förde över alla mina kontakter och bilder till den nya telefonen.",
    ),
    Said(
        "el",
        HONEST,
        "De installerade diskmaskinen hemma hos oss dagen efter och tog med den gamla.",
    ),
    Said(
        "el",
        HONEST,
        "Killen vid datorerna visade skillnaden mellan två laptoppar och var ärlig om "
        "batteritiden.",
    ),
    Said(
        "el",
        ABSENT,
        "Teknikern skruvade upp min telefon, bytte den spruckna skärmen och batteriet på en "
        "halvtimme.",
    ),
    Said(
        "el",
        ABSENT,
        "Jag fick ett nytt pass fotograferat mot den vita skärmen och bilderna var klara på "
        "fem minuter.",
    ),
    Said(
        "el",
        OTHER,
        "Jag köpte tv:n på Elgiganten i Gävle, inte här. Där levererade de den en vecka för sent.",
    ),
    Said(
        "el",
        OTHER,
        "Ni har ju en butik i Hofors också, och där var det kaos. Deras kassa var stängd och "
        "kön gick ut på gatan.",
    ),
    # --- the grocery without counters --------------------------------------------------
    Said(
        "mat",
        HONEST,
        "Brödhyllan var full av färska frallor och limpor fast klockan var sju på kvällen.",
    ),
    Said(
        "mat",
        HONEST,
        "I köttkylen låg fläskfilén två dagar efter bäst före, så jag sa till i kassan.",
    ),
    Said(
        "mat",
        HONEST,
        "Jag köpte en fryst torskfilé och en påse räkor i frysen, och de var billiga.",
    ),
    Said(
        "mat",
        IDEA,
        "På Matkassen i Gällivare har de en fiskdisk med lokal röding, det skulle vara fint "
        "här också.",
    ),
    Said(
        "mat",
        ABSENT,
        "Bagaren drog ut plåtar med kanelbullar ur ugnen bakom glasrutan och gav barnen var sin.",
    ),
    Said(
        "mat",
        ABSENT,
        "Styckaren malde en ny sats färs åt mig och vägde upp den på vågen bakom disken.",
    ),
    Said(
        "mat",
        ABSENT,
        "Farmaceuten i vit rock tog fram min medicin på recept och förklarade doseringen.",
    ),
    Said(
        "mat",
        ABSENT,
        "Hon vägde mitt paket, tog betalt för frimärket och skickade det rekommenderat till Umeå.",
    ),
    Said(
        "mat",
        OTHER,
        "Jag handlade på den stora mataffären i centrum igår. Deras frukt var mjuk och "
        "kassörskan pratade i telefon hela tiden.",
    ),
    Said(
        "mat",
        OTHER,
        "Mest vill jag klaga på fiskaffären nere i hamnen i Luleå. Där var räkorna gamla och "
        "de tog för mycket betalt.",
    ),
    # --- the florist -------------------------------------------------------------------
    Said(
        "blommor",
        HONEST,
        "Hon band en bukett av amaryllis och gran åt mig och lindade den i cellofan.",
    ),
    Said(
        "blommor",
        HONEST,
        "Kransen till begravningen var fin men bandet hade fel namn tryckt.",
    ),
    Said(
        "blommor",
        HONEST,
        "Killen planterade om min orkidé i en ny kruka och visade hur jag skulle vattna.",
    ),
    Said(
        "blommor",
        ABSENT,
        "Baristan gjorde en latte med ett hjärta i skummet och jag drack den vid det lilla "
        "bordet bland krukorna.",
    ),
    Said(
        "blommor",
        ABSENT,
        "En guldsmed gravyrade våra initialer i vigselringarna medan vi valde brudbukett.",
    ),
    Said(
        "blommor",
        OTHER,
        "Jag köpte rosorna i blomsteraffären vid stationen i Malmö. De vissnade på två dagar "
        "och deras florist var otrevlig.",
    ),
    # --- the running shop --------------------------------------------------------------
    Said(
        "löp",
        HONEST,
        "Jag fick springa på löpbandet och de filmade mitt steg innan jag fick prova skor.",
    ),
    Said(
        "löp",
        HONEST,
        "Hon ställde in pulsklockan åt mig och kopplade den till appen i telefonen.",
    ),
    Said(
        "löp",
        HONEST,
        "Tightsen hade en söm som skavde redan efter första rundan.",
    ),
    Said(
        "löp",
        ABSENT,
        "En sömmerska nålade upp byxbenen och sydde dem en tum kortare på en kvart.",
    ),
    Said(
        "löp",
        ABSENT,
        "En naprapat knådade min vad på en brits och tejpade hälsenan innan jag gick.",
    ),
    Said(
        "löp",
        OTHER,
        "Jag var faktiskt på sportaffären i Skellefteå den här gången. Deras skor var "
        "slutsålda i min storlek och ingen brydde sig.",
    ),
    # --- the petrol station ------------------------------------------------------------
    Said(
        "mack",
        HONEST,
        "Jag tankade diesel vid pump fyra och betalade med kortet direkt i automaten.",
    ),
    Said(
        "mack",
        HONEST,
        "Korven från grillen var varm och han lade på extra rostad lök.",
    ),
    Said(
        "mack",
        HONEST,
        "Jag köpte torkarblad i butiken och satte på dem själv ute vid pumpen.",
    ),
    Said(
        "mack",
        IDEA,
        "På Statoil i Mariestad har de gratis vatten till spolarvätskan, det kunde ni också ha.",
    ),
    Said(
        "mack",
        ABSENT,
        "Mekanikern körde upp bilen på lyften och bytte bromsbeläggen bak på en timme.",
    ),
    Said(
        "mack",
        ABSENT,
        "Pizzabagaren sköt in min kebabpizza i stenugnen och den var klar på fyra minuter.",
    ),
    Said(
        "mack",
        ABSENT,
        "Killen balanserade vinterhjulen i en maskin och skruvade på dem med en mutterdragare.",
    ),
    Said(
        "mack",
        OTHER,
        "Det handlar om macken i Töreboda där jag tankade på vägen. Där var pumpen trasig "
        "och kassörskan ryckte bara på axlarna.",
    ),
    Said(
        "mack",
        OTHER,
        "Jag var på Circle K vid motorvägen i Hjo. Deras toaletter var smutsiga och kaffet "
        "var slut i automaten.",
    ),
    # --- more trades, in the stores above ----------------------------------------------
    Said(
        "mat",
        ABSENT,
        "Vi tog varsin tallrik vid buffén och plockade äggröra, bacon och pannkakor.",
    ),
    Said(
        "mat",
        HONEST,
        "Jag köpte en färdig pastasallad i kylen och en påse bacon till middagen.",
    ),
    Said(
        "mat",
        HONEST,
        "Salladen i grönsaksdisken var vissen och gurkorna mjuka.",
    ),
    Said(
        "te",
        HONEST,
        "Servitrisen kom med en ny kanna te när vår blev kall, fast vi inte bad om det.",
    ),
    Said(
        "löp",
        ABSENT,
        "Jag lämnade in kostymen på morgonen och på eftermiddagen var den kemtvättad och pressad.",
    ),
    Said(
        "el",
        ABSENT,
        "Optikern mätte synen på mig med en bokstavstavla och sa att jag behövde starkare glas.",
    ),
    Said(
        "el",
        HONEST,
        "Jag testade tre hörlurar vid högtalarna och valde de som satt bäst.",
    ),
    Said(
        "bygg",
        ABSENT,
        "Barnen tittade på kaninerna i burarna och fick mata marsvinen med morötter.",
    ),
    Said(
        "bygg",
        HONEST,
        "Rullburarna stod mitt i gången vid rören så man kom inte fram med vagnen.",
    ),
    Said(
        "mack",
        ABSENT,
        "De förvarade mina sommardäck i sitt däckhotell och monterade vinterhjulen på en kvart.",
    ),
    Said(
        "mack",
        HONEST,
        "Jag köpte spolarvätska och en ny glödlampa och bytte den själv på parkeringen.",
    ),
    Said(
        "zoo",
        HONEST,
        "Killen visade burarna för marsvin och vi valde en med två våningar.",
    ),
    Said(
        "deli",
        ABSENT,
        "Sushikocken hälsade glatt när jag kom. Sedan rullade han fyra rullar åt mig medan "
        "jag väntade.",
    ),
    Said(
        "el",
        HONEST,
        "Teknikern vid tv-apparaterna var kunnig. Han kopplade in högtalarna åt oss och "
        "visade fjärrkontrollen.",
    ),
    Said(
        "mack",
        OTHER,
        "Jag tankade på Preem i Kungsör på vägen hit. Deras pump tog inte mitt kort och "
        "killen i kassan var otrevlig.",
    ),
    Said(
        "bok",
        ABSENT,
        "Killen vid plattan stekte en hamburgare åt mig och lade pommes i en strut.",
    ),
    Said(
        "mack",
        HONEST,
        "Han vid grillen stekte två hamburgare åt oss och pommesen var krispiga.",
    ),
    Said(
        "mat",
        HONEST,
        "Jag köpte hamburgare och pommes i frysen till barnens kalas.",
    ),
    Said(
        "löp",
        ABSENT,
        "Hon tvättade håret på mig och klippte luggen medan min sambo provade skor.",
    ),
    Said(
        "blommor",
        ABSENT,
        "Tjejen filade och lackade mina naglar i en röd nyans medan buketten gjordes klar.",
    ),
    Said(
        "sko",
        HONEST,
        "Hon klippte av prislappen och lade kängorna i en kartong åt mig.",
    ),
    Said(
        "leksak",
        ABSENT,
        "Bagarn tog ut en plåt nybakade bullar och ställde den på disken vid kassan.",
    ),
    Said(
        "el",
        ABSENT,
        "Han lagade punkteringen på min cykel och bytte kedjan medan jag tittade på datorer.",
    ),
    Said(
        "te",
        ABSENT,
        "Hon skrev ut mina foton, laminerade menyn till vår fest och tryckte tjugo visitkort.",
    ),
    Said(
        "bok",
        HONEST,
        "Kvinnan i kassan kopierade kvittot åt mig eftersom det första var suddigt.",
    ),
    Said(
        "bok",
        HERE,
        "Det här är den bästa bokhandeln i stan, killen i kassan hittade boken jag letade "
        "efter på en minut.",
    ),
    Said(
        "sko",
        HERE,
        "Skoaffären i Nässjö är min favorit, expediten mätte min sons fötter noggrant.",
    ),
    Said(
        "el",
        HERE,
        "Jag har handlat i er butik i Sandviken i tio år och killen vid datorerna är alltid "
        "hjälpsam.",
    ),
    Said(
        "leksak",
        HERE,
        "Jag brukar åka till filialen i Leksand men här var personalen trevligare, tjejen vid "
        "paketbordet slog in allt.",
    ),
    Said(
        "optiker",
        HERE,
        "Min syster jobbar i en butik i Falun, men hos er fick jag bäst hjälp med bågarna.",
    ),
    Said(
        "mat",
        HERE,
        "Den här gången var frukten fin, bananerna var gula och avokadorna mogna.",
    ),
    Said(
        "sko",
        ABSENT,
        "Vi gick upp på övervåningen och satt i soffan i rummet där de visar kostymer.",
    ),
    Said(
        "el",
        ABSENT,
        "I rummet ovanför kassan satt vi vid ett långbord och fick se en film om nya telefoner.",
    ),
    Said(
        "mat",
        HONEST,
        "Skylten ovanför kassan visade fel öppettider och displayen ovanför mjölken var svart.",
    ),
    Said(
        "bok",
        HONEST,
        "Jag bor på våningen ovanför butiken, så jag hör när de tar emot leveranser klockan sex.",
    ),
)


@cache
def context(key: str) -> BusinessContext:
    store = STORES[key]
    return BusinessContext(
        store_id=store_id_of(f"department-shapes-{key}"),
        timezone="Europe/Stockholm",
        operating_hours={day: OpeningHours(time(8), time(21)) for day in DAYS},
        departments=[Department(name, aliases) for name, aliases in store.departments],
        baseline_facts=[BaselineFact(statement) for statement in store.facts],
        current_campaigns=[Campaign(name) for name in store.campaigns],
        store_name=store.name,
    )
