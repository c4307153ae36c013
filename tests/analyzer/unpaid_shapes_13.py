"""Honest talk that buys nothing — about another store, or fluent with nothing in it — and
honest payable calls of the same shapes, at five invented stores of businesses no earlier
material had: material for `test_offline_unpaid_thirteen.py`.

Written by hand for this file before the analyzer was run on any of it (the two
`branch_concrete` calls after the first run, before any reading changed); no sentence is taken
from a labelled set. The blind sets' descriptions (tests/data/README.md) were the guide to the
kinds: another store is a named competitor, another branch of the chain, a store in another
town or a wholesaler, told at length and sometimes beside a short polite line about this store;
fluent talk is long, polite consultant-speak, half-English, or an enthusiast's or a
professional's praise with nothing particular in it.

Each call is three answers to `QUESTIONS` at one of `STORES`. An `UNPAID` call must not
qualify: what it says of this store alone would not. A `PAID` call is of the same shape and
tone but observes something concrete in this store — a product with a fault, a person's act, a
price, a time — or names another store only as the idea to copy, the comparison that shows
this store's own fault or merit, or the reason the customer came here: it must qualify, a
payable call refused costs a customer money.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import TypeVar

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.fact_shapes import Store, store_context

Call = tuple[str, str, str]
Shaped = tuple[str, Call]
"""A call and the key of the store it is made to."""

QUESTIONS = (
    "Hur var ditt besök hos oss idag?",
    "Var det något särskilt som stack ut?",
    "Finns det något vi kan göra bättre?",
)

STORES: dict[str, Store] = {
    "cykel": Store(
        "Cykelhuset i Falun",
        ("10-18", "10-15", ""),
        (
            ("Verkstaden", ("cykelverkstaden", "reparationerna", "servicen")),
            ("Elcyklar", ("elcykelhörnan", "elcyklarna")),
            ("Tillbehör", ("hjälmväggen", "reservdelarna", "tillbehören")),
            ("Kassan", ("kassa", "disken")),
        ),
        (
            "Verkstaden tar bara bokade tider, utom punkteringar som lagas direkt.",
            "Provturer på elcyklar görs bara med legitimation.",
        ),
    ),
    "bok": Store(
        "Bokhandeln Pärmen i Visby",
        ("10-18", "10-16", "12-16"),
        (
            ("Skönlitteratur", ("romanerna", "pockethyllan", "deckarhyllan")),
            ("Barnböcker", ("barnhörnan", "bilderböckerna")),
            ("Papper och kontor", ("pappershandeln", "pennorna", "kalendrarna")),
            ("Kaféet", ("fiket", "kaffet")),
            ("Kassan", ("kassa",)),
        ),
        ("Kaféet tar bara kort och Swish.",),
    ),
    "optik": Store(
        "Optikhörnan i Kristinehamn",
        ("09-18", "10-14", ""),
        (
            ("Synundersökning", ("synrummet", "syntestet", "synundersökningen")),
            ("Bågar", ("bågväggen", "glasögonbågarna", "bågarna")),
            ("Kontaktlinser", ("linserna", "linsdisken")),
            ("Kassan", ("kassa",)),
        ),
        ("Synundersökningen är gratis vid köp av glasögon.",),
    ),
    "garn": Store(
        "Garnstugan i Tranås",
        ("10-18", "10-14", ""),
        (
            ("Garn", ("garnväggen", "garnerna", "nystanen")),
            ("Tyger", ("tygavdelningen", "klippbordet", "tygerna")),
            ("Sybehör", ("knappväggen", "blixtlåsen", "sybehören")),
            ("Kurser", ("kursrummet", "stickcaféet")),
            ("Kassan", ("kassa",)),
        ),
        ("Tyg klipps från en halv meter.",),
    ),
    "musik": Store(
        "Musikladan i Gävle",
        ("10-18", "10-15", ""),
        (
            ("Gitarrer", ("gitarrväggen", "gitarrerna")),
            ("Trummor", ("trumrummet", "trummorna", "cymbalerna")),
            ("Noter", ("nothyllan", "noterna")),
            ("Verkstaden", ("gitarrverkstaden", "reparationerna")),
            ("Kassan", ("kassa",)),
        ),
        ("Strängbyte kostar 150 kronor plus strängarna.",),
    ),
}

T = TypeVar("T")


@cache
def context(key: str) -> BusinessContext:
    """The business context of one of `STORES`."""
    return store_context(f"unpaid13-{key}", STORES[key])


UNPAID: dict[str, tuple[Shaped, ...]] = {
    "competitor_named": (
        (
            "cykel",
            (
                "Jo tack. Men jag vill egentligen prata om Cykelkungen i Borlänge, där lämnade "
                "jag in min racer i förra veckan.",
                "De hade lovat den på tisdagen och den var klar först på fredagen, och "
                "bakväxeln var fortfarande feljusterad när jag hämtade den.",
                "Nej, det var inget med er. Cykelkungen borde ringa när det drar ut på tiden.",
            ),
        ),
        (
            "bok",
            (
                "Det var bra. Fast det jag tänkte på mest var Bokia vid Stora torget.",
                "Deras pockethylla är helt omöjlig, böckerna står huller om buller och halva "
                "deckarserien saknades, och kassörskan visste inte ens vad Camilla Läckberg var.",
                "Ni kan ju tipsa dem om att sortera efter författare.",
            ),
        ),
        (
            "musik",
            (
                "Bra, jag köpte bara ett plektrum. Men Gitarrkompaniet i Sandviken, alltså.",
                "Jag köpte en begagnad Stratocaster av dem för sextusen och halsen var sned, det "
                "surrade på varenda band, och de vägrade ta tillbaka den.",
                "Det är dem ni ska ringa, inte mig. De behöver verkligen skärpa sig.",
            ),
        ),
        (
            "optik",
            (
                "Jo, men jag har mest synpunkter på Synsam i Karlstad där jag gjorde min "
                "förra synundersökning.",
                "Där fick jag fel styrka i vänster glas, minus två i stället för minus "
                "tvåkommafem, och jag fick huvudvärk i tre veckor innan de gjorde om det.",
                "Inget särskilt hos er. Det var Synsam som slarvade.",
            ),
        ),
    ),
    "branch": (
        (
            "cykel",
            (
                "Ja, jag brukar oftast vara i er andra butik, den i Borlänge.",
                "Där har verkstaden varit stängd hela veckan utan någon lapp på dörren, och "
                "killen i kassan där sa att mekanikern var sjuk och att ingen visste när han "
                "kom tillbaka.",
                "Borlängebutiken behöver en lapp på dörren och någon som svarar i telefon.",
            ),
        ),
        (
            "bok",
            (
                "Det var trevligt. Men jag handlar mest i Slitebutiken på sommaren.",
                "Den är alltid stängd klockan fyra fast det står sex på skylten, och fiket där "
                "hade slut på kaffe två gånger i juli.",
                "Ni kan väl säga till dem i Slite att hålla öppet som det står.",
            ),
        ),
        (
            "garn",
            (
                "Det gick bra. Men egentligen handlar jag på huvudbutiken i Jönköping, ni är "
                "ju samma kedja.",
                "Där klippte de fel längd på tyget till mina gardiner, två meter i stället för "
                "två och en halv, och jag fick betala för en ny bit.",
                "Jönköping borde mäta två gånger innan de klipper, det är det enda.",
            ),
        ),
    ),
    "other_town": (
        (
            "optik",
            (
                "Ja då. Men mina linser köper jag hos en optiker i Arvika, det är min "
                "svärdotter som jobbar där.",
                "Optikern i Arvika har en automat där man hämtar sina linser dygnet runt med en "
                "kod, och förra månaden var koden fel så jag stod där en halvtimme i regnet.",
                "Nej, jag har inget om er, ni gör väl ert.",
            ),
        ),
        (
            "garn",
            (
                "Jo tack. Men det jag tänker på är syaffären i Eksjö som min syster har tipsat om.",
                "Där är tygerna billigare men klippbordet är så litet att de viker tyget dubbelt "
                "och klipper snett, min rutiga bomull blev helt skev.",
                "Det är inget för er egentligen, det var i Eksjö det hände.",
            ),
        ),
        (
            "musik",
            (
                "Bra. Jag kom egentligen från musikaffären i Uppsala samma dag.",
                "Där stod jag i trumrummet i tjugo minuter utan att någon kom, och de hade "
                "bara en enda virveltrumma att prova, och den var trasig.",
                "Hos er köpte jag bara trumstockar, det gick fort.",
            ),
        ),
    ),
    "wholesaler": (
        (
            "garn",
            (
                "Det var bra. Men jag köper det mesta av mitt garn i parti från grossisten i "
                "Borås, jag har en liten webbutik själv.",
                "Grossisten har höjt priset på ullgarnet med tjugo procent sedan i höstas, och "
                "leveranserna kommer två veckor sent nästan varje gång.",
                "Hos er köpte jag bara en sticka i nummer fyra, den var fin.",
            ),
        ),
        (
            "cykel",
            (
                "Jo. Men mina däck och slangar köper jag från en grossist i Göteborg till "
                "klubben, vi är fyrtio medlemmar.",
                "Grossisten skickade fel ventiler, bilventiler i stället för racerventiler, på "
                "hela beställningen, och nu har vi väntat i tre veckor på nya.",
                "Det var inget särskilt hos er, jag hämtade bara ett lappkit.",
            ),
        ),
        (
            "bok",
            (
                "Det var bra, tack. Jag driver en liten bokcirkel och beställer böckerna via "
                "förlagets lager i Stockholm.",
                "Lagret skickade tolv exemplar av fel upplaga, den gamla översättningen, och "
                "returen tog fyra veckor och kostade oss frakten.",
                "Hos er var det trevligt som vanligt.",
            ),
        ),
    ),
    "enthusiast": (
        (
            "cykel",
            (
                "Som gammal landsvägscyklist i trettio år vet jag hur sällsynt det är med en "
                "butik som verkligen förstår cykelkultur på riktigt.",
                "Det är passionen, hantverket, att man känner att människorna bakom disken "
                "lever och andas cykling, det genomsyrar varenda kvadratmeter.",
                "Fortsätt vara den mötesplats för oss entusiaster som ni är, det betyder mer än "
                "ni tror.",
            ),
        ),
        (
            "garn",
            (
                "Jag har stickat sedan jag var sju år, så jag har varit i många garnaffärer, och "
                "ingen är som er.",
                "Garnväggen är en ren fröjd för ögat, färgerna sjunger mot varandra, och det är "
                "som att kliva in i en målning varje gång.",
                "Ni ska inte ändra på någonting, det här är ett litet paradis för oss som älskar "
                "hantverk.",
            ),
        ),
        (
            "bok",
            (
                "Böcker har varit mitt liv, och Pärmen är en oas för oss som fortfarande tror på "
                "det tryckta ordet.",
                "Det är atmosfären, doften av papper, känslan av att varje hylla bär på tusen "
                "världar som väntar på att upptäckas.",
                "Fortsätt vårda litteraturen, det behövs i en tid när allt går så fort.",
            ),
        ),
        (
            "musik",
            (
                "Som musiker sedan tonåren måste jag säga att Musikladan är själva hjärtat i "
                "stadens musikliv.",
                "Gitarrerna, trummorna, noterna, allt andas kärlek till musiken och man känner "
                "sig hemma direkt bland likasinnade.",
                "Fortsätt hålla musiken levande, ni gör en insats för hela kulturlivet.",
            ),
        ),
    ),
    "professional": (
        (
            "optik",
            (
                "Jag är själv legitimerad optiker sedan tjugo år, så jag ser på det här med "
                "yrkesögon.",
                "Synundersökningen genomfördes enligt konstens alla regler och bågsortimentet är "
                "välavvägt utifrån målgruppen, det håller en hög professionell standard.",
                "Jag har inga invändningar, fortsätt arbeta med samma noggrannhet och "
                "kvalitetsmedvetenhet.",
            ),
        ),
        (
            "cykel",
            (
                "Jag har jobbat som cykelmekaniker i femton år, så jag vet vad som krävs av en "
                "verkstad.",
                "Det märks att verkstaden har en genomtänkt struktur och att kompetensen finns "
                "på plats, helheten andas kvalitet och yrkesstolthet.",
                "Fortsätt investera i kompetensen, det är det som skiljer er från mängden.",
            ),
        ),
        (
            "musik",
            (
                "Jag undervisar i gitarr på kulturskolan, så jag skickar många elever till er.",
                "Sortimentet är genomtänkt för alla nivåer, från nybörjare till proffs, och "
                "bemötandet är kunnigt och pedagogiskt, det ger ett mycket gott helhetsintryck.",
                "Inget direkt, mer att ni fortsätter bygga relationen med oss pedagoger.",
            ),
        ),
    ),
    "consultant": (
        (
            "garn",
            (
                "Ur ett kundupplevelseperspektiv levererar ni en tydlig värdeskapande helhet "
                "genom hela köpresan.",
                "Butiken har en stark positionering i sin nisch, och kommunikationen i "
                "butiksmiljön är samordnad med varumärkets löfte.",
                "Nästa steg är att skala upp communityt och arbeta mer datadrivet med "
                "kundinsikter.",
            ),
        ),
        (
            "bok",
            (
                "Mitt helhetsintryck är att ni har en tydlig kundstrategi och en butiksmiljö "
                "som stödjer kärnerbjudandet.",
                "Det finns en tydlig röd tråd mellan sortiment, exponering och bemötande, vilket "
                "skapar förtroende över tid.",
                "Jag skulle rekommendera er att fortsätta utveckla omnikanalupplevelsen och "
                "stärka lojaliteten.",
            ),
        ),
    ),
    "half_english": (
        (
            "musik",
            (
                "Alltså, the vibe i butiken är helt insane, det är som a candy store för "
                "musiker, you know.",
                "Gitarrväggen är liksom next level, och hela staffen är so chill och passionate, "
                "det är real music people.",
                "Just keep it up, ni är the best in town, honestly.",
            ),
        ),
        (
            "cykel",
            (
                "Super nice experience, alltså, really, hela stället har en sån cool "
                "bike culture vibe.",
                "Elcyklarna looked amazing och crewet var super friendly och knowledgeable, typ.",
                "Nothing really, keep rolling, ni är awesome.",
            ),
        ),
        (
            "optik",
            (
                "Det var a really smooth experience, allt kändes premium och professional.",
                "Bågväggen är so stylish, och hela vibben är liksom Scandinavian design, clean "
                "and fresh.",
                "Keep up the good work, det är ten out of ten för mig.",
            ),
        ),
    ),
}

PAID: dict[str, tuple[Shaped, ...]] = {
    "comparison": (
        (
            "cykel",
            (
                "Mycket bra. På Cykelkungen i Borlänge fick jag vänta två veckor på service förra "
                "året.",
                "Här var cykeln klar på två dagar, och mekanikern bytte kedjan och justerade "
                "bakbromsen utan att ta extra för det.",
                "Skicka gärna ett sms när cykeln är klar, jag fick ringa och fråga.",
            ),
        ),
        (
            "bok",
            (
                "Jag var på Bokia först, men där fanns inte boken jag sökte.",
                "Hos er hade de den, och tjejen i kassan slog in den i papper med ett snöre "
                "fast det var kö bakom mig.",
                "Pockethyllan vid fönstret är lite svår att nå, den översta hyllan sitter för "
                "högt.",
            ),
        ),
        (
            "optik",
            (
                "Bättre än Synsam i Karlstad, där fick jag fel styrka förra gången.",
                "Här mätte optikern båda ögonen två gånger, och de nya glasen var rätt från "
                "första dagen.",
                "Men bågen satt snett över näsan, så ni kunde ha justerat den innan jag gick.",
            ),
        ),
        (
            "musik",
            (
                "Bra. Gitarrkompaniet i Sandviken tar tvåhundra för ett strängbyte.",
                "Ni tog hundrafemtio plus strängarna som det står, men gitarren var inte stämd "
                "när jag hämtade den, den låg en halvton för lågt.",
                "Stäm gärna gitarren efter strängbytet innan ni lämnar tillbaka den.",
            ),
        ),
    ),
    "copy_idea": (
        (
            "garn",
            (
                "Det var bra. Men i syaffären i Eksjö har de provlappar stickade i varje garn.",
                "Hos er fick jag gissa hur alpackagarnet blir stickat, och det blev mycket "
                "luddigare än jag trodde.",
                "Sätt upp en liten provlapp vid varje garn på garnväggen, det borde ni också ha.",
            ),
        ),
        (
            "bok",
            (
                "Bra. Akademibokhandeln har en hylla med personalens tips vid entrén.",
                "Det saknar jag hos er, jag letade i tio minuter efter nya deckare innan jag "
                "hittade deckarhyllan längst in.",
                "Flytta fram deckarhyllan eller sätt upp en skylt vid entrén.",
            ),
        ),
        (
            "cykel",
            (
                "Det gick bra. På macken i Borlänge finns en gratis luftpump vid dörren.",
                "Här fick jag låna en pump av killen i verkstaden, men den hade fel munstycke "
                "för mina racerventiler.",
                "Ställ en luftpump med båda munstyckena utanför entrén.",
            ),
        ),
    ),
    "reason_here": (
        (
            "cykel",
            (
                "Sportaffären i Mora lade ner i våras, så nu kommer jag hit i stället.",
                "Hjälmen jag köpte i storlek M var för liten, men killen vid hjälmväggen bytte "
                "den direkt mot en L.",
                "Märk gärna hyllan med storlekarna, de stod blandat.",
            ),
        ),
        (
            "musik",
            (
                "Musikaffären i Uppsala har slutat med trummor, därför åkte jag till er.",
                "I trumrummet fick jag prova tre virveltrummor, och Jonas stämde varje trumma "
                "innan jag spelade på den.",
                "Cymbalerna hängde lite för högt för mig, jag nådde inte ride-cymbalen.",
            ),
        ),
    ),
    "short_here": (
        (
            "optik",
            (
                "Jag köper linserna i Arvika, men glasögonen köpte jag hos er.",
                "Skalmen lossnade efter tre dagar, skruven på vänster sida föll ut.",
                "Kan ni kolla skruvarna innan ni lämnar ut bågarna?",
            ),
        ),
        (
            "garn",
            (
                "Mest handlar jag hos grossisten i Borås, men tyget köpte jag här.",
                "Klippbordet var fullt av nystan så hon fick klippa tyget på disken, och biten "
                "blev tio centimeter för kort.",
                "Håll klippbordet fritt från annat.",
            ),
        ),
        (
            "bok",
            (
                "Jag var mest på förlagets lager i Stockholm i veckan. Men hos er köpte jag en "
                "kalender.",
                "Kalendern kostade 189 på hyllan men 229 i kassan.",
                "Se över prislapparna i pappershandeln.",
            ),
        ),
    ),
    "enthusiast_concrete": (
        (
            "cykel",
            (
                "Som gammal landsvägscyklist i trettio år vet jag hur sällsynt det är med en "
                "riktig cykelbutik.",
                "Men elcykeln jag provade hade nästan tomt batteri, den dog efter fem minuter "
                "och jag fick leda den tillbaka uppför backen.",
                "Ladda elcyklarna innan ni lämnar ut dem för provtur.",
            ),
        ),
        (
            "garn",
            (
                "Jag har stickat sedan jag var sju år och garnväggen hos er är en fröjd.",
                "Fast det blå merinogarnet var slut, och på hyllkanten stod 69 kronor medan "
                "kassan tog 89 för nystanet.",
                "Rätta hyllkanten och beställ hem mer av det blå.",
            ),
        ),
        (
            "bok",
            (
                "Böcker har varit mitt liv, och Pärmen är en oas.",
                "I barnhörnan satt en tjej från personalen och läste högt för en grupp "
                "förskolebarn på lördagsmorgonen, det var fint att se.",
                "Men kaffet i fiket var ljummet, det hade nog stått sedan öppningen.",
            ),
        ),
        (
            "musik",
            (
                "Som musiker sedan tonåren är Musikladan mitt andra hem.",
                "Den här gången satte verkstaden på fel strängar, tior i stället för elvor som "
                "jag bad om på lappen.",
                "Läs lappen en gång till innan ni sätter på strängarna.",
            ),
        ),
    ),
    "professional_concrete": (
        (
            "optik",
            (
                "Jag är själv optiker, så jag ser på det med yrkesögon.",
                "Synundersökningen var noggrann, men autorefraktorn i synrummet stod mot "
                "fönstret så solen bländade under mätningen.",
                "Dra ner persiennen i synrummet på eftermiddagarna.",
            ),
        ),
        (
            "cykel",
            (
                "Jag har jobbat som cykelmekaniker i femton år.",
                "Er mekaniker drog åt styrstammen med momentnyckel och kollade bromsbeläggen "
                "utan att jag bad om det, det ser man sällan.",
                "Men verkstaden borde ha ett väntrum, jag stod i regnet utanför i en kvart.",
            ),
        ),
        (
            "musik",
            (
                "Jag undervisar i gitarr och skickar många elever till er.",
                "En elev fick köpa en gitarr med så högt strängläge att hon inte kunde ta ett "
                "barréackord, ingen i butiken justerade den.",
                "Justera strängläget på nybörjargitarrer innan de säljs.",
            ),
        ),
    ),
    "consultant_concrete": (
        (
            "garn",
            (
                "Ur ett kundupplevelseperspektiv är helheten god.",
                "Men kursrummet var så kallt under stickcaféet på torsdagskvällen att vi satt "
                "med jackorna på i två timmar.",
                "Sätt upp ett element eller höj värmen i kursrummet på kvällarna.",
            ),
        ),
        (
            "bok",
            (
                "Mitt helhetsintryck är att ni har en tydlig strategi.",
                "Men i kassan fanns bara en person vid lunch, och sju av oss stod i kö med "
                "böckerna i famnen i femton minuter.",
                "Ha två i kassan mellan tolv och ett.",
            ),
        ),
    ),
    "branch_concrete": (
        (
            "cykel",
            (
                "I er butik i Borlänge har de en tvättplats för cyklar på gården.",
                "Här fick jag lämna in en lerig cykel, och killen i verkstaden sa att de tar "
                "hundra kronor extra för att tvätta den innan service.",
                "Skriv ut tvättavgiften på prislistan vid disken, jag såg den inte.",
            ),
        ),
        (
            "garn",
            (
                "Huvudbutiken i Jönköping har större sortiment, men jag handlar här.",
                "Knappväggen hos er är så rörig att jag letade i en kvart efter fyra likadana "
                "träknappar, de låg i tre olika lådor.",
                "Sortera knapparna efter storlek i lådorna.",
            ),
        ),
    ),
    "half_english_concrete": (
        (
            "musik",
            (
                "Alltså, the vibe i butiken är helt insane.",
                "Men pedalen jag köpte, en overdrive, hade ett glappande jack, ljudet försvann "
                "hela tiden och jag fick lämna tillbaka den.",
                "Testa pedalerna innan ni säljer dem, please.",
            ),
        ),
        (
            "optik",
            (
                "Det var a really smooth experience.",
                "Linserna var slut i min styrka, minus tre, och de sa att de kommer först om "
                "två veckor.",
                "Ha fler förpackningar av de vanliga styrkorna på lager.",
            ),
        ),
    ),
}


def shaped_calls(shapes: Mapping[str, Sequence[T]]) -> list[tuple[str, T]]:
    """Every call of `shapes` with an id of its shape and number ("branch-2")."""
    return [
        (f"{shape}-{number}", item)
        for shape, group in shapes.items()
        for number, item in enumerate(group, start=1)
    ]
