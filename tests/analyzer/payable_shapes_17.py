"""Honest, useful calls at eight kinds of business no earlier material had — clinics,
workshops, transport and leisure, far from a grocery store — and near misses beside them:
material for `test_offline_payable_17.py`.

Written by hand for this file before the analyzer was run on any of it; no sentence is taken
from a labelled set. Eight businesses with their own vocabulary (a dental clinic, a
physiotherapy clinic, a locksmith, a tattoo studio, a ferry line, a taxi company, a riding
school, an industrial museum). A call is the customer's answers to the first questions of
`QUESTIONS`, in spoken Swedish as a customer answers an AI caller.

`PAYABLE` calls are honest and tell this business something concrete it can use; each must
qualify and must not be flagged. Kinds: `small_wish`, `detailed_praise`,
`detailed_complaint`, `mixed`, and `hard` — honest calls of shapes that look odd next to a
grocery store: numbers that are true for the trade (a ferry with sixty cars, a seven-hour
tattoo), the trade's own odd events (a horse that bolted, a flood in the waiting room), other
places visited the same day, the business's own facts repeated in agreement, children,
animals, staff quoted.

`UNPAYABLE` calls must not qualify. Kinds: `fluent_empty` (warm or corporate praise with
nothing specific), `generic` (remarks that fit any business), `vague` (a complaint with no
what, where or when).
"""

from __future__ import annotations

from functools import cache

from kundrost.domain.business_context import BusinessContext
from tests.analyzer.boundary_shapes_15 import QUESTIONS, Banded, Shaped
from tests.analyzer.fact_shapes import Store, store_context
from tests.analyzer.unpaid_shapes_13 import shaped_calls

__all__ = ["PAYABLE", "QUESTIONS", "UNPAYABLE", "Banded", "Shaped", "context", "shaped_calls"]

STORES: dict[str, Store] = {
    "tand": Store(
        "Tandläkarna vid Stortorget i Sundsvall",
        ("08-17", "", ""),
        (
            ("Undersökning", ("undersökningen", "behandlingsrummet", "röntgen")),
            ("Tandhygienist", ("tandhygienisten", "tandstensborttagningen")),
            ("Akuttider", ("akuten", "akuttiden")),
            ("Receptionen", ("väntrummet", "kassa")),
        ),
        (
            "Akuttider släpps varje vardag klockan åtta.",
            "Avbokning senare än 24 timmar före besöket debiteras.",
            "Barn och unga upp till 23 år går gratis.",
            "Vi tar kort och faktura, inte kontanter.",
        ),
    ),
    "fysio": Store(
        "Rörelsekliniken Fysioterapi i Umeå",
        ("07-19", "09-13", ""),
        (
            ("Behandling", ("behandlingsrummen", "britsen", "behandlingen")),
            ("Träningssalen", ("rehabgymmet", "cyklarna")),
            ("Gruppträning", ("gruppassen", "ryggruppen", "bassängträningen")),
            ("Receptionen", ("väntrummet", "kassa")),
        ),
        (
            "Nybesök tar 60 minuter och återbesök 30 minuter.",
            "Frikort gäller för besök inom regionens avtal.",
            "Träningssalen är öppen för patienter med träningsprogram fram till 19.",
            "Avbokning ska göras senast dagen före.",
        ),
    ),
    "las": Store(
        "Låsservice Nyckeln i Gävle",
        ("08-17", "10-13", ""),
        (
            ("Nyckelkopiering", ("nyckelmaskinen", "nyckelkopieringen", "nyckelämnena")),
            ("Lås och cylindrar", ("cylindrarna", "låsen", "montern")),
            ("Kassaskåp", ("kassaskåpen", "värdeskåpen")),
            ("Utryckning", ("utryckningen", "jouren", "servicebilen")),
            ("Disken", ("kassa",)),
        ),
        (
            "Nyckelkopiering görs medan kunden väntar.",
            "Säkerhetsnycklar kopieras bara mot nyckelkort och legitimation.",
            "Jouren tar en utryckningsavgift på 995 kronor kvällar och helger.",
            "Vi öppnar dörrar dygnet runt.",
        ),
    ),
    "tatuering": Store(
        "Svart Bläck Tatueringsstudio i Malmö",
        ("11-19", "11-16", ""),
        (
            ("Tatuering", ("tatueraren", "stencilen", "skissen", "stolen")),
            ("Piercing", ("piercaren", "smyckena", "piercingrummet")),
            ("Bokning", ("bokningen", "konsultationen", "handpenningen")),
            ("Disken", ("kassa", "eftervårdsprodukterna")),
        ),
        (
            "Vi tatuerar inte personer under 18 år.",
            "Handpenning på 500 kronor dras av på slutpriset.",
            "Drop-in på lördagar i mån av tid.",
            "Eftervårdssalva ingår i priset.",
        ),
    ),
    "farja": Store(
        "Skärgårdslinjen Rederi i Vaxholm",
        ("05-23", "06-23", "06-23"),
        (
            ("Biljettkontoret", ("biljettautomaten", "kassa")),
            ("Ombord", ("salongen", "soldäcket", "cafeterian")),
            ("Bildäck", ("bildäcket", "rampen", "fordonsfilen")),
            ("Väntsalen", ("bryggan", "kajen")),
        ),
        (
            "Båten går varje hel timme från Vaxholm.",
            "Hundar får följa med på soldäcket och i hundsalongen.",
            "Cykel kostar 40 kronor extra.",
            "Bilplats måste förbokas på sommaren.",
        ),
    ),
    "taxi": Store(
        "Taxi Norrsken i Luleå",
        ("00-24", "00-24", "00-24"),
        (
            ("Beställningscentralen", ("växeln", "beställningen", "appen")),
            ("Förarna", ("chauffören", "föraren")),
            ("Bilarna", ("bagageutrymmet", "taxametern")),
            ("Färdtjänst", ("färdtjänsten", "rullstolsbilen")),
            ("Kundtjänst", ("kvittot",)),
        ),
        (
            "Fast pris till flygplatsen är 450 kronor.",
            "Barnstol finns om den beställs i förväg.",
            "Alla bilar tar kort och Swish.",
            "Väntetid debiteras efter fem minuter.",
        ),
    ),
    "ridskola": Store(
        "Ekbackens Ridskola i Skövde",
        ("08-21", "09-16", "09-16"),
        (
            ("Lektioner", ("lektionerna", "ridhuset", "manegen", "ridläraren")),
            ("Stallet", ("boxarna", "sadelkammaren", "hästarna")),
            ("Ponnyridning", ("ponnyridningen", "ponnyerna")),
            ("Kansliet", ("kassa", "cafeterian")),
        ),
        (
            "Hjälm och säkerhetsväst är obligatoriskt vid all ridning.",
            "Nybörjargrupper för barn tas emot från sju år.",
            "Ponnyridning är på lördagar mellan tio och tolv.",
            "Missad lektion ersätts inte.",
        ),
    ),
    "museum": Store(
        "Bruksmuseet i Sandviken",
        ("10-17", "11-16", "11-16"),
        (
            ("Utställningarna", ("basutställningen", "hyttan", "valsverket", "montrarna")),
            ("Visningar", ("visningen", "guiden", "visningarna")),
            ("Museibutiken", ("vykorten", "kassa")),
            ("Kaféet", ("fikat",)),
            ("Barnverkstaden", ("pysselbordet",)),
        ),
        (
            "Fri entré för barn under 19 år.",
            "Guidad visning klockan 14 varje dag.",
            "Hyttan är inte tillgänglig för rullstol.",
            "Entrén kostar 120 kronor för vuxna.",
        ),
    ),
}


@cache
def context(key: str) -> BusinessContext:
    """The business context of one of `STORES`."""
    return store_context(f"payable17-{key}", STORES[key])


PAYABLE: dict[str, tuple[Banded, ...]] = {
    "small_wish": (
        (
            "low",
            "tand",
            (
                "Bra.",
                "Nej.",
                "Trevliga.",
                "Ja.",
                "Sms:et om tiden kom bara dagen innan, en vecka innan vore bättre.",
            ),
        ),
        (
            "low",
            "fysio",
            (
                "Bra.",
                "Nej, inget särskilt.",
                "Bra.",
                "Ja.",
                "Fler krokar i omklädningsrummet vid träningssalen, man får lägga jackan på "
                "golvet.",
            ),
        ),
        (
            "low",
            "las",
            (
                "Snabbt.",
                "Nej.",
                "Bra.",
                "Ja.",
                "Ni kunde sätta upp en skylt ute på gatan, jag gick förbi två gånger.",
            ),
        ),
        (
            "low",
            "tatuering",
            (
                "Bra.",
                "Nej.",
                "Schyssta.",
                "Ja.",
                "Lite mer att läsa i väntan, en pärm med gamla skisser kanske.",
            ),
        ),
        (
            "low",
            "farja",
            (
                "Bra.",
                "Cafeterian stängde en halvtimme innan vi la till.",
                "Okej.",
                "Ja.",
                "Ha cafeterian öppen hela resan, folk stod i kö när de stängde.",
            ),
        ),
        (
            "low",
            "taxi",
            (
                "Bra.",
                "Nej.",
                "Trevlig chaufför.",
                "Ja.",
                "Att appen visar vilket registreringsnummer bilen har, jag fick fråga tre bilar.",
            ),
        ),
        (
            "low",
            "ridskola",
            (
                "Bra.",
                "Nej.",
                "Snälla.",
                "Ja.",
                "En plats att hänga blöta overaller vid stallet hade varit bra.",
            ),
        ),
        (
            "low",
            "museum",
            (
                "Trevligt.",
                "Nej.",
                "Bra.",
                "Ja.",
                "Fler bänkar i valsverket, min pappa behövde sitta ner hela tiden.",
            ),
        ),
    ),
    "detailed_praise": (
        (
            "medium",
            "tand",
            (
                "Jättebra.",
                "Tandhygienisten visade på en spegel var tandstenen satt och hur jag ska vinkla "
                "borsten vid de nedre framtänderna, det har ingen gjort förut.",
                "Lugn och förklarade allt.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "fysio",
            (
                "Mycket bra.",
                "Fysioterapeuten testade mitt knä på britsen i tjugo minuter innan hon sa något, "
                "och sen fick jag ett träningsprogram med bilder på tre övningar i appen.",
                "Hon lyssnade.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "las",
            (
                "Bra.",
                "Killen i disken såg att min gamla cylinder var sliten och bytte den på "
                "tjugo minuter medan jag väntade, och jag fick fem nycklar till samma.",
                "Kunnig.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "tatuering",
            (
                "Fantastiskt.",
                "Tatueraren ritade om skissen tre gånger på konsultationen tills linjerna följde "
                "muskeln på underarmen, och stencilen satt perfekt första gången.",
                "Proffsig och lugn.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "farja",
            (
                "Bra tur.",
                "Killen på bildäcket vinkade in husvagnen baklänges åt min pappa när han inte "
                "kom rätt på rampen, det tog två minuter.",
                "Hjälpsamma.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "taxi",
            (
                "Toppen.",
                "Chauffören bar in våra tre resväskor ända upp i trapphuset klockan två på "
                "natten och väntade tills vi hittat nyckeln.",
                "Otroligt vänlig.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "ridskola",
            (
                "Jättebra.",
                "Ridläraren gick bredvid min dotter hela första varvet i manegen och visade hur "
                "hon skulle hålla tyglarna, och efter lektionen fick hon borsta ponnyn i stallet.",
                "Så snälla.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "museum",
            (
                "Mycket bra.",
                "Guiden på visningen klockan två visade hur hyttan fungerade med en modell, och "
                "lät barnen dra i bälgen.",
                "Kunnig och rolig.",
                "Ja.",
                "Nej.",
            ),
        ),
    ),
    "detailed_complaint": (
        (
            "medium",
            "tand",
            (
                "Inte så bra.",
                "Jag satt i väntrummet i fyrtio minuter efter min tid utan att någon sa något, "
                "och sen tog själva undersökningen tio minuter.",
                "Receptionisten sa bara att de låg efter.",
                "Ja.",
                "Säg till när ni är sena.",
            ),
        ),
        (
            "medium",
            "tand",
            (
                "Sådär.",
                "Lagningen jag fick i en kindtand på tisdagen lossnade när jag åt en smörgås "
                "på torsdagen, så jag fick ta en akuttid och betala igen.",
                "Okej.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "fysio",
            (
                "Dåligt.",
                "Cyklarna i träningssalen var trasiga båda två, det hängde en lapp, så jag kunde "
                "inte göra uppvärmningen i mitt program.",
                "Bra.",
                "Nej.",
                "Laga cyklarna.",
            ),
        ),
        (
            "medium",
            "fysio",
            (
                "Inte bra.",
                "Jag blev avbokad med ett sms en timme innan, och när jag ringde receptionen fick "
                "jag ny tid om tre veckor fast jag har ont.",
                "Hon var stressad.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "las",
            (
                "Inte nöjd.",
                "Nyckeln jag kopierade fungerade inte i ytterdörren, den tar emot vid tredje "
                "tappen, och jag fick åka tillbaka dagen efter.",
                "Han sa att det händer.",
                "Nej.",
                "Prova nyckeln innan kunden går.",
            ),
        ),
        (
            "medium",
            "las",
            (
                "Dyrt.",
                "Jouren kom efter en timme och tjugo minuter fast de sa trettio, och jag stod "
                "ute i kylan med två barn.",
                "Trevlig när han väl kom.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "tatuering",
            (
                "Besviken.",
                "Linjen vid armbågen blev ojämn och har läkt ut på två ställen, och när jag "
                "mejlade om bättring fick jag inget svar på två veckor.",
                "Bra på plats.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "tatuering",
            (
                "Sådär.",
                "Piercingen i örat blev sned, smycket sitter två millimeter för långt bak, och "
                "piercaren sa att det var min örbrosks fel.",
                "Otrevlig.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "farja",
            (
                "Dåligt.",
                "Båten klockan fyra gick tio minuter för tidigt från bryggan, vi stod på kajen "
                "och såg den gå och fick vänta en timme på nästa.",
                "Ingen att fråga.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "farja",
            (
                "Inte bra.",
                "Biljettautomaten på kajen tog inte kort, och biljettkontoret var stängt, så vi "
                "fick betala dubbelt ombord.",
                "Okej.",
                "Nej.",
                "Laga automaten.",
            ),
        ),
        (
            "medium",
            "taxi",
            (
                "Dåligt.",
                "Jag beställde i appen till sex på morgonen för flyget och bilen kom tjugo över, "
                "jag missade nästan planet.",
                "Föraren bad om ursäkt.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "taxi",
            (
                "Nej, inte bra.",
                "Föraren körde fel väg till flygplatsen och taxametern visade 620 fast det skulle "
                "vara fast pris, jag fick bråka.",
                "Sur.",
                "Nej.",
                "Fast pris ska vara fast.",
            ),
        ),
        (
            "medium",
            "ridskola",
            (
                "Sådär.",
                "Ridhuset var så dammigt att barnen hostade, ingen hade vattnat underlaget på "
                "hela veckan.",
                "Bra lärare.",
                "Ja.",
                "Vattna manegen.",
            ),
        ),
        (
            "medium",
            "ridskola",
            (
                "Inte bra.",
                "Min son fick rida samma ponny som sparkade förra veckan, fast vi sa till "
                "kansliet, och han var livrädd hela lektionen.",
                "De lyssnade inte.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "museum",
            (
                "Sådär.",
                "Hälften av skärmarna i basutställningen var svarta, och ljudet i valsverket "
                "gick inte att starta.",
                "Bra.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "museum",
            (
                "Dåligt.",
                "Kaféet hade slut på allt utom kaffe vid ett på lördagen, och det var bara en "
                "person som jobbade.",
                "Stressad.",
                "Nej.",
                "Mer personal på helgen.",
            ),
        ),
    ),
    "mixed": (
        (
            "medium",
            "tand",
            (
                "Blandat.",
                "Själva lagningen gick fint och tandläkaren var lugn, men i receptionen tog de "
                "betalt för röntgen som jag trodde ingick.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "fysio",
            (
                "Bra och dåligt.",
                "Bassängträningen var jättebra, men vattnet var så kallt att jag frös hela passet.",
                "Trevliga.",
                "Ja.",
                "Varmare vatten.",
            ),
        ),
        (
            "medium",
            "las",
            (
                "Okej.",
                "Han fixade låset på kassaskåpet, men det tog tre besök innan de hade rätt "
                "reservdel hemma.",
                "Trevlig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "tatuering",
            (
                "Bra men.",
                "Tatueringen blev snygg, men jag fick sitta i stolen i fem timmar utan en enda "
                "paus för att äta.",
                "Snäll.",
                "Ja.",
                "Planera in en paus.",
            ),
        ),
        (
            "medium",
            "farja",
            (
                "Bra.",
                "Personalen var jättetrevlig, men toaletterna i salongen var låsta hela vägen.",
                "Trevliga.",
                "Ja.",
                "Öppna toaletterna.",
            ),
        ),
        (
            "medium",
            "taxi",
            (
                "Okej.",
                "Chauffören var trevlig, men bilen luktade rök och bagageutrymmet var fullt med "
                "hans grejer så väskan fick ligga i knät.",
                "Trevlig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "ridskola",
            (
                "Bra och dåligt.",
                "Lektionen var rolig, men sadelkammaren var så stökig att vi letade efter "
                "rätt sadel i en kvart.",
                "Bra.",
                "Ja.",
                "Märk sadlarna.",
            ),
        ),
        (
            "medium",
            "museum",
            (
                "Bra.",
                "Barnverkstaden var jättebra, men det fanns ingen skötbädd någonstans på museet.",
                "Trevliga.",
                "Ja.",
                "En skötbädd.",
            ),
        ),
    ),
    "hard": (
        (
            "medium",
            "tand",
            (
                "Bra.",
                "Det var översvämning i väntrummet, en vattenledning hade spruckit, så vi fick "
                "sitta i personalrummet, men de tog mig ändå på utsatt tid.",
                "Jättebra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "tand",
            (
                "Bra.",
                "Min son på sex år var jätterädd, och tandläkaren lät honom trycka på knappen "
                "som höjer stolen och räkna tänderna själv, sen gick det hur bra som helst.",
                "Fantastiska med barn.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "tand",
            (
                "Okej.",
                "Det stämmer att akuttiderna släpps klockan åtta, jag ringde åtta prick och fick "
                "en tid samma förmiddag, men jag stod i telefonkö i tjugo minuter.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "fysio",
            (
                "Bra.",
                "Jag var hos husläkaren på vårdcentralen på förmiddagen och kom hit direkt efter, "
                "och fysioterapeuten hade redan läst remissen och visste vad som var fel.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "fysio",
            (
                "Bra.",
                "Hon sa att jag ska göra tre gånger femton knäböj varje dag och öka till "
                "fyrtio kilo på sex veckor, och hon skrev upp det åt mig.",
                "Tydlig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "fysio",
            (
                "Sådär.",
                "Hunden som någon hade med sig i väntrummet skällde hela tiden, och receptionen "
                "sa inget.",
                "Okej.",
                "Ja.",
                "Inga hundar i väntrummet.",
            ),
        ),
        (
            "medium",
            "las",
            (
                "Bra.",
                "Han öppnade ett kassaskåp från fyrtiotalet som vi ärvt efter farfar, ingen hade "
                "koden på sjuttio år, och han fick upp det utan att borra.",
                "Otrolig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "las",
            (
                "Bra.",
                "Jag hade varit på Clas Ohlson först och de kunde inte kopiera säkerhetsnyckeln, "
                "här gjorde de det på tio minuter när jag visade nyckelkortet och legitimation.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "las",
            (
                "Okej.",
                "Jouren öppnade dörren på en söndag kväll på fem minuter, och avgiften var 995 "
                "kronor precis som det står, men de tog 400 extra för körningen.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "tatuering",
            (
                "Bra.",
                "Ryggtavlan tog sju timmar i ett enda pass, och tatueraren la in en paus varje "
                "timme och bjöd på druvsocker.",
                "Proffsig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "tatuering",
            (
                "Bra.",
                "Min dotter på sexton ville ha en liten tatuering, och de sa nej för att hon "
                "är under arton, och förklarade varför, det var bra.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "tatuering",
            (
                "Sådär.",
                "Maskinen gick sönder mitt i, det small till och det började ryka, och vi fick "
                "vänta fyrtio minuter medan han hämtade en annan.",
                "Han bad om ursäkt.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "farja",
            (
                "Bra.",
                "Det var fullt med sextio bilar på bildäcket och fyrahundra passagerare, men "
                "lastningen tog bara en kvart.",
                "Effektiva.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "farja",
            (
                "Okej.",
                "Vår hund fick inte vara i salongen, men det stämmer ju att hundar ska vara på "
                "soldäcket, det var bara så kallt och blåsigt att hon skakade.",
                "Bra.",
                "Ja.",
                "En inbyggd del på soldäcket för hundar.",
            ),
        ),
        (
            "medium",
            "farja",
            (
                "Bra.",
                "En man föll och slog i huvudet i trappan, och besättningen hade en förbandslåda "
                "och en filt framme på en minut.",
                "Lugna.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "taxi",
            (
                "Bra.",
                "Vi var sju personer med två barnstolar som vi beställt i förväg, och det kom en "
                "stor bil med båda stolarna monterade.",
                "Jättebra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "taxi",
            (
                "Dåligt.",
                "En älg sprang över vägen och föraren tvärbromsade, och min telefon flög in i "
                "rutan och sprack, och kundtjänst säger att de inte ersätter det.",
                "Okej.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "taxi",
            (
                "Bra.",
                "Vi åkte från Ica Maxi med fyra kassar till färdtjänsten, och chauffören lyfte "
                "in dem och spände fast mammas rullstol ordentligt.",
                "Snäll.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "ridskola",
            (
                "Dåligt.",
                "Hästen skenade i manegen när en traktor startade utanför, min dotter ramlade av, "
                "och ingen fyllde i någon rapport efteråt.",
                "Chockade.",
                "Nej.",
            ),
        ),
        (
            "medium",
            "ridskola",
            (
                "Bra.",
                "Hovslagaren var där och ridläraren lät barnen titta när han skodde om en häst, "
                "alla sexton barn i gruppen fick stå i stallgången.",
                "Bra.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "ridskola",
            (
                "Sådär.",
                "En katt från stallet rev min son på handen när han klappade den, och det fanns "
                "inga plåster i sadelkammaren.",
                "Snälla.",
                "Ja.",
                "Plåster i stallet.",
            ),
        ),
        (
            "medium",
            "museum",
            (
                "Bra.",
                "Hyttan är från sjuttonhundratalet och guiden sa att den smälte tusen ton järn "
                "om året, och han visade en riktig tacka vi fick lyfta.",
                "Rolig.",
                "Ja.",
            ),
        ),
        (
            "medium",
            "museum",
            (
                "Okej.",
                "Vi var på Göranssonska parken på förmiddagen och kom hit vid ett, och då var "
                "visningen klockan två redan full.",
                "Trevliga.",
                "Ja.",
                "Boka visningen på nätet.",
            ),
        ),
        (
            "medium",
            "museum",
            (
                "Sådär.",
                "Det stämmer att hyttan inte går med rullstol, men min mamma fick inte ens se "
                "filmen om den, för skärmen står också en trappa upp.",
                "Trevliga.",
                "Ja.",
                "Ställ skärmen på bottenplan.",
            ),
        ),
    ),
}

UNPAYABLE: dict[str, tuple[Shaped, ...]] = {
    "fluent_empty": (
        (
            "tand",
            (
                "Det var en genomgående positiv upplevelse.",
                "Allt var bra.",
                "Professionellt och varmt.",
                "Ja.",
                "Fortsätt som ni gör.",
            ),
        ),
        (
            "fysio",
            (
                "Fantastiskt.",
                "Hela upplevelsen var i toppklass.",
                "Personalen är guld värd.",
                "Ja.",
                "Ingenting.",
            ),
        ),
        (
            "tatuering",
            (
                "Underbart ställe.",
                "Stämningen är något alldeles extra.",
                "Varma och välkomnande.",
                "Ja.",
                "Bara fortsätt.",
            ),
        ),
        (
            "farja",
            (
                "Helhetsintrycket är mycket gott.",
                "Ni har ett genomtänkt koncept.",
                "Service i världsklass.",
                "Ja.",
                "Nej.",
            ),
        ),
        (
            "museum",
            (
                "Jättefint, verkligen.",
                "Det kändes genomarbetat hela vägen.",
                "Man blev sedd.",
                "Ja.",
                "Nej, allt var bra.",
            ),
        ),
    ),
    "generic": (
        ("las", ("Bra.", "Det var bra service.", "Trevliga.", "Ja.", "Nej.")),
        ("taxi", ("Okej.", "Inget speciellt.", "Bra personal.", "Ja.", "Vet inte.")),
        ("ridskola", ("Bra.", "Det var trevligt.", "Snälla.", "Ja.", "Nej.")),
        ("tand", ("Bra.", "Det gick fort.", "Bra.", "Ja.", "Kanske lite billigare.")),
        ("museum", ("Trevligt.", "Det var intressant.", "Bra.", "Ja.", "Nej.")),
    ),
    "vague": (
        (
            "fysio",
            ("Inte så bra.", "Det var lite si och så.", "Sådär.", "Nja.", "Allt kan bli bättre."),
        ),
        (
            "tatuering",
            (
                "Dåligt.",
                "Jag är inte nöjd, det blev inte som jag ville.",
                "Sådär.",
                "Nej.",
                "Bättre service.",
            ),
        ),
        ("farja", ("Sådär.", "Det var rörigt.", "Okej.", "Ja.", "Bli bättre.")),
        ("taxi", ("Dåligt.", "Det var inte bra alls.", "Otrevliga.", "Nej.", "Skärp er.")),
        ("las", ("Inte nöjd.", "Det var dyrt och krångligt.", "Okej.", "Ja.", "Nej.")),
        (
            "ridskola",
            ("Sådär.", "Det var mycket som inte funkade.", "Sådär.", "Ja.", "Mer ordning."),
        ),
    ),
    "minimal": (
        ("tand", ("Bra.", "Nej.", "Bra.", "Ja.", "Nej.")),
        ("fysio", ("Okej.", "Inte direkt.", "Bra.", "Ja.")),
        ("las", ("Jo.", "Nä.", "Bra.")),
        ("tatuering", ("Nöjd.", "Nej.", "Schysst.", "Ja.", "Nej.")),
        ("farja", ("Bra resa.", "Nej.", "Bra.", "Ja.", "Nej.")),
        ("taxi", ("Bra.", "Nej, allt gick bra.", "Trevlig.", "Ja.", "Nej.")),
        ("ridskola", ("Kul.", "Nej.", "Snälla.", "Ja.", "Nej, det var bra.")),
        ("museum", ("Fint.", "Nej.", "Bra.", "Ja.", "Nej, det var bra.")),
    ),
}
