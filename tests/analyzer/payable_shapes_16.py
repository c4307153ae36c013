"""Honest, useful calls at ten kinds of store no earlier material had, told in the trade's own
words, and calls a store manager would pay nothing for beside them: material for
`test_offline_payable_16.py`.

Written by hand for this file before the analyzer was run on any of it; no sentence is taken
from a labelled set. Ten stores of trades with their own vocabulary (a tailor doing
alterations, a tile and bathroom shop, a sewing-machine shop with a service desk, a glazier,
a dive centre, a golf shop with a range, a hearing clinic, a coffee roastery, a lighting shop,
a flooring and rug shop). A call is the customer's answers to the first questions of
`QUESTIONS`, one to five of them, in spoken Swedish as a customer answers an AI caller.

`PAYABLE` calls are honest and tell this store something concrete it can use, in the trade's
own goods, services, staff roles, rooms and procedures; each must qualify, with the band a
manager would pay (`low` ≈ 2–6 %, `medium` ≈ 6–10 %, `high` ≈ 10–15 %). Kinds:
`small_wish` (a short concrete wish), `detailed_praise` (what, who, how), `detailed_complaint`,
`cause` (a problem told with its cause), `asked_wish` (a suggestion put as a question),
`loose_when_where` (a time or place said loosely: "på eftermiddagen", "där bak"), `mixed`.

`UNPAYABLE` calls must not qualify. Kinds: `fluent_empty` (polite, corporate or warm praise
with nothing specific), `generic` (remarks that fit any shop), `minimal` (yes, no, fine),
`off_topic` (talk about something else than the visit), `reward` (asking for the reward with
nothing said).

Figures (the analyzer, the fraud policy, the grading policy) are in
`test_offline_payable_16.py`'s docstring.
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.boundary_shapes_15 import QUESTIONS, Banded, Shaped
from tests.analyzer.fact_shapes import Store, store_context
from tests.analyzer.unpaid_shapes_13 import shaped_calls

__all__ = ["PAYABLE", "QUESTIONS", "UNPAYABLE", "Banded", "Shaped", "context", "shaped_calls"]

STORES: dict[str, Store] = {
    "skraddare": Store(
        "Skrädderiet Nål och Tråd i Västerås",
        ("10-18", "10-14", ""),
        (
            ("Ändringar", ("ändringssömnaden", "uppläggningen", "provrummet")),
            ("Måttsytt", ("kostymerna", "måttagningen", "tygproverna")),
            ("Inlämning", ("disken", "inlämningen", "kvittot")),
        ),
        (
            "Uppläggning av byxor tar tre arbetsdagar.",
            "Provning ingår i priset för ändringar.",
        ),
    ),
    "kakel": Store(
        "Kakelhuset i Norrköping",
        ("07-17", "10-14", ""),
        (
            ("Kakel och klinker", ("kakelutställningen", "klinkern", "mosaiken")),
            ("Badrum", ("duschväggarna", "kommoderna", "blandarna")),
            ("Fix och fog", ("fogen", "fästmassan", "tätskiktet")),
            ("Utlämning", ("lagret", "lastkajen")),
            ("Kassan", ("kassa",)),
        ),
        (
            "Kakel som inte finns på lager beställs hem inom tio arbetsdagar.",
            "Hela oöppnade förpackningar tas tillbaka inom 30 dagar.",
        ),
    ),
    "symaskin": Store(
        "Symaskinshuset i Borlänge",
        ("10-17", "10-13", ""),
        (
            ("Symaskiner", ("maskinerna", "overlockarna", "provbordet")),
            ("Service", ("verkstaden", "servicedisken", "reparationerna")),
            ("Tillbehör", ("pressarfötterna", "nålarna", "trådväggen")),
            ("Kurser", ("kursrummet", "kurserna")),
        ),
        (
            "Service av symaskin tar normalt en vecka.",
            "Vid köp av maskin ingår en introduktionskurs.",
        ),
    ),
    "glas": Store(
        "Glasmästeriet Klar i Karlstad",
        ("07-16", "", ""),
        (
            ("Glas och speglar", ("speglarna", "glasskivorna", "tillskärningen")),
            ("Fönster", ("fönsterrutorna", "isolerrutorna")),
            ("Bilglas", ("vindrutorna", "stenskottslagningen")),
            ("Kundmottagningen", ("disken", "kassa")),
        ),
        (
            "Glas skärs till på mått medan kunden väntar, utom härdat glas.",
            "Stenskott lagas utan tidsbokning.",
        ),
    ),
    "dyk": Store(
        "Djupet Dykcenter i Lysekil",
        ("10-18", "10-15", ""),
        (
            ("Utrustning", ("våtdräkterna", "torrdräkterna", "maskerna", "fenorna")),
            ("Luftfyllning", ("fyllstationen", "kompressorn", "tuberna")),
            ("Kurser", ("kursrummet", "bassängpassen")),
            ("Service", ("regulatorservicen", "verkstaden")),
            ("Kassan", ("kassa",)),
        ),
        (
            "Fyllning av tuber kräver giltigt dykcertifikat.",
            "Regulatorservice tar fem arbetsdagar.",
        ),
    ),
    "golf": Store(
        "Golfboden på Ekängen i Linköping",
        ("09-19", "08-17", "08-17"),
        (
            ("Klubbor", ("klubbväggen", "järnklubborna", "drivrarna", "puttrarna")),
            ("Klubbanpassning", ("fittingen", "simulatorn", "mätrummet")),
            ("Kläder och skor", ("golfskorna", "regnkläderna")),
            ("Rangen", ("bollautomaten", "rangebollarna", "utslagsplatserna")),
            ("Kassan", ("kassa",)),
        ),
        (
            "Klubbanpassning bokas i förväg och tar en timme.",
            "Greppbyte görs på en dag.",
        ),
    ),
    "horsel": Store(
        "Hörselhuset i Gävle",
        ("09-17", "", ""),
        (
            ("Hörseltest", ("testrummet", "hörseltestet", "ljudbåset")),
            ("Hörapparater", ("apparaterna", "provningen", "justeringen")),
            ("Tillbehör", ("batterierna", "domarna", "filtren")),
            ("Receptionen", ("väntrummet", "kölappen")),
        ),
        (
            "Hörseltest är gratis och tar 45 minuter.",
            "Hörapparater får provas i 30 dagar.",
        ),
    ),
    "rosteri": Store(
        "Rosteriet Bönan i Örebro",
        ("08-18", "09-16", "10-15"),
        (
            ("Kaffebönor", ("bönhyllan", "säckarna", "malningen")),
            ("Kaffebaren", ("baren", "espressobaren", "bryggbaren")),
            ("Utrustning", ("bryggarna", "kvarnarna")),
            ("Kassan", ("kassa",)),
        ),
        (
            "Kaffet rostas på plats på tisdagar och fredagar.",
            "Bönor mals gratis till önskad grovlek.",
        ),
    ),
    "lampa": Store(
        "Ljusbutiken Lumen i Uppsala",
        ("10-18", "10-16", "11-15"),
        (
            ("Taklampor", ("takbelysningen", "pendlarna", "kristallkronorna")),
            ("Golv- och bordslampor", ("golvlamporna", "bordslamporna")),
            ("Lampskärmar", ("skärmväggen", "lampskärmarna")),
            ("Ljuskällor", ("glödlamporna", "ljuskällorna")),
            ("Kassan", ("kassa",)),
        ),
        (
            "Lampor ellagas i verkstaden på tre dagar.",
            "Köpta lampor får bytas inom 30 dagar.",
        ),
    ),
    "golv": Store(
        "Golv och Matta i Jönköping",
        ("09-18", "10-14", ""),
        (
            ("Trägolv", ("parketten", "ekgolven", "laminatet")),
            ("Mattor", ("mattavdelningen", "ryamattorna", "gångmattorna")),
            ("Vinyl", ("vinylgolven", "plastmattorna", "rullarna")),
            ("Kassan", ("kassa",)),
        ),
        (
            "Mattor kapas på mått medan kunden väntar.",
            "Provbitar av golv får lånas hem gratis i en vecka.",
        ),
    ),
}


@cache
def context(key: str) -> BusinessContext:
    """The business context of one of `STORES`."""
    return store_context(f"payable16-{key}", STORES[key])


PAYABLE: dict[str, tuple[Banded, ...]] = {
    "small_wish": (
        (
            "low",
            "skraddare",
            (
                "Bra.",
                "Nej.",
                "Trevlig.",
                "Ja.",
                "En krok i provrummet att hänga jackan på, det fanns ingen.",
            ),
        ),
        (
            "low",
            "kakel",
            (
                "Det gick bra, tack.",
                "Fogfärgerna stod på en lapp vid kassan, men det var svårt att se hur de "
                "ser ut på riktigt.",
                "Bra.",
                "Ja.",
                "Ha en skiva med alla fogfärgerna uppfogade, så man ser dem på kakel.",
            ),
        ),
        (
            "low",
            "rosteri",
            (
                "Mysigt.",
                "Jag fick ett gratisprov på en etiopisk, den var god.",
                "Jättetrevliga.",
                "Ja.",
                "Skriv rostdatum på påsarna, inte bara bäst före.",
            ),
        ),
        (
            "low",
            "golf",
            ("Bra.", "Bollautomaten tar bara mynt, jag hade inga.", "Bra.", "Nja.", "Swish."),
        ),
        (
            "low",
            "lampa",
            (
                "Jättefint.",
                "Nä inget speciellt.",
                "Bra.",
                "Ja, en skärm till mammas gamla lampa.",
                "Det vore bra om det stod på skärmarna vilken hållare de passar, E27 eller "
                "E14, jag fick fråga om varenda en.",
            ),
        ),
        (
            "low",
            "horsel",
            (
                "Bra.",
                "Det var kallt i väntrummet, dörren ut står öppen hela tiden.",
                "Snälla.",
                "Ja.",
                "En dörrstängare kanske.",
            ),
        ),
        (
            "low",
            "symaskin",
            (
                "Det var bra.",
                "Nej inte direkt.",
                "Trevlig gubbe.",
                "Nästan, nålar till läder fanns bara i en storlek.",
                "Ta hem fler storlekar på lädernålarna.",
            ),
        ),
        (
            "low",
            "dyk",
            (
                "Kul.",
                "Jag fyllde två tuber, gick fort.",
                "Bra.",
                "Ja.",
                "En bänk utanför fyllstationen att sitta på medan man väntar, det var allt.",
            ),
        ),
        (
            "low",
            "golv",
            (
                "Bra.",
                "Jag lånade hem tre provbitar ek.",
                "Hjälpsam.",
                "Ja.",
                "En påse att bära provbitarna i, de är tunga och vassa i kanterna.",
            ),
        ),
        (
            "low",
            "glas",
            ("Bra.", "Jag hämtade en spegel.", "Bra.", "Ja.", "Öppet lite längre än fyra."),
        ),
    ),
    "detailed_praise": (
        (
            "medium",
            "skraddare",
            (
                "Jättebra faktiskt.",
                "Hon som tog emot mig nålade upp byxorna direkt i provrummet och visade hur "
                "långa de skulle bli med skorna på, sen var dom klara på tre dagar som hon sa.",
                "Väldigt noggrann.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "symaskin",
            (
                "Bra.",
                "Killen i verkstaden hittade att det var trådspänningen som var fel och "
                "visade mig hur man ställer den, så jag behövde inte lämna in maskinen.",
                "Toppen.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "horsel",
            (
                "Mycket bra.",
                "Audionomen förklarade kurvan efter testet, att jag har tappat mest på de "
                "höga tonerna, och ritade upp det på ett papper som jag fick ta med hem.",
                "Lugn och tydlig, hon pratade långsamt och vände sig mot mig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "dyk",
            (
                "Riktigt bra.",
                "Jag skulle köpa torrdräkt och han lät mig prova tre olika i provrummet, "
                "mätte halsmanschetten och klippte till den så den inte stramade.",
                "Kunnig.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "golf",
            (
                "Bra.",
                "Fittingen i simulatorn visade att mina järn var för korta, vi provade med "
                "två olika skaft och bollflykten blev rakare direkt.",
                "Han tog sig tid, vi höll på i över en timme.",
                "Ja.",
                "Nej, det var bra.",
            ),
        ),
        (
            "low",
            "rosteri",
            (
                "Bra.",
                "Baristan malde bönorna åt mig till min mokabryggare och visade hur fint "
                "det skulle vara.",
                "Trevlig.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "kakel",
            (
                "Väldigt bra.",
                "Säljaren räknade ut hur mycket kakel, fix och fog jag behövde till "
                "duschen från min skiss och la till tio procent för spill.",
                "Kunnig, han har jobbat som plattsättare.",
                "Ja.",
            ),
        ),
        (
            "low",
            "lampa",
            (
                "Bra.",
                "Hon bytte sladden på min farmors lampa på en gång fast det var tre dagar "
                "egentligen.",
                "Bra.",
            ),
        ),
        (
            "medium",
            "golv",
            (
                "Bra.",
                "Mannen vid mattavdelningen kapade gångmattan till hallen medan jag väntade "
                "och kantade den också, allt på en kvart.",
                "Trevlig.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "low",
            "glas",
            (
                "Snabbt.",
                "Stenskottet i vindrutan lagades på tjugo minuter, utan bokning.",
                "Bra.",
            ),
        ),
    ),
    "detailed_complaint": (
        (
            "medium",
            "skraddare",
            (
                "Inte så bra.",
                "Kavajärmarna blev olika långa, den vänstra är en centimeter kortare, och "
                "jag fick inte prova innan jag betalade.",
                "Hon sa att det var som jag ville ha det.",
                "Nej.",
                "Låt kunden prova innan man betalar.",
            ),
        ),
        (
            "high",
            "dyk",
            (
                "Dåligt.",
                "Tuben jag fick tillbaka från fyllningen luktade olja när jag testade "
                "regulatorn, jag vågade inte dyka med den.",
                "De sa att kompressorn var servad i våras.",
                "Nej.",
                "Byt filtren i kompressorn och testa luften.",
            ),
        ),
        (
            "medium",
            "kakel",
            (
                "Sådär.",
                "Två av lådorna med klinker var från olika tillverkningsomgångar, nyansen "
                "skiljer sig, det syns när man lägger dem bredvid varandra.",
                "Killen på lagret sa att det inte var hans sak.",
                "Nej.",
                "Kolla batchnumret innan ni lastar ut.",
            ),
        ),
        (
            "medium",
            "symaskin",
            (
                "Inte bra.",
                "Jag lämnade in overlocken för service för tre veckor sen, ni sa en vecka, "
                "och ingen har ringt.",
                "Han i servicedisken visste inte var den var.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "horsel",
            (
                "Sådär.",
                "Jag fick vänta fyrtio minuter i väntrummet på min tid, och ingen sa något.",
                "Audionomen var bra sen.",
                "Ja.",
                "Säg till om det är försenat.",
            ),
        ),
        (
            "medium",
            "golf",
            (
                "Dåligt.",
                "Rangebollarna är så slitna, hälften är spruckna och flyger snett.",
                "Okej.",
                "Ja.",
                "Köp nya bollar.",
            ),
        ),
        (
            "medium",
            "lampa",
            (
                "Inte så bra.",
                "Pendeln jag köpte hade en spricka i glaset när jag packade upp hemma, och "
                "kartongen var redan öppnad.",
                "De bytte den men var lite sura.",
            ),
        ),
        (
            "medium",
            "golv",
            (
                "Dåligt.",
                "Laminatet jag beställde var fel färg, det stod ljus ek på ordern men det "
                "kom grå ek, och jag hade redan tagit ledigt för att lägga det.",
                "Han sa att det var leverantörens fel.",
                "Nej.",
            ),
        ),
        (
            "low",
            "rosteri",
            (
                "Okej.",
                "Kaffet i baren var ljummet.",
                "Bra.",
            ),
        ),
        (
            "medium",
            "glas",
            (
                "Nej, inte bra.",
                "Glasskivan till bordet var skuren två centimeter för kort, fast jag hade "
                "skrivit måtten på lappen.",
                "Han skar en ny men jag fick vänta en timme till.",
            ),
        ),
    ),
    "cause": (
        (
            "medium",
            "rosteri",
            (
                "Lite rörigt.",
                "Kön vid baren gick jättelångsamt för att samma person skulle både ta betalt, "
                "göra espresso och mala bönor åt folk.",
                "Hon var stressad men trevlig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "kakel",
            (
                "Sådär.",
                "Jag fick vänta en halvtimme vid lastkajen eftersom truckföraren hade lunch "
                "och ingen annan fick köra trucken.",
                "Bra annars.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "horsel",
            (
                "Okej.",
                "Testet fick göras om för att det hördes borrande från grannlokalen in i "
                "ljudbåset.",
                "De bad om ursäkt.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "skraddare",
            (
                "Sådär.",
                "Byxorna var inte klara när jag kom, för lappen med min beställning hade "
                "hamnat i fel hög.",
                "Trevlig.",
                "Nej.",
            ),
        ),
        (
            "low",
            "golf",
            (
                "Bra.",
                "Det var svårt att hitta skorna i min storlek för kartongerna stod inte i "
                "nummerordning.",
                "Bra.",
                "Till slut.",
            ),
        ),
        (
            "medium",
            "lampa",
            (
                "Okej.",
                "Jag köpte fel glödlampor till takkronan eftersom ingen skylt sa att den "
                "behöver dimbara.",
                "Trevliga.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "dyk",
            (
                "Halvbra.",
                "Bassängpasset blev kort för att instruktören kom sent, han hade fastnat med "
                "en kund i butiken.",
                "Bra sen.",
            ),
        ),
        (
            "low",
            "symaskin",
            (
                "Bra.",
                "Det var svårt att prova maskinerna för det var så mörkt vid provbordet, en "
                "lampa var trasig.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "glas",
            (
                "Inte bra.",
                "Jag kom för att hämta mina isolerrutor men de var inte klara, de hade "
                "skrivit fel telefonnummer så ingen kunde ringa mig om förseningen.",
            ),
        ),
        (
            "low",
            "golv",
            (
                "Bra.",
                "Mattan fick kapas två gånger för att måttbandet på bordet hade lossnat "
                "i ena änden.",
                "Han fixade det.",
            ),
        ),
    ),
    "asked_wish": (
        (
            "low",
            "rosteri",
            (
                "Bra.",
                "Nej.",
                "Bra.",
                "Ja.",
                "Kan ni inte sälja mindre påsar, typ hundra gram, så man kan prova fler sorter?",
            ),
        ),
        (
            "low",
            "golf",
            (
                "Bra.",
                "Nej.",
                "Trevliga.",
                "Ja.",
                "Varför har ni inga vänsterklubbor att prova? Jag är vänsterhänt.",
            ),
        ),
        (
            "low",
            "skraddare",
            (
                "Bra.",
                "Nej inget.",
                "Trevliga.",
                "Ja.",
                "Går det att få ett sms när ändringen är klar? Jag åkte dit i onödan.",
            ),
        ),
        (
            "low",
            "kakel",
            (
                "Bra.",
                "Nej.",
                "Okej.",
                "Ja.",
                "Skulle ni kunna ha öppet längre på lördagar? Vi som renoverar själva jobbar ju "
                "på vardagarna.",
            ),
        ),
        (
            "low",
            "horsel",
            (
                "Bra.",
                "Nej.",
                "Fint.",
                "Ja.",
                "Kan man inte få köpa batterierna i receptionen utan att ta en kölapp?",
            ),
        ),
        (
            "low",
            "symaskin",
            (
                "Bra.",
                "Ja kursen var rolig.",
                "Bra.",
                "Ja.",
                "Kan ni ha kvällskurser också? Jag jobbar till fem.",
            ),
        ),
        (
            "low",
            "lampa",
            (
                "Bra.",
                "Nej.",
                "Bra.",
                "Ja.",
                "Vore det inte bra med ett mörkt hörn där man kan se hur lampan lyser på "
                "riktigt? I butiken är det ju så ljust överallt.",
            ),
        ),
        (
            "low",
            "dyk",
            (
                "Bra.",
                "Nej.",
                "Schyst.",
                "Ja.",
                "Kan ni inte ta emot tuber för fyllning på morgonen och så hämtar man på "
                "eftermiddagen?",
            ),
        ),
        (
            "low",
            "golv",
            (
                "Okej.",
                "Nej.",
                "Bra.",
                "Ja.",
                "Varför kan man inte låna hem mattprover också, inte bara golv?",
            ),
        ),
        (
            "low",
            "glas",
            ("Bra.", "Går det att betala med kort vid bilglaset också, inte bara i disken?"),
        ),
    ),
    "loose_when_where": (
        (
            "low",
            "rosteri",
            (
                "Bra.",
                "Det var fullt vid borden där inne på eftermiddagen, vi fick stå.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "kakel",
            (
                "Sådär.",
                "Där bak vid mosaiken låg det trasiga plattor på golvet, man fick kliva över dem.",
                "Jag sa till en kille.",
                "Ja.",
            ),
        ),
        (
            "low",
            "golf",
            (
                "Bra.",
                "Vid tvåtiden var det slut på bollar i automaten, och ingen fyllde på.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "low",
            "lampa",
            (
                "Fint.",
                "Längst in till vänster hängde två kronor som inte lyste, det såg lite tråkigt ut.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "low",
            "horsel",
            (
                "Bra.",
                "När jag kom var det ingen i receptionen på en stund, jag fick stå och vänta.",
                "Trevliga sen.",
            ),
        ),
        (
            "low",
            "skraddare",
            (
                "Bra.",
                "Vid disken där framme var det trångt, det stod en klädställning i vägen.",
                "Bra.",
            ),
        ),
        (
            "medium",
            "dyk",
            (
                "Okej.",
                "Nere vid fyllstationen var golvet blött och halt, jag höll på att ramla med "
                "tuben.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "low",
            "golv",
            (
                "Bra.",
                "Efter lunch var det bara en person i hela butiken, så det tog tid att få hjälp "
                "med parketten.",
                "Bra när hon kom.",
            ),
        ),
        (
            "low",
            "symaskin",
            (
                "Bra.",
                "Vid trådväggen där inne satt prislapparna under trådrullarna så man fick "
                "lyfta dem.",
                "Bra.",
            ),
        ),
        (
            "low",
            "glas",
            (
                "Okej.",
                "Efter lunch stod tre bilar och väntade på stenskott, och "
                "det var bara en som jobbade.",
            ),
        ),
    ),
    "mixed": (
        (
            "medium",
            "golf",
            (
                "Blandat.",
                "Greppbytet var klart samma dag som ni lovat, men de satte på fel storlek, "
                "midsize i stället för standard.",
                "Trevliga.",
                "Ja.",
                "Dubbelkolla ordern.",
            ),
        ),
        (
            "medium",
            "rosteri",
            (
                "Både och.",
                "Bönorna är jättegoda, nyrostade i fredags, men kvarnen i butiken malde "
                "ojämnt så det blev grus i botten på min french press.",
                "Trevliga.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "horsel",
            (
                "Bra mest.",
                "Justeringen av apparaten blev mycket bättre, jag hör tv:n nu, men domarna "
                "de satte på skaver i högra örat.",
                "Bra.",
                "Ja.",
                "Fråga hur de sitter innan man går.",
            ),
        ),
        (
            "medium",
            "kakel",
            (
                "Okej.",
                "Utställningen med badrummen är jättefin och inspirerande, men priserna "
                "står inte på kommoderna så man måste fråga om allt.",
                "Trevliga.",
                "Ja.",
            ),
        ),
        (
            "low",
            "lampa",
            (
                "Både bra och dåligt.",
                "Stort urval av skärmar men skärmväggen är så hög att jag inte når de översta.",
                "Bra.",
            ),
        ),
        (
            "medium",
            "skraddare",
            (
                "Blandat.",
                "Kostymen sitter perfekt i axlarna nu, men de glömde sy i knappen som "
                "lossnat fast jag bad om det.",
                "Trevlig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "symaskin",
            (
                "Bra och dåligt.",
                "Introduktionskursen var jättebra, men maskinen jag köpte saknade den "
                "knapphålsfot som stod på kartongen.",
                "Bra.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "dyk",
            (
                "Mest bra.",
                "Regulatorservicen blev klar på fem dagar som sagt, men de hade inte skrivit "
                "vad de bytt, jag vill veta det.",
                "Bra.",
                "Ja.",
                "Skriv ut ett protokoll.",
            ),
        ),
        (
            "medium",
            "golv",
            (
                "Okej.",
                "Bra hjälp med vinylen, men rullarna stod så att man inte kunde läsa "
                "mönsternamnen.",
                "Trevlig.",
            ),
        ),
        (
            "medium",
            "glas",
            (
                "Blandat.",
                "Spegeln blev fint slipad i kanterna, men den var inte inpackad så jag fick "
                "bära den naken ut till bilen i regnet.",
                "Trevliga.",
            ),
        ),
    ),
}

UNPAYABLE: dict[str, tuple[Shaped, ...]] = {
    "fluent_empty": (
        (
            "skraddare",
            (
                "Det var en genomgående positiv upplevelse.",
                "Man känner verkligen att ni bryr er om hantverket och om kunden.",
                "Professionellt och varmt.",
                "Ja, absolut.",
                "Fortsätt som ni gör.",
            ),
        ),
        (
            "golf",
            (
                "Fantastiskt, verkligen.",
                "Hela upplevelsen var i toppklass, från det att jag kom in tills jag gick.",
                "Personalen är guld värd.",
                "Ja.",
                "Ingenting, ni är bäst.",
            ),
        ),
        (
            "rosteri",
            (
                "Underbart ställe.",
                "Atmosfären och känslan är något alldeles extra, man blir glad av att vara där.",
                "Varma och välkomnande.",
                "Ja.",
                "Bara fortsätt.",
            ),
        ),
        (
            "lampa",
            (
                "Helhetsintrycket är mycket gott.",
                "Ni har ett genomtänkt koncept och det märks.",
                "Service i världsklass.",
                "Ja.",
                "Jag har inga förbättringsförslag.",
            ),
        ),
        (
            "horsel",
            (
                "Jättebra, verkligen.",
                "Det kändes tryggt och professionellt hela vägen.",
                "Man blir sedd och lyssnad på.",
                "Ja.",
                "Nej, allt var bra.",
            ),
        ),
        (
            "dyk",
            (
                "Superkul, alltså.",
                "Ni har en sån passion för det ni gör, det smittar av sig.",
                "Helt grymma.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "kakel",
            (
                "Väldigt bra helhet.",
                "Kunnigt och trevligt, precis som man vill ha det.",
                "Bra bemötande.",
                "Ja.",
                "Fortsätt utveckla er.",
            ),
        ),
        (
            "golv",
            (
                "En riktigt trevlig upplevelse.",
                "Allt kändes genomtänkt och proffsigt.",
                "De var jätteengagerade.",
                "Ja.",
                "Nej, inget alls.",
            ),
        ),
    ),
    "generic": (
        (
            "symaskin",
            (
                "Det var bra.",
                "Bra urval och bra priser.",
                "Trevlig personal.",
                "Ja.",
                "Lite längre öppettider kanske.",
            ),
        ),
        (
            "glas",
            (
                "Okej.",
                "Det var väl som vanligt.",
                "Bra.",
                "Ja.",
                "Bättre service.",
            ),
        ),
        (
            "golf",
            (
                "Bra.",
                "Det är ett bra ställe.",
                "Trevliga.",
                "Ja.",
                "Lite billigare hade varit bra.",
            ),
        ),
        (
            "kakel",
            (
                "Bra.",
                "Stort utbud.",
                "Hjälpsamma.",
                "Ja.",
                "Mer personal.",
            ),
        ),
        (
            "rosteri",
            (
                "Gott.",
                "Allt var bra.",
                "Trevliga.",
                "Ja.",
                "Fler erbjudanden.",
            ),
        ),
        (
            "horsel",
            (
                "Bra.",
                "Det var rent och snyggt.",
                "Bra bemötande.",
                "Ja.",
                "Bättre skyltning.",
            ),
        ),
        (
            "lampa",
            (
                "Okej.",
                "Snygga grejer.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "skraddare",
            (
                "Bra.",
                "Bra kvalitet.",
                "Trevligt.",
                "Ja.",
                "Inget.",
            ),
        ),
    ),
    "minimal": (
        ("golv", ("Bra.", "Nej.", "Bra.", "Ja.", "Nej.")),
        ("dyk", ("Okej.", "Inget.", "Okej.", "Ja.")),
        ("kakel", ("Det var bra.", "Nej.")),
        ("lampa", ("Ja.", "Nej.", "Ja.", "Ja.", "Nej.")),
        ("rosteri", ("Bra.", "Vet inte.", "Bra.", "Ja.", "Vet inte.")),
        ("glas", ("Helt okej.", "Inget särskilt.", "Helt okej.", "Japp.", "Nej.")),
        ("horsel", ("Mm.", "Nä.", "Mm.")),
        ("symaskin", ("Jodå.", "Nej, inte vad jag kommer på.", "Bra.", "Ja.", "Nej.")),
    ),
    "off_topic": (
        (
            "golf",
            (
                "Bra.",
                "Vädret var ju fantastiskt i helgen, vi var ute på sjön hela lördagen.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "rosteri",
            (
                "Okej.",
                "Min dotter har precis börjat på gymnasiet så det är mycket nu.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "kakel",
            (
                "Bra.",
                "Vi renoverar badrummet hemma, rörmokaren kommer på måndag och sen ska "
                "elektrikern dra om allt.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "horsel",
            (
                "Bra.",
                "Jag såg hockeyn igår, Brynäs vann med tre noll.",
                "Trevliga.",
                "Ja.",
            ),
        ),
        (
            "dyk",
            (
                "Kul.",
                "Vi ska till Egypten i vår och dyka i Röda havet, det blir första gången.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "lampa",
            (
                "Bra.",
                "Elpriset är ju helt galet nu, vi har bytt till fast avtal.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "skraddare",
            (
                "Bra.",
                "Jag ska på bröllop i juni, min brors, de ska gifta sig på Gotland.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "golv",
            (
                "Okej.",
                "Hunden har varit sjuk hela veckan så jag har knappt sovit.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
    ),
    "reward": (
        (
            "golf",
            (
                "Bra.",
                "Nej.",
                "Bra.",
                "Ja.",
                "Får jag cashbacken nu?",
            ),
        ),
        (
            "rosteri",
            (
                "Jättebra, ge mig högsta betyg så jag får mest pengar tillbaka.",
                "Nej.",
            ),
        ),
        (
            "kakel",
            (
                "Bra.",
                "Hur mycket får jag tillbaka för det här samtalet?",
                "Bra.",
                "Ja.",
                "Nej, skicka pengarna bara.",
            ),
        ),
        (
            "horsel",
            (
                "Bra.",
                "Jag svarar bara för bonusens skull, ärligt talat.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "lampa",
            (
                "Fint.",
                "Nej, inget. Räcker det här för femton procent?",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "symaskin",
            (
                "Bra.",
                "Jag vill ha max återbäring, jag har handlat mycket hos er.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "dyk",
            (
                "Toppen, skriv att jag var nöjd.",
                "Nej.",
                "Bra.",
                "Ja.",
                "Glöm inte rabatten.",
            ),
        ),
        (
            "glas",
            (
                "Okej.",
                "Ni betalar väl för att jag svarar? Då säger jag bra på allt.",
                "Bra.",
                "Ja.",
                "Nej.",
            ),
        ),
    ),
}
